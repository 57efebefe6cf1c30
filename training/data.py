"""The training set as sd-scripts reads it, and the batches of each epoch.

``train_data_dir`` holds ``<repeats>_<identifier> <class>`` folders, ``reg_data_dir`` holds
``<repeats>_<class>`` folders. Each image is trained ``repeats`` times per epoch; reg images are
balanced to the training samples (dataprep.steps); a batch holds images of one aspect-ratio bucket
(dataprep.buckets); captions go through dataprep.caption_transforms every time they are used.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from PIL import Image, ImageOps

from dataprep.buckets import BucketChoice, BucketSelector, BucketSettings, Size, parse_resolution, sdxl_crop_ltrb
from dataprep.caption_io import CaptionEncodingError, caption_path_for, read_caption
from dataprep.caption_transforms import CaptionOptions, split_tags, transform_caption
from dataprep.grey_depth import is_wide_grey, wide_to_8bit
from dataprep.imagefiles import list_images
from dataprep.jobs import JobError
from dataprep.layout import FOLDER_PATTERN, REG_FOLDER_PATTERN, LayoutError, parse_folder_name
from dataprep.masks import check_mask, find_mask, mask_image, split_sibling_masks
from dataprep.phrases import Phrase, exception_text
from dataprep.steps import Schedule, StepBreakdown, Subset, balance_reg_repeats, compute_steps, image_size
from training.config import TrainConfig
from training.lora_metadata import DatasetSummary
from training.masks import missing_masks_error
from training.weighted_captions import has_comma_in_brackets


@dataclass
class TrainImage:
    path: Path
    caption: str  # as read (or the folder's fallback), before per-step transforms
    folder: str
    is_reg: bool
    repeats: int  # samples per epoch, after reg balancing
    size: Size
    bucket: BucketChoice
    mask: Path | None = None  # the mask image (masked_loss), None = alpha channel or no mask


@dataclass
class DatasetIndex:
    images: list[TrainImage]
    steps: StepBreakdown
    summary: DatasetSummary
    warnings: list[str] = field(default_factory=list)


def _unreadable_image(message: str) -> JobError:
    """An image file that cannot be decoded (*message* names it): the run stops, as sd-scripts' does."""
    return JobError("io", message, Phrase("Re-export the image or remove it from its folder, then start the training "
                                          "again."))


def _image_size(image: Path) -> Size:
    try:
        return image_size(image)
    except LayoutError as exc:  # damaged, empty or not an image: its message names the file
        raise _unreadable_image(exception_text(exc)) from exc


def _read_caption_text(image: Path, extension: str) -> str | None:
    """The caption's first non-blank line; "" for a blank file (sd-scripts trains it with an empty caption,
    not the folder's text); None when there is no caption file."""
    path = caption_path_for(image, extension)
    if not path.is_file():
        return None
    try:
        text = read_caption(path).text
    except CaptionEncodingError as exc:
        raise JobError("io", str(exc), Phrase("Convert the caption file to UTF-8 in the caption editor.")) from exc
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else ""


def _shown(paths: list[Path]) -> str:
    return ", ".join(p.name for p in paths[:5]) + (" ..." if len(paths) > 5 else "")


def _subset_folders(root: Path, is_reg: bool, warnings: list[str]) -> list[tuple[Path, int, str]]:
    if not root.is_dir():
        if is_reg:
            message = Phrase("{path}: the regularization folder does not exist.", path=str(root))
        else:
            message = Phrase("{path}: the training image folder does not exist.", path=str(root))
        raise JobError("config", message, Phrase("Pick the folder in the Train page."))
    found = []
    for sub in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        parsed = parse_folder_name(sub.name)
        if parsed is None:
            pattern = REG_FOLDER_PATTERN if is_reg else FOLDER_PATTERN
            warnings.append(
                Phrase("{path}: ignored, the folder name is not {pattern}.", path=str(sub), pattern=pattern)
            )
            continue
        found.append((sub, parsed[0], parsed[1]))
    return found


def scan_dataset(cfg: TrainConfig, train_dir: Path, reg_dir: Path | None) -> DatasetIndex:
    """Every image with its caption, repeats and bucket, and the run's step count."""
    ds = cfg.dataset
    warnings: list[str] = []
    settings = BucketSettings(
        resolution=parse_resolution(ds.resolution),
        enable_bucket=ds.enable_bucket,
        min_bucket_reso=ds.min_bucket_reso,
        max_bucket_reso=ds.max_bucket_reso,
        bucket_reso_steps=ds.bucket_reso_steps,
        bucket_no_upscale=ds.bucket_no_upscale,
    )
    selector = BucketSelector(settings)
    raw: list[tuple[Path, str, str, bool, int, Size]] = []  # path, caption, folder, is_reg, repeats, size
    missing: list[Path] = []
    blank: list[Path] = []
    masks = _MaskFinder(cfg)
    subsets: list[Subset] = []
    for root, is_reg in ((train_dir, False), (reg_dir, True)):
        if root is None:
            continue
        for folder, repeats, class_tokens in _subset_folders(root, is_reg, warnings):
            images = masks.training_images(list_images(folder))
            sizes = []
            for image in images:
                caption = _read_caption_text(image, ds.caption_extension)
                if caption is None:
                    missing.append(image)
                    caption = class_tokens
                elif not caption:
                    blank.append(image)
                sizes.append(_image_size(image))
                masks.look_up(image, sizes[-1], is_reg)
                raw.append((image, caption, folder.name, is_reg, repeats, sizes[-1]))
            subsets.append(Subset(folder.name, repeats, sizes, is_reg))
    if not any(not r[3] for r in raw):
        message = Phrase("{path}: no training images found. Images must be in sub-folders named {pattern}.",
                         path=str(train_dir), pattern=FOLDER_PATTERN)
        if warnings:  # folders skipped for their names ('girl', '0_girl'): say which, or the user looks elsewhere
            message = Phrase("{path}: no training images found. Images must be in sub-folders named {pattern}. "
                             "{ignored}", path=str(train_dir), pattern=FOLDER_PATTERN, ignored=warnings)
        raise JobError("config", message, Phrase("Build the folders on the Folders page, or rename them as shown."))
    masks.raise_missing()
    _refuse_thin_images(cfg, raw)
    warnings += _split_group_warnings(cfg, raw)
    if reg_dir is not None and not any(r[3] for r in raw):
        warnings.append(Phrase(
            "{path}: no regularization images found, so this run trains without them. Regularization images must "
            "be in sub-folders named {pattern}.", path=str(reg_dir), pattern=REG_FOLDER_PATTERN
        ))
    if missing:
        warnings.append(Phrase(
            "{n} image(s) have no {extension} caption and are trained with their folder's '<identifier> <class>' "
            "instead: {files}", n=len(missing), extension=ds.caption_extension, files=_shown(missing)
        ))
    if blank:
        warnings.append(Phrase(
            "{n} image(s) have a blank {extension} caption file and are trained with an empty caption, as sd-scripts "
            "does: {files}. Write their captions, or delete those files to train them with their folder's "
            "'<identifier> <class>'.", n=len(blank), extension=ds.caption_extension, files=_shown(blank)
        ))
    schedule = Schedule(
        train_batch_size=ds.train_batch_size,
        gradient_accumulation_steps=cfg.schedule.gradient_accumulation_steps,
        max_train_epochs=cfg.schedule.max_train_epochs,
        max_train_steps=cfg.schedule.max_train_steps,
    )
    steps = compute_steps(subsets, schedule, settings)
    train_samples = sum(r[4] for r in raw if not r[3])
    reg_final = balance_reg_repeats(train_samples, [r[4] for r in raw if r[3]])
    reg_iter = iter(reg_final)
    images = []
    for path, caption, folder, is_reg, repeats, size in raw:
        final = next(reg_iter) if is_reg else repeats
        if final > 0:
            bucket = selector.select_bucket(*size)
            images.append(TrainImage(path, caption, folder, is_reg, final, size, bucket, masks.found.get(path)))
    return DatasetIndex(images, steps, _summary(raw, images, steps), warnings)


def _refuse_thin_images(cfg: TrainConfig, raw: list[tuple[Path, str, str, bool, int, Size]]) -> None:
    """bucket_no_upscale gives each image a bucket of whole steps inside it; one thinner than a step has none:
    its bucket would be padded with black (or, shrunk to the training area, enlarged). sd-scripts divides by
    zero on it."""
    ds = cfg.dataset
    if not (ds.enable_bucket and ds.bucket_no_upscale):
        return
    thin = [r[0] for r in raw if min(r[5]) < ds.bucket_reso_steps]
    if thin:
        raise JobError("config", Phrase(
            "{n} image(s) are narrower than dataset.bucket_reso_steps ({steps} px) on a side, so "
            "dataset.bucket_no_upscale has no bucket for them: {files}", n=len(thin), steps=ds.bucket_reso_steps,
            files=_shown(thin)
        ), Phrase("Remove those images, or turn off dataset.bucket_no_upscale (they are then scaled up to a bucket)."))


def _split_group_warnings(cfg: TrainConfig, raw: list[tuple[Path, str, str, bool, int, Size]]) -> list[str]:
    """Weighted captions: a '(a, b:1.2)' group is cut apart where tags are shuffled, dropped or held back
    (sd-scripts' help warns of the same)."""
    ds = cfg.dataset
    moved = [n for n in ("shuffle_caption", "caption_tag_dropout_rate", "token_warmup_step") if getattr(ds, n)]
    if not (ds.weighted_captions and moved):
        return []
    split = [r[0] for r in raw if has_comma_in_brackets(r[1])]
    if not split:
        return []
    return [Phrase(
        "{n} caption(s) have a comma inside a weighted '( )' or '[ ]' group, which {options} cut apart at the comma "
        "(the pieces then get wrong weights): {files}. Weigh each tag on its own, e.g. '(red:1.2), (hat:1.2)'.",
        n=len(split), options=", ".join(f"dataset.{n}" for n in moved), files=_shown(split),
    )]


class _MaskFinder:
    """Each training image's mask file when masked loss reads mask images (not the alpha channel)."""

    def __init__(self, cfg: TrainConfig) -> None:
        ds = cfg.dataset
        self.active = cfg.loss.masked_loss and not ds.alpha_mask
        self.mask_dir = Path(ds.conditioning_data_dir) if ds.conditioning_data_dir else None
        self.found: dict[Path, Path] = {}
        self.missing: list[Path] = []

    def training_images(self, images: list[Path]) -> list[Path]:
        """*images* without the ``<stem>_mask`` files beside them: masks, not training images, also when
        masked loss is off (the Images page and prepare leave them out by the same rule)."""
        return split_sibling_masks(images)[0]

    def look_up(self, image: Path, size: Size, is_reg: bool) -> None:
        if not self.active:
            return
        mask = find_mask(image, self.mask_dir)
        if mask is None:
            if not is_reg:  # a regularization image without a mask counts whole
                self.missing.append(image)
            return
        check_mask(image, size, mask)
        self.found[image] = mask

    def raise_missing(self) -> None:
        if self.missing:
            raise missing_masks_error(self.missing, self.mask_dir)


def _summary(
    raw: list[tuple[Path, str, str, bool, int, Size]], images: list[TrainImage], steps: StepBreakdown
) -> DatasetSummary:
    summary = DatasetSummary(
        num_train_images=sum(i.repeats for i in images if not i.is_reg),
        num_reg_images=sum(i.repeats for i in images if i.is_reg),
        num_batches_per_epoch=steps.batches_per_epoch,
        mean_ar_error=steps.buckets.mean_ar_error,
    )
    for _path, caption, folder, is_reg, repeats, _size in raw:
        dirs = summary.reg_dataset_dirs if is_reg else summary.dataset_dirs
        entry = dirs.setdefault(folder, {"n_repeats": repeats, "img_count": 0})
        entry["img_count"] += 1
        summary.tag_frequency.setdefault(folder, Counter()).update(split_tags(caption))
    for i, bucket in enumerate(steps.buckets.buckets):
        summary.buckets[str(i)] = {"resolution": list(bucket.reso), "count": bucket.samples}
    return summary


def warmup_steps_of(token_warmup_step: float, total_steps: int) -> int:
    """sd-scripts' token_warmup_step in steps: below 1 it is a fraction of all steps."""
    if token_warmup_step < 1:
        return math.floor(token_warmup_step * total_steps)
    return int(token_warmup_step)


def epoch_batches(images: list[TrainImage], batch_size: int, rng: random.Random) -> list[list[int]]:
    """The batches of one epoch (indices into *images*): buckets shuffled inside, batches shuffled."""
    buckets: dict[Size, list[int]] = {}
    for idx, image in enumerate(images):
        buckets.setdefault(image.bucket.reso, []).extend([idx] * image.repeats)
    batches = []
    for reso in sorted(buckets):
        members = buckets[reso]
        rng.shuffle(members)
        batches.extend(members[i : i + batch_size] for i in range(0, len(members), batch_size))
    rng.shuffle(batches)
    return batches


def shift_hue(image: Image.Image, degrees: float) -> Image.Image:
    """Rotate the hue by *degrees* (sd-scripts' weak color augmentation shifts up to ±8 of 180)."""
    hsv = np.asarray(image.convert("HSV")).copy()
    hsv[..., 0] = ((hsv[..., 0].astype(np.int32) + round(degrees / 360 * 256)) % 256).astype(np.uint8)
    return Image.fromarray(hsv, "HSV").convert("RGB")


def size_conditioning(image: TrainImage, flip: bool) -> list[int]:
    """SDXL's ``time_ids`` for one sample, as sd-scripts computes them: original (h, w), crop (top,
    left) of the image fitted in its bucket (mirrored when flipped), target (h, w) = the bucket."""
    reso = image.bucket.reso
    left, top, right, _bottom = sdxl_crop_ltrb(reso, image.size)
    if flip:
        left = reso[0] - right
    return [image.size[1], image.size[0], int(top), int(left), reso[1], reso[0]]


def crop_box(image: TrainImage, rng: random.Random | None, random_crop: bool) -> tuple[int, int, int, int]:
    """The part of the resized image that is trained: the bucket's center crop, or a random one."""
    bucket = image.bucket
    if not (random_crop and rng is not None):
        return bucket.crop_ltrb
    left = rng.randint(0, bucket.resized_size[0] - bucket.reso[0])
    top = rng.randint(0, bucket.resized_size[1] - bucket.reso[1])
    return left, top, left + bucket.reso[0], top + bucket.reso[1]


def fit_to_bucket(pil: Image.Image, image: TrainImage, box: tuple[int, int, int, int]) -> Image.Image:
    """Resize to the bucket's resized size and crop *box*: the same geometry for an image and its mask."""
    if pil.size != image.bucket.resized_size:
        pil = pil.resize(image.bucket.resized_size, Image.Resampling.LANCZOS)
    return pil.crop(box)


def load_pixels(
    image: TrainImage,
    flip: bool,
    rng: random.Random | None,
    color_aug: bool,
    random_crop: bool,
    box: tuple[int, int, int, int] | None = None,
) -> torch.Tensor:
    """The image resized and cropped to its bucket (*box*, else drawn here), augmented, as (3, H, W) in [-1, 1]."""
    try:
        with Image.open(image.path) as im:
            pil = (wide_to_8bit(im) if is_wide_grey(im.mode) else im).convert("RGB")
    except (OSError, SyntaxError, ValueError) as exc:  # cut short by a copy (its header read fine), or gone
        raise _unreadable_image(Phrase("{path}: cannot read this image ({error}).", path=str(image.path),
                                       error=str(exc))) from exc
    pil = fit_to_bucket(pil, image, box if box is not None else crop_box(image, rng, random_crop))
    if color_aug and rng is not None:
        pil = shift_hue(pil, rng.uniform(-8, 8) * 2)
    if flip:
        pil = ImageOps.mirror(pil)
    array = np.asarray(pil, dtype=np.float32)
    return torch.from_numpy(array).permute(2, 0, 1) / 127.5 - 1.0


def load_mask(image: TrainImage, flip: bool, box: tuple[int, int, int, int], alpha: bool) -> torch.Tensor:
    """The loss mask (1, H, W) in [0, 1] with the image's resize, crop and flip; ones when it has none."""
    source = image.path if alpha else image.mask
    pil = mask_image(source, alpha) if source is not None else None
    if pil is None:
        return torch.ones(1, image.bucket.reso[1], image.bucket.reso[0])
    pil = fit_to_bucket(pil, image, box)
    if flip:
        pil = ImageOps.mirror(pil)
    return torch.from_numpy(np.asarray(pil, dtype=np.float32) / 255.0)[None]


class EpochSampler(torch.utils.data.Sampler[tuple[int, int]]):
    """Yields (epoch, batch index); the dataset derives each epoch's batches from the seed alone, so
    persistent loader workers see the new epoch without shared state."""

    def __init__(self, dataset: TrainDataset) -> None:
        self.dataset = dataset
        self.epoch = 1

    def set_epoch(self, epoch: int) -> None:
        self.epoch = epoch

    def __len__(self) -> int:
        return len(self.dataset.batches(self.epoch))

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter((self.epoch, i) for i in range(len(self)))


class TrainDataset(torch.utils.data.Dataset[dict[str, Any]]):
    """Item (epoch, i) is the i-th batch of that epoch: pixels or cached latents, captions, weights."""

    def __init__(
        self, cfg: TrainConfig, images: list[TrainImage], seed: int, latents: Any | None = None, total_steps: int = 0
    ) -> None:
        ds = cfg.dataset
        self.images = images
        self.batch_size = ds.train_batch_size
        self.seed = seed
        self.latents = latents
        self.caption_options = CaptionOptions(
            shuffle_caption=ds.shuffle_caption,
            keep_tokens=ds.keep_tokens,
            keep_tokens_separator=ds.keep_tokens_separator,
            caption_dropout_rate=ds.caption_dropout_rate,
            caption_dropout_every_n_epochs=ds.caption_dropout_every_n_epochs,
            caption_tag_dropout_rate=ds.caption_tag_dropout_rate,
            token_warmup_min=ds.token_warmup_min,
            token_warmup_step=warmup_steps_of(ds.token_warmup_step, total_steps),
        )
        self.accumulation = cfg.schedule.gradient_accumulation_steps
        self.masked_loss, self.alpha_mask = cfg.loss.masked_loss, ds.alpha_mask
        self._masks: dict[tuple[int, bool], torch.Tensor] = {}  # fixed crops: each mask is read once
        self.flip_aug, self.color_aug, self.random_crop = ds.flip_aug, ds.color_aug, ds.random_crop
        self.prior_loss_weight = cfg.loss.prior_loss_weight
        self._epoch_cache: tuple[int, list[list[int]]] | None = None

    def batches(self, epoch: int) -> list[list[int]]:
        if self._epoch_cache is None or self._epoch_cache[0] != epoch:
            rng = random.Random(f"batches-{self.seed}-{epoch}")
            self._epoch_cache = (epoch, epoch_batches(self.images, self.batch_size, rng))
        return self._epoch_cache[1]

    def __len__(self) -> int:
        return len(self.batches(1))

    def step_before(self, epoch: int, index: int) -> int:
        """Optimizer steps done before batch *index* of *epoch* (a step every `accumulation` batches and at
        each epoch's end): what sd-scripts' token warmup counts, derived without shared state."""
        per_epoch = math.ceil(len(self) / self.accumulation)
        return (epoch - 1) * per_epoch + index // self.accumulation

    def _mask(self, idx: int, flip: bool, box: tuple[int, int, int, int]) -> torch.Tensor:
        if self.random_crop:
            return load_mask(self.images[idx], flip, box, self.alpha_mask)
        key = (idx, flip)
        if key not in self._masks:
            self._masks[key] = load_mask(self.images[idx], flip, box, self.alpha_mask)
        return self._masks[key]

    def __getitem__(self, key: tuple[int, int]) -> dict[str, Any]:
        """The batch, or ``{"error": (kind, message, hint)}`` when one of its files cannot be read: an exception
        raised in a DataLoader worker reaches the trainer only as traceback text, so the trainer raises it."""
        try:
            return self._batch(key)
        except JobError as exc:
            return {"error": (exc.kind, exc.message, exc.hint)}

    def _batch(self, key: tuple[int, int]) -> dict[str, Any]:
        epoch, index = key
        members = self.batches(epoch)[index]
        rng = random.Random(f"batch-{self.seed}-{epoch}-{index}")
        captions, flips = [], []
        step = self.step_before(epoch, index)
        for idx in members:
            captions.append(transform_caption(self.images[idx].caption, self.caption_options, rng, epoch, step))
            flips.append(self.flip_aug and rng.random() < 0.5)
        batch: dict[str, Any] = {
            "captions": captions,
            "paths": [str(self.images[i].path) for i in members],
            "loss_weights": torch.tensor(
                [self.prior_loss_weight if self.images[i].is_reg else 1.0 for i in members], dtype=torch.float32
            ),
            "time_ids": torch.tensor(
                [size_conditioning(self.images[i], f) for i, f in zip(members, flips, strict=True)], dtype=torch.float32
            ),
        }
        boxes = [self.images[i].bucket.crop_ltrb for i in members]
        if self.latents is not None:
            batch["latents"] = torch.stack([self.latents.get(i, f) for i, f in zip(members, flips, strict=True)])
        else:
            pixels = []
            for n, (i, f) in enumerate(zip(members, flips, strict=True)):
                boxes[n] = crop_box(self.images[i], rng, self.random_crop)
                pixels.append(load_pixels(self.images[i], f, rng, self.color_aug, self.random_crop, boxes[n]))
            batch["pixels"] = torch.stack(pixels)
        if self.masked_loss:
            batch["masks"] = torch.stack([self._mask(i, f, b) for i, f, b in zip(members, flips, boxes, strict=True)])
        return batch
