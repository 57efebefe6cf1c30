"""The main window: workflow navigation on the left, one page per step, project menu, job status."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from dataprep.demo import install_demo_project
from dataprep.phrases import exception_text
from dataprep.project import Project, create_project, is_project, load_project, write_problem
from dataprep.tomlio import ConfigFileError
from desktop.icons import app_icon, icon
from desktop.jobs.runner import JobRunner
from desktop.new_project_dialog import NewProjectDialog
from desktop.pages.captions import CaptionsPage
from desktop.pages.compare import ComparePage
from desktop.pages.folders import FoldersPage
from desktop.pages.images import ImagesPage
from desktop.pages.jobs import JobsPage
from desktop.pages.regularization import RegularizationPage
from desktop.pages.settings import SettingsPage
from desktop.pages.train import TrainPage
from desktop.recent_projects import RecentProjects
from desktop.theme import apply_theme
from desktop.welcome import DEMO, NEW, WelcomePage, take_first_run
from desktop.widgets.phrase_text import tr_phrase

WORKFLOW = (("images", QT_TRANSLATE_NOOP("MainWindow", "Images")),
            ("captions", QT_TRANSLATE_NOOP("MainWindow", "Captions")),
            ("regularization", QT_TRANSLATE_NOOP("MainWindow", "Regularization")),
            ("folders", QT_TRANSLATE_NOOP("MainWindow", "Folders")),
            ("train", QT_TRANSLATE_NOOP("MainWindow", "Train")),
            ("compare", QT_TRANSLATE_NOOP("MainWindow", "Compare")))
TOOLS = (("jobs", QT_TRANSLATE_NOOP("MainWindow", "Jobs")), ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings")))
KeyRole = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    def __init__(self, runner: JobRunner, settings: QSettings, demo_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.demo_dir = demo_dir
        self.recent = RecentProjects(settings)
        self.project: Project | None = None
        self.setWindowIcon(app_icon())
        self.resize(1240, 780)

        self.settings_page = SettingsPage(runner, settings, self.recent)
        self.welcome_page = WelcomePage(runner)
        self.pages: dict[str, QWidget] = {
            "welcome": self.welcome_page,
            "images": ImagesPage(runner),
            "captions": CaptionsPage(settings, runner=runner),
            "regularization": RegularizationPage(runner),
            "folders": FoldersPage(runner),
            "train": TrainPage(runner, settings),
            "compare": ComparePage(runner),
            "jobs": JobsPage(runner),
            "settings": self.settings_page,
        }
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
            navigate = getattr(page, "navigate", None)
            if navigate is not None:
                navigate.connect(self.show_page)
            start = getattr(page, "start_requested", None)  # "No project open" buttons (desktop/welcome/start.py)
            if start is not None:
                start.connect(self.start)
        self.settings_page.open_requested.connect(self.open_project)
        self.settings_page.theme_changed.connect(self._apply_theme)

        self.nav = QListWidget(objectName="nav")
        self.nav.setFixedWidth(200)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._nav_items: dict[str, QListWidgetItem] = {}
        self._add_nav_item("welcome", QT_TRANSLATE_NOOP("MainWindow", "Welcome"))
        self._add_nav_heading(self.tr("WORKFLOW"))
        for key, label in WORKFLOW:
            self._add_nav_item(key, label)
        self._add_nav_heading("")
        for key, label in TOOLS:
            self._add_nav_item(key, label)
        self.nav.currentItemChanged.connect(self._on_nav)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.path_label = QLabel()
        self.jobs_label = QLabel()
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.jobs_label)
        self._build_menus()

        for signal in (runner.job_added, runner.job_changed):
            signal.connect(lambda _job: self._update_job_status())
        runner.list_changed.connect(self._update_job_status)
        self._update_job_status()
        self.set_project(None)
        self.show_page("images")

    # ---- navigation
    def _add_nav_heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.nav.font())
        font.setPointSizeF(font.pointSizeF() * 0.8)
        font.setBold(True)
        item.setFont(font)
        item.setSizeHint(QSize(0, 28 if text else 18))
        self.nav.addItem(item)

    def _add_nav_item(self, key: str, label: str) -> None:
        item = QListWidgetItem(icon(key), QCoreApplication.translate("MainWindow", label))
        item.setData(KeyRole, key)
        item.setSizeHint(QSize(0, 36))
        self.nav.addItem(item)
        self._nav_items[key] = item

    def nav_item(self, key: str) -> QListWidgetItem:
        return self._nav_items[key]

    def show_page(self, key: str) -> None:
        self.nav.setCurrentItem(self._nav_items[key])

    def current_page_key(self) -> str:
        widget = self.stack.currentWidget()
        return next(key for key, page in self.pages.items() if page is widget)

    def _on_nav(self, item: QListWidgetItem | None) -> None:
        key = item.data(KeyRole) if item is not None else None
        if key in self.pages:
            self.stack.setCurrentWidget(self.pages[key])

    def _apply_theme(self, choice: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, choice)
        for key, item in self._nav_items.items():
            item.setIcon(icon(key))

    # ---- menus
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New project…"), self.new_project_dialog, QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Open project…"), self.open_project_dialog,
                                        QKeySequence.StandardKey.Open)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.demo_action = self._action(self.tr("Open &demo project"), self.open_demo)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Welcome"), lambda: self.show_page("welcome")))
        help_menu.addAction(self._action(self.tr("&About Danlu"), self._about))

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for path in paths:
            action = self.recent_menu.addAction(self.tr("{name}  —  {path}").format(name=path.name, path=path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_project(p))
        if not paths:
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear list"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.recent.clear()
        self.settings_page.refresh_recent()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Danlu"), self.tr(
            "<h3>Danlu</h3><p>A workbench for training Stable Diffusion LoRAs: images, captions, regularization, "
            "training folders, training and checkpoint comparison.</p>"))

    # ---- projects
    def new_project_dialog(self) -> None:
        dialog = NewProjectDialog(self)
        if dialog.exec() == NewProjectDialog.DialogCode.Accepted:
            folder = dialog.folder.path()
            if folder is not None:
                self.create_project(folder, dialog.project_name(), dialog.images.path())

    def open_project_dialog(self) -> None:
        start = str(self.project.root.parent) if self.project else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open project (a folder with danlu.toml)"), start)
        if folder:
            self.open_project(Path(folder))

    def create_project(self, folder: Path, name: str = "", images: Path | None = None) -> bool:
        try:
            project = create_project(folder, name, [str(images.resolve())] if images else [])
        except FileExistsError as exc:  # its message says to open that project instead
            self.show_error(self.tr("Cannot create the project"), str(exc))
            return False
        except OSError as exc:
            self.show_error(self.tr("Cannot create the project"), self.tr(
                "Could not write the project into {folder}: {error}\n\nPick a folder you can write to (in your home "
                "folder, for example) on a disk that is not full.").format(folder=folder, error=exc))
            return False
        self.set_project(project)
        return True

    def open_project(self, folder: Path) -> bool:
        """Open the project in *folder*; a clear error dialog (naming the file) when it cannot be read."""
        folder = Path(folder)
        if folder.is_dir() and not is_project(folder):
            self.show_error(self.tr("Not a Danlu project"), self.tr(
                "{folder} has no danlu.toml. Pick the project's folder, or make a new project there with "
                "File → New project.").format(folder=folder))
            return False
        try:
            project = load_project(folder)
        except ConfigFileError as exc:  # names the file, the line and what to change
            self.show_error(self.tr("Cannot open the project"), tr_phrase(exception_text(exc)))
            return False
        except OSError as exc:
            self.show_error(self.tr("Cannot open the project"), self.tr(
                "Could not read the project in {folder}: {error}\n\nCheck that the folder is still there (on a "
                "drive that is plugged in) and that you may read it.").format(folder=folder, error=exc))
            return False
        problem = write_problem(project)
        if problem is not None:
            self.show_error(self.tr("Cannot open the project"), tr_phrase(problem))
            return False
        self.set_project(project)
        return True

    def open_demo(self) -> bool:
        """Install (or re-open) the user's copy of the bundled demo project."""
        try:
            project = install_demo_project(self.demo_dir)
        except ConfigFileError as exc:
            self.show_error(self.tr("Cannot open the demo project"), str(exc))
            return False
        except OSError as exc:
            self.show_error(self.tr("Cannot open the demo project"), self.tr(
                "Could not copy the demo project into {folder}: {error}\n\nCheck that this folder can be written "
                "and that its disk is not full.").format(folder=self.demo_dir, error=exc))
            return False
        self.set_project(project)
        return True

    def start(self, how: str) -> None:
        """A start button: the demo (then its Images page), a new project, or an existing one."""
        if how == DEMO:
            if self.open_demo():
                self.show_page("images")
        elif how == NEW:
            self.new_project_dialog()
        else:
            self.open_project_dialog()

    def open_initial(self, project: Path | None = None) -> None:
        """At start-up: the project asked for, else the most recent one, else the demo; on a fresh install
        (no project asked for) the welcome page first."""
        if project is None and take_first_run(self.settings):
            self.show_page("welcome")
        recent = self.recent.paths()
        candidate = project or (recent[0] if recent else None)
        if candidate is not None and self.open_project(candidate):
            return
        self.open_demo()

    def set_project(self, project: Project | None) -> None:
        self.project = project
        for page in self.pages.values():
            page.set_project(project)  # type: ignore[attr-defined]
        if project is not None:
            self.recent.add(project.root)
            self.settings_page.refresh_recent()
        self.setWindowTitle(self.tr("{name} — Danlu").format(name=project.name) if project else "Danlu")
        self.path_label.setText(str(project.root) if project else self.tr("No project open"))

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.critical(self, title, message)

    # ---- jobs
    def _update_job_status(self) -> None:
        running, queued = self.runner.counts()
        if running and queued:
            status = self.tr("Jobs: {running} running, {queued} queued").format(running=running, queued=queued)
        elif running:
            status = self.tr("Jobs: {running} running").format(running=running)
        elif queued:
            status = self.tr("Jobs: {queued} queued").format(queued=queued)
        else:
            status = self.tr("No jobs running")
        self.jobs_label.setText(status)
        active = running + queued
        self._nav_items["jobs"].setText(self.tr("Jobs  ({active})").format(active=active) if active
                                        else self.tr("Jobs"))

    def closeEvent(self, event: QCloseEvent) -> None:
        running, queued = self.runner.counts()
        if running + queued:
            answer = QMessageBox.question(
                self, self.tr("Quit Danlu?"),
                self.tr("{running} job(s) running and {queued} waiting. Quitting stops them; running jobs are "
                        "asked to stop cleanly and are ended after {seconds:.0f} seconds.").format(
                    running=running, queued=queued, seconds=self.runner.grace_s),
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            # the wait blocks the event loop for up to grace_s: say so before it starts
            self.statusBar().showMessage(self.tr("Stopping the running jobs…"))
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            QApplication.processEvents()
            try:
                self.runner.shutdown(wait_ms=int(self.runner.grace_s * 1000))
            finally:
                QApplication.restoreOverrideCursor()
        event.accept()
