"""Settings page: recent projects, theme choice, and the check of this machine (the doctor job)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from dataprep.tomlio import load_toml, save_toml
from desktop.jobs.runner import FINISHED
from desktop.main_window import MainWindow
from desktop.pages import settings as settings_module
from desktop.pages.settings import SettingsPage
from desktop.theme import THEME_KEY
from training.doctor import format_report


def test_check_this_machine_queues_the_doctor_job(qtbot, window: MainWindow):
    page: SettingsPage = window.pages["settings"]
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    job = page.doctor_job
    assert job is not None and job.kind == "cpu"
    assert job.argv[1:4] == ["-m", "training", "doctor"]
    assert load_toml(Path(job.argv[4]))["project"] == str(window.project.root)
    assert not page.check_button.isEnabled() and "Checking" in page.check_status.text()
    assert page.check_machine() is None  # one check at a time
    window.runner.cancel(job.id)
    qtbot.waitUntil(lambda: not job.active, timeout=15_000)
    assert page.check_button.isEnabled() and "cancelled" in page.check_status.text()


def test_the_doctor_report_is_shown(qtbot, window: MainWindow, fake_argv, monkeypatch, tmp_path: Path):
    """The page shows training.doctor's report of the job's result (a canned one: the real job imports torch)."""
    info = {
        "danlu": "0.1.0", "python": {"version": "3.11.7", "executable": "/usr/bin/python3"},
        "system": {"platform": "Linux", "cpu_cores": 2}, "nvidia_smi": None,
        "torch": {"installed": True, "version": "2.14.1", "cuda_build": None, "cuda_available": False},
        "gpus": [], "onnxruntime": {"installed": False, "error": "ImportError: no onnxruntime"},
        "bitsandbytes": {"version": None, "importable": False}, "packages": {"diffusers": "0.42.1"},
        "hf_cache": {"path": "/tmp/hf", "exists": False}, "disks": [],
        "problems": [{"level": "warning", "message": "no CUDA GPU.", "advice": "Train on a GPU."}],
    }
    data_file = tmp_path / "info.json"
    data_file.write_text(json.dumps(info), encoding="utf-8")
    config = tmp_path / "result.toml"
    save_toml(config, {"data_file": str(data_file)})
    monkeypatch.setattr(settings_module, "doctor_argv", lambda *_args: fake_argv("result", config))
    page: SettingsPage = window.pages["settings"]
    job = page.check_machine()
    qtbot.waitUntil(lambda: not job.active, timeout=15_000)
    assert job.state == FINISHED, job.message
    assert page.report.toPlainText() == format_report(info)
    assert "[warning] no CUDA GPU." in page.report.toPlainText()
    assert page.check_status.text().startswith("Checked in")


def test_recent_projects_open_and_forget(qtbot, window: MainWindow, tmp_path: Path):
    page: SettingsPage = window.pages["settings"]
    window.create_project(tmp_path / "other", "Other")
    assert page.project_name.text() == "Other"
    assert page.recent_list.count() == 2
    page.recent_list.setCurrentRow(1)
    qtbot.mouseClick(page.open_recent_button, Qt.MouseButton.LeftButton)
    assert window.project.name == "Danlu demo"
    page.recent_list.setCurrentRow(1)
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in window.recent.paths()] == ["demo-project"]


def test_theme_choice_is_saved_and_applied(window: MainWindow, restore_app_look):
    page: SettingsPage = window.pages["settings"]
    page.theme_combo.setCurrentIndex(page.theme_combo.findData("dark"))
    assert window.settings.value(THEME_KEY) == "dark"
    dark = window.palette().window().color().lightness()
    page.theme_combo.setCurrentIndex(page.theme_combo.findData("light"))
    assert window.palette().window().color().lightness() > dark
