"""Whole pictures for the viewer and the crop editor, decoded on the thread pool the way prepare reads
them (upright, flattened, sRGB) so what the user crops is what prepare cuts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QImage

from dataprep.buckets import Size
from dataprep.image_import import ImageReadError, load_image
from desktop.background import run_in_background


@dataclass(frozen=True)
class Picture:
    """*image* may be smaller than *size* (the upright size of the original, the crop coordinates)."""

    path: Path
    image: QImage
    size: Size
    error: str = ""


def load_picture(path: Path, fit_side: int = 0) -> Picture:
    """Decode *path* (reduced to about *fit_side* when given: big JPEGs decode faster). Pool thread."""
    try:
        im, header = load_image(path, fit_side=fit_side)
    except ImageReadError as exc:
        return Picture(path, QImage(), (0, 0), exc.message)
    except OSError as exc:
        return Picture(path, QImage(), (0, 0), QCoreApplication.translate(
            "PictureLoader", "{file}: cannot read the file ({error}).").format(file=path, error=exc.strerror or exc))
    width, height = im.size
    data = im.tobytes()
    # converted here, in the format a pixmap uses, so the GUI thread only copies it
    image = QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).convertToFormat(
        QImage.Format.Format_RGB32)
    return Picture(path, image, header.size)


class PictureLoader(QObject):
    """``loaded(Picture)`` for the latest request only: paging quickly through images skips the rest."""

    loaded = Signal(object)

    def __init__(self, parent: QObject | None = None, fit_side: int = 0) -> None:
        super().__init__(parent)
        self.fit_side = fit_side
        self._token = 0

    def load(self, path: Path) -> None:
        self._token += 1
        token, fit_side = self._token, self.fit_side
        run_in_background(lambda: load_picture(path, fit_side), lambda picture: self._deliver(token, picture), self)

    def _deliver(self, token: int, picture: Picture) -> None:
        if token == self._token:
            self.loaded.emit(picture)
