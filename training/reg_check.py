"""Checking a reg set with CLIP (open_clip): images too close to the subject, images off the class.

Seed 001's warning: reg images must be the same class but *not* the subject; a set that is "positively
correlated" with the training images ruins the run. Each reg image gets two scores:

- ``subject_sim``: cosine similarity to its nearest training image;
- ``class_sim``: similarity to the class prompt (``a photo of a woman``).

Flags (a guide; the user decides):

- ``near_copy``: a (near-)duplicate of a training image: similarity at least ``near_copy`` (0.99), or
  its distance to the nearest training image (1 − similarity) is an outlier of the set on a log scale
  (robust z beyond ``outlier_z``; duplicates sit orders of magnitude closer than anything generated);
- ``close_to_subject``: as close to a training image as the training images are to each other (their
  median nearest-neighbour similarity): it looks like one more photo of the subject;
- ``off_class``: less like the class prompt than every training image is, by ``off_class_margin``, or a
  low outlier of the set.

Rejecting an image moves it (and its caption) to ``.rejected/`` and counts an attempt for its index;
the next ``reg`` run renders that index with its next seed.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from dataprep.fsutil import atomic_write_text
from dataprep.imagefiles import list_images
from dataprep.jobs import JobContext, JobError
from dataprep.phrases import Phrase, names
from training.clip_scores import DEFAULT_CLIP, ClipModel, load_clip
from training.reg_job import RegManifest, image_index, locate, read_values

REPORT = ".danlu-reg-check.json"
REJECTED = ".rejected"
FLAGS = ("near_copy", "close_to_subject", "off_class")
MIN_FOR_OUTLIERS = 8  # fewer images give no usable spread
CLASS_TEMPLATE = "a photo of a {}"


@dataclass(frozen=True)
class CheckThresholds:
    near_copy: float = 0.99
    outlier_z: float = 3.5
    off_class_margin: float = 0.02


def robust_z(values: np.ndarray) -> np.ndarray:
    """(x − median) / (1.4826 · MAD): a z-score that a few outliers cannot drag; zeros without spread."""
    median = float(np.median(values))
    mad = float(np.median(np.abs(values - median))) * 1.4826
    if len(values) < MIN_FOR_OUTLIERS or mad == 0:
        return np.zeros_like(values)
    return (values - median) / mad


def nearest_neighbour_sims(train: np.ndarray) -> np.ndarray:
    """Each training image's similarity to its closest other training image."""
    sims = train @ train.T
    np.fill_diagonal(sims, -np.inf)
    return sims.max(axis=1)


def flag_scores(subject_sims: np.ndarray, class_sims: np.ndarray, train_nn_sims: np.ndarray,
                train_class_sims: np.ndarray, thresholds: CheckThresholds = CheckThresholds()) -> list[list[str]]:
    """The flags of each reg image (see the module doc), from its scores and the training set's."""
    distance = np.log(np.clip(1.0 - subject_sims, 1e-6, None))
    copy_z = -robust_z(distance)  # closer than usual → positive
    class_z = robust_z(class_sims)
    close_limit = float(np.median(train_nn_sims)) if len(train_nn_sims) else math.inf
    class_floor = float(np.min(train_class_sims)) - thresholds.off_class_margin
    flags = []
    for s, c, z, cz in zip(subject_sims, class_sims, copy_z, class_z, strict=True):
        mine = []
        if s >= thresholds.near_copy or z > thresholds.outlier_z:
            mine.append("near_copy")
        elif s >= close_limit:
            mine.append("close_to_subject")
        if c < class_floor or cz < -thresholds.outlier_z:
            mine.append("off_class")
        flags.append(mine)
    return flags


def _stats(values: np.ndarray, bins: int = 20) -> dict[str, Any]:
    if not len(values):
        return {}
    q = np.percentile(values, [0, 5, 25, 50, 75, 95, 100])
    counts, edges = np.histogram(values, bins=bins)
    return {"min": float(q[0]), "p5": float(q[1]), "p25": float(q[2]), "median": float(q[3]), "p75": float(q[4]),
            "p95": float(q[5]), "max": float(q[6]), "histogram": {"counts": counts.tolist(), "edges": edges.tolist()}}


@dataclass
class RegImageScore:
    image: str
    index: int | None
    nearest: str  # the closest training image
    subject_sim: float
    class_sim: float
    flags: list[str] = field(default_factory=list)


@dataclass
class RegCheckReport:
    images: list[RegImageScore]
    class_prompt: str
    thresholds: CheckThresholds
    train_nn_median: float  # where close_to_subject starts
    train_class_min: float

    @property
    def flagged(self) -> list[RegImageScore]:
        return [s for s in self.images if s.flags]

    def summary(self) -> dict[str, Any]:
        subject = np.array([s.subject_sim for s in self.images])
        cls = np.array([s.class_sim for s in self.images])
        return {"images": len(self.images), "flagged": {f: sum(f in s.flags for s in self.images) for f in FLAGS},
                "subject_sim": _stats(subject), "class_sim": _stats(cls), "class_prompt": self.class_prompt,
                "close_to_subject_from": self.train_nn_median, "train_class_min": self.train_class_min,
                "thresholds": asdict(self.thresholds)}

    def to_dict(self) -> dict[str, Any]:
        return {"summary": self.summary(), "images": [asdict(s) for s in self.images]}


def check_reg_set(clip: ClipModel, reg_images: Sequence[Path], train_images: Sequence[Path], class_tokens: str,
                  thresholds: CheckThresholds = CheckThresholds(),
                  progress: Callable[[int], None] | None = None) -> RegCheckReport:
    """Scores and flags for every reg image against the training images and the class prompt;
    *progress* gets the number of reg images embedded so far."""
    if not reg_images:
        raise ValueError("there are no reg images to check")
    if not train_images:
        raise ValueError("there are no training images to compare the reg images with")
    prompt = CLASS_TEMPLATE.format(class_tokens.strip())
    train = clip.embed_images(train_images)
    reg = clip.embed_images(reg_images, progress=progress)
    text = clip.embed_texts([prompt])[0]
    sims = reg @ train.T
    nearest = sims.argmax(axis=1)
    subject = sims.max(axis=1)
    class_sims = reg @ text
    train_class = train @ text
    train_nn = nearest_neighbour_sims(train) if len(train) > 1 else np.zeros(0)
    flags = flag_scores(subject, class_sims, train_nn, train_class, thresholds)
    scores = [RegImageScore(str(p), image_index(p), Path(train_images[n]).name, float(s), float(c), f)
              for p, n, s, c, f in zip(reg_images, nearest, subject, class_sims, flags, strict=True)]
    return RegCheckReport(scores, prompt, thresholds, float(np.median(train_nn)) if len(train_nn) else math.inf,
                          float(train_class.min()))


def reject_images(folder: Path, images: Iterable[Path], caption_extension: str = ".txt") -> list[int]:
    """Move *images* (and their captions) to ``.rejected/`` and count an attempt for each reg index, so the
    next reg run renders those indices again with new seeds. Returns the indices rejected."""
    folder = Path(folder)
    manifest = RegManifest.load(folder)
    bin_dir = folder / REJECTED
    images = [Path(image) for image in images]
    for image in images:  # all checked before any moves
        if image.parent.resolve() != folder.resolve() or not image.is_file():
            raise JobError("io", Phrase("{image}: not an image of the reg folder {folder} (any more).",
                                           image=str(image), folder=str(folder)),
                           Phrase("Check the set again, then reject from the new report."))
    indices = []
    try:
        bin_dir.mkdir(exist_ok=True)
        for image in images:
            index = image_index(image)
            attempt = manifest.attempts.get(index, 0) if index is not None else 0
            for path in (image, image.with_suffix(caption_extension)):
                if path.exists():
                    os.replace(path, bin_dir / f"{path.stem}.attempt{attempt}{path.suffix}")
            if index is not None:
                manifest.attempts[index] = attempt + 1
                indices.append(index)
        manifest.save(folder)
    except OSError as exc:
        where = str(exc.filename or bin_dir)
        raise JobError("io", Phrase("{path}: cannot move the image into {bin} ({error}).", path=where,
                                    bin=str(bin_dir), error=exc.strerror or str(exc)),
                       Phrase("Make the reg folder writable, then reject again.")) from exc
    return indices


def _thresholds(config: dict[str, Any]) -> CheckThresholds:
    values = {}
    for key, default in asdict(CheckThresholds()).items():
        value = config.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise JobError("config", Phrase("check setting {key} = {value} must be a number.", key=key,
                                            value=repr(value)))
        values[key] = float(value)
    return CheckThresholds(**values)


def reg_check_job(ctx: JobContext) -> list[str]:
    """``mode = "check"``: score the set, write the report, optionally reject flagged images.

    Keys: the reg folder and training images as for generating (``project``/``concept``, ``output_dir``,
    ``captions_dir``, ``class_prompt``), ``clip_model``, ``near_copy``, ``outlier_z``, ``off_class_margin``,
    ``report`` (default ``<reg folder>/.danlu-reg-check.json``), ``reject`` (flags whose images are moved
    to ``.rejected/``, e.g. ``["near_copy"]``), ``device``.
    """
    warnings: list[Phrase] = []
    values = read_values(ctx.config, warnings)
    for warning in warnings:
        ctx.emitter.warning(warning)
    thresholds = _thresholds(ctx.config)
    reject = ctx.config.get("reject", [])
    if not isinstance(reject, list) or not set(reject) <= set(FLAGS):
        raise JobError("config", Phrase("reject = {value}: give a list of flags from {names}.", value=repr(reject),
                                        names=names(list(FLAGS))))
    place = locate(values, ctx, need_training=True)
    concept = place.concept
    class_tokens = values["class_prompt"] if values["class_prompt"] is not None else (
        concept.reg_class_tokens if concept else "")
    if not class_tokens.strip():
        raise JobError("config", Phrase("the check needs the class: set 'class_prompt' or 'project'."))
    try:
        reg_images = list_images(place.output_dir)
    except FileNotFoundError:
        raise JobError("config", Phrase("{path}: the reg folder does not exist; generate the set first.",
                                        path=str(place.output_dir))) from None
    if not reg_images:
        raise JobError("config", Phrase("{path}: holds no images to check.", path=str(place.output_dir)))

    ctx.emitter.emit("log", message=Phrase("loading CLIP {model}",
                                           model=str(ctx.config.get("clip_model", DEFAULT_CLIP))))
    clip = load_clip(str(ctx.config.get("clip_model", DEFAULT_CLIP)), values["device"])
    total = len(reg_images)
    ctx.emitter.progress(0, total, "image")

    def progress(done: int) -> None:
        ctx.emitter.progress(done, total, "image")
        ctx.check_cancelled()

    report = check_reg_set(clip, reg_images, place.training_images, class_tokens, thresholds, progress)
    path = ctx.resolve(ctx.config["report"]) if ctx.config.get("report") else place.output_dir / REPORT
    atomic_write_text(path, json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    data: dict[str, Any] = {"report": str(path), "summary": report.summary(),
                            "flagged": [asdict(s) for s in report.flagged]}
    if reject:
        chosen = [Path(s.image) for s in report.flagged if set(s.flags) & set(reject)]
        caption_ext = values["caption_extension"] or (concept.caption_extension if concept else ".txt")
        data["rejected"] = reject_images(place.output_dir, chosen, caption_ext)
    ctx.emitter.emit("result", data=data)
    return [str(path)]
