"""Jobs page: every job of this session with its progress, and the log of the selected one."""

from __future__ import annotations

import json
import time
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dataprep.project import Project
from desktop.jobs.runner import QUEUED, RUNNING, Job, JobRunner
from desktop.jobs.table_model import (
    JOB_COL,
    MESSAGE_COL,
    PROGRESS_COL,
    FractionRole,
    JobRole,
    JobsTableModel,
    progress_text,
)
from desktop.widgets.empty_state import EmptyState
from desktop.widgets.page_header import PageHeader
from desktop.widgets.phrase_text import event_text

_QUIET_FIELDS = ("event", "time")
LOG_FLUSH_MS = 100


def format_log_entry(entry: tuple[str, Any]) -> str:
    """One line of the job log: events compact and readable, stray output and stderr as they came."""
    source, payload = entry
    if source == "stderr":
        return f"stderr    {payload}"
    if source == "stdout":
        return f"output    {payload}"
    event: dict[str, Any] = payload
    stamp = time.strftime("%H:%M:%S", time.localtime(event["time"])) if "time" in event else "--:--:--"
    name = event["event"]
    if name == "progress":
        detail = f"{event['done']}/{event['total']} {event['unit']}"
    elif name in ("log", "warning"):
        detail = event_text(event, "message")
    elif name == "error":
        detail = f"[{event['kind']}] {event_text(event, 'message')} {event_text(event, 'hint')}".rstrip()
    elif name == "done":
        detail = ", ".join(event["outputs"])
    else:
        fields = {k: v for k, v in event.items() if k not in _QUIET_FIELDS}
        detail = json.dumps(fields, ensure_ascii=False)
        if len(detail) > 300:
            detail = detail[:300] + "…"
    return f"{stamp}  {name:<10} {detail}".rstrip()


class ProgressDelegate(QStyledItemDelegate):
    """Draws the Progress column as a progress bar (busy while the job has not said how much)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        job: Job = index.data(JobRole)
        if job is None or job.state != RUNNING:  # a bar only while it moves; the text says the rest
            super().paint(painter, option, index)
            return
        fraction = index.data(FractionRole)
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect).adjusted(4, 5, -4, -5)
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.minimum, bar.maximum = 0, 1000
        bar.progress = int(fraction * 1000) if fraction is not None else 0
        if fraction is None:
            bar.maximum = 0  # busy indicator
        bar.text = progress_text(job)
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)


class JobsPage(QWidget):
    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.model = JobsTableModel(runner, self)
        self._selected: Job | None = None

        self.header = PageHeader(self.tr("Jobs"), self.tr("Long tasks run in the background, one GPU job at a time."))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the selected job (a running job gets the chance to save first)"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.clear_button = QPushButton(self.tr("Clear finished"))
        self.clear_button.setToolTip(self.tr("Remove ended jobs from this list (their files stay in the project)"))
        for button in (self.up_button, self.down_button, self.cancel_button, self.clear_button):
            self.header.add_action(button)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.clear_button.clicked.connect(runner.clear_finished)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(PROGRESS_COL, ProgressDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MESSAGE_COL, QHeaderView.ResizeMode.Stretch)
        for col, width in ((JOB_COL, 220), (1, 90), (PROGRESS_COL, 190), (3, 100), (4, 70)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.log_title = QLabel(self.tr("Log"), objectName="muted")
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(5000)
        self.log.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.log.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.log.setPlaceholderText(self.tr("Select a job to see its events and error output."))
        self._pending_log: list[str] = []
        self._log_flush = QTimer(self, singleShot=True, interval=LOG_FLUSH_MS)
        self._log_flush.timeout.connect(self._flush_log)
        log_box = QWidget()
        log_layout = QVBoxLayout(log_box)
        log_layout.setContentsMargins(0, 6, 0, 0)
        log_layout.addWidget(self.log_title)
        log_layout.addWidget(self.log)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(log_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.empty = EmptyState("jobs", self.tr("No jobs yet"), [
            self.tr("Long tasks (building thumbnails, captioning, generating images, training) run here as "
                    "background jobs, each in its own process: the window stays responsive and a crash or an "
                    "out-of-memory error only ends that job."),
            self.tr("One GPU job runs at a time and the others wait their turn; queued jobs can be reordered or "
                    "cancelled."),
        ])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)

        runner.job_added.connect(self._on_job_added)
        runner.job_changed.connect(self._on_job_changed)
        runner.job_output.connect(self._on_output)
        runner.list_changed.connect(self._on_list_changed)
        self._update_view()

    def set_project(self, project: Project | None) -> None:
        """Jobs belong to the session, not to one project: the list stays as it is."""

    # ---- actions
    def select_job(self, job: Job) -> None:
        row = self.model.row_of(job)
        if row >= 0:
            self.table.selectRow(row)

    def cancel_selected(self) -> None:
        if self._selected is not None:
            self.runner.cancel(self._selected.id)

    def _move(self, offset: int) -> None:
        job = self._selected
        if job is not None and self.runner.move(job.id, offset):
            self.select_job(job)

    # ---- view updates
    def _on_job_added(self, job: Job) -> None:
        self._update_view()
        if self._selected is None:
            self.select_job(job)

    def _on_job_changed(self, _job: Job) -> None:
        self._update_view()

    def _on_list_changed(self) -> None:
        job = self._selected
        if job is not None and self.model.row_of(job) >= 0:
            self.select_job(job)
        else:
            self._show_log(None)
        self._update_view()

    def _on_selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_log(self.model.job_at(rows[0].row()) if rows else None)

    def _show_log(self, job: Job | None) -> None:
        self._selected = job
        self._pending_log.clear()
        self.log_title.setText(self.tr("Log · {title}").format(title=job.title) if job else self.tr("Log"))
        self.log.setPlainText("\n".join(format_log_entry(e) for e in job.log) if job else "")
        self.log.moveCursor(self.log.textCursor().MoveOperation.End)
        self._update_buttons()

    def _on_output(self, job: Job, entry: tuple[str, Any]) -> None:
        if job is self._selected:
            self._pending_log.append(format_log_entry(entry))
            if not self._log_flush.isActive():
                self._log_flush.start()

    def _flush_log(self) -> None:
        """Append the lines gathered since the last flush in one go: a job may print thousands a second."""
        if self._pending_log:
            keep = self.log.maximumBlockCount()  # older lines would be trimmed right away
            self.log.appendPlainText("\n".join(self._pending_log[-keep:]))
            self._pending_log.clear()

    def _update_buttons(self) -> None:
        job = self._selected
        queued = [j for j in self.runner.jobs() if j.state == QUEUED]
        self.cancel_button.setEnabled(job is not None and job.active)
        self.up_button.setEnabled(job is not None and job in queued and queued.index(job) > 0)
        self.down_button.setEnabled(job is not None and job in queued and queued.index(job) < len(queued) - 1)

    def _update_view(self) -> None:
        has_jobs = self.model.rowCount() > 0
        self.stack.setCurrentIndex(1 if has_jobs else 0)
        running, queued = self.runner.counts()
        ended = self.model.rowCount() - running - queued
        self.clear_button.setEnabled(ended > 0)
        for button in (self.up_button, self.down_button, self.cancel_button, self.clear_button):
            if button.isHidden() == has_jobs:  # setVisible costs a relayout even when nothing changes
                button.setVisible(has_jobs)
        self._update_buttons()
