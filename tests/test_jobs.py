"""The job shell: config loading, final events, exit codes, cancellation by signal and by stdin."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from dataprep.events import EVENTS_FILE, parse_event_line, read_events
from dataprep.jobs import EXIT_CANCELLED, EXIT_FAILED, EXIT_OK, EXIT_USAGE

REPO = Path(__file__).resolve().parents[1]

SLOW_JOB = '''
import sys, time
from pathlib import Path
from dataprep.events import Emitter
from dataprep.jobs import JobContext, execute, protocol_stream

def job(ctx):
    print("a stray print that must not reach the event stream")
    for i in range(600):
        ctx.check_cancelled()
        ctx.emitter.progress(i, 600, "step")
        for command in ctx.take_commands():
            ctx.emitter.emit("log", message="got " + command)
        time.sleep(0.05)
    return []

ctx = JobContext("slow", {}, None, Emitter(run_dir=Path(sys.argv[1]), stream=protocol_stream()))
sys.exit(execute(ctx, job))
'''


def run(args: list[str], cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, input=stdin, text=True,
                          capture_output=True, timeout=120)


def events_of(stdout: str) -> list[dict]:
    return [e for e in map(parse_event_line, stdout.splitlines()) if e is not None]


def test_thumbnails_job_end_to_end(tmp_path: Path) -> None:
    from PIL import Image

    (tmp_path / "img").mkdir()
    for i in range(3):
        Image.new("RGB", (640, 400 + i), (i * 60, 90, 200)).save(tmp_path / "img" / f"{i}.jpg")
    (tmp_path / "img" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    (tmp_path / "job.toml").write_text('source = "img"\ncache = "thumbs"\nrun_dir = "run"\nsize = 64\n')
    proc = run(["-m", "dataprep", "thumbnails", "job.toml"], tmp_path)
    assert proc.returncode == EXIT_OK, proc.stderr
    events = events_of(proc.stdout)
    assert len(events) == len(proc.stdout.splitlines()), "only protocol lines may reach stdout"
    assert events[0]["event"] == "start" and events[-1]["event"] == "done"
    assert [e["done"] for e in events if e["event"] == "progress"] == [0, 1, 2, 3, 4]
    warnings = [e for e in events if e["event"] == "warning"]
    assert len(warnings) == 1 and "broken.png" in warnings[0]["message"]
    thumbs = sorted((tmp_path / "thumbs").glob("*.jpg"))
    assert len(thumbs) == 3
    with Image.open(thumbs[0]) as im:
        assert max(im.size) == 64
    assert list(read_events(tmp_path / "run" / EVENTS_FILE)) == events


def test_bad_config_gives_config_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "job.toml").write_text("source = [unclosed\n")
    proc = run(["-m", "dataprep", "thumbnails", "job.toml"], tmp_path)
    assert proc.returncode == EXIT_USAGE
    (event,) = events_of(proc.stdout)
    assert event["event"] == "error" and event["kind"] == "config"
    assert "job.toml" in event["message"] and "not valid TOML" in event["message"]


def test_missing_source_folder_is_an_io_error(tmp_path: Path) -> None:
    (tmp_path / "job.toml").write_text('source = "nowhere"\ncache = "thumbs"\n')
    proc = run(["-m", "dataprep", "thumbnails", "job.toml"], tmp_path)
    assert proc.returncode == EXIT_FAILED
    error = events_of(proc.stdout)[-1]
    assert error["kind"] == "io" and "nowhere" in error["message"]


def _start_slow_job(tmp_path: Path) -> subprocess.Popen[str]:
    script = tmp_path / "slow_job.py"
    script.write_text(SLOW_JOB)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, str(script), str(tmp_path / "run")], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _wait_for_progress(proc: subprocess.Popen[str]) -> list[dict]:
    seen = []
    for line in proc.stdout:  # type: ignore[union-attr]
        event = parse_event_line(line)
        if event is not None:
            seen.append(event)
            if event["event"] == "progress" and event["done"] >= 2:
                return seen
    raise AssertionError("job ended before reporting progress")


@pytest.mark.parametrize("how", ["stdin", "sigint"])
def test_cancel_ends_the_job_with_a_cancelled_event(tmp_path: Path, how: str) -> None:
    if how == "sigint" and sys.platform == "win32":
        pytest.skip("SIGINT delivery to a child is POSIX-only; Windows uses the stdin command")
    proc = _start_slow_job(tmp_path)
    try:
        _wait_for_progress(proc)
        if how == "stdin":
            proc.stdin.write("save\n")  # type: ignore[union-attr]
            proc.stdin.flush()  # type: ignore[union-attr]
            for line in proc.stdout:  # type: ignore[union-attr]
                if (event := parse_event_line(line)) and event["event"] == "log":
                    assert event["message"] == "got save"
                    break
            proc.stdin.write('{"command": "cancel"}\n')  # type: ignore[union-attr]
            proc.stdin.flush()  # type: ignore[union-attr]
        else:
            proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == EXIT_CANCELLED, err
    tail = events_of(out)
    assert tail[-1]["event"] == "cancelled"
    assert "stray print" in err and "stray print" not in out
    replay = list(read_events(tmp_path / "run" / EVENTS_FILE))
    assert replay[0]["event"] == "start" and replay[-1]["event"] == "cancelled"


def test_a_job_whose_window_died_stops_as_on_cancel(tmp_path: Path) -> None:
    """The GUI killed mid-job closes the pipes: the job's next event finds no reader. It ends as
    cancelled (a training run saves its state) instead of crashing on a BrokenPipeError at the next print."""
    proc = _start_slow_job(tmp_path)
    try:
        _wait_for_progress(proc)
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
        assert proc.wait(timeout=60) == EXIT_CANCELLED
    finally:
        proc.kill()
    replay = list(read_events(tmp_path / "run" / EVENTS_FILE))
    assert replay[-1]["event"] == "cancelled"
    assert not [e for e in replay if e["event"] == "error"]


def test_internal_error_keeps_traceback_on_stderr(tmp_path: Path) -> None:
    script = tmp_path / "boom.py"
    script.write_text(
        "import sys\nfrom dataprep.events import Emitter\nfrom dataprep.jobs import JobContext, execute\n"
        "def job(ctx):\n    raise KeyError('weights')\n"
        "sys.exit(execute(JobContext('boom', {}, None, Emitter()), job, listen_stdin=False))\n"
    )
    proc = run([str(script)], tmp_path)
    assert proc.returncode == EXIT_FAILED
    error = events_of(proc.stdout)[-1]
    assert error["kind"] == "internal" and "KeyError" in error["message"]
    assert "Traceback" in proc.stderr
