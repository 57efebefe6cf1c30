"""Folders page: the concepts, the kohya repeats layout they build, its step count and its problems.

Editing a concept saves ``danlu.toml`` and re-checks the project on the thread pool (listing folders,
reading image sizes and loading the tokenizer take time on a big set); changing a training-length
setting recounts the steps from the image sizes already read. "Build folders" runs the real
``build-layout`` job through the job runner, and its result replaces what the page shows.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QHideEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dataprep.dataset_export import DatasetOptions, train_network_args, write_dataset_config
from dataprep.layout import IMG_DIR, REG_DIR, LayoutError, plan_layout, resolve_source
from dataprep.layout_import import ImportedLayout, import_layout
from dataprep.project import Project
from desktop.jobs.project_jobs import project_gone
from desktop.jobs.runner import Job, JobRunner
from desktop.pages.folders_build import LayoutBuild
from desktop.pages.folders_concepts import ConceptEditor, new_concept
from desktop.pages.folders_dialogs import REPLACE, ExportDialog, confirm_import, readable_command
from desktop.pages.folders_issues import IssueList, count_text
from desktop.pages.folders_steps import StepPanel
from desktop.pages.folders_work import Analysis, LatestTasks, analyse, count_steps, suggest
from desktop.welcome.start import StartButtons
from desktop.widgets.empty_state import EmptyState
from desktop.widgets.page_header import PageHeader
from desktop.widgets.phrase_text import event_text
from training.demo_models import folder_settings

SAVE_DELAY_MS = 400  # typing in a field saves once the typing pauses
RECHECK_DELAY_MS = 300
RECOUNT_DELAY_MS = 80
MODEL_PLACEHOLDER = "model.safetensors"


class FoldersPage(QWidget):
    start_requested = Signal(str)  # "No project open": the demo, a new project or an existing one

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.issues: list[dict[str, Any]] = []
        self.analysis: Analysis | None = None
        self.export_dialog: ExportDialog | None = None
        self.tasks = LatestTasks(self)
        self._suggestion: list[tuple[list[int], int]] = []
        self._dirty = False

        self.header = PageHeader(self.tr("Folders"), "")
        self.import_button = QPushButton(self.tr("Import kohya layout…"))
        self.import_button.setToolTip(self.tr("Read existing '10_name class' folders back into concepts"))
        self.import_button.clicked.connect(self.choose_import)
        self.export_button = QPushButton(self.tr("Export sd-scripts config…"))
        self.export_button.setToolTip(self.tr("Write a dataset_config TOML for kohya sd-scripts and show the command "
                                              "line"))
        self.export_button.clicked.connect(self.choose_export)
        self.build_button = QPushButton(self.tr("Build folders"), objectName="primary")
        self.build_button.setToolTip(self.tr("Build train/img and train/reg from the concepts (hard links; sources "
                                             "untouched)"))
        self.build_button.clicked.connect(self.build)
        for button in (self.import_button, self.export_button, self.build_button):
            self.header.add_action(button)
        self.progress = QProgressBar(maximumWidth=240)
        self.progress.hide()
        self.status = QLabel(objectName="muted")
        self.status.setWordWrap(True)
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status, 1)

        self.editor = ConceptEditor()
        self.editor.changed.connect(self._on_concepts_changed)
        panel = self.step_panel = StepPanel()
        self.schedule, self.steps, self.suggest_row = panel.schedule, panel.steps, panel.suggest_row
        self.schedule.changed.connect(lambda: self._recount_timer.start())
        self.suggest_row.suggest_requested.connect(self.request_suggestion)
        self.suggest_row.apply_requested.connect(self.apply_suggestion)

        self.issue_list = IssueList()
        self.issue_list.path_selected.connect(self.select_concept_of)
        self.issue_list.path_opened.connect(self.open_folder_of)
        self.issues_title = QLabel(objectName="sectionTitle")
        issues_box = QWidget()
        issues_layout = QVBoxLayout(issues_box)
        issues_layout.setContentsMargins(0, 8, 0, 0)
        issues_layout.setSpacing(6)
        issues_layout.addWidget(self.issues_title)
        issues_layout.addWidget(self.issue_list, 1)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.editor)
        top.addWidget(self.step_panel)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setSizes([580, 400])
        content = QSplitter(Qt.Orientation.Vertical)
        content.addWidget(top)
        content.addWidget(issues_box)
        content.setStretchFactor(0, 3)
        content.setStretchFactor(1, 1)
        content.setSizes([450, 190])
        self.content = content

        self.empty = EmptyState("folders", "")
        self.empty_add = self.empty.add_button(self.tr("Add concept"), self.add_first_concept, primary=True)
        self.empty_import = self.empty.add_button(self.tr("Import kohya layout…"), self.choose_import)
        self.start_buttons = self.empty.add_widget(StartButtons(self.start_requested))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addLayout(status_row)
        layout.addWidget(self.stack, 1)

        self._save_timer = self._timer(SAVE_DELAY_MS, self.save)
        self._recheck_timer = self._timer(RECHECK_DELAY_MS, self.recheck)
        self._recount_timer = self._timer(RECOUNT_DELAY_MS, self.recount)
        self.builder = LayoutBuild(runner, self)
        self.builder.result.connect(self._on_build_result)
        self.builder.changed.connect(self._on_build_changed)
        self.set_project(None)

    def _say(self, text: str) -> None:
        """The status line under the header (hidden while it has nothing to say)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _timer(self, ms: int, slot: Any) -> QTimer:
        timer = QTimer(self, singleShot=True, interval=ms)
        timer.timeout.connect(slot)
        return timer

    # ---- project and concepts
    def set_project(self, project: Project | None) -> None:
        self.save()
        self.project = project
        self.builder.set_project(project)
        self.progress.hide()
        self._say("")
        self.editor.set_project(project)
        if project is not None and project.demo_models:  # the tiny demo SD's size and danlu demo's schedule
            self.schedule.set_config(folder_settings())
        self._clear_suggestion()
        self._show_state()
        self.recheck()

    def busy(self) -> bool:
        """True while a check, count or suggestion is running or about to (tests wait on it)."""
        timers = (self._save_timer, self._recheck_timer, self._recount_timer)
        return self.tasks.busy() or any(t.isActive() for t in timers)

    def _show_state(self) -> None:
        project = self.project
        has_concepts = project is not None and bool(project.concepts)
        self.stack.setCurrentWidget(self.content if has_concepts else self.empty)
        for button in (self.build_button, self.export_button):
            button.setEnabled(has_concepts and not self.builder.active)
        self.import_button.setEnabled(project is not None)
        self.empty_add.setVisible(project is not None)
        self.empty_import.setVisible(project is not None)
        self.start_buttons.setVisible(project is None)
        if project is None:
            self.header.subtitle.setText("")
            self.empty.title.setText(self.tr("No project open"))
            self.empty.set_paragraphs([self.tr("Use <b>File → New project…</b> or <b>File → Open project…</b>.")])
            return
        n = len(project.concepts)
        subtitle = (self.tr("{n} concept → the folders kohya sd-scripts reads, built in {folder}") if n == 1 else
                    self.tr("{n} concepts → the folders kohya sd-scripts reads, built in {folder}"))
        self.header.subtitle.setText(subtitle.format(n=n, folder=project.train_dir))
        self.empty.title.setText(self.tr("No concepts yet"))
        self.empty.set_paragraphs([
            self.tr("A <b>concept</b> is one thing to learn: a rare trigger word (the <i>identifier</i>, like "
                    "<code>ohwx</code>), its <i>class</i> (<code>woman</code>, <code>dog</code>), how often each "
                    "image is repeated, and the folder of its images and captions."),
            self.tr("Danlu builds <code>{img}/&lt;repeats&gt;_&lt;identifier&gt; &lt;class&gt;</code> and "
                    "<code>{reg}/&lt;repeats&gt;_&lt;class&gt;</code> from the concepts, counts the training steps "
                    "as sd-scripts will and checks the folders before you train, so you never name a folder by "
                    "hand.").format(img=IMG_DIR, reg=REG_DIR),
            self.tr("Add a concept, or import folders you already made for kohya_ss."),
        ])

    def add_first_concept(self) -> None:
        if self.project is not None:
            self.editor.add_concept(new_concept(self.project))

    def _on_concepts_changed(self) -> None:
        self._dirty = True
        self._save_timer.start()
        self._recheck_timer.start()
        self._clear_suggestion()
        self._show_state()

    def save(self) -> None:
        """Write danlu.toml now if an edit is waiting."""
        self._save_timer.stop()
        if not self._dirty or self.project is None:
            return
        gone = project_gone(self.project)
        if gone:  # saving would write a lone danlu.toml where the project was; the edit waits
            self._say(gone)
            return
        try:
            self.project.save()
        except OSError as exc:
            self._say(self.tr("Could not save {file}: {error}").format(file=self.project.file, error=exc))
            return
        self._dirty = False

    def hideEvent(self, event: QHideEvent) -> None:
        self.save()  # leaving the page or closing the window
        super().hideEvent(event)

    def select_concept_of(self, path: str) -> None:
        """Select the concept whose images (or reg images) folder holds *path*."""
        project = self.project
        if project is None:
            return
        target = Path(path)
        for row, c in enumerate(project.concepts):
            folders = [resolve_source(project, s) for s in (c.source, c.reg_source) if s]
            if any(target == f or f in target.parents for f in folders):
                self.editor.select(row)
                return

    def open_folder_of(self, path: str) -> None:
        target = Path(path)
        folder = target if target.is_dir() else target.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ---- checks and step count (thread pool)
    def _start(self, kind: str, work: Any, done: Any) -> None:
        """Run *work* on the pool; *done* gets its result, or a message if it raised something unexpected."""

        def deliver(result: Any) -> None:
            done(f"{type(result).__name__}: {result}" if isinstance(result, Exception) else result)

        self.tasks.start(kind, work, deliver)

    def recheck(self) -> None:
        self._recheck_timer.stop()
        project = self.project
        self.analysis = None
        if project is None or not project.concepts:
            self.tasks.cancel("analysis")
            self._set_issues([])
            return
        snapshot = project.snapshot()
        self.issues_title.setText(self.tr("Checking the folders…"))
        self.steps.show_message(self.tr("Reading the images…"))
        self._start("analysis", lambda: analyse(snapshot), self._on_analysed)

    def _on_analysed(self, analysis: Analysis | str) -> None:
        if isinstance(analysis, str):
            message = self.tr("Checking the folders failed: {error}").format(error=analysis)
            analysis = Analysis([{"level": "error", "message": message, "path": ""}], error=analysis)
        self.analysis = analysis
        self._set_issues(analysis.issues)
        self.recount()

    def _set_issues(self, issues: list[dict[str, Any]]) -> None:
        self.issues = issues
        self.issue_list.set_issues(issues)
        self.issues_title.setText(self.tr("Checks: {summary}").format(summary=count_text(self.issue_list.levels)))

    def recount(self) -> None:
        self._recount_timer.stop()
        self._clear_suggestion()
        analysis = self.analysis
        if analysis is None:
            return  # the check under way counts when it ends
        if analysis.error:
            self.steps.show_message(analysis.error, failed=True)
            return
        subsets, config = analysis.subsets, self.schedule.config()
        self._start("steps", lambda: count_steps(subsets, config), self._on_counted)

    def _on_counted(self, result: dict[str, Any] | str) -> None:
        if isinstance(result, str):
            self.steps.show_message(result, failed=True)
        else:
            self.steps.show_breakdown(result)

    # ---- repeats suggestion
    def request_suggestion(self, target: int, balance: bool) -> None:
        analysis = self.analysis
        if analysis is None or analysis.error:
            self.suggest_row.show_result(self.tr("Wait for the step count (or fix what it says) first."), False)
            return
        folders, subsets, config = analysis.folders, analysis.subsets, self.schedule.config()
        self.suggest_row.show_result(self.tr("Looking for repeats…"), False)
        self._start("suggest", lambda: suggest(folders, subsets, config, target, balance), self._on_suggested)

    def _on_suggested(self, result: tuple[list[tuple[list[int], int]], int] | str) -> None:
        if isinstance(result, str) or self.project is None:
            self.suggest_row.show_result(str(result), False)
            return
        self._suggestion, total = result
        concepts = self.project.concepts
        parts = []
        for indices, repeats in self._suggestion:
            c = concepts[indices[0]]
            parts.append(self.tr("{concept}: {old} → {new} repeats").format(
                concept=f"{c.identifier} {c.class_token}".strip(), old=c.repeats, new=repeats))
        self.suggest_row.show_result(self.tr("{suggestions}: {total} steps in all").format(
            suggestions="; ".join(parts), total=f"{total:,}"), True)

    def apply_suggestion(self) -> None:
        project = self.project
        if project is None or not self._suggestion:
            return
        for indices, repeats in self._suggestion:
            for i in indices:
                project.concepts[i] = replace(project.concepts[i], repeats=repeats)
        row = self.editor.selected_row()
        self.editor.set_project(project)
        self.editor.select(row)
        self._on_concepts_changed()

    def _clear_suggestion(self) -> None:
        self.tasks.cancel("suggest")
        self._suggestion = []
        self.suggest_row.show_result("", False)

    # ---- build job
    def build(self) -> Job | None:
        """Queue the build-layout job; refused (with the reason in the status line) while checks find errors."""
        project = self.project
        if project is None or self.builder.active:
            return None
        self.save()
        errors = [i for i in self.issues if i["level"] == "error"]
        if errors:
            first = event_text(errors[0], "message")
            text = self.tr("Not built: fix the errors first. {message}").format(message=first)
            if len(errors) > 1:
                text += self.tr(" (and {n} more, listed below)").format(n=len(errors) - 1)
            self._say(text)
            return None
        job = self.builder.start(project, self.schedule.config())
        if isinstance(job, str):
            self._say(job)
            return None
        return job

    def _on_build_result(self, data: dict[str, Any]) -> None:
        self._set_issues(data["issues"])
        if "steps" in data:
            self.steps.show_breakdown(data["steps"])

    def _on_build_changed(self) -> None:
        job = self.builder.job
        self._show_state()
        self.build_button.setText(self.tr("Building…") if self.builder.active else self.tr("Build folders"))
        self.progress.setVisible(self.builder.active)
        if job is not None and job.active:
            self.progress.setRange(0, job.total)
            self.progress.setValue(job.done)
            self.progress.setFormat(self.tr("{done} / {total} files").format(done=job.done, total=job.total))
            self._say(self.tr("Building the folders in the background…"))
        else:
            self._say(self.builder.outcome())

    # ---- import and export
    def choose_import(self) -> None:
        if self.project is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a kohya layout (the folder holding img/ or "
                                                          "the '10_name class' folders)"), str(self.project.root))
        if folder:
            self.import_from(Path(folder))

    def import_from(self, folder: Path) -> None:
        """Read *folder*'s layout on the pool, then ask before changing the concepts."""
        project = self.project
        if project is None:
            return
        root = project.root

        def work() -> ImportedLayout | str:
            try:
                return import_layout(folder, root)
            except (LayoutError, OSError) as exc:
                return str(exc)

        self._say(self.tr("Reading {folder}…").format(folder=folder))
        self._start("import", work, self._on_imported)

    def _on_imported(self, result: ImportedLayout | str) -> None:
        self._say("")
        if isinstance(result, str) or self.project is None:
            QMessageBox.warning(self, self.tr("Cannot import the layout"), str(result))
            return
        if not result.concepts:
            QMessageBox.warning(self, self.tr("Nothing to import"), "\n\n".join(i.message for i in result.issues))
            return
        choice = confirm_import(self, result, can_add=bool(self.project.concepts))
        if choice is None:
            return
        if choice == REPLACE:
            self.project.concepts.clear()
        self.project.concepts.extend(result.concepts)
        self.editor.set_project(self.project)
        self._on_concepts_changed()
        self._say(self.tr("Imported {n} concept(s).").format(n=len(result.concepts)))

    def choose_export(self) -> None:
        if self.project is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export sd-scripts dataset config"),
                                              str(self.project.root / "dataset_config.toml"), "TOML (*.toml)")
        if path:
            self.export_config(Path(path))

    def export_config(self, path: Path) -> Path | None:
        """Write sd-scripts' dataset_config for the train/ layout to *path* and show the command line."""
        project = self.project
        if project is None:
            return None
        self.save()
        try:
            options = DatasetOptions.from_config(self.schedule.config(), "Training length")
            folders = plan_layout(project.concepts, project)
            write_dataset_config(path, folders, project.train_dir, options)
            args = train_network_args(folders, project.train_dir, options, pretrained_model=MODEL_PLACEHOLDER,
                                      output_dir=project.runs_dir / "sd-scripts", output_name=project.root.name,
                                      dataset_config_path=path)
        except (ValueError, OSError) as exc:
            self._say(self.tr("Not exported: {error}").format(error=exc))
            return None
        note = self.tr("Replace {model} with your base model.").format(model=MODEL_PLACEHOLDER)
        if not project.train_dir.is_dir():
            note += " " + self.tr("The config names the folders in train/, which are not built yet: press Build "
                                  "folders.")
        self.export_dialog = ExportDialog(path, readable_command(args), note, self)
        self.export_dialog.show()
        self._say(self.tr("Exported {path}").format(path=path))
        return path
