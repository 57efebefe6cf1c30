"""Running a job as a child process: ``python -m dataprep <job> config.toml``.

A job is a function taking a JobContext and returning its output paths. This module gives every
job the same shell: TOML config loading, the event stream, cancellation (SIGINT or a ``cancel``
line on stdin, so it works on Windows too), commands from the GUI (``save``, ``sample``), and the
mapping of failures to ``error`` events with exit codes the job runner understands.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import signal
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from dataprep.events import Emitter
from dataprep.phrases import Phrase
from dataprep.tomlio import ConfigFileError, load_toml

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_CANCELLED = 130

COMMANDS = ("cancel", "save", "sample")


class JobCancelled(Exception):
    """Raised by JobContext.check_cancelled(); the shell turns it into a ``cancelled`` event."""


class JobError(Exception):
    """A failure the user can act on: *kind* is an events.ERROR_KINDS entry, *hint* what to do."""

    def __init__(self, kind: str, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.hint = hint

    def text(self) -> str:
        """The message and what to do, in one line (for a row or a status line rather than an error event)."""
        return Phrase("{message} {hint}", message=self.message, hint=self.hint) if self.hint else self.message


@dataclass
class JobContext:
    """What a job gets: its config, where to write, how to report, and whether to stop."""

    name: str
    config: dict[str, Any]
    config_path: Path | None
    emitter: Emitter
    run_dir: Path | None = None
    options: dict[str, Any] = field(default_factory=dict)  # the job's own command-line options (JobSpec.options)
    cancel_event: threading.Event = field(default_factory=threading.Event)
    commands: queue.Queue[str] = field(default_factory=queue.Queue)

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check_cancelled(self) -> None:
        if self.cancel_event.is_set():
            raise JobCancelled()

    def take_commands(self) -> list[str]:
        """Commands (``save``, ``sample``) received since the last call, oldest first."""
        taken = []
        while True:
            try:
                taken.append(self.commands.get_nowait())
            except queue.Empty:
                return taken

    def resolve(self, value: str | os.PathLike[str]) -> Path:
        """A path from the config, relative to the config file's folder when not absolute."""
        path = Path(value).expanduser()
        if not path.is_absolute() and self.config_path is not None:
            path = self.config_path.parent / path
        return path


JobFunc = Callable[[JobContext], list[str]]


@dataclass(frozen=True)
class JobSpec:
    func: JobFunc
    help: str
    options: Callable[[argparse.ArgumentParser], None] | None = None  # adds the job's own command-line options


def process_rank() -> int:
    """This process's rank when a launcher (``accelerate launch``/torchrun) started several of the job; else 0."""
    value = os.environ.get("RANK", "")
    return int(value) if value.isdigit() else 0


class RankEmitter(Emitter):
    """The emitter of a secondary process of a multi-process job: only the main process speaks the protocol.

    It stays silent except for the error that ends it (an out-of-memory on its GPU, a crash), tagged
    with its rank, so a job whose other process failed ends with that failure instead of a bare exit
    code. Errors every process meets alike (a bad config or model, a NaN loss) come from the main one.
    """

    SHARED_ERRORS = ("config", "model", "nan", "cancelled")

    def __init__(self, rank: int, run_dir: Path | None = None, stream: IO[str] | None = None) -> None:
        super().__init__(run_dir, stream)
        self.rank = rank

    def emit(self, name: str, **fields: Any) -> dict[str, Any]:
        if name != "error" or fields.get("kind") in self.SHARED_ERRORS:
            return {"event": name, **fields}
        fields["message"] = f"Training process {self.rank}: {fields.get('message', '')}"
        return super().emit(name, **fields, rank=self.rank)


def _listen_for_commands(stream: IO[str], ctx: JobContext) -> None:
    """Read ``cancel``/``save``/``sample`` lines (plain or ``{"command": ...}``) from the GUI."""
    for line in stream:
        word = line.strip()
        if word.startswith("{"):
            try:
                word = str(json.loads(word).get("command", ""))
            except (json.JSONDecodeError, AttributeError):
                continue
        if word == "cancel":
            ctx.cancel_event.set()
        elif word in COMMANDS:
            ctx.commands.put(word)


def protocol_stream() -> IO[str]:
    """A private handle on stdout for events; fd 1 itself is pointed at stderr.

    Libraries print to stdout (and C code writes to fd 1); a stray partial line would tear an
    event line, so only the event emitter may write to the real stdout.
    """
    sys.stdout.flush()
    protocol = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return protocol


def run_job_cli(prog: str, jobs: dict[str, JobSpec], argv: list[str] | None = None) -> int:
    """Entry point shared by ``python -m dataprep`` and ``python -m training``."""
    which = argparse.ArgumentParser(add_help=False)
    which.add_argument("job", nargs="?")
    spec = jobs.get(which.parse_known_args(argv)[0].job)
    own = argparse.ArgumentParser(add_help=False)  # the job's own options (JobSpec.options), shown in --help too
    if spec is not None and spec.options is not None:
        spec.options(own)
    parser = argparse.ArgumentParser(prog=prog, description="Run a Danlu job from a TOML config.", parents=[own])
    parser.add_argument("job", choices=sorted(jobs), help="the job to run")
    parser.add_argument("config", nargs="?", type=Path, help="TOML config of the job")
    parser.add_argument("--run-dir", type=Path, help="folder for events.jsonl (overrides run_dir in the config)")
    parser.add_argument("--no-stdin", action="store_true", help="do not read commands from stdin")
    args = parser.parse_args(argv)
    options = vars(own.parse_known_args(argv)[0])

    stream = protocol_stream()
    config: dict[str, Any] = {}
    config_path = args.config.resolve() if args.config else None
    if config_path is not None:
        try:
            config = load_toml(config_path)
        except ConfigFileError as exc:
            Emitter(stream=stream).error("config", str(exc))
            return EXIT_USAGE
    run_dir = args.run_dir or (config.get("run_dir") and Path(str(config["run_dir"])))
    if run_dir is not None and not run_dir.is_absolute() and config_path is not None:
        run_dir = config_path.parent / run_dir
    rank = process_rank()
    emitter = Emitter(run_dir=run_dir, stream=stream) if rank == 0 else RankEmitter(rank, run_dir, stream)
    ctx = JobContext(args.job, config, config_path, emitter, run_dir, options)
    return execute(ctx, jobs[args.job].func, listen_stdin=not args.no_stdin and rank == 0)  # commands go to rank 0


def _reader_gone(ctx: JobContext) -> None:
    """The window reading this job's output died: stop as on a cancel, so a training run saves its
    state instead of dying at the next print (its stderr pipe is broken too, so output goes nowhere)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for fd in (1, 2):
        os.dup2(devnull, fd)
    os.close(devnull)
    ctx.cancel_event.set()


def execute(ctx: JobContext, func: JobFunc, listen_stdin: bool = True) -> int:
    """Run *func* with cancellation wired up; every outcome ends in exactly one final event."""
    ctx.emitter.on_stream_lost = lambda: _reader_gone(ctx)
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, lambda *_: ctx.cancel_event.set())
    if listen_stdin and sys.stdin is not None and not sys.stdin.closed:
        threading.Thread(target=_listen_for_commands, args=(sys.stdin, ctx), daemon=True).start()
    emitter = ctx.emitter
    emitter.emit("start", job=ctx.name, pid=os.getpid(), config=str(ctx.config_path or ""))
    try:
        outputs = func(ctx)
        emitter.emit("done", outputs=[str(p) for p in outputs])
        return EXIT_OK
    except JobCancelled:
        emitter.emit("cancelled")
        return EXIT_CANCELLED
    except JobError as exc:
        emitter.error(exc.kind, exc.message, exc.hint)
        return EXIT_FAILED
    except MemoryError:
        emitter.error("oom", Phrase("The job ran out of memory."),
                      Phrase("Close other programs or use smaller batches."))
        return EXIT_FAILED
    except Exception as exc:  # a bug: keep the traceback for the report
        traceback.print_exc(file=sys.stderr)
        emitter.error("internal", f"{type(exc).__name__}: {exc}",
                      Phrase("This is a bug in Danlu; the job log has details."))
        return EXIT_FAILED
    finally:
        emitter.close()
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, previous)
