"""The dataprep jobs the Images page queues (import-scan, thumbnails, prepare) and follows: write the
job's TOML, submit it to the runner, pass its events on, sum its progress, say how it ended."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from dataprep.project import Project
from desktop.jobs.followed import running_jobs
from desktop.jobs.project_jobs import write_job
from desktop.jobs.runner import CANCELLED, FAILED, Job, JobRunner, job_argv


class FollowedJobs(QObject):
    """The jobs of one kind this page started: ``event(job, event)`` for each of their events,
    ``changed()`` on any progress or state change, ``finished()`` when the last one ends."""

    event = Signal(object, object)
    changed = Signal()
    finished = Signal()

    def __init__(self, runner: JobRunner, job: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.job_name = job
        self.jobs: list[Job] = []
        runner.job_event.connect(self._on_event)
        runner.job_changed.connect(self._on_changed)

    def start(self, project: Project, title: str, config: dict[str, Any]) -> Job | str:
        """Queue ``python -m dataprep <job> <config.toml>`` for *project*; why not, when its settings cannot be
        written (desktop.jobs.project_jobs)."""
        path = write_job(project, self.job_name, config)
        if isinstance(path, str):
            return path
        job = self.runner.submit(title, job_argv("dataprep", self.job_name, path), kind="cpu", cwd=project.root)
        self.jobs.append(job)
        self.changed.emit()
        return job

    def set_project(self, project: Project | None) -> None:
        """Follow *project*'s running jobs of this kind (none when it was just made); another project's jobs
        run on, on the Jobs page."""
        self.jobs = running_jobs(self.runner, project.root if project else None, job_argv("dataprep", self.job_name))
        self.changed.emit()

    @property
    def active(self) -> bool:
        return any(job.active for job in self.jobs)

    def progress(self) -> tuple[int, int]:
        return sum(j.done for j in self.jobs), sum(j.total for j in self.jobs)

    def cancel(self) -> None:
        for job in self.jobs:
            self.runner.cancel(job.id)

    def outcome(self) -> str:
        """Why the last run did not finish (empty when it did, or while it runs)."""
        if self.active:
            return ""
        failed = [j for j in self.jobs if j.state == FAILED]
        if failed:
            return self.tr("{message} (details on the Jobs page)").format(message=failed[-1].message)
        if any(j.state == CANCELLED for j in self.jobs):
            return self.tr("Cancelled; the next run continues where this one stopped.")
        return ""

    def result(self) -> dict[str, Any]:
        """The data of the last job's ``result`` event."""
        for job in reversed(self.jobs):
            for event in reversed(job.events):
                if event["event"] == "result":
                    return dict(event["data"])
        return {}

    def _on_event(self, job: Job, event: dict[str, Any]) -> None:
        if job in self.jobs:
            self.event.emit(job, event)

    def _on_changed(self, job: Job) -> None:
        if job not in self.jobs:
            return
        self.changed.emit()
        if not self.active:
            self.finished.emit()
