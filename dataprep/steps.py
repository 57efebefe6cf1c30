"""How many steps a run takes, counted exactly as sd-scripts' ``train_network.py`` counts them.

1. Each subset folder gives images × repeats samples per epoch.
2. Regularization images are balanced to the training samples (sd-scripts' DreamBoothDataset): reg
   images are registered in order, each with its own repeats, until they reach the number of training
   samples (the rest are unused); if they run out first, they get one more repeat each, in order,
   until they do. So with a reg set an epoch has (about) twice the samples.
3. Samples go into aspect-ratio buckets; a batch holds one bucket only, so an epoch has
   sum over buckets of ceil(samples / batch_size) batches.
4. Optimizer steps per epoch = ceil(batches / gradient_accumulation_steps).
5. ``max_train_epochs`` (when set) overrides ``max_train_steps``: total = epochs × steps per epoch;
   otherwise total = ``max_train_steps`` (1600 by default) and epochs = ceil(total / steps per epoch).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError

from dataprep.buckets import BucketPlan, BucketSelector, BucketSettings, Size, plan_buckets
from dataprep.imagefiles import is_image_file
from dataprep.layout import LayoutError, PlannedFolder, folder_files, plan_layout
from dataprep.masks import split_sibling_masks
from dataprep.phrases import Phrase
from dataprep.project import Project

DEFAULT_MAX_TRAIN_STEPS = 1600  # sd-scripts' default for --max_train_steps


class StepsError(ValueError):
    """Settings or data for which no step count exists (no images, a batch size of 0...)."""


@dataclass
class Subset:
    """One subset folder as sd-scripts sees it: its images' sizes in its reading order, and repeats."""

    name: str
    repeats: int
    image_sizes: list[Size]
    is_reg: bool = False


@dataclass
class Schedule:
    """The training-length arguments of sd-scripts, with its names and defaults."""

    train_batch_size: int = 1
    gradient_accumulation_steps: int = 1
    max_train_epochs: int | None = None
    max_train_steps: int | None = None

    def check(self) -> None:
        if self.train_batch_size < 1:
            raise StepsError(f"train_batch_size must be 1 or more (got {self.train_batch_size}).")
        if self.gradient_accumulation_steps < 1:
            raise StepsError(f"gradient_accumulation_steps must be 1 or more (got {self.gradient_accumulation_steps}).")
        if self.max_train_epochs is not None and self.max_train_epochs < 1:
            raise StepsError(f"max_train_epochs must be 1 or more (got {self.max_train_epochs}).")
        if self.max_train_steps is not None and self.max_train_steps < 1:
            raise StepsError(f"max_train_steps must be 1 or more (got {self.max_train_steps}).")


@dataclass
class SubsetSteps:
    """One subset's share of an epoch. For reg subsets ``used_*`` are after balancing to the train set."""

    name: str
    is_reg: bool
    images: int
    repeats: int
    samples: int
    used_images: int
    used_samples: int


@dataclass
class StepBreakdown:
    """Everything the GUI shows next to the folders: per subset, per bucket, per epoch and in total."""

    subsets: list[SubsetSteps]
    buckets: BucketPlan
    schedule: Schedule
    train_samples: int
    reg_samples: int  # as the reg folders declare them (images × repeats)
    reg_used_samples: int  # after balancing: what an epoch really holds
    batches_per_epoch: int
    steps_per_epoch: int  # optimizer updates
    epochs: int
    total_steps: int
    steps_source: str  # "max_train_epochs", "max_train_steps" or "default"
    last_epoch_steps: int = field(default=0)

    @property
    def samples_per_epoch(self) -> int:
        return self.train_samples + self.reg_used_samples

    def lines(self) -> list[str]:
        """A readable breakdown, one fact per line (Phrases, so the interface can translate them)."""
        out = []
        for s in self.subsets:
            values = {"name": s.name, "images": s.images, "repeats": s.repeats, "samples": s.samples}
            if not s.is_reg:
                out.append(Phrase("{name}: {images} images × {repeats} repeats = {samples}", **values))
            elif s.used_samples == s.samples:
                out.append(Phrase("reg {name}: {images} images × {repeats} repeats = {samples}", **values))
            else:
                out.append(Phrase("reg {name}: {images} images × {repeats} repeats = {samples}, balanced to {used} "
                                  "({used_images} images used)", used=s.used_samples, used_images=s.used_images,
                                  **values))
        if self.reg_used_samples:
            out.append(Phrase("per epoch: {train} training + {reg} reg = {total} images", train=self.train_samples,
                              reg=self.reg_used_samples, total=self.samples_per_epoch))
        else:
            out.append(Phrase("per epoch: {total} images", total=self.train_samples))
        batches = {"batches": self.batches_per_epoch, "size": self.schedule.train_batch_size}
        if self.buckets.partial_batches:
            out.append(Phrase("batches per epoch: {batches} at batch size {size} (+{partial} partial batches from "
                              "{buckets} buckets)", partial=self.buckets.partial_batches,
                              buckets=len(self.buckets.buckets), **batches))
        else:
            out.append(Phrase("batches per epoch: {batches} at batch size {size}", **batches))
        accum = self.schedule.gradient_accumulation_steps
        if accum > 1:
            out.append(Phrase("optimizer steps per epoch: ceil({batches} / {accum}) = {steps}",
                              batches=self.batches_per_epoch, accum=accum, steps=self.steps_per_epoch))
        if self.steps_source == "max_train_epochs":
            out.append(Phrase("total: {epochs} epochs × {per_epoch} = {total} steps", epochs=self.epochs,
                              per_epoch=self.steps_per_epoch, total=self.total_steps))
        else:
            values = {"total": self.total_steps, "epochs": self.epochs, "last": self.last_epoch_steps}
            if self.steps_source == "max_train_steps":
                out.append(Phrase("total: {total} steps (max_train_steps) = {epochs} epochs, the last one {last} "
                                  "steps", **values))
            else:
                out.append(Phrase("total: {total} steps (sd-scripts' default max_train_steps) = {epochs} epochs, "
                                  "the last one {last} steps", **values))
        return out

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["buckets"] = {"batch_size": self.buckets.batch_size, "mean_ar_error": self.buckets.mean_ar_error,
                           "partial_batches": self.buckets.partial_batches,
                           "buckets": [asdict(b) for b in self.buckets.buckets]}
        lines = self.lines()
        data["lines"] = [str(line) for line in lines]
        data["phrases"] = [line.to_json() for line in lines]  # for the interface's language
        return data


def balance_reg_repeats(train_samples: int, reg_repeats: list[int]) -> list[int]:
    """Final repeats of each reg image (in reading order) after sd-scripts' balancing; 0 = unused."""
    final = [0] * len(reg_repeats)
    if not reg_repeats:
        return final
    n = 0
    first_loop = True
    while n < train_samples:
        for i, repeats in enumerate(reg_repeats):
            if first_loop:
                final[i] = repeats
                n += repeats
            else:
                final[i] += 1
                n += 1
            if n >= train_samples:
                break
        first_loop = False
    return final


def compute_steps(subsets: list[Subset], schedule: Schedule, buckets: BucketSettings | None = None) -> StepBreakdown:
    """The step count of one sd-scripts dataset made of *subsets* (training and reg, in reading order)."""
    schedule.check()
    subsets = [s for s in subsets if s.repeats >= 1 and s.image_sizes]  # sd-scripts skips these
    train = [s for s in subsets if not s.is_reg]
    reg = [s for s in subsets if s.is_reg]
    train_samples = sum(len(s.image_sizes) * s.repeats for s in train)
    if train_samples == 0:
        raise StepsError("there are no training images: every concept folder is empty.")
    reg_images = [(size, s) for s in reg for size in s.image_sizes]
    final = balance_reg_repeats(train_samples, [s.repeats for _, s in reg_images])

    rows = [SubsetSteps(s.name, False, len(s.image_sizes), s.repeats, len(s.image_sizes) * s.repeats,
                        len(s.image_sizes), len(s.image_sizes) * s.repeats) for s in train]
    start = 0
    for s in reg:
        mine = final[start:start + len(s.image_sizes)]
        start += len(s.image_sizes)
        rows.append(SubsetSteps(s.name, True, len(s.image_sizes), s.repeats, len(s.image_sizes) * s.repeats,
                                sum(1 for r in mine if r > 0), sum(mine)))

    samples = [(size, s.repeats) for s in train for size in s.image_sizes]
    samples += [(size, repeats) for (size, _), repeats in zip(reg_images, final, strict=True)]
    plan = plan_buckets(samples, BucketSelector(buckets), schedule.train_batch_size)
    batches = plan.batches
    per_epoch = math.ceil(batches / schedule.gradient_accumulation_steps)
    if schedule.max_train_epochs is not None:
        total, source = schedule.max_train_epochs * per_epoch, "max_train_epochs"
    elif schedule.max_train_steps is not None:
        total, source = schedule.max_train_steps, "max_train_steps"
    else:
        total, source = DEFAULT_MAX_TRAIN_STEPS, "default"
    epochs = math.ceil(total / per_epoch)
    return StepBreakdown(
        subsets=rows, buckets=plan, schedule=schedule, train_samples=train_samples,
        reg_samples=sum(len(s.image_sizes) * s.repeats for s in reg), reg_used_samples=sum(final),
        batches_per_epoch=batches, steps_per_epoch=per_epoch, epochs=epochs, total_steps=total,
        steps_source=source, last_epoch_steps=total - (epochs - 1) * per_epoch,
    )


def image_size(path: Path) -> Size:
    """Stored pixel size (no EXIF rotation: sd-scripts reads sizes the same way)."""
    try:
        with Image.open(path) as im:
            return im.size
    except (OSError, UnidentifiedImageError) as exc:
        raise LayoutError(f"{path}: cannot read this image ({exc}). Re-export or remove it.") from None


def folder_subsets(folders: list[PlannedFolder]) -> list[Subset]:
    """Subsets of planned layout folders, with the images the build would place, in the same order."""
    subsets = []
    for folder in folders:
        images, _masked = split_sibling_masks([src for src, _ in folder_files(folder) if is_image_file(src)])
        subsets.append(Subset(folder.name, folder.repeats, [image_size(p) for p in images], folder.is_reg))
    return subsets


def project_subsets(project: Project) -> list[Subset]:
    return folder_subsets(plan_layout(project.concepts, project))


@dataclass
class RepeatsSuggestion:
    repeats: list[int]  # one per training subset, in order
    breakdown: StepBreakdown


def suggest_repeats(train: list[Subset], target_steps: int, schedule: Schedule,
                    reg: list[Subset] | None = None, buckets: BucketSettings | None = None,
                    balance: bool = True) -> RepeatsSuggestion:
    """Repeats for each training subset so the run lasts about *target_steps* over the schedule's
    ``max_train_epochs``. With *balance* each subset gets the same share of an epoch (fewer images →
    more repeats), otherwise all get the same repeats. The result is checked with the exact count."""
    if schedule.max_train_epochs is None:
        raise StepsError("set max_train_epochs: with only max_train_steps the total does not depend on repeats.")
    if target_steps < 1:
        raise StepsError(f"target steps must be 1 or more (got {target_steps}).")
    train = [s for s in train if s.image_sizes]
    if not train:
        raise StepsError("there are no training images to suggest repeats for.")
    reg = reg or []
    factor = 2 if any(s.image_sizes for s in reg) else 1
    # samples per epoch from the textbook formula: steps × batch × accumulation / epochs / (2 with reg)
    wanted = (target_steps * schedule.train_batch_size * schedule.gradient_accumulation_steps
              / schedule.max_train_epochs / factor)
    if balance:
        base = [wanted / len(train) / len(s.image_sizes) for s in train]
    else:
        base = [wanted / sum(len(s.image_sizes) for s in train)] * len(train)

    def count(scale: float) -> tuple[list[int], StepBreakdown]:
        repeats = [max(1, round(b * scale)) for b in base]
        subsets = [Subset(s.name, r, s.image_sizes) for s, r in zip(train, repeats, strict=True)] + reg
        return repeats, compute_steps(subsets, schedule, buckets)

    # partial batches and rounding make the exact total drift from the formula: rescale a few times
    scale = 1.0
    best: tuple[list[int], StepBreakdown] | None = None
    for _ in range(8):
        repeats, breakdown = count(scale)
        if best is None or abs(breakdown.total_steps - target_steps) < abs(best[1].total_steps - target_steps):
            best = (repeats, breakdown)
        if breakdown.total_steps == target_steps:
            break
        scale *= target_steps / breakdown.total_steps
    return RepeatsSuggestion(*best)
