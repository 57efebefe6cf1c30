"""The noise options against their formulas: sd-scripts' offset, adaptive, pyramid, ip noise; Lin et al.'s rescale."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F
from diffusers import DDPMScheduler

from training.config import NoiseSection
from training.noise import (
    noise_and_timesteps,
    offset_noise,
    pyramid_noise,
    random_strength,
    sample_timesteps,
    training_scheduler,
)


def gen(seed: int = 0) -> torch.Generator:
    return torch.Generator().manual_seed(seed)


def sd_scheduler() -> DDPMScheduler:
    return DDPMScheduler(beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear", clip_sample=False)


def test_offset_noise_shifts_each_sample_and_channel_by_one_draw():
    noise, latents = torch.randn(2, 4, 3, 3, generator=gen(1)), torch.randn(2, 4, 3, 3, generator=gen(2))
    got = offset_noise(noise, latents, 0.1, generator=gen(7))
    shift = torch.randn(2, 4, 1, 1, generator=gen(7))
    torch.testing.assert_close(got, noise + 0.1 * shift)
    diff = got - noise
    assert torch.allclose(diff, diff[:, :, :1, :1].expand_as(diff))  # constant over the image


def test_adaptive_noise_scale_adds_the_channel_mean_and_never_goes_below_zero():
    noise = torch.zeros(1, 2, 2, 2)
    latents = torch.tensor([[[[1.0, 3.0], [1.0, 3.0]], [[-4.0, 0.0], [0.0, 0.0]]]])  # channel means 2 and -1
    got = offset_noise(noise, latents, 0.05, adaptive_scale=0.5, generator=gen(3))
    shift = torch.randn(1, 2, 1, 1, generator=gen(3)).flatten()
    offsets = [0.05 + 0.5 * 2.0, 0.05 + 0.5 * 1.0]  # |mean| per channel
    assert got[0, :, 0, 0].tolist() == pytest.approx([o * s for o, s in zip(offsets, shift.tolist(), strict=True)])
    clamped = offset_noise(noise, latents, 0.05, adaptive_scale=-1.0, generator=gen(3))
    assert clamped[0, 0].abs().max() == 0  # 0.05 - 2 clamps to 0
    assert clamped[0, 1].abs().max() == 0  # 0.05 - 1 clamps to 0


def test_pyramid_noise_levels():
    noise = torch.randn(1, 2, 16, 16, generator=gen(5))
    before = noise.clone()
    got = pyramid_noise(noise, 2, 0.5, generator=gen(9))
    g = gen(9)
    r0 = float(torch.rand((), generator=g)) * 2 + 2
    level0 = torch.randn(1, 2, 16, 16, generator=g)  # r**0 = 1: full size, weight discount**0 = 1
    r1 = float(torch.rand((), generator=g)) * 2 + 2
    side = int(16 / r1)
    level1 = torch.randn(1, 2, side, side, generator=g)
    assert 2 <= r0 < 4 and 4 <= side <= 8
    expected = noise + level0 + F.interpolate(level1, size=(16, 16), mode="bilinear") * 0.5
    torch.testing.assert_close(got, expected / expected.std())
    assert got.std().item() == pytest.approx(1.0, rel=1e-5)
    assert torch.equal(noise, before)  # the input is not modified in place


def test_pyramid_noise_stops_at_one_pixel():
    noise = torch.randn(1, 1, 4, 4, generator=gen(5))
    g = gen(2)
    got = pyramid_noise(noise, 50, 0.3, generator=g)
    replay, expected, level = gen(2), noise.clone(), 0
    while True:
        r = float(torch.rand((), generator=replay)) * 2 + 2
        side = max(1, int(4 / r**level))
        layer = torch.randn(1, 1, side, side, generator=replay)
        expected = expected + F.interpolate(layer, size=(4, 4), mode="bilinear") * 0.3**level
        if side == 1:
            break
        level += 1
    assert level < 3  # a 4-pixel side reaches 1 pixel within three levels, far before 50
    torch.testing.assert_close(got, expected / expected.std())
    assert torch.rand(1, generator=g).item() == torch.rand(1, generator=replay).item()  # no further draws


def test_timesteps_cover_min_to_max_exclusive():
    ts = sample_timesteps(5000, 200, 210, torch.device("cpu"), generator=gen(1))
    assert ts.min().item() == 200 and ts.max().item() == 209 and ts.dtype == torch.int64


def test_random_strength_is_uniform_below_the_value():
    torch.manual_seed(4)
    got = random_strength(0.1, True, torch.device("cpu"))
    torch.manual_seed(4)
    assert got.item() == pytest.approx(torch.rand(1).item() * 0.1)
    assert random_strength(0.1, False, torch.device("cpu")) == 0.1


def test_without_options_the_step_draws_noise_then_timesteps():
    scheduler, latents = sd_scheduler(), torch.randn(2, 4, 8, 8, generator=gen(3))
    torch.manual_seed(11)
    noise, noisy, ts = noise_and_timesteps(latents, scheduler, NoiseSection())
    torch.manual_seed(11)
    ref_noise = torch.randn_like(latents)
    ref_ts = torch.randint(0, 1000, (2,))
    torch.testing.assert_close(noise, ref_noise)
    assert torch.equal(ts, ref_ts)
    torch.testing.assert_close(noisy, scheduler.add_noise(latents, ref_noise, ref_ts))


def test_ip_noise_gamma_perturbs_only_the_input():
    scheduler, latents = sd_scheduler(), torch.randn(2, 4, 8, 8, generator=gen(3))
    torch.manual_seed(11)
    noise, noisy, ts = noise_and_timesteps(latents, scheduler, NoiseSection(ip_noise_gamma=0.1, min_timestep=500))
    assert ts.min() >= 500
    torch.manual_seed(11)
    ref_noise = torch.randn_like(latents)
    ref_ts = torch.randint(500, 1000, (2,))
    extra = torch.randn_like(latents)
    torch.testing.assert_close(noise, ref_noise)  # the target's noise
    torch.testing.assert_close(noisy, scheduler.add_noise(latents, ref_noise + 0.1 * extra, ref_ts))


def test_zero_terminal_snr_rescales_sqrt_alphas_cumprod_linearly():
    base = sd_scheduler()
    assert training_scheduler(base, NoiseSection()) is base
    rescaled = training_scheduler(base, NoiseSection(zero_terminal_snr=True))
    s = base.alphas_cumprod.double().sqrt()
    s0, st = s[0].item(), s[-1].item()
    expected = ((s - st) * s0 / (s0 - st)) ** 2  # shift so the last is 0, scale so the first is unchanged
    torch.testing.assert_close(rescaled.alphas_cumprod.double(), expected, rtol=1e-4, atol=1e-7)
    assert rescaled.alphas_cumprod[-1].item() == 0.0
    assert rescaled.alphas_cumprod[0].item() == pytest.approx(base.alphas_cumprod[0].item())
    assert math.isclose(rescaled.config.beta_end, base.config.beta_end)  # the rest of the config is kept
