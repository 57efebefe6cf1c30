"""The Jobs page: the table, its buttons and the log of the selected job."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from dataprep.tomlio import save_toml
from desktop.jobs.runner import CANCELLED, FAILED, QUEUED, RUNNING
from desktop.jobs.table_model import MESSAGE_COL, PROGRESS_COL, STATE_COL, duration_text
from desktop.main_window import MainWindow
from desktop.pages.jobs import JobsPage, format_log_entry

TIMEOUT = 15_000


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_queue_buttons_and_log(qtbot, window: MainWindow, fake_argv, tmp_path: Path):
    page: JobsPage = window.pages["jobs"]
    runner = window.runner
    assert page.stack.currentWidget() is page.empty
    config = tmp_path / "wait.toml"
    save_toml(config, {"flag": str(tmp_path / "go")})
    running = runner.submit("running", fake_argv("until_file", config), kind="gpu")
    a = runner.submit("a", fake_argv("until_file", config), kind="gpu")
    b = runner.submit("b", fake_argv("until_file", config), kind="gpu")
    window.show_page("jobs")
    assert page.stack.currentIndex() == 1 and page.model.rowCount() == 3
    assert page.model.index(0, STATE_COL).data() == "Running"

    page.select_job(b)
    assert not page.down_button.isEnabled()
    click(qtbot, page.up_button)
    assert [j.title for j in runner.jobs()] == ["running", "b", "a"]
    assert page._selected is b and not page.up_button.isEnabled()
    click(qtbot, page.down_button)
    assert [j.title for j in runner.jobs()] == ["running", "a", "b"]

    click(qtbot, page.cancel_button)  # b is still selected and queued
    assert b.state == CANCELLED and a.state == QUEUED
    assert page.model.index(2, STATE_COL).data() == "Cancelled"

    page.select_job(running)
    qtbot.waitUntil(lambda: "start" in page.log.toPlainText(), timeout=TIMEOUT)
    (tmp_path / "go").touch()
    qtbot.waitUntil(lambda: not a.active, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "done" in page.log.toPlainText())  # the log view appends in batches
    click(qtbot, page.clear_button)
    assert page.model.rowCount() == 0 and page.stack.currentWidget() is page.empty


def test_a_failed_job_shows_its_stderr(qtbot, window: MainWindow, fake_argv):
    page: JobsPage = window.pages["jobs"]
    job = window.runner.submit("crash", fake_argv("crash"))
    qtbot.waitUntil(lambda: job.state == FAILED, timeout=TIMEOUT)
    page.select_job(job)
    assert "RuntimeError: the model file is corrupt" in page.model.index(0, MESSAGE_COL).data()
    qtbot.waitUntil(lambda: "stderr    RuntimeError: the model file is corrupt" in page.log.toPlainText())
    assert not page.cancel_button.isEnabled()


def test_cancel_a_running_job_from_the_page(qtbot, window: MainWindow, fake_argv):
    page: JobsPage = window.pages["jobs"]
    job = window.runner.submit("loop", fake_argv("until_cancelled"), kind="gpu")
    qtbot.waitUntil(lambda: job.done > 2, timeout=TIMEOUT)
    page.select_job(job)
    assert job.state == RUNNING and "/ 1000000 steps" in page.model.index(0, PROGRESS_COL).data()
    click(qtbot, page.cancel_button)
    qtbot.waitUntil(lambda: job.state == CANCELLED, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "cancelled" in page.log.toPlainText())


def test_log_lines_read_well():
    assert format_log_entry(("stderr", "boom")) == "stderr    boom"
    assert format_log_entry(("stdout", "hi")) == "output    hi"
    progress = {"event": "progress", "time": 0, "done": 3, "total": 12, "unit": "image"}
    assert format_log_entry(("event", progress)).endswith("progress   3/12 image")
    error = {"event": "error", "kind": "oom", "message": "Out of memory.", "hint": "Use batch size 1."}
    assert format_log_entry(("event", error)).endswith("[oom] Out of memory. Use batch size 1.")
    assert duration_text(59) == "0:59" and duration_text(3725) == "1:02:05"
