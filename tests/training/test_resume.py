"""Save state / resume: a run killed and resumed ends with the same bytes as one that never stopped."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import torch
from trainkit import Run, base_config, make_images, run_training

from dataprep.events import EVENTS_FILE, Emitter, read_events
from dataprep.jobs import JobContext, JobError, execute
from dataprep.tomlio import save_toml
from training.train_state import FAULT_KILL_ENV, STATE_FILE, load_state

STEPS = 8  # 3 images x 2 repeats, batch 2: 3 batches per epoch, so step 4 is inside epoch 2


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("resume")
    make_images(root / "img" / "2_shs thing", 3, seed=1)
    return root / "img"


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # reproducible file metadata


def config(tiny_models, data: Path, **saving: Any) -> dict[str, Any]:
    return base_config(
        tiny_models.sd1,
        data,
        dataset={"shuffle_caption": True, "flip_aug": True},
        schedule={"max_train_steps": STEPS, "seed": 3, "lr_scheduler": "cosine"},
        saving={"save_every_n_steps": 2, "save_state": True, **saving},
        logging={"loss_average_window": 3, "logging_dir": ""},
    )


@pytest.fixture(scope="module")
def straight(tiny_models, data, tmp_path_factory) -> Run:
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    run = run_training(tmp_path_factory.mktemp("straight"), config(tiny_models, data))
    del os.environ["SOURCE_DATE_EPOCH"]
    assert run.code == 0, run.of("error")
    return run


def spawn(run_dir: Path, cfg: dict[str, Any], **env: str) -> subprocess.Popen[str]:
    """The train job as the GUI starts it, with this process's thread count (same float rounding)."""
    save_toml(run_dir / "run.toml", {"run_dir": ".", **cfg})
    return subprocess.Popen(
        [sys.executable, "-m", "training", "train", str(run_dir / "run.toml"), "--no-stdin"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "OMP_NUM_THREADS": str(torch.get_num_threads()), **env},
    )


def resume_in_process(run_dir: Path, cfg: dict[str, Any]) -> Run:
    """The resumed run, appending to the run folder's events.jsonl as a job started by the GUI does."""
    from accelerate.state import AcceleratorState

    from training.train_job import train_job

    AcceleratorState._reset_state(reset_partial_state=True)
    save_toml(run_dir / "run.toml", {"run_dir": ".", **cfg})
    stream = io.StringIO()
    ctx = JobContext("train", cfg, run_dir / "run.toml", Emitter(run_dir=run_dir, stream=stream), run_dir)
    code = execute(ctx, train_job, listen_stdin=False)
    return Run(run_dir, code, [json.loads(line) for line in stream.getvalue().splitlines()])


def state_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["event"] == "log" and "state" in e]


def curve(events: list[dict[str, Any]]) -> list[tuple[int, float, float]]:
    return [(e["step"], e["loss"], e["loss_avg"]) for e in events if e["event"] == "metrics"]


def test_kill_9_after_a_state_save_then_resume_gives_the_same_bytes(tiny_models, data, straight, tmp_path):
    run_dir = tmp_path / "run"
    proc = spawn(run_dir, config(tiny_models, data))
    assert proc.stdout is not None
    state = None
    for line in proc.stdout:
        event = json.loads(line)
        if event["event"] == "log" and event.get("state") and event["step"] == STEPS // 2:
            proc.kill()  # SIGKILL: no handler, no cleanup
            state = event["state"]
            break
        assert event["event"] not in ("error", "done"), event
    proc.stdout.close()
    assert proc.wait(timeout=60) == -9 and state is not None
    resumed = resume_in_process(run_dir, config(tiny_models, data, resume=state))
    assert resumed.code == 0, resumed.of("error")
    assert resumed.final.read_bytes() == straight.final.read_bytes()
    resume_log = [e for e in resumed.of("log") if "resumed_from" in e]
    assert resume_log and resume_log[0]["step"] == STEPS // 2
    # events.jsonl: the killed run's steps up to the state, then the resumed run's, the same numbers as straight
    segments: list[list[dict[str, Any]]] = []
    for event in read_events(run_dir / EVENTS_FILE):
        if event["event"] == "start":
            segments.append([])
        segments[-1].append(event)
    assert len(segments) == 2
    killed, again = curve(segments[0]), curve(segments[1])
    expected = curve(straight.events)
    assert [s for s, *_ in again] == list(range(STEPS // 2 + 1, STEPS + 1))
    assert killed[: STEPS // 2] + again == expected
    assert killed == expected[: len(killed)]  # steps the killed run made past the state were the same too
    checkpoints = [e["step"] for e in segments[1] if e["event"] == "checkpoint"]
    assert checkpoints == [6, STEPS]


def test_kill_during_a_state_save_leaves_the_previous_state_usable(tiny_models, data, straight, tmp_path):
    run_dir = tmp_path / "run"
    proc = spawn(run_dir, config(tiny_models, data), **{FAULT_KILL_ENV: "6"})
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == -9
    saved = [json.loads(line)["state"] for line in out.splitlines() if '"state"' in line]
    assert [Path(p).name for p in saved] == ["lora-step00000002-state", "lora-step00000004-state"]
    assert not (run_dir / "lora-step00000006-state").exists()
    torn = list(run_dir.glob(".lora-step00000006-state.tmp-*"))
    assert len(torn) == 1 and not (torn[0] / STATE_FILE).exists()  # the kill hit mid-save
    previous = load_state(Path(saved[-1]))
    assert previous.point.step == 4 and previous.point.epoch == 2 and previous.point.batch == 1
    resumed = resume_in_process(run_dir, config(tiny_models, data, resume=saved[-1]))
    assert resumed.code == 0, resumed.of("error")
    assert resumed.final.read_bytes() == straight.final.read_bytes()
    assert not list(run_dir.glob(".*.tmp-*"))  # the torn save was cleaned up


class CancelAtStep(io.StringIO):
    """An event stream that cancels the job (as SIGINT does) once a given step's metrics arrive."""

    def __init__(self, step: int) -> None:
        super().__init__()
        self.step = step
        self.ctx: JobContext | None = None

    def write(self, text: str) -> int:
        if self.ctx is not None and '"event": "metrics", "time"' in text and json.loads(text)["step"] == self.step:
            self.ctx.cancel_event.set()
        return super().write(text)


def test_cancel_saves_a_state_that_resumes_exactly(tiny_models, data, straight, tmp_path):
    from accelerate.state import AcceleratorState

    from training.train_job import train_job

    AcceleratorState._reset_state(reset_partial_state=True)
    cfg = config(tiny_models, data)
    save_toml(tmp_path / "run.toml", cfg)
    stream = CancelAtStep(3)  # between two state saves
    ctx = JobContext("train", cfg, tmp_path / "run.toml", Emitter(stream=stream), None)
    stream.ctx = ctx
    assert execute(ctx, train_job, listen_stdin=False) == 130
    events = [json.loads(line) for line in stream.getvalue().splitlines()]
    state = state_events(events)[-1]
    assert state["step"] == 3 and Path(state["state"]).name == "lora-step00000003-state"
    resumed = run_training(tmp_path / "again", config(tiny_models, data, resume=state["state"]))
    assert resumed.code == 0, resumed.of("error")
    assert resumed.final.read_bytes() == straight.final.read_bytes()


def test_state_rotation_and_state_at_the_end(tiny_models, data, tmp_path):
    cfg = config(tiny_models, data, save_every_n_steps=1, save_last_n_steps_state=1, save_state_on_train_end=True)
    cfg["saving"].update(save_every_n_epochs=1, save_last_n_epochs_state=1)
    cfg["schedule"].update(max_train_epochs=2)  # 6 steps; epoch 2 is the last, so no epoch save there
    run = run_training(tmp_path, cfg)
    assert run.code == 0, run.of("error")
    names = [Path(e["state"]).name for e in state_events(run.events)]
    assert names == [
        *(f"lora-step0000000{i}-state" for i in (1, 2, 3)),
        "lora-000001-state",
        *(f"lora-step0000000{i}-state" for i in (4, 5)),
        "lora-state",
    ]
    assert sorted(p.name for p in tmp_path.glob("*-state")) == [
        "lora-000001-state",
        "lora-state",
        "lora-step00000005-state",
    ]
    assert load_state(tmp_path / "lora-state").point.step == 6
    epoch_end = load_state(tmp_path / "lora-000001-state").point
    assert (epoch_end.epoch, epoch_end.batch, epoch_end.step) == (2, 0, 3)  # epoch 1 is done, epoch 2 comes next
    assert len(list(tmp_path.glob("lora-step*.safetensors"))) == 5  # LoRA files keep their own rule (none set)


def test_resume_needs_a_state_folder_not_a_lora(tiny_models, data, straight, tmp_path):
    lora = run_training(tmp_path / "a", config(tiny_models, data, resume=str(straight.final)))
    error = lora.of("error")[0]
    assert lora.code == 1 and "not a LoRA file" in error["message"] and "network_weights" in error["hint"]
    missing = run_training(tmp_path / "b", config(tiny_models, data, resume=str(tmp_path / "nowhere")))
    assert "training state folder not found" in missing.of("error")[0]["message"]
    with pytest.raises(JobError, match="not a complete training state"):
        load_state(tmp_path)


def test_a_damaged_state_or_another_optimizer_is_refused_before_training(tiny_models, data, straight, tmp_path):
    import shutil

    saved = Path(next(e["state"] for e in state_events(straight.events) if e["step"] == 2))
    for name in ("network.safetensors", "rng.safetensors"):  # torn by an interrupted copy
        torn = tmp_path / f"torn-{name}"
        shutil.copytree(saved, torn)
        data_bytes = (torn / name).read_bytes()
        (torn / name).write_bytes(data_bytes[: len(data_bytes) // 2])
        with pytest.raises(JobError, match=f"torn-{name}: the training state cannot be read") as caught:
            load_state(torn)
        assert caught.value.kind == "io"
    (torn / STATE_FILE).write_text("[]", encoding="utf-8")
    with pytest.raises(JobError, match="the training state cannot be read"):
        load_state(torn)
    lion = config(tiny_models, data, resume=str(saved))
    lion["optimizer"]["optimizer_type"] = "Lion"  # AdamW's moments would load, then fail at the first step
    run = run_training(tmp_path / "lion", lion)
    error = run.of("error")[0]
    assert run.code == 1 and not run.of("metrics") and not run.of("checkpoint")
    assert error["kind"] == "config" and "saved by the AdamW optimizer; this run uses Lion" in error["message"]
