"""One run as it happens (or as its events.jsonl tells it): progress, speed, ETA and VRAM, an error banner
with the trainer's hint, the loss graph, the latest samples and a log with warnings highlighted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.pages.jobs import format_log_entry
from desktop.pages.train_history import LOG_EVENTS, RunHistory, log_level, log_line, metric_values
from desktop.pages.train_runs import state_label
from desktop.pages.train_samples import MAX_SAMPLES, SamplesStrip
from desktop.pages.train_speed import format_duration
from desktop.widgets.config_form_row import esc
from desktop.widgets.loss_graph import LossGraph
from desktop.widgets.phrase_text import event_text

LOG_FLUSH_MS = 150
PROGRESS_MS = 100  # progress bar and speed: redrawn at most this often, not per event
LOG_BLOCKS = 5000
ERROR_TITLES = {  # the trainer's error kinds; translated where shown
    "nan": QT_TRANSLATE_NOOP("ErrorBanner", "The loss became NaN: training stopped"),
    "oom": QT_TRANSLATE_NOOP("ErrorBanner", "Out of GPU memory"),
    "config": QT_TRANSLATE_NOOP("ErrorBanner", "The settings were refused"),
    "model": QT_TRANSLATE_NOOP("ErrorBanner", "The base model could not be loaded"),
    "io": QT_TRANSLATE_NOOP("ErrorBanner", "A file could not be read or written"),
    "cuda": QT_TRANSLATE_NOOP("ErrorBanner", "CUDA error"),
    "internal": QT_TRANSLATE_NOOP("ErrorBanner", "Danlu hit a bug"),
    "crash": QT_TRANSLATE_NOOP("ErrorBanner", "The training process ended without reporting an error"),
}
LOG_STYLES = {"warning": "background:#fcefd2;color:#6b4400", "error": "color:#c0392b;font-weight:600",
              "stderr": "color:#8d8e96"}


def log_html(level: str, line: str) -> str:
    style = LOG_STYLES.get(level)
    text = esc(line)
    return f"<span style='{style}'>{text}</span>" if style else text


class ErrorBanner(QFrame):
    """What went wrong and what to do, above the graph, until another run is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="errorBanner")
        self.setStyleSheet("QFrame#errorBanner { background: #fbe3e0; border: 1px solid #e6a69d; border-radius: 6px; }"
                           "QFrame#errorBanner QLabel { color: #5c1a12; }")
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.message = QLabel()
        self.hint = QLabel()
        for label in (self.title, self.message, self.hint):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        self.hide()

    def show_error(self, event: dict[str, Any]) -> None:
        kind = str(event.get("kind", ""))
        title = ERROR_TITLES.get(kind)
        self.title.setText(QCoreApplication.translate("ErrorBanner", title) if title else
                           self.tr("Training failed ({kind})").format(kind=kind))
        self.message.setText(event_text(event, "message"))
        hint = event_text(event, "hint")
        self.hint.setText(self.tr("What to do: {hint}").format(hint=hint) if hint else "")
        self.hint.setVisible(bool(hint))
        self.show()


class RunMonitor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: RunHistory | None = None
        self.live = False
        self.title = QLabel(self.tr("No run selected"), objectName="sectionTitle")
        self.state = QLabel(objectName="muted")
        self.banner = ErrorBanner()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.stats = QLabel(objectName="muted")
        self.graph = LossGraph()
        self.samples = SamplesStrip()
        self.samples_title = QLabel(self.tr("Samples"), objectName="muted")
        self.log = QPlainTextEdit(readOnly=True)
        self.log.setMaximumBlockCount(LOG_BLOCKS)
        self.log.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.log.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.log.setPlaceholderText(self.tr("Messages, warnings and checkpoints of the run appear here."))
        self._pending: list[str] = []
        self._flush = QTimer(self, singleShot=True, interval=LOG_FLUSH_MS)
        self._flush.timeout.connect(self.flush_log)
        self._progress_timer = QTimer(self, singleShot=True, interval=PROGRESS_MS)
        self._progress_timer.timeout.connect(self._update_progress)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.state, 1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.stats)
        top = QWidget()  # the graph takes what the (fixed-height) samples strip leaves
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(4)
        top_layout.addWidget(self.graph, 1)
        top_layout.addWidget(self.samples_title)
        top_layout.addWidget(self.samples)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.log)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 130])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addLayout(progress_row)
        layout.addWidget(splitter, 1)
        self.show_run(self.tr("No run selected"), None, live=False)

    # ---- a whole run
    def show_run(self, title: str, history: RunHistory | None, live: bool) -> None:
        """Redraw everything from *history* (None: nothing to show yet, e.g. while its file is read)."""
        self.title.setText(title)
        self.history = history
        self.live = live
        self.graph.set_live(live)
        self.banner.hide()
        self._pending.clear()
        self.log.clear()
        self.samples.clear()
        if history is None:
            self.graph.clear()
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress.setFormat("")
            self.stats.setText("")
            self.state.setText("")
            self._show_samples_title()
            return
        self.graph.set_series(history.loss_columns(), history.lr_columns(), history.lr_groups, history.epoch_steps,
                              history.checkpoint_marks())
        for event in history.samples[-MAX_SAMPLES:]:
            self.samples.add_sample(str(event["path"]), str(event.get("prompt", "")), event.get("step"))
        self.log.appendHtml("<br>".join(log_html(level, line) for level, line in history.log[-LOG_BLOCKS:]))
        if history.summary.error is not None:
            self.banner.show_error(history.summary.error)
        self._show_samples_title()
        self._update_progress()

    # ---- live
    def apply(self, event: dict[str, Any]) -> None:
        """One event of the run on show, as it arrives."""
        history = self.history
        if history is None:
            return
        boundaries = len(history.epoch_steps)
        history.apply(event)
        name = event["event"]
        if name == "metrics" and history.rewound:
            self.graph.set_series(history.loss_columns(), history.lr_columns(), history.lr_groups,
                                  history.epoch_steps, history.checkpoint_marks())
        elif name == "metrics":
            step, loss, avg, lrs, _epoch = metric_values(event)
            if len(history.epoch_steps) > boundaries:
                self.graph.add_epoch_boundary(history.epoch_steps[-1])
            self.graph.append(step, loss, avg, lrs)
        elif name == "checkpoint":
            self.graph.add_checkpoint(float(event.get("step", 0)), str(event["path"]))
        elif name == "sample":
            self.samples.add_sample(str(event["path"]), str(event.get("prompt", "")), event.get("step"))
            self._show_samples_title()
        elif name == "error":
            self.banner.show_error(event)
        if name in LOG_EVENTS:
            self._queue_log(log_html(log_level(event), log_line(event)))
        if name in ("metrics", "progress"):
            if not self._progress_timer.isActive():
                self._progress_timer.start()
        elif name in ("error", "cancelled", "done", "start"):
            self._update_progress()

    def add_output(self, entry: tuple[str, Any]) -> None:
        """A line the running job wrote to stderr (tracebacks, library warnings)."""
        if entry[0] in ("stderr", "stdout"):
            self._queue_log(log_html("stderr", format_log_entry(entry)))

    def ended(self, state: str, message: str) -> None:
        """The run's job ended (*state* as the runner says); a process that died without an error event
        (a crash, an import error) still gets a banner, with the last line it wrote."""
        self.set_live(False)
        self.state.setText(state_label(state))
        history = self.history
        if state == "failed" and history is not None and history.summary.error is None:
            self.banner.show_error({"kind": "crash", "message": message,
                                    "hint": self.tr("The log below holds the error output of the training process.")})

    def set_live(self, live: bool) -> None:
        self.live = live
        self.graph.set_live(live)
        self._update_progress()

    def _queue_log(self, line: str) -> None:
        self._pending.append(line)
        if not self._flush.isActive():
            self._flush.start()

    def flush_log(self) -> None:
        """Append the lines gathered since the last flush in one go."""
        self._flush.stop()
        if self._pending:
            self.log.appendHtml("<br>".join(self._pending[-LOG_BLOCKS:]))
            self._pending.clear()

    def _show_samples_title(self) -> None:
        n = self.samples.count()
        self.samples.setVisible(n > 0)
        self.samples_title.setText(self.tr("Samples · {n} newest, click to enlarge").format(n=n) if n else
                                   self.tr("Samples · none yet (sample prompts render here when the trainer saves "
                                           "them)"))

    def _update_progress(self) -> None:
        self._progress_timer.stop()
        history = self.history
        if history is None:
            return
        summary, progress, metrics = history.summary, history.last_progress, history.last_metrics
        self.state.setText(state_label(summary.state))
        stats: list[str] = []
        if progress is not None and progress.get("unit") != "step" and summary.state == "running":
            done, total = int(progress["done"]), int(progress["total"])
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(done)
            stage = progress.get("stage")
            text = (self.tr("Caching latents {done} / {total}") if stage == "latents" else
                    self.tr("Caching text encoder outputs {done} / {total}") if stage == "text encoder outputs" else
                    self.tr("{unit}s {done} / {total}"))
            self.progress.setFormat(text.format(unit=progress["unit"], done=f"{done:,}", total=f"{total:,}"))
        elif metrics is not None:
            done = int(metrics["step"])
            total = int(progress["total"]) if progress is not None and progress.get("unit") == "step" else done
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(done)
            epoch = metrics.get("epoch")
            text = (self.tr("step {done} / {total}") if epoch is None else
                    self.tr("step {done} / {total} · epoch {epoch}"))
            self.progress.setFormat(text.format(done=f"{done:,}", total=f"{total:,}", epoch=epoch))
            speed = metrics.get("it_per_s")
            if isinstance(speed, (int, float)) and speed > 0:
                stats.append(f"{speed:.2f} it/s")
                if self.live and summary.state == "running" and total > done:
                    stats.append(self.tr("ETA {duration}").format(duration=format_duration((total - done) / speed)))
            vram = metrics.get("vram_gb")
            if isinstance(vram, (int, float)):
                stats.append(self.tr("VRAM {gb} GB").format(gb=f"{vram:.1f}"))
        else:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            starting = summary.state in ("running", "queued")
            self.progress.setFormat(self.tr("Starting…") if starting else self.tr("No steps"))
        if summary.state == "finished":
            self.progress.setValue(self.progress.maximum())
        self.stats.setText(" · ".join(stats))
