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
from dataprep.fsutil import atomic_write_bytes
from dataprep.image_import import ImageReadError, decode, draft_for, open_bytes, read_header, rgb_of
from dataprep.jobs import JobError
from dataprep.layout import LayoutError
from dataprep.masks import mask_image, mask_path_for
from dataprep.phrases import Phrase
from dataprep.prepare_manifest import source_stamp
from dataprep.prepare_masks import alpha_weights, render_mask, source_mask
from dataprep.prepare_options import FORMATS, Geometry, PrepareOptions, plan_geometry


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


def copy_captions(source: Path, output: Path) -> list[str]:
    """Copy the source's caption files beside the output, byte for byte. An existing caption in the
    output folder is the user's edit of the training set and is never overwritten."""
    copied = []
    for ext in CAPTION_EXTENSIONS:
        src, dst = source.with_suffix(ext), output.with_suffix(ext)
        if src.is_file() and not dst.exists():
            atomic_write_bytes(dst, src.read_bytes())
            copied.append(str(dst))
    return copied


def render(source: Path, edit: ImageEdit | None, options: PrepareOptions) -> tuple[Image.Image, Geometry]:
    """The prepared picture of *source* and how it was made (raises ImageReadError)."""
    data = source.read_bytes()
    im, header = open_bytes(source, data, options.max_pixels)
    with im:
        geometry = plan_geometry(header.size, edit, options)
        left, top, right, bottom = geometry.box
        draft_for(im, header, min(geometry.size[0] / (right - left), geometry.size[1] / (bottom - top)),
                  gap=options.reducing_gap)
        upright = rgb_of(source, decode(source, im, data[:64]), options.background)
    fx, fy = upright.width / header.size[0], upright.height / header.size[1]
    box = (left * fx, top * fy, right * fx, bottom * fy)
    if geometry.size == (upright.width, upright.height) and box == (0, 0, upright.width, upright.height):
        return upright, geometry
    resized = upright.resize(geometry.size, Image.Resampling.LANCZOS, box=box, reducing_gap=options.reducing_gap)
    return resized, geometry


def prepare_one(item: PrepareItem, options: PrepareOptions) -> PrepareResult:
    """Render, write and caption one image, and its loss mask (runs in a worker process); errors come back
    in the result."""
    source, output = Path(item.source), Path(item.output)
    result = PrepareResult(item.source, item.output)
    try:
        mask = source_mask(source)  # checked first: an image is not prepared without its mask
        picture, geometry = render(source, item.edit, options)
        atomic_write_bytes(output, encode_image(picture, options), fsync=False)
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
            atomic_write_bytes(mask_path_for(output), buf.getvalue(), fsync=False)
        result.size, result.bucket = geometry.size, geometry.bucket
        result.captions = copy_captions(source, output)
    except JobError as exc:  # the mask has another size than its image
        result.error, result.kind = Phrase("{message} {hint}", message=exc.message, hint=exc.hint), "mask"
    except LayoutError as exc:  # the mask cannot be read
        result.error, result.kind = str(exc), "mask"
    except ImageReadError as exc:
        result.error, result.kind = exc.message, exc.kind
    except OSError as exc:  # reading the original vanished mid-run, or the output disk is full/read-only
        result.error, result.kind = Phrase("{path}: could not prepare it ({error}). Check the file and that "
                                           "{folder} is writable with free space.", path=str(source),
                                           error=str(exc.strerror or exc), folder=str(output.parent)), "io"
    except ValueError as exc:  # the encoder's own limits, e.g. WebP's 16383 px
        result.error, result.kind = Phrase("{path}: could not write it as {format} ({error}). Choose another format "
                                           "or a smaller size.", path=str(source), format=options.format,
                                           error=str(exc)), "encode"
    return result
