"""Which files count as images, and finding them in a folder."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".webp", ".bmp")


def is_image_file(path: Path, extensions: Iterable[str] = IMAGE_EXTENSIONS) -> bool:
    return path.suffix.lower() in extensions and not path.name.startswith(".")


def list_images(folder: Path, recursive: bool = False, extensions: Iterable[str] = IMAGE_EXTENSIONS) -> list[Path]:
    """Image files under *folder*, sorted by path so every run sees the same order. Hidden folders
    (``.danlu/`` caches among them) are not searched."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: not a folder. Pick a folder that holds your images.")
    extensions = tuple(extensions)
    pattern = folder.rglob("*") if recursive else folder.glob("*")
    return sorted(p for p in pattern if p.is_file() and is_image_file(p, extensions)
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts[:-1]))
