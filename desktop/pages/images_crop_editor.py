"""The crop editor: one picture with its crop rectangle, aspect presets, snap to bucket (which bucket the
crop lands in and what the trainer would cut, from dataprep's bucket math), a rule-of-thirds guide,
next/previous. Crops are saved to the project's crops.json (never into the image) as soon as a drag
or nudge ends."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dataprep.buckets import BucketSelector, BucketSettings
from dataprep.crops import ASPECT_PRESETS, FREE, BucketSnap, Rect, center_crop, fit_aspect, parse_aspect, snap_to_bucket
from desktop.pages.images_edits import EditStore
from desktop.pages.images_picture import Picture, PictureLoader
from desktop.widgets.crop_view import CropView
from desktop.widgets.phrase_text import listed

DISPLAY_SIDE = 2048  # decoded at most this big: the crop is still in the original's pixels


def to_rect(r: QRectF) -> Rect:
    return round(r.left()), round(r.top()), round(r.right()), round(r.bottom())


def to_qrect(r: Rect | tuple[float, float, float, float]) -> QRectF:
    return QRectF(r[0], r[1], r[2] - r[0], r[3] - r[1])


def describe_snap(snap: BucketSnap) -> str:
    """'bucket 512×768 · scaled to 512×790 · the trainer cuts 11 px top, 11 px bottom' in image pixels."""
    names = (QCoreApplication.translate("CropEditor", "{px} px left"),
             QCoreApplication.translate("CropEditor", "{px} px top"),
             QCoreApplication.translate("CropEditor", "{px} px right"),
             QCoreApplication.translate("CropEditor", "{px} px bottom"))
    sides = [name.format(px=round(v)) for v, name in zip(snap.cut, names, strict=True) if round(v) > 0]
    cut = (QCoreApplication.translate("CropEditor", "the trainer cuts {sides}").format(sides=listed(sides))
           if sides else QCoreApplication.translate("CropEditor", "the trainer cuts nothing"))
    bw, bh = snap.bucket
    rw, rh = snap.resized_size
    parts = [QCoreApplication.translate("CropEditor", "bucket {w}×{h}").format(w=bw, h=bh)]
    if (rw, rh) != (bw, bh):
        parts.append(QCoreApplication.translate("CropEditor", "scaled to {w}×{h}").format(w=rw, h=rh))
    return " · ".join([*parts, cut])


class CropEditor(QWidget):
    """``back`` when the user returns to the grid; ``current_changed(path)`` when another image shows."""

    back = Signal()
    current_changed = Signal(str)

    def __init__(self, edits: EditStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.paths: list[Path] = []
        self.position = -1
        self.picture: Picture | None = None
        self.selector = BucketSelector(BucketSettings())
        self.loader = PictureLoader(self, DISPLAY_SIDE)
        self.loader.loaded.connect(self._on_loaded)

        self.back_button = QPushButton(self.tr("← Grid"))
        self.back_button.setToolTip(self.tr("Back to the thumbnails (Esc)"))
        self.back_button.clicked.connect(self.back)
        self.prev_button = QPushButton(self.tr("◀ Previous"))
        self.prev_button.setToolTip(self.tr("Previous image (Page Up)"))
        self.prev_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Next image (Page Down)"))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.name_label = QLabel(objectName="emptyTitle")
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # long names elide
        self.exclude_box = QCheckBox(self.tr("Excluded"))
        self.exclude_box.setToolTip(self.tr("Leave this image out of the prepared set"))
        self.exclude_box.clicked.connect(self._on_exclude)

        self.aspect_group = QButtonGroup(self)
        self.aspect_group.setExclusive(True)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Aspect"), objectName="muted"))
        self.aspect_buttons: dict[str, QToolButton] = {}
        for name in ASPECT_PRESETS:
            button = QToolButton(text=self.tr("Free") if name == FREE else name, checkable=True)
            button.clicked.connect(lambda _=False, n=name: self.set_aspect(n, apply=True))
            self.aspect_group.addButton(button)
            self.aspect_buttons[name] = button
            tools.addWidget(button)
        self.aspect_buttons[FREE].setChecked(True)
        tools.addSpacing(12)
        self.snap_box = QCheckBox(self.tr("Snap to bucket"))
        self.snap_box.setToolTip(self.tr("Show the training bucket the crop lands in, shade what the trainer would "
                                         "cut, and reshape the crop to the bucket's exact aspect when you let go"))
        self.snap_box.toggled.connect(self._on_snap_toggled)
        self.thirds_box = QCheckBox(self.tr("Thirds"), checked=True)
        self.thirds_box.toggled.connect(self._on_thirds)
        self.center_button = QPushButton(self.tr("Center"))
        self.center_button.setToolTip(self.tr("The largest centred crop of the chosen aspect"))
        self.center_button.clicked.connect(self.center)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Forget this image's crop (prepare then uses its own setting)"))
        self.reset_button.clicked.connect(self.reset)
        for widget in (self.snap_box, self.thirds_box):
            tools.addWidget(widget)
        tools.addStretch(1)
        top = QHBoxLayout()
        for widget in (self.back_button, self.prev_button, self.next_button):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.name_label, 1)
        for widget in (self.center_button, self.reset_button, self.exclude_box):
            top.addWidget(widget)

        self.view = CropView()
        self.view.crop_changed.connect(self._on_crop_changed)
        self.view.crop_edited.connect(self._on_crop_edited)
        self.info = QLabel(objectName="muted")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        for keys, slot in ((QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.go(-1)),
                           (QKeySequence.StandardKey.MoveToNextPage, lambda: self.go(1)),
                           (QKeySequence(Qt.Key.Key_Escape), self.back.emit)):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # ---- what is shown
    def open(self, paths: list[Path], position: int) -> None:
        self.paths = list(paths)
        self.position = -1
        self.show_position(position)
        self.view.setFocus()

    def current_path(self) -> Path | None:
        return self.paths[self.position] if 0 <= self.position < len(self.paths) else None

    def go(self, step: int) -> None:
        position = max(0, min(len(self.paths) - 1, self.position + step))
        if self.paths and position != self.position:
            self.show_position(position)

    def show_position(self, position: int) -> None:
        if not self.paths:
            return
        self.position = position
        path = self.paths[position]
        self.picture = None
        self.name_label.setText(path.name)
        self.prev_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < len(self.paths) - 1)
        self.exclude_box.setChecked(self.edits.is_excluded(path))
        self.info.setText(self.tr("Loading…"))
        self.loader.load(path)
        self.current_changed.emit(str(path))

    def set_bucket_settings(self, settings: BucketSettings) -> None:
        """The training buckets that snap-to-bucket shows (the prepare panel's resolution)."""
        self.selector = BucketSelector(settings)
        self._on_crop_changed(self.view.crop.rect)

    def _on_loaded(self, picture: Picture) -> None:
        if picture.path != self.current_path():
            return
        self.picture = picture
        self.view.set_picture(picture.image, picture.size)
        if picture.error:
            self.info.setText(picture.error)
            return
        edit = self.edits.edit(picture.path)
        rect = edit.crop_for(picture.size)
        if rect is not None:
            self.set_aspect(edit.aspect, apply=False)
        else:
            rect = center_crop(picture.size, parse_aspect(self.aspect()))
        self.view.crop.set_rect(to_qrect(rect))
        self._on_crop_changed(self.view.crop.rect)

    # ---- editing
    def aspect(self) -> str:
        return next((n for n, b in self.aspect_buttons.items() if b.isChecked()), FREE)

    def set_aspect(self, name: str, apply: bool = True) -> None:
        """Constrain the crop to preset *name*; *apply* also reshapes and saves the current crop."""
        button = self.aspect_buttons.get(name)
        if button is None:
            return  # a custom w:h from the file: keep the buttons as they are
        button.setChecked(True)
        ratio = parse_aspect(name)
        self.view.crop.ratio = ratio[0] / ratio[1] if ratio else None
        if apply and self.picture is not None and not self.picture.error:
            rect = fit_aspect(to_rect(self.view.crop.rect), ratio, self.picture.size)
            self._commit(to_qrect(rect))

    def center(self) -> None:
        if self.picture is not None and not self.picture.error:
            self._commit(to_qrect(center_crop(self.picture.size, parse_aspect(self.aspect()))))

    def reset(self) -> None:
        path = self.current_path()
        if path is None or self.picture is None or self.picture.error:
            return
        self.edits.clear_crop(path)
        self.view.crop.set_rect(to_qrect(center_crop(self.picture.size, None)))
        self._on_crop_changed(self.view.crop.rect)

    def snap(self) -> BucketSnap | None:
        rect = to_rect(self.view.crop.rect)
        if self.picture is None or self.picture.error or rect[2] <= rect[0] or rect[3] <= rect[1]:
            return None
        return snap_to_bucket(rect, self.selector)

    def _on_crop_changed(self, rect: QRectF) -> None:
        if self.picture is None or self.picture.error:
            return
        left, top, right, bottom = to_rect(rect)
        w, h = right - left, bottom - top
        text = self.tr("Crop {w}×{h} at ({left}, {top}) of {width}×{height}").format(
            w=w, h=h, left=left, top=top, width=self.picture.size[0], height=self.picture.size[1])
        path = self.current_path()
        if path is not None and self.edits.edit(path).crop is None:
            text += " · " + self.tr("not saved yet: prepare's own crop setting applies")
        snap = self.snap() if self.snap_box.isChecked() else None
        self.view.crop.set_trainer_keep(to_qrect(snap.kept) if snap is not None else None)
        if snap is not None:
            text += " · " + describe_snap(snap)
        self.info.setText(text)

    def _on_crop_edited(self, rect: QRectF) -> None:
        self._commit(rect)

    def _commit(self, rect: QRectF) -> None:
        """Show *rect* (snapped to its bucket's exact aspect in snap mode) and save it for the current image."""
        path = self.current_path()
        if path is None or self.picture is None:
            return
        if self.snap_box.isChecked():
            rect = to_qrect(snap_to_bucket(to_rect(rect), self.selector).snapped)
        stored = self.edits.set_crop(path, to_rect(rect), self.picture.size, self.aspect())
        if stored is None:
            self.info.setText(self.tr("Crops cannot be saved: {error}").format(error=self.edits.load_error))
            return
        self.view.crop.set_rect(to_qrect(stored))
        self._on_crop_changed(self.view.crop.rect)

    def _on_snap_toggled(self, _on: bool) -> None:
        self._on_crop_changed(self.view.crop.rect)  # the crop snaps at its next edit, not behind the user's back

    def _on_thirds(self, on: bool) -> None:
        self.view.crop.thirds = on
        self.view.crop.update()

    def _on_exclude(self, excluded: bool) -> None:
        path = self.current_path()
        if path is not None:
            self.edits.set_excluded([path], excluded)
