"""The WD taggers' input, as the reference taggers make it.

Preprocessing follows the reference taggers pixel for pixel: transparency composited onto white
(SmilingWolf's wd-tagger space), then sd-scripts' ``tag_images_by_wd14_tagger.py``: pad to a square
with white (centered, the odd pixel right/bottom), resize to the model's input size with OpenCV's
``INTER_AREA`` when shrinking and ``INTER_LANCZOS4`` when enlarging, rounded to 8 bits, float32 0–255,
BGR, NHWC. Both resizes are reimplemented here in numpy (no OpenCV dependency): ``INTER_AREA`` is the
exact area average (each output pixel is the mean of the source area it covers, fractional pixels
weighted by coverage; computed as banded matrix products with the padding folded into the weights),
rounded half up as OpenCV's integer-ratio path does; ``INTER_LANCZOS4`` is the
8-tap Lanczos (a=4) on pixel centers, edge pixels repeated, in OpenCV's 11-bit fixed point.
"""

from __future__ import annotations

import functools
import math

import numpy as np
from PIL import Image

_COEF_SCALE = 2048  # OpenCV's INTER_RESIZE_COEF_SCALE for 8-bit images


def _round_u8(x: np.ndarray) -> np.ndarray:
    return np.clip(np.floor(x + 0.5), 0, 255).astype(np.uint8)


AreaPlan = tuple[tuple[tuple[int, int, int, int, np.ndarray], ...], np.ndarray]
_AREA_CHUNK = 8  # output rows per matrix product: few Python steps, little wasted arithmetic


@functools.lru_cache(maxsize=64)
def _area_plan(length: int, padded: int, offset: int, n_out: int) -> AreaPlan:
    """INTER_AREA along one axis as banded matrix products.

    The axis is *padded* long with white around *length* image pixels starting at *offset*; output
    pixel j covers [j·s, (j+1)·s), s = padded / n_out, and each source pixel weighs the length of its
    overlap with that span, over s. Returns chunks ``(out_lo, out_hi, in_lo, in_hi, weights)`` over
    the image pixels, and the weight each output pixel gives the white padding (so no padded copy of
    the image is ever made).
    """
    s = padded / n_out
    white = np.zeros(n_out)
    chunks = []
    for lo in range(0, n_out, _AREA_CHUNK):
        hi = min(n_out, lo + _AREA_CHUNK)
        first = max(0, math.floor(lo * s) - offset)
        last = max(first, min(length, math.ceil(hi * s) - offset))  # image pixels [first, last) touch it
        weights = np.zeros((hi - lo, last - first))
        for j in range(lo, hi):
            start, end = j * s, (j + 1) * s
            for p in range(math.floor(start), min(padded, math.ceil(end))):
                overlap = (min(end, p + 1) - max(start, p)) / s
                if offset <= p < offset + length:
                    weights[j - lo, p - offset - first] += overlap
                else:
                    white[j] += overlap
        chunks.append((lo, hi, first, last, weights.astype(np.float32)))
    return tuple(chunks), white.astype(np.float32)


def _area_axis0(a: np.ndarray, plan: AreaPlan) -> np.ndarray:
    """Apply an area plan to the rows of 2-D *a* (uint8 or float32): n_out × a.shape[1], float32."""
    chunks, white = plan
    out = np.empty((len(white), a.shape[1]), np.float32)
    for lo, hi, first, last, weights in chunks:
        np.matmul(weights, a[first:last].astype(np.float32, copy=False), out=out[lo:hi])
    out += 255.0 * white[:, None]
    return out


def _area_resize(rgb: np.ndarray, size: int) -> np.ndarray:
    """INTER_AREA of the white-padded square of *rgb* (h×w×3 uint8) to size×size×3, float32 unrounded."""
    h, w, _ = rgb.shape
    n = max(h, w)
    rows = _area_axis0(rgb.reshape(h, w * 3), _area_plan(h, n, (n - h) // 2, size))
    cols = np.ascontiguousarray(rows.reshape(size, w, 3).transpose(1, 0, 2)).reshape(w, size * 3)
    return _area_axis0(cols, _area_plan(w, n, (n - w) // 2, size)).reshape(size, size, 3).transpose(1, 0, 2)


@functools.lru_cache(maxsize=32)
def lanczos4_matrix(n_in: int, n_out: int) -> np.ndarray:
    """n_out × n_in weights of OpenCV's 8-bit INTER_LANCZOS4 along one axis, as OpenCV stores them:
    rounded to integers in units of 1/2048, edge pixels repeated. Integer-valued float64 (read-only)."""
    taps = np.arange(8)
    fx = (np.arange(n_out) + 0.5) * (n_in / n_out) - 0.5
    sx = np.floor(fx)
    t = (fx - sx)[:, None] + 3 - taps  # distance of each of the 8 taps sx-3 .. sx+4
    k = np.sinc(t) * np.sinc(t / 4)
    k /= k.sum(axis=1, keepdims=True)
    weights = np.zeros((n_out, n_in))
    columns = np.clip(sx[:, None].astype(np.int64) - 3 + taps, 0, n_in - 1)
    np.add.at(weights, (np.repeat(np.arange(n_out), 8), columns.ravel()), np.rint(k * _COEF_SCALE).ravel())
    weights.flags.writeable = False
    return weights


def _lanczos_square(square: np.ndarray, size: int) -> np.ndarray:
    """INTER_LANCZOS4 enlargement in OpenCV's fixed point: the sums are integers (exact in float64),
    scaled by 2048² and rounded half up at the end."""
    n = square.shape[0]
    m = lanczos4_matrix(n, size)
    rows = (m @ square.astype(np.float64).reshape(n, n * 3)).reshape(size, n, 3)
    cols = np.ascontiguousarray(rows.transpose(1, 0, 2)).reshape(n, size * 3)
    return (m @ cols).reshape(size, size, 3).transpose(1, 0, 2) / _COEF_SCALE**2


def pad_to_square(rgb: np.ndarray) -> np.ndarray:
    """White padding to a square, centered; the odd pixel goes right/bottom (as sd-scripts does)."""
    h, w, _ = rgb.shape
    n = max(h, w)
    if h == w:
        return rgb
    top, left = (n - h) // 2, (n - w) // 2
    square = np.full((n, n, 3), 255, np.uint8)
    square[top : top + h, left : left + w] = rgb
    return square


def prepare_image(image: Image.Image | np.ndarray, size: int) -> np.ndarray:
    """The tagger's input for one RGB image: size×size×3 float32, BGR, 0–255 (see the module doc)."""
    rgb = np.asarray(image, dtype=np.uint8)
    if rgb.ndim != 3 or rgb.shape[2] != 3:
        raise ValueError(f"expected an RGB image, got an array of shape {rgb.shape}")
    n = max(rgb.shape[:2])
    if n > size:
        square = _round_u8(_area_resize(rgb, size))
    elif n < size:
        square = _round_u8(_lanczos_square(pad_to_square(rgb), size))
    else:
        square = pad_to_square(rgb)
    return np.ascontiguousarray(square[:, :, ::-1], dtype=np.float32)
