"""The loss mask of the viewer's picture, as the trainer would find it (dataprep.masks): a
``<stem>_mask`` file beside the image, else the image's alpha channel. Read on the thread pool into
a tint that darkens what the loss leaves out; a mask the trainer would refuse carries its message."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from dataprep.image_import import ImageReadError, read_header
from dataprep.jobs import JobError
from dataprep.layout import LayoutError
from dataprep.masks import check_mask, find_mask, mask_image, upright_mask
from dataprep.steps import image_size

ALPHA_SOURCE = "alpha channel"
TINT = (16, 20, 56)  # dark blue: reads as "left out" on photos and line art alike
TINT_OPACITY = 0.75  # at weight 0; weight 1 stays clear
MAX_OVERLAY_SIDE = 2048  # the tint is drawn scaled to the picture, so a big mask need not be kept whole


@dataclass(frozen=True)
class LossMask:
    """*source* is the mask file's path or ALPHA_SOURCE ("" when the image has no mask); *overlay*
    is the tint (null when there is none to draw), *size* the upright picture size it covers."""

    image: Path
    source: str = ""
    overlay: QImage | None = None
    size: tuple[int, int] = (0, 0)
    error: str = ""


def _upright(mask: Image.Image, image: Path) -> Image.Image:
    """Turn *mask* (stored pixels, as the trainer weighs them) the way the viewer shows *image*."""
    try:
        orientation = read_header(image).orientation
    except ImageReadError:
        return mask
    return upright_mask(mask, orientation)


def tint(weights: Image.Image) -> QImage:
    """RGBA tint over the picture: opaque where the weight is 0, clear where it is 1."""
    if max(weights.size) > MAX_OVERLAY_SIDE:
        weights = weights.copy()
        weights.thumbnail((MAX_OVERLAY_SIDE, MAX_OVERLAY_SIDE), Image.Resampling.BOX)
    w = np.asarray(weights, dtype=np.float32) / 255.0
    rgba = np.empty((*w.shape, 4), dtype=np.uint8)
    rgba[..., :3] = TINT
    rgba[..., 3] = np.round((1.0 - w) * TINT_OPACITY * 255).astype(np.uint8)
    height, width = w.shape
    return QImage(rgba.tobytes(), width, height, 4 * width, QImage.Format.Format_RGBA8888).copy()


def read_loss_mask(image: Path) -> LossMask:
    """The mask of *image* ready to draw, or why it cannot be used. Pool thread."""
    mask_file = find_mask(image, None)
    source = str(mask_file) if mask_file is not None else ALPHA_SOURCE
    try:
        if mask_file is not None:
            check_mask(image, image_size(image), mask_file)
        weights = mask_image(mask_file or image, alpha=mask_file is None)
    except JobError as exc:
        return LossMask(image, source, error=exc.text())
    except LayoutError as exc:
        return LossMask(image, source, error=str(exc))
    except (OSError, UnidentifiedImageError) as exc:
        if mask_file is None:  # an unreadable picture: the viewer already says so
            return LossMask(image)
        return LossMask(image, source, error=QCoreApplication.translate(
            "LossMask", "{file}: cannot read the mask ({error}).").format(file=mask_file, error=exc))
    if weights is None:
        return LossMask(image)
    weights = _upright(weights, image)
    return LossMask(image, source, tint(weights), weights.size)
