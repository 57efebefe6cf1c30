"""The tag panel: every tag of the folder with how many captions hold it (and how many of those the
filter shows), searchable and sortable. Clicking a tag filters the image list by it; the context
menu renames, deletes, merges, moves or adds tags over the chosen scope."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QMenu, QTableView, QVBoxLayout, QWidget

from dataprep.tags import tag_key

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2  # the tag as searches compare it: case and underscores ignored
TAG, COUNT, SHOWN = 0, 1, 2


class TagCountModel(QAbstractTableModel):
    """Rows: tags. Columns: the tag, captions holding it, and those among the filtered images."""

    HEADERS = (QT_TRANSLATE_NOOP("TagCountModel", "Tag"), QT_TRANSLATE_NOOP("TagCountModel", "Images"),
               QT_TRANSLATE_NOOP("TagCountModel", "Shown"))  # translated where shown

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._counts: Mapping[str, int] = {}
        self._shown: Mapping[str, int] = {}

    def set_counts(self, counts: Mapping[str, int], shown: Mapping[str, int]) -> None:
        """New counts; a reset only when the set of tags changed (the view keeps its scroll and selection)."""
        tags = sorted(counts)
        self._counts, self._shown = counts, shown
        if tags == self._tags:
            if tags:
                self.dataChanged.emit(self.index(0, COUNT), self.index(len(tags) - 1, SHOWN))
            return
        self.beginResetModel()
        self._tags = tags
        self.endResetModel()

    def tags(self) -> list[str]:
        return list(self._tags)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._tags)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("The tag"), self.tr("Captions that hold it"),
                    self.tr("Of those, images the filter shows"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        tag = self._tags[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if col == TAG:
                return tag if role == Qt.ItemDataRole.DisplayRole else tag.casefold()
            return (self._counts if col == COUNT else self._shown).get(tag, 0)
        if role == SearchRole:
            return tag_key(tag)
        if role == Qt.ItemDataRole.ForegroundRole and not self._shown.get(tag, 0):
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)  # none of it shown
        if role == Qt.ItemDataRole.TextAlignmentRole and col != TAG:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == TAG:
            return self.tr("{tag}\nClick: show the images with it · Alt+click: hide them · right-click: edit").format(
                tag=tag)
        return None


class TagPanel(QWidget):
    """``filter_requested(tags, how)``: *how* is "set" (only these) or "exclude". The other signals
    carry the tags the context menu acted on; the page runs them over the scope (``scope_text``
    names it in the menu)."""

    filter_requested = Signal(list, str)
    rename_requested = Signal(str)
    merge_requested = Signal(list)
    delete_requested = Signal(list)
    move_requested = Signal(str, str)
    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope_text: Callable[[], str] = lambda: self.tr("the chosen images")
        self.model = TagCountModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterRole(SearchRole)
        self.proxy.setFilterKeyColumn(TAG)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search tags…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.setFilterFixedString(tag_key(text)))
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COUNT, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TAG, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        for col in (COUNT, SHOWN):  # fixed: fitting to contents would re-measure every row on every change
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            title = self.model.headerData(col, Qt.Orientation.Horizontal)
            header.resizeSection(col, max(fm.horizontalAdvance(title) + 26, fm.horizontalAdvance("00000") + 12))
        header.setHighlightSections(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)

    def set_counts(self, counts: Mapping[str, int], shown: Mapping[str, int] | None = None) -> None:
        """*shown*: the counts among the filtered images (None: no filter, the column is hidden)."""
        self.model.set_counts(counts, counts if shown is None else shown)
        if self.view.isColumnHidden(SHOWN) != (shown is None):
            self.view.setColumnHidden(SHOWN, shown is None)

    def selected_tags(self) -> list[str]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        return [str(self.proxy.index(r, TAG).data()) for r in sorted(rows)]

    def shown_tags(self) -> list[str]:
        """The tags in the order the panel shows them now."""
        return [str(self.proxy.index(r, TAG).data()) for r in range(self.proxy.rowCount())]

    def _clicked(self, index: QModelIndex) -> None:
        tag = str(self.proxy.index(index.row(), TAG).data())
        mods = QGuiApplication.keyboardModifiers()
        if mods & Qt.KeyboardModifier.AltModifier:
            self.filter_requested.emit([tag], "exclude")
        elif not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            self.filter_requested.emit([tag], "set")  # with Ctrl/Shift the click extends the selection

    def build_menu(self, tags: list[str]) -> QMenu:
        menu = QMenu(self)
        if not tags:
            return menu
        one = tags[0]
        single = len(tags) == 1
        show = self.tr("Show images with “{tag}”") if single else self.tr("Show images with {n} tags")
        hide = self.tr("Hide images with “{tag}”") if single else self.tr("Hide images with {n} tags")
        merge = self.tr("Merge “{tag}” into…") if single else self.tr("Merge {n} tags into…")
        delete = self.tr("Delete “{tag}”") if single else self.tr("Delete {n} tags")
        menu.addAction(show.format(tag=one, n=len(tags)), lambda: self.filter_requested.emit(tags, "set"))
        menu.addAction(hide.format(tag=one, n=len(tags)), lambda: self.filter_requested.emit(tags, "exclude"))
        menu.addSeparator()
        section = menu.addSection(self.tr("Change {scope}").format(scope=self.scope_text()))
        section.setEnabled(False)
        if single:
            menu.addAction(self.tr("Rename “{tag}”…").format(tag=one), lambda: self.rename_requested.emit(one))
        menu.addAction(merge.format(tag=one, n=len(tags)), lambda: self.merge_requested.emit(tags))
        menu.addAction(delete.format(tag=one, n=len(tags)), lambda: self.delete_requested.emit(tags))
        if single:
            menu.addAction(self.tr("Move “{tag}” to the front").format(tag=one),
                           lambda: self.move_requested.emit(one, "front"))
            menu.addAction(self.tr("Move “{tag}” to the back").format(tag=one),
                           lambda: self.move_requested.emit(one, "back"))
            menu.addAction(self.tr("Add “{tag}” where it is missing").format(tag=one),
                           lambda: self.add_requested.emit(one))
        menu.addSeparator()
        menu.addAction(self.tr("Copy"), lambda: QGuiApplication.clipboard().setText(", ".join(tags)))
        return menu

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        if not self.view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.view.selectRow(index.row())
        self.build_menu(self.selected_tags()).popup(self.view.viewport().mapToGlobal(pos))
