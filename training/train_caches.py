"""A run's caching stage: VAE latents and text encoder outputs computed once before the loop, and the VRAM
those encoders held given back to the U-Net."""

from __future__ import annotations

import errno
import random
from pathlib import Path
from typing import Any

import torch

from dataprep.caption_transforms import transform_caption
from dataprep.jobs import JobContext
from dataprep.phrases import Phrase
from training.conditioning import Conditioner
from training.config import TrainConfig
from training.data import DatasetIndex, TrainDataset
from training.latent_cache import LatentStore
from training.models import SDModel
from training.train_setup import weight_dtype


def vae_dtype(cfg: TrainConfig, mixed_precision: str) -> torch.dtype:
    """The training precision unless no_half_vae (sd-scripts); a cached latent that overflows is redone in fp32."""
    return torch.float32 if cfg.precision.no_half_vae else weight_dtype(mixed_precision)


def cache_not_written(folder: Path | None, exc: OSError) -> Phrase:
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:  # a read-only dataset: no space to free
        return Phrase("{path}: the cache could not be written ({error}); this run keeps it in memory. Make that "
                      "folder writable to keep the cache for the next run.", path=str(folder), error=str(exc))
    return Phrase("{path}: the cache could not be written ({error}); this run keeps it in memory. Free space on that "
                  "disk to keep the cache for the next run.", path=str(folder), error=str(exc))


def cache_latents(
    cfg: TrainConfig,
    model: SDModel,
    index: DatasetIndex,
    device: torch.device,
    mixed_precision: str,
    latent_cache_dir: Path | None,
    ctx: JobContext,
) -> LatentStore | None:
    """cache_latents: every image through the VAE now (from disk when cached there); None when not caching,
    then the VAE stays on the device to encode each batch."""
    if not cfg.caches_latents:
        model.vae.to(device, vae_dtype(cfg, mixed_precision))
        return None
    disk = latent_cache_dir if cfg.dataset.cache_latents_to_disk else None
    store = LatentStore(index.images, cfg.dataset.flip_aug, disk)
    model.vae.to(device, vae_dtype(cfg, mixed_precision))
    store.fill(
        model.vae,
        device,
        cfg.dataset.vae_batch_size,
        lambda done, total: ctx.emitter.progress(done, total, unit="image", stage="latents"),
        ctx.check_cancelled,
    )
    if store.write_error is not None:
        ctx.emitter.warning(cache_not_written(disk, store.write_error))
    if store.upcast_vae:
        ctx.emitter.warning(Phrase("The VAE overflowed in 16 bit (NaN latents); those images were encoded in 32 bit. "
                                   "Tick precision.no_half_vae to encode all of them in 32 bit."))
    model.vae.to("cpu")
    if device.type == "cuda":
        torch.cuda.empty_cache()
    return store


def cache_text_encoder_outputs(
    cfg: TrainConfig,
    model: SDModel,
    dataset: TrainDataset,
    conditioner: Conditioner,
    accelerator: Any,
    device: torch.device,
    latent_cache_dir: Path | None,
    ctx: JobContext,
) -> None:
    """cache_text_encoder_outputs: encode every caption now, then free the text encoders' VRAM."""
    if not cfg.caches_text_encoder_outputs:
        return
    disk = None
    if cfg.dataset.cache_text_encoder_outputs_to_disk and latent_cache_dir is not None:
        disk = latent_cache_dir.parent / "text_encoder_outputs"
    # the captions are fixed (validation refuses shuffling and dropout), so one transform gives them all
    captions = [transform_caption(i.caption, dataset.caption_options, random.Random(0)) for i in dataset.images]
    def progress(done: int, total: int) -> None:
        ctx.emitter.progress(done, total, unit="item", stage="text encoder outputs")
        ctx.check_cancelled()  # the files written so far stay valid for the next run

    encoded, reused = conditioner.precompute(captions, disk, accelerator.autocast, progress)
    if conditioner.write_error is not None:
        ctx.emitter.warning(cache_not_written(disk, conditioner.write_error))
    message = Phrase("text encoder outputs cached: {encoded} encoded, {reused} read from disk", encoded=encoded,
                     reused=reused)
    if conditioner.pruned:
        message = Phrase("text encoder outputs cached: {encoded} encoded, {reused} read from disk, {pruned} stale "
                         "file(s) of changed captions deleted", encoded=encoded, reused=reused,
                         pruned=conditioner.pruned)
    ctx.emitter.emit("log", message=message, encoded=encoded, reused=reused, pruned=conditioner.pruned)
    if device.type == "cuda":
        for te in model.text_encoders:
            te.to("cpu")
        torch.cuda.empty_cache()
