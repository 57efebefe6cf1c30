"""Non-destructive crops: one rectangle (and an include/exclude choice) per image, kept in the
project's ``crops.json`` until the prepare job applies them. The originals are never touched.

Rectangles are integer pixels (left, top, right, bottom) of the picture as the user sees it, i.e.
after EXIF rotation, together with the image size they were drawn on, so a re-exported original of
another resolution keeps its crop (scaled) and one of another shape drops it instead of cutting the
wrong part. The file lives in the project folder, not in ``.danlu/``: it is the user's work, not a cache.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dataprep.buckets import BucketSelector, Size
from dataprep.fsutil import atomic_write_text
from dataprep.phrases import Phrase

Rect = tuple[int, int, int, int]  # left, top, right, bottom (right/bottom exclusive), upright pixels
Box = tuple[float, float, float, float]

CROPS_FILE = "crops.json"
FORMAT_VERSION = 1
FREE = "free"
ASPECT_PRESETS: dict[str, tuple[int, int] | None] = {
    FREE: None, "1:1": (1, 1), "2:3": (2, 3), "3:2": (3, 2), "3:4": (3, 4), "4:3": (4, 3), "9:16": (9, 16),
    "16:9": (16, 9),
}


class CropFileError(ValueError):
    """``crops.json`` cannot be used; the message names the file and what to do."""


def parse_aspect(value: str | None) -> tuple[int, int] | None:
    """``"free"``/None/"" → None; ``"2:3"`` (any positive ``w:h``) → (2, 3)."""
    if value is None or value in ("", FREE):
        return None
    if value in ASPECT_PRESETS:
        return ASPECT_PRESETS[value]
    try:
        w, h = (int(p) for p in value.split(":"))
    except ValueError:
        w = h = 0
    if w <= 0 or h <= 0:
        raise ValueError(f"aspect {value!r} is not 'free' or 'width:height' like 2:3.")
    return w, h


def clamp_rect(rect: Rect, size: Size) -> Rect:
    """*rect* limited to the image, at least 1×1 pixel."""
    width, height = size
    left = min(max(0, int(rect[0])), width - 1)
    top = min(max(0, int(rect[1])), height - 1)
    right = min(max(left + 1, int(rect[2])), width)
    bottom = min(max(top + 1, int(rect[3])), height)
    return left, top, right, bottom


def _place(width: float, height: float, center: tuple[float, float], size: Size) -> Rect:
    """A width×height rectangle around *center*, shifted (not shrunk) to lie inside the image."""
    w, h = max(1, round(width)), max(1, round(height))
    left = min(max(0, round(center[0] - w / 2)), size[0] - w)
    top = min(max(0, round(center[1] - h / 2)), size[1] - h)
    return left, top, left + w, top + h


def center_crop(size: Size, aspect: tuple[int, int] | None) -> Rect:
    """The largest rectangle of *aspect* centered in an image of *size* (the whole image when free)."""
    if aspect is None:
        return 0, 0, size[0], size[1]
    ratio = aspect[0] / aspect[1]
    width = min(size[0], size[1] * ratio)
    return _place(width, width / ratio, (size[0] / 2, size[1] / 2), size)


def fit_aspect(rect: Rect, aspect: tuple[int, int] | None, size: Size) -> Rect:
    """*rect* reshaped to *aspect* around its center, keeping its area where the image allows
    (what a crop editor does when the user picks another preset)."""
    rect = clamp_rect(rect, size)
    if aspect is None:
        return rect
    ratio = aspect[0] / aspect[1]
    area = (rect[2] - rect[0]) * (rect[3] - rect[1])
    width = math.sqrt(area * ratio)
    height = width / ratio
    shrink = min(1.0, size[0] / width, size[1] / height)
    center = ((rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2)
    return _place(width * shrink, height * shrink, center, size)


def to_normalized(rect: Rect, size: Size) -> Box:
    """Pixels → fractions of the image (0–1), for views that draw at another scale."""
    return rect[0] / size[0], rect[1] / size[1], rect[2] / size[0], rect[3] / size[1]


def from_normalized(box: Box, size: Size) -> Rect:
    return clamp_rect((round(box[0] * size[0]), round(box[1] * size[1]),
                       round(box[2] * size[0]), round(box[3] * size[1])), size)


@dataclass(frozen=True)
class BucketSnap:
    """Where a crop goes in training: its bucket, the size the trainer scales it to, the part of the
    image it keeps, how much it cuts from each side of the crop (image pixels), and the crop reshaped
    to the bucket's exact aspect ratio, which the trainer would not cut at all."""

    bucket: Size
    resized_size: Size
    kept: Box  # image pixels, upright
    cut: Box  # trimmed from the crop's left, top, right, bottom
    snapped: Rect


def _exact_aspect_rect(kept: Box, bucket: Size, bounds: Rect) -> Rect:
    """An integer rectangle of exactly the bucket's aspect (a multiple of its reduced ratio, e.g. 3:5
    for 384×640) near *kept*, inside *bounds*; rounding *kept* alone leaves a pixel for the trainer to cut."""
    g = math.gcd(*bucket)
    a, b = bucket[0] // g, bucket[1] // g
    room_w, room_h = bounds[2] - bounds[0], bounds[3] - bounds[1]
    k = min(round((kept[2] - kept[0]) / a), room_w // a, room_h // b)
    if k < 1:  # a crop smaller than one ratio step: keep what the trainer keeps
        return round(kept[0]), round(kept[1]), round(kept[2]), round(kept[3])
    w, h = a * k, b * k
    left = min(max(bounds[0], round((kept[0] + kept[2] - w) / 2)), bounds[2] - w)
    top = min(max(bounds[1], round((kept[1] + kept[3] - h) / 2)), bounds[3] - h)
    return left, top, left + w, top + h


def snap_to_bucket(rect: Rect, selector: BucketSelector) -> BucketSnap:
    """The bucket the crop *rect* lands in and what sd-scripts' bucketing would cut from it."""
    left, top, right, bottom = rect
    width, height = right - left, bottom - top
    choice = selector.select_bucket(width, height)
    sx, sy = width / choice.resized_size[0], height / choice.resized_size[1]
    cl, ct, cr, cb = choice.crop_ltrb
    kept = (left + cl * sx, top + ct * sy, left + cr * sx, top + cb * sy)
    cut = (kept[0] - left, kept[1] - top, right - kept[2], bottom - kept[3])
    return BucketSnap(choice.reso, choice.resized_size, kept, (max(0.0, cut[0]), max(0.0, cut[1]), max(0.0, cut[2]),
                      max(0.0, cut[3])), _exact_aspect_rect(kept, choice.reso, rect))


@dataclass
class ImageEdit:
    """The user's choices for one image."""

    crop: Rect | None = None
    size: Size | None = None  # the upright image size the crop was drawn on
    aspect: str = FREE
    excluded: bool = False

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.crop is not None and self.size is not None:
            data.update(crop=list(self.crop), size=list(self.size), aspect=self.aspect)
        if self.excluded:
            data["excluded"] = True
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImageEdit:
        crop, size = data.get("crop"), data.get("size")
        if (crop is None) != (size is None) or (crop is not None and (len(crop) != 4 or len(size) != 2)):
            raise ValueError("a crop needs 'crop' = [left, top, right, bottom] and 'size' = [width, height]")
        parse_aspect(data.get("aspect", FREE))
        return cls(tuple(int(v) for v in crop) if crop else None, tuple(int(v) for v in size) if size else None,
                   str(data.get("aspect", FREE)), bool(data.get("excluded", False)))

    def crop_for(self, size: Size) -> Rect | None:
        """The crop for the image at its current *size*: scaled if it was resized, None if its shape changed."""
        if self.crop is None or self.size is None:
            return None
        if tuple(size) == tuple(self.size):
            return clamp_rect(self.crop, size)
        if abs(size[0] / size[1] - self.size[0] / self.size[1]) > 0.01:
            return None
        return from_normalized(to_normalized(self.crop, self.size), size)


class CropStore:
    """Crops and exclusions of one project, keyed by image path relative to the project folder
    (absolute for originals outside it). Change it in memory, then :meth:`save`."""

    def __init__(self, root: Path, edits: dict[str, ImageEdit] | None = None) -> None:
        self.root = Path(os.path.abspath(root))
        self.edits: dict[str, ImageEdit] = dict(edits or {})

    @property
    def file(self) -> Path:
        return self.root / CROPS_FILE

    @classmethod
    def load(cls, root: Path) -> CropStore:
        store = cls(root)
        if not store.file.exists():
            return store
        try:
            data = json.loads(store.file.read_text(encoding="utf-8"))
            if data.get("format_version", FORMAT_VERSION) > FORMAT_VERSION:
                raise CropFileError(Phrase("{path}: written by a newer Danlu. Update Danlu to open this project.",
                                           path=str(store.file)))
            for key, entry in data.get("images", {}).items():
                try:
                    store.edits[key] = ImageEdit.from_dict(entry)
                except (ValueError, TypeError) as exc:
                    raise CropFileError(Phrase("{path}: the entry for '{key}' is invalid ({error}). Fix or delete that "
                                               "entry (deleting it only forgets that image's crop).",
                                               path=str(store.file), key=key, error=str(exc))) from None
        except (json.JSONDecodeError, UnicodeDecodeError, AttributeError) as exc:
            raise CropFileError(Phrase("{path}: not a valid crops file ({error}). Restore it from a backup, or delete "
                                       "it to start the crops over.", path=str(store.file), error=str(exc))) from None
        except OSError as exc:  # a folder of that name, a file that may not be read
            raise CropFileError(Phrase("{path}: cannot read the crops file ({error}). Make it a file you may read, "
                                       "or move it away to start the crops over.", path=str(store.file),
                                       error=str(exc.strerror or exc))) from None
        return store

    def save(self) -> None:
        images = {key: edit.to_dict() for key, edit in sorted(self.edits.items()) if edit.to_dict()}
        atomic_write_text(self.file, json.dumps({"format_version": FORMAT_VERSION, "images": images}, indent=1))

    def key(self, image: Path) -> str:
        path = Path(os.path.abspath(image))
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def get(self, image: Path) -> ImageEdit:
        return self.edits.get(self.key(image)) or ImageEdit()

    def _update(self, image: Path, **changes: Any) -> None:
        key = self.key(image)
        edit = self.edits.get(key) or ImageEdit()
        for name, value in changes.items():
            setattr(edit, name, value)
        if edit.to_dict():
            self.edits[key] = edit
        else:
            self.edits.pop(key, None)

    def set_crop(self, image: Path, rect: Rect, size: Size, aspect: str = FREE) -> Rect:
        """Store *rect* (clamped to the image) for *image* of upright *size*; returns what was stored."""
        parse_aspect(aspect)
        rect = clamp_rect(rect, size)
        self._update(image, crop=rect, size=(int(size[0]), int(size[1])), aspect=aspect)
        return rect

    def clear_crop(self, image: Path) -> None:
        self._update(image, crop=None, size=None, aspect=FREE)

    def set_excluded(self, image: Path, excluded: bool = True) -> None:
        self._update(image, excluded=bool(excluded))

    def is_excluded(self, image: Path) -> bool:
        return self.get(image).excluded
