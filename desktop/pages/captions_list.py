"""The Captions page's image list: a list model over the caption store's rows, showing the rows a
filter matched (the store evaluates the filter; the model only holds the resulting indices), with
thumbnails made and decoded off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from dataprep.caption_store import CaptionStore, Change
from dataprep.image_import import ImageReadError
from dataprep.thumbnails import ensure_thumbnail
from desktop.background import run_in_background
from desktop.thumbnail_loader import ThumbnailLoader
from desktop.widgets.phrase_text import tr_phrase

StoreRowRole = Qt.ItemDataRole.UserRole + 1
CaptionRole = Qt.ItemDataRole.UserRole + 2
StateRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex

# how a row's state shows in the list: (short word, colour); the word is translated where it is drawn
STATES = {
    "error": (QT_TRANSLATE_NOOP("CaptionRowDelegate", "unreadable"), "#c0392b"),
    "conflict": (QT_TRANSLATE_NOOP("CaptionRowDelegate", "changed on disk"), "#d35400"),
    "save_error": (QT_TRANSLATE_NOOP("CaptionRowDelegate", "not saved"), "#c0392b"),
    "dirty": (QT_TRANSLATE_NOOP("CaptionRowDelegate", "unsaved"), "#b7950b"),
}
_MANY = 200  # beyond this many changed rows, one dataChanged for the whole list


def _ensure(image: Path, cache_dir: Path, size: int) -> Path | None:
    """The thumbnail file, made now if the cache has none (runs on the thread pool)."""
    try:
        return ensure_thumbnail(cache_dir, image, size)
    except (ImageReadError, OSError):
        return None


class CaptionListModel(QAbstractListModel):
    """Rows are the store rows in ``visible`` order; every store change is forwarded as dataChanged."""

    def __init__(self, loader: ThumbnailLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self.store: CaptionStore | None = None
        self._visible: list[int] = []
        self._position: dict[int, int] = {}
        self._icons: dict[str, QIcon] = {}
        self._requested: set[str] = set()
        self._cache_dir: Path | None = None
        loader.loaded.connect(self._on_loaded)

    # ---- filling
    def set_store(self, store: CaptionStore | None, cache_dir: Path | None) -> None:
        self._cache_dir = cache_dir
        self._icons.clear()
        self._requested.clear()
        self.store = store
        self.set_visible(list(range(len(store))) if store is not None else [])

    def set_visible(self, rows: list[int]) -> None:
        """Show these store rows (a filter's result), in this order."""
        self.beginResetModel()
        self._visible = list(rows)
        self._position = {r: i for i, r in enumerate(self._visible)}
        self.endResetModel()

    def visible_rows(self) -> list[int]:
        return list(self._visible)

    def store_row(self, view_row: int) -> int:
        return self._visible[view_row]

    def view_row(self, store_row: int) -> int | None:
        return self._position.get(store_row)

    def refresh_all(self) -> None:
        if self._visible:
            self.dataChanged.emit(self.index(0), self.index(len(self._visible) - 1))

    def on_change(self, change: Change) -> None:
        """Forward a store Change to the views: dataChanged for the shown rows it touched."""
        shown = [p for r in change.rows if (p := self._position.get(r)) is not None]
        if not shown:
            return
        if len(shown) > _MANY:
            first, last = 0, len(self._visible) - 1
        else:
            first, last = min(shown), max(shown)
            if last - first > _MANY:
                for p in shown:
                    self.dataChanged.emit(self.index(p), self.index(p))
                return
        self.dataChanged.emit(self.index(first), self.index(last))

    # ---- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        store = self.store
        if store is None or not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        i = self._visible[index.row()]
        row = store.row(i)
        if role == Qt.ItemDataRole.DisplayRole:
            return row.image.name
        if role == CaptionRole:
            return row.text
        if role == StoreRowRole:
            return i
        if role == StateRole:
            if row.error:
                return "error"
            if row.conflict:
                return "conflict"
            if row.save_error:
                return "save_error"
            return "dirty" if row.dirty else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            detail = tr_phrase(row.error) if row.error else row.save_error or row.text or self.tr("(no caption yet)")
            return f"{row.image}\n{detail}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row.image)
        return None

    # ---- thumbnails
    def _icon(self, image: Path) -> QIcon | None:
        key = str(image)
        icon = self._icons.get(key)
        if icon is None and key not in self._requested and self._cache_dir is not None:
            self._requested.add(key)
            cache, size = self._cache_dir, self._loader.size
            run_in_background(lambda: _ensure(image, cache, size), lambda thumb: self._thumb_ready(image, thumb), self)
        return icon

    def _thumb_ready(self, image: Path, thumb: Path | None) -> None:
        if thumb is not None:
            self._loader.load_file(image, thumb)

    def _on_loaded(self, image: str, qimage: QImage) -> None:
        if self.store is None:
            return
        self._icons[image] = QIcon(QPixmap.fromImage(qimage))
        try:
            i = self.store.index_of(Path(image))
        except KeyError:
            return  # a thumbnail for another folder's image
        pos = self._position.get(i)
        if pos is not None:
            self.dataChanged.emit(self.index(pos), self.index(pos), [Qt.ItemDataRole.DecorationRole])


class CaptionRowDelegate(QStyledItemDelegate):
    """Thumbnail, file name, the caption's first lines, and a coloured word when it needs attention."""

    THUMB = 56
    PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, self.THUMB + 2 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(text_color)
        muted.setAlphaF(0.7 if selected else 0.6)
        r = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        thumb = QRect(r.left(), r.top(), self.THUMB, self.THUMB)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon.paint(painter, thumb, Qt.AlignmentFlag.AlignCenter)
        else:
            tile = QColor(palette.color(QPalette.ColorRole.Mid))
            tile.setAlpha(80)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tile)
            painter.drawRoundedRect(thumb.adjusted(8, 0, -8, 0), 4, 4)
        text = r.adjusted(self.THUMB + 8, 0, 0, 0)
        name_font = QFont(option.font)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(text_color)
        fm = QFontMetrics(name_font)
        state = STATES.get(index.data(StateRole) or "")
        name_width = text.width()
        if state is not None:
            word, color = self.tr(state[0]), state[1]
            small = QFont(option.font)
            small.setPointSizeF(option.font.pointSizeF() * 0.85)
            sw = QFontMetrics(small).horizontalAdvance(word) + 4
            painter.setFont(small)
            painter.setPen(QColor("#ffffff") if selected else QColor(color))
            painter.drawText(QRect(text.right() - sw, text.top(), sw, fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, word)
            painter.setFont(name_font)
            painter.setPen(text_color)
            name_width -= sw + 6
        painter.drawText(QRect(text.left(), text.top(), name_width, fm.height()), Qt.AlignmentFlag.AlignLeft,
                         fm.elidedText(str(index.data(Qt.ItemDataRole.DisplayRole)), Qt.TextElideMode.ElideMiddle,
                                       name_width))
        painter.setFont(option.font)
        painter.setPen(muted)
        caption = str(index.data(CaptionRole) or "") or self.tr("(no caption)")
        body = QRect(text.left(), text.top() + fm.height() + 2, text.width(), text.height() - fm.height() - 2)
        lines = QFontMetrics(option.font)
        max_lines = max(1, body.height() // lines.lineSpacing())
        painter.setClipRect(body)
        painter.drawText(body, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         lines.elidedText(caption, Qt.TextElideMode.ElideRight, body.width() * max_lines - 20))
        painter.restore()
