"""Loss masks beside training images: where a mask is looked for, its size check, its pixels.

Pure file logic shared by the trainer (training.masks, training.data) and the Images page's viewer, so
both find the same mask and give the same problem text. A mask image's red channel is the weight
(white = 1, black = 0; a grey-scale file works as is); the alpha channel can serve instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PIL import Image, ImageOps

from dataprep.grey_depth import is_wide_grey, wide_to_8bit
from dataprep.imagefiles import IMAGE_EXTENSIONS, list_images
from dataprep.jobs import JobError
from dataprep.phrases import Phrase

MASK_SUFFIX = "_mask"
ORIENTATION_TAG = 0x0112  # EXIF


def is_sibling_mask(path: Path, images: set[Path]) -> bool:
    """Whether *path* is ``<stem>_mask.<ext>`` of another image in *images* (a mask, not a training image)."""
    stem = path.stem
    if not stem.endswith(MASK_SUFFIX):
        return False
    base = stem[: -len(MASK_SUFFIX)]
    return any(path.with_name(base + ext) in images for ext in IMAGE_EXTENSIONS)


def images_with_sibling_masks(paths: set[Path]) -> set[Path]:
    """The images in *paths* whose ``<stem>_mask.<ext>`` is in *paths* too: only the mask files are
    looked at, so a listing of 10,000 images costs next to nothing."""
    found = set()
    for path in paths:
        if path.stem.endswith(MASK_SUFFIX):
            base = path.stem[: -len(MASK_SUFFIX)]
            found.update(p for p in (path.with_name(base + ext) for ext in IMAGE_EXTENSIONS) if p in paths)
    return found


def split_sibling_masks(paths: list[Path]) -> tuple[list[Path], set[Path]]:
    """(*paths* without the ``<stem>_mask`` files of other images in them, the images that have one).

    The one rule for what counts as a training image: the Images grid, import scan, prepare and the
    trainer all list images through it, so a mask is never counted, bucketed, prepared or trained as an
    image. A lone ``x_mask.png`` (no ``x.*`` beside it) stays an image."""
    if not any(MASK_SUFFIX + "." in str(p) for p in paths):  # str of a Path is cached: 10,000 paths in ~1 ms
        return list(paths), set()
    present = set(paths)
    masked = images_with_sibling_masks(present)
    if not masked:
        return list(paths), masked
    return [p for p in paths if not is_sibling_mask(p, present)], masked


def list_training_images(folder: Path, recursive: bool = False, extensions: Iterable[str] = IMAGE_EXTENSIONS
                         ) -> list[Path]:
    """The images of *folder* without the ``<stem>_mask`` files of other images: what is thumbnailed,
    captioned, counted and placed in the layout as a picture."""
    return split_sibling_masks(list_images(folder, recursive, extensions))[0]


def sibling_mask(image: Path, present: set[Path]) -> Path | None:
    """The ``<stem>_mask.*`` file of *image* among *present* (a folder's listing), if any."""
    return next((p for p in mask_candidates(image, None) if p in present), None)


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
    from dataprep.steps import image_size  # steps → layout → masks: imported here, not at the top

    mask_size = image_size(mask)
    if mask_size != size:
        raise JobError(
            "config",
            Phrase("{path}: the mask is {mw}x{mh} pixels but its image {image} is {w}x{h}.", path=str(mask),
                   mw=mask_size[0], mh=mask_size[1], image=image.name, w=size[0], h=size[1]),
            Phrase("Export the mask at the image's size (draw it on a copy of the image), or remove it."),
        )


def upright_mask(mask: Image.Image, orientation: int) -> Image.Image:
    """Turn *mask* (stored pixels, weighed against the stored image) the way EXIF *orientation* turns its image."""
    if orientation == 1:
        return mask
    mask.getexif()[ORIENTATION_TAG] = orientation
    return ImageOps.exif_transpose(mask)


def mask_path_for(image: Path) -> Path:
    """Where prepare writes an image's mask: ``<stem>_mask.png`` beside it (PNG: a mask must stay lossless)."""
    return image.with_name(image.stem + MASK_SUFFIX + ".png")


def mask_image(source: Path, alpha: bool) -> Image.Image | None:
    """The mask as an 8-bit grey image at the source's size; None when *alpha* and the image has none."""
    with Image.open(source) as im:
        if alpha:
            if "A" not in im.getbands() and "transparency" not in im.info:
                return None
            return im.convert("RGBA").getchannel("A")
        if is_wide_grey(im.mode):  # a 16-bit mask from an image editor: scaled, not clipped to all-white
            return wide_to_8bit(im)
        return im.convert("RGB").getchannel("R")
