"""run_app(), as the launcher calls it."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from dataprep.demo import install_demo_project
from desktop.app import demo_project_dir, run_app
from desktop.main_window import MainWindow


def test_run_app_opens_the_given_project_and_remembers_it(qtbot, monkeypatch, tmp_path: Path, restore_app_look):
    QStandardPaths.setTestModeEnabled(True)  # settings and app data go to Qt's test folders
    shown: list[MainWindow] = []
    frozen: list[int] = []

    def fake_exec() -> int:  # instead of the event loop: look at what is on screen
        frozen.append(gc.get_freeze_count())
        shown.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        for window in shown:
            qtbot.addWidget(window)
        return 7

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    try:
        project = install_demo_project(tmp_path / "given")
        assert run_app(project.root) == 7
        (window,) = shown
        assert window.project is not None and window.project.root == project.root
        assert QApplication.applicationName() == "Danlu" and QApplication.organizationName() == "Danlu"
        assert window.recent.paths()[0] == project.root
        assert "qttest" in str(demo_project_dir())
        # while the event loop runs, the startup objects are out of the collector's full passes; not after
        assert frozen[0] > 10_000 and gc.get_freeze_count() == 0
    finally:
        Path(QSettings().fileName()).unlink(missing_ok=True)
        shutil.rmtree(demo_project_dir(), ignore_errors=True)
        QStandardPaths.setTestModeEnabled(False)
