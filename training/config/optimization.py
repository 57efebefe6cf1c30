"""The optimizer and schedule sections: what steps the weights and how the rate and length are planned."""

from __future__ import annotations

from dataclasses import dataclass

from training.config.choices import OPTIMIZERS, SCHEDULERS, WARMUP_SCHEDULERS
from training.config_fields import When, setting


@dataclass
class OptimizerSection:
    optimizer_type: str = setting(
        "AdamW",
        "Optimizer",
        "AdamW is the reliable default; AdamW8bit saves VRAM; Prodigy and DAdapt* find the learning rate "
        "themselves (set the learning rates to 1); Adafactor adapts its own step size.",
        choices=OPTIMIZERS,
        simple=True,
    )
    learning_rate: float = setting(
        1e-4,
        "Learning rate",
        "Step size for every part without its own rate. 1e-4 is a good start for LoRA with AdamW.",
        min=0.0,
        max=10.0,
        simple=True,
    )
    unet_lr: float | None = setting(
        None,
        "U-Net learning rate",
        "Learning rate of the U-Net's LoRA; empty = the learning rate above.",
        min=0.0,
        max=10.0,
        when=When("network.network_train_text_encoder_only", negate=True),
    )
    text_encoder_lr: float | None = setting(
        None,
        "Text encoder learning rate",
        "Learning rate of the text encoder's LoRA; usually half of the U-Net's (5e-5). Empty = the learning "
        "rate above.",
        min=0.0,
        max=10.0,
        simple=True,
        when=When("network.network_train_unet_only", negate=True),
    )
    text_encoder_lr2: float | None = setting(
        None,
        "Text encoder 2 learning rate",
        "SDXL only: learning rate of the second text encoder's LoRA (OpenCLIP bigG, which gives the pooled "
        "prompt); empty = the text encoder learning rate. sd-scripts' text_encoder_lr2.",
        min=0.0,
        max=10.0,
        when=When("network.network_train_unet_only", negate=True),
        origin="danlu",
    )
    max_grad_norm: float = setting(
        1.0,
        "Max grad norm",
        "Clip the gradient to this norm each step to stop sudden jumps. 0 turns clipping off. Leave at 1 "
        "unless you know why.",
        min=0.0,
        max=1000.0,
    )
    optimizer_args: list[str] = setting(  # noqa: RUF009 (setting() returns a dataclasses.field)
        [],
        "Optimizer arguments",
        "Extra 'name=value' arguments for the optimizer, e.g. 'weight_decay=0.01' or 'betas=0.9,0.99' "
        "(Prodigy: 'decouple=True', 'd_coef=2').",
    )
    ema_decay: float | None = setting(
        None,
        "EMA decay",
        "Keep an exponential moving average of the LoRA's weights and save that instead of the last weights: "
        "smoother, less dependent on the last steps' images. 0.999 averages over about the last 1000 updates "
        "(it warms up over the first steps). Empty = off.",
        min=0.0,
        max=0.99999,
        origin="danlu",
    )
    ema_update_every: int = setting(
        1,
        "EMA every N steps",
        "Update the average every N optimizer steps (N times fewer updates, so the average spans N times more steps).",
        min=1,
        max=10000,
        when=When("optimizer.ema_decay"),
        origin="danlu",
    )


@dataclass
class ScheduleSection:
    max_train_epochs: int | None = setting(
        None,
        "Epochs",
        "Passes over the (repeated) training set. Overrides 'Max steps' when set.",
        min=1,
        max=100000,
        simple=True,
    )
    max_train_steps: int = setting(
        1600,
        "Max steps",
        "Total optimizer steps when 'Epochs' is empty.",
        min=1,
        max=10_000_000,
    )
    gradient_accumulation_steps: int = setting(
        1,
        "Gradient accumulation",
        "Add up the gradients of N batches before each optimizer step: like an N times bigger batch without "
        "its VRAM (but slower, and not identical). Steps count optimizer steps.",
        min=1,
        max=1024,
    )
    lr_scheduler: str = setting(
        "constant",
        "LR scheduler",
        "How the learning rate changes over the run: constant, warm up then constant, fall linearly or along a "
        "cosine to 0, cosine with restarts, polynomial; 'adafactor' goes with the Adafactor optimizer.",
        choices=SCHEDULERS,
        simple=True,
    )
    lr_warmup_steps: float = setting(
        0,
        "Warmup steps",
        "Steps over which the learning rate rises from 0. A value below 1 is a fraction of all steps (0.1 = 10%).",
        min=0,
        max=10_000_000,
        when=When("schedule.lr_scheduler", WARMUP_SCHEDULERS),
    )
    lr_scheduler_num_cycles: int = setting(
        1,
        "LR cycles",
        "Number of cosine restarts (cosine_with_restarts) over the run.",
        min=1,
        max=1000,
        when=When("schedule.lr_scheduler", ("cosine_with_restarts",)),
    )
    lr_scheduler_power: float = setting(
        1.0,
        "LR power",
        "Exponent of the polynomial decay; 1 = linear, higher falls faster early.",
        min=0.0,
        max=100.0,
        when=When("schedule.lr_scheduler", ("polynomial",)),
    )
    stop_text_encoder_training_pct: int = setting(
        0,
        "Stop text encoder at %",
        "Freeze the text encoder after this percentage of the steps and train only the U-Net for the rest; "
        "helps against over-fitting the trigger word. 0 = train it to the end.",
        min=0,
        max=100,
        when=When("network.network_train_unet_only", negate=True),
        origin="gui",
    )
    seed: int | None = setting(
        None,
        "Seed",
        "Fixes every random choice (noise, shuffling, augmentation) so a run can be repeated exactly. Empty = "
        "a new random seed each run (it is recorded in the LoRA's metadata).",
        min=0,
        max=2**32 - 1,
    )
