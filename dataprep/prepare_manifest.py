"""The prepare job's manifest in its output folder: what earlier runs wrote from which source with which
settings, so a re-run skips images that did not change and removes the outputs no longer wanted."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dataprep.buckets import Size
from dataprep.fsutil import atomic_write_text
from dataprep.masks import find_mask, mask_path_for

MANIFEST_FILE = ".danlu-prepare.json"
MANIFEST_FORMAT = 1


def load_manifest(output_dir: Path) -> dict[str, dict[str, Any]]:
    """What earlier runs wrote: output name → source, its size and mtime, the recipe, the output size."""
    try:
        data = json.loads((output_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
        entries = data["entries"] if data.get("format_version") == MANIFEST_FORMAT else {}
        return {k: v for k, v in entries.items() if isinstance(v, dict)}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}  # no manifest or a damaged one: everything is simply prepared again


def save_manifest(output_dir: Path, entries: dict[str, dict[str, Any]]) -> None:
    atomic_write_text(output_dir / MANIFEST_FILE, json.dumps({"format_version": MANIFEST_FORMAT, "entries": entries}))


def source_stamp(path: Path) -> dict[str, int]:
    """Size and modification time of a source file: a change means its output must be made again."""
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _mask_stamp(source: Path) -> dict[str, int] | None:
    mask = find_mask(source, None)
    return source_stamp(mask) if mask is not None else None


def is_done(entry: dict[str, Any] | None, source: str, output: str, recipe: str) -> bool:
    """Whether the output of *source* from an earlier run is still right: same source file, unchanged,
    same settings and crop, output still there with the size it was written with, and the same mask
    beside the original (one added, changed or removed since re-renders the image)."""
    if not entry or entry.get("source") != source or entry.get("recipe") != recipe:
        return False
    try:
        out = Path(output).stat()
        return (source_stamp(Path(source)) == entry.get("stamp") and out.st_size == entry.get("output_size")
                and _mask_stamp(Path(source)) == entry.get("mask"))
    except OSError:
        return False


def prune(output_dir: Path, manifest: dict[str, dict[str, Any]], wanted: set[str]) -> list[str]:
    """Delete images an earlier run wrote that are no longer in the set (excluded, removed, or written
    under another format), with the masks it wrote beside them. Their captions stay: they may hold the
    user's edits."""
    removed = []
    for rel in sorted(set(manifest) - wanted):
        (output_dir / rel).unlink(missing_ok=True)
        if manifest[rel].get("mask"):
            mask_path_for(output_dir / rel).unlink(missing_ok=True)
        del manifest[rel]
        removed.append(rel)
    return removed


def manifest_sizes(manifest: dict[str, dict[str, Any]]) -> list[Size]:
    """The output sizes the manifest records."""
    return [(int(e["size"][0]), int(e["size"][1])) for e in manifest.values() if len(e.get("size", ())) == 2]
