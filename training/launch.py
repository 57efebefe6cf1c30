"""The command line that starts a training run: plain ``python -m training train``, or through ``accelerate launch``.

One process needs no launcher. More processes (or machines, or chosen GPUs, or extra launcher options)
go through accelerate's own launcher, run with the same interpreter as Danlu (``python -m
accelerate.commands.launch``, so no ``accelerate`` script has to be on PATH). Several processes use
``--multi_gpu``: that is what makes accelerate start them with torch's elastic launcher; on a machine
without CUDA the processes then train on the CPU over gloo (``--cpu`` would start one process only).
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from training.config import TrainConfig

LAUNCHER_MODULE = "accelerate.commands.launch"


def uses_launcher(cfg: TrainConfig) -> bool:
    """Whether the run needs ``accelerate launch`` (anything beyond one process on the default GPU)."""
    launch = cfg.launch
    return (
        launch.num_processes > 1
        or launch.num_machines > 1
        or bool(launch.gpu_ids.strip())
        or bool(launch.extra_accelerate_launch_args.strip())
    )


def launcher_args(cfg: TrainConfig) -> list[str]:
    """``accelerate launch`` options for *cfg* (all given, so accelerate warns about no defaults)."""
    launch = cfg.launch
    args = ["--num_processes", str(launch.num_processes), "--num_machines", str(launch.num_machines)]
    if launch.num_processes > 1 or launch.num_machines > 1:
        args.append("--multi_gpu")
    if launch.gpu_ids.strip():
        args += ["--gpu_ids", launch.gpu_ids.replace(" ", "")]
    if launch.main_process_port is not None:
        args += ["--main_process_port", str(launch.main_process_port)]
    args += ["--mixed_precision", cfg.precision.mixed_precision, "--dynamo_backend", launch.dynamo_backend]
    return args + shlex.split(launch.extra_accelerate_launch_args)


def train_command(cfg: TrainConfig, run_toml: Path | str, python: str = sys.executable) -> list[str]:
    """The argv that trains *run_toml* (whose settings are *cfg*)."""
    job = ["-m", "training", "train", os.fspath(run_toml)]
    if not uses_launcher(cfg):
        return [python, *job]
    return [python, "-m", LAUNCHER_MODULE, *launcher_args(cfg), *job]
