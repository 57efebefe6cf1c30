"""The job runner: every long job runs as a child process that speaks the event protocol.

This is the only place in Danlu that starts processes (QProcess). It keeps a queue: one GPU job at
a time, the rest wait in order; CPU jobs run beside it up to a small cap. A child that crashes, runs
out of memory or is killed never takes the window down, and its GPU memory is freed with it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment, QTimer, Signal

from dataprep.events import JobSummary, parse_event_line
from dataprep.jobs import COMMANDS, EXIT_CANCELLED
from desktop.widgets.phrase_text import event_text

QUEUED, RUNNING, FINISHED, FAILED, CANCELLED = "queued", "running", "finished", "failed", "cancelled"
ACTIVE_STATES = (QUEUED, RUNNING)
KINDS = ("gpu", "cpu")
LOG_LINES = 5000  # per job; a long training run keeps its full history in events.jsonl instead
EVENTS_KEPT = 20000  # per job, newest; enough for a live view, the rest is in events.jsonl
STDERR_TAIL_LINES = 40


def job_argv(package: str, job: str, config: Path | None = None, *extra: str) -> list[str]:
    """``python -m <package> <job> [config]`` with the interpreter running Danlu."""
    return [sys.executable, "-m", package, job, *([str(config)] if config is not None else []), *extra]


def starting_messages() -> tuple[str, str]:
    """The runner's own words while a job starts, as shown: a page that relays what a job says skips them."""
    return QCoreApplication.translate("JobRunner", "Starting…"), QCoreApplication.translate("Job", "Started")


class LineBuffer:
    """Bytes in, whole lines out: a chunk that ends mid-line keeps its tail until the newline comes."""

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, data: bytes) -> list[str]:
        *lines, self._pending = (self._pending + data).split(b"\n")
        return [_decode(line) for line in lines]

    def flush(self) -> list[str]:
        """The unterminated rest, once the process has ended."""
        rest, self._pending = self._pending, b""
        return [_decode(rest)] if rest.strip() else []


def _decode(line: bytes) -> str:
    return line.decode("utf-8", errors="replace").rstrip("\r")


@dataclass(eq=False)
class Job:
    """One job as the GUI sees it; the runner updates it and signals each change."""

    id: int
    title: str
    argv: list[str]
    kind: str = "cpu"
    cwd: Path | None = None
    state: str = QUEUED
    summary: JobSummary = field(default_factory=JobSummary)  # progress, error, outputs from the events
    rate: float | None = None  # units (or iterations) per second
    message: str = ""
    exit_code: int | None = None
    events: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=EVENTS_KEPT))
    # (source, payload): ("event", dict) | ("stdout", str) | ("stderr", str)
    log: deque[tuple[str, Any]] = field(default_factory=lambda: deque(maxlen=LOG_LINES))
    stderr_tail: deque[str] = field(default_factory=lambda: deque(maxlen=STDERR_TAIL_LINES))
    started_at: float | None = None
    finished_at: float | None = None
    cancel_requested: bool = False
    _rate_origin: tuple[float, int] | None = None

    @property
    def done(self) -> int:
        return self.summary.done

    @property
    def total(self) -> int:
        return self.summary.total

    @property
    def unit(self) -> str:
        return self.summary.unit

    @property
    def error(self) -> dict[str, Any] | None:
        return self.summary.error

    @property
    def active(self) -> bool:
        return self.state in ACTIVE_STATES

    @property
    def fraction(self) -> float | None:
        """0..1 when the job has said how much there is to do, else None (busy indicator)."""
        if self.total <= 0:
            return 1.0 if self.state == FINISHED else None
        return min(1.0, self.done / self.total)

    def apply(self, event: dict[str, Any], now: float) -> None:
        """Fold one protocol event into the job: the summary, plus the message and speed shown."""
        self.events.append(event)
        self.summary.apply(event)
        name = event["event"]
        if name == "start":
            self.message = QCoreApplication.translate("Job", "Started")
        elif name == "progress":
            self._update_rate(now)
        elif name == "metrics" and isinstance(event.get("it_per_s"), (int, float)):
            self.rate = float(event["it_per_s"])
        elif name in ("log", "warning"):
            self.message = event_text(event, "message")
        elif name == "error":
            self.message = f"{event_text(event, 'message')} {event_text(event, 'hint')}".strip()
        elif name == "cancelled":
            self.message = QCoreApplication.translate("Job", "Cancelled")
        elif name == "done":
            self.message = QCoreApplication.translate("Job", "Done")

    def _update_rate(self, now: float) -> None:
        if self._rate_origin is None or self.done < self._rate_origin[1]:
            self._rate_origin = (now, self.done)
            return
        t0, done0 = self._rate_origin
        finished = self.done == self.total  # a quick job still gets its average speed
        if (now - t0 >= 0.5 or finished) and now > t0 and self.done > done0:
            self.rate = (self.done - done0) / (now - t0)


class JobRunner(QObject):
    """Queue and run jobs; all signals carry the Job object (and the event for job_event)."""

    job_added = Signal(object)
    job_changed = Signal(object)
    job_event = Signal(object, object)
    job_output = Signal(object, object)  # (job, log entry) for every line, events included
    job_finished = Signal(object)
    list_changed = Signal()  # order changed or jobs removed: views re-read jobs()

    def __init__(self, parent: QObject | None = None, *, cpu_slots: int = 2, grace_s: float = 10.0,
                 env: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.cpu_slots = cpu_slots
        self.grace_s = grace_s
        self._env = dict(env or {})
        self._jobs: list[Job] = []
        self._next_id = 1
        self._procs: dict[int, QProcess] = {}
        self._buffers: dict[int, tuple[LineBuffer, LineBuffer]] = {}

    # ---- queries
    def jobs(self) -> list[Job]:
        return list(self._jobs)

    def job(self, job_id: int) -> Job | None:
        return next((j for j in self._jobs if j.id == job_id), None)

    def counts(self) -> tuple[int, int]:
        """(running, queued)."""
        return (sum(j.state == RUNNING for j in self._jobs), sum(j.state == QUEUED for j in self._jobs))

    # ---- commands
    def submit(self, title: str, argv: list[str], kind: str = "cpu", cwd: Path | None = None) -> Job:
        if kind not in KINDS:
            raise ValueError(f"job kind {kind!r} is not one of {KINDS}")
        job = Job(self._next_id, title, list(argv), kind, cwd)
        self._next_id += 1
        self._jobs.append(job)
        self.job_added.emit(job)
        self._schedule()
        return job

    def cancel(self, job_id: int) -> bool:
        """Queued: drop it. Running: ask it to stop (stdin, then SIGINT), kill it after the grace period."""
        job = self.job(job_id)
        if job is None or not job.active:
            return False
        job.cancel_requested = True
        if job.state == QUEUED:
            job.state, job.message, job.finished_at = CANCELLED, self.tr("Cancelled before it started"), time.time()
            self.job_changed.emit(job)
            self.job_finished.emit(job)
            return True
        proc = self._procs[job.id]
        proc.write(b"cancel\n")
        if os.name == "posix" and proc.processId() > 0:
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.processId(), signal.SIGINT)
        job.message = self.tr("Cancelling…")
        self.job_changed.emit(job)
        QTimer.singleShot(int(self.grace_s * 1000), self, partial(self._kill, job.id))
        return True

    def send_command(self, job_id: int, command: str) -> bool:
        """Send ``save`` or ``sample`` to a running job; False when it is not running."""
        if command not in COMMANDS:
            raise ValueError(f"unknown job command {command!r}; known: {', '.join(COMMANDS)}")
        proc = self._procs.get(job_id)
        if proc is None:
            return False
        proc.write(f"{command}\n".encode())
        return True

    def move(self, job_id: int, offset: int) -> bool:
        """Move a queued job past *offset* other queued jobs (negative: earlier)."""
        job = self.job(job_id)
        if job is None or job.state != QUEUED or offset == 0:
            return False
        queued = [j for j in self._jobs if j.state == QUEUED]
        pos = queued.index(job)
        target = max(0, min(len(queued) - 1, pos + offset))
        if target == pos:
            return False
        neighbour = queued[target]
        self._jobs.remove(job)
        at = self._jobs.index(neighbour)
        self._jobs.insert(at + 1 if offset > 0 else at, job)
        self.list_changed.emit()
        return True

    def move_up(self, job_id: int) -> bool:
        return self.move(job_id, -1)

    def move_down(self, job_id: int) -> bool:
        return self.move(job_id, 1)

    def clear_finished(self) -> None:
        """Forget jobs that have ended (their files and events.jsonl stay on disk)."""
        kept = [j for j in self._jobs if j.active]
        if len(kept) != len(self._jobs):
            self._jobs = kept
            self.list_changed.emit()

    def shutdown(self, wait_ms: int = 3000) -> None:
        """On quit: drop the queue, ask running jobs to stop, kill what is still alive after *wait_ms*."""
        for job in self._jobs:
            if job.state == QUEUED:
                self.cancel(job.id)
        procs = list(self._procs.items())
        for job_id, _ in procs:
            self.cancel(job_id)
        deadline = time.monotonic() + wait_ms / 1000
        for _, proc in procs:
            remaining = max(0, int((deadline - time.monotonic()) * 1000))
            if not proc.waitForFinished(remaining):
                proc.kill()
                proc.waitForFinished(1000)

    # ---- internals
    def _schedule(self) -> None:
        gpu_busy = any(j.state == RUNNING and j.kind == "gpu" for j in self._jobs)
        cpu_running = sum(j.state == RUNNING and j.kind == "cpu" for j in self._jobs)
        for job in self._jobs:
            if job.state != QUEUED:
                continue
            if job.kind == "gpu" and not gpu_busy:
                gpu_busy = True
                self._start(job)
            elif job.kind == "cpu" and cpu_running < self.cpu_slots:
                cpu_running += 1
                self._start(job)

    def _start(self, job: Job) -> None:
        proc = QProcess(self)
        proc.setProgram(job.argv[0])
        proc.setArguments(job.argv[1:])
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONUNBUFFERED", "1")
        for key, value in self._env.items():
            env.insert(key, value)
        proc.setProcessEnvironment(env)
        if job.cwd is not None:
            proc.setWorkingDirectory(str(job.cwd))
        self._procs[job.id] = proc
        self._buffers[job.id] = (LineBuffer(), LineBuffer())
        proc.readyReadStandardOutput.connect(partial(self._read_stdout, job))
        proc.readyReadStandardError.connect(partial(self._read_stderr, job))
        proc.finished.connect(partial(self._on_finished, job))
        proc.errorOccurred.connect(partial(self._on_error, job))
        job.state, job.started_at, job.message = RUNNING, time.time(), self.tr("Starting…")
        self.job_changed.emit(job)
        proc.start()

    def _read_stdout(self, job: Job) -> None:
        proc = self._procs.get(job.id)
        if proc is not None:
            self._stdout_lines(job, self._buffers[job.id][0].feed(bytes(proc.readAllStandardOutput().data())))

    def _read_stderr(self, job: Job) -> None:
        proc = self._procs.get(job.id)
        if proc is not None:
            self._stderr_lines(job, self._buffers[job.id][1].feed(bytes(proc.readAllStandardError().data())))

    def _stdout_lines(self, job: Job, lines: list[str]) -> None:
        changed = False
        now = time.monotonic()
        for line in lines:
            event = parse_event_line(line)
            if event is None:
                if line.strip():
                    self._log(job, ("stdout", line))
                continue
            job.apply(event, now)
            self._log(job, ("event", event))
            self.job_event.emit(job, event)
            changed = True
        if changed:
            self.job_changed.emit(job)

    def _stderr_lines(self, job: Job, lines: list[str]) -> None:
        for line in lines:
            job.stderr_tail.append(line)
            self._log(job, ("stderr", line))

    def _log(self, job: Job, entry: tuple[str, Any]) -> None:
        job.log.append(entry)
        self.job_output.emit(job, entry)

    def _on_error(self, job: Job, error: QProcess.ProcessError) -> None:
        if error != QProcess.ProcessError.FailedToStart or job.id not in self._procs:
            return  # crashes and kills arrive through finished()
        proc = self._procs[job.id]
        job.message = self.tr("Could not start {program}: {error}").format(program=job.argv[0],
                                                                          error=proc.errorString())
        self._end(job, FAILED, None)

    def _on_finished(self, job: Job, exit_code: int, status: QProcess.ExitStatus) -> None:
        if job.id not in self._procs:
            return
        self._read_stdout(job)
        self._read_stderr(job)
        out, err = self._buffers[job.id]
        self._stdout_lines(job, out.flush())
        self._stderr_lines(job, err.flush())
        crashed = status == QProcess.ExitStatus.CrashExit
        code = None if crashed else exit_code
        summary = job.summary
        if summary.cancelled or (job.cancel_requested and (crashed or code == EXIT_CANCELLED or not summary.finished)):
            job.message = QCoreApplication.translate("Job", "Cancelled")
            self._end(job, CANCELLED, code)
        elif summary.error is not None:
            self._end(job, FAILED, code)
        elif code == 0 and summary.finished:
            self._end(job, FINISHED, code)
        else:
            last = next((line.strip() for line in reversed(job.stderr_tail) if line.strip()), "")
            if crashed:
                job.message = (self.tr("The job crashed: {last}").format(last=last) if last
                               else self.tr("The job crashed without saying why."))
            else:
                job.message = (self.tr("The job exited with code {code}: {last}").format(code=code, last=last) if last
                               else self.tr("The job exited with code {code} without saying why.").format(code=code))
            self._end(job, FAILED, code)

    def _end(self, job: Job, state: str, code: int | None) -> None:
        proc = self._procs.pop(job.id)
        self._buffers.pop(job.id, None)
        proc.deleteLater()
        job.state, job.exit_code, job.finished_at = state, code, time.time()
        self.job_changed.emit(job)
        self.job_finished.emit(job)
        self._schedule()

    def _kill(self, job_id: int) -> None:
        proc = self._procs.get(job_id)
        if proc is not None:
            proc.kill()
