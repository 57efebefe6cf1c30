"""The loss mask of a prepared image: the original's mask file, or its transparency, given the picture's
upright turn, crop and size (dataprep.prepare writes it beside the picture as ``<stem>_mask.png``)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from dataprep.crops import Box
from dataprep.image_import import ImageHeader, read_header
from dataprep.masks import check_mask, find_mask, mask_image, upright_mask

# Bilinear (antialiased when shrinking) keeps a soft mask's grey edges; Lanczos would ring around hard ones.
MASK_RESAMPLING = Image.Resampling.BILINEAR


def source_mask(source: Path) -> tuple[Path, ImageHeader] | None:
    """The loss mask beside *source* and the image's header, checked to have the image's stored size
    (JobError, or LayoutError for an unreadable mask, otherwise)."""
    mask = find_mask(source, None)
    if mask is None:
        return None
    header = read_header(source)
    check_mask(source, header.stored_size, mask)
    return mask, header


def render_mask(weights: Image.Image, header: ImageHeader, size: tuple[int, int], box: Box) -> Image.Image:
    """The prepared image's loss mask: the original's mask (weights in stored pixels, see dataprep.masks)
    turned upright, cropped to the picture's *box* and scaled to its *size*."""
    weights = upright_mask(weights, header.orientation)
    if size == weights.size and box == (0, 0, weights.width, weights.height):
        return weights
    return weights.resize(size, MASK_RESAMPLING, box=box)


def alpha_weights(source: Path) -> Image.Image | None:
    """The source's transparency as mask weights; None when it has none or is opaque everywhere (the
    picture itself is flattened on the background, so the mask is where the cut-out shows)."""
    alpha = mask_image(source, alpha=True)
    return None if alpha is None or alpha.getextrema() == (255, 255) else alpha
