"""The full-size viewer: one picture at a time, fitted or at 100 %, with the wheel to zoom and the
arrow keys to page through the grid's current order. Decoded on the thread pool."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.pages.images_picture import Picture, PictureLoader
from desktop.widgets.crop_view import ImageView


class ImageViewer(QDialog):
    """``current_changed(path)`` when another image shows, so the grid can follow."""

    current_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Image")
        self.resize(1000, 720)
        self.paths: list[Path] = []
        self.position = -1
        self.picture: Picture | None = None
        self.loader = PictureLoader(self)
        self.loader.loaded.connect(self._on_loaded)
        self.view = ImageView()
        self.name_label = QLabel()
        self.info = QLabel(objectName="muted")
        self.fit_button = QPushButton("Fit")
        self.fit_button.setToolTip("Zoom to fit the window (F)")
        self.fit_button.clicked.connect(self.view.fit)
        self.actual_button = QPushButton("100%")
        self.actual_button.setToolTip("One image pixel per screen pixel (1)")
        self.actual_button.clicked.connect(self.view.actual_size)
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip("Previous image (←)")
        self.prev_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip("Next image (→)")
        self.next_button.clicked.connect(lambda: self.go(1))
        bar = QHBoxLayout()
        bar.setContentsMargins(10, 6, 10, 6)
        for widget in (self.prev_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.name_label)
        bar.addWidget(self.info, 1)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.actual_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        for key, slot in ((Qt.Key.Key_Left, lambda: self.go(-1)), (Qt.Key.Key_Right, lambda: self.go(1)),
                          (Qt.Key.Key_F, self.view.fit), (Qt.Key.Key_1, self.view.actual_size)):
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
        self.setWindowTitle(f"{path.name} — Danlu")
        self.name_label.setText(f"<b>{path.name}</b>")
        self.info.setText("  loading…")
        self.prev_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < len(self.paths) - 1)
        self.loader.load(path)
        self.current_changed.emit(str(path))

    def _on_loaded(self, picture: Picture) -> None:
        if picture.path != self.current_path():
            return
        self.picture = picture
        self.view.set_picture(picture.image, picture.size)
        self.info.setText(f"  {picture.error}" if picture.error else f"  {picture.size[0]}×{picture.size[1]}")
