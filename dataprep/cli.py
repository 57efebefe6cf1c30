"""``python -m dataprep <job> config.toml``: the dataprep jobs."""

from __future__ import annotations

from dataprep.caption_job import caption_job
from dataprep.import_scan import import_scan_job
from dataprep.jobs import JobSpec, run_job_cli
from dataprep.layout_job import build_layout_job
from dataprep.model_download_job import download_model_job
from dataprep.prepare import prepare_job
from dataprep.thumbnails import thumbnails_job

JOBS: dict[str, JobSpec] = {
    "thumbnails": JobSpec(thumbnails_job, "build the thumbnail cache of an image folder"),
    "import-scan": JobSpec(import_scan_job, "check source images (unreadable files, blur, size, duplicates)"),
    "prepare": JobSpec(prepare_job, "crop and resize the source images into the prepared training set"),
    "build-layout": JobSpec(build_layout_job, "check a project's concepts and build its train/ repeats folders"),
    "caption": JobSpec(caption_job, "caption images with a WD tagger or BLIP and write their caption files"),
    "download-model": JobSpec(download_model_job, "download a captioning model into the Hugging Face cache"),
}


def main(argv: list[str] | None = None) -> int:
    return run_job_cli("python -m dataprep", JOBS, argv)
