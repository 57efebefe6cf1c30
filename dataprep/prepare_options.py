"""What prepare makes of each image: its options (everything that changes the output pixels) and the
geometry they give one image, the crop box and output size the Images page previews and the job renders."""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from dataprep.buckets import BucketSelector, BucketSettings, Size, parse_resolution
from dataprep.crops import Box, ImageEdit, center_crop, parse_aspect, snap_to_bucket
from dataprep.image_import import DEFAULT_MAX_PIXELS, RGB, WHITE, parse_color

CROP_MODES = ("per-image", "center", "none")
RESIZE_MODES = ("max-side", "bucket", "none")
FORMATS = {"png": (".png", "PNG"), "jpg": (".jpg", "JPEG"), "webp": (".webp", "WEBP")}


@dataclass(frozen=True)
class PrepareOptions:
    """How each image is turned into a training image (everything that changes the output pixels)."""

    crop: str = "per-image"  # per-image: the crop editor's crop; center: centered crop of `aspect`; none
    aspect: str = "free"  # center crop aspect; for per-image, what images without their own crop get
    resize: str = "max-side"  # max-side: long side at most `max_side`; bucket: exactly the bucket; none
    max_side: int = 768
    upscale: bool = False  # max-side: enlarge images smaller than max_side
    bucket: BucketSettings = field(default_factory=lambda: BucketSettings((768, 768), bucket_no_upscale=True))
    format: str = "png"
    quality: int = 95  # jpg and webp
    png_compress_level: int = 1  # photos barely shrink past 1, and 6 takes twice as long
    background: RGB = WHITE  # transparent pixels are flattened on this colour
    alpha_mask: bool = True  # an image with transparency and no mask file gets its alpha as <stem>_mask.png
    reducing_gap: float = 1.5  # Lanczos after a fast integer reduction (or JPEG draft) to ≥ this × the target
    max_pixels: int = DEFAULT_MAX_PIXELS

    @property
    def extension(self) -> str:
        return FORMATS[self.format][0]

    @classmethod
    def from_config(cls, cfg: dict[str, Any]) -> PrepareOptions:
        """Options from a job config's flat keys (bucket settings under sd-scripts' names); ValueError
        or BucketError says which value to change. Keys that are not options are ignored."""
        values = {k: cfg[k] for k in OPTION_KEYS if k in cfg}
        bucket_values = {k: cfg[k] for k in BUCKET_KEYS[1:] if k in cfg}
        bucket_values.setdefault("bucket_no_upscale", True)  # bucket-fit never enlarges unless asked to
        bucket = BucketSettings(resolution=parse_resolution(cfg.get("resolution", 768)), enable_bucket=True,
                                **bucket_values)
        options = cls(bucket=bucket, background=parse_color(cfg.get("background", "#ffffff")), **values)
        _check_options(options)
        if options.resize == "bucket":
            _selector(options.bucket)  # raises BucketError for limits sd-scripts would reject
        return options

    def to_config(self) -> dict[str, Any]:
        """The flat keys :meth:`from_config` reads, for the GUI to write a job's TOML."""
        cfg = {k: v for k, v in asdict(self).items() if k in OPTION_KEYS}
        b = self.bucket
        cfg.update(resolution=list(b.resolution), min_bucket_reso=b.min_bucket_reso, max_bucket_reso=b.max_bucket_reso,
                   bucket_reso_steps=b.bucket_reso_steps, bucket_no_upscale=b.bucket_no_upscale,
                   background="#{:02x}{:02x}{:02x}".format(*self.background))
        return cfg

    def recipe(self, edit: ImageEdit | None) -> str:
        """A fingerprint of everything that decides one output's pixels: a change re-renders it on resume."""
        data = asdict(self)
        data["crop_rect"] = [edit.crop, edit.size] if edit is not None and self.crop == "per-image" else None
        return hashlib.sha1(json.dumps(data, sort_keys=True, default=list).encode()).hexdigest()[:16]


# the job config's keys that are options: PrepareOptions' own fields, and the bucket settings by sd-scripts' names
OPTION_KEYS = {f.name for f in fields(PrepareOptions)} - {"bucket", "background"}
BUCKET_KEYS = ("resolution", "min_bucket_reso", "max_bucket_reso", "bucket_reso_steps", "bucket_no_upscale")


def _check_options(o: PrepareOptions) -> None:
    if o.crop not in CROP_MODES:
        raise ValueError(f"crop = {o.crop!r}: use one of {', '.join(CROP_MODES)}.")
    if o.resize not in RESIZE_MODES:
        raise ValueError(f"resize = {o.resize!r}: use one of {', '.join(RESIZE_MODES)}.")
    if o.format not in FORMATS:
        raise ValueError(f"format = {o.format!r}: use one of {', '.join(FORMATS)}.")
    if o.crop == "center" and parse_aspect(o.aspect) is None:
        raise ValueError("crop = 'center' needs an aspect such as '1:1' or '2:3'.")
    parse_aspect(o.aspect)
    if not 64 <= o.max_side <= 8192:
        raise ValueError(f"max_side = {o.max_side}: use 64–8192 pixels (512, 768 and 1024 are usual).")
    if not 1 <= o.quality <= 100 or not 0 <= o.png_compress_level <= 9:
        raise ValueError("quality must be 1–100 and png_compress_level 0–9.")
    if o.reducing_gap < 1 or o.max_pixels < 1:
        raise ValueError("reducing_gap must be 1 or more and max_pixels positive.")


@dataclass(frozen=True)
class Geometry:
    """What prepare does to one image: the part of the upright original it keeps and the output size."""

    box: Box
    size: Size
    bucket: Size | None = None
    # the bucket needs more than the crop (or image) holds and bucket_no_upscale forbids enlarging it
    too_small: bool = False


@functools.lru_cache(maxsize=8)
def _selector(settings: BucketSettings) -> BucketSelector:
    return BucketSelector(settings)


def plan_geometry(size: Size, edit: ImageEdit | None, options: PrepareOptions) -> Geometry:
    """The crop box and output size for an upright image of *size* — what the Images page previews
    (buckets histogram) and what the job renders."""
    rect = edit.crop_for(size) if edit is not None and options.crop == "per-image" else None
    if rect is None:
        aspect = parse_aspect(options.aspect) if options.crop != "none" else None
        rect = center_crop(size, aspect)
    width, height = rect[2] - rect[0], rect[3] - rect[1]
    if options.resize == "bucket":
        snap = snap_to_bucket(rect, _selector(options.bucket))
        kept, slack = snap.kept, 1e-3  # float rounding of the cut
        beyond = kept[0] < rect[0] - slack or kept[1] < rect[1] - slack or kept[2] > rect[2] + slack or \
            kept[3] > rect[3] + slack
        return Geometry(kept, snap.bucket, snap.bucket, beyond)
    box = (float(rect[0]), float(rect[1]), float(rect[2]), float(rect[3]))
    if options.resize == "none":
        return Geometry(box, (width, height))
    scale = options.max_side / max(width, height)
    if scale > 1 and not options.upscale:
        scale = 1.0
    return Geometry(box, (max(1, round(width * scale)), max(1, round(height * scale))))
