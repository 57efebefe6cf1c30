"""One job a page follows: its result events and progress, as Qt signals the page connects to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.jobs.runner import Job, JobRunner


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

    def _on_event(self, job: Job, event: dict[str, Any]) -> None:
        if job is self.job and event["event"] == "result":
            self.result.emit(event["data"])

    def _on_changed(self, job: Job) -> None:
        if job is self.job:
            self.changed.emit()
