"""The runs of the project: this session's queue (running, then waiting in order) and the past runs in
``runs/``, each with its state; a tick overlays its loss curve on the graph of the run on show."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dataprep.events import EVENTS_FILE, JobSummary, parse_event_line
from desktop.jobs.runner import QUEUED, RUNNING, Job
from training.run_folders import RUN_FILE

TAIL_BYTES = 64 * 1024
DirRole = Qt.ItemDataRole.UserRole + 1
STATE_CONTEXT = "RunState"
STATE_LABELS = {  # a run's state as the runner and the events name it → how the list and the monitor show it
    "queued": QT_TRANSLATE_NOOP("RunState", "queued"),
    "running": QT_TRANSLATE_NOOP("RunState", "running"),
    "finished": QT_TRANSLATE_NOOP("RunState", "finished"),
    "failed": QT_TRANSLATE_NOOP("RunState", "failed"),
    "cancelled": QT_TRANSLATE_NOOP("RunState", "cancelled"),
    "not started": QT_TRANSLATE_NOOP("RunState", "not started"),
    "stopped": QT_TRANSLATE_NOOP("RunState", "stopped"),
}


def state_label(state: str) -> str:
    """*state* in the interface language (an unknown one as it is)."""
    return QCoreApplication.translate(STATE_CONTEXT, STATE_LABELS[state]) if state in STATE_LABELS else state


@dataclass
class RunEntry:
    run_dir: Path
    state: str
    progress: str = ""
    job: Job | None = None

    @property
    def name(self) -> str:
        return self.run_dir.name


def _progress_text(summary: JobSummary) -> str:
    if not (summary.total and summary.unit == "step"):
        return ""
    return QCoreApplication.translate("RunList", "{done} / {total} steps").format(done=f"{summary.done:,}",
                                                                                 total=f"{summary.total:,}")


def tail_summary(events_file: Path) -> JobSummary:
    """The state of a past run from the end of its events file (a long run's file has 100 MB+)."""
    summary = JobSummary()
    try:
        with open(events_file, "rb") as fh:
            size = fh.seek(0, 2)
            fh.seek(max(0, size - TAIL_BYTES))
            tail = fh.read().decode("utf-8", errors="replace")
    except OSError:
        return summary
    for line in tail.splitlines():
        event = parse_event_line(line)
        if event is not None:
            summary.apply(event)
    summary.started = summary.started or size > TAIL_BYTES
    return summary


def scan_runs(runs_dir: Path) -> list[RunEntry]:
    """Past runs (folders with a run.toml or an events file), newest first; a pool thread."""
    entries = []
    folders = [p for p in runs_dir.iterdir() if p.is_dir()] if runs_dir.is_dir() else []
    for folder in folders:
        events = folder / EVENTS_FILE
        if not events.is_file() and not (folder / RUN_FILE).is_file():
            continue
        summary = tail_summary(events)
        state = summary.state if events.is_file() else "not started"
        if state in ("running", "queued"):
            state = "stopped"  # no job of this session: it ended with the app that ran it
        entries.append(RunEntry(folder, state, _progress_text(summary)))
    entries.sort(key=lambda e: (e.run_dir / EVENTS_FILE).stat().st_mtime if (e.run_dir / EVENTS_FILE).is_file()
                 else e.run_dir.stat().st_mtime, reverse=True)
    return entries


def job_entry(job: Job, run_dir: Path) -> RunEntry:
    text = _progress_text(job.summary)
    if job.state == RUNNING and job.unit == "image":
        text = QCoreApplication.translate("RunList", "latents {done} / {total}").format(done=job.done, total=job.total)
    return RunEntry(run_dir, job.state, text, job)


class RunList(QWidget):
    """The list and its buttons; the page does what the buttons ask."""

    selected = Signal(object)  # Path | None
    overlay_toggled = Signal(object, bool)  # Path, on
    move_requested = Signal(int)  # -1 up, +1 down
    cancel_requested = Signal()
    command_requested = Signal(str)  # "save" | "sample"
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[RunEntry] = []
        self.overlays: set[Path] = set()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Run"), self.tr("State"), self.tr("Progress")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.setToolTip(self.tr("Tick runs to overlay their average loss on the graph"))
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemChanged.connect(self._on_item_changed)

        self.up_button = QPushButton("↑")
        self.up_button.setToolTip(self.tr("Run earlier (queued runs)"))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip(self.tr("Run later (queued runs)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Drop a queued run; a running one saves a checkpoint, then stops"))
        self.save_button = QPushButton(self.tr("Save now"))
        self.save_button.setToolTip(self.tr("Ask the running trainer to save a checkpoint at the next step"))
        self.sample_button = QPushButton(self.tr("Sample now"))
        self.sample_button.setToolTip(self.tr("Ask the running trainer to render its sample prompts at the next step"))
        self.open_button = QPushButton(self.tr("Open folder"))
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(32)
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.save_button.clicked.connect(lambda: self.command_requested.emit("save"))
        self.sample_button.clicked.connect(lambda: self.command_requested.emit("sample"))
        self.open_button.clicked.connect(self.open_requested)
        queue_row = QHBoxLayout()
        queue_row.setSpacing(4)
        for button in (self.up_button, self.down_button, self.cancel_button):
            queue_row.addWidget(button)
        queue_row.addStretch(1)
        queue_row.addWidget(self.open_button)
        command_row = QHBoxLayout()
        command_row.setSpacing(4)
        command_row.addWidget(self.save_button)
        command_row.addWidget(self.sample_button)
        command_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.tree, 1)
        layout.addLayout(queue_row)
        layout.addLayout(command_row)
        self._update_buttons()

    def set_entries(self, entries: list[RunEntry]) -> None:
        """Show *entries* in order, keeping the selection and the ticks."""
        current = self.current_dir()
        self.entries = entries
        self.tree.blockSignals(True)
        self.tree.clear()
        for entry in entries:
            item = QTreeWidgetItem([entry.name, state_label(entry.state), entry.progress])
            item.setData(0, DirRole, str(entry.run_dir))
            item.setToolTip(0, str(entry.run_dir))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if entry.run_dir in self.overlays else Qt.CheckState.Unchecked)
            self.tree.addTopLevelItem(item)
            if entry.run_dir == current:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        self._update_buttons()

    def update_entry(self, entry: RunEntry) -> None:
        """Refresh one row's state and progress (a job moved on)."""
        for i, known in enumerate(self.entries):
            if known.run_dir == entry.run_dir:
                self.entries[i] = entry
                item = self.tree.topLevelItem(i)
                self.tree.blockSignals(True)
                item.setText(1, state_label(entry.state))
                item.setText(2, entry.progress)
                self.tree.blockSignals(False)
                self._update_buttons()
                return

    def select(self, run_dir: Path) -> None:
        for i, entry in enumerate(self.entries):
            if entry.run_dir == run_dir:
                self.tree.setCurrentItem(self.tree.topLevelItem(i))
                return

    def current_dir(self) -> Path | None:
        item = self.tree.currentItem()
        return Path(item.data(0, DirRole)) if item is not None else None

    def current_entry(self) -> RunEntry | None:
        run_dir = self.current_dir()
        return next((e for e in self.entries if e.run_dir == run_dir), None)

    def _on_current(self) -> None:
        self._update_buttons()
        self.selected.emit(self.current_dir())

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        run_dir = Path(item.data(0, DirRole))
        on = item.checkState(0) == Qt.CheckState.Checked
        if on != (run_dir in self.overlays):
            (self.overlays.add if on else self.overlays.discard)(run_dir)
            self.overlay_toggled.emit(run_dir, on)

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        job = entry.job if entry is not None else None
        queued = [e.job for e in self.entries if e.job is not None and e.job.state == QUEUED]
        self.cancel_button.setEnabled(job is not None and job.active)
        self.up_button.setEnabled(job is not None and job in queued and queued.index(job) > 0)
        self.down_button.setEnabled(job is not None and job in queued and queued.index(job) < len(queued) - 1)
        for button in (self.save_button, self.sample_button):
            button.setEnabled(job is not None and job.state == RUNNING)
        self.open_button.setEnabled(entry is not None)
