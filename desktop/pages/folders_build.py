"""The build-layout job as the Folders page follows it: queue it, pass on its result, say how it ended."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from dataprep.job_config import write_job_config
from dataprep.project import Project
from desktop.jobs.runner import FAILED, FINISHED, Job, JobRunner, job_argv


class LayoutBuild(QObject):
    """At most one followed build; ``result`` carries the job's result data, ``changed`` any progress."""

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

    def start(self, project: Project, settings: dict[str, Any]) -> Job:
        """Queue ``python -m dataprep build-layout`` for *project* with sd-scripts-named *settings*."""
        config = write_job_config(project, "build-layout", {"project": str(project.root), **settings})
        self.job = self.runner.submit(f"Build folders · {project.name}", job_argv("dataprep", "build-layout", config),
                                      kind="cpu", cwd=project.root)
        self.changed.emit()
        return self.job

    def forget(self) -> None:
        """Stop following the job (another project was opened); it runs on, on the Jobs page."""
        self.job = None

    def _on_event(self, job: Job, event: dict[str, Any]) -> None:
        if job is self.job and event["event"] == "result":
            self.result.emit(event["data"])

    def _on_changed(self, job: Job) -> None:
        if job is self.job:
            self.changed.emit()

    def outcome(self) -> str:
        """How the last build ended, in one sentence (empty while it runs)."""
        job = self.job
        if job is None or job.active:
            return ""
        if job.state == FAILED:
            return f"Build failed: {job.message} (details on the Jobs page)"
        if job.state != FINISHED:
            return f"Build {job.state}; the previous folders are unchanged."
        data = next((e["data"] for e in reversed(job.events) if e["event"] == "result"), {})
        how = f"{data.get('linked', 0)} linked, {data.get('copied', 0)} copied"
        text = (f"Built {len(data.get('folders', []))} folder(s) with {data.get('placed', 0)} files ({how}) in "
                f"{data.get('layout', '')}; removed {data.get('removed', 0)} from the previous build.")
        warnings = data.get("warnings", [])
        return text + (f" {warnings[0]}" if warnings else "")
