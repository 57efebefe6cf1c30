"""Train page: the run's settings (a form generated from the trainer's config), presets, the step count and
expected time before launch, and the runs: a queue that trains one after the other through the job
runner, each followed live (loss graph, progress, samples, log) or replayed from its events.jsonl.

The page holds no training logic: it writes ``runs/<name>/run.toml`` and queues
``python -m training train run.toml``; everything it shows comes from that job's events.
This file builds the page and holds the form's checks and the launch; what the Runs view does is
train_queue.py's, what the Presets and Run file menus do is train_files.py's (mixins of this class).
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dataprep.layout import IMG_DIR
from dataprep.project import Project
from dataprep.steps import Subset
from dataprep.tomlio import ConfigFileError, load_toml
from desktop.jobs.project_jobs import project_gone, write_failed
from desktop.jobs.runner import QUEUED, RUNNING, Job, JobRunner
from desktop.pages.folders_work import LatestTasks
from desktop.pages.train_checks import LaunchPanel
from desktop.pages.train_dialogs import VariantsDialog
from desktop.pages.train_files import RunFilesMixin
from desktop.pages.train_fit import FIT_FOLDER, FitPanel
from desktop.pages.train_history import RunHistory
from desktop.pages.train_launch import (
    form_file,
    project_defaults,
    read_subsets,
    steps_for,
    train_argv,
    uses_project_layout,
)
from desktop.pages.train_model_check import base_model_messages
from desktop.pages.train_monitor import RunMonitor
from desktop.pages.train_queue import RunQueueMixin
from desktop.pages.train_runs import RunEntry, RunList
from desktop.pages.train_speed import estimate, format_duration
from desktop.welcome.start import StartButtons
from desktop.widgets.config_form import ConfigForm
from desktop.widgets.config_form_validation import Message
from desktop.widgets.demo_models_bar import DemoModelsBar
from desktop.widgets.empty_state import EmptyState
from desktop.widgets.page_header import PageHeader
from training.config import TrainConfig, config_from_dict, save_config
from training.demo_models import project_kit, train_settings
from training.run_folders import new_run_dir, write_run

RECOUNT_DELAY_MS = 150
LIST_UPDATE_MS = 250  # the runs list follows its jobs at most this often (a run changes with every step)
SAVE_FORM_DELAY_MS = 800


def user_presets_dir() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "presets"


class TrainPage(RunQueueMixin, RunFilesMixin, QWidget):
    navigate = Signal(str)
    start_requested = Signal(str)  # "No project open": the demo, a new project or an existing one

    def __init__(self, runner: JobRunner, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.project: Project | None = None
        self.presets_dir = user_presets_dir()
        self.argv_for = train_argv  # how a run.toml becomes a job's command line
        self.jobs: dict[int, Path] = {}  # this page's train jobs -> their run folders
        self.job_configs: dict[int, TrainConfig] = {}
        self.histories: dict[Path, RunHistory] = {}  # this session's runs, fed live
        self.past: OrderedDict[Path, RunHistory] = OrderedDict()  # replayed runs, newest use last
        self.past_entries: list[RunEntry] = []
        self.shown: Path | None = None
        self.subsets: list[Subset] | str | None = None
        self.steps: dict[str, Any] | None = None
        self.model_checked: tuple[str, bool, bool] | None = None  # what model_messages are about
        self.model_messages: list[Message] = []
        self.tasks = LatestTasks(self)

        self.header = PageHeader(self.tr("Train"), "")
        self.presets_button = QToolButton(text=self.tr("Presets"))
        self.presets_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.presets_menu = QMenu(self.presets_button)
        self.presets_menu.aboutToShow.connect(self._fill_presets_menu)
        self.presets_button.setMenu(self.presets_menu)
        self.file_button = QToolButton(text=self.tr("Run file"))
        self.file_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        file_menu = QMenu(self.file_button)
        file_menu.addAction(self.tr("Open run.toml…"), self.choose_open)
        file_menu.addAction(self.tr("Save settings as run.toml…"), self.choose_save)
        file_menu.addSeparator()
        file_menu.addAction(self.tr("Import kohya_ss GUI config (.json)…"), lambda: self.choose_import("kohya"))
        file_menu.addAction(self.tr("Import sd-scripts config (.toml)…"), lambda: self.choose_import("sd-scripts"))
        file_menu.addSeparator()
        file_menu.addAction(self.tr("Reset all settings to defaults"), self.reset_settings)
        self.file_button.setMenu(file_menu)
        self.settings_button = QToolButton(text=self.tr("Settings"), checkable=True, checked=True)
        self.runs_button = QToolButton(text=self.tr("Runs"), checkable=True)
        views = QButtonGroup(self)
        for i, button in enumerate((self.settings_button, self.runs_button)):
            views.addButton(button, i)
            button.setMinimumWidth(90)
        views.idClicked.connect(lambda i: self.views.setCurrentIndex(i))
        for button in (self.settings_button, self.runs_button):
            self.header.add_action(button)
        self.header.actions.addSpacing(16)
        for button in (self.presets_button, self.file_button):
            self.header.add_action(button)
        self.status = QLabel(objectName="muted")
        self.status.setWordWrap(True)
        self.status.hide()

        self.form = ConfigForm()
        self.form.changed.connect(self._on_form_changed)
        self.checks = LaunchPanel()
        self.checks.key_activated.connect(self.form.reveal)
        self.checks.start_requested.connect(self.start)
        self.checks.variants_requested.connect(self.queue_variants_dialog)
        self.fit = FitPanel(runner, self.form)  # "Will it fit?", under Checks
        self.checks.layout().insertWidget(self.checks.layout().indexOf(self.checks.checks) + 1, self.fit)
        settings_split = QSplitter(Qt.Orientation.Horizontal)
        settings_split.addWidget(self.form)
        settings_split.addWidget(self.checks)
        settings_split.setStretchFactor(0, 3)
        settings_split.setStretchFactor(1, 1)
        settings_split.setSizes([700, 320])

        self.run_list = RunList()
        self.run_list.selected.connect(self.show_run)
        self.run_list.overlay_toggled.connect(self._on_overlay)
        self.run_list.move_requested.connect(self._move)
        self.run_list.cancel_requested.connect(self.cancel_selected)
        self.run_list.command_requested.connect(self.send_command)
        self.run_list.open_requested.connect(self._open_folder)
        self.monitor = RunMonitor()
        runs_split = QSplitter(Qt.Orientation.Horizontal)
        runs_split.addWidget(self.run_list)
        runs_split.addWidget(self.monitor)
        runs_split.setStretchFactor(1, 1)
        runs_split.setSizes([360, 680])

        self.views = QStackedWidget()
        self.views.addWidget(settings_split)
        self.views.addWidget(runs_split)
        self.empty = EmptyState("train", self.tr("No project open"), [
            self.tr("Open or create a project: its concepts (Folders page) are what the LoRA learns, and every run "
                    "is kept in its <code>runs/</code> folder with its settings, loss history and checkpoints.")])
        self.empty.add_widget(StartButtons(self.start_requested))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.views)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        self.demo_bar = DemoModelsBar(runner)
        self.demo_bar.ready.connect(self._demo_models_ready)
        layout.addWidget(self.demo_bar)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.start)

        self._recount_timer = QTimer(self, singleShot=True, interval=RECOUNT_DELAY_MS)
        self._recount_timer.timeout.connect(self.recount)
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_FORM_DELAY_MS)
        self._save_timer.timeout.connect(self.save_form)
        self._changed_jobs: dict[int, Job] = {}
        self._listed_states: dict[int, str] = {}
        self._list_timer = QTimer(self, singleShot=True, interval=LIST_UPDATE_MS)
        self._list_timer.timeout.connect(self._update_changed_jobs)
        runner.job_event.connect(self._on_job_event)
        runner.job_output.connect(self._on_job_output)
        runner.job_changed.connect(self._on_job_changed)
        runner.job_finished.connect(self._on_job_finished)
        runner.list_changed.connect(self._refresh_runs)
        self.set_project(None)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def show_view(self, name: str) -> None:
        """"settings" or "runs"."""
        button = self.settings_button if name == "settings" else self.runs_button
        button.setChecked(True)
        self.views.setCurrentIndex(0 if name == "settings" else 1)

    def _focus_search(self) -> None:
        self.show_view("settings")
        self.form.search.setFocus()
        self.form.search.selectAll()

    # ---- project
    def set_project(self, project: Project | None) -> None:
        self.save_form()
        self.project = project
        self.demo_bar.set_project(project)
        self.fit.set_folder(project.cache_dir / FIT_FOLDER if project is not None else None)
        self.subsets = None
        self.steps = None
        self.model_checked = None
        self.past.clear()
        self.past_entries = []
        self.shown = None
        self._say("")
        self.stack.setCurrentWidget(self.views if project is not None else self.empty)
        for button in (self.settings_button, self.runs_button, self.presets_button, self.file_button):
            button.setVisible(project is not None)
        if project is None:
            self.header.subtitle.setText(self.tr("Train a LoRA on this machine's GPU."))
            return
        self.header.subtitle.setText(self.tr("{project}: runs are kept in {folder}").format(
            project=project.name, folder=project.runs_dir))
        self.form.set_base_dir(project.root)
        self.form.set_config(self._initial_config(project))
        self.reread_project()
        self._scan_runs()
        self.monitor.show_run(self.tr("No run selected"), None, live=False)

    def _initial_config(self, project: Project) -> TrainConfig:
        """The form as last edited for this project, else the defaults with the project's folders."""
        path = form_file(project)
        cfg = TrainConfig()
        if path.is_file():
            try:
                cfg = config_from_dict(load_toml(path), str(path))
            except ConfigFileError as exc:
                self._say(self.tr("The saved settings could not be read ({error}); starting from the defaults.").format(
                    error=exc))
        kit = project_kit(project)
        if kit is not None and not cfg.model.pretrained_model_name_or_path:  # the demo project: danlu demo's run
            cfg = config_from_dict(train_settings(project, kit), str(path))
        return project_defaults(project, cfg)

    def _demo_models_ready(self) -> None:
        """The demo models were built: fill them in (when no base model is chosen yet)."""
        if self.project is not None:
            self.form.set_config(self._initial_config(self.project))

    def save_form(self) -> None:
        """Keep the form of this project for the next session (in .danlu/, beside the other caches)."""
        self._save_timer.stop()
        if self.project is not None and self.project.root.is_dir():
            try:
                save_config(form_file(self.project), self.form.config())
            except OSError as exc:
                self._say(self.tr("Could not save the settings to {file}: {error}").format(
                    file=form_file(self.project), error=exc))

    def reread_project(self) -> None:
        """Read the layout folders' image sizes again (the page was shown; images may have changed)."""
        project = self.project
        if project is None:
            return
        snapshot = project.snapshot()
        self.checks.show_steps(None)
        self.tasks.start("subsets", lambda: read_subsets(snapshot), self._on_subsets)

    def _on_subsets(self, subsets: list[Subset] | str | Exception) -> None:
        self.subsets = str(subsets) if isinstance(subsets, Exception) else subsets
        self.recount()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.project is not None and self.subsets is not None:
            self.reread_project()
            self._scan_runs()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_form()  # leaving the page or closing the window: keep what was typed
        super().hideEvent(event)

    def busy(self) -> bool:
        """True while a count, a scan or a replay is running or about to (tests wait on it)."""
        return self.tasks.busy() or self._recount_timer.isActive()

    # ---- the form and what it means for the run
    def _on_form_changed(self) -> None:
        self._recount_timer.start()
        self._save_timer.start()
        self._check_model()
        self._update_checks()

    def _check_model(self) -> None:
        """Read the base model's family again when the model or the flags that must match it change."""
        cfg = self.form.config()
        wanted = (cfg.model.pretrained_model_name_or_path, cfg.model.v2, cfg.model.v_parameterization)
        if wanted == self.model_checked:
            return
        self.model_checked = wanted
        self.model_messages = []
        self.tasks.start("model", lambda: base_model_messages(*wanted), self._on_model_checked)

    def _on_model_checked(self, messages: list[Message] | Exception) -> None:
        if isinstance(messages, Exception):
            messages = [Message("error", self.tr("Could not check the base model: {error}").format(error=messages), ())]
        self.model_messages = messages
        self._update_checks()

    def recount(self) -> None:
        self._recount_timer.stop()
        subsets = self.subsets
        if subsets is None:
            return  # the folders are being read; they count when done
        if isinstance(subsets, str):
            self._on_counted(subsets)
            return
        cfg = self.form.config()
        self.tasks.start("steps", lambda: steps_for(subsets, cfg), self._on_counted)

    def _on_counted(self, result: dict[str, Any] | str | Exception) -> None:
        self.steps = result if isinstance(result, dict) else None
        self.checks.show_steps(result if isinstance(result, dict) else str(result))
        self._update_checks()

    def page_messages(self) -> list[Message]:
        """What the page knows beyond the form: the project's folders and the step count."""
        project = self.project
        if project is None:
            return []
        gone = project_gone(project)
        if gone:  # nothing else can be checked, and a run would rebuild an empty project there
            return [Message("error", gone, ())]
        cfg = self.form.config()
        messages = []
        if uses_project_layout(project, cfg):
            if not (project.train_dir / IMG_DIR).is_dir():
                messages.append(Message("error", self.tr("The training folders are not built yet: press Build folders "
                                                        "on the Folders page."), ("dataset.train_data_dir",)))
        elif cfg.dataset.train_data_dir:
            messages.append(Message("warning", self.tr("The image folder is not this project's train/img: the step "
                                                      "count is of the project's concepts, the run trains what the "
                                                      "folder holds."),
                                    ("dataset.train_data_dir",)))
        if self.steps is None and isinstance(self.subsets, str):
            messages.append(Message("warning", self.tr("No step count: {reason}").format(reason=self.subsets), ()))
        return messages + self.model_messages

    def _update_checks(self) -> None:
        messages = self.form.messages() + self.page_messages()
        self.checks.show_messages(messages)
        errors = [m for m in messages if m.level == "error"]
        gpu_busy = any(j.state in (RUNNING, QUEUED) and j.kind == "gpu" for j in self.runner.jobs())
        label = self.tr("Add to queue") if gpu_busy else self.tr("Start training")
        why = ""
        if self.project is None:
            why = self.tr("Open a project first: runs are kept in its runs/ folder.")
        elif errors:
            why = self.tr("Fix {n} problem(s) under Checks first.").format(n=len(errors))
        self.checks.set_start(self.project is not None and not errors, label, why)
        self.checks.show_time(self._time_text())

    def _time_text(self) -> str:
        if self.steps is None:
            return ""
        cfg = self.form.config()
        guess = estimate(self.settings, cfg, int(self.steps["total_steps"]))
        if guess is None:
            precision = cfg.precision.mixed_precision
            return self.tr("No speed measured on this machine yet at {resolution} px, {precision}: the first run "
                           "measures it.").format(resolution=cfg.dataset.resolution,
                                                  precision="fp32" if precision == "no" else precision)
        text = (self.tr("About {duration} at {speed} images/s (median of {runs} earlier run(s) on this machine "
                        "with this base model).") if guess.same_model else
                self.tr("About {duration} at {speed} images/s (median of {runs} earlier run(s) on this machine "
                        "with other base models)."))
        return text.format(duration=format_duration(guess.seconds), speed=f"{guess.images_per_s:.2f}",
                           runs=guess.runs)

    # ---- launching
    def start(self) -> Job | None:
        """Queue a run of the form's settings (refused, with the reason shown, while Checks lists errors)."""
        self._update_checks()
        if self.project is None or not self.checks.start_button.isEnabled():
            return None
        job = self.launch(self.form.config())
        if job is None:
            return None
        self.run_list.select(self.jobs[job.id])
        self.show_view("runs")
        return job

    def launch(self, cfg: TrainConfig) -> Job | None:
        """Write the run's folder and queue it; None, with the reason shown, when the folder cannot be written
        (the project's folder is gone, the disk is full)."""
        assert self.project is not None
        gone = project_gone(self.project)
        if gone:
            self._say(gone)
            return None
        self.save_form()
        run_dir: Path | None = None
        try:
            run_dir = new_run_dir(self.project.runs_dir, cfg.saving.output_name)
            run_toml = write_run(run_dir, cfg)
        except OSError as exc:
            if run_dir is not None:
                with contextlib.suppress(OSError):
                    run_dir.rmdir()  # nothing was written in it: no empty run left in runs/
            self._say(write_failed(self.project.runs_dir, exc))
            return None
        self.histories[run_dir] = RunHistory()
        job = self.runner.submit(self.tr("Train · {run}").format(run=run_dir.name), self.argv_for(run_toml),
                                 kind="gpu", cwd=run_dir)
        self.jobs[job.id] = run_dir
        self.job_configs[job.id] = cfg
        self._refresh_runs()
        self._update_checks()
        return job

    def queue_variants_dialog(self) -> None:
        dialog = VariantsDialog(self.form.config(), self)
        if dialog.exec() == VariantsDialog.DialogCode.Accepted:
            self.queue_variants(dialog.configs())

    def queue_variants(self, configs: list[TrainConfig]) -> list[Job]:
        jobs = []
        for cfg in configs:
            job = self.launch(cfg)
            if job is None:
                break  # the next would fail the same way; the reason is shown
            jobs.append(job)
        if jobs:
            self.run_list.select(self.jobs[jobs[0].id])
            self.show_view("runs")
        return jobs
