"""The memory ladder's run-time parts: xformers, fp16 LoRA weights, VRAM figures and the spill check.

A driver that lets VRAM spill into system memory (NVIDIA's "sysmem fallback" on Windows) does not
fail with out-of-memory: steps just become 10-100x slower. The trainer watches for that pattern,
step times collapsing while reserved VRAM sits at the card's size, and says so.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Any

import torch

from dataprep.jobs import JobError
from dataprep.phrases import Phrase

SPILL_SLOWDOWN = 3.0  # recent steps this many times slower than the run's usual ones
SPILL_NEAR_LIMIT = 0.95  # reserved VRAM at or above this fraction of the card
SPILL_SETTLE = 5  # steps that set the usual speed (after the first, which warms up)
SPILL_RECENT = 3  # steps whose median is compared


def use_xformers(unet: Any) -> None:
    """xformers attention in the U-Net, or a JobError saying it is not installed."""
    try:
        import xformers  # noqa: F401
    except ImportError as exc:
        raise JobError(
            "config",
            Phrase("precision.xformers is set but the xformers package cannot be imported ({error}).", error=str(exc)),
            Phrase("Untick xformers (SDPA, the default, is about as fast with PyTorch 2) or install xformers matching "
                   "your PyTorch."),
        ) from exc
    unet.enable_xformers_memory_efficient_attention()


def allow_fp16_gradients(accelerator: Any) -> None:
    """full_fp16: let the gradient scaler unscale fp16 gradients (PyTorch refuses by default), as sd-scripts."""
    scaler = accelerator.scaler
    if scaler is None:
        return
    unscale = scaler._unscale_grads_

    def unscale_fp16_too(optimizer: Any, inv_scale: Any, found_inf: Any, allow_fp16: bool) -> Any:
        return unscale(optimizer, inv_scale, found_inf, True)

    scaler._unscale_grads_ = unscale_fp16_too


def vram_metrics() -> dict[str, float]:
    """Peak allocated and reserved VRAM since the start, in GiB (CUDA only; empty elsewhere)."""
    if not torch.cuda.is_available():
        return {}
    return {
        "vram_gb": torch.cuda.max_memory_allocated() / 1024**3,
        "vram_reserved_gb": torch.cuda.max_memory_reserved() / 1024**3,
    }


def spill_suspected(step_seconds: Sequence[float], reserved_bytes: float, total_bytes: float) -> bool:
    """True when the last steps are several times slower than the run's usual ones while VRAM is at the limit.

    The first step (warm-up) is left out of the usual speed; medians keep a single slow step (a sample
    or a save between steps) from counting.
    """
    if total_bytes <= 0 or reserved_bytes < SPILL_NEAR_LIMIT * total_bytes:
        return False
    if len(step_seconds) < 1 + SPILL_SETTLE + SPILL_RECENT:
        return False
    usual = statistics.median(step_seconds[1 : 1 + SPILL_SETTLE])
    recent = statistics.median(step_seconds[-SPILL_RECENT:])
    return recent > SPILL_SLOWDOWN * usual


def spill_message(step_seconds: Sequence[float], reserved_bytes: float, total_bytes: float) -> Phrase:
    usual = statistics.median(step_seconds[1 : 1 + SPILL_SETTLE])
    recent = statistics.median(step_seconds[-SPILL_RECENT:])
    return Phrase(
        "Steps slowed from {usual} s to {recent} s while VRAM is full ({reserved} of {total} GB): the driver is "
        "probably spilling into system memory. Stop the run and pick a cheaper memory setting (the fit check on the "
        "Train page proposes one), or turn off the NVIDIA 'CUDA sysmem fallback' so it fails fast instead.",
        usual=f"{usual:.2f}", recent=f"{recent:.2f}", reserved=f"{reserved_bytes / 1024**3:.1f}",
        total=f"{total_bytes / 1024**3:.1f}",
    )
