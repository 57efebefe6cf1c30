"""Run folders: where a run's settings, events and outputs live together.

A run lives in ``<project>/runs/<output name>-<time>/`` with its ``run.toml`` (``run_dir = "."``), so its
events.jsonl, checkpoints and TensorBoard logs land beside the settings that made them. The Train page and
``danlu demo`` both write their runs this way.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from training.config import TrainConfig, save_config

RUN_FILE = "run.toml"


def safe_name(text: str) -> str:
    """A file-name-safe version of *text* (letters of any script, digits, '-', '_', '.')."""
    return re.sub(r"[^\w.-]+", "-", text.strip(), flags=re.UNICODE).strip("-.")


def new_run_dir(runs_dir: Path, name: str) -> Path:
    """A fresh ``<name>-<YYYYmmdd-HHMMSS>[-n]`` folder under *runs_dir*."""
    stem = f"{safe_name(name) or 'run'}-{time.strftime('%Y%m%d-%H%M%S')}"
    folder, n = runs_dir / stem, 1
    while folder.exists():
        n += 1
        folder = runs_dir / f"{stem}-{n}"
    folder.mkdir(parents=True)
    return folder


def run_files(runs_dir: Path) -> list[Path]:
    """The ``run.toml`` of every run under *runs_dir*, newest first (none when the folder is missing)."""
    if not runs_dir.is_dir():
        return []
    found = [p / RUN_FILE for p in runs_dir.iterdir() if (p / RUN_FILE).is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def write_run(run_dir: Path, cfg: TrainConfig) -> Path:
    """``run.toml`` of a new run: the settings as given, events and outputs in the run's own folder."""
    cfg.run_dir = "."
    path = run_dir / RUN_FILE
    save_config(path, cfg)
    return path
