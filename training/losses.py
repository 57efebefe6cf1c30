"""The denoising loss and its per-timestep weightings, with sd-scripts' names and formulas.

Pure functions of the prediction, the target, the timesteps and the noise schedule's
``alphas_cumprod`` (ᾱ_t), so each one can be checked against its formula. ``diffusion_loss`` puts
them together in sd-scripts' order: element loss (l2 / l1 / huber / smooth_l1 with a scheduled
Huber threshold), mean per sample, times the per-sample weight (``prior_loss_weight``), then the
SNR weightings (min-SNR-γ, v-pred scaling, v-pred-like loss, debiased estimation). A loss mask
(masked_loss) weighs the element loss per pixel before the mean.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F

from training.config import HUBER_LOSS_TYPES, HUBER_SCHEDULES, LOSS_TYPES, LossSection

SNR_CAP = 1000.0  # sd-scripts caps the SNR here where t = 0 would make it (nearly) infinite


def snr(alphas_cumprod: torch.Tensor, timesteps: torch.Tensor) -> torch.Tensor:
    """Signal-to-noise ratio ᾱ_t / (1 - ᾱ_t) of each sample's timestep, on the timesteps' device."""
    a = alphas_cumprod.to(torch.float64)[timesteps.cpu().long()]
    return (a / (1.0 - a)).to(timesteps.device, torch.float32)


def huber_threshold(
    schedule: str, huber_c: float, huber_scale: float, timesteps: torch.Tensor, alphas_cumprod: torch.Tensor
) -> torch.Tensor:
    """Per-sample Huber threshold c(t) (sd-scripts PR #1228).

    constant: c·scale; exponential: falls from scale at t = 0 to c·scale at t = T;
    snr: (1 - c) / (1 + σ_t)² + c with σ_t = √((1 - ᾱ_t) / ᾱ_t), near 1 for clean samples and c for noisy ones.
    """
    t = timesteps.to(torch.float32)
    if schedule == "constant":
        return torch.full_like(t, huber_c * huber_scale)
    if schedule == "exponential":
        alpha = -math.log(huber_c) / len(alphas_cumprod)
        return torch.exp(-alpha * t) * huber_scale
    if schedule == "snr":
        a = alphas_cumprod.to(torch.float64)[timesteps.cpu().long()]
        sigmas = ((1.0 - a) / a) ** 0.5
        return ((1 - huber_c) / (1 + sigmas) ** 2 + huber_c).to(timesteps.device, torch.float32)
    raise ValueError(f"unknown huber_schedule {schedule!r}; use one of {', '.join(HUBER_SCHEDULES)}")


def elementwise_loss(
    pred: torch.Tensor, target: torch.Tensor, loss_type: str, huber_c: torch.Tensor | None = None
) -> torch.Tensor:
    """Loss per element, shape of *pred*; *huber_c* holds one threshold per sample (huber, smooth_l1)."""
    if loss_type == "l2":
        return F.mse_loss(pred, target, reduction="none")
    if loss_type == "l1":
        return F.l1_loss(pred, target, reduction="none")
    if loss_type in HUBER_LOSS_TYPES:
        if huber_c is None:
            raise ValueError(f"loss_type {loss_type!r} needs a Huber threshold per sample")
        c = huber_c.view(-1, *([1] * (pred.dim() - 1)))
        pseudo = torch.sqrt((pred - target) ** 2 + c**2) - c
        return 2 * c * pseudo if loss_type == "huber" else 2 * pseudo
    raise ValueError(f"unknown loss_type {loss_type!r}; use one of {', '.join(LOSS_TYPES)}")


def min_snr_weight(snr_t: torch.Tensor, gamma: float, v_prediction: bool) -> torch.Tensor:
    """Min-SNR-γ (Hang et al. 2023): min(SNR, γ) / SNR for ε-prediction, min(SNR, γ) / (SNR + 1) for v."""
    clipped = torch.clamp(snr_t, max=gamma)
    if v_prediction:
        return clipped / (snr_t + 1)
    # the limit at SNR 0 (zero terminal SNR) is 1, not 0/0
    return torch.where(snr_t > 0, clipped / snr_t.clamp(min=torch.finfo(snr_t.dtype).tiny), torch.ones_like(snr_t))


def v_pred_scale(snr_t: torch.Tensor) -> torch.Tensor:
    """SNR / (SNR + 1), SNR capped at 1000: a v-prediction loss scaled like an ε-prediction one."""
    capped = torch.clamp(snr_t, max=SNR_CAP)
    return capped / (capped + 1)


def v_pred_like_weight(snr_t: torch.Tensor, amount: float) -> torch.Tensor:
    """1 + amount / v_pred_scale: adds *amount* times a v-prediction-like loss to an ε-prediction loss."""
    return 1 + amount / v_pred_scale(snr_t)


def debiased_weight(snr_t: torch.Tensor, v_prediction: bool) -> torch.Tensor:
    """Debiased estimation (sd-scripts PR #889): 1/√SNR for ε-prediction, 1/(SNR + 1) for v; SNR capped at 1000."""
    capped = torch.clamp(snr_t, max=SNR_CAP)
    return 1 / (capped + 1) if v_prediction else 1 / torch.sqrt(capped)


def apply_loss_mask(loss: torch.Tensor, masks: torch.Tensor) -> torch.Tensor:
    """Element loss times the mask averaged down to the latent grid (sd-scripts' ``apply_masked_loss``:
    area interpolation, no renormalisation, so a half-masked image weighs half)."""
    masks = F.interpolate(masks.to(loss.device, loss.dtype), size=loss.shape[2:], mode="area")
    return loss * masks


def diffusion_loss(
    pred: torch.Tensor,
    target: torch.Tensor,
    timesteps: torch.Tensor,
    alphas_cumprod: torch.Tensor,
    sample_weights: torch.Tensor,
    opts: LossSection,
    v_prediction: bool,
    masks: torch.Tensor | None = None,
) -> torch.Tensor:
    """The batch's scalar training loss under *opts*; *masks* (batch, 1, H, W) weigh it per pixel."""
    huber_c = None
    if opts.loss_type in HUBER_LOSS_TYPES:
        huber_c = huber_threshold(opts.huber_schedule, opts.huber_c, opts.huber_scale, timesteps, alphas_cumprod)
    loss = elementwise_loss(pred, target, opts.loss_type, huber_c)
    if masks is not None:
        loss = apply_loss_mask(loss, masks)
    loss = loss.mean(dim=tuple(range(1, loss.dim()))) * sample_weights
    weighted = (
        opts.min_snr_gamma,
        opts.scale_v_pred_loss_like_noise_pred,
        opts.v_pred_like_loss,
        opts.debiased_estimation_loss,
    )
    if not any(weighted):
        return loss.mean()
    snr_t = snr(alphas_cumprod, timesteps)
    if opts.min_snr_gamma:
        loss = loss * min_snr_weight(snr_t, opts.min_snr_gamma, v_prediction)
    if opts.scale_v_pred_loss_like_noise_pred:
        loss = loss * v_pred_scale(snr_t)
    if opts.v_pred_like_loss:
        loss = loss * v_pred_like_weight(snr_t, opts.v_pred_like_loss)
    if opts.debiased_estimation_loss:
        loss = loss * debiased_weight(snr_t, v_prediction)
    return loss.mean()
