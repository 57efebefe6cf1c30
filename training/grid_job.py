"""The ``grid`` job: ``python -m training grid grid.toml`` renders a comparison grid, cell by cell.

The TOML is a grid spec (training.grid_spec). Each cell is rendered once and kept as
``<grid_dir>/cells/<key>.png`` (A1111 parameters inside), its key a hash of everything that decides its
pixels, so a grid that gains a column, or another grid over the same checkpoints, renders only the
cells it has not seen. Events, in order:

- ``result`` ``{"grid": {"rows", "columns", "manifest", "cells"}}``: the layout, before any image;
- ``result`` ``{"cell": {row, column, key, path, params, parameters, cached}}`` per cell (cached ones
  first), with ``progress`` in cells, so the GUI fills the grid as they come;
- with ``clip_model`` set: ``progress`` with ``stage: "scores"`` and ``result`` ``{"scores": ...}``
  (cells, per-checkpoint summary, suggestion; training.grid_scores). A CLIP model that cannot be
  loaded is a warning: the grid stays, without scores.

The manifest ``<grid_dir>/<name>.json`` is written before rendering (a cancelled grid can be shown
with the cells it has) and again with the scores. Cancelling stops between cells (and between steps).
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from dataprep.fsutil import atomic_write_bytes, atomic_write_text
from dataprep.imagefiles import list_images
from dataprep.jobs import JobContext, JobError
from dataprep.phrases import Phrase, exception_text
from training.generate import (
    GenerateOptions,
    ImageRequest,
    NonFiniteImageError,
    Renderer,
    encode_png,
    load_pipeline,
)
from training.grid_spec import (
    MANIFEST_VERSION,
    NO_LORA,
    Cell,
    GridSpec,
    GridSpecError,
    cell_record,
    default_grid_dir,
    manifest_path,
    plan_grid,
    spec_from_dict,
)

CELLS_DIR = "cells"


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def cell_keys(cells: Sequence[Cell]) -> list[str]:
    """Each cell's cache key; the LoRA files are hashed once each."""
    hashes: dict[str, str] = {}
    for path in {c.params.checkpoint for c in cells} - {NO_LORA}:
        try:
            hashes[path] = file_hash(Path(path))
        except OSError as exc:
            raise JobError("config", Phrase("{path}: cannot read this checkpoint ({error}).", path=path,
                                            error=str(exc.strerror or exc)),
                           Phrase("Pick checkpoints that exist; a rotated-away epoch is gone.")) from None
    return [c.params.key(hashes.get(c.params.checkpoint, NO_LORA)) for c in cells]


def _write_manifest(spec: GridSpec, rows: list[str], columns: list[str], records: list[dict[str, Any]],
                    scores: dict[str, Any] | None = None) -> Path:
    path = manifest_path(spec)
    data = {"version": MANIFEST_VERSION, "spec": asdict(spec), "rows": rows, "columns": columns, "cells": records,
            "scores": scores}
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1))
    return path


def _render_missing(ctx: JobContext, spec: GridSpec, todo: list[tuple[Cell, str, Path]], done: int, total: int
                    ) -> None:
    """Render *todo* grouped so each base model loads once and each LoRA is set once."""
    import torch

    options = GenerateOptions(spec.device, spec.dtype, clip_skip=spec.clip_skip)
    by_model: dict[str, list[tuple[Cell, str, Path]]] = {}
    for item in todo:
        by_model.setdefault(item[0].params.base_model, []).append(item)
    for model, items in by_model.items():
        ctx.check_cancelled()
        ctx.emitter.emit("log", message=Phrase("loading {model}", model=str(model)))
        renderer = Renderer(load_pipeline(model, options), options, model_name=Path(model).name)
        by_lora: dict[tuple[str, float], list[tuple[Cell, str, Path]]] = {}
        for item in items:
            p = item[0].params
            by_lora.setdefault((p.checkpoint, p.weight if p.checkpoint else 0.0), []).append(item)
        try:
            for (lora, weight), group in by_lora.items():
                renderer.set_lora(lora or None, weight)
                requests = [ImageRequest(i, c.params.prompt, c.params.negative_prompt, c.params.seed, c.params.width,
                                         c.params.height, c.params.steps, c.params.cfg, c.params.sampler)
                            for i, (c, _, _) in enumerate(group)]
                for batch in renderer.render(requests, spec.batch_size, ctx.check_cancelled):
                    for rendered in batch:
                        cell, key, path = group[rendered.request.index]
                        atomic_write_bytes(path, encode_png(rendered.image, cell.params.parameters()), fsync=False)
                        done += 1
                        ctx.emitter.emit("result", data={"cell": {**cell_record(cell, key, path), "cached": False}})
                        ctx.emitter.progress(done, total, "cell")
        except NonFiniteImageError as exc:
            raise JobError("nan", Phrase("{error} Nothing was written for them.", error=exception_text(exc)),
                           Phrase("Use dtype = \"bf16\" or \"fp32\"; fp16 overflows in some models' VAE.")) from None
        except torch.cuda.OutOfMemoryError as exc:
            raise JobError("oom", Phrase("The GPU ran out of memory ({error}).", error=str(exc).splitlines()[0]),
                           Phrase("Lower the size or batch_size.")) from None
        finally:
            del renderer
            gc.collect()


def _scores(ctx: JobContext, spec: GridSpec, cells: list[Cell], paths: list[Path]) -> dict[str, Any] | None:
    from training.clip_scores import load_clip
    from training.grid_scores import score_cells, suggest, summarize

    try:
        clip = load_clip(spec.clip_model, spec.device)
    except JobError as exc:
        ctx.emitter.warning(Phrase("No scores: {error} {hint}", error=exc.message, hint=exc.hint))
        return None
    training = list_images(Path(spec.training_images), recursive=True) if spec.training_images else []
    if spec.training_images and not training:
        ctx.emitter.warning(Phrase("{path} holds no images: no identity score (CLIP-I).", path=spec.training_images))

    def progress(n: int) -> None:
        ctx.emitter.progress(n, len(paths), "image", stage="scores")
        ctx.check_cancelled()

    scores = score_cells(clip, paths, [c.params for c in cells], training, progress)
    summaries = summarize([c.params for c in cells], scores)
    return {"cells": [asdict(s) for s in scores], "summary": [asdict(s) for s in summaries],
            "suggestion": suggest(summaries, spec.tolerance).to_dict()}


def grid_job(ctx: JobContext) -> list[str]:
    """Render (and score) the grid of the spec in the job's config; see the module doc."""
    try:
        spec = spec_from_dict(ctx.config, lambda v: ctx.resolve(v), str(ctx.config_path or "grid spec"))
    except GridSpecError as exc:
        raise JobError("config", exception_text(exc)) from None
    spec.grid_dir = str(default_grid_dir(spec))
    plan = plan_grid(spec)
    keys = cell_keys(plan.cells)
    cells_dir = Path(spec.grid_dir) / CELLS_DIR
    cells_dir.mkdir(parents=True, exist_ok=True)
    paths = [cells_dir / f"{key}.png" for key in keys]
    records = [cell_record(c, k, p) for c, k, p in zip(plan.cells, keys, paths, strict=True)]
    manifest = _write_manifest(spec, plan.rows, plan.columns, records)
    ctx.emitter.emit("result", data={"grid": {"rows": plan.rows, "columns": plan.columns, "manifest": str(manifest),
                                              "cells": len(plan.cells)}})
    total = len(plan.cells)
    todo: dict[str, tuple[Cell, str, Path]] = {}
    done = 0
    for cell, key, path, record in zip(plan.cells, keys, paths, records, strict=True):
        if path.is_file():
            done += 1
            ctx.emitter.emit("result", data={"cell": {**record, "cached": True}})
        else:
            todo.setdefault(key, (cell, key, path))  # equal cells (no LoRA at two weights) render once
    ctx.emitter.progress(done, total, "cell")
    _render_missing(ctx, spec, list(todo.values()), done, total)
    for cell, key, record in zip(plan.cells, keys, records, strict=True):
        if key in todo and todo[key][0] is not cell:  # the twins of a cell rendered above
            ctx.emitter.emit("result", data={"cell": {**record, "cached": True}})
    ctx.emitter.progress(total, total, "cell")
    if spec.clip_model:
        scores = _scores(ctx, spec, plan.cells, paths)
        if scores is not None:
            _write_manifest(spec, plan.rows, plan.columns, records, scores)
            ctx.emitter.emit("result", data={"scores": scores})
    return [str(manifest)]
