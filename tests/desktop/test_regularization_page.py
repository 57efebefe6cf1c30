"""The Regularization page: the count suggestion it shows, its empty states, and the real ``reg`` job on the
tiny SD model (config written from the form, previews streamed into the grid, cancel and resume) and in check
mode with a tiny open_clip model (a planted copy of a training image gets its badge, is rejected, and its
number is rendered again)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from dataprep.caption_io import read_caption, write_caption
from dataprep.job_config import jobs_dir
from dataprep.project import Concept, Project, create_project, load_project
from dataprep.tomlio import load_toml, save_toml
from desktop.jobs.runner import CANCELLED, FINISHED, JobRunner
from desktop.pages.images_grid_model import BadgesRole
from desktop.pages.regularization import RegularizationPage
from desktop.pages.regularization_count import explain
from desktop.pages.regularization_work import read_report
from training.reg_check import REJECTED, REPORT
from training.reg_count import suggest_reg_count
from training.reg_job import image_name

JOB_TIMEOUT = 240_000  # each job is a child process that imports torch and diffusers (slow on 2 busy cores)
TIMEOUT = 20_000


def make_project(root: Path, images: int = 3, repeats: int = 1) -> Project:
    project = create_project(root, "Reg")
    project.prepared_dir.mkdir()
    for i in range(images):
        Image.new("RGB", (64, 64), (60 * i, 120, 200 - 50 * i)).save(project.prepared_dir / f"{i:02d}.png")
        write_caption(project.prepared_dir / f"{i:02d}.txt", f"ohwx woman, mole, pose{i}")
    project.concepts = [Concept("ohwx", "woman", repeats=repeats, source="prepared")]
    project.save()
    return project


@pytest.fixture
def page(qtbot, runner: JobRunner) -> RegularizationPage:
    page = RegularizationPage(runner)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def open_project(qtbot, page: RegularizationPage, project: Project | None) -> None:
    page.set_project(project)
    qtbot.waitUntil(lambda: not page.tasks.busy(), timeout=TIMEOUT)


def set_tiny_settings(page: RegularizationPage, model: Path, count: int, batch: int = 1) -> None:
    form = page.form
    form.model.setText(str(model))
    form.source.setCurrentIndex(form.source.findData("captions"))
    form.remove_tags.setText("mole")
    form.sampler.setCurrentIndex(form.sampler.findData("euler_a"))
    form.steps.setValue(2)
    form.width.setValue(64)
    form.height.setValue(64)
    form.seed.setValue(5)
    form.batch.setValue(batch)
    page.count.count.setValue(count)


def newest_job_config(project: Project) -> dict:
    return load_toml(max(jobs_dir(project).glob("reg-*.toml"), key=lambda p: p.stat().st_mtime_ns))


def test_the_suggested_count_is_reg_counts(qtbot, page, tmp_path):
    project = make_project(tmp_path / "p", images=3, repeats=20)
    open_project(qtbot, page, project)
    s = suggest_reg_count(project, 0)
    assert (s.count, s.rule_low.count, s.rule_high.count) == (60, 300, 600)  # 3 × 20 samples; 100× and 200× of 3
    assert page.count.value() == s.count
    assert page.count.suggested.text() == f"Suggested {s.count}"
    assert (page.count.rule_low.text(), page.count.rule_high.text()) == ("100×: 300", "200×: 600")
    assert s.lines()[0] in page.count.summary.text()
    assert page.count.detail.text() == "\n".join(explain(s.count, s))
    assert "every image is used" in page.count.detail.text()

    qtbot.mouseClick(page.count.rule_high, Qt.MouseButton.LeftButton)
    assert page.count.value() == 600
    detail = page.count.detail.text()
    assert "sd-scripts uses the first 60 images and never shows the other 540" in detail
    page.count.count.setValue(15)  # 15 images against 60 samples: reg repeats 4 balance them
    assert "Reg repeats 4 would balance 15 images (15 × 4 = 60 of 60)" in page.count.detail.text()
    assert "reg/1_woman" in page.header.subtitle.text()


def test_the_count_and_the_check_speak_the_installed_catalog(qtbot, tmp_path, install_catalog):
    """The real regularization.zh_CN.ts, compiled: sd-scripts' arithmetic in whole Chinese sentences, the check's
    badge words (a table translated where shown) in the legend."""
    from desktop.pages.regularization_check import CheckPanel
    from desktop.pages.regularization_grid import badge_text

    project = make_project(tmp_path / "p", images=3, repeats=20)
    s = suggest_reg_count(project, 0)
    install_catalog("regularization")
    assert explain(600, s)[0] == ("600 × 正则重复次数 1 = 600，多于 60 个训练样本：sd-scripts 只用前 60 张，"
                                  "其余 540 张永远不会用到。")
    assert (badge_text("near_copy"), badge_text("off_class")) == ("副本", "偏类")
    panel = CheckPanel()
    qtbot.addWidget(panel)
    assert "副本</span> 与某张训练图几乎相同" in panel.summary.text()


def test_empty_states_say_what_to_do(qtbot, page, tmp_path):
    open_project(qtbot, page, None)
    assert page.stack.currentWidget() is page.empty and page.empty.title.text() == "No project open"

    bare = create_project(tmp_path / "bare")
    open_project(qtbot, page, bare)
    assert page.empty.title.text() == "No concepts yet" and "Folders" in page.empty.body.text()
    with qtbot.waitSignal(page.navigate) as asked:
        qtbot.mouseClick(page.empty_folders, Qt.MouseButton.LeftButton)
    assert asked.args == ["folders"]

    project = make_project(tmp_path / "p")
    open_project(qtbot, page, project)
    assert page.stack.currentWidget() is page.content
    assert page.grid_empty.title.text() == "Choose the base model" and page.grid_empty_model.isVisible()
    assert not page.generate_button.isEnabled() and not page.check_button.isEnabled()

    # a run set up on the Train page names the base model: the page takes it
    model = tmp_path / "models" / "base"
    model.mkdir(parents=True)
    save_toml(project.runs_dir / "first" / "run.toml", {"model": {"pretrained_model_name_or_path": str(model)}})
    page.set_project(None)
    open_project(qtbot, page, project)
    assert page.form.model.text() == str(model)
    assert "run “first”" in page.form.model_note.text()
    assert page.grid_empty.title.text() == "No reg images yet" and not page.grid_empty_model.isVisible()
    assert page.generate_button.isEnabled()


def test_generate_streams_previews_into_the_grid_and_cancel_keeps_them(qtbot, page, tiny_models, tmp_path):
    project = make_project(tmp_path / "p")
    open_project(qtbot, page, project)
    set_tiny_settings(page, tiny_models.sd1, count=200, batch=1)
    arrived: list[dict] = []

    def on_result(data: dict) -> None:
        arrived.append(data)
        if len(arrived) == 3:
            qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)

    page.jobs.result.connect(on_result)
    job = page.generate()
    assert job is not None and job.kind == "gpu" and job.argv[1:4] == ["-m", "training", "reg"]
    config = newest_job_config(project)
    assert {k: config[k] for k in ("model", "project", "concept", "mode", "source", "remove_tags", "sampler", "steps",
                                   "width", "height", "seed", "batch_size", "count")} == {
        "model": str(tiny_models.sd1), "project": str(project.root), "concept": "ohwx", "mode": "generate",
        "source": "captions", "remove_tags": ["mole"], "sampler": "euler_a", "steps": 2, "width": 64, "height": 64,
        "seed": 5, "batch_size": 1, "count": 200}
    assert page.cancel_button.isVisible() and not page.generate_button.isEnabled()

    qtbot.waitUntil(lambda: len(arrived) >= 3, timeout=JOB_TIMEOUT)
    assert [c.index for c in page.grid_model.cells][:3] == [0, 1, 2]  # streamed in as the results came
    qtbot.waitUntil(lambda: not page.jobs.active, timeout=JOB_TIMEOUT)
    assert job.state == CANCELLED
    qtbot.waitUntil(lambda: not page.tasks.busy(), timeout=TIMEOUT)  # the folder is re-read after the job
    folder = project.reg_dir / "1_woman"
    made = len(page.grid_model.cells)
    assert 3 <= made < 200
    assert [c.path for c in page.grid_model.cells] == [folder / image_name(i) for i in range(made)]
    qtbot.waitUntil(lambda: all(page.thumbs.pixmap(str(c.path)) is not None for c in page.grid_model.cells),
                    timeout=TIMEOUT)
    assert read_caption(folder / "reg_000001.txt").text == "woman, pose1"  # identifier and identity tag gone
    assert page.status.text().startswith(f"Generation stopped after {job.done} of 200 images")
    assert f"renders the {200 - made} missing" in page.grid_note.text() and "resumes" in page.grid_note.text()
    assert page.generate_button.isEnabled() and not page.cancel_button.isVisible()
    assert load_project(project.root).concepts[0].reg_source == project.concepts[0].reg_source == "reg/1_woman"


def test_check_flags_a_planted_copy_then_reject_and_regenerate(qtbot, page, tiny_models, tiny_clip, tmp_path):
    project = make_project(tmp_path / "p")
    folder = project.reg_dir / "1_woman"
    folder.mkdir(parents=True)
    for i in range(3):  # a set that looks generated, plus a copy of training image 01 as number 3
        Image.effect_noise((64, 64), 40 + 10 * i).convert("RGB").save(folder / image_name(i))
        write_caption(folder / f"reg_00000{i}.txt", "woman")
    shutil.copy(project.prepared_dir / "01.png", folder / image_name(3))
    write_caption(folder / "reg_000003.txt", "woman")
    open_project(qtbot, page, project)
    assert [c.index for c in page.grid_model.cells] == [0, 1, 2, 3]
    set_tiny_settings(page, tiny_models.sd1, count=4)
    page.check_panel.clip_model.setText(str(tiny_clip))

    job = page.check()
    assert job is not None
    config = newest_job_config(project)
    assert (config["mode"], config["clip_model"], config["concept"]) == ("check", str(tiny_clip), "ohwx")
    qtbot.waitUntil(lambda: not page.jobs.active, timeout=JOB_TIMEOUT)
    assert job.state == FINISHED, job.message
    copy = page.grid_model.cells[3]
    assert "near_copy" in copy.score["flags"] and copy.score["nearest"] == "01.png"
    assert copy.path in page.grid_model.flagged()
    assert page.grid_model.data(page.grid_model.index(3), BadgesRole)[0] == "near_copy"  # the badge drawn
    assert "4 images checked" in page.check_panel.summary.text()
    assert sum(page.check_panel.subject_chart.counts) == 4 and sum(page.check_panel.class_chart.counts) == 4
    assert page.check_panel.reject_button.isEnabled()

    flagged = {c.index for c in page.grid_model.cells if c.score.get("flags")}
    qtbot.mouseClick(page.check_panel.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.tasks.busy(), timeout=TIMEOUT)
    assert page.grid_model.indices() == {0, 1, 2, 3} - flagged
    assert (folder / REJECTED / "reg_000003.attempt0.png").is_file() and not (folder / image_name(3)).exists()
    assert "Regenerate missing" in page.status.text()
    assert page.check_panel.regenerate_button.isEnabled()

    # the same report is shown again when the page reads the folder (the path a restart takes)
    open_project(qtbot, page, None)
    open_project(qtbot, page, project)
    assert "4 images checked" in page.check_panel.summary.text()
    assert page.check_panel.clip_model.text() == str(tiny_clip)  # from the last check's config
    set_tiny_settings(page, tiny_models.sd1, count=4)  # no generation was queued here: nothing to restore

    # Regenerate missing queues the generate job for the set (the job renders only what is missing)
    qtbot.mouseClick(page.check_panel.regenerate_button, Qt.MouseButton.LeftButton)
    assert page.jobs.active and page.jobs.mode == "generate"
    assert newest_job_config(project)["count"] == 4
    assert f"Generating {len(flagged)} image(s)" in page.status.text()


def test_a_report_flags_only_images_unchanged_since_the_check(tmp_path):
    folder = tmp_path / "reg" / "1_woman"
    folder.mkdir(parents=True)
    for i in range(2):
        Image.new("RGB", (8, 8)).save(folder / image_name(i))
    report = folder / REPORT
    report.write_text(json.dumps({"summary": {"images": 2}, "images": [
        {"image": str(folder / image_name(i)), "flags": ["near_copy"]} for i in range(2)]}), encoding="utf-8")
    checked = report.stat().st_mtime_ns
    os.utime(folder / image_name(0), ns=(checked - 10**9, checked - 10**9))
    os.utime(folder / image_name(1), ns=(checked + 10**9, checked + 10**9))  # rendered anew after the check
    data = read_report(folder)
    assert data is not None and data["summary"] == {"images": 2}
    assert [Path(s["image"]).name for s in data["flagged"]] == [image_name(0)]
    assert read_report(tmp_path) is None


def test_a_project_opened_again_while_its_reg_job_waits_gets_no_second_one(qtbot, page, runner, fake_argv,
                                                                         tmp_path):
    """File → Open recent on the project whose reg images are queued or rendering: the page follows that job again
    (Generate, Check and Reject off, Cancel shown), so no second job writes into the same reg folder."""
    save_toml(tmp_path / "wait.toml", {"flag": str(tmp_path / "go")})
    blocker = runner.submit("busy", fake_argv("until_file", tmp_path / "wait.toml"), kind="gpu")
    project = make_project(tmp_path / "p")
    open_project(qtbot, page, project)
    page.form.model.setText("models/sd15")
    job = page.generate()  # waits behind the GPU job: queued counts as running here, no timing involved
    assert job is not None
    folder = page.jobs.folder
    open_project(qtbot, page, make_project(tmp_path / "other"))
    assert page.jobs.job is None and page.cancel_button.isHidden()
    open_project(qtbot, page, load_project(project.root))
    assert page.jobs.job is job and (page.jobs.mode, page.jobs.folder) == ("generate", folder)
    assert not page.generate_button.isEnabled() and not page.cancel_button.isHidden()
    assert page.generate() is None and page.check() is None
    assert [j for j in runner.jobs() if j.active] == [blocker, job]
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert job.state == CANCELLED and page.generate_button.isEnabled()
    (tmp_path / "go").touch()
    qtbot.waitUntil(lambda: not blocker.active, timeout=TIMEOUT)
