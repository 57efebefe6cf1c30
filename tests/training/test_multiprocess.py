"""Two training processes through ``accelerate launch`` on the CPU (gloo) train what one process with twice the batch
trains; only the main one speaks; cancel and a crash end every process."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
import torch
from trainkit import base_config, make_images, run_training

from dataprep.events import EVENTS_FILE, read_events
from dataprep.jobs import JobError
from dataprep.tomlio import save_toml
from training.config import config_from_dict
from training.launch import train_command
from training.lora import read_lora_file
from training.multiprocess import Ranks

BATCH = 2  # per process; 5 images make global batches of 4 and 1: one process then trains a row at weight 0


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("multi")
    make_images(root / "img" / "1_shs thing", 5, seed=4)
    return root / "img"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def config(tiny_models, data: Path, processes: int, batch: int, steps: int = 4, **saving: Any) -> dict[str, Any]:
    return base_config(
        tiny_models.sd1,
        data,
        dataset={"train_batch_size": batch, "shuffle_caption": True, "caption_dropout_rate": 0.2},
        schedule={"max_train_steps": steps, "seed": 5, "lr_scheduler": "cosine"},
        noise={"noise_offset": 0.05},
        saving=saving,
        logging={"logging_dir": ""},
        launch={"num_processes": processes, "main_process_port": free_port()},
    )


def launch(run_dir: Path, cfg: dict[str, Any]) -> subprocess.Popen[str]:
    """The job as the Train page starts it: the argv from training.launch, the run folder beside run.toml."""
    run_dir.mkdir(parents=True, exist_ok=True)
    toml = run_dir / "run.toml"
    save_toml(toml, {"run_dir": ".", **cfg})
    argv = train_command(config_from_dict(cfg), toml)
    assert argv[1:3] == ["-m", "accelerate.commands.launch"]
    return subprocess.Popen(
        argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "OMP_NUM_THREADS": "1"}, start_new_session=True,
    )


def finish(proc: subprocess.Popen[str], timeout: float = 400) -> tuple[int, str, str]:
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        pytest.fail(f"the 2-process run hung; stderr tail:\n{err[-3000:]}")
    return proc.returncode, out, err


def difference_norm(a: Path, b: Path) -> float:
    """The distance of two LoRAs' weights (all tensors as one vector)."""
    ta, tb = read_lora_file(a), read_lora_file(b)
    assert ta.keys() == tb.keys()
    return sum(float((ta[k].float() - tb[k].float()).pow(2).sum()) for k in ta) ** 0.5


def test_two_processes_train_what_one_process_with_the_double_batch_trains(tiny_models, data, tmp_path):
    one = run_training(tmp_path / "one", config(tiny_models, data, 1, 2 * BATCH))
    assert one.code == 0, one.of("error")
    small = run_training(tmp_path / "small", config(tiny_models, data, 1, BATCH))
    assert small.code == 0, small.of("error")

    run_dir = tmp_path / "two"
    two = config(tiny_models, data, 2, BATCH, save_every_n_steps=2, save_state=True)
    code, out, err = finish(launch(run_dir, two))
    events = list(read_events(run_dir / EVENTS_FILE))
    names = [e["event"] for e in events]
    assert code == 0, (names, err[-3000:])
    # one event stream: the main process's, once (the other process is silent)
    assert names.count("start") == 1 and names.count("done") == 1 and "error" not in names
    assert [e["step"] for e in events if e["event"] == "metrics"] == [1, 2, 3, 4]
    checkpoints = [e["path"] for e in events if e["event"] == "checkpoint"]
    assert len(checkpoints) == 2 and checkpoints[-1] == events[-1]["outputs"][0]
    assert sum(line.startswith("{") for line in out.splitlines()) == len(events)  # stdout carries the same stream
    final = Path(events[-1]["outputs"][0])

    # float rounding of batches of 2 vs 4 (and a 2-process gradient sum) stays far below what the batch size
    # itself changes. A norm, not the largest element: at lr 1e-2 AdamW moves a weight whose gradient is at
    # rounding level by ~lr either way, so one element can differ by 5.6e-4 (seen once on a clean clone, against
    # 3e-5 usually) while the whole LoRA agrees
    assert difference_norm(final, one.final) < 0.02 * difference_norm(small.final, one.final)
    losses_one = [e["loss"] for e in one.of("metrics")]
    losses_two = [e["loss"] for e in events if e["event"] == "metrics"]
    torch.testing.assert_close(torch.tensor(losses_two), torch.tensor(losses_one), atol=1e-5, rtol=1e-4)

    # the main process saved the state of step 2; two processes resume from it to the same bytes
    states = [e["state"] for e in events if e["event"] == "log" and "state" in e]
    assert len(states) == 1 and states[0].endswith("-step00000002-state")
    resumed_dir = tmp_path / "resumed"
    two["saving"] = {**two["saving"], "resume": states[0], "output_dir": str(resumed_dir / "out")}
    code, _, err = finish(launch(resumed_dir, two))
    resumed = list(read_events(resumed_dir / EVENTS_FILE))
    assert code == 0, err[-3000:]
    assert [e["step"] for e in resumed if e["event"] == "metrics"] == [3, 4]
    assert losses_two[2:] == [e["loss"] for e in resumed if e["event"] == "metrics"]
    assert difference_norm(Path(resumed[-1]["outputs"][0]), final) == 0.0


def test_a_state_resumes_only_with_the_same_images_per_step():
    class Accelerator:
        num_processes, process_index, is_main_process, device = 2, 0, True, torch.device("cpu")

    ranks = Ranks(Accelerator())
    cfg = config_from_dict({"dataset": {"train_batch_size": 2}, "launch": {"num_processes": 2}})
    ranks.check_resume({"launch": {"num_processes": 2}, "dataset": {"train_batch_size": 2}}, cfg)
    ranks.check_resume({"dataset": {"train_batch_size": 4}}, cfg)  # 1 x 4 before, 2 x 2 now
    with pytest.raises(JobError, match=r"1 process\(es\) x batch 2 = 2 images per step; this run has 2 x 2"):
        ranks.check_resume({"dataset": {"train_batch_size": 2}}, cfg)


def test_batch_shares():
    class Accelerator:
        num_processes, is_main_process, device = 2, False, torch.device("cpu")

        def __init__(self, index: int) -> None:
            self.process_index = index

    first, second = Ranks(Accelerator(0)), Ranks(Accelerator(1))
    assert first.share(4) == (slice(0, 2), 1.0) and second.share(4) == (slice(2, 4), 1.0)
    assert first.share(3) == (slice(0, 1), 2 / 3) and second.share(3) == (slice(1, 3), 4 / 3)
    assert first.share(1) == (slice(0, 1), 0.0) and second.share(1) == (slice(0, 1), 2.0)  # weights sum to 2


def test_cancel_stops_every_process_with_one_checkpoint(tiny_models, data, tmp_path):
    run_dir = tmp_path / "cancel"
    proc = launch(run_dir, config(tiny_models, data, 2, BATCH, steps=100000))
    events_file = run_dir / EVENTS_FILE
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        if events_file.exists() and any(e["event"] == "metrics" for e in read_events(events_file)):
            break
        time.sleep(0.5)
    assert proc.poll() is None, "the run ended before it could be cancelled"
    os.kill(proc.pid, signal.SIGINT)  # the GUI's cancel: SIGINT to the job's process (the launcher)
    code, _, err = finish(proc, timeout=120)
    names = [e["event"] for e in read_events(events_file)]
    assert names.count("cancelled") == 1 and "error" not in names and "done" not in names, err[-3000:]
    assert names.count("checkpoint") == 1
    assert code != 0


def test_a_crashing_process_ends_the_job_with_its_error(tiny_models, data, tmp_path, monkeypatch):
    monkeypatch.setenv("DANLU_FAULT_CRASH_RANK", "1:2")  # process 1 fails at step 2
    run_dir = tmp_path / "crash"
    code, _, err = finish(launch(run_dir, config(tiny_models, data, 2, BATCH, steps=100000)), timeout=300)
    events = list(read_events(run_dir / EVENTS_FILE))
    errors = [e for e in events if e["event"] == "error"]
    assert code != 0
    assert errors and errors[0]["rank"] == 1 and "Training process 1" in errors[0]["message"], err[-3000:]
    assert "done" not in [e["event"] for e in events]
