"""The grid on the Compare page: one QGraphicsScene holding labels and cells, so zoom and pan act on every
cell together. Cells arrive one by one; a heat overlay tints each cell by a score; rows and columns can be
hidden (the rest close up)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QImageReader, QPainter, QPen, QPixmap, QTextOption, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QWidget,
)

CELL = 192  # a cell's long side in scene units
GAP = 8
LABEL_W = 150
HEADER_H = 54
# score key → its label in the overlay menu, and its name on a tinted cell; both translated where shown
METRICS = {"clip_t": QT_TRANSLATE_NOOP("GridView", "CLIP-T (prompt)"),
           "clip_i": QT_TRANSLATE_NOOP("GridView", "CLIP-I (identity)"),
           "diversity": QT_TRANSLATE_NOOP("GridView", "Diversity (seeds)")}
METRIC_NAMES = {"clip_t": "CLIP-T", "clip_i": "CLIP-I", "diversity": QT_TRANSLATE_NOOP("GridView", "Diversity")}


def heat_colour(fraction: float) -> QColor:
    """Low scores blue, high red, through yellow; translucent so the picture shows through."""
    f = min(1.0, max(0.0, fraction))
    hue = int(240 * (1 - f))  # 240 blue → 0 red
    colour = QColor.fromHsv(hue, 200, 255)
    colour.setAlpha(110)
    return colour


def _elide(text: str, font: QFont, width: int) -> str:
    from PySide6.QtGui import QFontMetrics

    return QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


class GridView(QGraphicsView):
    """Zoom with the wheel, pan by dragging, click a cell to open it."""

    cell_clicked = Signal(object)  # the cell's record (manifest/result dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(self.palette().base())
        self.rows: list[str] = []
        self.columns: list[str] = []
        self.cell_w = self.cell_h = CELL
        self.hidden_rows: set[int] = set()
        self.hidden_columns: set[int] = set()
        self.records: dict[tuple[int, int], dict[str, Any]] = {}
        self.scores: dict[tuple[int, int], dict[str, Any]] = {}
        self.heat_metric = ""
        self._items: dict[tuple[int, int], list[QGraphicsItem]] = {}
        self._row_labels: list[QGraphicsSimpleTextItem] = []
        self._col_labels: list[QGraphicsTextItem] = []
        self.header_h = HEADER_H
        self._press: Any = None

    # ---- content
    def set_layout(self, rows: list[str], columns: list[str], width: int, height: int) -> None:
        """A new empty grid of *rows* × *columns* cells in the images' aspect ratio."""
        self.scene().clear()
        self.rows, self.columns = list(rows), list(columns)
        scale = CELL / max(width, height, 1)
        self.cell_w, self.cell_h = round(width * scale), round(height * scale)
        self.records.clear()
        self.scores.clear()
        self._items.clear()
        self.hidden_rows &= set(range(len(rows)))
        self.hidden_columns &= set(range(len(columns)))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self._row_labels = [self._label(t, font, LABEL_W - 2 * GAP) for t in rows]
        self._col_labels = [self._column_label(t, font) for t in columns]
        self.header_h = max([HEADER_H] + [int(label.boundingRect().height()) + GAP for label in self._col_labels])
        for r in range(len(rows)):
            for c in range(len(columns)):
                frame = QGraphicsRectItem(0, 0, self.cell_w, self.cell_h)
                frame.setBrush(QBrush(self.palette().alternateBase()))
                frame.setPen(QPen(Qt.PenStyle.NoPen))
                self.scene().addItem(frame)
                self._items[(r, c)] = [frame]
        self._place()
        self.fit()

    def _label(self, text: str, font: QFont, width: int) -> QGraphicsSimpleTextItem:
        item = self.scene().addSimpleText(_elide(text, font, width), font)
        item.setBrush(self.palette().text())
        item.setToolTip(text)
        return item

    def _column_label(self, text: str, font: QFont) -> QGraphicsTextItem:
        """A label wrapped to the cell's width, centred, at most about three lines (a prompt is long)."""
        item = self.scene().addText(_elide(text, font, int(self.cell_w * 2.6)), font)
        item.setTextWidth(self.cell_w)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        item.document().setDefaultTextOption(option)
        item.setDefaultTextColor(self.palette().text().color())
        item.setToolTip(text)
        return item

    def set_cell(self, record: dict[str, Any]) -> None:
        """Show a rendered cell (a ``cell`` result or a manifest entry); its image is read at cell size."""
        key = (int(record["row"]), int(record["column"]))
        if key not in self._items:
            return
        reader = QImageReader(str(record["path"]))
        reader.setScaledSize(reader.size().scaled(self.cell_w, self.cell_h, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            return
        self.records[key] = record
        items = self._items[key][:1]
        for old in self._items[key][1:]:
            self.scene().removeItem(old)
        pixmap = QGraphicsPixmapItem(QPixmap.fromImage(image))
        pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        pixmap.setParentItem(items[0])
        pixmap.setToolTip(str(record.get("parameters", "")))
        items.append(pixmap)
        self._items[key] = items
        self._paint_score(key)

    def set_scores(self, cells: list[dict[str, Any]], records: list[dict[str, Any]]) -> None:
        """Per-cell scores in manifest order (*records* gives each one's row and column)."""
        self.scores = {(int(r["row"]), int(r["column"])): s for r, s in zip(records, cells, strict=False)}
        for key in self._items:
            self._paint_score(key)

    def set_metric(self, metric: str) -> None:
        """Tint cells by *metric* (a METRICS key), or nothing for ""."""
        self.heat_metric = metric
        for key in self._items:
            self._paint_score(key)

    def _paint_score(self, key: tuple[int, int]) -> None:
        frame = self._items[key][0]
        for child in frame.childItems():
            if child.data(0) == "heat":
                self.scene().removeItem(child)
        values = [s.get(self.heat_metric) for s in self.scores.values() if s.get(self.heat_metric) is not None]
        value = self.scores.get(key, {}).get(self.heat_metric)
        if not self.heat_metric or value is None or not values:
            return
        low, high = min(values), max(values)
        tint = QGraphicsRectItem(0, 0, self.cell_w, self.cell_h, frame)
        tint.setBrush(heat_colour((value - low) / (high - low) if high > low else 0.5))
        tint.setPen(QPen(Qt.PenStyle.NoPen))
        tint.setData(0, "heat")
        band = QGraphicsRectItem(0, self.cell_h - 24, self.cell_w, 24, frame)
        band.setBrush(QColor(0, 0, 0, 170))
        band.setPen(QPen(Qt.PenStyle.NoPen))
        band.setData(0, "heat")
        font = QFont(self.font())
        font.setBold(True)
        text = QGraphicsSimpleTextItem(f"{self.tr(METRIC_NAMES[self.heat_metric])} {value:.3f}", band)
        text.setFont(font)
        text.setBrush(QColor("white"))
        text.setPos(6, self.cell_h - 24 + (24 - text.boundingRect().height()) / 2)

    # ---- hide / show
    def set_hidden(self, rows: set[int], columns: set[int]) -> None:
        self.hidden_rows, self.hidden_columns = set(rows), set(columns)
        self._place()

    def _place(self) -> None:
        """Lay out the visible rows and columns, closing up the hidden ones."""
        rows = [r for r in range(len(self.rows)) if r not in self.hidden_rows]
        columns = [c for c in range(len(self.columns)) if c not in self.hidden_columns]
        for c, label in enumerate(self._col_labels):
            label.setVisible(c in columns)
            if c in columns:
                x = LABEL_W + columns.index(c) * (self.cell_w + GAP)
                label.setPos(x, self.header_h - GAP - label.boundingRect().height())
        for r, label in enumerate(self._row_labels):
            label.setVisible(r in rows)
            if r in rows:
                y = self.header_h + rows.index(r) * (self.cell_h + GAP)
                label.setPos(LABEL_W - GAP - label.boundingRect().width(),
                             y + (self.cell_h - label.boundingRect().height()) / 2)
        for (r, c), items in self._items.items():
            shown = r in rows and c in columns
            items[0].setVisible(shown)
            if shown:
                items[0].setPos(LABEL_W + columns.index(c) * (self.cell_w + GAP),
                                self.header_h + rows.index(r) * (self.cell_h + GAP))
        width = LABEL_W + len(columns) * (self.cell_w + GAP)
        height = self.header_h + len(rows) * (self.cell_h + GAP)
        self.scene().setSceneRect(QRectF(0, 0, width, height))

    def cell_rect(self, row: int, column: int) -> QRectF:
        """Where a cell lies in scene coordinates (tests click on it)."""
        return self._items[(row, column)][0].sceneBoundingRect()

    # ---- zoom and clicks
    def fit(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.05 <= scale <= 16:
            self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(1.0015 ** event.angleDelta().y())

    def mousePressEvent(self, event: Any) -> None:
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        super().mouseReleaseEvent(event)
        if self._press is None or (event.position() - self._press).manhattanLength() > 4:
            return  # a drag pans; only a click opens a cell
        self._press = None
        point = self.mapToScene(event.position().toPoint())
        for key, items in self._items.items():
            if items[0].isVisible() and items[0].sceneBoundingRect().contains(point) and key in self.records:
                self.cell_clicked.emit(self.records[key])
                return
