"""Config files for jobs the GUI starts: one TOML per run under ``<project>/.danlu/jobs/``.

Each run also gets its own run folder there, so its ``events.jsonl`` can be replayed later.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from dataprep.project import Project
from dataprep.tomlio import save_toml


def jobs_dir(project: Project) -> Path:
    return project.cache_dir / "jobs"


def write_job_config(project: Project, job: str, config: dict[str, Any]) -> Path:
    """Write *config* (plus its ``run_dir``) as ``<job>-<time>-<n>.toml`` and return the file."""
    folder = jobs_dir(project)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    n = 1
    while (folder / f"{job}-{stamp}-{n}.toml").exists():
        n += 1
    name = f"{job}-{stamp}-{n}"
    path = folder / f"{name}.toml"
    save_toml(path, {**config, "run_dir": str(folder / name)})
    return path
