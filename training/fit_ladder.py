"""The memory ladder: the cheapest memory-saving switches that make a run fit in the GPU's free memory.

The rungs go cheapest first: free ones (caches), then a little speed (8-bit optimizer state, gradient
checkpointing), then a little quality (fp8 base weights, a bf16 LoRA), then what changes the training
(batch 1 with accumulation, a frozen text encoder). :func:`propose` climbs them one at a time and
asks :func:`training.fit_estimate.estimate` after each.

The other way round, :func:`faster` finds the fastest checkpointing that still fits when there is room:
checkpointing costs 20–30% of a step, and many runs keep it on a card that does not need it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from training.config import TrainConfig
from training.fit_estimate import Estimate, MetaModel, estimate


@dataclass(frozen=True)
class Rung:
    """One memory-saving switch: what it is called, whether it applies to a config, and how to set it."""

    label: str
    applies: Callable[[TrainConfig], bool]
    apply: Callable[[TrainConfig], None]


def _set(section: str, **values: Any) -> Callable[[TrainConfig], None]:
    def apply(cfg: TrainConfig) -> None:
        for name, value in values.items():
            setattr(getattr(cfg, section), name, value)

    return apply


def _eight_bit(cfg: TrainConfig) -> None:
    cfg.optimizer.optimizer_type += "8bit"


def _batch_one(cfg: TrainConfig) -> None:
    """Batch 1 with gradient accumulation, so the images per optimizer step stay the same."""
    cfg.schedule.gradient_accumulation_steps *= cfg.dataset.train_batch_size
    cfg.dataset.train_batch_size = 1


def _has(cfg: TrainConfig, section: str, name: str) -> bool:
    return hasattr(getattr(cfg, section), name)


# cheapest first: free ones, then a little speed, then a little quality, then what changes the training
LADDER: tuple[Rung, ...] = (
    Rung(
        "cache latents",
        lambda c: not c.caches_latents and not (c.dataset.color_aug or c.dataset.random_crop),
        _set("dataset", cache_latents=True),
    ),
    Rung(
        "cache text encoder outputs",
        lambda c: _has(c, "dataset", "cache_text_encoder_outputs")
        and not c.dataset.cache_text_encoder_outputs
        and not c.train_text_encoder,
        _set("dataset", cache_text_encoder_outputs=True),
    ),
    Rung(
        "8-bit optimizer",
        lambda c: c.optimizer.optimizer_type in ("AdamW", "Lion", "SGDNesterov"),
        _eight_bit,
    ),
    Rung("gradient checkpointing", lambda c: not c.precision.gradient_checkpointing,
         _set("precision", gradient_checkpointing=True)),
    Rung("recompute everything when checkpointing", lambda c: c.precision.selective_checkpointing,
         _set("precision", selective_checkpointing=False)),
    Rung("fp8 base weights", lambda c: not c.precision.fp8_base, _set("precision", fp8_base=True)),
    Rung(
        "full bf16 LoRA",
        lambda c: c.precision.mixed_precision == "bf16" and not c.precision.full_bf16,
        _set("precision", full_bf16=True),
    ),
    Rung("batch size 1 with gradient accumulation", lambda c: c.dataset.train_batch_size > 1, _batch_one),
    Rung("train the U-Net only", lambda c: c.train_text_encoder and c.train_unet,
         _set("network", network_train_unet_only=True)),
)


@dataclass
class Proposal:
    """The result of the fit check: the estimate as configured, and the cheapest rung that fits (if needed)."""

    current: Estimate
    free_bytes: int
    switches: list[str]  # the ladder's switches to turn on, in order; empty when the config fits as is
    config: TrainConfig | None  # the config with those switches on; None when even the last rung does not fit
    estimate: Estimate | None

    @property
    def fits_as_is(self) -> bool:
        return self.current.needed <= self.free_bytes


def fits(est: Estimate, free_bytes: int) -> bool:
    return est.needed <= free_bytes


def propose(cfg: TrainConfig, family: str | MetaModel, free_bytes: int, cuda: bool = True) -> Proposal:
    """Climb the ladder from *cfg*, one more switch at a time, until the estimate fits in *free_bytes*."""
    current = estimate(cfg, family, cuda)
    if fits(current, free_bytes):
        return Proposal(current, free_bytes, [], cfg, current)
    trial = copy.deepcopy(cfg)
    switches: list[str] = []
    for rung in LADDER:
        if not rung.applies(trial):
            continue
        rung.apply(trial)
        switches.append(rung.label)
        est = estimate(trial, family, cuda)
        if fits(est, free_bytes):
            return Proposal(current, free_bytes, switches, trial, est)
    return Proposal(current, free_bytes, switches, None, None)


# fastest first: no recomputation at all, then keeping the costly results (precision.selective_checkpointing)
FASTER: tuple[Rung, ...] = (
    Rung("no gradient checkpointing", lambda c: c.precision.gradient_checkpointing,
         _set("precision", gradient_checkpointing=False, selective_checkpointing=False)),
    Rung("keep costly results when checkpointing",
         lambda c: c.precision.gradient_checkpointing and not c.precision.selective_checkpointing,
         _set("precision", selective_checkpointing=True)),
)


def faster(cfg: TrainConfig, family: str | MetaModel, free_bytes: int, cuda: bool = True,
           current: Estimate | None = None) -> Proposal | None:
    """The fastest checkpointing of :data:`FASTER` with which *cfg* still fits in *free_bytes*, or None (it
    does not fit as it is, or nothing faster fits). *current*: *cfg*'s estimate when the caller has it."""
    current = current if current is not None else estimate(cfg, family, cuda)
    if not fits(current, free_bytes):
        return None
    for rung in FASTER:
        if not rung.applies(cfg):
            continue
        trial = copy.deepcopy(cfg)
        rung.apply(trial)
        est = estimate(trial, family, cuda)
        if fits(est, free_bytes):
            return Proposal(current, free_bytes, [rung.label], trial, est)
    return None
