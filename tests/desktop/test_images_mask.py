"""The viewer's loss-mask overlay: the toggle darkens what training leaves out, the line names the
mask's source, a wrong-size mask shows the trainer's own message, an image without a mask gets no toggle."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from dataprep.jobs import JobError
from dataprep.masks import check_mask
from desktop.pages.images_edits import EditStore
from desktop.pages.images_grid_model import MASKED, BadgesRole, ImageGridModel
from desktop.pages.images_mask import read_loss_mask
from desktop.pages.images_records import list_records
from desktop.pages.images_thumbs import ThumbnailCache
from desktop.pages.images_viewer import ImageViewer

TIMEOUT = 10_000
GREY = (128, 128, 128)


def _image(path: Path, size: tuple[int, int] = (64, 48)) -> Path:
    Image.new("RGB", size, GREY).save(path)
    return path


def _half_mask(path: Path, size: tuple[int, int] = (64, 48)) -> Path:
    """White (trained) on the left half, black (left out) on the right."""
    mask = Image.new("L", size, 0)
    mask.paste(255, (0, 0, size[0] // 2, size[1]))
    mask.save(path)
    return path


def _open(qtbot, paths: list[Path], position: int = 0) -> ImageViewer:
    viewer = ImageViewer()
    qtbot.addWidget(viewer)
    viewer.show_images(paths, position)
    _wait_for(qtbot, viewer, paths[position])
    return viewer


def _wait_for(qtbot, viewer: ImageViewer, path: Path) -> None:
    qtbot.waitUntil(lambda: viewer.picture is not None and viewer.picture.path == path
                    and viewer.mask is not None and viewer.mask.image == path, timeout=TIMEOUT)


def _shown(viewer: ImageViewer, x: float, y: float) -> QColor:
    """The colour on screen at picture pixel (x, y)."""
    shot = viewer.view.viewport().grab().toImage()
    return shot.pixelColor(viewer.view.mapFromScene(QPointF(x, y)))


def test_the_mask_toggle_darkens_only_what_the_mask_leaves_out(qtbot, tmp_path: Path):
    image = _image(tmp_path / "a.png")
    mask = _half_mask(tmp_path / "a_mask.png")
    viewer = _open(qtbot, [image])
    assert viewer.mask_button.isVisibleTo(viewer) and not viewer.mask_button.isChecked()
    assert viewer.mask_label.isVisibleTo(viewer) and viewer.mask_label.text() == f"Loss mask: {mask}"
    assert _shown(viewer, 48, 24).value() == pytest.approx(128, abs=3)  # overlay off: the picture as it is

    viewer.mask_button.click()
    assert _shown(viewer, 16, 24).value() == pytest.approx(128, abs=3)  # trained half stays clear
    assert _shown(viewer, 48, 24).red() < 60  # left-out half darkened (to about 44)

    viewer.mask_button.click()
    assert _shown(viewer, 48, 24).value() == pytest.approx(128, abs=3)


def test_an_alpha_channel_is_shown_as_the_mask(qtbot, tmp_path: Path):
    rgba = Image.new("RGBA", (64, 48), (*GREY, 255))
    rgba.paste((*GREY, 0), (0, 0, 64, 24))  # transparent top half: left out with dataset.alpha_mask
    rgba.save(tmp_path / "b.png")
    viewer = _open(qtbot, [tmp_path / "b.png"])
    assert "alpha channel" in viewer.mask_label.text()
    before = _shown(viewer, 32, 12).red()  # transparent pixels show flattened on white
    viewer.mask_button.click()
    assert _shown(viewer, 32, 36).red() == pytest.approx(128, abs=3)
    assert _shown(viewer, 32, 12).red() < before * 0.4


def test_a_mask_of_the_wrong_size_shows_the_trainers_message_and_no_toggle(qtbot, tmp_path: Path):
    image = _image(tmp_path / "c.png")
    mask = _half_mask(tmp_path / "c_mask.png", (32, 32))
    with pytest.raises(JobError) as refused:
        check_mask(image, (64, 48), mask)
    viewer = _open(qtbot, [image])
    assert not viewer.mask_button.isVisibleTo(viewer)
    assert viewer.mask_label.isVisibleTo(viewer)
    assert f"{refused.value.message} {refused.value.hint}" in viewer.mask_label.text()
    assert "32x32" in viewer.mask_label.text()


def test_an_image_without_a_mask_has_no_toggle_and_paging_brings_it_back(qtbot, tmp_path: Path):
    plain = _image(tmp_path / "d.png")
    masked = _image(tmp_path / "e.png")
    _half_mask(tmp_path / "e_mask.png")
    viewer = _open(qtbot, [plain, masked])
    assert not viewer.mask_button.isVisibleTo(viewer) and not viewer.mask_label.isVisibleTo(viewer)
    viewer.next_button.click()
    _wait_for(qtbot, viewer, masked)
    assert viewer.mask_button.isVisibleTo(viewer)
    viewer.mask_button.click()
    viewer.prev_button.click()
    _wait_for(qtbot, viewer, plain)
    assert not viewer.mask_button.isVisibleTo(viewer)
    assert _shown(viewer, 48, 24).value() == pytest.approx(128, abs=3)  # no stale overlay from e.png


def test_the_mask_turns_with_an_exif_rotated_photo(tmp_path: Path):
    """The trainer weighs stored pixels; the viewer shows the photo upright, so the tint turns with it."""
    photo = Image.new("RGB", (40, 20), GREY)
    exif = photo.getexif()
    exif[0x0112] = 6  # shown turned 90° clockwise: 20 wide, 40 high
    photo.save(tmp_path / "f.jpg", exif=exif)
    _half_mask(tmp_path / "f_mask.png", (40, 20))  # stored left half trained -> upright top half
    mask = read_loss_mask(tmp_path / "f.jpg")
    assert not mask.error and mask.size == (20, 40)
    assert mask.overlay.pixelColor(10, 5).alpha() == 0
    assert mask.overlay.pixelColor(10, 35).alpha() > 150


def test_the_grid_badges_images_with_a_mask_file_beside_them(qtbot, tmp_path: Path):
    _image(tmp_path / "g.png")
    _half_mask(tmp_path / "g_mask.png")
    _image(tmp_path / "h.jpg")
    _half_mask(tmp_path / "i_mask.png")  # no i.*: an image of its own, not a mask
    model = ImageGridModel(ThumbnailCache(), EditStore())
    records, _missing = list_records([tmp_path])
    model.set_records(records)
    badges = {model.path(row).name: model.index(row).data(BadgesRole) for row in range(model.rowCount())}
    assert badges == {"g.png": (MASKED,), "h.jpg": (), "i_mask.png": ()}  # g's mask is no row of its own
