"""The train job as the GUI runs it: a child process, cancelled with SIGINT."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from safetensors import safe_open
from trainkit import base_config

from dataprep.tomlio import save_toml


def test_sigint_saves_a_checkpoint_and_ends_cancelled(tiny_models, dataset_dir, tmp_path):
    run_dir = tmp_path / "run"
    config = base_config(tiny_models.sd1, dataset_dir / "img", schedule={"max_train_steps": 100000, "seed": 3})
    save_toml(run_dir / "run.toml", {"run_dir": ".", **config})
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "training", "train", str(run_dir / "run.toml"), "--no-stdin"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    events = []
    assert proc.stdout is not None
    for line in proc.stdout:
        events.append(json.loads(line))
        if events[-1]["event"] == "metrics" and events[-1]["step"] == 2:
            proc.send_signal(signal.SIGINT)
            break
        if events[-1]["event"] in ("error", "done"):
            break
    events += [json.loads(line) for line in proc.stdout]
    assert proc.wait(timeout=120) == 130
    names = [e["event"] for e in events]
    assert names[-1] == "cancelled" and "error" not in names
    checkpoint = [e for e in events if e["event"] == "checkpoint"][-1]
    assert checkpoint["reason"] == "cancel" and checkpoint["step"] >= 2
    with safe_open(checkpoint["path"], framework="pt") as fh:
        assert fh.metadata()["ss_steps"] == str(checkpoint["step"])
    replay = [json.loads(line)["event"] for line in (run_dir / "events.jsonl").read_text().splitlines()]
    assert replay[-1] == "cancelled"  # events.jsonl in the run folder, for the GUI to re-attach
    assert Path(checkpoint["path"]).parent == run_dir
