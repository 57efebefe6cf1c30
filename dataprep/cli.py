"""``python -m dataprep <job> config.toml``: the dataprep jobs."""

from __future__ import annotations

from dataprep.jobs import JobSpec, run_job_cli
from dataprep.thumbnails import thumbnails_job

JOBS: dict[str, JobSpec] = {
    "thumbnails": JobSpec(thumbnails_job, "build the thumbnail cache of an image folder"),
}


def main(argv: list[str] | None = None) -> int:
    return run_job_cli("python -m dataprep", JOBS, argv)
