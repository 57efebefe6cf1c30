"""``python -m training <job> config.toml``: the jobs that load Stable Diffusion models.

The job modules import PyTorch and diffusers (seconds); they are imported when a job runs, so ``--help``
and a mistyped job name answer at once. ``JOBS`` (imported on first use) holds the job functions themselves.
"""

from __future__ import annotations

import argparse
import importlib
from typing import Any

from dataprep.jobs import JobContext, JobSpec, run_job_cli

# job name -> (module, function, help, the function adding its own command-line options or "")
_TABLE: dict[str, tuple[str, str, str, str]] = {
    "demo-models": ("training.demo_models", "demo_models_job",
                    "build the tiny demo models (random weights) the demo project uses", ""),
    "doctor": ("training.doctor", "doctor_job", "report Python, PyTorch, GPU and library status as a result event",
               ""),
    "fit": ("training.fit_job", "fit_job", "estimate the run's peak VRAM (no weights loaded), compare it with the "
            "GPU's free memory or --vram GB, and propose the cheapest memory savings that fit", "fit_options"),
    "grid": ("training.grid_job", "grid_job", "render a checkpoint comparison grid (cached cells), with CLIP scores",
             ""),
    "reg": ("training.reg_job", "reg_job", "generate a regularization set into reg/ (resumable), or check it with CLIP",
            ""),
    "train": ("training.train_job", "train_job",
              "train a LoRA from run.toml (SD 1.x / 2.x), streaming metrics and checkpoints", ""),
}


def _attribute(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


def _deferred(name: str) -> JobSpec:
    """The job *name* with its module imported only when it runs (or when its options are asked for)."""
    module, func, help_text, options = _TABLE[name]

    def run(ctx: JobContext) -> list[str]:
        return _attribute(module, func)(ctx)

    def add_options(parser: argparse.ArgumentParser) -> None:
        _attribute(module, options)(parser)

    return JobSpec(run, help_text, add_options if options else None)


def __getattr__(name: str) -> Any:
    if name == "JOBS":  # the job functions themselves (imports every job module)
        jobs = {job: JobSpec(_attribute(module, func), help_text, _attribute(module, options) if options else None)
                for job, (module, func, help_text, options) in _TABLE.items()}
        globals()["JOBS"] = jobs
        return jobs
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main(argv: list[str] | None = None) -> int:
    return run_job_cli("python -m training", {name: _deferred(name) for name in _TABLE}, argv)
