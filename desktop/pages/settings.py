"""Settings page: the open project, recent projects, appearance, the captioning models on disk, and the
check of this machine."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QProcess, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dataprep.project import Project
from desktop.i18n import LANGUAGE_KEY, LANGUAGES, NATIVE_NAMES, resolve_locale, saved_language
from desktop.jobs.runner import FAILED, FINISHED, Job, JobRunner
from desktop.pages.settings_models import ModelsBox
from desktop.recent_projects import RecentProjects
from desktop.theme import THEME_KEY, THEMES, saved_theme
from desktop.welcome.machine import doctor_argv
from desktop.widgets.demo_models_bar import DemoModelsBar
from desktop.widgets.page_header import PageHeader, scrolling_page
from desktop.widgets.phrase_text import event_text
from training.doctor import format_report

THEME_NAMES = {"system": QT_TRANSLATE_NOOP("SettingsPage", "Follow the system"),
               "light": QT_TRANSLATE_NOOP("SettingsPage", "Light"), "dark": QT_TRANSLATE_NOOP("SettingsPage", "Dark")}


class SettingsPage(QWidget):
    open_requested = Signal(Path)
    theme_changed = Signal(str)

    def __init__(self, runner: JobRunner, settings: QSettings, recent: RecentProjects,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.recent = recent
        self.project: Project | None = None
        self.doctor_job: Job | None = None

        # project
        self.project_name = QLabel()
        self.project_path = QLabel()
        self.project_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.project_path.setWordWrap(True)
        self.reveal_button = QPushButton(self.tr("Show in file manager"))
        self.reveal_button.clicked.connect(self._reveal_project)
        project_box = QGroupBox(self.tr("Project"))
        project_form = QFormLayout(project_box)
        project_form.addRow(self.tr("Name"), self.project_name)
        project_form.addRow(self.tr("Folder"), self.project_path)
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.reveal_button)
        reveal_row.addStretch(1)
        project_form.addRow("", reveal_row)

        # recent projects
        self.recent_list = QListWidget()
        self.recent_list.setMaximumHeight(170)
        self.recent_list.itemDoubleClicked.connect(lambda _item: self._open_selected())
        self.recent_list.itemSelectionChanged.connect(self._update_recent_buttons)
        self.open_recent_button = QPushButton(self.tr("Open"))
        self.open_recent_button.clicked.connect(self._open_selected)
        self.forget_button = QPushButton(self.tr("Remove from list"))
        self.forget_button.clicked.connect(self._forget_selected)
        recent_buttons = QHBoxLayout()
        recent_buttons.addWidget(self.open_recent_button)
        recent_buttons.addWidget(self.forget_button)
        recent_buttons.addStretch(1)
        recent_box = QGroupBox(self.tr("Recent projects"))
        recent_layout = QVBoxLayout(recent_box)
        recent_layout.addWidget(self.recent_list)
        recent_layout.addLayout(recent_buttons)

        # appearance
        self.theme_combo = QComboBox()
        for key in THEMES:
            self.theme_combo.addItem(self.tr(THEME_NAMES[key]), key)
        self.theme_combo.setCurrentIndex(THEMES.index(saved_theme(settings)))
        self.theme_combo.currentIndexChanged.connect(self._on_theme_chosen)
        appearance_box = QGroupBox(self.tr("Appearance"))
        appearance_form = QFormLayout(appearance_box)
        appearance_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        appearance_form.addRow(self.tr("Theme"), self.theme_combo)
        self.language_combo = QComboBox()
        for key in LANGUAGES:  # each language under its own name; "system" names the one it resolves to
            name = NATIVE_NAMES.get(key) or self.tr("Follow the system ({language})").format(
                language=NATIVE_NAMES[resolve_locale("system")])
            self.language_combo.addItem(name, key)
        self.language_combo.setCurrentIndex(LANGUAGES.index(saved_language(settings)))
        self.language_shown = resolve_locale(saved_language(settings))  # what this run was started in
        self.language_combo.currentIndexChanged.connect(self._on_language_chosen)
        appearance_form.addRow(self.tr("Language"), self.language_combo)

        # this machine
        self.check_button = QPushButton(self.tr("Check this machine"), objectName="primary")
        self.check_button.setToolTip(self.tr("Runs the doctor job: Python, PyTorch, GPU, memory, disks and libraries"))
        self.check_button.clicked.connect(self.check_machine)
        self.check_status = QLabel(objectName="muted")
        self.check_status.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setMinimumHeight(240)
        self.report.setPlaceholderText(
            self.tr("The report appears here: what this machine can do for Danlu, and what to fix."))
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.check_status, 1)
        machine_box = QGroupBox(self.tr("This machine"))
        machine_layout = QVBoxLayout(machine_box)
        machine_layout.addLayout(check_row)
        machine_layout.addWidget(self.report)

        self.models_box = ModelsBox()  # reads the cache each time the page is shown
        self.demo_bar = DemoModelsBar(runner)  # with the demo project open: build the tiny demo models here too
        self.models_box.layout().addWidget(self.demo_bar)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(14)
        for box in (project_box, recent_box, appearance_box, self.models_box, machine_box):
            column.addWidget(box)
        column.addStretch(1)
        scrolling_page(self, PageHeader(self.tr("Settings"),
                                        self.tr("This project, recent projects, appearance, models and this machine.")),
                       content)

        runner.job_event.connect(self._on_job_event)
        runner.job_changed.connect(self._on_job_changed)
        self.set_project(None)

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self.demo_bar.set_project(project)
        self.project_name.setText(project.name if project else self.tr("No project open"))
        self.project_path.setText(str(project.root) if project else "")
        self.reveal_button.setEnabled(project is not None)
        self.refresh_recent()

    # ---- recent projects
    def refresh_recent(self) -> None:
        self.recent_list.clear()
        for path in self.recent.paths():
            item = QListWidgetItem(self.tr("{name}    —    {path}").format(name=path.name, path=path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        self._update_recent_buttons()

    def _selected_recent(self) -> Path | None:
        items = self.recent_list.selectedItems()
        return Path(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _open_selected(self) -> None:
        path = self._selected_recent()
        if path is not None:
            self.open_requested.emit(path)

    def _forget_selected(self) -> None:
        path = self._selected_recent()
        if path is not None:
            self.recent.remove(path)
            self.refresh_recent()

    def _update_recent_buttons(self) -> None:
        selected = self._selected_recent() is not None
        self.open_recent_button.setEnabled(selected)
        self.forget_button.setEnabled(selected)

    def _reveal_project(self) -> None:
        if self.project is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.project.root)))

    # ---- appearance
    def _on_theme_chosen(self) -> None:
        choice = self.theme_combo.currentData()
        self.settings.setValue(THEME_KEY, choice)
        self.theme_changed.emit(choice)

    def _on_language_chosen(self) -> None:
        self.settings.setValue(LANGUAGE_KEY, self.language_combo.currentData())
        self.settings.sync()  # the restarted process reads it
        if resolve_locale(self.language_combo.currentData()) != self.language_shown and self.ask_restart():
            self.restart()

    def ask_restart(self) -> bool:
        """Whether the user wants to restart now: the texts are translated once, when they are created."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"),
                          self.tr("Danlu shows the new language from its next start."), parent=self)
        now = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is now

    def restart(self) -> bool:
        """Close the window (it asks about running jobs) and start Danlu again on the same project."""
        window = self.window()
        if window is not self and not window.close():
            return False
        args = ["-m", "desktop.launcher", "gui"] + ([str(self.project.root)] if self.project else [])
        QProcess.startDetached(sys.executable, args)
        QCoreApplication.quit()
        return True

    # ---- doctor
    def check_machine(self) -> Job | None:
        """Queue ``python -m training doctor`` (CPU slot: it only probes the GPU)."""
        if self.doctor_job is not None and self.doctor_job.active:
            return None
        self.doctor_job = self.runner.submit(self.tr("Check this machine"), doctor_argv(self.project), kind="cpu")
        self.report.clear()
        self._on_job_changed(self.doctor_job)
        return self.doctor_job

    def _on_job_event(self, job: Job, event: dict) -> None:
        if job is self.doctor_job and event["event"] == "result":
            self.report.setPlainText(format_report(event["data"], event_text))

    def _on_job_changed(self, job: Job) -> None:
        if job is not self.doctor_job:
            return
        self.check_button.setEnabled(not job.active)
        if job.active:
            self.check_status.setText(self.tr("Checking… (this imports PyTorch and probes the GPU: a few seconds)"))
        elif job.state == FINISHED:
            self.check_status.setText(time_label(job))
        else:
            text = (self.tr("The check failed: {message}") if job.state == FAILED
                    else self.tr("The check was cancelled: {message}"))
            self.check_status.setText(text.format(message=job.message))


def time_label(job: Job) -> str:
    seconds = (job.finished_at or 0) - (job.started_at or 0)
    return QCoreApplication.translate("SettingsPage", "Checked in {seconds:.1f} s.").format(seconds=seconds)
