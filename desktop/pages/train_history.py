"""A training run as its events tell it: the loss curve, checkpoints, samples, log lines and state.

The same fold serves a live run (one event at a time) and a run re-opened from its events.jsonl
(read and folded on a pool thread, then drawn in one go), so both show exactly the same thing.
No widgets here.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from dataprep.events import EVENTS_FILE, JobSummary, read_events
from desktop.pages.jobs import format_log_entry

LOG_EVENTS = ("start", "log", "warning", "error", "checkpoint", "sample", "cancelled", "done")
LOG_KEPT = 5000


def metric_values(event: dict[str, Any]) -> tuple[float, float, float, list[float], int | None]:
    """(step, loss, loss_avg, lrs, epoch) of a metrics event; a non-finite loss arrives as text ("nan")."""
    loss = float(event.get("loss", "nan"))
    avg = float(event.get("loss_avg", loss))
    lr = event.get("lr", [])
    lrs = [float(v) for v in (lr if isinstance(lr, list) else [lr])]
    epoch = event.get("epoch")
    return float(event["step"]), loss, avg, lrs, int(epoch) if epoch is not None else None


def log_level(event: dict[str, Any]) -> str:
    name = event["event"]
    return name if name in ("warning", "error") else "info"


def log_line(event: dict[str, Any]) -> str:
    """The console line of an event: checkpoints and samples by file name and step, the rest as the Jobs page."""
    name = event["event"]
    if name not in ("checkpoint", "sample"):
        return format_log_entry(("event", event))
    stamp = time.strftime("%H:%M:%S", time.localtime(event["time"])) if "time" in event else "--:--:--"
    facts = [f"{k} {event[k]}" for k in ("epoch", "step") if k in event]
    if name == "checkpoint" and "reason" in event:  # saved on request or on cancel
        facts.append(str(event["reason"]))
    detail = Path(str(event["path"])).name + (f" ({', '.join(facts)})" if facts else "")
    if name == "sample":
        detail += f": {event.get('prompt', '')}"
    return f"{stamp}  {name:<10} {detail}"


@dataclass
class RunHistory:
    rows: list[tuple[float, float, float]] = field(default_factory=list)  # step, loss, loss_avg
    lr_rows: list[tuple[float, float, float]] = field(default_factory=list)  # step, lr group 1, lr group 2
    lr_groups: int = 0
    epoch_steps: list[float] = field(default_factory=list)  # x of each epoch boundary
    last_epoch: int | None = None
    checkpoints: list[dict[str, Any]] = field(default_factory=list)
    samples: list[dict[str, Any]] = field(default_factory=list)
    log: list[tuple[str, str]] = field(default_factory=list)  # (info|warning|error, line)
    summary: JobSummary = field(default_factory=JobSummary)
    last_metrics: dict[str, Any] | None = None
    last_progress: dict[str, Any] | None = None
    speeds: list[float] = field(default_factory=list)  # it/s reported with each step
    events: int = 0
    rewound: bool = False  # the last metrics event went back in steps (a run resumed from an earlier state)

    def apply(self, event: dict[str, Any]) -> None:
        self.events += 1
        self.summary.apply(event)
        name = event["event"]
        if name == "metrics":
            step, loss, avg, lrs, epoch = metric_values(event)
            self.rewound = bool(self.rows) and step <= self.rows[-1][0]
            if self.rewound:
                self._drop_from(step)
            if epoch is not None:
                if self.last_epoch is not None and epoch != self.last_epoch:
                    self.epoch_steps.append(step - 0.5)
                self.last_epoch = epoch
            self.rows.append((step, loss, avg))
            if lrs:
                self.lr_groups = max(self.lr_groups, min(2, len(lrs)))
                self.lr_rows.append((step, lrs[0], lrs[-1]))
            speed = event.get("it_per_s")
            if isinstance(speed, (int, float)) and speed > 0:
                self.speeds.append(float(speed))
            self.last_metrics = event
            return
        if name == "progress":
            self.last_progress = event
            return
        if name == "checkpoint":
            self.checkpoints.append(event)
        elif name == "sample":
            self.samples.append(event)
        if name in LOG_EVENTS:
            self.log.append((log_level(event), log_line(event)))
            if len(self.log) > 2 * LOG_KEPT:
                del self.log[:-LOG_KEPT]

    def _drop_from(self, step: float) -> None:
        """Forget the steps a killed run made after its last saved state: the resumed run makes them again."""
        self.rows = [r for r in self.rows if r[0] < step]
        self.lr_rows = [r for r in self.lr_rows if r[0] < step]
        self.epoch_steps = [s for s in self.epoch_steps if s < step]
        self.checkpoints = [e for e in self.checkpoints if float(e.get("step", 0)) < step]

    def loss_columns(self) -> np.ndarray:
        return np.array(self.rows, dtype=np.float64).reshape(-1, 3)

    def lr_columns(self) -> np.ndarray:
        return np.array(self.lr_rows, dtype=np.float64).reshape(-1, 3)

    def checkpoint_marks(self) -> list[tuple[float, str]]:
        return [(float(e.get("step", 0)), str(e["path"])) for e in self.checkpoints]

    def steady_it_per_s(self) -> float | None:
        """Median speed over the second half of the steps (the first ones include warm-up)."""
        speeds = self.speeds[len(self.speeds) // 2:]
        return statistics.median(speeds) if speeds else None


def load_history(run_dir: Path) -> RunHistory:
    """Fold ``<run_dir>/events.jsonl`` (a pool thread: a long run has hundreds of thousands of lines)."""
    history = RunHistory()
    path = Path(run_dir) / EVENTS_FILE
    if path.is_file():
        for event in read_events(path):
            history.apply(event)
    return history
