"""The prepare job: originals → the training set in ``<project>/prepared``, cropped and resized.

``python -m dataprep prepare prepare.toml``. Each image is cropped (its own crop from the crop
editor, a center crop of an aspect, or not at all), scaled to the target (a maximum side, or
exactly the bucket sd-scripts would put it in, so the trainer has nothing left to cut) with Lanczos,
and written with the source's stem so its caption stays paired; captions are copied along, and a loss
mask beside the original (``<stem>_mask.<ext>``) is turned, cropped and scaled like its image. Big
JPEGs decode at reduced scale when the target is much smaller. Work is spread over all cores;
a manifest in the output folder makes a re-run skip images whose source and settings did not change.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from PIL import Image

from dataprep.buckets import (
    BucketError,
    BucketPlan,
    BucketSelector,
    BucketSettings,
    Size,
    parse_resolution,
    plan_buckets,
)
from dataprep.caption_io import CAPTION_EXTENSIONS
from dataprep.crops import Box, CropFileError, CropStore, ImageEdit, center_crop, parse_aspect, snap_to_bucket
from dataprep.fsutil import atomic_write_bytes, atomic_write_text
from dataprep.image_import import (
    DEFAULT_MAX_PIXELS,
    RGB,
    WHITE,
    ImageReadError,
    decode,
    draft_for,
    find_image_files,
    open_bytes,
    parse_color,
    read_header,
    rgb_of,
)
from dataprep.jobs import JobContext, JobError
from dataprep.layout import LayoutError
from dataprep.masks import find_mask, mask_image, mask_path_for
from dataprep.parallel import parallel_map
from dataprep.phrases import Phrase, exception_text
from dataprep.prepare_masks import alpha_weights, render_mask, source_mask
from dataprep.project import load_project
from dataprep.tomlio import ConfigFileError

CROP_MODES = ("per-image", "center", "none")
RESIZE_MODES = ("max-side", "bucket", "none")
FORMATS = {"png": (".png", "PNG"), "jpg": (".jpg", "JPEG"), "webp": (".webp", "WEBP")}
MANIFEST_FILE = ".danlu-prepare.json"
REPORT_FILE = ".danlu-prepare-report.json"
MANIFEST_FORMAT = 1
MANIFEST_SAVE_SECONDS = 2.0


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
        values = {k: cfg[k] for k in _OPTION_KEYS if k in cfg}
        bucket_values = {k: cfg[k] for k in _BUCKET_KEYS[1:] if k in cfg}
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
        cfg = {k: v for k, v in asdict(self).items() if k in _OPTION_KEYS}
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


@dataclass(frozen=True)
class Geometry:
    """What prepare does to one image: the part of the upright original it keeps and the output size."""

    box: Box
    size: Size
    bucket: Size | None = None


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
        return Geometry(snap.kept, snap.bucket, snap.bucket)
    box = (float(rect[0]), float(rect[1]), float(rect[2]), float(rect[3]))
    if options.resize == "none":
        return Geometry(box, (width, height))
    scale = options.max_side / max(width, height)
    if scale > 1 and not options.upscale:
        scale = 1.0
    return Geometry(box, (max(1, round(width * scale)), max(1, round(height * scale))))


def planned_sizes(images: Iterable[tuple[Path, Size]], store: CropStore | None, options: PrepareOptions
                  ) -> list[Size]:
    """Output sizes prepare would write for (path, upright size) pairs — the scan report has the sizes —
    leaving out excluded images: what the bucket preview needs before anything is written."""
    sizes = []
    for path, size in images:
        edit = store.get(path) if store is not None else None
        if edit is None or not edit.excluded:
            sizes.append(plan_geometry(size, edit, options).size)
    return sizes


def bucket_histogram(sizes: Iterable[Size], settings: BucketSettings, batch_size: int = 1
                     ) -> tuple[BucketPlan, list[Size]]:
    """Images per training bucket for these (prepared) sizes, and the buckets holding a single image:
    each such bucket makes a batch of one every epoch, which wastes the batch size."""
    plan = plan_buckets(((s, 1) for s in sizes), BucketSelector(settings), batch_size)
    return plan, [b.reso for b in plan.buckets if b.images == 1]


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
            result.mask = _source_stamp(mask[0])
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


# --------------------------------------------------------------------------------------- manifest


def load_manifest(output_dir: Path) -> dict[str, dict[str, Any]]:
    """What earlier runs wrote: output name → source, its size and mtime, the recipe, the output size."""
    try:
        data = json.loads((output_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
        entries = data["entries"] if data.get("format_version") == MANIFEST_FORMAT else {}
        return {k: v for k, v in entries.items() if isinstance(v, dict)}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}  # no manifest or a damaged one: everything is simply prepared again


def save_manifest(output_dir: Path, entries: dict[str, dict[str, Any]]) -> None:
    atomic_write_text(output_dir / MANIFEST_FILE, json.dumps({"format_version": MANIFEST_FORMAT, "entries": entries}))


def _source_stamp(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _mask_stamp(source: Path) -> dict[str, int] | None:
    mask = find_mask(source, None)
    return _source_stamp(mask) if mask is not None else None


def is_done(entry: dict[str, Any] | None, item: PrepareItem, recipe: str) -> bool:
    """Whether the output of *item* from an earlier run is still right: same source file, unchanged,
    same settings and crop, output still there with the size it was written with, and the same mask
    beside the original (one added, changed or removed since re-renders the image)."""
    if not entry or entry.get("source") != item.source or entry.get("recipe") != recipe:
        return False
    try:
        out = Path(item.output).stat()
        source = Path(item.source)
        return (_source_stamp(source) == entry.get("stamp") and out.st_size == entry.get("output_size")
                and _mask_stamp(source) == entry.get("mask"))
    except OSError:
        return False


# -------------------------------------------------------------------------------------------- job


@dataclass
class PrepareConfig:
    sources: list[Path]
    output: Path
    project: Path | None
    recursive: bool
    options: PrepareOptions
    workers: int


_OPTION_KEYS = {f.name for f in fields(PrepareOptions)} - {"bucket", "background"}
_BUCKET_KEYS = ("resolution", "min_bucket_reso", "max_bucket_reso", "bucket_reso_steps", "bucket_no_upscale")
_OTHER_KEYS = {"source", "output", "project", "recursive", "workers", "run_dir", "background", *_BUCKET_KEYS}


def read_prepare_config(ctx: JobContext) -> PrepareConfig:
    """The job's TOML as a PrepareConfig; every mistake becomes a config error that says what to change."""
    cfg = ctx.config
    where = str(ctx.config_path or "prepare config")
    unknown = sorted(set(cfg) - _OPTION_KEYS - _OTHER_KEYS)
    if unknown:
        raise JobError("config", Phrase("{where}: unknown setting(s) {names}.", where=where, names=", ".join(unknown)))
    project = ctx.resolve(cfg["project"]) if "project" in cfg else None
    try:
        if "source" in cfg:
            sources = [ctx.resolve(s) for s in ([cfg["source"]] if isinstance(cfg["source"], str) else cfg["source"])]
        elif project is not None:
            sources = load_project(project).source_paths()
        else:
            raise JobError("config", Phrase("{where}: set 'source' (a folder or list of folders) or 'project'.",
                                            where=where))
        output = ctx.resolve(cfg["output"]) if "output" in cfg else (project / "prepared" if project else None)
        if output is None:
            raise JobError("config", Phrase("{where}: set 'output' (the folder for the prepared images) or "
                                            "'project'.", where=where))
        options = PrepareOptions.from_config(cfg)
    except (ConfigFileError, BucketError, ValueError, TypeError) as exc:
        raise JobError("config", Phrase("{where}: {error}", where=where, error=exception_text(exc))) from None
    if not sources:
        raise JobError("config", Phrase("{where}: no source folders: add one on the Images page.", where=where))
    for src in sources:
        if output.resolve() == src.resolve():
            raise JobError("config", Phrase("{where}: the output folder {output} is a source folder; the prepared "
                                            "images would overwrite the originals. Choose another output folder.",
                                            where=where, output=str(output)))
    return PrepareConfig(sources, output, project, bool(cfg.get("recursive", False)), options,
                         int(cfg.get("workers", 0)))


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


def plan_items(config: PrepareConfig, store: CropStore | None) -> tuple[list[PrepareItem], list[str], int]:
    """The images to prepare, warnings for name clashes, and how many were excluded by the user.

    Sub-folders of a recursive source are kept in the output, so ``a/1.jpg`` and ``b/1.jpg`` stay apart;
    two images whose names differ only by extension would share a caption and are refused."""
    files = find_image_files(config.sources, config.recursive)
    output_root = config.output.resolve()
    items: list[PrepareItem] = []
    claimed: dict[str, str] = {}
    clashes: list[str] = []
    excluded = 0
    for root, path in files:
        if output_root in path.resolve().parents:  # the output folder inside a recursive source
            continue
        if store is not None and store.is_excluded(path):
            excluded += 1
            continue
        rel = path.relative_to(root)
        output = config.output / rel.parent / (rel.stem + config.options.extension)
        key = os.path.normcase(str(output))
        if key in claimed:
            clashes.append(f"{path}: another image, {claimed[key]}, is already prepared as {output.name}. Rename one "
                           f"of them so each has its own name (and caption).")
            continue
        claimed[key] = str(path)
        edit = store.get(path) if store is not None else None
        items.append(PrepareItem(str(path), str(output), edit if edit and edit.crop else None))
    return items, clashes, excluded


def prepare_job(ctx: JobContext) -> list[str]:
    """Config keys: see docs/images.md (source/project, output, crop, aspect, resize, max_side, resolution
    and bucket settings, format, quality, background, workers)."""
    config = read_prepare_config(ctx)
    options = config.options
    try:
        store = CropStore.load(config.project) if config.project is not None else None
        items, clashes, excluded = plan_items(config, store)
    except CropFileError as exc:
        raise JobError("config", exception_text(exc)) from None
    except FileNotFoundError as exc:
        raise JobError("io", exception_text(exc)) from None
    for message in clashes:
        ctx.emitter.warning(message)
    config.output.mkdir(parents=True, exist_ok=True)
    manifest = load_manifest(config.output)
    removed = _prune(config.output, manifest, {_rel(config.output, i.output) for i in items})

    recipes = {i.output: options.recipe(i.edit) for i in items}
    todo = [i for i in items if not is_done(manifest.get(_rel(config.output, i.output)), i, recipes[i.output])]
    skipped = len(items) - len(todo)
    pending = {i.output for i in todo}
    for item in items:
        if item.output not in pending:  # captions added beside the originals since the last run
            copy_captions(Path(item.source), Path(item.output))
    ctx.emitter.emit("log", message=f"prepare: {len(todo)} to write, {skipped} already done, {excluded} excluded, "
                                    f"{len(removed)} removed from an earlier run")
    total = len(items)
    ctx.emitter.progress(skipped, total, "image")

    failed: list[dict[str, str]] = []
    written = 0
    last_save = time.monotonic()
    worker = functools.partial(prepare_one, options=options)
    try:
        for done, (_, result) in enumerate(parallel_map(worker, todo, config.workers, lambda: ctx.cancelled),
                                           skipped + 1):
            rel = _rel(config.output, result.output)
            if result.error:
                failed.append({"source": result.source, "kind": result.kind, "message": result.error})
                ctx.emitter.warning(result.error, path=result.source, kind=result.kind)
                manifest.pop(rel, None)
            else:
                written += 1
                earlier = manifest.get(rel, {})
                had_mask = earlier.get("mask") or earlier.get("alpha_mask")
                if had_mask and result.mask is None and not result.alpha_mask:  # the mask it was made from is gone
                    mask_path_for(Path(result.output)).unlink(missing_ok=True)
                manifest[rel] = {"source": result.source, "stamp": _source_stamp(Path(result.source)),
                                 "recipe": recipes[result.output], "output_size": Path(result.output).stat().st_size,
                                 "size": list(result.size or ()), "mask": result.mask, "alpha_mask": result.alpha_mask}
            ctx.emitter.progress(done, total, "image", image=result.output)
            if time.monotonic() - last_save > MANIFEST_SAVE_SECONDS:
                save_manifest(config.output, manifest)
                last_save = time.monotonic()
    finally:
        save_manifest(config.output, manifest)
    ctx.check_cancelled()

    sizes = Counter(f"{w}x{h}" for w, h in _sizes(manifest))
    report = {"output": str(config.output), "written": written, "skipped": skipped, "excluded": excluded,
              "failed": failed, "clashes": clashes, "removed": removed, "sizes": dict(sorted(sizes.items()))}
    atomic_write_text(config.output / REPORT_FILE, json.dumps(report, indent=1, ensure_ascii=False))
    ctx.emitter.emit("result", data={k: (len(v) if isinstance(v, list) else v) for k, v in report.items()})
    return [str(config.output), str(config.output / REPORT_FILE)]


def _rel(root: Path, output: str) -> str:
    return Path(output).relative_to(root).as_posix()


def _prune(output_dir: Path, manifest: dict[str, dict[str, Any]], wanted: set[str]) -> list[str]:
    """Delete images an earlier run wrote that are no longer in the set (excluded, removed, or written
    under another format), with the masks it wrote beside them. Their captions stay: they may hold the
    user's edits."""
    removed = []
    for rel in sorted(set(manifest) - wanted):
        (output_dir / rel).unlink(missing_ok=True)
        if manifest[rel].get("mask"):
            mask_path_for(output_dir / rel).unlink(missing_ok=True)
        del manifest[rel]
        removed.append(rel)
    return removed


def _sizes(manifest: dict[str, dict[str, Any]]) -> list[Size]:
    return [(int(e["size"][0]), int(e["size"][1])) for e in manifest.values() if len(e.get("size", ())) == 2]


def prepared_sizes(output_dir: Path) -> list[Size]:
    """Sizes of the images the last prepare wrote (from its manifest), for the bucket histogram."""
    return _sizes(load_manifest(output_dir))
