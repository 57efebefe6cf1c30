"""Train page: the run's settings (a form generated from the trainer's config), presets, the step count and
expected time before launch, and the runs: a queue that trains one after the other through the job
runner, each followed live (loss graph, progress, samples, log) or replayed from its events.jsonl.

The page holds no training logic: it writes ``runs/<name>/run.toml`` and queues
``python -m training train run.toml``; everything it shows comes from that job's events.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
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
from desktop.jobs.runner import FINISHED, QUEUED, RUNNING, Job, JobRunner
from desktop.pages.folders_work import LatestTasks
from desktop.pages.train_checks import LaunchPanel
from desktop.pages.train_dialogs import PresetDiffDialog, SavePresetDialog, VariantsDialog
from desktop.pages.train_fit import FIT_FOLDER, FitPanel
from desktop.pages.train_history import RunHistory, load_history
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
from desktop.pages.train_presets import (
    Preset,
    apply_preset,
    bundled_presets,
    diff_rows,
    preset_description,
    preset_group,
    preset_name,
    save_user_preset,
    user_presets,
)
from desktop.pages.train_runs import RunEntry, RunList, job_entry, scan_runs
from desktop.pages.train_speed import estimate, format_duration, record_speed
from desktop.welcome.start import StartButtons
from desktop.widgets.config_form import ConfigForm
from desktop.widgets.config_form_validation import Message
from desktop.widgets.demo_models_bar import DemoModelsBar
from desktop.widgets.empty_state import EmptyState
from desktop.widgets.page_header import PageHeader
from training.config import TrainConfig, config_from_dict, save_config
from training.config_import import ImportResult, import_kohya_gui_json, import_sd_scripts_toml
from training.demo_models import project_kit, train_settings
from training.run_folders import new_run_dir, write_run

RECOUNT_DELAY_MS = 150
LIST_UPDATE_MS = 250  # the runs list follows its jobs at most this often (a run changes with every step)
SAVE_FORM_DELAY_MS = 800
PAST_HISTORIES_KEPT = 4  # replayed past runs kept in memory (a long run is ~100k points)
MIN_STEPS_FOR_SPEED = 10


def user_presets_dir() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "presets"


class TrainPage(QWidget):
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
        snapshot = Project(project.root, project.name, list(project.sources), list(project.concepts))
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
            return self.tr("No speed measured on this machine yet at {resolution} px, {precision}: the first run "
                           "measures it.").format(resolution=cfg.dataset.resolution,
                                                  precision=cfg.precision.mixed_precision)
        text = (self.tr("About {duration} at {speed} images/s (median of {runs} earlier run(s) on this machine "
                        "with this base model).") if guess.same_model else
                self.tr("About {duration} at {speed} images/s (median of {runs} earlier run(s) on this machine "
                        "with other base models)."))
        return text.format(duration=format_duration(guess.seconds), speed=f"{guess.images_per_s:.2f}",
                           runs=guess.runs)

    # ---- presets and files
    def _fill_presets_menu(self) -> None:
        menu = self.presets_menu
        menu.clear()
        try:
            bundled = bundled_presets()
        except ConfigFileError as exc:
            bundled = []
            self._say(self.tr("A bundled preset is broken: {error}").format(error=exc))
        mine, problems = user_presets(self.presets_dir)
        groups: dict[str, QMenu] = {}
        for preset in bundled:
            group = preset_group(preset)
            target = menu if not group else groups.setdefault(group, QMenu(group, menu))
            self._add_preset_action(target, preset)
        for group in groups.values():
            menu.addMenu(group)
        if mine:
            menu.addSection(self.tr("My presets"))
            for preset in mine:
                self._add_preset_action(menu, preset)
        for problem in problems:
            menu.addAction(self.tr("Unreadable: {problem}").format(problem=problem)).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("Save current settings as a preset…"), self.save_preset_dialog)
        compare = menu.addMenu(self.tr("Compare a preset with the current settings"))
        for preset in bundled + mine:
            compare.addAction(preset_name(preset), lambda p=preset: self.compare_preset(p))
        menu.addAction(self.tr("Open my presets folder"), self._open_presets_folder)

    def _add_preset_action(self, menu: QMenu, preset: Preset) -> None:
        action = menu.addAction(preset_name(preset), lambda: self.load_preset(preset))
        action.setToolTip(preset_description(preset))
        menu.setToolTipsVisible(True)

    def load_preset(self, preset: Preset) -> None:
        self.form.set_config(apply_preset(preset, self.form.config()))
        self._say(self.tr("Loaded the preset “{name}”. Folders, base model and names were kept.").format(
            name=preset_name(preset)))

    def compare_preset(self, preset: Preset) -> PresetDiffDialog:
        dialog = PresetDiffDialog(preset, diff_rows(preset, self.form.config()), self)
        dialog.accepted.connect(lambda: self.load_preset(preset))
        dialog.show()
        return dialog

    def save_preset_dialog(self) -> None:
        dialog = SavePresetDialog(self)
        if dialog.exec() == SavePresetDialog.DialogCode.Accepted:
            self.save_preset(dialog.name.text().strip(), dialog.description.text().strip())

    def save_preset(self, name: str, description: str) -> Path | None:
        try:
            path = save_user_preset(self.presets_dir, name, description, self.form.config())
        except OSError as exc:
            self._say(self.tr("Could not save the preset: {error}").format(error=exc))
            return None
        self._say(self.tr("Saved the preset “{name}” to {file}.").format(name=name, file=path))
        return path

    def _open_presets_folder(self) -> None:
        self.presets_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.presets_dir)))

    def _start_dir(self) -> str:
        return str(self.project.root if self.project is not None else Path.home())

    def choose_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a Danlu run.toml"), self._start_dir(),
                                              "TOML (*.toml)")
        if path:
            self.open_run_file(Path(path))

    def open_run_file(self, path: Path) -> bool:
        """Load a run.toml into the form (even one with contradictions: the checks then name them)."""
        try:
            cfg = config_from_dict(load_toml(path), str(path))
        except ConfigFileError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the run file"), str(exc))
            return False
        self.form.set_config(cfg)
        self._say(self.tr("Loaded {file}.").format(file=path))
        return True

    def choose_save(self) -> None:
        start = str(Path(self._start_dir()) / "run.toml")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the settings as run.toml"), start, "TOML (*.toml)")
        if path:
            self.save_run_file(Path(path))

    def save_run_file(self, path: Path) -> bool:
        try:
            save_config(path, self.form.config())
        except OSError as exc:
            self._say(self.tr("Could not save {file}: {error}").format(file=path, error=exc))
            return False
        self._say(self.tr("Saved {file} (run it with: python -m training train {file}).").format(file=path))
        return True

    def choose_import(self, kind: str) -> None:
        pattern = self.tr("kohya_ss config (*.json)") if kind == "kohya" else self.tr("sd-scripts config (*.toml)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a training config"), self._start_dir(), pattern)
        if path:
            self.import_config(Path(path), kind)

    def import_config(self, path: Path, kind: str) -> ImportResult | None:
        """Load another tool's config; what it could not map is listed, nothing is dropped silently."""
        reader = import_kohya_gui_json if kind == "kohya" else import_sd_scripts_toml
        try:
            result = reader(path)
        except ConfigFileError as exc:
            QMessageBox.warning(self, self.tr("Cannot import the config"), str(exc))
            return None
        self.form.set_config(result.config)
        lines = [self.tr("Imported {file}.").format(file=path.name)]
        if result.notes:
            lines.append(self.tr("Converted: {notes}.").format(notes="; ".join(result.notes)))
        if result.ignored:
            lines.append(self.tr("Not imported ({n}): {settings}").format(n=len(result.ignored),
                                                                          settings="; ".join(result.ignored)))
        self._say(" ".join(lines))
        return result

    def reset_settings(self) -> None:
        if self.project is not None:
            self.form.set_config(project_defaults(self.project, TrainConfig()))

    # ---- launching
    def start(self) -> Job | None:
        """Queue a run of the form's settings (refused, with the reason shown, while Checks lists errors)."""
        self._update_checks()
        if self.project is None or not self.checks.start_button.isEnabled():
            return None
        job = self.launch(self.form.config())
        self.run_list.select(self.jobs[job.id])
        self.show_view("runs")
        return job

    def launch(self, cfg: TrainConfig) -> Job:
        assert self.project is not None
        self.save_form()
        run_dir = new_run_dir(self.project.runs_dir, cfg.saving.output_name)
        run_toml = write_run(run_dir, cfg)
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
        jobs = [self.launch(cfg) for cfg in configs]
        if jobs:
            self.run_list.select(self.jobs[jobs[0].id])
            self.show_view("runs")
        return jobs

    # ---- runs
    def _scan_runs(self) -> None:
        project = self.project
        if project is None:
            return
        self.tasks.start("runs", lambda: scan_runs(project.runs_dir), self._on_scanned)

    def _on_scanned(self, entries: list[RunEntry] | Exception) -> None:
        if isinstance(entries, Exception):
            self._say(self.tr("Could not list the runs: {error}").format(error=entries))
            return
        self.past_entries = entries
        self._refresh_runs()

    def my_jobs(self) -> list[Job]:
        return [job for job in self.runner.jobs() if job.id in self.jobs]

    def _refresh_runs(self) -> None:
        """Running first, then the queue in its order, then ended runs newest first."""
        jobs = self.my_jobs()
        active = sorted((j for j in jobs if j.active), key=lambda j: j.state != RUNNING)
        ended = [j for j in reversed(jobs) if not j.active]
        entries = [job_entry(j, self.jobs[j.id]) for j in active + ended]
        known = {e.run_dir for e in entries}
        entries += [e for e in self.past_entries if e.run_dir not in known]
        self.run_list.set_entries(entries)
        self._update_runs_button()

    def _update_runs_button(self) -> None:
        running = sum(j.state == RUNNING for j in self.my_jobs())
        queued = sum(j.state == QUEUED for j in self.my_jobs())
        if running and queued:
            text = self.tr("Runs ({running} running, {queued} queued)")
        elif running:
            text = self.tr("Runs ({running} running)")
        elif queued:
            text = self.tr("Runs ({queued} queued)")
        else:
            text = self.tr("Runs")
        self.runs_button.setText(text.format(running=running, queued=queued))

    def _job_of(self, run_dir: Path | None) -> Job | None:
        return next((j for j in self.my_jobs() if self.jobs[j.id] == run_dir), None)

    def show_run(self, run_dir: Path | None) -> None:
        self.shown = run_dir
        if run_dir is None:
            self.monitor.show_run(self.tr("No run selected"), None, live=False)
            return
        job = self._job_of(run_dir)
        history = self.histories.get(run_dir) or self.past.get(run_dir)
        if history is not None:
            self.monitor.show_run(run_dir.name, history, live=job is not None and job.active)
            if job is not None:
                for entry in job.log:
                    self.monitor.add_output(entry)  # its stderr (the events are in the history)
                if not job.active:
                    self.monitor.ended(job.state, job.message)
            return
        self.monitor.show_run(self.tr("{run} (reading its events…)").format(run=run_dir.name), None, live=False)
        self.tasks.start("replay", lambda: load_history(run_dir), lambda h: self._on_replayed(run_dir, h))

    def _on_replayed(self, run_dir: Path, history: RunHistory | Exception) -> None:
        if isinstance(history, Exception):
            title = self.tr("{run}: cannot read its events ({error})").format(run=run_dir.name, error=history)
            self.monitor.show_run(title, None, live=False)
            return
        self._remember_past(run_dir, history)
        if self.shown == run_dir:
            self.monitor.show_run(run_dir.name, history, live=False)

    def _remember_past(self, run_dir: Path, history: RunHistory) -> None:
        self.past[run_dir] = history
        self.past.move_to_end(run_dir)
        while len(self.past) > PAST_HISTORIES_KEPT:
            self.past.popitem(last=False)

    def _on_overlay(self, run_dir: Path, on: bool) -> None:
        name = run_dir.name
        if not on:
            self.monitor.graph.remove_overlay(name)
            return
        history = self.histories.get(run_dir) or self.past.get(run_dir)
        if history is not None:
            self._draw_overlay(run_dir, history)
        else:
            self.tasks.start(f"overlay:{run_dir}", lambda: load_history(run_dir),
                             lambda h: self._on_overlay_loaded(run_dir, h))

    def _on_overlay_loaded(self, run_dir: Path, history: RunHistory | Exception) -> None:
        if isinstance(history, Exception):
            self._say(self.tr("Cannot overlay {run}: {error}").format(run=run_dir.name, error=history))
            return
        self._remember_past(run_dir, history)
        if run_dir in self.run_list.overlays:
            self._draw_overlay(run_dir, history)

    def _draw_overlay(self, run_dir: Path, history: RunHistory) -> None:
        columns = history.loss_columns()
        self.monitor.graph.set_overlay(run_dir.name, columns[:, 0], columns[:, 2])

    # ---- the runner's news about this page's jobs
    def _on_job_event(self, job: Job, event: dict[str, Any]) -> None:
        run_dir = self.jobs.get(job.id)
        if run_dir is None:
            return
        if run_dir == self.shown and self.monitor.history is self.histories[run_dir]:
            self.monitor.apply(event)
        else:
            self.histories[run_dir].apply(event)

    def _on_job_output(self, job: Job, entry: tuple[str, Any]) -> None:
        if self.jobs.get(job.id) == self.shown and entry[0] == "stderr":
            self.monitor.add_output(entry)

    def _on_job_changed(self, job: Job) -> None:
        if job.id not in self.jobs:
            return
        self._changed_jobs[job.id] = job
        if self._listed_states.get(job.id) != job.state:
            self._update_changed_jobs()  # a new state shows at once, progress within a state at most every 250 ms
        elif not self._list_timer.isActive():
            self._list_timer.start()

    def _update_changed_jobs(self) -> None:
        self._list_timer.stop()
        for job in self._changed_jobs.values():
            self.run_list.update_entry(job_entry(job, self.jobs[job.id]))
            self._listed_states[job.id] = job.state
        self._changed_jobs.clear()
        self._update_runs_button()

    def _on_job_finished(self, job: Job) -> None:
        run_dir = self.jobs.get(job.id)
        if run_dir is None:
            return
        history = self.histories[run_dir]
        speed = history.steady_it_per_s()
        if job.state == FINISHED and speed is not None and len(history.rows) >= MIN_STEPS_FOR_SPEED:
            record_speed(self.settings, self.job_configs[job.id], speed)
        if run_dir == self.shown:
            self.monitor.flush_log()
            self.monitor.ended(job.state, job.message)
        self._refresh_runs()
        self._update_checks()

    # ---- queue actions
    def _selected_job(self) -> Job | None:
        entry = self.run_list.current_entry()
        return entry.job if entry is not None else None

    def _move(self, offset: int) -> None:
        job = self._selected_job()
        if job is not None and self.runner.move(job.id, offset):
            self.run_list.select(self.jobs[job.id])

    def cancel_selected(self) -> None:
        job = self._selected_job()
        if job is not None:
            self.runner.cancel(job.id)

    def send_command(self, command: str) -> bool:
        job = self._selected_job()
        if job is None or not self.runner.send_command(job.id, command):
            return False
        text = (self.tr("Asked {run} to save a checkpoint at its next step ({time}).") if command == "save" else
                self.tr("Asked {run} to render samples at its next step ({time})."))
        self._say(text.format(run=self.jobs[job.id].name, time=time.strftime("%H:%M:%S")))
        return True

    def _open_folder(self) -> None:
        run_dir = self.run_list.current_dir()
        if run_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(run_dir)))
