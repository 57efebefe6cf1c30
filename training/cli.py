"""``python -m training <job> config.toml``: the jobs that load Stable Diffusion models."""

from __future__ import annotations

from dataprep.jobs import JobSpec, run_job_cli

JOBS: dict[str, JobSpec] = {}


def main(argv: list[str] | None = None) -> int:
    return run_job_cli("python -m training", JOBS, argv)
