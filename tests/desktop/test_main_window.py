"""The main window: start-up on the demo, navigation, project open/create flows, job status."""

from __future__ import annotations

import errno
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dataprep.project import create_project, load_project
from desktop.main_window import TOOLS, WORKFLOW, MainWindow


def click_nav(qtbot, window: MainWindow, key: str) -> None:
    rect = window.nav.visualItemRect(window.nav_item(key))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_starts_on_a_copy_of_the_demo_project(window: MainWindow, tmp_path: Path):
    assert window.project is not None
    assert window.project.root == (tmp_path / "demo-project").resolve()
    assert window.windowTitle() == "Danlu demo — Danlu"
    assert window.path_label.text() == str(window.project.root)
    assert window.jobs_label.text() == "No jobs running"
    assert window.current_page_key() == "images"


def test_every_page_is_reachable_from_the_navigation(qtbot, window: MainWindow):
    keys = [key for key, _ in WORKFLOW + TOOLS]
    assert keys == ["images", "captions", "regularization", "folders", "train", "compare", "jobs", "settings"]
    for key in [*keys[1:], keys[0]]:
        click_nav(qtbot, window, key)
        assert window.current_page_key() == key
        assert window.stack.currentWidget().isVisible()


def test_open_a_broken_project_names_the_file(window: MainWindow, tmp_path: Path, errors):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "danlu.toml").write_text("name = 'oops\n", encoding="utf-8")
    assert not window.open_project(broken)
    ((title, message),) = errors
    assert title == "Cannot open the project"
    assert str(broken / "danlu.toml") in message and "not valid TOML" in message
    assert window.project is not None and window.project.name == "Danlu demo"  # still on the old one


def test_open_a_project_with_a_wrong_value_names_the_file_and_the_key(window: MainWindow, tmp_path: Path, errors):
    """A danlu.toml edited by hand (a number in quotes) is refused with a dialog, not a traceback on stderr."""
    edited = tmp_path / "edited"
    edited.mkdir()
    (edited / "danlu.toml").write_text("[[concepts]]\nidentifier = 'zkx'\nclass_token = 'man'\nrepeats = '10'\n",
                                       encoding="utf-8")
    assert not window.open_project(edited)
    ((title, message),) = errors
    assert title == "Cannot open the project"
    assert message.startswith(str(edited / "danlu.toml")) and "repeats must be a whole number" in message
    assert window.project is not None and window.project.name == "Danlu demo"

def test_open_a_project_folder_that_cannot_be_written(window: MainWindow, tmp_path: Path, errors, monkeypatch):
    """A read-only copy (a share, a disc): refused at opening with what to do, not a dead button on every page."""
    folder = tmp_path / "read-only"
    create_project(folder, "Read-only")
    real_mkstemp = tempfile.mkstemp

    def read_only(*args, **kwargs):
        if Path(kwargs.get("dir") or "") == folder:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    assert not window.open_project(folder)
    ((title, message),) = errors
    assert title == "Cannot open the project"
    assert message.startswith(f"{folder}: Danlu cannot write in this project folder (Permission denied).")
    assert "copy the project to a folder you can write to" in message
    assert window.project is not None and window.project.name == "Danlu demo"
    assert load_project(folder).name == "Read-only"  # and its file is left as it was

def test_open_a_folder_that_is_no_project(window: MainWindow, tmp_path: Path, errors):
    assert not window.open_project(tmp_path)
    assert errors and "has no danlu.toml" in errors[0][1]


def test_create_a_project_with_an_image_folder_and_reopen_it_from_recent(window: MainWindow, tmp_path: Path, errors):
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    folder = tmp_path / "my-lora"
    assert window.create_project(folder, "My LoRA", pictures)
    assert window.windowTitle() == "My LoRA — Danlu"
    assert load_project(folder).sources == [str(pictures.resolve())]
    assert window.recent.paths()[:2] == [folder.resolve(), (tmp_path / "demo-project").resolve()]
    assert not window.create_project(folder, "again")  # never overwrites a danlu.toml
    assert "already exists" in errors[0][1]
    window.open_demo()
    window._fill_recent_menu()
    entries = [a for a in window.recent_menu.actions() if str(folder.resolve()) in a.text()]
    entries[0].trigger()
    assert window.project is not None and window.project.name == "My LoRA"


def test_new_project_dialog_validates(qtbot, tmp_path: Path):
    from desktop.new_project_dialog import NewProjectDialog

    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.folder.edit.setText(str(tmp_path / "new"))
    assert ok.isEnabled()
    dialog.images.edit.setText(str(tmp_path / "missing"))
    assert not ok.isEnabled() and "is not a folder" in dialog.problem.text()


@pytest.mark.parametrize("broken_recent", [True, False])
def test_start_up_prefers_the_most_recent_project(qtbot, runner, settings, tmp_path: Path, errors, broken_recent):
    folder = tmp_path / "recent"
    first = MainWindow(runner, settings, tmp_path / "demo-project")
    qtbot.addWidget(first)
    first.create_project(folder, "Recent one")
    if broken_recent:
        (folder / "danlu.toml").write_text("[[[", encoding="utf-8")
    second = MainWindow(runner, settings, tmp_path / "demo-project")
    qtbot.addWidget(second)
    second.open_initial(None)
    assert second.project is not None
    assert second.project.name == ("Danlu demo" if broken_recent else "Recent one")
    assert bool(errors) == broken_recent


def test_status_bar_counts_jobs(qtbot, window: MainWindow, fake_argv, tmp_path: Path):
    from dataprep.tomlio import save_toml

    config = tmp_path / "wait.toml"
    save_toml(config, {"flag": str(tmp_path / "go")})
    window.runner.submit("a", fake_argv("until_file", config), kind="gpu")
    window.runner.submit("b", fake_argv("until_file", config), kind="gpu")
    assert window.jobs_label.text() == "Jobs: 1 running, 1 queued"
    assert window.nav_item("jobs").text() == "Jobs  (2)"
    (tmp_path / "go").touch()
    qtbot.waitUntil(lambda: window.jobs_label.text() == "No jobs running", timeout=15_000)
    assert window.nav_item("jobs").text() == "Jobs"


def test_quitting_with_a_job_running_says_it_is_stopping_it(qtbot, window: MainWindow, fake_argv, tmp_path: Path,
                                                           monkeypatch):
    """The runner's wait for its jobs blocks the window for up to the grace period: the user sees why."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from dataprep.tomlio import save_toml

    config = tmp_path / "wait.toml"
    save_toml(config, {"flag": str(tmp_path / "go")})
    window.runner.submit("a", fake_argv("until_file", config), kind="gpu")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen: list[tuple[str, bool]] = []
    shutdown = window.runner.shutdown

    def watched(wait_ms: int = 3000) -> None:
        cursor = QApplication.overrideCursor()
        seen.append((window.statusBar().currentMessage(), cursor is not None
                     and cursor.shape() == Qt.CursorShape.WaitCursor))
        shutdown(wait_ms)

    monkeypatch.setattr(window.runner, "shutdown", watched)
    assert window.close()
    assert seen == [("Stopping the running jobs…", True)]
    assert QApplication.overrideCursor() is None
    assert window.runner.counts() == (0, 0)
