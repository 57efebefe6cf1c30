"""Compare page: pick the best checkpoint of a training run from a grid of images with CLIP scores.

"Render grid" writes the grid spec and queues ``python -m training grid`` (a GPU job); its ``result``
events put the cells on the grid as they are rendered, then the scores. A run's last grid
(``<run>/grids/grid.json``) is shown again when the run is picked.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dataprep.phrases import exception_text
from dataprep.project import Project
from desktop.background import run_in_background
from desktop.jobs.followed import running_jobs
from desktop.jobs.project_jobs import write_job
from desktop.jobs.runner import CANCELLED, FAILED, FINISHED, Job, JobRunner, job_argv
from desktop.pages.compare_cell import CellDialog
from desktop.pages.compare_setup import CompareSetup, RunInfo, read_runs
from desktop.pages.compare_summary import ScoreSummary
from desktop.pages.compare_view import METRICS, GridView
from desktop.welcome.start import StartButtons
from desktop.widgets.demo_models_bar import DemoModelsBar
from desktop.widgets.empty_state import EmptyState
from desktop.widgets.page_header import PageHeader
from desktop.widgets.phrase_text import event_text, tr_phrase
from training.demo_models import grid_settings, is_demo_model, ready_kit
from training.grid_export import copy_final_lora, export_grid
from training.grid_spec import (
    LABEL_SEPARATOR,
    GridSpecError,
    axis_labels,
    checkpoint_label,
    read_manifest,
    spec_from_dict,
)

MANIFEST = "grids/grid.json"


class ComparePage(QWidget):
    navigate = Signal(str)
    start_requested = Signal(str)  # "No project open": the demo, a new project or an existing one

    def __init__(self, runner: JobRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.project: Project | None = None
        self.job: Job | None = None
        self.manifest: Path | None = None
        self.records: list[dict[str, Any]] = []
        self.runs: list[RunInfo] = []
        self.header = PageHeader(self.tr("Compare"), self.tr("Pick the best checkpoint of a training run."))
        self.export_button = QPushButton(self.tr("Export…"), enabled=False)
        self.export_button.clicked.connect(self._export_dialog)
        self.render_button = QPushButton(self.tr("Render grid"), objectName="primary")
        self.render_button.clicked.connect(self.render_grid)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop rendering; the cells rendered so far are kept"))
        self.cancel_button.clicked.connect(self.cancel_grid)
        self.cancel_button.hide()
        self.header.add_action(self.export_button)
        self.header.add_action(self.cancel_button)
        self.header.add_action(self.render_button)

        self.setup = CompareSetup()
        self.setup.run_changed.connect(self._run_changed)
        scroll = QScrollArea()
        scroll.setWidget(self.setup)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(330)
        scroll.setMaximumWidth(380)

        self.view = GridView()
        self.view.cell_clicked.connect(self.open_cell)
        self.overlay = QComboBox()
        self.overlay.addItem(self.tr("No heat overlay"), "")
        for key, label in METRICS.items():
            self.overlay.addItem(QCoreApplication.translate("GridView", label), key)
        self.overlay.currentIndexChanged.connect(lambda _i: self.view.set_metric(self.overlay.currentData()))
        self.visibility = QToolButton(text=self.tr("Rows && columns"),
                                      popupMode=QToolButton.ToolButtonPopupMode.InstantPopup)
        self.visibility.setMenu(QMenu(self.visibility))
        self.visibility.menu().aboutToShow.connect(self._fill_visibility_menu)
        fit = QPushButton(self.tr("Fit"))
        fit.clicked.connect(self.view.fit)
        self.status = QLabel(objectName="muted")
        tools = QHBoxLayout()
        tools.addWidget(self.status, 1)
        tools.addWidget(self.overlay)
        tools.addWidget(self.visibility)
        tools.addWidget(fit)
        self.summary = ScoreSummary()
        self.summary.use_requested.connect(self.use_checkpoint)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(tools)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.summary)
        splitter.setSizes([520, 170])
        self.empty = EmptyState("compare", "")
        self.empty_train = self.empty.add_button(self.tr("Open the Train page"), lambda: self.navigate.emit("train"))
        self.empty_render = self.empty.add_button(self.tr("Render grid"), self.render_grid, primary=True)
        self.start_buttons = self.empty.add_widget(StartButtons(self.start_requested))
        self.grid_stack = QStackedWidget()
        self.grid_stack.addWidget(self.empty)
        self.grid_stack.addWidget(splitter)
        column.addWidget(self.grid_stack, 1)
        body = QSplitter()
        body.addWidget(scroll)
        body.addWidget(right)
        body.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.header)
        self.demo_bar = DemoModelsBar(runner) if runner is not None else None
        if self.demo_bar is not None:
            layout.addWidget(self.demo_bar)
        layout.addWidget(body, 1)
        if runner is not None:
            runner.job_event.connect(self._on_job_event)
            runner.job_changed.connect(self._on_job_changed)
            runner.job_finished.connect(self._on_job_finished)
        self.set_project(None)

    # ---- project and runs
    def set_project(self, project: Project | None) -> None:
        self.project = project
        if self.demo_bar is not None:
            self.demo_bar.set_project(project)
        self.manifest, self.runs = None, []  # another project's grid is not this one's
        self.export_button.setEnabled(False)
        self._show_empty_state()
        self.setup.set_runs([])
        self.status.setText(self.tr("Open a project to compare its training runs.") if project is None
                            else self.tr("Reading runs…"))
        self._follow_running(project)
        if project is not None:
            run_in_background(lambda: read_runs(project), self._runs_read, self)

    def _follow_running(self, project: Project | None) -> None:
        """Follow *project*'s grid job if one is queued or running (it was opened again meanwhile), its cells so
        far drawn again; another project's grid goes on, on the Jobs page, and draws nothing here."""
        running = running_jobs(self.runner, project.root, job_argv("training", "grid")) \
            if project is not None and self.runner is not None else []
        self.job = running[-1] if running else None
        if self.job is not None:
            self.status.setText(self.tr("Grid queued: cells appear as they are rendered."))
            for event in list(self.job.events):
                self._on_job_event(self.job, event)
        self._update_buttons()

    @property
    def rendering(self) -> bool:
        """Whether this page's grid job is queued or running."""
        return self.job is not None and self.job.active

    def _update_buttons(self) -> None:
        ready = self.project is not None and self.runner is not None and not self.rendering
        self.render_button.setEnabled(ready)
        self.empty_render.setEnabled(ready)
        self.cancel_button.setVisible(self.rendering)

    def _runs_read(self, runs: list[RunInfo]) -> None:
        self.runs = runs
        self._show_empty_state()
        self.setup.set_runs(runs)
        if not runs:
            self.status.setText(self.tr("No training run has saved checkpoints yet: train on the Train page first, "
                                        "or render the base model alone."))

    def _show_empty_state(self) -> None:
        """The grid when there is one; else what belongs here and the next step (no project, no run, no grid)."""
        if self.manifest is not None:
            self.grid_stack.setCurrentWidget(self.grid_stack.widget(1))
            return
        project = self.project
        self.start_buttons.setVisible(project is None)
        self.empty_train.setVisible(project is not None and not self.runs)
        self.empty_render.setVisible(project is not None and self.runner is not None)
        if project is None:
            self.empty.title.setText(self.tr("No project open"))
            self.empty.set_paragraphs([self.tr("A comparison grid shows a project's checkpoints side by side: open "
                                               "the demo project or your own.")])
        elif not self.runs:
            self.empty.title.setText(self.tr("No checkpoints to compare yet"))
            self.empty.set_paragraphs([
                self.tr("A grid renders every saved checkpoint (rows) with every prompt (columns), so that you can "
                        "keep the epoch that looks best."),
                self.tr("Train on the Train page first; or render the base model alone with Render grid."),
            ])
        else:
            self.empty.title.setText(self.tr("No grid rendered yet"))
            self.empty.set_paragraphs([self.tr("Pick a run, its checkpoints and the prompts on the left, then "
                                               "Render grid: cells appear here as they are rendered.")])
        self.grid_stack.setCurrentWidget(self.empty)

    def _run_changed(self, run: RunInfo | None) -> None:
        kit = ready_kit()
        if run is not None and kit is not None and is_demo_model(run.base_model):  # trained on the tiny demo SD
            self.setup.set_spec_values(grid_settings(kit))
        manifest = run.run_dir / MANIFEST if run else None
        if manifest is not None and manifest.is_file():
            self.show_manifest(manifest)
        elif run is not None:
            self.status.setText(self.tr("{n} checkpoint(s) in {run}. Pick what to compare, then Render grid.").format(
                n=len(run.checkpoints), run=run.run_dir.name))

    def show_manifest(self, path: Path) -> None:
        """Show a grid the job wrote (cells that exist, and the scores)."""
        try:
            data = read_manifest(path)
        except GridSpecError as exc:
            self.status.setText(tr_phrase(exception_text(exc)))
            return
        self._start_grid(data["rows"], data["columns"], path, data["spec"])
        self.setup.set_spec_values(data["spec"])
        self.records = list(data["cells"])
        for record in self.records:
            if Path(record["path"]).is_file():
                self.view.set_cell(record)
        self._set_scores(data.get("scores"))
        self.status.setText(self.tr("{run}: {rows} × {columns} grid.").format(
            run=path.parent.parent.name, rows=len(data["rows"]), columns=len(data["columns"])))

    def _start_grid(self, rows: list[str], columns: list[str], manifest: Path, spec: dict[str, Any]) -> None:
        self.manifest = manifest
        self.records = []
        self._show_empty_state()
        rows, columns = self._labels(rows, columns, spec)
        self.view.set_layout(rows, columns, int(spec["width"]), int(spec["height"]))
        self.summary.set_scores({})
        self.export_button.setEnabled(True)

    def _labels(self, rows: list[str], columns: list[str], spec: dict[str, Any]) -> tuple[list[str], list[str]]:
        """The grid's labels in the interface's language; the file's English ones when its spec cannot be read
        again (edited by hand) or no longer gives the same layout."""
        try:
            row_parts, column_parts = axis_labels(spec_from_dict(spec, where=str(self.manifest)))
        except GridSpecError:
            return rows, columns
        if len(row_parts) != len(rows) or len(column_parts) != len(columns):
            return rows, columns
        def joined(side: list[list[str]]) -> list[str]:
            return [LABEL_SEPARATOR.join(map(tr_phrase, parts)) or self.tr("all") for parts in side]

        return joined(row_parts), joined(column_parts)

    def _set_scores(self, scores: dict[str, Any] | None) -> None:
        self.summary.set_scores(scores)
        if scores:
            self.view.set_scores(scores["cells"], self.records)
            if not self.overlay.currentData():
                self.overlay.setCurrentIndex(self.overlay.findData("clip_i" if any(
                    s.get("clip_i") is not None for s in scores["cells"]) else "clip_t"))

    # ---- rendering
    def render_grid(self) -> Job | None:
        """Queue the grid job for the setup on the left (none while this page's grid is still rendering)."""
        if self.project is None or self.runner is None or self.rendering:
            return None
        try:
            spec = self.setup.spec()
        except GridSpecError as exc:
            self.status.setText(tr_phrase(exception_text(exc)))
            return None
        config = write_job(self.project, "grid", {k: v for k, v in asdict(spec).items() if v != ""})
        if isinstance(config, str):
            self.status.setText(config)
            return None
        title = self.tr("Grid: {run}").format(run=Path(spec.grid_dir).parent.name or self.tr("base model"))
        self.job = self.runner.submit(title, job_argv("training", "grid", config), kind="gpu", cwd=self.project.root)
        self.status.setText(self.tr("Grid queued: cells appear as they are rendered."))
        self._update_buttons()
        return self.job

    def cancel_grid(self) -> None:
        if self.runner is not None and self.rendering:
            assert self.job is not None
            self.runner.cancel(self.job.id)

    def _on_job_event(self, job: Job, event: dict[str, Any]) -> None:
        if job is not self.job:
            return
        name = event["event"]
        if name == "result":
            data = event["data"]
            if "grid" in data:
                grid = data["grid"]
                manifest = Path(grid["manifest"])
                data = read_manifest(manifest)
                self._start_grid(grid["rows"], grid["columns"], manifest, data["spec"])
                self.records = list(data["cells"])
            elif "cell" in data:
                self.view.set_cell(data["cell"])
            elif "scores" in data:
                self._set_scores(data["scores"])
        elif name == "progress":
            text = self.tr("Scoring: {done} / {total}") if event.get("stage") == "scores" else \
                self.tr("Rendering: {done} / {total}")
            self.status.setText(text.format(done=event["done"], total=event["total"]))
        elif name in ("warning", "error"):
            self.status.setText(event_text(event, "message"))

    def _on_job_changed(self, job: Job) -> None:
        if job is self.job:
            self._update_buttons()

    def _on_job_finished(self, job: Job) -> None:
        """Say how the grid ended: a job that failed, crashed or was cancelled (here or on the Jobs page) does not
        leave the page saying it renders."""
        if job is not self.job:
            return
        self._update_buttons()
        if job.state == FINISHED and not job.error:
            self.status.setText(self.tr("Grid done: {n} cells. Click a cell for its parameters.").format(
                n=len(self.records)))
        elif job.state == FAILED:
            self.status.setText(self.tr("Grid failed: {message} (details on the Jobs page)").format(
                message=job.message))
        elif job.state == CANCELLED:
            self.status.setText(self.tr("Grid cancelled; the cells rendered so far are kept: Render grid again "
                                        "renders only the missing ones."))

    # ---- cells, visibility, export, favourite
    def open_cell(self, record: dict[str, Any]) -> CellDialog:
        dialog = CellDialog(record, self)
        dialog.show()
        return dialog

    def _fill_visibility_menu(self) -> None:
        menu = self.visibility.menu()
        menu.clear()
        for title, labels, hidden in ((self.tr("Rows"), self.view.rows, self.view.hidden_rows),
                                      (self.tr("Columns"), self.view.columns, self.view.hidden_columns)):
            menu.addSection(title)
            for i, label in enumerate(labels):
                action = QAction(label, menu, checkable=True, checked=i not in hidden)
                action.toggled.connect(lambda on, s=hidden, n=i: self._toggle(s, n, on))
                menu.addAction(action)

    def _toggle(self, hidden: set[int], index: int, shown: bool) -> None:
        (hidden.discard if shown else hidden.add)(index)
        self.view.set_hidden(self.view.hidden_rows, self.view.hidden_columns)

    def _export_dialog(self) -> None:
        if self.manifest is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export grid"), str(self.manifest.with_suffix(".png")),
                                              self.tr("PNG image (*.png);;JPEG image (*.jpg)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, out: Path) -> None:
        """Export what is shown (hidden rows and columns left out, scores when the overlay is on), off-thread."""
        manifest, rows, columns = self.manifest, set(self.view.hidden_rows), set(self.view.hidden_columns)
        scores = bool(self.overlay.currentData())
        if manifest is None:
            return
        failed, done = self.tr("Export failed: {error}"), self.tr("Exported {file}")  # translated here, not off-thread

        def work() -> str | Exception:
            try:
                export_grid(manifest, out, hidden_rows=sorted(rows), hidden_columns=sorted(columns), scores=scores)
            except (GridSpecError, OSError) as exc:
                return exc
            return done.format(file=out)

        run_in_background(work, lambda result: self.status.setText(_outcome(result, failed)), self)

    def use_checkpoint(self, entry: dict[str, Any]) -> None:
        """Copy the chosen checkpoint out as ``<project>/final/<run>.safetensors`` (off the GUI thread)."""
        if self.project is None or not entry.get("checkpoint"):
            return
        checkpoint = Path(entry["checkpoint"])
        destination = self.project.root / "final" / f"{checkpoint.parent.name}.safetensors"
        identifier = self.project.concepts[0].identifier if self.project.concepts else ""
        notes = (f"{checkpoint_label(str(checkpoint))} at weight {entry['weight']:g}, chosen in Danlu's comparison "
                 f"grid: CLIP-T {entry['clip_t']:.3f}" + (f", CLIP-I {entry['clip_i']:.3f}" if entry["clip_i"] is not
                                                          None else ""))

        failed = self.tr("Could not copy the LoRA: {error}")  # translated here, not off-thread
        done = self.tr("Final LoRA: {file} (with an A1111 card, preferred weight {weight})")

        def work() -> str | Exception:
            try:
                out = copy_final_lora(checkpoint, destination, float(entry["weight"]), identifier, notes)
            except (GridSpecError, OSError) as exc:
                return exc
            return done.format(file=out, weight=f"{entry['weight']:g}")

        run_in_background(work, lambda result: self.summary.status.setText(_outcome(result, failed)), self)


def _outcome(result: str | Exception, failed: str) -> str:
    """A background task's result as shown: its text, or *failed* with the error in the interface language
    (translated here, on the GUI thread)."""
    return failed.format(error=tr_phrase(exception_text(result))) if isinstance(result, Exception) else result
