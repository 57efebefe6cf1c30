"""The Images page with the real thumbnails job."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from dataprep.events import EVENTS_FILE, read_events
from dataprep.project import load_project
from dataprep.tomlio import load_toml
from desktop.jobs.runner import FINISHED
from desktop.main_window import MainWindow

TIMEOUT = 30_000


def images_page(qtbot, window: MainWindow):
    page = window.pages["images"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 12, timeout=TIMEOUT)
    return page


def test_lists_the_demo_images_before_any_thumbnail_exists(qtbot, window: MainWindow):
    page = images_page(qtbot, window)
    assert page.stack.currentWidget() is page.view
    assert page.header.subtitle.text() == "12 images in 1 folder"
    assert [p.name for p in page.model.paths()][:2] == ["dnl_01.jpg", "dnl_02.jpg"]
    assert page.model.thumbnail_count() == 0
    assert "12 images without a thumbnail yet" in page.status.text()


def test_build_thumbnails_runs_the_job_and_shows_them(qtbot, window: MainWindow):
    page = images_page(qtbot, window)
    project = window.project
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    (job,) = page._jobs.values()
    assert job.argv[1:4] == ["-m", "dataprep", "thumbnails"]
    assert not page.build_button.isEnabled() and page.progress.isVisible()
    qtbot.waitUntil(lambda: not job.active, timeout=TIMEOUT)
    assert job.state == FINISHED, job.message
    assert (job.done, job.total, job.unit) == (12, 12, "image")
    qtbot.waitUntil(lambda: page.model.thumbnail_count() == 12, timeout=TIMEOUT)
    assert all(page.model.has_thumbnail(row) for row in range(12))
    assert page.build_button.isEnabled() and not page.progress.isVisible()
    assert page.status.text() == ""
    config_path = Path(job.argv[4])
    assert config_path.parent == project.cache_dir / "jobs"
    config = load_toml(config_path)
    assert config["source"] == str(project.root / "images") and config["cache"] == str(project.thumbs_dir)
    events = list(read_events(Path(config["run_dir"]) / EVENTS_FILE))
    assert sum(e["event"] == "result" for e in events) == 12


def test_cached_thumbnails_show_when_the_project_is_opened_again(qtbot, window: MainWindow):
    page = images_page(qtbot, window)
    (job,) = page.build_thumbnails()
    qtbot.waitUntil(lambda: not job.active, timeout=TIMEOUT)
    window.open_project(window.project.root)
    qtbot.waitUntil(lambda: page.model.rowCount() == 12, timeout=TIMEOUT)
    page.view.viewport().repaint()  # drawing the rows is what asks for their thumbnails
    qtbot.waitUntil(lambda: page.model.thumbnail_count() > 0, timeout=TIMEOUT)
    assert not page._jobs


def test_empty_states_and_adding_a_folder(qtbot, window: MainWindow, tmp_path: Path):
    page = images_page(qtbot, window)
    folder = tmp_path / "empty-project"
    assert window.create_project(folder, "Empty")
    qtbot.waitUntil(lambda: page.empty.title.text() == "No image folders yet", timeout=TIMEOUT)
    assert page.stack.currentWidget() is page.empty and not page.build_button.isEnabled()
    pictures = folder / "pictures"
    pictures.mkdir()
    page.add_folder(pictures)
    qtbot.waitUntil(lambda: page.empty.title.text() == "No images found", timeout=TIMEOUT)
    assert load_project(folder).sources == ["pictures"]
    shutil.copy(window.demo_dir / "images" / "dnl_01.jpg", pictures / "a.jpg")
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    assert page.stack.currentWidget() is page.view and page.build_button.isEnabled()
