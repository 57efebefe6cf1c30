"""The Train page: project defaults and the step count before launch, presets and run files, the queue
(order, cancel, commands) through the real job runner, and runs replayed from their events.jsonl."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from safetensors.numpy import save_file

from dataprep import fsutil
from dataprep.buckets import BucketSettings
from dataprep.events import EVENTS_FILE
from dataprep.project import Concept, Project, create_project
from dataprep.steps import Schedule, compute_steps, project_subsets
from dataprep.tomlio import ConfigFileError, load_toml
from desktop.jobs.runner import CANCELLED, QUEUED, RUNNING, JobRunner
from desktop.pages.train import TrainPage
from desktop.pages.train_dialogs import parse_values, variant_configs
from desktop.pages.train_history import RunHistory, load_history
from desktop.pages.train_presets import apply_preset, bundled_presets, diff_rows, user_presets
from desktop.pages.train_samples import VIEW_MAX
from desktop.pages.train_speed import estimate, record_speed
from training.config import TrainConfig, field_index, load_config, validate

TIMEOUT = 20_000


def make_project(root: Path) -> Project:
    """Three prepared images (two square, one tall) and one concept, repeated 3 times."""
    project = create_project(root, "Tiny")
    project.prepared_dir.mkdir()
    for i, size in enumerate([(512, 512), (512, 512), (384, 640)]):
        Image.new("RGB", size, (i * 70, 20, 20)).save(project.prepared_dir / f"{i}.png")
        (project.prepared_dir / f"{i}.txt").write_text(f"ohwx woman, tag{i}", encoding="utf-8")
    project.concepts = [Concept("ohwx", "woman", 3, "prepared")]
    project.save()
    return project


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return make_project(tmp_path / "proj")


@pytest.fixture
def page(qtbot, runner: JobRunner, settings, tmp_path: Path) -> TrainPage:
    page = TrainPage(runner, settings)
    page.presets_dir = tmp_path / "my-presets"
    qtbot.addWidget(page)
    page.resize(1200, 780)
    page.show()
    return page


def open_project(qtbot, page: TrainPage, project: Project) -> None:
    page.set_project(project)
    qtbot.waitUntil(lambda: not page.busy(), timeout=TIMEOUT)


def make_runnable(page: TrainPage, project: Project) -> None:
    """A base model named and the training folders present: nothing left in Checks that stops a run."""
    (project.train_dir / "img").mkdir(parents=True, exist_ok=True)
    page.form.set_value("model.pretrained_model_name_or_path", "models/sd15")
    assert not [m for m in page.form.messages() + page.page_messages() if m.level == "error"]


def test_project_defaults_and_the_step_count_as_sd_scripts_counts(qtbot, page: TrainPage, project: Project):
    open_project(qtbot, page, project)
    cfg = page.form.config()
    assert cfg.dataset.train_data_dir == str(project.train_dir / "img")
    assert cfg.dataset.reg_data_dir is None and cfg.saving.output_name == "Tiny"
    assert page.checks.steps_total.text() == "1,600 steps"  # sd-scripts' default max_train_steps
    page.form.set_value("schedule.max_train_epochs", 4)
    page.form.set_value("dataset.train_batch_size", 2)
    qtbot.waitUntil(lambda: not page.busy(), timeout=TIMEOUT)
    expected = compute_steps(project_subsets(project), Schedule(train_batch_size=2, max_train_epochs=4),
                             BucketSettings(resolution=(512, 512)))
    assert page.steps is not None and page.steps["total_steps"] == expected.total_steps
    assert page.checks.steps_total.text() == f"{expected.total_steps:,} steps"
    assert "4 epochs" in page.checks.steps_detail.text()


def test_start_is_refused_while_checks_list_errors(qtbot, page: TrainPage, project: Project):
    open_project(qtbot, page, project)
    assert page.start() is None
    assert not page.checks.start_button.isEnabled()
    assert "Fix 2 problem(s)" in page.checks.why.text()
    text = page.checks.checks.text()
    assert "pick the base model" in text and "not built yet" in text
    page.checks.checks.linkActivated.emit("model.pretrained_model_name_or_path")
    assert page.form.help.text().startswith("<b>Base model</b>")
    make_runnable(page, project)
    assert page.checks.start_button.isEnabled() and page.checks.why.isHidden()


def test_bundled_presets_are_valid_and_keep_the_users_folders(project: Project):
    presets = bundled_presets()
    names = [p.name for p in presets]
    assert {"SD 1.5 · character", "SD 1.5 · style", "SDXL · character", "Example · seed 001 realistic person",
            "Example · seed 004 kohya SDXL (DAdaptAdamPreprint)"} <= set(names)
    current = TrainConfig()
    current.model.pretrained_model_name_or_path = "models/base.safetensors"
    current.dataset.train_data_dir = "/data/img"
    current.saving.output_name = "mine"
    current.network.network_dim = 77
    for preset in presets:
        cfg = apply_preset(preset, current)
        assert validate(cfg) is not None  # no contradiction in any bundled preset
        assert (cfg.model.pretrained_model_name_or_path, cfg.dataset.train_data_dir, cfg.saving.output_name) == \
            ("models/base.safetensors", "/data/img", "mine")
        assert cfg.network.network_dim != 77  # every preset sets the rank
    seed001 = next(p for p in presets if "seed 001" in p.name)
    cfg = apply_preset(seed001, current)
    assert (cfg.network.network_dim, cfg.network.network_alpha, cfg.loss.prior_loss_weight) == (128, 1.0, 0.15)
    assert cfg.noise.noise_offset == 0.06
    assert (cfg.optimizer.optimizer_type, cfg.optimizer.unet_lr, cfg.optimizer.text_encoder_lr) == \
        ("AdamW8bit", 2e-4, 5e-5)
    seed004 = next(p for p in presets if "DAdaptAdamPreprint" in p.name)
    cfg = apply_preset(seed004, current)
    assert cfg.optimizer.optimizer_args == [
        "decouple=True", "weight_decay=0.2", "betas=(0.9, 0.99)", "growth_rate=1.02"]
    assert (cfg.noise.noise_offset, cfg.noise.adaptive_noise_scale) == (0.0357, 0.00357)
    net = cfg.network
    assert (net.network_dropout, net.rank_dropout, net.module_dropout) == (0.25, 0.25, 0.05)
    tensorart = apply_preset(next(p for p in presets if "TensorArt" in p.name), current)
    assert (tensorart.network.conv_dim, tensorart.network.conv_alpha) == (32, 1.0)


def test_every_bundled_preset_text_is_a_translation_source():
    """The menu translates bundled presets' groups, names and descriptions; lupdate only finds them in Python."""
    from desktop.pages.train_preset_strings import TEXTS

    texts = {t for p in bundled_presets() for t in (p.group, p.name, p.description) if t}
    assert not texts - set(TEXTS), "add these to desktop/pages/train_preset_strings.py"
    assert not set(TEXTS) - texts, "no bundled preset has these texts any more: drop them"


def test_the_page_speaks_the_installed_catalog(qtbot, install_catalog):
    """The real train.zh_CN.ts, compiled: tr() texts, the run-state table and bundled (not user) preset names."""
    from dataclasses import replace

    from desktop.pages.train_checks import LaunchPanel
    from desktop.pages.train_presets import preset_name
    from desktop.pages.train_runs import state_label
    from desktop.pages.train_speed import format_duration

    assert state_label("failed") == "failed"
    install_catalog("train")
    panel = LaunchPanel()
    qtbot.addWidget(panel)
    assert panel.start_button.text() == "开始训练"
    assert (state_label("failed"), state_label("no such state")) == ("失败", "no such state")
    assert format_duration(3725) == "1 小时 02 分"
    bundled = next(p for p in bundled_presets() if p.name == "SD 1.5 · character")
    assert preset_name(bundled) == "SD 1.5 · 角色"
    assert preset_name(replace(bundled, bundled=False)) == "SD 1.5 · character"  # the user's own, as written


def test_preset_diff_lists_only_the_settings_that_change(qtbot, page: TrainPage, project: Project):
    open_project(qtbot, page, project)
    preset = next(p for p in bundled_presets() if p.name == "SD 1.5 · character")
    rows = diff_rows(preset, page.form.config())
    assert {r.key for r in rows} == {f"{section}.{name}" for section, table in preset.values.items()
                                     for name, value in table.items()
                                     if TrainConfig().get(f"{section}.{name}") != value}
    dim = next(r for r in rows if r.key == "network.network_dim")
    assert (dim.label, dim.preset, dim.current) == ("Rank (dim)", "32", "8")
    dialog = page.compare_preset(preset)
    assert dialog.table.rowCount() == len(rows)
    dialog.accept()
    assert page.form.value("network.network_dim") == 32
    assert diff_rows(preset, page.form.config()) == []
    assert page.form.value("dataset.train_data_dir") == str(project.train_dir / "img")


def test_user_presets_are_saved_listed_and_loaded(qtbot, page: TrainPage, project: Project):
    open_project(qtbot, page, project)
    page.form.set_value("network.network_dim", 48)
    page.form.set_value("optimizer.optimizer_type", "Lion")
    path = page.save_preset("My rank 48", "for tests")
    assert path is not None and path.parent == page.presets_dir
    saved = load_toml(path)
    assert saved["preset"] == {"name": "My rank 48", "description": "for tests"}
    assert "train_data_dir" not in saved.get("dataset", {})  # folders are not part of a preset
    (mine,), problems = user_presets(page.presets_dir)
    assert problems == [] and mine.values["network"] == {"network_dim": 48}
    page._fill_presets_menu()
    texts = [a.text() for a in page.presets_menu.actions()]
    assert "My rank 48" in texts and "Save current settings as a preset…" in texts
    page.form.set_value("network.network_dim", 8)
    page.load_preset(mine)
    assert page.form.value("network.network_dim") == 48 and page.form.value("optimizer.optimizer_type") == "Lion"


def test_run_file_save_and_open(qtbot, page: TrainPage, project: Project, tmp_path: Path, monkeypatch):
    open_project(qtbot, page, project)
    page.form.set_value("network.network_dim", 24)
    path = tmp_path / "out" / "run.toml"
    assert page.save_run_file(path)
    assert load_toml(path)["network"]["network_dim"] == 24
    page.form.set_value("network.network_dim", 8)
    assert page.open_run_file(path) and page.form.value("network.network_dim") == 24
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warnings.append(text))
    bad = tmp_path / "bad.toml"
    bad.write_text("[network]\nnetwork_dimm = 4\n", encoding="utf-8")
    assert not page.open_run_file(bad)
    assert "unknown key 'network.network_dimm'" in warnings[0] and "network.network_dim" in warnings[0]


def test_open_run_file_with_another_tools_config_or_an_unreadable_path(qtbot, page: TrainPage, project: Project,
                                                                       tmp_path: Path, monkeypatch):
    """An sd-scripts config picked under Open run.toml points to Import (not "remove the key", which would lose the
    setting); a path that cannot be read is named in a dialog, and the form stays as it was."""
    open_project(qtbot, page, project)
    page.form.set_value("network.network_dim", 24)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warnings.append((title, text)))
    sd_scripts = tmp_path / "sd-scripts.toml"
    sd_scripts.write_text("pretrained_model_name_or_path = 'base.safetensors'\nnetwork_dim = 8\n", encoding="utf-8")
    assert not page.open_run_file(sd_scripts)
    title, text = warnings[0]
    assert title == "Cannot open the run file" and text.startswith(f"{sd_scripts}: unknown key")
    assert "Import it with Run file → Import… instead" in text
    folder = tmp_path / "run.toml"  # a folder of that name: reading it fails like a file without permission
    folder.mkdir()
    assert not page.open_run_file(folder)
    assert warnings[1] == ("Cannot open the run file", f"{folder}: cannot be read (Is a directory). Check that it is "
                                                       "a file you may read, then try again.")
    assert page.form.value("network.network_dim") == 24

def test_import_kohya_gui_json_lists_what_it_could_not_map(qtbot, page: TrainPage, project: Project, tmp_path):
    open_project(qtbot, page, project)
    path = tmp_path / "kohya.json"
    path.write_text(json.dumps({"learning_rate": "0.0002", "network_dim": "16", "lr_scheduler": "cosine",
                                "lr_warmup": "10", "LoRA_type": "LyCORIS/BOFT"}), encoding="utf-8")
    result = page.import_config(path, "kohya")
    assert result is not None
    assert page.form.value("optimizer.learning_rate") == 2e-4 and page.form.value("network.network_dim") == 16
    assert page.form.value("schedule.lr_warmup_steps") == 0.1
    assert "Not imported (1): LoRA_type" in page.status.text()


def test_import_kohya_gui_json_keeps_its_sample_prompts_as_a_prompt_file(qtbot, page: TrainPage, project: Project,
                                                                          tmp_path):
    """The kohya_ss GUI stores the prompts themselves; the imported run gets them as a file in the project."""
    open_project(qtbot, page, project)
    path = tmp_path / "my lora.json"
    path.write_text(json.dumps({"sample_prompts": "zkx man, portrait --w 512 --h 512 --d 7"}), encoding="utf-8")
    assert page.import_config(path, "kohya") is not None
    written = project.root / "prompts" / "my lora-prompts.txt"
    assert page.form.value("sample.sample_prompts") == str(written)
    assert written.read_text(encoding="utf-8") == "zkx man, portrait --w 512 --h 512 --d 7\n"
    assert "Not imported" not in page.status.text() and str(written) in page.status.text()


def test_variants_parse_values_of_the_setting(project: Project):
    info = field_index()["network_dim"]
    base = TrainConfig()
    base.saving.output_name = "shs"
    configs = variant_configs(base, info, parse_values(info, "16, 32,64"))
    assert [c.network.network_dim for c in configs] == [16, 32, 64]
    assert [c.saving.output_name for c in configs] == ["shs-network_dim16", "shs-network_dim32", "shs-network_dim64"]
    with pytest.raises(ConfigFileError, match="whole number"):
        parse_values(info, "16, big")
    assert parse_values(field_index()["flip_aug"], "on, off") == [True, False]
    assert parse_values(field_index()["optimizer_type"], "AdamW, Lion") == ["AdamW", "Lion"]


def test_queue_runs_in_order_reorders_and_cancels(qtbot, page: TrainPage, project: Project, fake_argv):
    open_project(qtbot, page, project)
    make_runnable(page, project)
    page.argv_for = lambda _toml: fake_argv("until_cancelled")
    info = field_index()["network_dim"]
    first, second, third = page.queue_variants(variant_configs(page.form.config(), info, [16, 32, 64]))
    assert first.state == RUNNING and second.state == third.state == QUEUED
    assert page.runs_button.text() == "Runs (1 running, 2 queued)"
    dirs = [page.jobs[j.id] for j in (first, second, third)]
    assert [load_config(d / "run.toml").network.network_dim for d in dirs] == [16, 32, 64]
    assert [e.run_dir for e in page.run_list.entries] == dirs
    assert page.run_list.current_dir() == dirs[0] and page.views.currentIndex() == 1

    page.run_list.select(dirs[2])
    assert page.run_list.up_button.isEnabled() and not page.run_list.down_button.isEnabled()
    qtbot.mouseClick(page.run_list.up_button, Qt.MouseButton.LeftButton)
    assert [e.run_dir for e in page.run_list.entries] == [dirs[0], dirs[2], dirs[1]]
    assert page.run_list.current_dir() == dirs[2]

    page.run_list.select(dirs[1])
    page.cancel_selected()
    assert second.state == CANCELLED
    page.run_list.select(dirs[0])
    assert page.run_list.save_button.isEnabled()
    page.cancel_selected()
    qtbot.waitUntil(lambda: first.state == CANCELLED and third.state == RUNNING, timeout=TIMEOUT)
    assert [e.state for e in page.run_list.entries[:1]] == [RUNNING]
    page.run_list.select(dirs[2])
    page.cancel_selected()
    qtbot.waitUntil(lambda: not third.active, timeout=TIMEOUT)
    assert page.runs_button.text() == "Runs"


def test_save_now_and_sample_now_reach_the_running_job(qtbot, page: TrainPage, project: Project, fake_argv):
    open_project(qtbot, page, project)
    make_runnable(page, project)
    page.argv_for = lambda _toml: fake_argv("echo")
    job = page.start()
    assert job is not None
    run_dir = page.jobs[job.id]
    qtbot.waitUntil(lambda: page.histories[run_dir].summary.started, timeout=TIMEOUT)
    assert page.send_command("save")
    qtbot.waitUntil(lambda: any("got save" in line for _, line in page.histories[run_dir].log), timeout=TIMEOUT)
    page.monitor.flush_log()
    assert "got save" in page.monitor.log.toPlainText()
    assert page.send_command("sample")
    qtbot.waitUntil(lambda: not job.active, timeout=TIMEOUT)
    assert not page.send_command("save")  # nothing runs any more
    assert not page.run_list.save_button.isEnabled()


def write_events(run_dir: Path, sample: Path, fail: bool = True) -> None:
    """A past run's events.jsonl: 30 steps over 3 epochs, two checkpoints, a sample, a warning, a NaN."""
    events = [{"event": "start", "job": "train"}, {"event": "log", "message": "seed 3, device cuda"}]
    events += [{"event": "progress", "done": i, "total": 4, "unit": "image", "stage": "latents"} for i in range(5)]
    for step in range(1, 31):
        epoch = (step - 1) // 10 + 1
        events.append({"event": "metrics", "step": step, "epoch": epoch, "loss": 0.2 - step / 1000,
                       "loss_avg": 0.2 - step / 2000, "lr": [5e-5, 1e-4], "it_per_s": 2.0, "vram_gb": 6.5})
        events.append({"event": "progress", "done": step, "total": 40, "unit": "step", "epoch": epoch})
        if step in (10, 20):
            events.append({"event": "checkpoint", "path": str(run_dir / f"lora-{epoch:06d}.safetensors"),
                           "epoch": epoch, "step": step, "kind": "epoch"})
        if step == 15:
            events.append({"event": "sample", "path": str(sample), "prompt": "ohwx woman, smiling", "step": 15})
            events.append({"event": "warning", "message": "3 images have no caption file"})
    if fail:
        events.append({"event": "error", "kind": "nan", "message": "The loss became NaN at step 31 (epoch 4).",
                       "hint": "Lower the learning rate or use bf16."})
    else:
        events.append({"event": "done", "outputs": [str(run_dir / "lora.safetensors")]})
    run_dir.mkdir(parents=True)
    (run_dir / EVENTS_FILE).write_text("".join(json.dumps({**e, "time": 1.0}) + "\n" for e in events)
                                       + '{"event": "metr', encoding="utf-8")  # a torn last line, as after a kill


def test_a_past_run_is_redrawn_from_its_events_file(qtbot, page: TrainPage, project: Project, tmp_path: Path):
    sample = tmp_path / "sample.png"
    Image.new("RGB", (64, 64), (200, 40, 40)).save(sample)
    run_dir = project.runs_dir / "Tiny-20260101-120000"
    write_events(run_dir, sample)
    open_project(qtbot, page, project)
    (entry,) = page.run_list.entries
    assert (entry.run_dir, entry.state, entry.progress) == (run_dir, "failed", "30 / 40 steps")
    page.run_list.select(run_dir)
    qtbot.waitUntil(lambda: not page.busy() and page.monitor.history is not None, timeout=TIMEOUT)
    monitor = page.monitor
    graph = monitor.graph
    assert graph.point_count() == 30 and graph.epoch_steps == [10.5, 20.5]
    assert [s for s, _ in graph.checkpoints] == [10.0, 20.0]
    assert graph.lr_groups == 2 and graph.raw_curve.yData[-1] == pytest.approx(0.17)
    assert not monitor.banner.isHidden() and monitor.banner.title.text() == "The loss became NaN: training stopped"
    assert monitor.banner.hint.text() == "What to do: Lower the learning rate or use bf16."
    assert monitor.samples.count() == 1 and monitor.samples.item(0).toolTip() == "ohwx woman, smiling"
    monitor.samples.itemClicked.emit(monitor.samples.item(0))  # click: the sample large, with its prompt
    viewer = monitor.samples.viewer
    assert viewer is not None and viewer.prompt.text() == "ohwx woman, smiling"
    assert viewer.image.pixmap().width() == VIEW_MAX  # enlarged to fit the viewer
    log = monitor.log.toPlainText()
    assert "3 images have no caption file" in log and "lora-000001.safetensors (epoch 1, step 10)" in log
    assert "sample.png (step 15): ohwx woman, smiling" in log
    assert monitor.state.text() == "failed"
    assert monitor.progress.value() == 30 and monitor.progress.maximum() == 40
    assert "2.00 it/s" in monitor.stats.text() and "VRAM 6.5 GB" in monitor.stats.text()
    assert "ETA" not in monitor.stats.text()  # not running


def test_replay_and_live_folding_agree(tmp_path: Path):
    sample = tmp_path / "s.png"
    run_dir = tmp_path / "run"
    write_events(run_dir, sample, fail=False)
    replayed = load_history(run_dir)
    live = RunHistory()
    for line in (run_dir / EVENTS_FILE).read_text(encoding="utf-8").splitlines()[:-1]:
        live.apply(json.loads(line))
    assert replayed.rows == live.rows and replayed.epoch_steps == live.epoch_steps == [10.5, 20.5]
    assert replayed.summary.state == "finished" and len(replayed.checkpoints) == 2
    assert replayed.steady_it_per_s() == 2.0


def test_overlay_of_a_past_run(qtbot, page: TrainPage, project: Project, tmp_path: Path):
    write_events(project.runs_dir / "older-run", tmp_path / "none.png", fail=False)
    open_project(qtbot, page, project)
    item = page.run_list.tree.topLevelItem(0)
    item.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: page.monitor.graph.overlay_names() == ["older-run"], timeout=TIMEOUT)
    assert len(page.monitor.graph._overlays["older-run"].xData) == 30
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert page.monitor.graph.overlay_names() == []


def test_time_estimate_from_this_machines_history(qtbot, page: TrainPage, project: Project, settings):
    open_project(qtbot, page, project)
    assert "No speed measured on this machine yet" in page.checks.time.text()
    cfg = page.form.config()
    record_speed(settings, cfg, 2.0)  # 2 steps/s at batch 1
    record_speed(settings, cfg, 4.0)
    guess = estimate(settings, cfg, 1600)
    assert guess is not None and guess.runs == 2 and guess.images_per_s == 3.0
    assert guess.seconds == pytest.approx(1600 / 3.0)
    page.form.set_value("dataset.train_batch_size", 2)
    qtbot.waitUntil(lambda: not page.busy(), timeout=TIMEOUT)
    assert page.checks.time.text().startswith("About 17 min at 3.00 images/s")  # 1600 steps × 2 images / 3
    page.form.set_value("dataset.resolution", "768")
    assert "No speed measured" in page.checks.time.text()


def test_the_form_is_kept_per_project(qtbot, runner, settings, project: Project, tmp_path: Path):
    first = TrainPage(runner, settings)
    qtbot.addWidget(first)
    open_project(qtbot, first, project)
    first.form.set_value("network.network_dim", 40)
    first.set_project(None)  # saves the form of the project it leaves
    second = TrainPage(runner, settings)
    qtbot.addWidget(second)
    open_project(qtbot, second, project)
    assert second.form.value("network.network_dim") == 40


def fake_checkpoint(path: Path, *prefixes: str) -> Path:
    """A .safetensors file whose key names are those of a real checkpoint family (tiny tensors)."""
    save_file({f"{p}weight": np.zeros(2, dtype=np.float16) for p in prefixes}, str(path))
    return path


@pytest.mark.parametrize(("prefixes", "v2", "level", "says"), [
    (("model.diffusion_model.", "cond_stage_model.transformer."), False, None, ""),
    (("model.diffusion_model.", "cond_stage_model.transformer."), True, "error", "SD 1.x checkpoint but 'SD 2.x"),
    (("model.diffusion_model.", "cond_stage_model.model."), False, "error", "tick 'SD 2.x model'"),
    (("model.diffusion_model.", "cond_stage_model.model."), True, "warning", "768-v model"),
    # SDXL trains: a full SDXL checkpoint passes; a refiner or a LoRA is named for what it is, as the trainer does
    (("model.diffusion_model.", "conditioner.embedders.0.transformer.", "conditioner.embedders.1.model."), False,
     None, ""),
    (("model.diffusion_model.", "conditioner.embedders.0.model."), False, "error", "an SDXL refiner"),
    (("lora_unet_down_blocks_0.",), False, "error", "a LoRA / LyCORIS file"),
])
def test_the_base_model_is_checked_against_the_settings(qtbot, page: TrainPage, project: Project, tmp_path: Path,
                                                        prefixes, v2, level, says):
    open_project(qtbot, page, project)
    make_runnable(page, project)
    model = fake_checkpoint(tmp_path / "base.safetensors", *prefixes)
    page.form.set_value("model.v2", v2)
    page.form.set_value("model.pretrained_model_name_or_path", str(model))
    qtbot.waitUntil(lambda: not page.busy(), timeout=TIMEOUT)
    found = [m for m in page.page_messages() if "base.safetensors" in m.text]
    if level is None:
        assert found == [] and page.checks.start_button.isEnabled()
    else:
        (message,) = found
        assert message.level == level and says in message.text
        assert page.checks.start_button.isEnabled() == (level == "warning")
        assert says in page.checks.checks.text()


def test_a_trainer_that_dies_without_an_error_event_gets_a_banner(qtbot, page: TrainPage, project: Project,
                                                                  fake_argv):
    open_project(qtbot, page, project)
    make_runnable(page, project)
    page.argv_for = lambda _toml: fake_argv("crash")
    job = page.start()
    qtbot.waitUntil(lambda: not job.active, timeout=TIMEOUT)
    monitor = page.monitor
    assert page.run_list.entries[0].state == "failed" and monitor.state.text() == "failed"
    assert not monitor.banner.isHidden()
    assert monitor.banner.title.text() == "The training process ended without reporting an error"
    assert "RuntimeError: the model file is corrupt" in monitor.banner.message.text()
    monitor.flush_log()
    assert "loading the model…" in monitor.log.toPlainText()  # its stderr, as it came
    page.show_run(None)
    page.show_run(page.jobs[job.id])  # shown again later: the same story
    monitor.flush_log()
    assert not monitor.banner.isHidden() and "loading the model…" in monitor.log.toPlainText()


def test_a_resumed_run_replaces_the_steps_made_after_its_state(tmp_path: Path):
    """A run killed at step 6 after a state at step 4 and resumed logs steps 5–6 twice: the graph keeps the second."""
    history = RunHistory()
    for step, loss in [(1, 0.9), (2, 0.8), (3, 0.7), (4, 0.6), (5, 0.55), (6, 0.5)]:
        history.apply({"event": "metrics", "step": step, "epoch": 1, "loss": loss, "loss_avg": loss, "lr": [1e-4]})
    history.apply({"event": "checkpoint", "path": "x-step6.safetensors", "step": 6})
    assert not history.rewound
    history.apply({"event": "metrics", "step": 5, "epoch": 1, "loss": 0.54, "loss_avg": 0.54, "lr": [1e-4]})
    assert history.rewound
    assert [row[0] for row in history.rows] == [1, 2, 3, 4, 5] and history.rows[-1][1] == 0.54
    assert history.checkpoints == [] and len(history.lr_rows) == 5


def test_a_full_disk_at_start_says_so_and_leaves_no_empty_run(qtbot, page: TrainPage, project: Project, fake_argv,
                                                               monkeypatch):
    open_project(qtbot, page, project)
    make_runnable(page, project)
    page.argv_for = lambda _toml: fake_argv("until_cancelled")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fsutil, "atomic_write_bytes", full)  # run.toml cannot be written
    qtbot.mouseClick(page.checks.start_button, Qt.MouseButton.LeftButton)  # was an exception in the click
    assert page.runner.jobs() == [] and not page.jobs
    assert page.status.text() == (f"Could not write the job's settings in {project.runs_dir}: No space left on "
                                  "device. Check that the disk has free space and that the folder can be written, "
                                  "then try again.")
    assert list(project.runs_dir.iterdir()) == []  # no empty run folder left behind
    assert page.queue_variants([page.form.config()] * 2) == []


def test_a_project_folder_moved_away_is_named_in_checks_and_not_rebuilt(qtbot, page: TrainPage, project: Project,
                                                                        fake_argv, tmp_path: Path):
    open_project(qtbot, page, project)
    make_runnable(page, project)
    page.argv_for = lambda _toml: fake_argv("until_cancelled")
    project.root.rename(tmp_path / "renamed")  # in the file manager, while the project is open
    assert page.start() is None and page.runner.jobs() == []
    assert "is not there any more (moved, renamed or deleted" in page.checks.checks.text()
    assert page.launch(page.form.config()) is None  # a variant queued from the dialog: refused the same way
    assert page.status.text().startswith(f"The project folder {project.root} is not there any more")
    page.save_form()
    assert not project.root.exists()  # no empty project skeleton where the folder was
