"""The full-size viewer: one picture at a time, fitted or at 100 %, with the wheel to zoom and the
arrow keys to page through the grid's current order. Decoded on the thread pool. A picture with a
loss mask (images_mask) gets a "Mask" toggle that darkens what training leaves out, and a line saying
where the mask comes from or why the trainer would refuse it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut, QTransform
from PySide6.QtWidgets import QDialog, QGraphicsPixmapItem, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.background import run_in_background
from desktop.pages.images_mask import ALPHA_SOURCE, LossMask, read_loss_mask
from desktop.pages.images_picture import Picture, PictureLoader
from desktop.widgets.crop_view import ImageView

CHECKED_STYLE = """QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);
                                         border: 1px solid palette(highlight); border-radius: 4px; }"""


class ImageViewer(QDialog):
    """``current_changed(path)`` when another image shows, so the grid can follow."""

    current_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Image"))
        self.resize(1000, 720)
        self.paths: list[Path] = []
        self.position = -1
        self.picture: Picture | None = None
        self.loader = PictureLoader(self)
        self.loader.loaded.connect(self._on_loaded)
        self.view = ImageView()
        self.mask: LossMask | None = None
        self.mask_item = QGraphicsPixmapItem()
        self.mask_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.mask_item.setZValue(1)
        self.view.scene().addItem(self.mask_item)
        self.mask_button = QPushButton(self.tr("Mask"), checkable=True)
        self.mask_button.setToolTip(self.tr("Darken what the loss mask leaves out of training (M)"))
        self.mask_button.setStyleSheet(CHECKED_STYLE)
        self.mask_button.toggled.connect(self._show_mask)
        self.mask_label = QLabel()
        self.mask_label.setWordWrap(True)
        self.mask_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mask_label.setContentsMargins(10, 0, 10, 6)
        self.name_label = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.name_label.setStyleSheet("font-weight: bold;")
        self.info = QLabel(objectName="muted")
        self.fit_button = QPushButton(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Zoom to fit the window (F)"))
        self.fit_button.clicked.connect(self.view.fit)
        self.actual_button = QPushButton("100%")
        self.actual_button.setToolTip(self.tr("One image pixel per screen pixel (1)"))
        self.actual_button.clicked.connect(self.view.actual_size)
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Previous image (←)"))
        self.prev_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next image (→)"))
        self.next_button.clicked.connect(lambda: self.go(1))
        bar = QHBoxLayout()
        bar.setContentsMargins(10, 6, 10, 6)
        for widget in (self.prev_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.name_label)
        bar.addWidget(self.info, 1)
        bar.addWidget(self.mask_button)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.actual_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.mask_label)
        layout.addWidget(self.view, 1)
        self._set_mask(None)
        self._show_mask(False)
        for key, slot in ((Qt.Key.Key_Left, lambda: self.go(-1)), (Qt.Key.Key_Right, lambda: self.go(1)),
                          (Qt.Key.Key_F, self.view.fit), (Qt.Key.Key_1, self.view.actual_size),
                          (Qt.Key.Key_M, self._toggle_mask)):
            QShortcut(QKeySequence(key), self, slot)

    def show_images(self, paths: list[Path], position: int) -> None:
        self.paths = list(paths)
        self.position = -1
        self.show_position(position)
        self.show()
        self.raise_()
        self.activateWindow()

    def current_path(self) -> Path | None:
        return self.paths[self.position] if 0 <= self.position < len(self.paths) else None

    def go(self, step: int) -> None:
        if self.paths:
            self.show_position(max(0, min(len(self.paths) - 1, self.position + step)))

    def show_position(self, position: int) -> None:
        if position == self.position:
            return
        self.position = position
        path = self.paths[position]
        self.setWindowTitle(self.tr("{name} — Danlu").format(name=path.name))
        self.name_label.setText(path.name)
        self.info.setText("  " + self.tr("loading…"))
        self.prev_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < len(self.paths) - 1)
        self.loader.load(path)
        self._set_mask(None)
        run_in_background(lambda: read_loss_mask(path), self._on_mask, self)
        self.current_changed.emit(str(path))

    def _on_loaded(self, picture: Picture) -> None:
        if picture.path != self.current_path():
            return
        self.picture = picture
        self.view.set_picture(picture.image, picture.size)
        self.info.setText(f"  {picture.error}" if picture.error else f"  {picture.size[0]}×{picture.size[1]}")

    def _on_mask(self, mask: LossMask) -> None:
        if mask.image == self.current_path():
            self._set_mask(mask)

    def _set_mask(self, mask: LossMask | None) -> None:
        """The toggle shows only for a usable mask; the line says where it is from, or what is wrong."""
        self.mask = mask
        usable = mask is not None and mask.overlay is not None
        self.mask_button.setVisible(usable)
        self.mask_item.setPixmap(QPixmap.fromImage(mask.overlay) if usable else QPixmap())
        if usable:
            scale = QTransform.fromScale(mask.size[0] / mask.overlay.width(), mask.size[1] / mask.overlay.height())
            self.mask_item.setTransform(scale)
        if mask is None or not mask.source:
            self.mask_label.hide()
            return
        if mask.error:
            self.mask_label.setStyleSheet("color: #d9534f;")
            self.mask_label.setText(self.tr("Loss mask: {mask}").format(mask=mask.error))
        else:
            self.mask_label.setStyleSheet("")
            where = (self.tr("the alpha channel (trained with dataset.alpha_mask on)") if mask.source == ALPHA_SOURCE
                     else mask.source)
            self.mask_label.setText(self.tr("Loss mask: {mask}").format(mask=where))
        self.mask_label.show()

    def _show_mask(self, shown: bool) -> None:
        self.mask_item.setVisible(shown)  # without a mask the item holds no pixmap

    def _toggle_mask(self) -> None:
        if self.mask_button.isVisibleTo(self):
            self.mask_button.click()
