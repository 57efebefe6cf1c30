"""The job runner with real child processes: queue order, cancel, crashes, garbage on stdout."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dataprep.tomlio import save_toml
from desktop.jobs.runner import CANCELLED, FAILED, FINISHED, QUEUED, RUNNING, JobRunner, LineBuffer

TIMEOUT = 15_000


def wait_ended(qtbot, job) -> None:
    qtbot.waitUntil(lambda: not job.active, timeout=TIMEOUT)


def wait_started(qtbot, job) -> None:
    qtbot.waitUntil(lambda: job.summary.started, timeout=TIMEOUT)


def flag_config(tmp_path: Path, name: str) -> tuple[Path, Path]:
    flag = tmp_path / f"{name}.flag"
    config = tmp_path / f"{name}.toml"
    save_toml(config, {"flag": str(flag)})
    return config, flag


def test_line_buffer_keeps_a_partial_line_until_its_newline():
    buf = LineBuffer()
    assert buf.feed(b'{"event": "pro') == []
    assert buf.feed(b'gress"}\r\nsecond\nthi') == ['{"event": "progress"}', "second"]
    assert buf.feed("rd \u00e9".encode()[:-1]) == []  # a UTF-8 character split across chunks
    assert buf.feed("\u00e9".encode()[-1:] + b"\n") == ["third \u00e9"]
    assert buf.feed(b"tail") == []
    assert buf.flush() == ["tail"]
    assert buf.flush() == []


def test_gpu_jobs_run_one_after_the_other(qtbot, fake_argv, runner: JobRunner, tmp_path: Path):
    config_a, flag_a = flag_config(tmp_path, "a")
    config_b, flag_b = flag_config(tmp_path, "b")
    history: list[tuple[str, int]] = []
    runner.job_changed.connect(lambda j: history.append((j.state, j.id)))
    first = runner.submit("first", fake_argv("until_file", config_a), kind="gpu")
    second = runner.submit("second", fake_argv("until_file", config_b), kind="gpu")
    wait_started(qtbot, first)
    assert (first.state, second.state) == (RUNNING, QUEUED)
    assert runner.counts() == (1, 1)
    flag_a.touch()
    flag_b.touch()
    wait_ended(qtbot, second)
    assert (first.state, second.state) == (FINISHED, FINISHED)
    states = [(s, i) for s, i in history if s in (RUNNING, FINISHED)]
    assert states.index((FINISHED, first.id)) < states.index((RUNNING, second.id))
    assert first.summary.outputs == [str(flag_a)] and first.exit_code == 0


def test_cpu_jobs_run_beside_a_gpu_job_up_to_the_cap(qtbot, fake_argv, runner: JobRunner, tmp_path: Path):
    config, flag = flag_config(tmp_path, "shared")
    gpu = runner.submit("gpu", fake_argv("until_file", config), kind="gpu")
    cpus = [runner.submit(f"cpu {i}", fake_argv("until_file", config), kind="cpu") for i in range(3)]
    assert [j.state for j in (gpu, *cpus)] == [RUNNING, RUNNING, RUNNING, QUEUED]
    flag.touch()
    for job in (gpu, *cpus):
        wait_ended(qtbot, job)
        assert job.state == FINISHED


def test_cancel_a_queued_job_and_reorder_the_queue(qtbot, fake_argv, runner: JobRunner, tmp_path: Path):
    config, flag = flag_config(tmp_path, "q")
    running = runner.submit("running", fake_argv("until_file", config), kind="gpu")
    a, b, c = (runner.submit(name, fake_argv("until_file", config), kind="gpu") for name in "abc")
    assert runner.move_down(a.id) and [j.title for j in runner.jobs()] == ["running", "b", "a", "c"]
    assert runner.move_up(c.id) and [j.title for j in runner.jobs()] == ["running", "b", "c", "a"]
    assert not runner.move_up(b.id)  # already first in the queue
    assert not runner.move_up(running.id)  # only queued jobs move
    with qtbot.waitSignal(runner.job_finished, timeout=1000):
        assert runner.cancel(b.id)
    assert b.state == CANCELLED
    flag.touch()
    for job in (running, c, a):
        wait_ended(qtbot, job)
    assert [running.state, c.state, a.state] == [FINISHED] * 3
    assert c.started_at <= a.started_at


def test_cancel_a_running_job_ends_its_process(qtbot, fake_argv, runner: JobRunner):
    job = runner.submit("loop", fake_argv("until_cancelled"), kind="gpu")
    qtbot.waitUntil(lambda: job.done >= 3, timeout=TIMEOUT)
    pid = runner._procs[job.id].processId()
    runner.cancel(job.id)
    wait_ended(qtbot, job)
    assert job.state == CANCELLED and job.exit_code == 130
    assert job.summary.cancelled  # the job itself said so: it stopped cleanly, not by kill
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_a_job_that_ignores_cancel_is_killed_after_the_grace_period(qtbot, fake_argv, runner: JobRunner):
    runner.grace_s = 0.3
    job = runner.submit("stubborn", fake_argv("stubborn"))
    qtbot.waitUntil(lambda: job.message == "not listening", timeout=TIMEOUT)
    runner.cancel(job.id)
    wait_ended(qtbot, job)
    assert job.state == CANCELLED and not job.summary.cancelled


def test_a_crashing_job_fails_with_its_stderr(qtbot, fake_argv, runner: JobRunner):
    job = runner.submit("crash", fake_argv("crash"))
    with qtbot.waitSignal(runner.job_finished, timeout=TIMEOUT):
        pass
    assert job.state == FAILED and job.exit_code == 3
    assert "exited with code 3" in job.message
    assert "RuntimeError: the model file is corrupt" in job.message
    assert ("stderr", "loading the model…") in job.log


def test_garbage_and_split_lines_on_stdout_are_logged_not_fatal(qtbot, fake_argv, runner: JobRunner):
    events = []
    runner.job_event.connect(lambda j, e: events.append(e["event"]))
    job = runner.submit("garbage", fake_argv("garbage"))
    wait_ended(qtbot, job)
    assert job.state == FINISHED, job.message
    assert events == ["start", "progress", "progress", "done"]
    assert (job.done, job.total, job.unit) == (2, 2, "item")
    stray = [text for source, text in job.log if source == "stdout"]
    assert stray[:4] == ["a stray print from some library", "{not json at all", '{"event": "bogus"}', "[1, 2]"]
    assert "undecodable bytes" in stray[4]


def test_commands_reach_the_running_job(qtbot, fake_argv, runner: JobRunner):
    job = runner.submit("echo", fake_argv("echo"))
    wait_started(qtbot, job)
    assert runner.send_command(job.id, "save")
    qtbot.waitUntil(lambda: job.message == "got save", timeout=TIMEOUT)
    assert runner.send_command(job.id, "sample")
    wait_ended(qtbot, job)
    assert job.state == FINISHED
    assert not runner.send_command(job.id, "save")
    with pytest.raises(ValueError, match="unknown job command"):
        runner.send_command(job.id, "reboot")


def test_a_program_that_cannot_start_fails_clearly(qtbot, fake_argv, runner: JobRunner, tmp_path: Path):
    job = runner.submit("missing", [str(tmp_path / "no-such-python")])
    wait_ended(qtbot, job)
    assert job.state == FAILED and "Could not start" in job.message
