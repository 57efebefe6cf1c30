"""``python -m training <job> config.toml``: the jobs that load Stable Diffusion models."""

from __future__ import annotations

from dataprep.jobs import JobSpec, run_job_cli
from training.doctor import doctor_job

JOBS: dict[str, JobSpec] = {
    "doctor": JobSpec(doctor_job, "report Python, PyTorch, GPU and library status as a result event"),
}


def main(argv: list[str] | None = None) -> int:
    return run_job_cli("python -m training", JOBS, argv)
