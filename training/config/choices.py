"""Closed lists of choices the settings refer to (optimizers, schedulers, loss types, launch backends)."""

from __future__ import annotations

OPTIMIZERS = (
    "AdamW",
    "AdamW8bit",
    "Lion",
    "Lion8bit",
    "SGDNesterov",
    "SGDNesterov8bit",
    "Adafactor",
    "Prodigy",
    "DAdaptAdam",
    "DAdaptAdaGrad",
    "DAdaptAdan",
    "DAdaptSGD",
    "DAdaptLion",
    "DAdaptAdamPreprint",
)
SCHEDULERS = (
    "constant",
    "constant_with_warmup",
    "linear",
    "cosine",
    "cosine_with_restarts",
    "polynomial",
    "adafactor",
)
LOSS_TYPES = ("l2", "huber", "smooth_l1", "l1")
HUBER_LOSS_TYPES = ("huber", "smooth_l1")
HUBER_SCHEDULES = ("snr", "exponential", "constant")
WARMUP_SCHEDULERS = ("constant_with_warmup", "linear", "cosine", "cosine_with_restarts", "polynomial")
DYNAMO_BACKENDS = ("no", "eager", "aot_eager", "inductor", "cudagraphs")
REPO_TYPES = ("model", "dataset", "space")
