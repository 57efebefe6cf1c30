"""``danlu doctor``'s look at storage: the models in the Hugging Face cache, its size, and free disk space."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from pathlib import Path
from typing import Any

from training.doctor_probes import gib


def model_info(cache: Path) -> dict[str, list[str]]:
    """Models in the Hugging Face cache: complete captioning models, and Stable Diffusion pipelines."""
    from dataprep.model_registry import list_cached_models

    cached = list_cached_models(cache)
    return {
        "captioners": [m.repo_id for m in cached if m.spec is not None and m.complete],
        "base_models": [m.repo_id for m in cached if any(m.path.glob("snapshots/*/model_index.json"))],
    }


def hf_cache_dir() -> Path:
    try:
        from huggingface_hub import constants

        return Path(constants.HF_HUB_CACHE)
    except ImportError:
        home = os.environ.get("HF_HOME", os.path.join(os.path.expanduser("~"), ".cache", "huggingface"))
        return Path(os.environ.get("HF_HUB_CACHE", os.path.join(home, "hub")))


def tree_size(root: Path) -> int:
    """Bytes in regular files under *root*; the HF cache's snapshot symlinks are not counted twice."""
    total = 0
    for folder, _dirs, files in os.walk(root):
        for name in files:
            with contextlib.suppress(OSError):
                st = os.lstat(os.path.join(folder, name))
                if stat.S_ISREG(st.st_mode):
                    total += st.st_size
    return total


def _existing_ancestor(path: Path) -> Path:
    path = path.expanduser().absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def disk_info(places: dict[str, Path]) -> list[dict[str, Any]]:
    """Free space for each place, one entry per file system."""
    seen: set[int] = set()
    disks = []
    for label, place in places.items():
        existing = _existing_ancestor(place)
        try:
            device = existing.stat().st_dev
            usage = shutil.disk_usage(existing)
        except OSError:
            continue
        if device in seen:
            continue
        seen.add(device)
        disks.append({"label": label, "path": str(place), "free_gib": gib(usage.free), "total_gib": gib(usage.total)})
    return disks
