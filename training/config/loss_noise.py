"""The loss and noise sections: how the denoising error is measured and how training noise is drawn."""

from __future__ import annotations

from dataclasses import dataclass

from training.config.choices import HUBER_LOSS_TYPES, HUBER_SCHEDULES, LOSS_TYPES
from training.config_fields import When, setting


@dataclass
class LossSection:
    prior_loss_weight: float = setting(
        1.0,
        "Prior loss weight",
        "Weight of regularization images in the loss. Lower it (e.g. 0.5) if your subject does not come "
        "through; raise it if the class word drifts.",
        min=0.0,
        max=100.0,
        when=When("dataset.reg_data_dir"),
    )
    loss_type: str = setting(
        "l2",
        "Loss type",
        "How a wrong prediction is punished. l2 (squared error) is the classic; huber and smooth_l1 punish "
        "big errors less, so odd images and noisy steps pull the LoRA around less (huber with the 'snr' "
        "schedule is the usual pick); l1 is plain absolute error.",
        choices=LOSS_TYPES,
    )
    huber_schedule: str = setting(
        "snr",
        "Huber schedule",
        "How the Huber threshold changes with the noise level: 'snr' (recommended) is close to l2 on almost "
        "clean images and robust on noisy ones; 'exponential' falls from 1 to Huber C over the timesteps; "
        "'constant' keeps Huber C.",
        choices=HUBER_SCHEDULES,
        when=When("loss.loss_type", HUBER_LOSS_TYPES),
    )
    huber_c: float = setting(
        0.1,
        "Huber C",
        "The Huber threshold: errors below it count as squared, above it as linear. 0.1 is the default; "
        "0.05 often trains a little better, but it depends on the images.",
        min=1e-4,
        max=10.0,
        when=When("loss.loss_type", HUBER_LOSS_TYPES),
    )
    huber_scale: float = setting(
        1.0,
        "Huber scale",
        "Multiplies the threshold of the 'constant' and 'exponential' schedules. Leave at 1.",
        min=1e-4,
        max=100.0,
        when=(When("loss.loss_type", HUBER_LOSS_TYPES), When("loss.huber_schedule", ("constant", "exponential"))),
    )
    min_snr_gamma: float | None = setting(
        None,
        "Min SNR gamma",
        "Weighs down the easy, almost noise-free timesteps so training converges faster and steadier "
        "(Min-SNR paper). 5 is the paper's and most users' value; empty = off.",
        min=0.0,
        max=100.0,
    )
    debiased_estimation_loss: bool = setting(
        False,
        "Debiased estimation",
        "Weighs each timestep by 1/√SNR (v-prediction: 1/(SNR+1)), a stronger cousin of Min SNR gamma that "
        "evens out the noise levels' pull. Usually one of the two, not both.",
    )
    scale_v_pred_loss_like_noise_pred: bool = setting(
        False,
        "Scale v-pred loss like noise-pred",
        "For v-prediction models (SD 2.x 768-v): weigh the loss per timestep as an ε-prediction model's loss "
        "would be, which helps details.",
        when=When("model.v_parameterization"),
    )
    v_pred_like_loss: float | None = setting(
        None,
        "V-pred-like loss",
        "For ε-prediction models: add this much of a v-prediction-like loss (more weight on noisy "
        "timesteps, i.e. composition and colour). 0.1–0.3 is typical; empty = off.",
        min=0.0,
        max=10.0,
        when=When("model.v_parameterization", negate=True),
    )
    masked_loss: bool = setting(
        False,
        "Masked loss",
        "Train only where each image's mask is white (grey = partly): the background or a watermark does not "
        "end up in the LoRA. Masks come from a mask image per training image or from the alpha channel.",
    )


@dataclass
class NoiseSection:
    noise_offset: float | None = setting(
        None,
        "Noise offset",
        "Adds a random brightness shift to the training noise, so the LoRA can make much darker or brighter "
        "images than the base model. 0.05–0.1 is common (0.0357 in some SDXL recipes); empty = off.",
        min=0.0,
        max=1.0,
    )
    noise_offset_random_strength: bool = setting(
        False,
        "Random offset strength",
        "Draw the offset's strength from 0 to 'Noise offset' every step instead of using it as is.",
        when=When("noise.noise_offset"),
    )
    adaptive_noise_scale: float | None = setting(
        None,
        "Adaptive noise scale",
        "Adds this times each latent channel's mean brightness to the noise offset (about a tenth of the "
        "offset, e.g. 0.00357 with 0.0357). -1 to 1; empty = off.",
        min=-1.0,
        max=1.0,
        when=When("noise.noise_offset"),
    )
    multires_noise_iterations: int | None = setting(
        None,
        "Multires noise iterations",
        "Adds noise at several coarser resolutions ('pyramid noise'): helps larger shapes and contrast. "
        "6–10 is common; empty = off.",
        min=1,
        max=64,
    )
    multires_noise_discount: float = setting(
        0.3,
        "Multires noise discount",
        "How much weaker each coarser level of the multires noise is (0.3 is the usual; smaller = subtler).",
        min=0.0,
        max=1.0,
        when=When("noise.multires_noise_iterations"),
    )
    ip_noise_gamma: float | None = setting(
        None,
        "IP noise gamma",
        "Input perturbation: the model sees slightly more noise than it has to predict, which regularises "
        "training. 0.1 is recommended; empty = off.",
        min=0.0,
        max=1.0,
    )
    ip_noise_gamma_random_strength: bool = setting(
        False,
        "Random IP noise strength",
        "Draw the perturbation's strength from 0 to 'IP noise gamma' every step.",
        when=When("noise.ip_noise_gamma"),
    )
    min_timestep: int | None = setting(
        None,
        "Min timestep",
        "Train only on noise levels from this timestep up (0–999; empty = 0). Raising it leaves out the fine "
        "details; mostly for LoRAs meant for img2img.",
        min=0,
        max=999,
    )
    max_timestep: int | None = setting(
        None,
        "Max timestep",
        "Train only on noise levels below this timestep (1–1000; empty = 1000). Lowering it leaves out "
        "composition, for LoRAs meant for img2img or detail.",
        min=1,
        max=1000,
    )
    zero_terminal_snr: bool = setting(
        False,
        "Zero terminal SNR",
        "Rescale the noise schedule so the last timestep is pure noise (Lin et al. 2023): fixes washed-out "
        "darks and lights, but only for v-prediction models trained this way.",
    )
