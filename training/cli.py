"""``python -m training <job> config.toml``: the jobs that load Stable Diffusion models."""

from __future__ import annotations

from dataprep.jobs import JobSpec, run_job_cli
from training.demo_models import demo_models_job
from training.doctor import doctor_job
from training.fit_job import fit_job, fit_options
from training.grid_job import grid_job
from training.reg_job import reg_job
from training.train_job import train_job

JOBS: dict[str, JobSpec] = {
    "demo-models": JobSpec(demo_models_job, "build the tiny demo models (random weights) the demo project uses"),
    "doctor": JobSpec(doctor_job, "report Python, PyTorch, GPU and library status as a result event"),
    "fit": JobSpec(fit_job, "estimate the run's peak VRAM (no weights loaded), compare it with the GPU's free "
                   "memory or --vram GB, and propose the cheapest memory savings that fit", fit_options),
    "grid": JobSpec(grid_job, "render a checkpoint comparison grid (cached cells), with CLIP scores"),
    "reg": JobSpec(reg_job, "generate a regularization set into reg/ (resumable), or check it with CLIP"),
    "train": JobSpec(train_job, "train a LoRA from run.toml (SD 1.x / 2.x), streaming metrics and checkpoints"),
}


def main(argv: list[str] | None = None) -> int:
    return run_job_cli("python -m training", JOBS, argv)
