"""Aspect-ratio bucketing with sd-scripts' exact rules, so Danlu's step counts, crops and latents match
what ``train_network.py`` would do with the same folder.

Two modes, as in sd-scripts' ``BucketManager``:

* predefined buckets (``enable_bucket`` without ``bucket_no_upscale``): a fixed list of resolutions of
  about the training area; each image goes to the bucket of closest aspect ratio (an image whose size
  *is* a bucket keeps it), is scaled so it covers the bucket (up or down) and is center-cropped;
* ``bucket_no_upscale``: the bucket is computed per image: scaled down (never up) to fit the training
  area, then cut to multiples of ``bucket_reso_steps``.

Without ``enable_bucket`` there is one bucket, the training resolution itself. A batch only holds
images of one bucket, so each bucket's last batch may be partial: those partial batches are why a
bucketed epoch has more steps than ``images / batch_size``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

Size = tuple[int, int]  # (width, height), as sd-scripts writes them

# sd-scripts' defaults for min_bucket_reso / max_bucket_reso / bucket_reso_steps
DEFAULT_MIN_BUCKET_RESO = 256
DEFAULT_MAX_BUCKET_RESO = 1024
DEFAULT_BUCKET_RESO_STEPS = 64


class BucketError(ValueError):
    """Bucket settings sd-scripts would reject; the message says which value to change."""


def parse_resolution(value: int | str | Iterable[int]) -> Size:
    """``512``, ``"512"``, ``"768,512"`` or ``(768, 512)`` → (width, height), as sd-scripts' ``resolution``."""
    if isinstance(value, int):
        parts = [value]
    elif isinstance(value, str):
        try:
            parts = [int(p) for p in value.replace("x", ",").split(",") if p.strip()]
        except ValueError:
            raise BucketError(f"resolution {value!r} is not 'size' or 'width,height' in pixels.") from None
    else:
        parts = [int(p) for p in value]
    if len(parts) == 1:
        parts = parts * 2
    if len(parts) != 2 or min(parts) < 64:
        raise BucketError(f"resolution {value!r} must be one or two sizes of at least 64 px, like 512 or 768,512.")
    return parts[0], parts[1]


def make_bucket_resolutions(max_reso: Size, min_size: int = DEFAULT_MIN_BUCKET_RESO,
                            max_size: int = DEFAULT_MAX_BUCKET_RESO,
                            divisible: int = DEFAULT_BUCKET_RESO_STEPS) -> list[Size]:
    """The predefined buckets: the square of the training area, then for each width from *min_size* to
    *max_size* (in *divisible* steps) the tallest height that keeps the area within the training area,
    with both orientations. Sorted, as sd-scripts sorts them."""
    max_area = max_reso[0] * max_reso[1]
    side = int(math.sqrt(max_area) // divisible) * divisible
    resos = {(side, side)}
    for width in range(min_size, max_size + 1, divisible):
        height = min(max_size, int((max_area // width) // divisible) * divisible)
        if height >= min_size:
            resos.add((width, height))
            resos.add((height, width))
    return sorted(resos)


def adjust_bucket_limits(resolution: Size, min_bucket_reso: int, max_bucket_reso: int,
                         steps: int) -> tuple[int, int]:
    """Round min down / max up to multiples of *steps* and check they bracket the resolution, like sd-scripts."""
    if steps < 1:
        raise BucketError(f"bucket_reso_steps must be 1 or more (got {steps}); 64 is the usual value.")
    if min_bucket_reso % steps:
        min_bucket_reso -= min_bucket_reso % steps
    if max_bucket_reso % steps:
        max_bucket_reso += steps - max_bucket_reso % steps
    if min(resolution) < min_bucket_reso:
        raise BucketError(f"min_bucket_reso {min_bucket_reso} is larger than the resolution's short side "
                          f"{min(resolution)}: lower min_bucket_reso or raise the resolution.")
    if max(resolution) > max_bucket_reso:
        raise BucketError(f"max_bucket_reso {max_bucket_reso} is smaller than the resolution's long side "
                          f"{max(resolution)}: raise max_bucket_reso or lower the resolution.")
    return min_bucket_reso, max_bucket_reso


class BucketChoice(NamedTuple):
    """Where one image goes: its bucket, the size it is resized to, and the box of the resized image
    that is kept (a center crop, as sd-scripts does without ``random_crop``)."""

    reso: Size
    resized_size: Size
    crop_ltrb: tuple[int, int, int, int]


def center_crop_box(resized_size: Size, reso: Size) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the *reso* window centered in an image of *resized_size*."""
    left = max(0, resized_size[0] - reso[0]) // 2
    top = max(0, resized_size[1] - reso[1]) // 2
    return left, top, left + reso[0], top + reso[1]


def aspect_error(reso: Size, image_size: Size) -> float:
    """sd-scripts' "ar error": bucket aspect ratio minus image aspect ratio."""
    return reso[0] / reso[1] - image_size[0] / image_size[1]


def sdxl_crop_ltrb(reso: Size, image_size: Size) -> tuple[float, float, float, float]:
    """The crop box sd-scripts feeds to SDXL's crop conditioning (its ``get_crop_ltrb``): where the
    whole image would sit if fitted *inside* the bucket. It is not the crop applied to the pixels
    (that is BucketChoice.crop_ltrb); SDXL's ``crop_top_left`` is (top, left) of this box."""
    bucket_ar = reso[0] / reso[1]
    image_ar = image_size[0] / image_size[1]
    if bucket_ar > image_ar:
        width, height = reso[1] * image_ar, float(reso[1])
    else:
        width, height = float(reso[0]), reso[0] / image_ar
    left = (reso[0] - width) // 2
    top = (reso[1] - height) // 2
    return left, top, left + width, top + height


@dataclass(frozen=True)
class BucketSettings:
    """sd-scripts' dataset bucketing arguments (same names, same defaults)."""

    resolution: Size = (512, 512)
    enable_bucket: bool = True
    min_bucket_reso: int = DEFAULT_MIN_BUCKET_RESO
    max_bucket_reso: int = DEFAULT_MAX_BUCKET_RESO
    bucket_reso_steps: int = DEFAULT_BUCKET_RESO_STEPS
    bucket_no_upscale: bool = False


class BucketSelector:
    """Picks the bucket of each image for one dataset (sd-scripts' ``BucketManager.select_bucket``)."""

    def __init__(self, settings: BucketSettings | None = None) -> None:
        self.settings = settings = settings or BucketSettings()
        width, height = settings.resolution
        self.max_area = width * height
        self.steps = settings.bucket_reso_steps
        self.no_upscale = settings.enable_bucket and settings.bucket_no_upscale
        if settings.enable_bucket:
            low, high = adjust_bucket_limits(settings.resolution, settings.min_bucket_reso,
                                             settings.max_bucket_reso, settings.bucket_reso_steps)
            resos = [] if self.no_upscale else make_bucket_resolutions(settings.resolution, low, high, self.steps)
        else:
            resos = [(width, height)]  # one fixed bucket; min/max/steps are not used
        self.predefined_resos: list[Size] = resos
        self._predefined_set = set(resos)
        self._aspects = [w / h for w, h in resos]
        self._cache: dict[Size, BucketChoice] = {}

    def _round_to_steps(self, x: float) -> int:
        rounded = int(x + 0.5)
        return rounded - rounded % self.steps

    def select_bucket(self, image_width: int, image_height: int) -> BucketChoice:
        """Bucket, resized size and kept box for an image of this size."""
        key = (image_width, image_height)
        choice = self._cache.get(key)
        if choice is None:
            if image_width < 1 or image_height < 1:
                raise BucketError(f"image size {image_width}x{image_height} is empty.")
            reso, resized = (self._select_no_upscale if self.no_upscale else self._select_predefined)(*key)
            choice = self._cache[key] = BucketChoice(reso, resized, center_crop_box(resized, reso))
        return choice

    def _select_predefined(self, image_width: int, image_height: int) -> tuple[Size, Size]:
        aspect = image_width / image_height
        reso = (image_width, image_height)
        if reso not in self._predefined_set:
            # first bucket (in sorted order) with the smallest aspect-ratio error
            best = min(range(len(self._aspects)), key=lambda i: abs(self._aspects[i] - aspect))
            reso = self.predefined_resos[best]
        # scale so the image covers the bucket: fit the side that leaves the other one overhanging
        scale = reso[1] / image_height if aspect > reso[0] / reso[1] else reso[0] / image_width
        return reso, (int(image_width * scale + 0.5), int(image_height * scale + 0.5))

    def _select_no_upscale(self, image_width: int, image_height: int) -> tuple[Size, Size]:
        aspect = image_width / image_height
        if image_width * image_height > self.max_area:
            # shrink to the training area keeping the aspect ratio, then round whichever side
            # (width or height) to the steps keeps the aspect ratio closer; a side is at least one step
            # (a strip of 1:70 and beyond rounds to 0 at 512 px, where sd-scripts divides by zero)
            resized_width = math.sqrt(self.max_area * aspect)
            resized_height = self.max_area / resized_width
            width_rounded = max(self.steps, self._round_to_steps(resized_width))
            height_in_wr = max(self.steps, self._round_to_steps(width_rounded / aspect))
            height_rounded = max(self.steps, self._round_to_steps(resized_height))
            width_in_hr = max(self.steps, self._round_to_steps(height_rounded * aspect))
            if abs(width_rounded / height_in_wr - aspect) < abs(width_in_hr / height_rounded - aspect):
                resized = (width_rounded, int(width_rounded / aspect + 0.5))
            else:
                resized = (int(height_rounded * aspect + 0.5), height_rounded)
        else:
            resized = (image_width, image_height)
        # the bucket is the largest multiple of the steps inside the image: crop, never pad
        reso = (max(self.steps, resized[0] - resized[0] % self.steps),
                max(self.steps, resized[1] - resized[1] % self.steps))
        return reso, resized


@dataclass
class BucketCount:
    """One bucket of an epoch: how many samples (images × repeats) land in it and the batches they make."""

    reso: Size
    samples: int
    images: int
    batches: int


@dataclass
class BucketPlan:
    """All buckets of one dataset for one epoch, sorted by resolution like sd-scripts' log."""

    batch_size: int
    buckets: list[BucketCount] = field(default_factory=list)
    mean_ar_error: float = 0.0

    @property
    def samples(self) -> int:
        return sum(b.samples for b in self.buckets)

    @property
    def batches(self) -> int:
        """Batches per epoch: sum over buckets of ceil(samples / batch_size)."""
        return sum(b.batches for b in self.buckets)

    @property
    def partial_batches(self) -> int:
        """Batches added by bucketing: those beyond ceil(all samples / batch_size)."""
        return self.batches - math.ceil(self.samples / self.batch_size)


def plan_buckets(images: Iterable[tuple[Size, int]], selector: BucketSelector, batch_size: int) -> BucketPlan:
    """Put images (size, repeats) into buckets and count batches. An image with repeats n adds n samples
    to its bucket; images with 0 repeats are not trained. ``mean_ar_error`` is over images, not repeats."""
    if batch_size < 1:
        raise BucketError(f"batch size must be 1 or more (got {batch_size}).")
    samples: dict[Size, int] = {}
    counts: dict[Size, int] = {}
    errors: list[float] = []
    for (width, height), repeats in images:
        if repeats < 1:
            continue
        reso = selector.select_bucket(width, height).reso
        samples[reso] = samples.get(reso, 0) + repeats
        counts[reso] = counts.get(reso, 0) + 1
        errors.append(abs(aspect_error(reso, (width, height))))
    buckets = [BucketCount(reso, samples[reso], counts[reso], math.ceil(samples[reso] / batch_size))
               for reso in sorted(samples)]
    mean_error = sum(errors) / len(errors) if errors else 0.0
    return BucketPlan(batch_size, buckets, mean_error)
