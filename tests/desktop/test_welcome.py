"""The welcome page: shown on the first start only, the doctor's findings with what to do, the first actions."""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from dataprep import fsutil
from dataprep.tomlio import save_toml
from desktop.jobs.runner import FINISHED, job_argv
from desktop.main_window import MainWindow
from desktop.new_project_dialog import NewProjectDialog
from desktop.welcome import WelcomePage, machine
from training import doctor


def _report(gpus: list[dict[str, Any]], **models: list[str]) -> dict[str, Any]:
    """A doctor report as collect() writes it (canned: the real check imports torch), diagnosed for real."""
    info: dict[str, Any] = {
        "nvidia_smi": "/usr/bin/nvidia-smi" if gpus else None,
        "driver": {"version": None, "cuda": None},
        "torch": {"installed": True, "version": "2.14.1", "cuda_build": "12.8" if gpus else None,
                  "cuda_available": bool(gpus)},
        "gpus": gpus,
        "onnxruntime": {"installed": True, "distributions": {"onnxruntime-gpu": "1.31.1"}, "providers": [],
                        "cuda_provider": "usable" if gpus else "not listed", "cuda_error": ""},
        "bitsandbytes": {"installed": True, "importable": True, "version": "0.50.2"},
        "packages": {name: "1.0" for name in doctor.LISTED_PACKAGES},
        "disks": [],
        "models": {"captioners": [], "base_models": [], **models},
    }
    info["problems"] = doctor.diagnose(info)
    return info


def _gpu(total_gib: float) -> dict[str, Any]:
    return {"index": 0, "name": "RTX 3070", "capability": "8.6", "total_gib": total_gib, "free_gib": total_gib,
            "bf16": True, "supported_by_build": True}


@pytest.fixture
def fake_doctor(monkeypatch, fake_argv, tmp_path: Path):
    """The machine check runs a stand-in job that answers with the given report."""

    def use(info: dict[str, Any]) -> None:
        data_file = tmp_path / "report.json"
        data_file.write_text(json.dumps(info), encoding="utf-8")
        config = tmp_path / "result.toml"
        save_toml(config, {"data_file": str(data_file)})
        monkeypatch.setattr(machine, "doctor_argv", lambda _project: fake_argv("result", config))

    return use


def _fresh_window(qtbot, runner, settings: QSettings, tmp_path: Path) -> MainWindow:
    window = MainWindow(runner, settings, tmp_path / "demo-project")
    qtbot.addWidget(window)
    window.show()
    window.open_initial(None)
    return window


def test_first_run_shows_the_welcome_page_and_checks_the_machine_then_never_again(
        qtbot, runner, tmp_path: Path, fake_doctor):
    fake_doctor(_report([]))
    settings = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    first = _fresh_window(qtbot, runner, settings, tmp_path)
    assert first.current_page_key() == "welcome"
    assert first.project is not None and first.project.name == "Danlu demo"  # the demo is open behind it
    page: WelcomePage = first.pages["welcome"]
    job = page.machine.job
    assert job is not None
    qtbot.waitUntil(lambda: not job.active, timeout=15_000)
    assert job.state == FINISHED, job.message
    assert page.machine.report is not None
    assert page.machine.status.text() == "Checked. What was found, and what to do:"
    assert [row.problem["code"] for row in page.machine.rows] == ["no_gpu", "no_captioner", "no_base_model"]
    first.close()

    second = _fresh_window(qtbot, runner, settings, tmp_path)
    assert second.current_page_key() == "images"
    assert second.pages["welcome"].machine.job is None  # not shown, so not checked


def test_a_project_asked_for_opens_without_the_welcome_page(qtbot, runner, tmp_path: Path, demo_project):
    settings = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    window = MainWindow(runner, settings, tmp_path / "demo-copy")
    qtbot.addWidget(window)
    window.open_initial(demo_project.root)
    assert window.current_page_key() == "images"


def test_findings_show_severity_what_was_found_and_what_to_do(qtbot, runner):
    page = WelcomePage(runner)
    qtbot.addWidget(page)
    page.show_report(_report([_gpu(7.6)], captioners=["SmilingWolf/wd-vit-tagger-v3"]))
    rows = {row.problem["code"]: row for row in page.machine.rows}
    assert list(rows) == ["sdxl_vram", "no_base_model"]
    sdxl = rows["sdxl_vram"]
    assert sdxl.badge.text() == "Note"
    assert sdxl.message.text() == ("GPU 0 (RTX 3070) has 7.6 GiB of video memory: enough for SD 1.5 LoRAs; "
                                   "SDXL fits only with memory savings.")
    assert "“SDXL · 8 GB GPU”" in sdxl.advice.text() and "fp8" in sdxl.advice.text()
    assert "RTX 3070, 7.6 GiB" in page.machine.summary.text()
    with qtbot.waitSignal(page.navigate) as navigated:
        sdxl.action_button.click()
    assert navigated.args == ["train"]

    page.show_report(_report([]))  # checked again: the rows are replaced
    rows = {row.problem["code"]: row for row in page.machine.rows}
    assert rows["no_gpu"].badge.text() == "Warning"
    assert rows["no_gpu"].message.text() == "No NVIDIA GPU: training runs on the CPU only, and very slowly."
    assert "demo project" in rows["no_gpu"].advice.text()
    assert rows["no_gpu"].action_button is None  # nothing in the app fixes a missing GPU
    assert "no NVIDIA GPU" in page.machine.summary.text()
    info = _report([])
    info["onnxruntime"].update(cuda_provider="listed but unusable", cuda_error="libcuda.so.1: cannot open")
    info["problems"] = doctor.diagnose(info)
    page.show_report(info)
    rows = {row.problem["code"]: row for row in page.machine.rows}
    assert rows["ort_cpu_expected"].message.text() == "Captioning runs on the CPU, as expected without an NVIDIA GPU."
    with qtbot.waitSignal(page.navigate) as navigated:
        rows["no_captioner"].action_button.click()
    assert navigated.args == ["captions"]


def test_an_old_driver_names_the_driver_to_install(qtbot, runner):
    info = _report([], captioners=["a/b"], base_models=["c/d"])
    info["torch"]["cuda_build"] = "12.8"
    info.update(nvidia_smi="/usr/bin/nvidia-smi", driver={"version": "535.104.05", "cuda": "12.2"})
    info["problems"] = doctor.diagnose(info)
    page = WelcomePage(runner)
    qtbot.addWidget(page)
    page.show_report(info)
    (row,) = page.machine.rows
    assert row.badge.text() == "Must fix"
    assert "driver 535.104.05 runs CUDA up to 12.2" in row.message.text()
    assert "Install NVIDIA driver 570 or newer" in row.advice.text()
    assert "Must fix" in page.machine.status.text()


def test_a_finding_the_page_does_not_word_shows_the_doctors_text():
    problem = {"level": "warning", "message": "several onnxruntime packages are installed.", "advice": "Keep one.",
               "code": "ort_several", "action": "", "params": {}}
    assert machine.finding_text(problem) == ("Several onnxruntime packages are installed.", "Keep one.")
    problem["message"] = "onnxruntime is not usable."
    assert machine.finding_text(problem)[0] == "onnxruntime is not usable."


def test_a_clean_machine_says_so(qtbot, runner):
    page = WelcomePage(runner)
    qtbot.addWidget(page)
    page.show_report(_report([_gpu(24.0)], captioners=["a/b"], base_models=["c/d"]))
    assert page.machine.rows == []
    assert page.machine.status.text() == "Everything Danlu needs is in place."


def test_a_failed_check_says_where_to_look(qtbot, runner, monkeypatch, fake_argv):
    monkeypatch.setattr(machine, "doctor_argv", lambda _project: fake_argv("crash"))
    page = WelcomePage(runner)
    qtbot.addWidget(page)
    job = page.machine.start()
    qtbot.waitUntil(lambda: not job.active, timeout=15_000)
    assert "did not finish" in page.machine.status.text() and "Jobs page" in page.machine.status.text()
    assert page.machine.check_button.isEnabled()


def test_buttons_open_the_demo_the_new_project_dialog_and_a_project(qtbot, window: MainWindow, monkeypatch):
    page: WelcomePage = window.pages["welcome"]
    page.show_report(_report([]))  # no check job in this test
    window.set_project(None)
    window.show_page("welcome")
    page.start.demo_button.click()
    assert window.project is not None and window.project.name == "Danlu demo"
    assert window.current_page_key() == "images"

    dialogs: list[str] = []
    monkeypatch.setattr(NewProjectDialog, "exec", lambda self: dialogs.append("new") or 0)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: dialogs.append("open") or "")
    page.start.new_button.click()
    page.start.open_button.click()
    assert dialogs == ["new", "open"]


def test_steps_link_to_their_pages_and_help_menu_shows_the_page(qtbot, window: MainWindow):
    page: WelcomePage = window.pages["welcome"]
    page.show_report(_report([]))
    assert list(page.step_links) == ["images", "captions", "regularization", "folders", "train", "compare"]
    page.step_links["folders"].linkActivated.emit("folders")
    assert window.current_page_key() == "folders"
    (action,) = [a for a in window.menuBar().actions()[-1].menu().actions() if a.text() == "&Welcome"]
    action.trigger()
    assert window.current_page_key() == "welcome"


def test_the_machine_check_runs_even_when_the_project_cannot_take_its_settings(demo_project, monkeypatch, tmp_path):
    """A full disk is one thing the check finds: it starts without the project's disk then (was an exception in the
    Check this machine click)."""
    assert machine.doctor_argv(demo_project)[-1].endswith(".toml")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fsutil, "atomic_write_bytes", full)
    assert machine.doctor_argv(demo_project) == job_argv("training", "doctor")
    monkeypatch.undo()
    demo_project.root.rename(tmp_path / "renamed")
    assert machine.doctor_argv(demo_project) == job_argv("training", "doctor")
    assert not demo_project.root.exists()
