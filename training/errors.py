"""Failures of a training run explained with what to change: NaN losses and out-of-memory."""

from __future__ import annotations

from pathlib import Path

from dataprep.jobs import JobError
from dataprep.phrases import Phrase
from training.config import TrainConfig


def nan_error(
    value: float, step: int, epoch: int, files: list[str], last_good: Path | None, cfg: TrainConfig
) -> JobError:
    """The run stops at the first non-finite loss: every later step would only spread the NaN."""
    if last_good:
        kept = Phrase("The last good checkpoint is {path}.", path=str(last_good))
    else:
        kept = Phrase("No checkpoint had been saved yet.")
    causes = [Phrase("The learning rate may be too high (unet {unet}, text encoder {te}): halve it.",
                     unet=f"{cfg.unet_lr:g}", te=f"{cfg.text_encoder_lr:g}")]
    if cfg.precision.mixed_precision == "fp16":
        causes.append(Phrase("fp16 may have overflowed: switch mixed_precision to bf16 (RTX 30xx and newer) or 'no'."))
    causes.append(Phrase("An image or caption of this batch may be broken: {files}.",
                         files=", ".join(Path(f).name for f in files)))
    return JobError(
        "nan",
        Phrase("The loss became {value} at step {step} (epoch {epoch}); training stopped there. {kept}",
               value=str(value), step=step, epoch=epoch, kept=kept),
        Phrase("Likely causes: {causes}", causes=causes),
    )


def oom_error(cfg: TrainConfig, exc: BaseException) -> JobError:
    """Out of GPU memory, with the changes that save the most memory for this config first."""
    ds, prec, net = cfg.dataset, cfg.precision, cfg.network
    tips = []
    if ds.train_batch_size > 1:
        tips.append(Phrase("Lower train_batch_size to {size} (accumulate gradients to keep the total).",
                           size=max(1, ds.train_batch_size // 2)))
    if not prec.gradient_checkpointing:
        tips.append(Phrase("Turn on gradient_checkpointing."))
    if not cfg.caches_latents:
        tips.append(Phrase("Turn on cache_latents."))
    if prec.mixed_precision == "no":
        tips.append(Phrase("Use mixed_precision fp16 or bf16."))
    if cfg.train_text_encoder:
        tips.append(Phrase("Train the U-Net only (network_train_unet_only)."))
    if net.network_dim > 32:
        tips.append(Phrase("Lower network_dim (now {dim}).", dim=net.network_dim))
    w, h = cfg.resolution_wh
    if w * h > 512 * 512:
        tips.append(Phrase("Lower the resolution (now {w}x{h}).", w=w, h=h))
    tips.append(Phrase("Use an 8-bit optimizer (AdamW8bit) or an fp8 base model when available."))
    tips.append(Phrase("Close other programs that use the GPU."))
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return JobError("oom", Phrase("The GPU ran out of memory ({error}).", error=first),
                    Phrase("Try these, in this order: {tips}", tips=tips))
