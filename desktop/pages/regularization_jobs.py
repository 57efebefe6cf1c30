"""The ``reg`` job as the Regularization page follows it: one at a time, generate or check, with its results."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from dataprep.project import Project
from desktop.jobs.followed import FollowedJob
from desktop.jobs.project_jobs import write_job
from desktop.jobs.runner import CANCELLED, FAILED, Job, JobRunner, job_argv
from desktop.pages.regularization_work import JOB
from desktop.widgets.phrase_text import event_text

GENERATE, CHECK = "generate", "check"


class RegJob(FollowedJob):
    """The followed ``reg`` job, in generate or check mode, and the reg folder it works on."""

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(runner, parent)
        self.mode = GENERATE
        self.folder: Path | None = None
        self._started: dict[int, tuple[str, Path]] = {}  # job id -> its mode and folder, for following it again

    def start(self, project: Project, config: dict[str, Any], folder: Path, title: str) -> Job | str:
        """Write *config* as a job config and queue ``python -m training reg`` on the GPU queue; why not, when the
        config cannot be written."""
        path = write_job(project, JOB, config)
        if isinstance(path, str):
            return path
        self.mode, self.folder = str(config.get("mode", GENERATE)), folder
        job = self.follow(self.runner.submit(title, job_argv("training", JOB, path), kind="gpu", cwd=project.root))
        self._started[job.id] = (self.mode, folder)
        return job

    def set_project(self, project: Project | None) -> None:
        """Follow *project*'s reg job if one is queued or running (the project was opened again meanwhile), so no
        second one is started into its folder; another project's job runs on, on the Jobs page."""
        self.follow_running(project.root if project else None, job_argv("training", JOB))
        self.mode, self.folder = self._started.get(self.job.id, (GENERATE, None)) if self.job else (GENERATE, None)
        self.changed.emit()

    def forget(self) -> None:
        self.folder = None
        super().forget()

    def outcome(self) -> str:
        """How the last job ended, in a sentence (empty while it runs or when there was none)."""
        job = self.job
        if job is None or job.active:
            return ""
        generate = self.mode == GENERATE
        if job.state == FAILED:
            text = (self.tr("Generation failed: {error} (details on the Jobs page)") if generate else
                    self.tr("Check failed: {error} (details on the Jobs page)"))
            return text.format(error=job.message)
        if job.state == CANCELLED:
            if generate:
                return self.tr("Generation stopped after {done} of {total} images. The images made are kept: "
                               "Generate again to finish the set.").format(done=job.done, total=job.total)
            return self.tr("Check cancelled.")
        warnings = [event_text(e, "message") for e in job.events if e["event"] == "warning"]
        if generate:
            done = self.tr("Generation done: {n} images in the set.").format(n=job.total)
        else:
            data = next((e["data"] for e in reversed(job.events) if e["event"] == "result"), {})
            done = self.tr("Check done: {n} images, {flagged} flagged.").format(
                n=data.get("summary", {}).get("images", 0), flagged=len(data.get("flagged", [])))
        return done + (f" {warnings[0]}" if warnings else "")
