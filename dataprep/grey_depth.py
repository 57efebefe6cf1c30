"""16-bit, 32-bit and float greyscale pictures brought to 8 bits by scaling.

Pillow's own conversion of such an image to L or RGB clips every value above 255, so a 16-bit scan or mask
turns nearly white; every reader of pixels (scan, prepare, captioners, trainer, masks) goes through here.
"""

from __future__ import annotations

import numpy as np
from PIL import Image


def is_wide_grey(mode: str) -> bool:
    """Whether a Pillow mode is greyscale wider than 8 bits (I, F, I;16*)."""
    return mode in ("I", "F") or mode.startswith("I;16")


def wide_to_8bit(im: Image.Image) -> Image.Image:
    """16-bit and float grayscale → 8-bit L, scaled (float images in 0–1 are taken as fractions of white)."""
    arr = np.asarray(im)
    if im.mode == "F":
        arr = arr * 255.0 if arr.size and float(arr.max()) <= 1.0 else arr
    elif im.mode.startswith("I;16") or (arr.size and int(arr.max()) > 255):
        arr = arr.astype(np.float64) / 257.0
    return Image.fromarray(np.clip(np.rint(arr), 0, 255).astype(np.uint8), "L")
