"""A stand-in job for the runner tests: ``python fake_job.py <mode> [config.toml]``.

Real child processes, real job shell (dataprep.jobs), behaviours chosen by *mode*.
"""

from __future__ import annotations

import json
import signal
import sys
import time
from pathlib import Path

from dataprep.jobs import JobContext, JobSpec, run_job_cli


def until_cancelled(ctx: JobContext) -> list[str]:
    """Counts steps until it is told to stop, like a training loop."""
    step = 0
    while True:
        ctx.check_cancelled()
        ctx.emitter.progress(step, 1_000_000, "step")
        step += 1
        time.sleep(0.02)


def stubborn(ctx: JobContext) -> list[str]:
    """Ignores every way of asking it to stop; only a kill ends it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    ctx.emitter.emit("log", message="not listening")
    while True:
        time.sleep(0.05)


def until_file(ctx: JobContext) -> list[str]:
    """Finishes once the file named in its config exists."""
    flag = ctx.resolve(ctx.config["flag"])
    while not flag.exists():
        ctx.check_cancelled()
        time.sleep(0.02)
    ctx.emitter.progress(1, 1, "item")
    return [str(flag)]


def echo(ctx: JobContext) -> list[str]:
    """Answers each command with a log event; ends after ``sample``."""
    while True:
        ctx.check_cancelled()
        for command in ctx.take_commands():
            ctx.emitter.emit("log", message=f"got {command}")
            if command == "sample":
                return []
        time.sleep(0.02)


def result(ctx: JobContext) -> list[str]:
    """Emits the JSON document named in its config as a ``result`` event, as a report job does."""
    ctx.emitter.emit("result", data=json.loads(ctx.resolve(ctx.config["data_file"]).read_text(encoding="utf-8")))
    return []


JOBS = {
    "until_cancelled": JobSpec(until_cancelled, "loop until cancelled"),
    "stubborn": JobSpec(stubborn, "ignore cancellation"),
    "until_file": JobSpec(until_file, "wait for a file"),
    "echo": JobSpec(echo, "answer commands"),
    "result": JobSpec(result, "emit a result"),
}


def crash() -> int:
    """Dies the way a broken import or a native crash does: no error event, a message on stderr."""
    print("loading the model…", file=sys.stderr)
    print("RuntimeError: the model file is corrupt", file=sys.stderr)
    return 3


def garbage() -> int:
    """Stray prints, broken JSON, non-UTF-8 bytes and an event split across two writes."""
    out = sys.stdout
    out.write("a stray print from some library\n")
    out.write('{"event": "start", "job": "garbage"}\n')
    out.write('{"event": "progress", "done": 1, ')
    out.flush()
    time.sleep(0.3)  # the rest of the line arrives in a later chunk
    out.write('"total": 2, "unit": "item"}\n{not json at all\n{"event": "bogus"}\n[1, 2]\n')
    out.flush()
    sys.stdout.buffer.write(b"\xff\xfe undecodable bytes\n")
    out.write('{"event": "progress", "done": 2, "total": 2, "unit": "item"}\n')
    out.write('{"event": "done", "outputs": []}')  # no newline: the runner flushes it at exit
    out.flush()
    return 0


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "crash":
        sys.exit(crash())
    if mode == "garbage":
        sys.exit(garbage())
    sys.exit(run_job_cli(Path(__file__).name, JOBS, sys.argv[1:]))
