"""One job a page follows: its result events and progress, as Qt signals the page connects to."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.jobs.runner import Job, JobRunner


def running_jobs(runner: JobRunner, root: Path | None, command: list[str]) -> list[Job]:
    """The queued or running jobs of the project in *root* whose command line starts with *command*: a page
    follows them again when that project is opened again, so it cannot start a second run into the folder the
    first one writes."""
    return [j for j in runner.jobs() if root is not None and j.active and j.cwd == root
            and j.argv[:len(command)] == command]


class FollowedJob(QObject):
    """At most one followed job; ``result(data)`` for each of its result events, ``changed()`` on any progress.

    Forgetting a job (another project was opened) does not stop it: it runs on, on the Jobs page."""

    result = Signal(dict)
    changed = Signal()

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.job: Job | None = None
        runner.job_event.connect(self._on_event)
        runner.job_changed.connect(self._on_changed)

    @property
    def active(self) -> bool:
        return self.job is not None and self.job.active

    def follow(self, job: Job) -> Job:
        self.job = job
        self.changed.emit()
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.runner.cancel(self.job.id)

    def forget(self) -> None:
        self.job = None
        self.changed.emit()

    def follow_running(self, root: Path | None, command: list[str]) -> None:
        """Follow the project's running job of this kind, if any (see :func:`running_jobs`), else none."""
        self.job = next(reversed(running_jobs(self.runner, root, command)), None)
        self.changed.emit()

    def _on_event(self, job: Job, event: dict[str, Any]) -> None:
        if job is self.job and event["event"] == "result":
            self.result.emit(event["data"])

    def _on_changed(self, job: Job) -> None:
        if job is self.job:
            self.changed.emit()
