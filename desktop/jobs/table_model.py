"""Table model of the runner's jobs, for the Jobs page (and anything else that lists jobs)."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.jobs.runner import CANCELLED, FAILED, FINISHED, QUEUED, RUNNING, Job, JobRunner

COLUMNS = (QT_TRANSLATE_NOOP("JobsTableModel", "Job"), QT_TRANSLATE_NOOP("JobsTableModel", "State"),
           QT_TRANSLATE_NOOP("JobsTableModel", "Progress"), QT_TRANSLATE_NOOP("JobsTableModel", "Speed"),
           QT_TRANSLATE_NOOP("JobsTableModel", "Time"), QT_TRANSLATE_NOOP("JobsTableModel", "Message"))
JOB_COL, STATE_COL, PROGRESS_COL, SPEED_COL, TIME_COL, MESSAGE_COL = range(len(COLUMNS))
JobRole = Qt.ItemDataRole.UserRole + 1  # the Job object of a row
FractionRole = Qt.ItemDataRole.UserRole + 2  # 0..1, or None while the job has not said how much

Index = QModelIndex | QPersistentModelIndex
STATE_NAMES = {QUEUED: QT_TRANSLATE_NOOP("JobsTableModel", "Queued"),
               RUNNING: QT_TRANSLATE_NOOP("JobsTableModel", "Running"),
               FINISHED: QT_TRANSLATE_NOOP("JobsTableModel", "Finished"),
               FAILED: QT_TRANSLATE_NOOP("JobsTableModel", "Failed"),
               CANCELLED: QT_TRANSLATE_NOOP("JobsTableModel", "Cancelled")}


def state_text(state: str) -> str:
    """A job state as the user reads it (Running, Failed…), in the interface language."""
    return QCoreApplication.translate("JobsTableModel", STATE_NAMES.get(state, state.capitalize()))


def speed_text(job: Job) -> str:
    if not job.rate:
        return ""
    unit = job.unit or "it"
    return f"{job.rate:.2f} {unit}/s" if job.rate >= 1 else f"{1 / job.rate:.1f} s/{unit}"


def duration_text(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def elapsed_text(job: Job) -> str:
    if job.started_at is None:
        return ""
    return duration_text((job.finished_at or time.time()) - job.started_at)


# "done / total unit" per progress unit of the event protocol (dataprep.events.PROGRESS_UNITS): one
# (singular total, plural total) pair each, so that a translation puts the counter word where it belongs
PROGRESS_FORMATS = {
    "image": (QT_TRANSLATE_NOOP("JobsTableModel", "{done} / {total} image"),
              QT_TRANSLATE_NOOP("JobsTableModel", "{done} / {total} images")),
    "step": (QT_TRANSLATE_NOOP("JobsTableModel", "{done} / {total} step"),
             QT_TRANSLATE_NOOP("JobsTableModel", "{done} / {total} steps")),
    "epoch": (QT_TRANSLATE_NOOP("JobsTableModel", "{done} / {total} epoch"),
              QT_TRANSLATE_NOOP("JobsTableModel", "{done} / {total} epochs")),
    "file": (QT_TRANSLATE_NOOP("JobsTableModel", "{done} / {total} file"),
             QT_TRANSLATE_NOOP("JobsTableModel", "{done} / {total} files")),
    "cell": (QT_TRANSLATE_NOOP("JobsTableModel", "{done} / {total} cell"),
             QT_TRANSLATE_NOOP("JobsTableModel", "{done} / {total} cells")),
    "item": (QT_TRANSLATE_NOOP("JobsTableModel", "{done} / {total} item"),
             QT_TRANSLATE_NOOP("JobsTableModel", "{done} / {total} items")),
    "byte": (QT_TRANSLATE_NOOP("JobsTableModel", "{done} / {total} byte"),
             QT_TRANSLATE_NOOP("JobsTableModel", "{done} / {total} bytes")),
}


def progress_text(job: Job) -> str:
    if job.total <= 0:
        return ""
    forms = PROGRESS_FORMATS.get(job.unit)
    if forms is None:  # no unit (or one the protocol does not know): the bare counts
        unit = job.unit + ("s" if job.total != 1 and job.unit else "")
        return f"{job.done} / {job.total} {unit}".rstrip()
    text = QCoreApplication.translate("JobsTableModel", forms[0] if job.total == 1 else forms[1])
    return text.format(done=job.done, total=job.total)


class JobsTableModel(QAbstractTableModel):
    """One row per job in the runner's order; running rows tick once a second for the Time column."""

    def __init__(self, runner: JobRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._jobs: list[Job] = runner.jobs()
        runner.job_added.connect(self._on_added)
        runner.job_changed.connect(self._on_changed)
        runner.list_changed.connect(self._on_list_changed)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

    def job_at(self, row: int) -> Job | None:
        return self._jobs[row] if 0 <= row < len(self._jobs) else None

    def row_of(self, job: Job) -> int:
        try:
            return self._jobs.index(job)
        except ValueError:
            return -1

    # ---- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        job = self.job_at(index.row()) if index.isValid() else None
        if job is None:
            return None
        col = index.column()
        if role == JobRole:
            return job
        if role == FractionRole:
            return job.fraction
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                JOB_COL: job.title,
                STATE_COL: state_text(job.state),
                PROGRESS_COL: progress_text(job),
                SPEED_COL: speed_text(job),
                TIME_COL: elapsed_text(job),
                MESSAGE_COL: job.message.splitlines()[0] if job.message else "",
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (JOB_COL, MESSAGE_COL):
            return job.message if col == MESSAGE_COL else " ".join(job.argv)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == PROGRESS_COL:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and col == STATE_COL:
            return _state_color(job.state)
        return None

    # ---- runner signals
    def _on_added(self, job: Job) -> None:
        row = len(self._jobs)
        self.beginInsertRows(QModelIndex(), row, row)
        self._jobs.append(job)
        self.endInsertRows()

    def _on_changed(self, job: Job) -> None:
        row = self.row_of(job)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _on_list_changed(self) -> None:
        self.beginResetModel()
        self._jobs = self.runner.jobs()
        self.endResetModel()

    def _tick(self) -> None:
        for row, job in enumerate(self._jobs):
            if job.state == RUNNING:
                self.dataChanged.emit(self.index(row, TIME_COL), self.index(row, TIME_COL))


def _state_color(state: str) -> QColor | None:
    palette = QApplication.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    colors = {
        RUNNING: palette.color(QPalette.ColorRole.Highlight),
        FINISHED: QColor("#6fbf73" if dark else "#2e7d32"),
        FAILED: QColor("#ff7b72" if dark else "#c62828"),
        CANCELLED: palette.color(QPalette.ColorRole.PlaceholderText),
    }
    return colors.get(state)
