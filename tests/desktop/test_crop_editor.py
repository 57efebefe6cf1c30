"""The crop editor: dragging and resizing the crop, aspect presets, snap to bucket, keyboard nudging,
next/previous, and the crops it stores in crops.json (never in the image)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtTest import QTest

from dataprep.buckets import BucketSelector, BucketSettings
from dataprep.crops import ASPECT_PRESETS, CROPS_FILE, center_crop, snap_to_bucket
from desktop.pages.images_crop_editor import CropEditor, describe_snap, to_qrect
from desktop.pages.images_edits import EditStore
from desktop.widgets.crop_item import move_rect, resize_rect

TIMEOUT = 20_000
BOUNDS = QRectF(0, 0, 1200, 800)


def rect_of(r: QRectF) -> tuple[int, int, int, int]:
    return round(r.left()), round(r.top()), round(r.right()), round(r.bottom())


@pytest.fixture
def images(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "images"
    folder.mkdir()
    a, b = folder / "a.jpg", folder / "b.jpg"
    Image.linear_gradient("L").resize((1200, 800)).convert("RGB").save(a, quality=90)
    Image.linear_gradient("L").resize((800, 1200)).convert("RGB").save(b, quality=90)
    return [a, b]


@pytest.fixture
def editor(qtbot, tmp_path: Path, images: list[Path]) -> CropEditor:
    edits = EditStore()
    edits.set_project(tmp_path)
    qtbot.waitUntil(lambda: edits.ready, timeout=TIMEOUT)
    widget = CropEditor(edits)
    widget._edits = edits  # keep the store alive with the widget
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    widget.open(images, 0)
    qtbot.waitUntil(lambda: widget.picture is not None, timeout=TIMEOUT)
    return widget


def stored(editor: CropEditor, path: Path) -> tuple[int, int, int, int] | None:
    return editor.edits.edit(path).crop


def saved_file(qtbot, editor: CropEditor) -> dict:
    qtbot.waitUntil(lambda: not editor.edits.saving, timeout=TIMEOUT)
    return json.loads((editor.edits.store.root / CROPS_FILE).read_text(encoding="utf-8"))["images"]


def drag(editor: CropEditor, start: QPointF, end: QPointF, release: bool = True) -> None:
    """Press at *start*, move to *end* (image pixels), release."""
    view = editor.view
    p0, p1 = view.mapFromScene(start), view.mapFromScene(end)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p0)
    QTest.mouseMove(view.viewport(), p1)
    if release:
        QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p1)


def near(a: tuple[int, ...], b: tuple[int, ...], tolerance: int = 3) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


# ---- the geometry of a drag


def test_resize_keeps_the_opposite_corner_the_aspect_and_the_bounds() -> None:
    rect = QRectF(200, 100, 400, 400)
    square = resize_rect(rect, (1, 1), QPointF(650, 560), BOUNDS, 1.0)  # follows the side pulled further
    assert rect_of(square)[:2] == (200, 100) and square.width() == square.height() == 460
    capped = resize_rect(rect, (1, 1), QPointF(5000, 5000), BOUNDS, 1.0)
    assert capped.bottom() == 800 and capped.width() == 700  # the image's bottom edge stops it
    wide = resize_rect(rect, (1, 0), QPointF(1000, 300), BOUNDS, 16 / 9)
    assert wide.left() == 200 and abs(wide.width() / wide.height() - 16 / 9) < 0.01
    assert abs(wide.center().y() - rect.center().y()) <= 1  # the height grows around the middle
    free = resize_rect(rect, (-1, 0), QPointF(50, 999), BOUNDS, None)
    assert rect_of(free) == (50, 100, 600, 500)
    tiny = resize_rect(rect, (1, 1), QPointF(0, 0), BOUNDS, None)
    assert rect_of(tiny) == (200, 100, 216, 116)  # never smaller than the minimum, never flipped


def test_move_stops_at_the_edges_without_shrinking() -> None:
    rect = QRectF(100, 100, 300, 200)
    assert rect_of(move_rect(rect, 50, -20, BOUNDS)) == (150, 80, 450, 280)
    assert rect_of(move_rect(rect, -500, 5000, BOUNDS)) == (0, 600, 300, 800)


# ---- the editor


def test_an_image_without_a_crop_shows_the_whole_picture_and_stores_nothing(editor: CropEditor, images):
    assert editor.picture.size == (1200, 800)
    assert rect_of(editor.view.crop.rect) == (0, 0, 1200, 800)
    assert stored(editor, images[0]) is None
    assert "not saved yet" in editor.info.text()


def test_dragging_the_body_moves_the_crop_and_saves_it(qtbot, editor: CropEditor, images, tmp_path):
    before = hashlib.sha256(images[0].read_bytes()).hexdigest()
    qtbot.mouseClick(editor.aspect_buttons["1:1"], Qt.MouseButton.LeftButton)
    assert stored(editor, images[0]) == (200, 0, 1000, 800)  # the preset reshapes the crop
    drag(editor, QPointF(600, 400), QPointF(450, 400))
    crop = stored(editor, images[0])
    assert near(crop, (50, 0, 850, 800))
    assert saved_file(qtbot, editor) == {"images/a.jpg": {"crop": list(crop), "size": [1200, 800], "aspect": "1:1"}}
    assert hashlib.sha256(images[0].read_bytes()).hexdigest() == before  # the image is never touched


def test_resizing_a_corner_keeps_the_preset_aspect(qtbot, editor: CropEditor, images):
    qtbot.mouseClick(editor.aspect_buttons["3:4"], Qt.MouseButton.LeftButton)
    left, top, right, bottom = stored(editor, images[0])
    drag(editor, QPointF(right, bottom), QPointF(right - 150, bottom - 60))
    l2, t2, r2, b2 = stored(editor, images[0])
    assert (l2, t2) == (left, top) and r2 < right
    assert abs((r2 - l2) / (b2 - t2) - 3 / 4) < 0.01


def test_dragging_outside_the_crop_draws_a_new_one(qtbot, editor: CropEditor, images):
    qtbot.mouseClick(editor.aspect_buttons["1:1"], Qt.MouseButton.LeftButton)  # 200..1000
    qtbot.mouseClick(editor.aspect_buttons["free"], Qt.MouseButton.LeftButton)
    drag(editor, QPointF(1050, 100), QPointF(1180, 700))
    assert near(stored(editor, images[0]), (1050, 100, 1180, 700))


@pytest.mark.parametrize("preset", [p for p in ASPECT_PRESETS if p != "free"])
def test_every_preset_constrains_the_crop(qtbot, editor: CropEditor, images, preset: str):
    qtbot.mouseClick(editor.aspect_buttons[preset], Qt.MouseButton.LeftButton)
    left, top, right, bottom = stored(editor, images[0])
    w, h = ASPECT_PRESETS[preset]
    assert abs((right - left) / (bottom - top) - w / h) < 0.01
    assert editor.view.crop.ratio == pytest.approx(w / h)


def test_snap_to_bucket_shows_the_bucket_and_the_cut_then_snaps(qtbot, editor: CropEditor, images):
    settings = BucketSettings((512, 512), bucket_no_upscale=False)
    editor.set_bucket_settings(settings)
    editor.snap_box.setChecked(True)
    selector = BucketSelector(settings)
    drag(editor, QPointF(1200, 800), QPointF(1000, 700), release=False)  # mid-drag: shows, saves nothing
    dragged = rect_of(editor.view.crop.rect)
    snap = snap_to_bucket(dragged, selector)
    assert snap.bucket == selector.select_bucket(dragged[2] - dragged[0], dragged[3] - dragged[1]).reso
    assert describe_snap(snap) in editor.info.text()
    assert editor.view.crop.trainer_keep == to_qrect(snap.kept)  # the shaded cut
    assert stored(editor, images[0]) is None
    QTest.mouseRelease(editor.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       editor.view.mapFromScene(QPointF(1000, 700)))
    assert stored(editor, images[0]) == snap.snapped
    w, h = snap.snapped[2] - snap.snapped[0], snap.snapped[3] - snap.snapped[1]
    assert w * snap.bucket[1] == h * snap.bucket[0]  # exactly the bucket's aspect: the trainer cuts nothing
    assert "cuts nothing" in editor.info.text()


def test_arrow_keys_nudge_the_crop(qtbot, editor: CropEditor, images):
    qtbot.mouseClick(editor.aspect_buttons["1:1"], Qt.MouseButton.LeftButton)  # (200, 0, 1000, 800)
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Right)
    assert stored(editor, images[0]) == (201, 0, 1001, 800)
    qtbot.keyClick(editor.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert stored(editor, images[0]) == (191, 0, 991, 800)
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # at the bottom already
    assert stored(editor, images[0]) == (191, 0, 991, 800)


def test_next_and_previous_keep_each_images_crop(qtbot, editor: CropEditor, images):
    qtbot.mouseClick(editor.aspect_buttons["16:9"], Qt.MouseButton.LeftButton)
    crop_a = stored(editor, images[0])
    qtbot.keyClick(editor.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: editor.picture is not None and editor.picture.path == images[1], timeout=TIMEOUT)
    assert editor.picture.size == (800, 1200) and not editor.next_button.isEnabled()
    assert rect_of(editor.view.crop.rect) == center_crop((800, 1200), (16, 9))  # b has none: a suggestion
    assert stored(editor, images[1]) is None
    qtbot.mouseClick(editor.prev_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.picture is not None and editor.picture.path == images[0], timeout=TIMEOUT)
    assert rect_of(editor.view.crop.rect) == crop_a and editor.aspect() == "16:9"


def test_reset_forgets_the_crop_and_exclude_is_stored(qtbot, editor: CropEditor, images):
    qtbot.mouseClick(editor.aspect_buttons["1:1"], Qt.MouseButton.LeftButton)
    editor.reset_button.click()
    assert stored(editor, images[0]) is None and rect_of(editor.view.crop.rect) == (0, 0, 1200, 800)
    editor.exclude_box.click()
    assert saved_file(qtbot, editor) == {"images/a.jpg": {"excluded": True}}
