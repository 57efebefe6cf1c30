"""The job event protocol: one JSON object per line, on stdout and in ``events.jsonl``.

Every long job (caption, prepare, generate-reg, train, grid) speaks only this vocabulary, so the GUI
can draw any job's progress and re-attach to a run after a restart by replaying its file. Extend
the vocabulary here and nowhere else.
"""

from __future__ import annotations

import json
import math
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from dataprep.phrases import phrase_fields

EVENTS_FILE = "events.jsonl"

# event name -> fields every event of that kind must carry
EVENT_FIELDS: dict[str, tuple[str, ...]] = {
    "start": ("job",),
    "progress": ("done", "total", "unit"),
    "metrics": ("step",),
    "checkpoint": ("path",),
    "sample": ("path", "prompt"),
    "result": ("data",),
    "log": ("message",),
    "warning": ("message",),
    "error": ("kind", "message"),
    "cancelled": (),
    "done": ("outputs",),
}

PROGRESS_UNITS = ("image", "step", "epoch", "file", "cell", "item", "byte")

# error kinds the GUI knows how to present; "internal" is a bug in Danlu itself
ERROR_KINDS = ("oom", "nan", "config", "io", "model", "cuda", "cancelled", "internal")


class EventError(ValueError):
    """An event that does not follow the protocol (a bug in the job that emitted it)."""


def validate_event(event: dict[str, Any]) -> None:
    """Raise EventError unless *event* is a well-formed protocol event."""
    name = event.get("event")
    if name not in EVENT_FIELDS:
        raise EventError(f"unknown event {name!r}; known: {', '.join(EVENT_FIELDS)}")
    missing = [f for f in EVENT_FIELDS[name] if f not in event]
    if missing:
        raise EventError(f"event {name!r} lacks field(s) {', '.join(missing)}")
    if name == "progress" and event["unit"] not in PROGRESS_UNITS:
        raise EventError(f"progress unit {event['unit']!r} is not one of {PROGRESS_UNITS}")
    if name == "error" and event["kind"] not in ERROR_KINDS:
        raise EventError(f"error kind {event['kind']!r} is not one of {ERROR_KINDS}")


def _json_safe(value: Any) -> Any:
    """Non-finite floats become strings: JSON has no NaN, and a NaN loss must still be reported."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def encode_event(event: dict[str, Any]) -> str:
    """One protocol line (no newline), validated."""
    validate_event(event)
    return json.dumps(_json_safe(event), ensure_ascii=False, allow_nan=False)


class Emitter:
    """Writes events to a stream (stdout by default) and appends them to ``<run_dir>/events.jsonl``.

    The file is flushed after every line so that a crash loses at most the line being written,
    and the GUI can tail it while the job runs.
    """

    def __init__(self, run_dir: Path | None = None, stream: IO[str] | None = None) -> None:
        self._stream: IO[str] | None = stream if stream is not None else sys.stdout
        self._file: IO[str] | None = None
        self._lock = threading.Lock()
        # called once when the stream's reader is gone (the window that started the job died);
        # the events go on to events.jsonl only
        self.on_stream_lost: Callable[[], None] | None = None
        if run_dir is not None:
            run_dir.mkdir(parents=True, exist_ok=True)
            self._file = open(run_dir / EVENTS_FILE, "a", encoding="utf-8")  # noqa: SIM115

    def emit(self, name: str, **fields: Any) -> dict[str, Any]:
        event = {"event": name, "time": round(time.time(), 3), **fields}
        phrases = phrase_fields(fields)
        if phrases:  # the same messages as templates and values, for the interface's language
            event["phrases"] = phrases
        line = encode_event(event)
        with self._lock:
            if self._stream is not None:
                try:
                    self._stream.write(line + "\n")
                    self._stream.flush()
                except BrokenPipeError:
                    self._stream = None
                    if self.on_stream_lost is not None:
                        self.on_stream_lost()
            if self._file is not None:
                self._file.write(line + "\n")
                self._file.flush()
        return event

    def progress(self, done: int, total: int, unit: str = "item", **extra: Any) -> None:
        self.emit("progress", done=done, total=total, unit=unit, **extra)

    def warning(self, message: str, **extra: Any) -> None:
        self.emit("warning", message=message, **extra)

    def error(self, kind: str, message: str, hint: str = "", **extra: Any) -> None:
        self.emit("error", kind=kind, message=message, hint=hint, **extra)

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None


def parse_event_line(line: str) -> dict[str, Any] | None:
    """The event on *line*, or None when the line is not a protocol event (stray prints, garbage)."""
    line = line.strip()
    if not line.startswith("{"):
        return None
    try:
        event = json.loads(line)
    except json.JSONDecodeError:
        return None
    if not isinstance(event, dict):
        return None
    try:
        validate_event(event)
    except EventError:
        return None
    return event


def read_events(path: Path) -> Iterator[dict[str, Any]]:
    """Replay an events file; a torn last line (the job was killed mid-write) is skipped."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            event = parse_event_line(line)
            if event is not None:
                yield event


@dataclass
class JobSummary:
    """What a replayed event stream says about a job: enough to redraw its row in the Jobs panel."""

    started: bool = False
    done: int = 0
    total: int = 0
    unit: str = ""
    finished: bool = False
    cancelled: bool = False
    error: dict[str, Any] | None = None
    outputs: list[str] | None = None
    warnings: int = 0

    @property
    def state(self) -> str:
        if self.error is not None:
            return "failed"
        if self.cancelled:
            return "cancelled"
        if self.finished:
            return "finished"
        return "running" if self.started else "queued"

    def apply(self, event: dict[str, Any]) -> None:
        name = event["event"]
        if name == "start":
            self.started = True
        elif name == "progress":
            self.done, self.total, self.unit = event["done"], event["total"], event["unit"]
        elif name == "warning":
            self.warnings += 1
        elif name == "error":
            self.error = event
        elif name == "cancelled":
            self.cancelled = True
        elif name == "done":
            self.finished = True
            self.outputs = list(event["outputs"])


def summarize(events: Iterator[dict[str, Any]] | list[dict[str, Any]]) -> JobSummary:
    summary = JobSummary()
    for event in events:
        summary.apply(event)
    return summary
