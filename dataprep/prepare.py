"""The prepare job: originals → the training set in ``<project>/prepared``, cropped and resized.

``python -m dataprep prepare prepare.toml``. Each image is cropped (its own crop from the crop
editor, a center crop of an aspect, or not at all), scaled to the target (a maximum side, or
exactly the bucket sd-scripts would put it in, so the trainer has nothing left to cut) with Lanczos,
and written with the source's stem so its caption stays paired; captions are copied along, and a loss
mask beside the original (``<stem>_mask.<ext>``) is turned, cropped and scaled like its image. Big
JPEGs decode at reduced scale when the target is much smaller. Work is spread over all cores;
a manifest in the output folder makes a re-run skip images whose source and settings did not change.

This module reads the job's config, plans the items and runs them; the options and each image's geometry
are in :mod:`dataprep.prepare_options`, one image's work in :mod:`dataprep.prepare_render`, the manifest
in :mod:`dataprep.prepare_manifest`.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dataprep.buckets import BucketError, BucketPlan, BucketSelector, BucketSettings, Size, plan_buckets
from dataprep.crops import CropFileError, CropStore
from dataprep.fsutil import atomic_write_text
from dataprep.image_import import find_image_files
from dataprep.imagefiles import FolderReadError
from dataprep.jobs import JobContext, JobError
from dataprep.masks import mask_path_for
from dataprep.parallel import parallel_map
from dataprep.phrases import Phrase, exception_text
from dataprep.prepare_manifest import (
    is_done,
    load_manifest,
    manifest_sizes,
    prune,
    save_manifest,
    source_stamp,
)
from dataprep.prepare_options import BUCKET_KEYS, OPTION_KEYS, PrepareOptions, plan_geometry
from dataprep.prepare_render import DISK_FULL, PrepareItem, copy_captions, prepare_one
from dataprep.project import load_project
from dataprep.tomlio import ConfigFileError

REPORT_FILE = ".danlu-prepare-report.json"
MANIFEST_SAVE_SECONDS = 2.0


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


@dataclass
class PrepareConfig:
    sources: list[Path]
    output: Path
    project: Path | None
    recursive: bool
    options: PrepareOptions
    workers: int


_OTHER_KEYS = {"source", "output", "project", "recursive", "workers", "run_dir", "background", *BUCKET_KEYS}


def read_prepare_config(ctx: JobContext) -> PrepareConfig:
    """The job's TOML as a PrepareConfig; every mistake becomes a config error that says what to change."""
    cfg = ctx.config
    where = str(ctx.config_path or "prepare config")
    unknown = sorted(set(cfg) - OPTION_KEYS - _OTHER_KEYS)
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
            clashes.append(Phrase("{path}: another image, {other}, is already prepared as {name}. Rename one of them "
                                  "so each has its own name (and caption).", path=str(path), other=claimed[key],
                                  name=output.name))
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
    except (FileNotFoundError, FolderReadError) as exc:
        raise JobError("io", exception_text(exc)) from None
    for message in clashes:
        ctx.emitter.warning(message)
    recipes = {i.output: options.recipe(i.edit) for i in items}
    try:
        config.output.mkdir(parents=True, exist_ok=True)
        manifest = load_manifest(config.output)
        removed = prune(config.output, manifest, {_rel(config.output, i.output) for i in items})
        save_manifest(config.output, manifest)  # a folder that cannot be written fails here, before any image
        todo = [i for i in items if not is_done(manifest.get(_rel(config.output, i.output)), i.source, i.output,
                                               recipes[i.output])]
        pending = {i.output for i in todo}
        for item in items:
            if item.output not in pending:  # captions added beside the originals since the last run
                copy_captions(Path(item.source), Path(item.output))
    except OSError as exc:
        raise _output_error(config.output, exc) from None
    skipped = len(items) - len(todo)
    ctx.emitter.emit("log", message=Phrase("prepare: {todo} to write, {done} already done, {excluded} excluded, "
                                           "{removed} removed from an earlier run", todo=len(todo), done=skipped,
                                           excluded=excluded, removed=len(removed)))
    ctx.emitter.progress(skipped, len(items), "image")
    try:
        try:
            written, failed = _run_items(ctx, config, todo, manifest, recipes, skipped, len(items))
        except BaseException:
            with contextlib.suppress(OSError):  # a full disk may refuse it too: the error in flight says what to do
                save_manifest(config.output, manifest)
            raise
        save_manifest(config.output, manifest)
        ctx.check_cancelled()
        sizes = Counter(f"{w}x{h}" for w, h in manifest_sizes(manifest))
        report = {"output": str(config.output), "written": written, "skipped": skipped, "excluded": excluded,
                  "failed": failed, "clashes": clashes, "removed": removed, "sizes": dict(sorted(sizes.items()))}
        atomic_write_text(config.output / REPORT_FILE, json.dumps(report, indent=1, ensure_ascii=False))
    except OSError as exc:
        raise _output_error(config.output, exc) from None
    ctx.emitter.emit("result", data={k: (len(v) if isinstance(v, list) else v) for k, v in report.items()})
    return [str(config.output), str(config.output / REPORT_FILE)]


def _run_items(ctx: JobContext, config: PrepareConfig, todo: list[PrepareItem], manifest: dict[str, dict[str, Any]],
               recipes: dict[str, str], skipped: int, total: int) -> tuple[int, list[dict[str, str]]]:
    """Prepare *todo* on all cores, recording each output in *manifest* (saved every few seconds, so a crash
    keeps what was done); how many were written and the failures. A full output disk stops it (JobError)."""
    failed: list[dict[str, str]] = []
    written = 0
    last_save = time.monotonic()
    worker = functools.partial(prepare_one, options=config.options)
    with contextlib.closing(parallel_map(worker, todo, config.workers, lambda: ctx.cancelled)) as results:
        for done, (_, result) in enumerate(results, skipped + 1):
            rel = _rel(config.output, result.output)
            if result.kind == DISK_FULL:
                message = result.error
                raise JobError("io", message, Phrase("Free some space there (or choose another output folder) and "
                                                     "run prepare again to finish the set."))
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
                manifest[rel] = {"source": result.source, "stamp": source_stamp(Path(result.source)),
                                 "recipe": recipes[result.output], "output_size": Path(result.output).stat().st_size,
                                 "size": list(result.size or ()), "mask": result.mask, "alpha_mask": result.alpha_mask}
            ctx.emitter.progress(done, total, "image", image=result.output)
            if time.monotonic() - last_save > MANIFEST_SAVE_SECONDS:
                save_manifest(config.output, manifest)
                last_save = time.monotonic()
    return written, failed


def _output_error(folder: Path, exc: OSError) -> JobError:
    """The job's own files (manifest, report, copied captions) cannot be written: nothing more can be prepared."""
    return JobError("io", Phrase("{folder}: cannot write the prepared images there ({error}).", folder=str(folder),
                                 error=str(exc.strerror or exc)),
                    Phrase("Check that the folder is writable and has free space, or choose another output folder."))


def _rel(root: Path, output: str) -> str:
    return Path(output).relative_to(root).as_posix()


def prepared_sizes(output_dir: Path) -> list[Size]:
    """Sizes of the images the last prepare wrote (from its manifest), for the bucket histogram."""
    return manifest_sizes(load_manifest(output_dir))
