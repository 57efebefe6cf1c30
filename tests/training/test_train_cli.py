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


def _cli_outcome(args: list[str]) -> dict:
    """Run ``training.cli.main(args)`` in a fresh interpreter: its exit code and whether PyTorch got imported."""
    code = ("import json, sys\nfrom training.cli import main\ntry:\n    rc = main(sys.argv[1:])\n"
            "except SystemExit as exc:\n    rc = exc.code\n"
            "print(json.dumps({'rc': rc, 'torch': 'torch' in sys.modules}), file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300)
    return {**json.loads(proc.stderr.strip().splitlines()[-1]), "out": proc.stdout}


def test_help_and_a_mistyped_job_answer_without_importing_pytorch():
    """`danlu training --help` took seconds (every job module imports torch); the jobs load only when one runs."""
    shown = _cli_outcome(["--help"])
    assert shown["rc"] == 0 and not shown["torch"] and "train" in shown["out"]
    assert _cli_outcome(["trian", "run.toml"]) == {"rc": 2, "torch": False, "out": ""}
    assert _cli_outcome(["fit", "--help"])["out"].count("--vram") >= 1  # a job's own options still show


def test_jobs_are_the_job_functions():
    from training.cli import JOBS
    from training.train_job import train_job

    assert JOBS["train"].func is train_job and JOBS["fit"].options is not None
