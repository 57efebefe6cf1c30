"""Thumbnail cache under ``<project>/.danlu/thumbs``: decode once, off the GUI thread, keyed so a
changed original gets a new thumbnail."""

from __future__ import annotations

import functools
import hashlib
import io
from pathlib import Path

from PIL import Image

from dataprep.fsutil import atomic_write_bytes
from dataprep.image_import import IMPORT_EXTENSIONS, ImageReadError, load_image
from dataprep.imagefiles import FolderReadError
from dataprep.jobs import JobContext, JobError
from dataprep.masks import list_training_images
from dataprep.parallel import parallel_map
from dataprep.phrases import Phrase, exception_text

DEFAULT_SIZE = 256


def cache_key(path: Path, size: int) -> str:
    """Stable name for the thumbnail of *path* at *size*; changes when the file changes."""
    st = path.stat()
    raw = f"{path.resolve()}|{st.st_mtime_ns}|{st.st_size}|{size}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def thumbnail_path(cache_dir: Path, path: Path, size: int = DEFAULT_SIZE) -> Path:
    return cache_dir / f"{cache_key(path, size)}.jpg"


def render_thumbnail(path: Path, size: int = DEFAULT_SIZE) -> bytes:
    """JPEG bytes of *path* fitted in size×size, upright and flattened like the prepared image will be.
    Big JPEGs decode at 1/2–1/8 scale (draft mode), which is most of the speed. Raises ImageReadError."""
    im, _ = load_image(path, fit_side=size, draft_gap=1.0)  # a preview: DCT scaling down to the size is fine
    im.thumbnail((size, size), Image.Resampling.LANCZOS, reducing_gap=2.0)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)
    return buf.getvalue()


def ensure_thumbnail(cache_dir: Path, path: Path, size: int = DEFAULT_SIZE) -> Path:
    dest = thumbnail_path(cache_dir, path, size)
    if not dest.exists():
        atomic_write_bytes(dest, render_thumbnail(path, size), fsync=False)  # a cache: rebuilt if lost
    return dest


def _thumbnail_or_error(path: Path, cache_dir: Path, size: int) -> tuple[str, str]:
    """(thumbnail path, "") or ("", message); runs in a worker process."""
    try:
        return str(ensure_thumbnail(cache_dir, path, size)), ""
    except ImageReadError as exc:
        return "", Phrase("{message} It is skipped.", message=exc.message)
    except OSError as exc:
        return "", Phrase("{path}: cannot make its thumbnail ({error}). It is skipped; check the file and the cache "
                          "folder.", path=str(path), error=str(exc))


def thumbnails_job(ctx: JobContext) -> list[str]:
    """Config: ``source`` (folder), ``cache`` (folder), ``size`` (px), ``recursive`` (bool),
    ``workers`` (0: all cores)."""
    if "source" not in ctx.config or "cache" not in ctx.config:
        raise JobError("config", Phrase("thumbnails needs 'source' and 'cache' folders in its config."))
    source = ctx.resolve(ctx.config["source"])
    cache_dir = ctx.resolve(ctx.config["cache"])
    size = int(ctx.config.get("size", DEFAULT_SIZE))
    if not 16 <= size <= 1024:
        raise JobError("config", Phrase("thumbnail size {size} is outside 16–1024 px.", size=size))
    try:
        images = list_training_images(source, bool(ctx.config.get("recursive", False)), IMPORT_EXTENSIONS)
    except (FileNotFoundError, FolderReadError) as exc:
        raise JobError("io", exception_text(exc)) from None
    total = len(images)
    ctx.emitter.progress(0, total, "image")
    worker = functools.partial(_thumbnail_or_error, cache_dir=cache_dir, size=size)
    jobs = parallel_map(worker, images, int(ctx.config.get("workers", 0)), lambda: ctx.cancelled)
    for done, (index, (thumb, error)) in enumerate(jobs, 1):
        path = images[index]
        if error:
            ctx.emitter.warning(error, path=str(path))
        else:
            ctx.emitter.emit("result", data={"image": str(path), "thumbnail": thumb})
        ctx.emitter.progress(done, total, "image")
    ctx.check_cancelled()
    return [str(cache_dir)]
