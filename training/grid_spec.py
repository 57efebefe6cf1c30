"""What a comparison grid renders: its axes, the fixed settings, and the cells they make.

A grid is the product of its value lists (checkpoints, prompts, LoRA weights, base models, seeds,
samplers, CFG scales): one image per combination. ``rows`` and ``columns`` name the axes laid out
down and across (several axes on one side nest, the last changing fastest); every axis with more
than one value must be on one side. Everything else is fixed (steps, size, negative prompt, clip skip).

A checkpoint value of ``""`` is the base model without a LoRA: the baseline the scores compare with.
Each cell has a key, a hash of everything that decides its pixels (the LoRA file's *content* hash, not
its name), so a grid that gains a column renders only the new cells. The spec is a TOML file (the grid
job's config); :data:`PRESETS` hold the fixed settings users copy from each other (seed 004's).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from dataprep.caption_io import CaptionEncodingError, find_caption, read_caption
from dataprep.events import EVENTS_FILE, parse_event_line
from dataprep.phrases import Phrase, exception_text, names
from dataprep.tomlio import load_toml, save_toml
from training.samplers import UnknownSamplerError, get_sampler

AXES = ("checkpoint", "prompt", "weight", "base_model", "seed", "sampler", "cfg")
LIST_KEYS = {"checkpoint": "checkpoints", "prompt": "prompts", "weight": "weights", "base_model": "base_models",
             "seed": "seeds", "sampler": "samplers", "cfg": "cfgs"}
NO_LORA = ""
NEW_CONTEXTS = ("standing on a snowy Tokyo street at night", "as an oil painting in a museum",
                "wearing a space suit on the moon", "reading a book in a sunlit cafe")


class GridSpecError(ValueError):
    """A grid spec that cannot be rendered; the message names the key and the fix."""


@dataclass
class GridSpec:
    checkpoints: list[str] = field(default_factory=lambda: [NO_LORA])
    prompts: list[str] = field(default_factory=list)
    weights: list[float] = field(default_factory=lambda: [1.0])
    base_models: list[str] = field(default_factory=list)
    seeds: list[int] = field(default_factory=lambda: [1])
    samplers: list[str] = field(default_factory=lambda: ["dpmsolver++_karras"])
    cfgs: list[float] = field(default_factory=lambda: [7.0])
    rows: list[str] = field(default_factory=lambda: ["checkpoint"])
    columns: list[str] = field(default_factory=lambda: ["prompt", "seed"])
    negative_prompt: str = ""
    steps: int = 25
    width: int = 512
    height: int = 512
    clip_skip: int = 1
    batch_size: int = 1
    device: str = "auto"
    dtype: str = "auto"
    grid_dir: str = ""  # default: <first checkpoint's folder>/grids
    name: str = "grid"  # the manifest is <grid_dir>/<name>.json
    training_images: str = ""  # a folder: the identity that CLIP-I measures against
    clip_model: str = ""  # empty: no scores
    tolerance: float = 0.10  # how much CLIP-T a suggested checkpoint may lose against the baseline

    def values(self, axis: str) -> list[Any]:
        return list(getattr(self, LIST_KEYS[axis]))

    def validate(self) -> None:
        for axis in AXES:
            if not self.values(axis):
                raise GridSpecError(Phrase("{key} is empty: give at least one value.", key=LIST_KEYS[axis]))
        for side in (self.rows, self.columns):
            unknown = [a for a in side if a not in AXES]
            if unknown:
                raise GridSpecError(Phrase("unknown axis '{axis}': rows and columns take {names}.", axis=unknown[0],
                                           names=names(list(AXES))))
        both = set(self.rows) & set(self.columns)
        if both:
            raise GridSpecError(Phrase("axis '{axis}' is on both rows and columns; put it on one side.",
                                       axis=sorted(both)[0]))
        loose = [a for a in AXES if len(self.values(a)) > 1 and a not in self.rows + self.columns]
        if loose:
            raise GridSpecError(Phrase("{key} has several values but is neither in rows nor in columns; add it to one "
                                       "of them or keep one value.", key=LIST_KEYS[loose[0]]))
        for name in self.samplers:
            try:
                get_sampler(name)
            except UnknownSamplerError as exc:
                raise GridSpecError(exception_text(exc)) from None
        for key, low in (("steps", 1), ("width", 64), ("height", 64), ("clip_skip", 1), ("batch_size", 1)):
            if getattr(self, key) < low:
                raise GridSpecError(Phrase("{key} must be {low} or more (got {n}).", key=key, low=low,
                                           n=getattr(self, key)))
        if not 0 <= self.tolerance < 1:
            raise GridSpecError(Phrase("tolerance is a fraction between 0 and 1 (got {n}).", n=self.tolerance))


def spec_from_dict(data: dict[str, Any], resolve: Callable[[str], Path] = Path, where: str = "grid spec"
                   ) -> GridSpec:
    """A spec from TOML values; relative paths through *resolve*; wrong keys and types named."""
    known = {f.name: f for f in fields(GridSpec)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key == "run_dir":  # the job shell's events folder
            continue
        if key not in known:
            raise GridSpecError(Phrase("{where}: unknown key '{key}'; known keys: {names}.", where=where, key=key,
                                       names=names(list(known))))
        default = getattr(GridSpec(), key)
        is_list = isinstance(default, list)
        kind = {"weights": float, "cfgs": float, "seeds": int}.get(key, str) if is_list else type(default)
        try:
            items = value if isinstance(value, list) else [value]
            values[key] = [kind(v) for v in items] if is_list else kind(value)
        except (TypeError, ValueError):
            shown = {"where": where, "key": key, "value": repr(value), "kind": kind.__name__}
            raise GridSpecError(Phrase("{where}: {key} = {value} is not a {kind} list.", **shown) if is_list else
                                Phrase("{where}: {key} = {value} is not a {kind}.", **shown)) from None
    spec = GridSpec(**values)

    def path(value: str) -> str:
        return str(resolve(value)) if value and Path(resolve(value)).exists() else value  # a repo id stays

    spec.checkpoints = [path(c) for c in spec.checkpoints]
    spec.base_models = [path(m) for m in spec.base_models]
    spec.training_images = path(spec.training_images)
    spec.clip_model = path(spec.clip_model)  # a folder here, or an open_clip name
    if spec.grid_dir:
        spec.grid_dir = str(resolve(spec.grid_dir))
    spec.validate()
    spec.samplers = [get_sampler(s).name for s in spec.samplers]
    return spec


def load_grid_spec(path: Path) -> GridSpec:
    return spec_from_dict(load_toml(path), lambda v: Path(v) if Path(v).is_absolute() else path.parent / v, str(path))


def save_grid_spec(path: Path, spec: GridSpec) -> None:
    save_toml(path, asdict(spec))


# seed 004: one LoRA on several base models at 0.76, DPM++ 2M Karras, 30 steps, CFG 5, 896x1152, no hires fix
PRESETS: dict[str, dict[str, Any]] = {
    "epochs": {"rows": ["checkpoint"], "columns": ["prompt", "seed"], "weights": [1.0], "samplers": ["euler_a"],
               "steps": 25, "cfgs": [7.0]},
    "weights": {"rows": ["checkpoint"], "columns": ["weight"], "weights": [0.5, 0.76, 1.0]},
    "base_models": {"rows": ["checkpoint"], "columns": ["base_model"], "weights": [0.76],
                    "samplers": ["dpmsolver++_karras"], "steps": 30, "cfgs": [5.0], "width": 896, "height": 1152,
                    "negative_prompt": "(worst quality, low quality, normal quality), lowres, watermark, text, "
                                       "signature, deformed, bad anatomy, bad hands, blurry"},
}


def apply_preset(spec: GridSpec, name: str) -> GridSpec:
    if name not in PRESETS:
        raise GridSpecError(Phrase("no preset '{name}'; presets: {names}.", name=name, names=names(list(PRESETS))))
    return replace(spec, **PRESETS[name])


def default_prompts(images: Sequence[Path], identifier: str, class_token: str, from_captions: int = 2,
                    new_contexts: int = 2) -> list[str]:
    """Prompts that show what a checkpoint learned: training captions spread over the set (does it
    reproduce?), then the identity in contexts the set never had (does it generalise?)."""
    captions: list[str] = []
    for image in images:
        path = find_caption(image)
        if path is None:
            continue
        try:
            text = read_caption(path).text.strip()
        except (CaptionEncodingError, OSError):
            continue
        if text and text not in captions:
            captions.append(text)
    n, k = len(captions), min(from_captions, len(captions))
    prompts = [captions[round(i * (n - 1) / (k - 1))] for i in range(k)] if k > 1 else captions[:k]
    subject = " ".join(t for t in (identifier.strip(), class_token.strip()) if t) or "the subject"
    prompts += [f"photo of {subject}, {context}" for context in NEW_CONTEXTS[:new_contexts]]
    return prompts


@dataclass(frozen=True)
class RunCheckpoint:
    path: str
    epoch: int | None = None
    step: int | None = None


def run_checkpoints(run_dir: Path) -> list[RunCheckpoint]:
    """A training run's LoRA files that still exist, oldest first: from its ``checkpoint`` events, plus
    any other ``.safetensors`` in the folder (a run copied from elsewhere has no events)."""
    found: dict[str, RunCheckpoint] = {}
    events = run_dir / EVENTS_FILE
    if events.is_file():
        with open(events, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if '"checkpoint"' not in line:
                    continue
                event = parse_event_line(line)
                if event and event["event"] == "checkpoint" and Path(event["path"]).is_file():
                    found[str(Path(event["path"]))] = RunCheckpoint(str(Path(event["path"])), event.get("epoch"),
                                                                    event.get("step"))
    for path in sorted(run_dir.glob("*.safetensors")):
        found.setdefault(str(path), RunCheckpoint(str(path)))
    return sorted(found.values(), key=lambda c: (c.step is None, c.step or 0, c.path))


_EPOCH = re.compile(r"-(\d{6})$")
_STEP = re.compile(r"-step(\d{8})$")


def checkpoint_label(path: str) -> str:
    """How a checkpoint is named on the grid: its epoch or step from sd-scripts' file naming (a Phrase, which
    the interface shows in its language)."""
    if path == NO_LORA:
        return Phrase("no LoRA")
    stem = Path(path).stem
    if match := _EPOCH.search(stem):
        return Phrase("epoch {n}", n=int(match.group(1)))
    if match := _STEP.search(stem):
        return Phrase("step {n}", n=int(match.group(1)))
    return stem


def value_label(axis: str, value: Any) -> str:
    if axis == "checkpoint":
        return checkpoint_label(value)
    if axis == "base_model":
        return Path(value).name or str(value)
    if axis == "weight":
        return Phrase("weight {value}", value=f"{value:g}")
    if axis == "seed":
        return Phrase("seed {value}", value=value)
    if axis == "sampler":
        return get_sampler(value).label
    if axis == "cfg":
        return Phrase("CFG {value}", value=f"{value:g}")
    return str(value)


@dataclass(frozen=True)
class CellParams:
    """Everything that decides one cell's pixels."""

    checkpoint: str
    prompt: str
    weight: float
    base_model: str
    seed: int
    sampler: str
    cfg: float
    negative_prompt: str
    steps: int
    width: int
    height: int
    clip_skip: int

    def key(self, checkpoint_hash: str) -> str:
        """The cache key: the LoRA's content hash stands for its path (a renamed file keeps its cells)."""
        data = {**asdict(self), "checkpoint": checkpoint_hash if self.checkpoint else NO_LORA,
                "weight": self.weight if self.checkpoint else 0.0,
                "sampler": get_sampler(self.sampler).name}
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:24]

    def parameters(self) -> str:
        """A1111's parameters text, the LoRA as ``<lora:name:weight>`` in the prompt as A1111 writes it."""
        prompt = self.prompt
        if self.checkpoint:
            prompt += f" <lora:{Path(self.checkpoint).stem}:{self.weight:g}>"
        lines = [prompt]
        if self.negative_prompt:
            lines.append(f"Negative prompt: {self.negative_prompt}")
        parts = [f"Steps: {self.steps}", f"Sampler: {get_sampler(self.sampler).label}", f"CFG scale: {self.cfg:g}",
                 f"Seed: {self.seed}", f"Size: {self.width}x{self.height}",
                 f"Model: {value_label('base_model', self.base_model)}"]
        if self.clip_skip > 1:
            parts.append(f"Clip skip: {self.clip_skip}")
        lines.append(", ".join(parts))
        return "\n".join(lines)


@dataclass(frozen=True)
class Cell:
    row: int
    column: int
    params: CellParams


@dataclass
class GridPlan:
    rows: list[str]  # labels
    columns: list[str]
    cells: list[Cell]


def _combos(spec: GridSpec, axes: Sequence[str]) -> list[dict[str, Any]]:
    combos: list[dict[str, Any]] = [{}]
    for axis in axes:
        combos = [{**c, axis: v} for c in combos for v in spec.values(axis)]
    return combos


LABEL_SEPARATOR = " · "  # between the values of a row's (or column's) axes


def axis_labels(spec: GridSpec) -> tuple[list[list[str]], list[list[str]]]:
    """Each row's and each column's value labels, one per axis on its side. The manifest keeps them joined in
    English; the interface joins them again in its language."""
    rows, columns = ([[value_label(a, v) for a, v in combo.items()] for combo in _combos(spec, side)]
                     for side in (spec.rows, spec.columns))
    return rows, columns


def _joined(parts: list[str]) -> str:
    return LABEL_SEPARATOR.join(parts) or "all"


def plan_grid(spec: GridSpec) -> GridPlan:
    """The cells of *spec*, row by row; fixed axes take their single value."""
    spec.validate()
    rows, columns = _combos(spec, spec.rows), _combos(spec, spec.columns)
    fixed = {a: spec.values(a)[0] for a in AXES if a not in spec.rows + spec.columns}
    cells = []
    for r, row in enumerate(rows):
        for c, column in enumerate(columns):
            v = {**fixed, **row, **column}
            cells.append(Cell(r, c, CellParams(
                checkpoint=v["checkpoint"], prompt=v["prompt"], weight=float(v["weight"]), base_model=v["base_model"],
                seed=int(v["seed"]), sampler=v["sampler"], cfg=float(v["cfg"]), negative_prompt=spec.negative_prompt,
                steps=spec.steps, width=spec.width, height=spec.height, clip_skip=spec.clip_skip)))
    row_labels, column_labels = axis_labels(spec)
    return GridPlan([_joined(r) for r in row_labels], [_joined(c) for c in column_labels], cells)


def default_grid_dir(spec: GridSpec) -> Path:
    lora = next((c for c in spec.checkpoints if c), "")
    return Path(spec.grid_dir) if spec.grid_dir else (Path(lora).parent if lora else Path.cwd()) / "grids"


MANIFEST_VERSION = 1


def manifest_path(spec: GridSpec) -> Path:
    return default_grid_dir(spec) / f"{spec.name}.json"


def cell_record(cell: Cell, key: str, path: Path) -> dict[str, Any]:
    """A cell as the manifest and the ``result`` events carry it."""
    return {"row": cell.row, "column": cell.column, "key": key, "path": str(path), "params": asdict(cell.params),
            "parameters": cell.params.parameters()}


def read_manifest(path: Path) -> dict[str, Any]:
    """A grid as the grid job left it (cells, labels, scores); a clear error for a file that is not one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GridSpecError(Phrase("{path}: cannot read this grid ({error}). Render the grid again.", path=str(path),
                                   error=str(exc))) from None
    if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION or "cells" not in data:
        raise GridSpecError(Phrase("{path}: not a Danlu grid file (version {version}). Render the grid again.",
                                   path=str(path), version=MANIFEST_VERSION))
    return data
