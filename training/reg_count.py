"""How many reg images to generate, and the reg repeats that balance them, counted as sd-scripts counts.

sd-scripts registers reg images in folder order, each with its folder's repeats, until they match the
training samples (images × repeats) of an epoch, and never looks at the rest: with 45 images × 50
repeats (2250 samples) and 4200 reg images, 1950 of them are never seen, in any epoch. Fewer reg images
than samples are cycled (one more repeat each, in order). So the count that wastes nothing is the
training samples divided by the reg repeats. Seed 001's folk rule of 100–200 reg images per training
image is shown as the upper option, with what sd-scripts would really use of it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from dataprep.layout import IMG_DIR, plan_layout, reg_folder_name
from dataprep.phrases import Phrase
from dataprep.project import Project
from dataprep.steps import balance_reg_repeats, folder_subsets

RULE_OF_THUMB = (100, 200)  # reg images per training image (seed 001)


@dataclass(frozen=True)
class RegBalance:
    """What sd-scripts makes of *count* reg images at *reg_repeats* against *train_samples*."""

    count: int
    reg_repeats: int
    train_samples: int
    used_images: int  # images that appear in an epoch at all
    reg_samples: int  # reg samples per epoch after balancing (≈ train_samples)
    cycled_images: int  # images given one extra repeat to fill up to train_samples

    @property
    def unused_images(self) -> int:
        return self.count - self.used_images


def balance(count: int, train_samples: int, reg_repeats: int | None = None) -> RegBalance:
    """sd-scripts' balancing of *count* reg images; *reg_repeats* None picks the repeats that use every
    image with the fewest extra repeats (training samples // count, at least 1)."""
    if count < 1:
        raise ValueError(f"the reg image count must be 1 or more (got {count})")
    if train_samples < 1:
        raise ValueError("there are no training samples to balance reg images against")
    repeats = reg_repeats if reg_repeats is not None else max(1, train_samples // count)
    if repeats < 1:
        raise ValueError(f"reg repeats must be 1 or more (got {repeats})")
    final = balance_reg_repeats(train_samples, [repeats] * count)
    return RegBalance(count, repeats, train_samples, used_images=sum(1 for r in final if r > 0),
                      reg_samples=sum(final), cycled_images=sum(1 for r in final if r > repeats))


@dataclass
class RegCountSuggestion:
    folder: str  # the reg folder, ``<reg_repeats>_<class>``
    concepts: list[int]  # indices of the concepts it serves
    train_images: int
    train_samples: int  # images × repeats of those concepts, per epoch
    reg_repeats: int  # the concepts' reg repeats
    balanced: RegBalance  # the count that wastes nothing at reg_repeats
    rule_low: RegBalance  # 100 × training images, at the reg repeats that balance it
    rule_high: RegBalance
    notes: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return self.balanced.count

    def lines(self) -> list[str]:
        """The suggestion in sentences (Phrases, so the interface can translate them)."""
        out = [Phrase("{images} training images give {samples} samples per epoch.", images=self.train_images,
                      samples=self.train_samples),
               Phrase("Suggested: {count} reg images at reg repeats {repeats} (every image used, {reg_samples} reg "
                      "samples per epoch).", count=self.balanced.count, repeats=self.reg_repeats,
                      reg_samples=self.balanced.reg_samples)]
        for rule, option in zip(RULE_OF_THUMB, (self.rule_low, self.rule_high), strict=True):
            if option.unused_images:
                out.append(Phrase("Rule of thumb {rule}×: {count} images; sd-scripts would use only the first {used} "
                                  "and never show the other {unused} (training repeats would have to be {rule} to "
                                  "use them all).", rule=rule, count=option.count, used=option.used_images,
                                  unused=option.unused_images))
            else:
                out.append(Phrase("Rule of thumb {rule}×: {count} images at reg repeats {repeats}.", rule=rule,
                                  count=option.count, repeats=option.reg_repeats))
        return out + self.notes


def concept_reg_folder(project: Project, index: int) -> str:
    concept = project.concepts[index]
    return reg_folder_name(concept.reg_repeats, concept.reg_class_tokens)


def suggest_reg_count(project: Project, concept_index: int) -> RegCountSuggestion:
    """The reg count for the reg folder of concept *concept_index*, from the training images of every
    concept that shares that folder (same reg class and reg repeats)."""
    if not 0 <= concept_index < len(project.concepts):
        raise ValueError(f"{project.file}: there is no concept number {concept_index + 1}.")
    name = concept_reg_folder(project, concept_index)
    served = [i for i in range(len(project.concepts)) if concept_reg_folder(project, i) == name]
    img_folders = [f for f in plan_layout(project.concepts, project)
                   if f.kind == IMG_DIR and any(i in served for i in f.concepts)]
    subsets = folder_subsets(img_folders)
    images = sum(len(s.image_sizes) for s in subsets)
    samples = sum(len(s.image_sizes) * s.repeats for s in subsets)
    if samples == 0:
        raise ValueError(f"the concept's image folder has no images yet: add training images before "
                         f"generating reg images for {name!r}.")
    repeats = project.concepts[concept_index].reg_repeats
    notes = []
    if len(served) > 1:
        notes.append(Phrase("'{folder}' serves {n} concepts; their training samples are counted together.", folder=name,
                            n=len(served)))
    return RegCountSuggestion(
        folder=name, concepts=served, train_images=images, train_samples=samples, reg_repeats=repeats,
        balanced=balance(math.ceil(samples / repeats), samples, repeats),
        rule_low=balance(RULE_OF_THUMB[0] * images, samples),
        rule_high=balance(RULE_OF_THUMB[1] * images, samples),
        notes=notes,
    )
