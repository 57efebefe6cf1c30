"""The ``reg`` job as the Regularization page follows it: one at a time, generate or check, with its results."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from dataprep.job_config import write_job_config
from dataprep.project import Project
from desktop.jobs.runner import CANCELLED, FAILED, Job, JobRunner, job_argv
from desktop.pages.regularization_work import JOB

GENERATE, CHECK = "generate", "check"


class RegJob(QObject):
    """``result(data)`` for each result event of the followed job, ``changed()`` on any progress."""

    result = Signal(dict)
    changed = Signal()

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.job: Job | None = None
        self.mode = GENERATE
        self.folder: Path | None = None  # the reg folder it works on
        runner.job_event.connect(self._on_event)
        runner.job_changed.connect(self._on_changed)

    @property
    def active(self) -> bool:
        return self.job is not None and self.job.active

    def start(self, project: Project, config: dict[str, Any], folder: Path, title: str) -> Job:
        """Write *config* as a job config and queue ``python -m training reg`` on the GPU queue."""
        path = write_job_config(project, JOB, config)
        self.mode, self.folder = str(config.get("mode", GENERATE)), folder
        self.job = self.runner.submit(title, job_argv("training", JOB, path), kind="gpu", cwd=project.root)
        self.changed.emit()
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.runner.cancel(self.job.id)

    def forget(self) -> None:
        """Stop following the job (another project); it runs on, on the Jobs page."""
        self.job, self.folder = None, None
        self.changed.emit()

    def _on_event(self, job: Job, event: dict[str, Any]) -> None:
        if job is self.job and event["event"] == "result":
            self.result.emit(event["data"])

    def _on_changed(self, job: Job) -> None:
        if job is self.job:
            self.changed.emit()

    def outcome(self) -> str:
        """How the last job ended, in a sentence (empty while it runs or when there was none)."""
        job = self.job
        if job is None or job.active:
            return ""
        what = "Generation" if self.mode == GENERATE else "Check"
        if job.state == FAILED:
            return f"{what} failed: {job.message} (details on the Jobs page)"
        if job.state == CANCELLED:
            if self.mode == GENERATE:
                return (f"Generation stopped after {job.done} of {job.total} images. The images made are kept: "
                        "Generate again to finish the set.")
            return "Check cancelled."
        warnings = [str(e["message"]) for e in job.events if e["event"] == "warning"]
        if self.mode == GENERATE:
            done = f"Generation done: {job.total} images in the set."
        else:
            data = next((e["data"] for e in reversed(job.events) if e["event"] == "result"), {})
            done = (f"Check done: {data.get('summary', {}).get('images', 0)} images, {len(data.get('flagged', []))} "
                    "flagged.")
        return done + (f" {warnings[0]}" if warnings else "")
