"""Cells of a wrapping icon grid widened to fill the row, with no ragged gap on the right."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListView, QStyle


class CellDelegate(Protocol):
    cell_width: int

    def min_cell_width(self) -> int: ...

    def cell_size(self) -> QSize: ...


def row_width(view: QListView) -> int:
    """The width QListView wraps its cells in: the viewport without scroll bars, less the vertical bar's
    extent, which the view keeps free while the bar is 'as needed', shown or not. (The viewport's own
    width is wider before the bar shows: cells sized to it wrapped one column early.)"""
    width = view.maximumViewportSize().width()
    if view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded:
        width -= view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view.verticalScrollBar())
    return width


def fill_row(view: QListView, delegate: CellDelegate) -> None:
    """As many columns as fit, each widened so the row is full; the grid follows the delegate's cell."""
    width = row_width(view)
    columns = max(1, width // delegate.min_cell_width())
    delegate.cell_width = (width - 2) // columns  # the view wants a little room beyond the cells
    if view.gridSize() != delegate.cell_size():
        view.setGridSize(delegate.cell_size())
