"""Thumbnails for the image grids: QImages decoded on the thread pool from dataprep's thumbnail cache.

The GUI thread never decodes an original; it only turns small cached JPEGs into pixmaps.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from dataprep.thumbnails import DEFAULT_SIZE, thumbnail_path
from desktop.background import run_in_background


def _read_cached(image: Path, cache_dir: Path, size: int) -> QImage | None:
    try:
        thumb = thumbnail_path(cache_dir, image, size)
    except OSError:  # the original was moved or deleted meanwhile
        return None
    return _read(thumb)


def _read(thumb: Path) -> QImage | None:
    if not thumb.is_file():
        return None
    image = QImage(str(thumb))
    return None if image.isNull() else image


class ThumbnailLoader(QObject):
    """``loaded(image_path, qimage)`` for each thumbnail found; nothing when there is none yet."""

    loaded = Signal(str, QImage)

    def __init__(self, parent: QObject | None = None, size: int = DEFAULT_SIZE) -> None:
        super().__init__(parent)
        self.size = size

    def load_cached(self, image: Path, cache_dir: Path) -> None:
        """Look for *image*'s thumbnail in *cache_dir* (the key needs a stat: also off the GUI thread)."""
        size = self.size
        run_in_background(lambda: _read_cached(image, cache_dir, size), lambda q: self._deliver(image, q), self)

    def load_file(self, image: Path, thumbnail: Path) -> None:
        """Load a thumbnail a job has just written."""
        run_in_background(lambda: _read(thumbnail), lambda q: self._deliver(image, q), self)

    def _deliver(self, image: Path, qimage: QImage | None) -> None:
        if qimage is not None:
            self.loaded.emit(str(image), qimage)
