"""Loss masks (sd-scripts' ``masked_loss``): where in each image the loss counts.

A mask comes from the image's alpha channel (``alpha_mask``), from a mask image of the same name in a
mask folder (``conditioning_data_dir``, as sd-scripts), or from ``<stem>_mask.<ext>`` beside the
image. A mask image's red channel is the weight (white = 1, black = 0; a grey-scale file works as
is). Masks go through the same resize, crop and flip as their image (training.data), so a mask always
covers the pixels it was drawn on. Regularization images need no mask: without one they count whole.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from dataprep.imagefiles import IMAGE_EXTENSIONS
from dataprep.jobs import JobError
from dataprep.steps import image_size

MASK_SUFFIX = "_mask"


def is_sibling_mask(path: Path, images: set[Path]) -> bool:
    """Whether *path* is ``<stem>_mask.<ext>`` of another image in *images* (a mask, not a training image)."""
    stem = path.stem
    if not stem.endswith(MASK_SUFFIX):
        return False
    base = stem[: -len(MASK_SUFFIX)]
    return any(path.with_name(base + ext) in images for ext in IMAGE_EXTENSIONS)


def mask_candidates(image: Path, mask_dir: Path | None) -> list[Path]:
    """Where the mask of *image* may be, in the order they are tried."""
    names = []
    if mask_dir is not None:
        for folder in (mask_dir / image.parent.name, mask_dir):
            names += [folder / (image.stem + ext) for ext in IMAGE_EXTENSIONS]
    else:
        names += [image.with_name(image.stem + MASK_SUFFIX + ext) for ext in IMAGE_EXTENSIONS]
    return names


def find_mask(image: Path, mask_dir: Path | None) -> Path | None:
    return next((p for p in mask_candidates(image, mask_dir) if p.is_file()), None)


def check_mask(image: Path, size: tuple[int, int], mask: Path) -> None:
    """A mask must have its image's size: a resized or cropped mask would weigh the wrong pixels."""
    mask_size = image_size(mask)
    if mask_size != size:
        raise JobError(
            "config",
            f"{mask}: the mask is {mask_size[0]}x{mask_size[1]} pixels but its image {image.name} is "
            f"{size[0]}x{size[1]}.",
            "Export the mask at the image's size (draw it on a copy of the image), or remove it.",
        )


def missing_masks_error(missing: list[Path], mask_dir: Path | None) -> JobError:
    shown = ", ".join(str(p) for p in missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
    where = (
        f"in {mask_dir} (same name as the image, in a sub-folder named like the image's folder or directly)"
        if mask_dir is not None
        else f"beside the image as '<image name>{MASK_SUFFIX}.png'"
    )
    return JobError(
        "config",
        f"loss.masked_loss is on but {len(missing)} training image(s) have no mask: {shown}.",
        f"Add a mask {where}, tick dataset.alpha_mask to use the images' transparency, or turn masked loss off.",
    )


def mask_image(source: Path, alpha: bool) -> Image.Image | None:
    """The mask as an 8-bit grey image at the source's size; None when *alpha* and the image has none."""
    with Image.open(source) as im:
        if alpha:
            if "A" not in im.getbands() and "transparency" not in im.info:
                return None
            return im.convert("RGBA").getchannel("A")
        return im.convert("RGB").getchannel("R")
