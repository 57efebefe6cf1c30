"""Graphics views over one picture, in the original's pixel coordinates whatever size was decoded:
ImageView zooms (fit, 100 %, wheel) for the full-size viewer; CropView adds the crop rectangle and
keyboard nudging for the crop editor."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPixmap, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

from desktop.widgets.crop_item import CropItem

BACKDROP = "#2f3033"  # neutral grey: judges colours fairly in both themes
ZOOM_STEP = 1.15
NUDGE_KEYS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


class ImageView(QGraphicsView):
    """One picture; scene units are pixels of the original (size given), so 100 % shows them 1:1."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setBackgroundBrush(QColor(BACKDROP))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.pixmap_item = QGraphicsPixmapItem()
        self.pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.pixmap_item)
        self.fitting = True

    def set_picture(self, image: QImage, size: tuple[int, int]) -> None:
        """Show *image*, drawn at *size* (the original's) whatever its own size."""
        self.pixmap_item.setPixmap(QPixmap.fromImage(image))
        if not image.isNull():
            self.pixmap_item.setTransform(QTransform.fromScale(size[0] / image.width(), size[1] / image.height()))
        self.scene().setSceneRect(QRectF(0, 0, size[0], size[1]))
        self.fit()

    def zoom(self) -> float:
        """View pixels per original pixel."""
        return self.transform().m11()

    def fit(self) -> None:
        self.fitting = True
        if not self.sceneRect().isEmpty():
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def actual_size(self) -> None:
        """100 %: one original pixel per screen pixel."""
        self.fitting = False
        self.setTransform(QTransform())

    def zoom_by(self, factor: float) -> None:
        self.fitting = False
        scale = max(0.02, min(32.0, self.zoom() * factor)) / self.zoom()
        self.scale(scale, scale)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP ** steps)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()


class CropView(ImageView):
    """The picture with a crop rectangle. Arrow keys move the crop by 1 px, with Shift by 10 px.
    ``crop_changed(rect)`` while it moves, ``crop_edited(rect)`` when a drag or nudge is done."""

    crop_changed = Signal(QRectF)
    crop_edited = Signal(QRectF)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crop = CropItem(QRectF(0, 0, 1, 1))
        self.crop.hide()
        self.scene().addItem(self.crop)
        self.crop.changed.connect(self.crop_changed)
        self.crop.edited.connect(self.crop_edited)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_picture(self, image: QImage, size: tuple[int, int]) -> None:
        self.crop.set_bounds(QRectF(0, 0, size[0], size[1]))
        self.crop.setVisible(not image.isNull())
        super().set_picture(image, size)
        margin = 12 / max(self.zoom(), 1e-6)  # room for the handles at the picture's edges
        self.scene().setSceneRect(QRectF(0, 0, size[0], size[1]).adjusted(-margin, -margin, margin, margin))
        self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = NUDGE_KEYS.get(Qt.Key(event.key()))
        if step is None or not self.crop.isVisible():
            super().keyPressEvent(event)
            return
        amount = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
        self.crop.nudge(step[0] * amount, step[1] * amount)
        event.accept()
