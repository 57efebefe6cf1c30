"""Before a page queues a job for a project: its settings file written into the project, or why that cannot be.

A project folder can vanish while it is open (renamed or moved in the file manager, deleted, its drive
unplugged) and a disk can fill up during a session. Writing a job's settings then would build an empty
project skeleton where the folder was, or raise in the middle of a button's click: the pages show these
words in their status line instead and queue nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from dataprep.job_config import jobs_dir, write_job_config
from dataprep.project import Project, is_project


def project_gone(project: Project) -> str:
    """Why *project* can take no job any more (its folder or danlu.toml is gone), else ""."""
    if is_project(project.root):
        return ""
    return QCoreApplication.translate(
        "ProjectJobs",
        "The project folder {folder} is not there any more (moved, renamed or deleted, or its drive unplugged). "
        "Open it again where it is now with File → Open project.").format(folder=project.root)


def write_failed(folder: Path, error: OSError) -> str:
    """A job's files could not be written in *folder*: what happened and what to do."""
    return QCoreApplication.translate(
        "ProjectJobs",
        "Could not write the job's settings in {folder}: {error}. Check that the disk has free space and that "
        "the folder can be written, then try again.").format(folder=folder, error=error.strerror or error)


def write_job(project: Project, job: str, config: dict[str, Any]) -> Path | str:
    """The job's settings file (dataprep.job_config), or the words to show when it cannot be written."""
    gone = project_gone(project)
    if gone:
        return gone
    try:
        return write_job_config(project, job, config)
    except OSError as exc:
        return write_failed(jobs_dir(project), exc)
