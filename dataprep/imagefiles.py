"""Which files count as images, and finding them in a folder."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".webp", ".bmp")


def is_image_file(path: Path, extensions: Iterable[str] = IMAGE_EXTENSIONS) -> bool:
    return path.suffix.lower() in extensions and not path.name.startswith(".")


def list_images(folder: Path, recursive: bool = False, extensions: Iterable[str] = IMAGE_EXTENSIONS) -> list[Path]:
    """Image files under *folder*, sorted by path so every run sees the same order. Hidden folders
    (``.danlu/`` caches among them) are not searched, nor are linked folders (no loops).

    os.scandir rather than Path.glob: listing 10,000 files is on the path to the first painted grid,
    and scandir's cached file types make it ~5× faster."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: not a folder. Pick a folder that holds your images.")
    wanted = {e.lower() for e in extensions}
    found: list[str] = []
    pending = [str(folder)]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    if recursive:
                        pending.append(entry.path)
                elif os.path.splitext(entry.name)[1].lower() in wanted and entry.is_file():
                    found.append(entry.path)
    found.sort(key=lambda p: p.split(os.sep))  # the order Path objects sort in, without building them first
    return [Path(p) for p in found]
