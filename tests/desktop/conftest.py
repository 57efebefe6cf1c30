"""Fixtures for the GUI tests: a job runner that cleans up its children, isolated settings, the demo."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from dataprep.demo import install_demo_project
from dataprep.project import Project
from desktop.i18n import compile_catalog
from desktop.jobs.runner import JobRunner
from desktop.main_window import MainWindow
from desktop.welcome import WELCOME_SHOWN_KEY
from tools.i18n import ts_path

FAKE_JOB = Path(__file__).with_name("fake_job.py")


def _fake_argv(mode: str, config: Path | None = None) -> list[str]:
    return [sys.executable, str(FAKE_JOB), mode, *([str(config)] if config else [])]


@pytest.fixture
def install_catalog(qapp, tmp_path: Path):
    """``install_catalog(area, locale)``: compile the real resources/i18n/<area>.<locale>.ts and load it for the
    test; the translators come off the application again afterwards."""
    installed: list[QTranslator] = []

    def install(area: str, locale: str = "zh_CN") -> None:
        qm = tmp_path / f"{area}.{locale}.qm"
        compile_catalog([ts_path(area, locale)], qm)
        translator = QTranslator()
        assert translator.load(str(qm)), qm
        qapp.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def fake_argv():
    """argv of fake_job.py in one of its modes."""
    return _fake_argv


@pytest.fixture
def runner(qtbot):
    runner = JobRunner(grace_s=5.0)
    yield runner
    runner.shutdown(wait_ms=2000)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings of a returning user: the welcome page (and its machine check) stays away; test_welcome.py
    starts from a fresh install."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(WELCOME_SHOWN_KEY, True)
    return settings


@pytest.fixture
def demo_project(tmp_path: Path) -> Project:
    return install_demo_project(tmp_path / "demo-project")


@pytest.fixture
def window(qtbot, runner: JobRunner, settings: QSettings, tmp_path: Path) -> MainWindow:
    """The main window as the app starts it with no recent project: on a fresh copy of the demo."""
    win = MainWindow(runner, settings, tmp_path / "demo-project")
    qtbot.addWidget(win)
    win.show()
    win.open_initial(None)
    return win


@pytest.fixture
def errors(monkeypatch) -> list[tuple[str, str]]:
    """Error dialogs shown, as (title, message), instead of blocking on a modal box."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text, *a, **k: shown.append((title, text)))
    return shown


@pytest.fixture
def restore_app_look():
    """Put the application's style, palette and style sheet back after a test that themes it."""
    app = QApplication.instance()
    before = (app.style().name(), app.palette(), app.styleSheet())
    yield
    app.setStyle(before[0])
    app.setPalette(before[1])
    app.setStyleSheet(before[2])
