"""The reg set as a grid: one cell per reg image in index order, its thumbnail decoded off the GUI thread
(the Images page's ThumbnailCache and cell drawing), and a badge per flag of the last check."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QCoreApplication, QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import QListView, QWidget

from desktop.pages.images_delegate import ImageCellDelegate, badge_font, draw_badge
from desktop.pages.images_grid_model import BadgesRole, FailedRole, Index
from desktop.pages.images_thumbs import ThumbnailCache
from desktop.widgets.grid_row import fill_row
from training.reg_job import image_index

# check flag → (badge text, colour); the text is translated where shown (badge_text)
BADGES = {
    "near_copy": (QT_TRANSLATE_NOOP("RegBadges", "copy"), "#c0392b"),
    "close_to_subject": (QT_TRANSLATE_NOOP("RegBadges", "close"), "#ca6f1e"),
    "off_class": (QT_TRANSLATE_NOOP("RegBadges", "off-class"), "#7d3c98"),
}


def badge_text(flag: str) -> str:
    """A check flag's badge word in the interface language."""
    return QCoreApplication.translate("RegBadges", BADGES[flag][0])
ICON_SIZE = 120


@dataclass
class RegCell:
    path: Path
    index: int
    info: dict[str, Any] = field(default_factory=dict)  # prompt and seed from the job's result event
    score: dict[str, Any] = field(default_factory=dict)  # flags and similarities from the check


class RegGridModel(QAbstractListModel):
    def __init__(self, thumbs: ThumbnailCache, parent: Any = None) -> None:
        super().__init__(parent)
        self.thumbs = thumbs
        self.cells: list[RegCell] = []
        thumbs.ready.connect(self._row_changed)
        thumbs.failed.connect(self._row_changed)

    # ---- contents
    def set_images(self, paths: list[Path]) -> None:
        self.beginResetModel()
        self.cells = [RegCell(p, image_index(p) or 0) for p in paths]
        self.endResetModel()

    def add_image(self, path: Path, info: dict[str, Any]) -> None:
        """A freshly rendered image: inserted at its index (or updating the cell of that index)."""
        index = image_index(path) or 0
        keys = [c.index for c in self.cells]
        row = bisect.bisect_left(keys, index)
        if row < len(self.cells) and self.cells[row].index == index:
            self.cells[row] = RegCell(path, index, info)
            self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.beginInsertRows(QModelIndex(), row, row)
        self.cells.insert(row, RegCell(path, index, info))
        self.endInsertRows()

    def remove_indices(self, indices: set[int]) -> None:
        self.beginResetModel()
        self.cells = [c for c in self.cells if c.index not in indices]
        self.endResetModel()

    def set_scores(self, scores: list[dict[str, Any]]) -> None:
        """Attach a check's per-image scores (the report's ``flagged`` list); others lose theirs."""
        by_name = {Path(s["image"]).name: s for s in scores}  # one folder: the name is the image
        for cell in self.cells:
            cell.score = by_name.get(cell.path.name, {})
        if self.cells:
            self.dataChanged.emit(self.index(0), self.index(len(self.cells) - 1))

    def flagged(self) -> list[Path]:
        return [c.path for c in self.cells if c.score.get("flags")]

    def indices(self) -> set[int]:
        return {c.index for c in self.cells}

    # ---- Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.cells)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cells):
            return None
        cell = self.cells[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"#{cell.index}"
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self.thumbs.pixmap(str(cell.path))
            if pixmap is None:
                self.thumbs.request(cell.path)  # only drawn cells ask
            return pixmap
        if role == BadgesRole:
            return tuple(cell.score.get("flags", ()))
        if role == FailedRole:
            return self.thumbs.has_failed(str(cell.path))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell)
        return None

    @staticmethod
    def _tooltip(cell: RegCell) -> str:
        lines = [cell.path.name]
        if cell.info:
            lines.append(QCoreApplication.translate("RegGridModel", "{prompt}  (seed {seed})").format(
                prompt=cell.info.get("prompt", ""), seed=cell.info.get("seed")))
        if cell.score:
            lines.append(QCoreApplication.translate(
                "RegGridModel", "similarity to the subject {subject} (nearest: {nearest}), to the class {cls}").format(
                subject=f"{cell.score['subject_sim']:.3f}", nearest=cell.score.get("nearest", ""),
                cls=f"{cell.score['class_sim']:.3f}"))
            lines.append(QCoreApplication.translate("RegGridModel", "flags: {flags}").format(
                flags=", ".join(badge_text(f) for f in cell.score.get("flags", ()))))
        return "\n".join(lines)

    def _row_changed(self, path: str) -> None:
        for row, cell in enumerate(self.cells):
            if str(cell.path) == path:
                self.dataChanged.emit(self.index(row), self.index(row))
                return


class RegCellDelegate(ImageCellDelegate):
    """The Images page's cell with the check's badges."""

    def _badges(self, painter: QPainter, picture: QRect, badges: tuple[str, ...], base: QFont) -> None:
        font = badge_font(base)
        height = QFontMetrics(font).height() + 2
        top = picture.top() + 4.0
        for flag in badges:
            draw_badge(painter, picture.left() + 4.0, top, badge_text(flag), BADGES[flag][1], font)
            top += height + 3


class RegGridView(QListView):
    """A virtualized icon grid whose columns share the width."""

    def __init__(self, model: RegGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cell_delegate = RegCellDelegate(self, ICON_SIZE)
        self.setItemDelegate(self.cell_delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setModel(model)
        self._share_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def _share_width(self) -> None:
        fill_row(self, self.cell_delegate)
