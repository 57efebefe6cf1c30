"""The Images grid view: a virtualized icon-mode list (uniform cells, so 10,000 rows lay out at once and
only visible cells are drawn), the keys and context menu that act on the selection, and a selection
that survives re-sorting and re-filtering."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QListView, QMenu, QWidget

from desktop.pages.images_delegate import ImageCellDelegate
from desktop.pages.images_grid_model import EXCLUDED, BadgesRole, ImageGridModel
from desktop.widgets.grid_row import fill_row

LAYOUT_BATCH = 500


class ImageGridView(QListView):
    """``open_requested(row)`` (Enter, double-click), ``crop_requested(row)`` (C),
    ``exclude_requested(paths, excluded)`` (X toggles), ``visible_rows_changed(n)`` on resize."""

    open_requested = Signal(int)
    crop_requested = Signal(int)
    exclude_requested = Signal(list, bool)
    visible_rows_changed = Signal(int)

    def __init__(self, model: ImageGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid_model = model
        self.cell_delegate = ImageCellDelegate(self)
        self.setItemDelegate(self.cell_delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)  # 10,000 rows: the first screen paints before the rest
        self.setBatchSize(LAYOUT_BATCH)
        self.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setModel(model)
        self.set_icon_size(160)
        self.activated.connect(lambda index: self.open_requested.emit(index.row()))
        self._kept: tuple[list[str], str] = ([], "")
        model.modelAboutToBeReset.connect(self._keep_selection)
        model.modelReset.connect(self._restore_selection)

        self.open_action = self._action(self.tr("Open full size"), Qt.Key.Key_Return, self._open_current)
        self.crop_action = self._action(self.tr("Crop…"), Qt.Key.Key_C, self._crop_current)
        self.exclude_action = self._action(self.tr("Exclude from the prepared set"), Qt.Key.Key_X,
                                           self.toggle_excluded)
        self.copy_action = self._action(self.tr("Copy path"), QKeySequence.StandardKey.Copy, self._copy_paths)

    def _action(self, text: str, key: Qt.Key | QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.addAction(action)
        return action

    # ---- cells
    def set_icon_size(self, size: int) -> None:
        self.cell_delegate.icon_size = size
        self._share_width()

    def _share_width(self) -> None:
        """As many columns as fit, widened to fill the row (no ragged gap on the right)."""
        fill_row(self, self.cell_delegate)
        self._report_visible()

    def visible_rows(self) -> range:
        """Rows with a cell at least partly on screen (what gets drawn)."""
        count = self.model().rowCount()
        first = self.indexAt(QPoint(4, 4))
        if not count or not first.isValid():
            return range(0)
        cell = self.gridSize()
        columns = max(1, self.viewport().width() // max(1, cell.width()))
        start = first.row() - first.row() % columns
        top = self.visualRect(first).top()
        rows = math.ceil((self.viewport().height() - top) / max(1, cell.height()))
        return range(start, min(count, start + rows * columns))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def _report_visible(self) -> None:
        cell = self.gridSize()
        columns = max(1, self.viewport().width() // max(1, cell.width()))
        self.visible_rows_changed.emit(columns * (self.viewport().height() // max(1, cell.height()) + 2))

    # ---- selection
    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.selectionModel().selectedIndexes())

    def selected_paths(self) -> list[Path]:
        return [self.grid_model.path(row) for row in self.selected_rows()]

    def select_paths(self, paths: list[str], current: str = "") -> None:
        selection = QItemSelection()
        for path in paths:
            row = self.grid_model.row_of(path)
            if row is not None:
                index = self.model().index(row, 0)
                selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().select(selection, flags)
        row = self.grid_model.row_of(current) if current else None
        if row is not None:
            index = self.model().index(row, 0)
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(index)

    def _keep_selection(self) -> None:
        current = self.currentIndex()
        self._kept = ([str(p) for p in self.selected_paths()],
                      str(self.grid_model.path(current.row())) if current.isValid() else "")

    def _restore_selection(self) -> None:
        paths, current = self._kept
        if paths or current:
            self.select_paths(paths, current)

    # ---- actions
    def _open_current(self) -> None:
        if self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())

    def _crop_current(self) -> None:
        if self.currentIndex().isValid():
            self.crop_requested.emit(self.currentIndex().row())

    def toggle_excluded(self) -> None:
        """Exclude the selection, or include it again when all of it is excluded."""
        rows = self.selected_rows()
        if not rows:
            return
        all_excluded = all(EXCLUDED in (self.model().index(r, 0).data(BadgesRole) or ()) for r in rows)
        self.exclude_requested.emit([self.grid_model.path(r) for r in rows], not all_excluded)

    def _copy_paths(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(str(p) for p in self.selected_paths()))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        if not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        rows = self.selected_rows()
        all_excluded = all(EXCLUDED in (self.model().index(r, 0).data(BadgesRole) or ()) for r in rows)
        self.exclude_action.setText(self.tr("Include in the prepared set") if all_excluded
                                    else self.tr("Exclude from the prepared set"))
        menu = QMenu(self)
        for action in (self.open_action, self.crop_action, self.exclude_action, self.copy_action):
            menu.addAction(action)
        menu.exec(event.globalPos())
