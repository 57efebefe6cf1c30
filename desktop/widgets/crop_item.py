"""The crop rectangle of the crop editor: a QGraphicsObject over the picture, in image pixels, with
eight handles to resize it (keeping an aspect ratio when one is set), a body to drag, the outside
dimmed, a rule-of-thirds guide and, in snap-to-bucket mode, the part the trainer would cut shaded."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

Handle = tuple[int, int]  # (-1 left | 0 | 1 right, -1 top | 0 | 1 bottom); (0, 0) is the body
HANDLES: tuple[Handle, ...] = ((-1, -1), (0, -1), (1, -1), (1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0))
HANDLE_PX = 9  # drawn size on screen
GRAB_PX = 12  # how close the mouse must be to grab a handle
MIN_SIZE = 16  # image pixels
CURSORS = {(-1, -1): Qt.CursorShape.SizeFDiagCursor, (1, 1): Qt.CursorShape.SizeFDiagCursor,
           (1, -1): Qt.CursorShape.SizeBDiagCursor, (-1, 1): Qt.CursorShape.SizeBDiagCursor,
           (0, -1): Qt.CursorShape.SizeVerCursor, (0, 1): Qt.CursorShape.SizeVerCursor,
           (-1, 0): Qt.CursorShape.SizeHorCursor, (1, 0): Qt.CursorShape.SizeHorCursor,
           (0, 0): Qt.CursorShape.SizeAllCursor}


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def handle_point(rect: QRectF, handle: Handle) -> QPointF:
    hx, hy = handle
    x = rect.left() if hx < 0 else rect.right() if hx > 0 else rect.center().x()
    y = rect.top() if hy < 0 else rect.bottom() if hy > 0 else rect.center().y()
    return QPointF(x, y)


def move_rect(rect: QRectF, dx: float, dy: float, bounds: QRectF) -> QRectF:
    """*rect* shifted by (dx, dy), stopped at the picture's edges (never shrunk)."""
    left = _clamp(rect.left() + dx, bounds.left(), bounds.right() - rect.width())
    top = _clamp(rect.top() + dy, bounds.top(), bounds.bottom() - rect.height())
    return QRectF(round(left), round(top), rect.width(), rect.height())


def _span(anchor: float, sign: int, length: float) -> tuple[float, float]:
    return (anchor, anchor + length) if sign > 0 else (anchor - length, anchor)


def resize_rect(rect: QRectF, handle: Handle, pos: QPointF, bounds: QRectF, ratio: float | None,
                min_size: float = MIN_SIZE) -> QRectF:
    """*rect* with *handle* dragged to *pos*: the opposite side (or corner) stays put, the result stays
    inside *bounds*, at least *min_size* per side, and of width/height *ratio* when one is given."""
    hx, hy = handle
    x = _clamp(pos.x(), bounds.left(), bounds.right())
    y = _clamp(pos.y(), bounds.top(), bounds.bottom())
    ax = rect.right() if hx < 0 else rect.left()  # the side that stays
    ay = rect.bottom() if hy < 0 else rect.top()
    room_x = (bounds.right() - ax) if hx > 0 else (ax - bounds.left())
    room_y = (bounds.bottom() - ay) if hy > 0 else (ay - bounds.top())
    pull_x, pull_y = (x - ax) * hx, (y - ay) * hy  # how far past the fixed side; negative when crossing it
    if ratio is None:
        left, right = _span(ax, hx, _clamp(pull_x, min_size, room_x)) if hx else (rect.left(), rect.right())
        top, bottom = _span(ay, hy, _clamp(pull_y, min_size, room_y)) if hy else (rect.top(), rect.bottom())
        return QRectF(QPointF(round(left), round(top)), QPointF(round(right), round(bottom)))
    floor_w = max(min_size, min_size * ratio)
    if hx and hy:  # a corner: follow whichever side the mouse pulls further
        width = max(pull_x, pull_y * ratio, floor_w)
        width = min(width, room_x, room_y * ratio)
        left, right = _span(ax, hx, width)
        top, bottom = _span(ay, hy, width / ratio)
    elif hx:  # left or right edge: the height follows, centred where it was
        width = min(max(pull_x, floor_w), room_x, bounds.height() * ratio)
        height = width / ratio
        left, right = _span(ax, hx, width)
        top = _clamp(rect.center().y() - height / 2, bounds.top(), bounds.bottom() - height)
        bottom = top + height
    else:
        height = min(max(pull_y, floor_w / ratio), room_y, bounds.width() / ratio)
        width = height * ratio
        top, bottom = _span(ay, hy, height)
        left = _clamp(rect.center().x() - width / 2, bounds.left(), bounds.right() - width)
        right = left + width
    return QRectF(QPointF(round(left), round(top)), QPointF(round(right), round(bottom)))


class CropItem(QGraphicsObject):
    """``changed(rect)`` while the user drags, ``edited(rect)`` once a drag or a nudge is finished."""

    changed = Signal(QRectF)
    edited = Signal(QRectF)

    def __init__(self, bounds: QRectF, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.bounds = QRectF(bounds)
        self.rect = QRectF(bounds)
        self.ratio: float | None = None
        self.thirds = True
        self.trainer_keep: QRectF | None = None  # snap-to-bucket: what the trainer keeps of the crop
        self._drag: Handle | None = None
        self._press = QPointF()
        self._start = QRectF()
        self.setAcceptHoverEvents(True)
        self.setZValue(10)

    # ---- state
    def set_bounds(self, bounds: QRectF) -> None:
        self.prepareGeometryChange()
        self.bounds = QRectF(bounds)
        self.rect = QRectF(bounds)
        self.update()

    def set_rect(self, rect: QRectF) -> None:
        self.rect = QRectF(rect).intersected(self.bounds)
        self.update()

    def set_trainer_keep(self, keep: QRectF | None) -> None:
        self.trainer_keep = keep
        self.update()

    def nudge(self, dx: float, dy: float) -> None:
        self.set_rect(move_rect(self.rect, dx, dy, self.bounds))
        self.changed.emit(self.rect)
        self.edited.emit(self.rect)

    # ---- geometry on screen
    def _scale(self) -> float:
        """View pixels per image pixel (handles keep their screen size at any zoom)."""
        views = self.scene().views() if self.scene() is not None else []
        return views[0].transform().m11() if views else 1.0

    def handle_at(self, pos: QPointF) -> Handle | None:
        reach = GRAB_PX / self._scale()
        for handle in HANDLES:
            p = handle_point(self.rect, handle)
            if abs(p.x() - pos.x()) <= reach and abs(p.y() - pos.y()) <= reach:
                return handle
        return (0, 0) if self.rect.contains(pos) else None

    def boundingRect(self) -> QRectF:
        return self.bounds.adjusted(-20, -20, 20, 20)

    # ---- drawing
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.rect
        outside = QPainterPath()
        outside.addRect(self.bounds)
        inner = QPainterPath()
        inner.addRect(rect)
        painter.fillPath(outside.subtracted(inner), QColor(0, 0, 0, 140))
        keep = self.trainer_keep
        if keep is not None and keep != rect:
            cut = QPainterPath()
            cut.addRect(rect)
            kept = QPainterPath()
            kept.addRect(keep)
            cut = cut.subtracted(kept)
            painter.fillPath(cut, QColor(192, 57, 43, 110))
            painter.fillPath(cut, QBrush(QColor(255, 255, 255, 90), Qt.BrushStyle.BDiagPattern))
            pen = QPen(QColor("#f5b041"), 1.5, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(keep)
        if self.thirds:
            pen = QPen(QColor(255, 255, 255, 120), 1)
            pen.setCosmetic(True)
            painter.setPen(pen)
            for i in (1, 2):
                x = rect.left() + rect.width() * i / 3
                y = rect.top() + rect.height() * i / 3
                painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        border = QPen(QColor("#ffffff"), 1.5)
        border.setCosmetic(True)
        painter.setPen(border)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        size = HANDLE_PX / self._scale()
        painter.setBrush(QColor("#ffffff"))
        edge = QPen(QColor(0, 0, 0, 160), 1)
        edge.setCosmetic(True)
        painter.setPen(edge)
        for handle in HANDLES:
            p = handle_point(rect, handle)
            painter.drawRect(QRectF(p.x() - size / 2, p.y() - size / 2, size, size))

    # ---- mouse
    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        handle = self.handle_at(event.pos())
        self.setCursor(CURSORS[handle] if handle is not None else Qt.CursorShape.CrossCursor)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        pos = event.pos()
        handle = self.handle_at(pos)
        if handle is None and self.bounds.contains(pos):  # outside the crop: draw a new one from here
            self.rect = QRectF(round(pos.x()), round(pos.y()), 0, 0)
            handle = (1, 1)
        self._drag, self._press, self._start = handle, pos, QRectF(self.rect)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is None:
            return
        pos = event.pos()
        if self._drag == (0, 0):
            delta = pos - self._press
            rect = move_rect(self._start, delta.x(), delta.y(), self.bounds)
        else:
            rect = resize_rect(self._start, self._drag, pos, self.bounds, self.ratio)
        self.set_rect(rect)
        self.changed.emit(self.rect)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is None:
            return
        self._drag = None
        self.edited.emit(self.rect)
