"""The ``reg`` job: generate a regularization set into the reg folder, resumably.

``python -m training reg reg.toml``. Images land as ``reg_000123.png`` + ``reg_000123.txt`` (the prompt
as caption) in ``<project>/reg/<reg_repeats>_<class>/`` (the folders layout's naming), or in
``output_dir``. Image *i* always comes from prompt ``i % prompts``, seed ``seed + i`` and the job's
settings, so an image that exists is skipped and a cancelled or deleted one is rendered again exactly
(on CPU bit for bit). An image rejected by the reg check is rendered with its next seed
(``+ attempt × 1,000,000``), recorded in the folder's ``.danlu-reg.json``. ``mode = "check"`` runs the
similarity check of :mod:`training.reg_check` instead.

Config keys (all optional but ``model``; a project gives the defaults marked *):
``model`` (diffusers folder or cached repo id), ``project``, ``concept`` (identifier or number, default
the first), ``output_dir``*, ``count``* (the suggestion of :mod:`training.reg_count`), ``source``
(``class`` | ``captions`` | ``file``), ``class_prompt``*, ``captions_dir``*, ``identifier``*,
``remove_tags``, ``prompt_file``, ``negative_prompt``, ``sampler``, ``steps``, ``scale``, ``width``,
``height`` (0: the model's native size), ``size`` (``fixed`` | ``buckets``: each image takes the bucket
of training image ``i``), ``seed``, ``batch_size``, ``device``, ``dtype``, ``compile``, ``vae_tiling``,
``clip_skip``, ``caption_extension``*, ``link_concept`` (point the concept's ``reg_source`` at the
folder when it has none; default true).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from dataprep.buckets import (
    DEFAULT_MAX_BUCKET_RESO,
    DEFAULT_MIN_BUCKET_RESO,
    BucketSelector,
    BucketSettings,
    Size,
)
from dataprep.caption_io import write_caption
from dataprep.fsutil import atomic_write_bytes, atomic_write_text
from dataprep.imagefiles import list_images
from dataprep.jobs import JobContext, JobError
from dataprep.layout import LayoutError, resolve_source
from dataprep.phrases import Phrase, exception_text, names
from dataprep.project import Concept, Project, load_project
from dataprep.steps import image_size
from dataprep.tomlio import ConfigFileError
from training.generate import (
    GenerateOptions,
    NonFiniteImageError,
    Renderer,
    RenderSettings,
    load_pipeline,
    plan_requests,
)
from training.prompts import PromptError, PromptSpec, caption_prompts, class_prompts, read_prompt_file
from training.reg_count import concept_reg_folder, suggest_reg_count
from training.samplers import UnknownSamplerError, get_sampler

STEM = "reg_"
DIGITS = 6
MANIFEST = ".danlu-reg.json"
MANIFEST_FORMAT = 1
_NAME = re.compile(rf"^{STEM}(\d{{{DIGITS},}})\.png$")
SOURCES = ("class", "captions", "file")

_TEXT, _WHOLE, _NUMBER, _FLAG, _LIST, _NAME_OR_NUMBER = (
    (str, Phrase("text")), (int, Phrase("a whole number")), ((int, float), Phrase("a number")),
    (bool, Phrase("true or false")), (list, Phrase("a list")), ((str, int), Phrase("an identifier or a number")))
# config key -> (kind, default); a project fills in the ones whose default is None
_KEYS: dict[str, tuple[tuple[Any, str], Any]] = {
    "mode": (_TEXT, "generate"), "model": (_TEXT, ""), "project": (_TEXT, ""), "concept": (_NAME_OR_NUMBER, None),
    "output_dir": (_TEXT, None), "count": (_WHOLE, None), "source": (_TEXT, "class"), "class_prompt": (_TEXT, None),
    "captions_dir": (_TEXT, None), "identifier": (_TEXT, None), "remove_tags": (_LIST, []),
    "prompt_file": (_TEXT, ""), "negative_prompt": (_TEXT, ""), "sampler": (_TEXT, "dpmsolver++_karras"),
    "steps": (_WHOLE, 25), "scale": (_NUMBER, 7.0), "width": (_WHOLE, 0), "height": (_WHOLE, 0),
    "size": (_TEXT, "fixed"), "seed": (_WHOLE, 0), "batch_size": (_WHOLE, 1), "device": (_TEXT, "auto"),
    "dtype": (_TEXT, "auto"), "compile": (_FLAG, False), "vae_tiling": (_TEXT, "auto"), "clip_skip": (_WHOLE, 1),
    "caption_extension": (_TEXT, None), "link_concept": (_FLAG, True), "run_dir": (_TEXT, ""),
}
# keys the check mode reads (training.reg_check)
CHECK_KEYS = ("clip_model", "near_copy", "outlier_z", "off_class_margin", "report")


def image_name(index: int) -> str:
    return f"{STEM}{index:0{DIGITS}d}.png"


def image_index(path: Path) -> int | None:
    match = _NAME.match(path.name)
    return int(match.group(1)) if match else None


def existing_indices(folder: Path) -> set[int]:
    """Indices whose image is in *folder* (an image is written last, so it means the index is done)."""
    if not folder.is_dir():
        return set()
    return {i for i in (image_index(p) for p in folder.iterdir()) if i is not None}


@dataclass
class RegManifest:
    """What the folder's images were made with, and how often each rejected index was redone."""

    settings: dict[str, Any] = field(default_factory=dict)
    attempts: dict[int, int] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> RegManifest:
        path = folder / MANIFEST
        if not path.is_file():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(dict(data.get("settings", {})), {int(k): int(v) for k, v in data.get("attempts", {}).items()})
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            raise JobError("io", Phrase("{path}: unreadable reg manifest ({error}).", path=str(path), error=str(exc)),
                           Phrase("Delete the file: images already there are kept, rejected ones lose their new "
                                  "seeds.")) from None

    def save(self, folder: Path) -> None:
        data = {"format": MANIFEST_FORMAT, "settings": self.settings,
                "attempts": {str(k): v for k, v in sorted(self.attempts.items())}}
        atomic_write_text(folder / MANIFEST, json.dumps(data, ensure_ascii=False, indent=1))


@dataclass
class RegConfig:
    """The job's config, checked and with the project's defaults filled in."""

    model: str
    output_dir: Path
    count: int | None
    prompts: list[PromptSpec]
    settings: RenderSettings
    seed: int
    batch_size: int
    options: GenerateOptions
    caption_extension: str
    size_mode: str
    bucket_images: list[Path]  # training images whose buckets give the sizes (size = "buckets")
    source: str
    project: Project | None = None
    concept_index: int | None = None
    link_concept: bool = True
    warnings: list[Phrase] = field(default_factory=list)

    def fingerprint(self) -> dict[str, Any]:
        """Everything an image depends on; a folder made with other values gets a warning on resume."""
        return {"model": self.model, "prompts": [asdict(p) for p in self.prompts], "settings": asdict(self.settings),
                "seed": self.seed, "size": self.size_mode, "clip_skip": self.options.clip_skip}


def read_values(config: dict[str, Any], warnings: list[Phrase]) -> dict[str, Any]:
    """The generate settings of *config* with their defaults; wrong types are config errors."""
    values = {}
    for key in sorted(set(config) - set(_KEYS) - set(CHECK_KEYS)):
        warnings.append(Phrase("config key '{key}' is not a reg setting and is ignored (check its spelling).",
                               key=key))
    for key, ((kind, description), default) in _KEYS.items():
        value = config.get(key, default)
        if value is not None and (not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool)):
            raise JobError("config", Phrase("reg setting {key} = {value} has the wrong type.", key=key,
                                            value=repr(value)),
                           Phrase("Give {key} as {kind}.", key=key, kind=description))
        values[key] = value
    return values


def _concept(project: Project, which: str | int | None) -> int:
    if not project.concepts:
        raise JobError("config", Phrase("{path}: the project has no concepts.", path=str(project.file)),
                       Phrase("Add a concept first."))
    if which is None:
        return 0
    if isinstance(which, int):
        if not 1 <= which <= len(project.concepts):
            raise JobError("config", Phrase("concept {which}: the project has {n} concept(s).", which=which,
                                            n=len(project.concepts)),
                           Phrase("Number concepts from 1, or give the concept's identifier."))
        return which - 1
    for i, concept in enumerate(project.concepts):
        if concept.identifier == which:
            return i
    raise JobError("config", Phrase("no concept with identifier '{ident}' in {path}.", ident=which,
                                    path=str(project.file)),
                   Phrase("Give an identifier from danlu.toml or the concept's number."))


def _prompts(values: dict[str, Any], ctx: JobContext, concept: Concept | None, images: list[Path],
             warnings: list[Phrase]) -> list[PromptSpec]:
    source = values["source"]
    class_tokens = values["class_prompt"] if values["class_prompt"] is not None else (
        concept.reg_class_tokens if concept else "")
    try:
        if source == "class":
            return class_prompts(class_tokens)
        if source == "captions":
            identifier = values["identifier"] if values["identifier"] is not None else (
                concept.identifier if concept else "")
            if not identifier.strip():
                warnings.append(Phrase("no identifier is set, so captions are used as they are; set 'identifier' "
                                       "to take the subject's name out."))
            return caption_prompts(images, values["caption_extension"], identifier, class_tokens, values["remove_tags"])
        if not values["prompt_file"]:
            raise JobError("config", Phrase("source = \"file\" needs prompt_file."),
                           Phrase("Name an sd-scripts prompt file."))
        result = read_prompt_file(ctx.resolve(values["prompt_file"]))
        warnings.extend(result.warnings)
        return result.prompts
    except PromptError as exc:
        raise JobError("config", exception_text(exc)) from None


@dataclass
class RegPlace:
    """Where a reg set lives and what it is for: the folders shared by the generate and check modes."""

    output_dir: Path
    project: Project | None
    concept_index: int | None
    training_images: list[Path]

    @property
    def concept(self) -> Concept | None:
        return None if self.project is None or self.concept_index is None else self.project.concepts[self.concept_index]


def locate(values: dict[str, Any], ctx: JobContext, need_training: bool) -> RegPlace:
    """The reg folder (``output_dir``, or the project's ``reg/<repeats>_<class>``) and, if *need_training*,
    the training images (``captions_dir``, or the concept's folder)."""
    project = index = None
    if values.get("project"):
        try:
            project = load_project(ctx.resolve(values["project"]))
        except ConfigFileError as exc:
            raise JobError("config", exception_text(exc)) from None
        index = _concept(project, values.get("concept"))
    if values.get("output_dir") is not None:
        output = ctx.resolve(values["output_dir"])
    elif project is not None and index is not None:
        try:
            output = project.reg_dir / concept_reg_folder(project, index)
        except LayoutError as exc:
            raise JobError("config", exception_text(exc)) from None
    else:
        raise JobError("config", Phrase("the reg job needs 'output_dir', or 'project' to put the set in its reg/ "
                                        "folder."))
    images: list[Path] = []
    if need_training:
        if values.get("captions_dir") is not None:
            folder = ctx.resolve(values["captions_dir"])
        elif project is not None and index is not None:
            folder = resolve_source(project, project.concepts[index].source)
        else:
            raise JobError("config", Phrase("captions, bucket sizes and the check need the training images: set "
                                            "'captions_dir' or 'project'."))
        try:
            images = list_images(folder)
        except FileNotFoundError:
            raise JobError("config", Phrase("{path}: the training image folder does not exist.",
                                            path=str(folder))) from None
        if not images:
            raise JobError("config", Phrase("{path}: no training images there.", path=str(folder)))
    return RegPlace(output, project, index, images)


def read_config(ctx: JobContext) -> RegConfig:
    """The reg job's settings; every mistake is a ``config`` error saying what to change."""
    warnings: list[Phrase] = []
    values = read_values(ctx.config, warnings)
    if not values["model"]:
        raise JobError("config", Phrase("the reg job needs 'model': the base model the LoRA will be trained on."),
                       Phrase("Set model to a diffusers folder (or a downloaded Hugging Face repo id)."))
    if values["source"] not in SOURCES:
        raise JobError("config", Phrase("source '{value}' is not one of {names}.", value=values["source"],
                                        names=names(list(SOURCES))))
    if values["size"] not in ("fixed", "buckets"):
        raise JobError("config", Phrase("size '{value}' is not 'fixed' or 'buckets'.", value=values["size"]))
    try:
        sampler = get_sampler(values["sampler"]).name
    except UnknownSamplerError as exc:
        raise JobError("config", exception_text(exc)) from None
    for key, low in (("steps", 1), ("batch_size", 1), ("clip_skip", 1), ("seed", 0), ("width", 0), ("height", 0),
                     ("count", 1)):
        if values[key] is not None and values[key] < low:
            raise JobError("config", Phrase("{key} must be {low} or more (got {n}).", key=key, low=low,
                                            n=values[key]))

    place = locate(values, ctx, need_training=values["source"] == "captions" or values["size"] == "buckets")
    project, index, concept, output = place.project, place.concept_index, place.concept, place.output_dir
    if values["caption_extension"] is None:
        values["caption_extension"] = concept.caption_extension if concept else ".txt"
    images = place.training_images

    count = values["count"]
    if count is None:
        if project is None or index is None:
            raise JobError("config", Phrase("set 'count' (or 'project', to use the suggested count)."))
        try:
            count = suggest_reg_count(project, index).count
        except (ValueError, LayoutError) as exc:
            raise JobError("config", exception_text(exc), Phrase("Set 'count' yourself.")) from None

    settings = RenderSettings(values["width"], values["height"], values["steps"], float(values["scale"]), sampler,
                              values["negative_prompt"])
    return RegConfig(
        model=values["model"], output_dir=output, count=count,
        prompts=_prompts(values, ctx, concept, images, warnings), settings=settings, seed=values["seed"],
        batch_size=values["batch_size"],
        options=GenerateOptions(values["device"], values["dtype"], values["compile"], values["vae_tiling"],
                                values["clip_skip"]),
        caption_extension=values["caption_extension"], size_mode=values["size"], bucket_images=images,
        source=values["source"], project=project, concept_index=index, link_concept=values["link_concept"],
        warnings=warnings)


def _model_path(cfg: RegConfig, ctx: JobContext) -> str:
    path = ctx.resolve(cfg.model)
    return str(path) if path.exists() else cfg.model  # a repo id stays as written


def bucket_sizes(images: list[Path], resolution: Size) -> list[Size]:
    """The bucket of each training image at *resolution*: sd-scripts' bucket defaults (256–1024, steps
    64), widened to half and twice the resolution where it lies outside them (SDXL: up to 2048)."""
    settings = BucketSettings(resolution=resolution,
                              min_bucket_reso=min(DEFAULT_MIN_BUCKET_RESO, min(resolution) // 2),
                              max_bucket_reso=max(DEFAULT_MAX_BUCKET_RESO, 2 * max(resolution)))
    selector = BucketSelector(settings)
    return [selector.select_bucket(*image_size(p)).reso for p in images]


def _link_concept(cfg: RegConfig, ctx: JobContext) -> None:
    """Point the concept's reg_source at the folder, so the next layout build takes the set."""
    project, index = cfg.project, cfg.concept_index
    if project is None or index is None or not cfg.link_concept or not existing_indices(cfg.output_dir):
        return
    concept = project.concepts[index]
    here = cfg.output_dir.resolve()
    rel = os.path.relpath(here, project.root) if project.root in here.parents else str(here)
    if not concept.reg_source:
        concept.reg_source = Path(rel).as_posix()
        project.save()
        ctx.emitter.emit("log", message=Phrase("{file}: concept '{concept}' now takes its reg images from {source}.",
                                               file=str(project.file), concept=concept.identifier,
                                               source=concept.reg_source))
    elif resolve_source(project, concept.reg_source).resolve() != here:
        ctx.emitter.warning(Phrase("concept '{ident}' takes its reg images from {source}, not from {folder}; change "
                                   "reg_source in the project to use this set.", ident=concept.identifier,
                                   source=concept.reg_source, folder=rel))


def generate_reg_set(ctx: JobContext, cfg: RegConfig) -> list[str]:
    folder = cfg.output_dir
    count = cfg.count or 0
    manifest = RegManifest.load(folder)
    fingerprint = cfg.fingerprint()
    done = existing_indices(folder)
    if manifest.settings and manifest.settings != fingerprint and done:
        changed = sorted(k for k in fingerprint if manifest.settings.get(k) != fingerprint[k])
        ctx.emitter.warning(Phrase("{folder} holds images made with other settings ({names} changed); they are kept. "
                                   "Delete them to render the whole set with the new settings.", folder=str(folder),
                                   names=names(changed)))
    extra = sorted(i for i in done if i >= count)
    if extra:
        ctx.emitter.warning(Phrase("{folder} holds {n} image(s) numbered beyond count {count}; they stay in the set. "
                                   "Delete them if the set should be smaller.", folder=str(folder), n=len(extra),
                                   count=count))
    missing = [i for i in range(count) if i not in done]
    have = count - len(missing)
    ctx.emitter.progress(have, count, "image")

    folder.mkdir(parents=True, exist_ok=True)
    manifest.settings = fingerprint
    manifest.save(folder)
    try:
        if missing:
            _render(ctx, cfg, missing, manifest, have)
    finally:
        _link_concept(cfg, ctx)
    for i in range(count):  # an image whose caption was lost (or never written) gets it back
        caption = (folder / image_name(i)).with_suffix(cfg.caption_extension)
        if i in done and not caption.exists():
            prompt = cfg.prompts[i % len(cfg.prompts)].prompt
            write_caption(caption, prompt)
    return [str(folder)]


def _render(ctx: JobContext, cfg: RegConfig, missing: list[int], manifest: RegManifest, have: int) -> None:
    import torch

    ctx.emitter.emit("log", message=Phrase("loading {model}", model=str(cfg.model)))
    pipe = load_pipeline(_model_path(cfg, ctx), cfg.options)
    native = int(pipe.unet.config.sample_size) * int(getattr(pipe, "vae_scale_factor", 8))
    settings = cfg.settings
    width, height = settings.width or native, settings.height or native
    settings = RenderSettings(width, height, settings.steps, settings.scale, settings.sampler,
                              settings.negative_prompt)
    sizes = bucket_sizes(cfg.bucket_images, (width, height)) if cfg.size_mode == "buckets" else None
    requests = plan_requests(cfg.prompts, missing, settings, cfg.seed, manifest.attempts, sizes)
    renderer = Renderer(pipe, cfg.options, model_name=Path(cfg.model).name)
    folder, count = cfg.output_dir, cfg.count or 0
    try:
        for batch in renderer.render(requests, cfg.batch_size, ctx.check_cancelled):
            for rendered in batch:
                request = rendered.request
                image = folder / image_name(request.index)
                write_caption(image.with_suffix(cfg.caption_extension), request.prompt)
                atomic_write_bytes(image, renderer.png(rendered), fsync=False)  # last: its presence means done
                have += 1
                ctx.emitter.emit("result", data={"index": request.index, "image": str(image), "prompt": request.prompt,
                                                 "seed": request.seed, "width": request.width,
                                                 "height": request.height})
                ctx.emitter.progress(have, count, "image")
    except NonFiniteImageError as exc:
        raise JobError("nan", Phrase("{error} Nothing was written for them.", error=exception_text(exc)),
                       Phrase("Use dtype = \"bf16\" (RTX 30xx and newer) or \"fp32\"; fp16 overflows in some "
                              "models' VAE.")) from None
    except torch.cuda.OutOfMemoryError as exc:
        raise JobError("oom", Phrase("The GPU ran out of memory ({error}).", error=str(exc).splitlines()[0]),
                       Phrase("Lower batch_size (now {size}) or the size, or set vae_tiling = \"on\".",
                              size=cfg.batch_size)) from None


def reg_job(ctx: JobContext) -> list[str]:
    """Generate (or, with ``mode = "check"``, check) a regularization set; see the module doc."""
    mode = ctx.config.get("mode", "generate")
    if mode == "check":
        from training.reg_check import reg_check_job

        return reg_check_job(ctx)
    if mode != "generate":
        raise JobError("config", Phrase("mode '{value}' is not 'generate' or 'check'.", value=mode))
    cfg = read_config(ctx)
    for warning in cfg.warnings:
        ctx.emitter.warning(warning)
    return generate_reg_set(ctx, cfg)
