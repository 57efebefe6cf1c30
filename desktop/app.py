"""Start the GUI: ``run_app()`` is what the ``danlu`` launcher calls."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from desktop.i18n import install_translators
from desktop.icons import app_icon
from desktop.jobs.runner import JobRunner
from desktop.main_window import MainWindow
from desktop.theme import apply_theme, saved_theme

APP_NAME = "Danlu"
ORGANIZATION = "Danlu"


def demo_project_dir() -> Path:
    """Where the user's copy of the demo project lives (the bundled originals stay read-only)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "demo-project"


def run_app(project: Path | None = None, argv: list[str] | None = None) -> int:
    """Open *project* (else the most recent one, else the demo) and run the event loop; the exit code."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setWindowIcon(app_icon())
    settings = QSettings()
    install_translators(app, settings)  # before any widget: texts are translated when they are set
    apply_theme(app, saved_theme(settings))
    runner = JobRunner()
    window = MainWindow(runner, settings, demo_project_dir())
    window.show()
    # The objects of the imports and the window (~110,000) live until exit: frozen, the collector's full
    # passes skip them. Scanning them took 64 ms, a stall of the GUI thread now and then (docs/benchmarks.md).
    # Unfrozen on the way out, for a caller that goes on (a test).
    gc.freeze()
    window.open_initial(project)
    try:
        code = app.exec()
    finally:
        gc.unfreeze()
    runner.shutdown()
    return code
