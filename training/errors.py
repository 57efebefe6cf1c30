"""Failures of a training run explained with what to change: NaN losses and out-of-memory."""

from __future__ import annotations

from pathlib import Path

from dataprep.jobs import JobError
from training.config import TrainConfig


def nan_error(
    value: float, step: int, epoch: int, files: list[str], last_good: Path | None, cfg: TrainConfig
) -> JobError:
    """The run stops at the first non-finite loss: every later step would only spread the NaN."""
    kept = f"The last good checkpoint is {last_good}." if last_good else "No checkpoint had been saved yet."
    names = ", ".join(Path(f).name for f in files)
    causes = [f"the learning rate is too high (unet {cfg.unet_lr:g}, text encoder {cfg.text_encoder_lr:g}): halve it"]
    if cfg.precision.mixed_precision == "fp16":
        causes.append("fp16 overflow: switch mixed_precision to bf16 (RTX 30xx and newer) or 'no'")
    causes.append(f"a broken image or caption in this batch: {names}")
    return JobError(
        "nan",
        f"The loss became {value} at step {step} (epoch {epoch}); training stopped there. {kept}",
        "Likely causes: " + "; ".join(causes) + ".",
    )


def oom_error(cfg: TrainConfig, exc: BaseException) -> JobError:
    """Out of GPU memory, with the changes that save the most memory for this config first."""
    ds, prec, net = cfg.dataset, cfg.precision, cfg.network
    tips = []
    if ds.train_batch_size > 1:
        tips.append(
            f"lower train_batch_size to {max(1, ds.train_batch_size // 2)} (accumulate gradients to keep the total)"
        )
    if not prec.gradient_checkpointing:
        tips.append("turn on gradient_checkpointing")
    if not cfg.caches_latents:
        tips.append("turn on cache_latents")
    if prec.mixed_precision == "no":
        tips.append("use mixed_precision fp16 or bf16")
    if cfg.train_text_encoder:
        tips.append("train the U-Net only (network_train_unet_only)")
    if net.network_dim > 32:
        tips.append(f"lower network_dim (now {net.network_dim})")
    w, h = cfg.resolution_wh
    if w * h > 512 * 512:
        tips.append(f"lower the resolution (now {w}x{h})")
    tips.append("use an 8-bit optimizer (AdamW8bit) or an fp8 base model when available")
    tips.append("close other programs that use the GPU")
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return JobError("oom", f"The GPU ran out of memory ({first}).", "Try: " + "; ".join(tips) + ".")
