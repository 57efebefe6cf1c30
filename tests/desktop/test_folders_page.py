"""The Folders page: concept editing saved to danlu.toml, the live step count, the checks, the real
build-layout job, kohya layout import and sd-scripts export."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from dataprep import fsutil
from dataprep.buckets import BucketSettings
from dataprep.dataset_export import DatasetOptions, format_command, train_network_args
from dataprep.layout import plan_layout
from dataprep.project import Concept, Project, create_project, load_project
from dataprep.steps import Schedule, compute_steps, project_subsets, suggest_repeats
from dataprep.tomlio import load_toml
from desktop.jobs.runner import FINISHED, JobRunner
from desktop.main_window import MainWindow
from desktop.pages.folders import FoldersPage
from desktop.pages.folders_issues import LevelRole, PathRole
from desktop.pages.folders_steps import NO_COUNT

TIMEOUT = 60_000  # the first check imports transformers for the tokenizer; the job is a child process


def make_project(root: Path, captions: bool = True) -> Project:
    """Three prepared images (two square, one tall) with captions, and one concept."""
    project = create_project(root, "Tiny")
    project.prepared_dir.mkdir()
    for i, size in enumerate([(512, 512), (512, 512), (384, 640)]):
        Image.new("RGB", size, (i * 70, 20, 20)).save(project.prepared_dir / f"{i}.png")
        if captions:
            (project.prepared_dir / f"{i}.txt").write_text(f"ohwx woman, tag{i}", encoding="utf-8")
    project.concepts = [Concept("ohwx", "woman", 3, "prepared")]
    project.save()
    return project


def add_reg(project: Project, count: int = 4) -> Path:
    reg = project.root / "reg-images"
    reg.mkdir()
    for i in range(count):
        Image.new("RGB", (512, 512), (20, i * 50, 200)).save(reg / f"r{i}.png")
    return reg


@pytest.fixture
def page(qtbot, runner: JobRunner) -> FoldersPage:
    page = FoldersPage(runner)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def open_project(qtbot, page: FoldersPage, project: Project) -> None:
    page.set_project(project)
    qtbot.waitUntil(lambda: not page.busy(), timeout=TIMEOUT)


def levels(page: FoldersPage) -> list[tuple[str, str]]:
    items = [page.issue_list.item(i) for i in range(page.issue_list.count())]
    return [(item.data(LevelRole), item.text()) for item in items]


def test_editing_a_concept_round_trips_to_danlu_toml(qtbot, page: FoldersPage, tmp_path: Path):
    project = make_project(tmp_path / "p")
    reg = add_reg(project)
    open_project(qtbot, page, project)
    form = page.editor.form
    assert page.stack.currentWidget() is page.content and form.identifier.text() == "ohwx"
    form.identifier.clear()
    qtbot.keyClicks(form.identifier, "zkx")
    form.class_token.selectAll()
    qtbot.keyClicks(form.class_token, "man")
    form.repeats.setValue(7)
    form.reg_source.set_path(reg)
    form.reg_repeats.setValue(2)
    form.caption_extension.setCurrentText(".caption")
    expected = Concept("zkx", "man", 7, "prepared", "reg-images", 2, "", ".caption")
    qtbot.waitUntil(lambda: load_project(project.root).concepts == [expected], timeout=TIMEOUT)
    assert form.preview.text() == "Builds train/img/7_zkx man and train/reg/2_man"
    assert page.editor.model.index(0, 0).data() == "zkx"

    # an invalid value is shown inline and not saved
    form.caption_extension.setCurrentText("txt")
    assert form.error.isVisible() and "caption_extension 'txt' must look like '.txt'" in form.error.text()
    page.save()
    assert load_project(project.root).concepts == [expected]
    # a name that cannot be a folder is saved (it loads fine) but shown inline, and the check lists it as an error
    form.caption_extension.setCurrentText(".txt")
    qtbot.keyClicks(form.class_token, "?")
    assert "'?'" in form.error.text() and form.error.isVisible()
    qtbot.waitUntil(lambda: not page.busy(), timeout=TIMEOUT)
    assert levels(page)[0][0] == "error" and "'?'" in levels(page)[0][1]

    # several concepts: add one (it starts from the selected concept's folders), then remove the first
    page.editor.add_concept()
    assert page.editor.selected_row() == 1 and form.identifier.text() == "" and form.source.text() == "prepared"
    qtbot.keyClicks(form.identifier, "sks")
    page.editor.select(0)
    qtbot.mouseClick(page.editor.remove_button, Qt.MouseButton.LeftButton)
    page.save()
    (left,) = load_project(project.root).concepts
    assert (left.identifier, left.class_token, left.reg_source) == ("sks", "man?", "reg-images")


@pytest.mark.parametrize("settings", [
    {"batch": 2, "epochs": 5, "steps": 0, "accum": 1, "bucket": True, "reg": False},
    {"batch": 3, "epochs": 7, "steps": 0, "accum": 2, "bucket": True, "reg": True},
    {"batch": 1, "epochs": 0, "steps": 250, "accum": 1, "bucket": False, "reg": True},
])
def test_step_panel_shows_the_dataprep_count(qtbot, page: FoldersPage, tmp_path: Path, settings):
    project = make_project(tmp_path / "p")
    if settings["reg"]:
        project.concepts[0].reg_source = str(add_reg(project))
        project.save()
    open_project(qtbot, page, project)
    form = page.schedule
    form.batch_size.setValue(settings["batch"])
    form.epochs.setValue(settings["epochs"])
    form.max_steps.setValue(settings["steps"])
    form.accumulation.setValue(settings["accum"])
    form.enable_bucket.setChecked(settings["bucket"])
    qtbot.waitUntil(lambda: not page.busy(), timeout=TIMEOUT)

    schedule = Schedule(settings["batch"], settings["accum"], settings["epochs"] or None, settings["steps"] or None)
    expected = compute_steps(project_subsets(project), schedule, BucketSettings(enable_bucket=settings["bucket"]))
    shown = page.steps.breakdown
    assert shown is not None and shown["total_steps"] == expected.total_steps
    assert shown["lines"] == expected.lines()
    assert page.steps.total.text() == f"{expected.total_steps:,} steps"
    assert page.steps.table.rowCount() == len(expected.subsets)
    assert page.steps.table.item(0, 0).text() == "img/3_ohwx woman"


def test_step_panel_says_the_arithmetic_in_the_interface_language(qtbot, page: FoldersPage, tmp_path: Path,
                                                                 install_catalog):
    install_catalog("config", "zh_CN")
    open_project(qtbot, page, make_project(tmp_path / "p"))
    page.schedule.epochs.setValue(2)
    qtbot.waitUntil(lambda: not page.busy() and page.steps.breakdown is not None, timeout=TIMEOUT)
    assert "每轮：" in page.steps.lines.text() and "per epoch" not in page.steps.lines.text()


def test_step_panel_explains_settings_it_cannot_count(qtbot, page: FoldersPage, tmp_path: Path):
    open_project(qtbot, page, make_project(tmp_path / "p"))
    page.schedule.resolution.setCurrentText("2048")  # above max_bucket_reso 1024
    qtbot.waitUntil(lambda: not page.busy(), timeout=TIMEOUT)
    assert page.steps.breakdown is None and page.steps.total.text() == NO_COUNT
    assert "max_bucket_reso" in page.steps.detail.text()


def test_suggest_repeats_for_a_target_and_apply_them(qtbot, page: FoldersPage, tmp_path: Path):
    project = make_project(tmp_path / "p")
    open_project(qtbot, page, project)
    page.schedule.batch_size.setValue(1)
    page.schedule.epochs.setValue(10)
    page.suggest_row.target.setValue(600)
    qtbot.mouseClick(page.suggest_row.suggest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.suggest_row.apply_button.isVisible(), timeout=TIMEOUT)
    expected = suggest_repeats(project_subsets(project), 600, Schedule(1, 1, 10))
    assert page.suggest_row.result.text() == (f"ohwx woman: 3 → {expected.repeats[0]} repeats: "
                                              f"{expected.breakdown.total_steps:,} steps in all")
    qtbot.mouseClick(page.suggest_row.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy(), timeout=TIMEOUT)
    assert load_project(project.root).concepts[0].repeats == expected.repeats[0] == 20
    assert page.steps.breakdown["total_steps"] == expected.breakdown.total_steps == 600


def test_validation_issues_appear_with_levels_and_reveal_their_path(qtbot, page: FoldersPage, tmp_path: Path,
                                                                      monkeypatch):
    project = make_project(tmp_path / "p")
    (project.prepared_dir / "1.txt").unlink()  # an image without caption: warning
    (project.prepared_dir / "2.txt").write_text("", encoding="utf-8")  # an empty caption: error
    second = project.root / "second"
    second.mkdir()
    Image.new("RGB", (512, 512), (1, 2, 3)).save(second / "a.png")
    (second / "a.txt").write_text("dog", encoding="utf-8")
    project.concepts.append(Concept("dog", "animal", 1, "second", reg_source=str(add_reg(project, 12))))
    project.save()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    open_project(qtbot, page, project)

    found = levels(page)
    assert [level for level, _ in found] == sorted((level for level, _ in found),
                                                   key=("error", "warning", "info").index)
    assert ("error", f"{project.prepared_dir / '2.txt'} is empty; sd-scripts stops on an empty caption file. "
                     "Write a caption or delete the file.") in found
    assert any(level == "warning" and "1 of 3 images" in text and "have no .txt caption" in text
               for level, text in found)
    assert any(level == "warning" and "Identifier 'dog' is a common English word" in text for level, text in found)
    assert any(level == "info" and "Only 10 of 12 regularization images are used" in text for level, text in found)
    assert page.issues_title.text().startswith("Checks: 1 error, ")
    assert page.issue_list.item(0).foreground().color().name() == "#c0392b"

    # clicking a row selects the concept whose folder it names; activating it opens that folder
    row = next(i for i, (_, text) in enumerate(found) if "1 of 3 images" in text)
    assert page.issue_list.item(row).data(PathRole) == str(project.prepared_dir)
    page.editor.select(1)
    page.issue_list.setCurrentRow(row)
    assert page.editor.selected_row() == 0
    page.issue_list.itemActivated.emit(page.issue_list.item(row))
    assert opened == [str(project.prepared_dir)]


def test_a_project_opened_again_while_its_build_waits_gets_no_second_one(qtbot, page: FoldersPage,
                                                                         runner: JobRunner, tmp_path: Path):
    """Opening the project again while its build is queued or running follows that build: no second one into train/."""
    runner.cpu_slots = 0  # the job stays queued, which counts as running here, with no timing involved
    project = make_project(tmp_path / "p")
    open_project(qtbot, page, project)
    job = page.build()
    assert job is not None and runner.jobs() == [job]
    open_project(qtbot, page, load_project(project.root))
    assert page.builder.job is job and not page.build_button.isEnabled()
    assert page.build() is None and runner.jobs() == [job]
    page.set_project(None)
    assert page.builder.job is None and job.active


def test_build_folders_runs_the_job_and_shows_its_result(qtbot, page: FoldersPage, runner: JobRunner,
                                                         tmp_path: Path):
    project = make_project(tmp_path / "p")
    sources = {p.name: p.read_bytes() for p in project.prepared_dir.iterdir()}
    open_project(qtbot, page, project)
    page.schedule.batch_size.setValue(2)
    page.schedule.epochs.setValue(4)
    qtbot.waitUntil(lambda: not page.busy(), timeout=TIMEOUT)
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    (job,) = runner.jobs()
    assert job is page.builder.job and job.argv[1:4] == ["-m", "dataprep", "build-layout"]
    assert load_toml(Path(job.argv[4]))["max_train_epochs"] == 4
    assert not page.build_button.isEnabled() and page.build_button.text() == "Building…"
    qtbot.waitUntil(lambda: not job.active, timeout=TIMEOUT)
    assert job.state == FINISHED, job.message

    built = project.train_dir / "img" / "3_ohwx woman"
    assert sorted(p.name for p in built.iterdir()) == sorted(sources)
    assert {p.name: p.read_bytes() for p in project.prepared_dir.iterdir()} == sources
    assert page.status.text().startswith("Built 1 folder(s) with 6 files")
    assert page.build_button.isEnabled() and not page.progress.isVisible()
    # 512² ×3 ×2 images = 6 → 3 batches; 384×640 ×3 = 3 → 2 batches; 5 per epoch × 4 epochs
    assert page.steps.breakdown["total_steps"] == 20
    assert (job.done, job.total, job.unit) == (6, 6, "file")


def test_a_failed_build_says_why(qtbot, page: FoldersPage, tmp_path: Path):
    project = make_project(tmp_path / "p")
    open_project(qtbot, page, project)
    page.schedule.resolution.setCurrentText("2048")  # the job stops on it before touching train/
    job = page.build()
    qtbot.waitUntil(lambda: not job.active, timeout=TIMEOUT)
    assert page.status.text().startswith("Build failed: ") and "max_bucket_reso" in page.status.text()
    assert page.build_button.isEnabled() and page.build_button.text() == "Build folders"
    assert not project.train_dir.exists()


def test_build_is_refused_while_checks_find_errors(qtbot, page: FoldersPage, runner: JobRunner, tmp_path: Path):
    project = make_project(tmp_path / "p")
    (project.prepared_dir / "0.txt").write_text("", encoding="utf-8")
    open_project(qtbot, page, project)
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    assert runner.jobs() == [] and page.builder.job is None
    assert page.status.text().startswith("Not built: fix the errors first.")
    assert "0.txt is empty" in page.status.text()
    assert not project.train_dir.exists()


def test_import_a_kohya_layout_after_confirming(qtbot, page: FoldersPage, tmp_path: Path):
    project = make_project(tmp_path / "p")
    kohya = tmp_path / "kohya"
    (kohya / "img" / "5_sks dog").mkdir(parents=True)
    (kohya / "img" / "not a concept").mkdir()
    (kohya / "reg" / "1_dog").mkdir(parents=True)
    Image.new("RGB", (64, 64)).save(kohya / "img" / "5_sks dog" / "a.png")
    (kohya / "img" / "5_sks dog" / "a.caption").write_text("sks dog", encoding="utf-8")
    open_project(qtbot, page, project)

    shown: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        shown.append(box.text())
        next(b for b in box.buttons() if b.text() == "Replace concepts").click()

    QTimer.singleShot(0, answer)
    page.import_from(kohya)
    qtbot.waitUntil(lambda: bool(shown) and not page.busy(), timeout=TIMEOUT)
    assert "1 concept(s) found" in shown[0] and "img/5_sks dog" in shown[0] and "reg/1_dog" in shown[0]
    assert "not a concept" in shown[0]  # what is skipped is said before anything changes
    expected = Concept("sks", "dog", 5, str((kohya / "img" / "5_sks dog").resolve()),
                       str((kohya / "reg" / "1_dog").resolve()), 1, "", ".caption")
    assert load_project(project.root).concepts == [expected]
    assert page.editor.model.rowCount() == 1 and page.editor.form.identifier.text() == "sks"


def test_export_sd_scripts_config_and_command(qtbot, page: FoldersPage, tmp_path: Path):
    project = make_project(tmp_path / "p")
    project.concepts[0].reg_source = str(add_reg(project))
    project.save()
    open_project(qtbot, page, project)
    page.schedule.batch_size.setValue(4)
    path = page.export_config(tmp_path / "ds.toml")
    data = load_toml(path)
    (dataset,) = data["datasets"]
    assert dataset["batch_size"] == 4
    assert [(s["image_dir"], s["num_repeats"], s["class_tokens"], s["is_reg"]) for s in dataset["subsets"]] == [
        (str(project.train_dir / "img" / "3_ohwx woman"), 3, "ohwx woman", False),
        (str(project.train_dir / "reg" / "1_woman"), 1, "woman", True),
    ]
    dialog = page.export_dialog
    assert dialog is not None and dialog.isVisible()
    command = dialog.command.toPlainText()
    options = DatasetOptions.from_config({"train_batch_size": 4, "max_train_epochs": 10})
    args = train_network_args(plan_layout(project.concepts, project), project.train_dir, options,
                              pretrained_model="model.safetensors", output_dir=project.runs_dir / "sd-scripts",
                              output_name="p", dataset_config_path=path)
    assert command.replace(" \\\n    ", " ") == format_command(args)  # one argument per line, same command
    assert f"--dataset_config={path}" in command.splitlines()[-1]
    assert "not built yet" in dialog.note.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == command


def test_empty_state_offers_the_demo_concept(qtbot, window: MainWindow):
    page: FoldersPage = window.pages["folders"]
    project = window.project
    project.concepts.clear()
    project.save()
    window.open_project(project.root)
    assert page.stack.currentWidget() is page.empty and page.empty.title.text() == "No concepts yet"
    assert not page.build_button.isEnabled() and not page.export_button.isEnabled()
    qtbot.mouseClick(page.empty_add, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.content and page.build_button.isEnabled()
    page.save()
    (concept,) = load_project(project.root).concepts
    assert (concept.identifier, concept.class_token, concept.source) == ("dnlz", "girl", "images")
    qtbot.waitUntil(lambda: not page.busy(), timeout=TIMEOUT)
    assert page.steps.breakdown is not None and page.steps.breakdown["train_samples"] == 120


def test_no_project_and_a_blank_new_project(qtbot, page: FoldersPage, tmp_path: Path):
    assert page.empty.title.text() == "No project open" and not page.empty_add.isVisible()
    project = create_project(tmp_path / "new")
    open_project(qtbot, page, project)
    assert page.empty.title.text() == "No concepts yet" and page.empty_add.isVisible()
    page.add_first_concept()
    page.save()
    assert load_project(project.root).concepts == [Concept("", "", source="prepared")]


def test_a_concept_on_the_originals_is_offered_the_prepared_set(qtbot, page: FoldersPage, tmp_path: Path):
    project = make_project(tmp_path / "p")
    originals = project.root / "images"
    originals.mkdir()
    Image.new("RGB", (64, 64)).save(originals / "a.png")
    project.concepts = [Concept("ohwx", "woman", 3, "images")]
    project.save()
    open_project(qtbot, page, project)
    form = page.editor.form
    assert form.use_prepared.isVisible()
    qtbot.mouseClick(form.use_prepared, Qt.MouseButton.LeftButton)
    assert form.source.text() == "prepared" and not form.use_prepared.isVisible()
    qtbot.waitUntil(lambda: load_project(project.root).concepts[0].source == "prepared", timeout=TIMEOUT)


def test_no_prepared_offer_without_a_prepared_folder(qtbot, page: FoldersPage, tmp_path: Path):
    project = make_project(tmp_path / "p")
    open_project(qtbot, page, project)
    assert not page.editor.form.use_prepared.isVisible()  # already on prepared/
    shutil.rmtree(project.prepared_dir)
    page.editor.form.set_concept(0, Concept("ohwx", "woman", 3, "images"))
    assert not page.editor.form.use_prepared.isVisible()  # nothing prepared yet


def test_build_on_a_full_disk_says_so(qtbot, page: FoldersPage, runner: JobRunner, tmp_path: Path, monkeypatch):
    project = make_project(tmp_path / "p")
    open_project(qtbot, page, project)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fsutil, "atomic_write_bytes", full)
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)  # was an exception in the click
    assert runner.jobs() == [] and page.builder.job is None
    assert page.status.text() == (f"Could not write the job's settings in {project.cache_dir / 'jobs'}: No space "
                                  "left on device. Check that the disk has free space and that the folder can be "
                                  "written, then try again.")
    assert page.build_button.isEnabled()


def test_an_edit_after_the_project_folder_was_moved_writes_no_lone_danlu_toml(qtbot, page: FoldersPage,
                                                                               tmp_path: Path):
    project = make_project(tmp_path / "p")
    open_project(qtbot, page, project)
    project.root.rename(tmp_path / "renamed")
    page.editor.add_concept(Concept("sks", "dog", 1, "prepared"))  # autosaved: danlu.toml alone in a new folder
    page.save()
    assert not project.root.exists()
    assert page.status.text().startswith(f"The project folder {project.root} is not there any more")
    assert page.build() is None
