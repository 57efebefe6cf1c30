"""Starting a run from the Train page: the project's defaults, the step count before launch, the command line.

The run folder itself (``runs/<output name>-<time>/run.toml``) is training.run_folders'.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dataprep.layout import IMG_DIR, REG_DIR
from dataprep.project import Project
from dataprep.steps import Subset, project_subsets
from dataprep.tomlio import ConfigFileError, load_toml
from desktop.jobs.runner import job_argv
from desktop.pages.folders_work import count_steps
from training.config import TrainConfig, config_from_dict, config_to_dict
from training.launch import train_command
from training.run_folders import safe_name

FORM_FILE = "train-settings.toml"  # the form as last edited, per project, in .danlu/


def train_argv(run_toml: Path) -> list[str]:
    """The run's command line: through ``accelerate launch`` when its launch settings ask for more than one process.

    A run.toml that cannot be read starts the plain job, which reports the problem as its error.
    """
    try:
        cfg = config_from_dict(load_toml(run_toml), str(run_toml))
    except ConfigFileError:
        return job_argv("training", "train", run_toml)
    return train_command(cfg, run_toml)


def form_file(project: Project) -> Path:
    return project.cache_dir / FORM_FILE


def project_defaults(project: Project, cfg: TrainConfig) -> TrainConfig:
    """*cfg* with the project's folders and name where it has none: what a new run of this project uses."""
    if not cfg.dataset.train_data_dir:
        cfg.dataset.train_data_dir = str(project.train_dir / IMG_DIR)
    if cfg.dataset.reg_data_dir is None and any(c.reg_source for c in project.concepts):
        cfg.dataset.reg_data_dir = str(project.train_dir / REG_DIR)
    if cfg.saving.output_name == TrainConfig().saving.output_name:
        cfg.saving.output_name = safe_name(project.name) or cfg.saving.output_name
    return cfg


def flat_settings(cfg: TrainConfig) -> dict[str, Any]:
    """All settings under their sd-scripts names (what the step calculator and the Folders page speak)."""
    return {name: value for table in config_to_dict(cfg).values() if isinstance(table, dict)
            for name, value in table.items()}


def uses_project_layout(project: Project, cfg: TrainConfig) -> bool:
    return Path(cfg.dataset.train_data_dir).expanduser() == project.train_dir / IMG_DIR


def read_subsets(project: Project) -> list[Subset] | str:
    """The project's layout folders with their image sizes (a pool thread), or why they cannot be read."""
    try:
        return project_subsets(project)
    except (ValueError, OSError) as exc:
        return str(exc)


def steps_for(subsets: list[Subset], cfg: TrainConfig) -> dict[str, Any] | str:
    """The step breakdown of *cfg* over the project's folders, as sd-scripts counts it (reg only if set)."""
    used = subsets if cfg.dataset.reg_data_dir else [s for s in subsets if not s.is_reg]
    return count_steps(used, flat_settings(cfg))
