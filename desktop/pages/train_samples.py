"""The latest sample images of a run as a strip of thumbnails; a click shows one large with its prompt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.background import run_in_background

THUMB = 96
MAX_SAMPLES = 60  # the strip keeps the newest; all of them stay in the run's samples/ folder
VIEW_MAX = 768
PathRole = Qt.ItemDataRole.UserRole + 1


def _load(path: str, size: int) -> QImage:
    image = QImage(path)
    if image.isNull():
        return image
    return image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class SampleViewer(QDialog):
    def __init__(self, path: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(Path(path).name)
        self.image = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        image = _load(path, VIEW_MAX)
        if image.isNull():
            self.image.setText(self.tr("Cannot read {file}").format(file=path))
        else:
            self.image.setPixmap(QPixmap.fromImage(image))
        self.prompt = QLabel(prompt or self.tr("(no prompt)"))
        self.prompt.setWordWrap(True)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.prompt)


class SamplesStrip(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setSpacing(4)
        self.setFixedHeight(THUMB + 66)  # a row of items and the horizontal scroll bar
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip(self.tr("Click a sample to see it large"))
        self.itemClicked.connect(self._open)
        self.viewer: SampleViewer | None = None

    def add_sample(self, path: str, prompt: str, step: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(self.tr("step {step}").format(step=step) if step is not None else Path(path).stem)
        item.setData(PathRole, path)
        item.setToolTip(prompt)
        item.setSizeHint(QSize(THUMB + 12, THUMB + 30))
        self.addItem(item)
        while self.count() > MAX_SAMPLES:
            self.takeItem(0)
        self.scrollToItem(item)
        run_in_background(lambda: _load(path, THUMB), lambda image: self._show_thumb(item, image), self)
        return item

    def _show_thumb(self, item: QListWidgetItem, image: QImage) -> None:
        if self.row(item) >= 0 and not image.isNull():
            item.setIcon(QIcon(QPixmap.fromImage(image)))

    def _open(self, item: QListWidgetItem) -> None:
        self.viewer = SampleViewer(str(item.data(PathRole)), item.toolTip(), self)
        self.viewer.show()
