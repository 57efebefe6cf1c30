"""The noise a training step adds, and the timesteps it adds it at, with sd-scripts' options.

Offset noise (crosslabs' "diffusion with offset noise", with random strength and the adaptive
scale from the latents' mean), multi-resolution "pyramid" noise, input-perturbation noise
(ip_noise_gamma: only the model's input is perturbed, the target keeps the clean noise), a
timestep range, and zero-terminal-SNR betas (Lin et al. 2023). Random draws come from torch's
generator (seeded by the run's seed) unless one is passed in.
"""

from __future__ import annotations

from typing import Any

import torch
import torch.nn.functional as F

from training.config import NoiseSection


def offset_noise(
    noise: torch.Tensor,
    latents: torch.Tensor,
    strength: float | torch.Tensor,
    adaptive_scale: float | None = None,
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    """noise + offset · N(0, 1) per sample and channel; adaptive: offset += scale · |channel mean of latents|."""
    offset: float | torch.Tensor = strength
    if adaptive_scale is not None:
        channel_mean = latents.mean(dim=(2, 3), keepdim=True).abs()
        offset = torch.clamp(strength + adaptive_scale * channel_mean, min=0.0)  # a negative scale may go below 0
    shift = torch.randn((latents.shape[0], latents.shape[1], 1, 1), generator=generator, device=latents.device)
    return noise + offset * shift


def pyramid_noise(
    noise: torch.Tensor, iterations: int, discount: float, generator: torch.Generator | None = None
) -> torch.Tensor:
    """Multi-resolution noise: add N(0, 1) at sizes shrinking by a random 2–4× per level, weight discountⁱ,
    upsampled bilinearly; stop at 1 pixel; rescale to unit standard deviation."""
    b, c, h, w = noise.shape
    out = noise.clone()
    for i in range(iterations):
        r = float(torch.rand((), generator=generator)) * 2 + 2
        hn, wn = max(1, int(h / r**i)), max(1, int(w / r**i))
        layer = torch.randn((b, c, hn, wn), generator=generator, device=noise.device)
        out = out + F.interpolate(layer, size=(h, w), mode="bilinear") * discount**i
        if hn == 1 or wn == 1:
            break
    return out / out.std()


def sample_timesteps(
    batch: int, min_timestep: int, max_timestep: int, device: torch.device, generator: torch.Generator | None = None
) -> torch.Tensor:
    """Uniform integer timesteps in [min_timestep, max_timestep)."""
    return torch.randint(min_timestep, max_timestep, (batch,), generator=generator).to(device)


def random_strength(value: float, randomize: bool, device: torch.device) -> float | torch.Tensor:
    """*value*, or a uniform draw from [0, value) when *randomize* (one per batch, as sd-scripts)."""
    return torch.rand(1, device=device) * value if randomize else value


def noise_and_timesteps(
    latents: torch.Tensor, scheduler: Any, opts: NoiseSection
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(noise, noisy latents, timesteps) for one step: the loss's target is built from *noise*."""
    noise = torch.randn_like(latents)
    if opts.noise_offset:
        strength = random_strength(opts.noise_offset, opts.noise_offset_random_strength, latents.device)
        noise = offset_noise(noise, latents, strength, opts.adaptive_noise_scale)
    if opts.multires_noise_iterations:
        noise = pyramid_noise(noise, opts.multires_noise_iterations, opts.multires_noise_discount)
    total = scheduler.config.num_train_timesteps
    low = opts.min_timestep if opts.min_timestep is not None else 0
    high = opts.max_timestep if opts.max_timestep is not None else total
    timesteps = sample_timesteps(latents.shape[0], low, high, latents.device)
    model_noise = noise
    if opts.ip_noise_gamma:
        gamma = random_strength(opts.ip_noise_gamma, opts.ip_noise_gamma_random_strength, latents.device)
        model_noise = noise + gamma * torch.randn_like(latents)
    return noise, scheduler.add_noise(latents, model_noise, timesteps), timesteps


def training_scheduler(scheduler: Any, opts: NoiseSection) -> Any:
    """The DDPM scheduler to train with: with zero_terminal_snr its betas are rescaled so ᾱ_T = 0."""
    if not opts.zero_terminal_snr:
        return scheduler
    return type(scheduler).from_config(scheduler.config, rescale_betas_zero_snr=True)
