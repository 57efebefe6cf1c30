"""Decoding and preprocessing images in worker threads, in order, a bounded number ahead.

Captioners run one model call at a time; feeding it is decode + resize work that Pillow and numpy do
with the GIL released, so a few threads keep the model busy while memory stays bounded.
"""

from __future__ import annotations

import math
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from PIL import Image, ImageOps
from threadpoolctl import threadpool_limits

from dataprep.grey_depth import is_wide_grey, wide_to_8bit
from dataprep.image_import import image_error

T = TypeVar("T")
R = TypeVar("R")

WHITE = (255, 255, 255)
ORIENTATION = 0x0112  # the EXIF tag


def default_workers() -> int:
    return max(1, min(8, os.cpu_count() or 1))


def to_rgb_on_white(im: Image.Image) -> Image.Image:
    """RGB image with any transparency composited onto white (the WD taggers' reference does this); 16-bit and
    float grey scaled to 8 bits first (Pillow's own conversion turns nearly all of such a scan white)."""
    if is_wide_grey(im.mode):
        im = wide_to_8bit(im)
    if im.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in im.info:
        rgba = im.convert("RGBA")
        canvas = Image.new("RGBA", rgba.size, (*WHITE, 255))
        canvas.alpha_composite(rgba)
        return canvas.convert("RGB")
    return im if im.mode == "RGB" else im.convert("RGB")


def load_rgb(path: Path, reduce_to: int | None = None) -> Image.Image:
    """Decode *path* upright (EXIF orientation applied, as the user sees it) as RGB on white.

    Copies of a 12-megapixel photo cost tens of milliseconds each, so an image that needs no
    rotation or conversion is returned as decoded. *reduce_to*: a JPEG is decoded at the smallest of
    libjpeg's scales (1/2, 1/4, 1/8) that keeps its long side at least that many pixels — ten times
    faster for a 12-megapixel photo going to 448 px, but not the same pixels as a full decode
    followed by a resize; other formats are decoded at full size. A file that cannot be read raises
    ImageReadError, whose message names it and says what to do."""
    try:
        with Image.open(path) as im:
            if reduce_to and im.format == "JPEG" and max(im.size) > reduce_to:
                w, h = im.size
                scale = reduce_to / max(w, h)
                im.draft(None, (math.ceil(w * scale), math.ceil(h * scale)))
            im.load()
            if im.getexif().get(ORIENTATION, 1) != 1:
                im = ImageOps.exif_transpose(im)
            return to_rgb_on_white(im)
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as exc:
        raise image_error(Path(path), exc) from None


def ordered_map(
    fn: Callable[[T], R], items: Iterable[T], workers: int, ahead: int
) -> Iterator[tuple[T, R | Exception]]:
    """``(item, fn(item))`` in input order, computed by *workers* threads at most *ahead* items early.

    A failing item yields its exception instead of stopping the stream (one unreadable image must not
    end a 2,000-image job). Closing the iterator early cancels what has not started. While it runs,
    numpy's BLAS is held to one thread: the workers are the parallelism, and a BLAS pool per core
    inside every worker's small matrix products oversubscribed a 16-core machine (feeding fell from
    28 to 17 images/s).
    """
    source = iter(items)
    pending: deque[tuple[T, Future[R]]] = deque()
    pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="danlu-decode")
    limits = threadpool_limits(limits=1, user_api="blas")
    try:
        for item in source:
            pending.append((item, pool.submit(fn, item)))
            if len(pending) >= max(1, ahead):
                break
        while pending:
            item, future = pending.popleft()
            nxt = next(source, _END)
            if nxt is not _END:
                pending.append((nxt, pool.submit(fn, nxt)))  # type: ignore[arg-type]
            try:
                yield item, future.result()
            except Exception as exc:
                yield item, exc
    finally:
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
        limits.restore_original_limits()


_END = object()


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
