"""Thumbnail cache under ``<project>/.danlu/thumbs``: decode once, off the GUI thread, keyed so a
changed original gets a new thumbnail."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from dataprep.fsutil import atomic_write_bytes
from dataprep.imagefiles import list_images
from dataprep.jobs import JobContext, JobError

DEFAULT_SIZE = 256


def cache_key(path: Path, size: int) -> str:
    """Stable name for the thumbnail of *path* at *size*; changes when the file changes."""
    st = path.stat()
    raw = f"{path.resolve()}|{st.st_mtime_ns}|{st.st_size}|{size}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def thumbnail_path(cache_dir: Path, path: Path, size: int = DEFAULT_SIZE) -> Path:
    return cache_dir / f"{cache_key(path, size)}.jpg"


def render_thumbnail(path: Path, size: int = DEFAULT_SIZE) -> bytes:
    """JPEG bytes of *path* fitted in size×size; JPEG draft mode decodes at reduced scale."""
    with Image.open(path) as im:
        if im.format == "JPEG":
            im.draft("RGB", (size, size))
        im = ImageOps.exif_transpose(im)
        if im.mode in ("RGBA", "LA", "P"):
            im = im.convert("RGBA")
            bg = Image.new("RGBA", im.size, (255, 255, 255, 255))
            im = Image.alpha_composite(bg, im)
        im = im.convert("RGB")
        im.thumbnail((size, size), Image.Resampling.LANCZOS)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=85)
        return buf.getvalue()


def ensure_thumbnail(cache_dir: Path, path: Path, size: int = DEFAULT_SIZE) -> Path:
    dest = thumbnail_path(cache_dir, path, size)
    if not dest.exists():
        atomic_write_bytes(dest, render_thumbnail(path, size))
    return dest


def thumbnails_job(ctx: JobContext) -> list[str]:
    """Config: ``source`` (folder), ``cache`` (folder), ``size`` (px), ``recursive`` (bool)."""
    if "source" not in ctx.config or "cache" not in ctx.config:
        raise JobError("config", "thumbnails needs 'source' and 'cache' folders in its config.")
    source = ctx.resolve(ctx.config["source"])
    cache_dir = ctx.resolve(ctx.config["cache"])
    size = int(ctx.config.get("size", DEFAULT_SIZE))
    if not 16 <= size <= 1024:
        raise JobError("config", f"thumbnail size {size} is outside 16–1024 px.")
    try:
        images = list_images(source, bool(ctx.config.get("recursive", False)))
    except FileNotFoundError as exc:
        raise JobError("io", str(exc)) from None
    total = len(images)
    ctx.emitter.progress(0, total, "image")
    for done, path in enumerate(images, 1):
        ctx.check_cancelled()
        try:
            thumb = ensure_thumbnail(cache_dir, path, size)
            ctx.emitter.emit("result", data={"image": str(path), "thumbnail": str(thumb)})
        except (OSError, UnidentifiedImageError, Image.DecompressionBombError) as exc:
            ctx.emitter.warning(f"{path}: cannot read this image ({exc}). It is skipped; re-export or remove it.",
                                path=str(path))
        ctx.emitter.progress(done, total, "image")
    return [str(cache_dir)]
