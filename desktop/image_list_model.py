"""The list model behind image grids: one row per image file, thumbnails filled in as they load."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from desktop.thumbnail_loader import ThumbnailLoader

PathRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def _placeholder_icon() -> QIcon:
    """A quiet tile shown until the thumbnail is there."""
    pixmap = QPixmap(128, 160)
    pixmap.fill(Qt.GlobalColor.transparent)
    palette = QApplication.palette()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    tile = QColor(palette.color(QPalette.ColorRole.Mid))
    tile.setAlpha(90)
    painter.setBrush(tile)
    painter.drawRoundedRect(QRectF(0, 0, 128, 160), 10, 10)
    painter.end()
    return QIcon(pixmap)


class ImageListModel(QAbstractListModel):
    """Paths with lazily loaded thumbnails: a row asks for its thumbnail the first time it is drawn."""

    def __init__(self, loader: ThumbnailLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._paths: list[Path] = []
        self._rows: dict[str, int] = {}
        self._icons: dict[str, QIcon] = {}
        self._requested: set[str] = set()
        self._cache_dir: Path | None = None
        self._placeholder = _placeholder_icon()
        loader.loaded.connect(self._on_loaded)

    # ---- filling
    def set_images(self, paths: list[Path], cache_dir: Path | None) -> None:
        self.beginResetModel()
        self._paths = list(paths)
        self._rows = {str(p): i for i, p in enumerate(self._paths)}
        self._icons.clear()
        self._requested.clear()
        self._cache_dir = cache_dir
        self.endResetModel()

    def thumbnail_ready(self, image: str, thumbnail: str) -> None:
        """A job has written *image*'s thumbnail to *thumbnail*."""
        if image in self._rows:
            self._requested.add(image)
            self._loader.load_file(Path(image), Path(thumbnail))

    def paths(self) -> list[Path]:
        return list(self._paths)

    def thumbnail_count(self) -> int:
        return len(self._icons)

    def has_thumbnail(self, row: int) -> bool:
        return str(self._paths[row]) in self._icons

    # ---- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._paths)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._paths):
            return None
        path = self._paths[index.row()]
        key = str(path)
        if role == Qt.ItemDataRole.DisplayRole:
            return path.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return key
        if role == PathRole:
            return key
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self._icons.get(key)
            if icon is not None:
                return icon
            if key not in self._requested and self._cache_dir is not None:
                self._requested.add(key)
                self._loader.load_cached(path, self._cache_dir)
            return self._placeholder
        return None

    def _on_loaded(self, image: str, qimage: QImage) -> None:
        row = self._rows.get(image)
        if row is None:
            return  # a thumbnail for an image of another project or an older listing
        self._icons[image] = QIcon(QPixmap.fromImage(qimage))
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
