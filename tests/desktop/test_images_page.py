"""The Images page on the demo project: listing, thumbnails off the GUI thread, flags and the flag
filter, exclusions in crops.json, the import-scan and thumbnails jobs, the viewer, empty states."""

from __future__ import annotations

import errno
import json
import shutil
import threading
from pathlib import Path

import pytest
from PIL import Image, ImageFilter
from PySide6.QtCore import Qt

from dataprep.crops import CROPS_FILE
from dataprep.image_quality import BLURRY, DUPLICATE, NEAR_DUPLICATE, SMALL, QualityThresholds
from dataprep.import_scan import report_path_for, save_report, scan_images
from dataprep.project import Project, load_project
from desktop.jobs.runner import FINISHED, JobRunner
from desktop.pages.images import ImagesPage
from desktop.pages.images_grid_model import EXCLUDED, BadgesRole
from desktop.pages.images_records import UNREADABLE

TIMEOUT = 30_000


def add_variants(project: Project) -> dict[str, Path]:
    """A byte-identical copy, a blurred copy, a small copy and a truncated file beside the demo images."""
    images = project.root / "images"
    made = {"copy": images / "dnl_03_copy.jpg", "blurred": images / "dnl_05_blurred.jpg",
            "small": images / "dnl_07_small.jpg", "broken": images / "broken.jpg"}
    shutil.copy(images / "dnl_03.jpg", made["copy"])
    Image.open(images / "dnl_05.jpg").filter(ImageFilter.GaussianBlur(2.5)).save(made["blurred"], quality=90)
    Image.open(images / "dnl_07.jpg").resize((256, 320)).save(made["small"], quality=90)
    made["broken"].write_bytes((images / "dnl_01.jpg").read_bytes()[:3000])
    return made


def write_report(project: Project) -> None:
    """The import report the scan job would write, made in this process (the job is tested once, below)."""
    files = sorted((project.root / "images").glob("*.jpg"))
    save_report(report_path_for(project.root), scan_images(files, QualityThresholds(), workers=1))


def open_page(qtbot, runner: JobRunner, project: Project | None, rows: int | None = None) -> ImagesPage:
    page = ImagesPage(runner)
    qtbot.addWidget(page)
    page.resize(1040, 760)
    page.show()
    page.set_project(project)
    if rows is not None:
        qtbot.waitUntil(lambda: page.model.rowCount() == rows, timeout=TIMEOUT)
    return page


def badges(page: ImagesPage, name: str) -> tuple[str, ...]:
    row = next(r for r in range(page.model.rowCount()) if page.model.path(r).name == name)
    return page.model.index(row).data(BadgesRole)


def wait_saved(qtbot, page: ImagesPage) -> dict:
    qtbot.waitUntil(lambda: not page.edits.saving, timeout=TIMEOUT)
    return json.loads((page.project.root / CROPS_FILE).read_text(encoding="utf-8"))["images"]


def test_grid_lists_the_folder_then_thumbnails_arrive_without_decoding_on_the_gui_thread(
        qtbot, runner, demo_project, monkeypatch):
    gui_thread = threading.get_ident()
    opened_on_gui: list[str] = []
    real_open = Image.open

    def watched_open(fp, *args, **kwargs):
        if threading.get_ident() == gui_thread:
            opened_on_gui.append(str(fp))
        return real_open(fp, *args, **kwargs)

    monkeypatch.setattr(Image, "open", watched_open)
    page = open_page(qtbot, runner, None)
    arrived: list[str] = []
    page.thumbs.ready.connect(arrived.append)
    page.set_project(demo_project)
    qtbot.waitUntil(lambda: page.model.rowCount() == 12, timeout=TIMEOUT)
    assert page.stack.currentWidget() is page.view
    assert page.header.subtitle.text() == "12 images in 1 folder"
    assert [page.model.path(r).name for r in range(2)] == ["dnl_01.jpg", "dnl_02.jpg"]
    page.view.viewport().repaint()  # drawing the rows is what asks for their thumbnails
    qtbot.waitUntil(lambda: page.thumbs.loaded_count() == 12, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: page.status.text().startswith("Not scanned yet"), timeout=TIMEOUT)
    assert all(page.model.index(r).data(Qt.ItemDataRole.DecorationRole) is not None for r in range(12))
    assert sorted(arrived) == sorted(str(p) for p in page.model.all_paths())  # one by one, as each is decoded
    assert len(list(demo_project.thumbs_dir.glob("*.jpg"))) == 12  # made on demand, and now in the disk cache
    assert opened_on_gui == []


def test_only_the_rows_on_screen_are_decoded(qtbot, runner, tmp_path: Path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(80):
        Image.new("RGB", (64, 80), (i * 3, 100, 200 - i)).save(folder / f"img_{i:03d}.jpg")
    page = open_page(qtbot, runner, None)
    page.view.set_icon_size(256)
    page.set_project(Project(tmp_path, "many", ["many"]))
    qtbot.waitUntil(lambda: page.model.rowCount() == 80, timeout=TIMEOUT)
    visible = page.view.visible_rows()
    assert 0 < len(visible) < 40
    page.view.viewport().repaint()
    qtbot.waitUntil(lambda: all(page.thumbs.pixmap(str(page.model.path(r))) is not None for r in visible),
                    timeout=TIMEOUT)
    qtbot.wait(200)
    assert page.thumbs.loaded_count() <= len(visible)
    page.view.scrollToBottom()
    page.view.viewport().repaint()
    last = page.model.path(79)
    qtbot.waitUntil(lambda: page.thumbs.pixmap(str(last)) is not None, timeout=TIMEOUT)
    assert page.thumbs.loaded_count() < 80


def test_file_details_wait_until_the_first_screen_of_thumbnails_is_in(qtbot, runner, tmp_path: Path, monkeypatch):
    """Dates, sizes and the scan report are read after the visible thumbnails (they compete with them for the
    CPU), even when those take longer than the details' one-second fallback."""
    import desktop.pages.images_thumbs as thumbs_module

    folder = tmp_path / "slow"
    folder.mkdir()
    for i in range(40):
        Image.new("RGB", (64, 80), (i * 5, 100, 60)).save(folder / f"img_{i:03d}.jpg")
    real_load = thumbs_module.load_thumbnail

    def slow_load(*args):
        threading.Event().wait(0.3)  # 12 visible cells on 2 workers: ~1.8 s, past the fallback
        return real_load(*args)

    monkeypatch.setattr(thumbs_module, "load_thumbnail", slow_load)
    page = open_page(qtbot, runner, None)
    seen: list[tuple[int, bool]] = []  # (thumbnails still pending, all visible cells drawn) when details came
    real_apply = page.model.apply_facts

    def apply_facts(facts):
        rows = page.view.visible_rows()
        seen.append((page.thumbs.pending_count(),
                     all(page.thumbs.pixmap(str(page.model.path(r))) is not None for r in rows)))
        real_apply(facts)

    monkeypatch.setattr(page.model, "apply_facts", apply_facts)
    page.set_project(Project(tmp_path, "slow", ["slow"]))
    qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT)
    assert seen == [(0, True)]
    assert page.view.visible_rows() and all(page.model.record(r).file_size > 0 for r in page.view.visible_rows())


def test_file_details_wait_no_longer_than_their_limit(qtbot, runner, tmp_path: Path, monkeypatch):
    """Thumbnails that keep coming (a user scrolling on) postpone the details only up to DETAILS_AT_MOST_MS."""
    import desktop.pages.images as images_module
    import desktop.pages.images_thumbs as thumbs_module

    folder = tmp_path / "endless"
    folder.mkdir()
    for i in range(40):
        Image.new("RGB", (64, 80), (i * 5, 60, 100)).save(folder / f"img_{i:03d}.jpg")
    real_load = thumbs_module.load_thumbnail

    def slow_load(*args):
        threading.Event().wait(0.2)
        return real_load(*args)

    monkeypatch.setattr(thumbs_module, "load_thumbnail", slow_load)
    monkeypatch.setattr(images_module, "DETAILS_AT_MOST_MS", 0)  # no postponing at all
    page = open_page(qtbot, runner, None)
    pending: list[int] = []
    real_apply = page.model.apply_facts
    monkeypatch.setattr(page.model, "apply_facts", lambda facts: pending.append(page.thumbs.pending_count())
                        or real_apply(facts))
    page.set_project(Project(tmp_path, "endless", ["endless"]))
    qtbot.waitUntil(lambda: bool(pending), timeout=TIMEOUT)
    assert pending[0] > 0  # came while the first screen was still being decoded (12 cells, 0.2 s each, 2 workers)


def test_flags_from_the_report_show_as_badges_and_filter_the_grid(qtbot, runner, demo_project):
    made = add_variants(demo_project)
    write_report(demo_project)
    page = open_page(qtbot, runner, demo_project, rows=16)
    qtbot.waitUntil(lambda: page.scan.report is not None, timeout=TIMEOUT)
    assert badges(page, made["copy"].name) == (DUPLICATE,)
    assert BLURRY in badges(page, made["blurred"].name) and NEAR_DUPLICATE in badges(page, made["blurred"].name)
    assert SMALL in badges(page, made["small"].name)
    assert badges(page, "broken.jpg") == (UNREADABLE,)
    assert badges(page, "dnl_01.jpg") == ()
    assert page.filter_bar.chips[BLURRY].text() == "blurry 1" and page.filter_bar.all_chip.text() == "All 16"

    qtbot.mouseClick(page.filter_bar.chips[BLURRY], Qt.MouseButton.LeftButton)
    assert page.model.shown_paths() == [made["blurred"]]
    assert "1 shown" in page.header.subtitle.text()
    qtbot.mouseClick(page.filter_bar.chips[DUPLICATE], Qt.MouseButton.LeftButton)  # any of the chosen flags
    assert set(page.model.shown_paths()) == {made["blurred"], made["copy"]}
    qtbot.mouseClick(page.filter_bar.all_chip, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 16 and not page.filter_bar.selected()

    assert page.problems.isVisible()
    ((name, kind, reason),) = page.problems.rows()
    assert (name, kind) == ("broken.jpg", "truncated") and reason.startswith("the file is truncated")


def test_threshold_sliders_reflag_without_reading_files(qtbot, runner, demo_project, monkeypatch):
    made = add_variants(demo_project)
    write_report(demo_project)
    page = open_page(qtbot, runner, demo_project, rows=16)
    qtbot.waitUntil(lambda: page.scan.report is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: page.thumbs.pending_count() == 0, timeout=TIMEOUT)  # the grid's own reading is done
    opened: list[str] = []
    monkeypatch.setattr(Image, "open", lambda fp, *a, **k: opened.append(str(fp)))
    page.thresholds.sliders["min_sharpness"].setValue(0)  # blur check off
    qtbot.waitUntil(lambda: page.model.counts()[BLURRY] == 0, timeout=TIMEOUT)
    page.thresholds.sliders["min_sharpness"].setValue(120)  # 600: 9 of the 15 readable images measure less
    qtbot.waitUntil(lambda: page.model.counts()[BLURRY] == 9, timeout=TIMEOUT)
    page.thresholds.sliders["target_resolution"].setValue(0)
    qtbot.waitUntil(lambda: SMALL not in badges(page, made["small"].name), timeout=TIMEOUT)
    assert page.thresholds.thresholds().min_sharpness == 600 and page.thresholds.thresholds().target_resolution == 0
    assert opened == []


def test_sort_by_sharpness_and_name_keeps_the_selection(qtbot, runner, demo_project):
    made = add_variants(demo_project)
    write_report(demo_project)
    page = open_page(qtbot, runner, demo_project, rows=16)
    qtbot.waitUntil(lambda: page.scan.report is not None, timeout=TIMEOUT)
    page.view.select_paths([str(made["blurred"])], str(made["blurred"]))
    page.controls.sort_combo.setCurrentIndex(page.controls.sort_combo.findData("sharpness"))
    sharpness = [page.model.record(r).sharpness for r in range(page.model.rowCount())]
    assert sharpness == sorted(sharpness) and sharpness[0] == -1.0  # the unreadable file has none
    assert page.view.selected_paths() == [made["blurred"]]
    qtbot.mouseClick(page.controls.order_button, Qt.MouseButton.LeftButton)
    assert page.model.record(0).sharpness == max(sharpness)
    page.controls.sort_combo.setCurrentIndex(page.controls.sort_combo.findData("name"))
    assert page.model.path(0).name == "dnl_12.jpg"  # descending
    assert page.view.selected_paths() == [made["blurred"]]


def test_keyboard_exclude_and_include_persist_in_crops_json(qtbot, runner, demo_project):
    page = open_page(qtbot, runner, demo_project, rows=12)
    qtbot.waitUntil(lambda: page.edits.ready, timeout=TIMEOUT)
    page.view.setFocus()
    page.view.select_paths([str(demo_project.root / "images" / n) for n in ("dnl_02.jpg", "dnl_04.jpg")])
    qtbot.keyClick(page.view, Qt.Key.Key_X)
    assert wait_saved(qtbot, page) == {"images/dnl_02.jpg": {"excluded": True}, "images/dnl_04.jpg": {"excluded": True}}
    assert EXCLUDED in badges(page, "dnl_02.jpg")
    assert page.filter_bar.chips[EXCLUDED].text() == "excluded 2" and "2 excluded" in page.header.subtitle.text()

    qtbot.mouseClick(page.filter_bar.chips[EXCLUDED], Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 2
    page.view.select_paths([str(demo_project.root / "images" / "dnl_02.jpg")])
    qtbot.keyClick(page.view, Qt.Key.Key_X)  # all of the selection excluded: X includes it again
    assert wait_saved(qtbot, page) == {"images/dnl_04.jpg": {"excluded": True}}
    assert page.model.rowCount() == 1  # the filter follows

    page.set_project(load_project(demo_project.root))  # read back from the file
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.edits.ready, timeout=TIMEOUT)
    assert page.model.path(0).name == "dnl_04.jpg"


def test_enter_opens_the_viewer_which_pages_and_zooms(qtbot, runner, demo_project):
    page = open_page(qtbot, runner, demo_project, rows=12)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(2))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    viewer = page.viewer
    assert viewer is not None and viewer.isVisible()
    qtbot.waitUntil(lambda: viewer.picture is not None, timeout=TIMEOUT)
    assert viewer.picture.path.name == "dnl_03.jpg" and viewer.picture.size == (512, 640)
    viewer.actual_button.click()
    assert viewer.view.zoom() == 1.0
    viewer.resize(500, 400)
    viewer.fit_button.click()
    viewport = viewer.view.viewport().size()
    assert viewer.view.zoom() == pytest.approx(min(viewport.width() / 512, viewport.height() / 640), rel=0.05)
    viewer.next_button.click()
    qtbot.waitUntil(lambda: viewer.picture.path.name == "dnl_04.jpg", timeout=TIMEOUT)
    assert page.view.selected_paths() == [demo_project.root / "images" / "dnl_04.jpg"]  # the grid follows
    viewer.close()


def test_scan_job_flags_the_images_and_lists_unreadable_files(qtbot, runner, demo_project):
    made = add_variants(demo_project)
    page = open_page(qtbot, runner, demo_project, rows=16)
    assert page.scan.report is None and page.problems.isHidden()
    qtbot.mouseClick(page.scan_button, Qt.MouseButton.LeftButton)
    (job,) = page.scan_jobs.jobs
    assert job.argv[1:4] == ["-m", "dataprep", "import-scan"]
    qtbot.waitUntil(lambda: not job.active, timeout=TIMEOUT)
    assert job.state == FINISHED, job.message
    qtbot.waitUntil(lambda: page.scan.report is not None, timeout=TIMEOUT)
    assert report_path_for(demo_project.root).exists()
    assert badges(page, made["copy"].name) == (DUPLICATE,)
    assert [row[:2] for row in page.problems.rows()] == [("broken.jpg", "truncated")]
    assert not page.problems.isHidden()
    page.problems.toggle.click()
    assert page.problems.tree.isVisible()


def test_build_thumbnails_job_fills_the_cache(qtbot, runner, demo_project):
    page = open_page(qtbot, runner, demo_project, rows=12)
    page.view.set_icon_size(256)  # few rows on screen: most thumbnails are left to the job
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    (job,) = page.thumb_jobs.jobs
    assert job.argv[1:4] == ["-m", "dataprep", "thumbnails"]
    assert not page.build_button.isEnabled()
    qtbot.waitUntil(lambda: not job.active, timeout=TIMEOUT)
    assert job.state == FINISHED and (job.done, job.total) == (12, 12)
    assert len(list(demo_project.thumbs_dir.glob("*.jpg"))) == 12
    assert page.build_button.isEnabled() and page.progress.isHidden()


def test_empty_states_and_adding_a_folder(qtbot, runner, demo_project, tmp_path: Path):
    page = open_page(qtbot, runner, None)
    assert page.stack.currentWidget() is page.empty and page.empty.title.text() == "No project open"
    project = Project(tmp_path / "empty", "Empty")
    project.root.mkdir()
    project.save()
    page.set_project(project)
    assert page.empty.title.text() == "No image folders yet" and not page.build_button.isEnabled()
    pictures = project.root / "pictures"
    pictures.mkdir()
    page.add_folder(pictures)
    qtbot.waitUntil(lambda: page.empty.title.text() == "No images found", timeout=TIMEOUT)
    assert load_project(project.root).sources == ["pictures"]
    shutil.copy(demo_project.root / "images" / "dnl_01.jpg", pictures / "a.jpg")
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    assert page.stack.currentWidget() is page.view and page.build_button.isEnabled()


def test_adding_a_folder_to_a_project_that_cannot_be_saved(qtbot, runner, tmp_path: Path, errors, monkeypatch):
    """A full disk or a folder made read-only meanwhile: a dialog names danlu.toml and the folder is not listed
    as added (the page keeps showing what the file holds)."""
    project = Project(tmp_path / "full", "Full")
    project.root.mkdir()
    project.save()
    page = open_page(qtbot, runner, project)
    pictures = project.root / "pictures"
    pictures.mkdir()

    def disk_full(_self: Project) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Project, "save", disk_full)
    page.add_folder(pictures)
    ((title, message),) = errors
    assert title == "Cannot add the folder"
    assert message.startswith(f"Could not save {project.file}: No space left on device") and "free space" in message
    assert project.sources == [] and load_project(project.root).sources == []
    assert page.empty.title.text() == "No image folders yet"

def test_a_damaged_crops_file_is_reported_and_never_overwritten(qtbot, runner, demo_project):
    crops = demo_project.root / CROPS_FILE
    crops.write_text("{not json", encoding="utf-8")
    page = open_page(qtbot, runner, demo_project, rows=12)
    qtbot.waitUntil(lambda: bool(page.edits.load_error), timeout=TIMEOUT)
    assert page.edits.load_error.startswith(f"{crops}: not a valid crops file")
    page.view.setFocus()
    page.view.select_paths([str(page.model.path(0))])
    qtbot.keyClick(page.view, Qt.Key.Key_X)
    assert page.status.text() == page.edits.load_error
    assert EXCLUDED not in badges(page, page.model.path(0).name)
    assert crops.read_text(encoding="utf-8") == "{not json"


def test_unreadable_files_are_explained_in_the_interface_language(qtbot, tmp_path: Path, install_catalog):
    """The scan report keeps each problem's template, so the list says it in the user's language."""
    from dataprep.import_scan import ImageProblem, load_report
    from desktop.pages.images_problems import ProblemsBar

    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + bytes(40))  # a JPEG that ends early
    report = scan_images([broken])
    save_report(tmp_path / "report.json", report)
    (problem,) = load_report(tmp_path / "report.json").problems
    assert isinstance(problem, ImageProblem) and problem.message.template.startswith("{path}: the file is truncated")
    install_catalog("config", "zh_TW")
    bar = ProblemsBar()
    qtbot.addWidget(bar)
    bar.set_problems([(problem.path, problem.kind, problem.message)])
    ((name, _, reason),) = bar.rows()
    assert name == "broken.jpg" and reason.startswith("檔案不完整")
