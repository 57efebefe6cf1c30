"""Greyscale wider than 8 bits is scaled to 8 bits, not clipped: here for loss masks, which an image editor may
save as 16-bit PNG (the scan, prepare, captioners and trainer have their own tests)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from dataprep.grey_depth import is_wide_grey, wide_to_8bit
from dataprep.masks import mask_image


def test_a_16_bit_mask_keeps_its_black_grey_and_white(tmp_path: Path) -> None:
    values = np.array([[0, 32896, 65535, 0]], dtype=np.uint16).repeat(4, axis=0)
    path = tmp_path / "a_mask.png"
    Image.fromarray(values).save(path)
    with Image.open(path) as im:
        assert is_wide_grey(im.mode)  # Pillow reads it as I;16 (or I)
    mask = mask_image(path, alpha=False)
    assert mask is not None and mask.mode == "L"
    assert np.asarray(mask)[0].tolist() == [0, 128, 255, 0]  # Pillow's own conversion gives 0, 255, 255, 0


def test_float_grey_in_0_to_1_is_a_fraction_of_white() -> None:
    im = Image.fromarray(np.array([[0.0, 0.5, 1.0]], dtype=np.float32), "F")
    assert np.asarray(wide_to_8bit(im)).tolist() == [[0, 128, 255]]
    assert not is_wide_grey("L") and not is_wide_grey("RGB")
