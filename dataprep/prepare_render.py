"""One image of the prepare job, in a worker process: read the original, crop and scale it, encode it,
write it with its caption files and its loss mask, and say what went wrong in words a user can act on."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from dataprep.buckets import Size
from dataprep.caption_io import CAPTION_EXTENSIONS
from dataprep.crops import ImageEdit
from dataprep.fsutil import atomic_write_bytes, out_of_room
from dataprep.image_import import (
    ImageReadError,
    decode,
    draft_for,
    open_bytes,
    read_header,
    read_image_bytes,
    rgb_of,
)
from dataprep.jobs import JobError
from dataprep.layout import LayoutError
from dataprep.masks import mask_image, mask_path_for
from dataprep.phrases import Phrase
from dataprep.prepare_manifest import source_stamp
from dataprep.prepare_masks import alpha_weights, render_mask, source_mask
from dataprep.prepare_options import FORMATS, Geometry, PrepareOptions, plan_geometry

# PrepareResult kinds of this module (the others are ImageReadError's): an image too small for bucket_no_upscale,
# and a write that found the output disk full or read-only
TOO_SMALL = "too-small"
DISK_FULL = "disk-full"


@dataclass(frozen=True)
class PrepareItem:
    source: str
    output: str
    edit: ImageEdit | None


@dataclass
class PrepareResult:
    source: str
    output: str
    size: Size | None = None
    bucket: Size | None = None
    error: str = ""
    kind: str = ""
    captions: list[str] = field(default_factory=list)
    mask: dict[str, int] | None = None  # the original mask's stamp when one was written beside the output
    alpha_mask: bool = False  # a mask was written from the original's transparency


def encode_image(im: Image.Image, options: PrepareOptions) -> bytes:
    buf = io.BytesIO()
    fmt = FORMATS[options.format][1]
    if fmt == "PNG":
        im.save(buf, fmt, compress_level=options.png_compress_level)
    elif fmt == "JPEG":  # 4:4:4 chroma at high quality: thin coloured details (hair, eyes) stay sharp
        im.save(buf, fmt, quality=options.quality, subsampling=0 if options.quality >= 90 else 2)
    else:
        im.save(buf, fmt, quality=options.quality, method=4)
    return buf.getvalue()


def caption_copies(source: Path, output: Path) -> dict[Path, bytes]:
    """The source's caption files that are not beside the output yet, by the path each copy gets. An existing
    caption in the output folder is the user's edit of the training set and is never overwritten."""
    pairs = [(source.with_suffix(ext), output.with_suffix(ext)) for ext in CAPTION_EXTENSIONS]
    return {dst: src.read_bytes() for src, dst in pairs if src.is_file() and not dst.exists()}


def copy_captions(source: Path, output: Path) -> list[str]:
    """Copy the source's caption files beside the output, byte for byte (:func:`caption_copies`)."""
    copies = caption_copies(source, output)
    for path, data in copies.items():
        atomic_write_bytes(path, data)
    return [str(path) for path in copies]


def render(source: Path, edit: ImageEdit | None, options: PrepareOptions) -> tuple[Image.Image, Geometry]:
    """The prepared picture of *source* and how it was made (raises ImageReadError)."""
    data = read_image_bytes(source)
    im, header = open_bytes(source, data, options.max_pixels)
    with im:
        geometry = plan_geometry(header.size, edit, options)
        left, top, right, bottom = geometry.box
        if geometry.too_small:
            raise ImageReadError(source, TOO_SMALL, Phrase(
                "{path}: too small for its bucket {w}x{h} (the image or its crop has a side under {steps} pixels, "
                "and bucket_no_upscale keeps it from being enlarged). Remove it from the training set, or prepare "
                "with resize = max-side.", path=str(source), w=geometry.size[0], h=geometry.size[1],
                steps=options.bucket.bucket_reso_steps))
        draft_for(im, header, min(geometry.size[0] / (right - left), geometry.size[1] / (bottom - top)),
                  gap=options.reducing_gap)
        upright = rgb_of(source, decode(source, im, data[:64]), options.background)
    fx, fy = upright.width / header.size[0], upright.height / header.size[1]
    box = (left * fx, top * fy, right * fx, bottom * fy)
    if geometry.size == (upright.width, upright.height) and box == (0, 0, upright.width, upright.height):
        return upright, geometry
    resized = upright.resize(geometry.size, Image.Resampling.LANCZOS, box=box, reducing_gap=options.reducing_gap)
    return resized, geometry


def _outputs(source: Path, output: Path, edit: ImageEdit | None, options: PrepareOptions, result: PrepareResult
             ) -> dict[Path, bytes]:
    """Everything to write for one image, made before anything is written: the encoded picture and its loss
    mask (what they are goes into *result*); reading errors raise."""
    mask = source_mask(source)  # checked first: an image is not prepared without its mask
    picture, geometry = render(source, edit, options)
    files = {output: encode_image(picture, options)}
    if mask is not None:
        weights: Image.Image | None = mask_image(mask[0], alpha=False)
        result.mask = source_stamp(mask[0])
    else:
        weights = alpha_weights(source) if options.alpha_mask else None
        result.alpha_mask = weights is not None
    if weights is not None:
        buf = io.BytesIO()
        header = mask[1] if mask is not None else read_header(source)
        fitted = render_mask(weights, header, geometry.size, geometry.box)
        fitted.save(buf, "PNG", compress_level=options.png_compress_level)
        files[mask_path_for(output)] = buf.getvalue()
    result.size, result.bucket = geometry.size, geometry.bucket
    return files


def prepare_one(item: PrepareItem, options: PrepareOptions) -> PrepareResult:
    """Render, write and caption one image, and its loss mask (runs in a worker process); errors come back
    in the result. A write that finds the disk full comes back as kind DISK_FULL: the job stops on it."""
    source, output = Path(item.source), Path(item.output)
    result = PrepareResult(item.source, item.output)
    try:
        files = _outputs(source, output, item.edit, options, result)
        captions = caption_copies(source, output)
    except JobError as exc:  # the mask has another size than its image
        result.error, result.kind = exc.text(), "mask"
        return result
    except LayoutError as exc:  # the mask cannot be read
        result.error, result.kind = str(exc), "mask"
        return result
    except ImageReadError as exc:
        result.error, result.kind = exc.message, exc.kind
        return result
    except OSError as exc:  # the mask's pixels or a caption file cannot be read
        result.error, result.kind = Phrase("{path}: could not prepare it ({error}). Check the image, its mask and "
                                           "its caption file.", path=str(source), error=str(exc.strerror or exc)), "io"
        return result
    except ValueError as exc:  # the encoder's own limits, e.g. WebP's 16383 px
        result.error, result.kind = Phrase("{path}: could not write it as {format} ({error}). Choose another format "
                                           "or a smaller size.", path=str(source), format=options.format,
                                           error=str(exc)), "encode"
        return result
    try:
        for path, data in files.items():
            atomic_write_bytes(path, data, fsync=False)
        for path, data in captions.items():
            atomic_write_bytes(path, data)
    except OSError as exc:
        result.error = Phrase("{path}: could not write {file} ({error}). Check that {folder} is writable and has "
                              "free space.", path=str(source), file=str(path),
                              error=str(exc.strerror or exc), folder=str(output.parent))
        result.kind = DISK_FULL if out_of_room(exc) else "write"
        return result
    result.captions = [str(path) for path in captions]
    return result
