"""The build-layout job as the Folders page follows it: queue it, pass on its result, say how it ended."""

from __future__ import annotations

from typing import Any

from dataprep.project import Project
from desktop.jobs.followed import FollowedJob
from desktop.jobs.project_jobs import write_job
from desktop.jobs.runner import CANCELLED, FAILED, Job, job_argv


class LayoutBuild(FollowedJob):
    """The followed build-layout job."""

    def set_project(self, project: Project | None) -> None:
        """Follow *project*'s build if one runs (it was opened again meanwhile), else none."""
        self.follow_running(project.root if project else None, job_argv("dataprep", "build-layout"))

    def start(self, project: Project, settings: dict[str, Any]) -> Job | str:
        """Queue ``python -m dataprep build-layout`` for *project* with sd-scripts-named *settings*; why not, when
        its settings cannot be written."""
        config = write_job(project, "build-layout", {"project": str(project.root), **settings})
        if isinstance(config, str):
            return config
        return self.follow(self.runner.submit(self.tr("Build folders · {project}").format(project=project.name),
                                              job_argv("dataprep", "build-layout", config), kind="cpu",
                                              cwd=project.root))

    def outcome(self) -> str:
        """How the last build ended, in one sentence (empty while it runs)."""
        job = self.job
        if job is None or job.active:
            return ""
        if job.state == FAILED:
            return self.tr("Build failed: {message} (details on the Jobs page)").format(message=job.message)
        if job.state == CANCELLED:
            return self.tr("Build cancelled; the previous folders are unchanged.")
        data = next((e["data"] for e in reversed(job.events) if e["event"] == "result"), {})
        text = self.tr("Built {folders} folder(s) with {placed} files ({linked} linked, {copied} copied) in {layout}; "
                       "removed {removed} from the previous build.").format(
            folders=len(data.get("folders", [])), placed=data.get("placed", 0), linked=data.get("linked", 0),
            copied=data.get("copied", 0), layout=data.get("layout", ""), removed=data.get("removed", 0))
        warnings = data.get("warnings", [])
        return text + (f" {warnings[0]}" if warnings else "")
