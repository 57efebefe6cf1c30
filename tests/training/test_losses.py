"""The loss formulas against values written out by hand from sd-scripts' definitions (seed 000, PR #1228, #889)."""

from __future__ import annotations

import math

import pytest
import torch

from dataprep.tomlio import ConfigFileError
from training.config import LossSection, TrainConfig, all_fields, validate
from training.losses import (
    debiased_weight,
    diffusion_loss,
    elementwise_loss,
    huber_threshold,
    min_snr_weight,
    snr,
    v_pred_like_weight,
    v_pred_scale,
)


def sd_alphas_cumprod() -> torch.Tensor:
    """SD 1.x/2.x: scaled_linear betas from 0.00085 to 0.012 over 1000 steps."""
    betas = torch.linspace(0.00085**0.5, 0.012**0.5, 1000, dtype=torch.float64) ** 2
    return torch.cumprod(1 - betas, dim=0)


ACP = sd_alphas_cumprod()
T = torch.tensor([0, 250, 999])


def test_snr_is_signal_over_noise_power():
    got = snr(ACP, T)
    for i, t in enumerate(T.tolist()):
        a = ACP[t].item()
        assert got[i].item() == pytest.approx(a / (1 - a), rel=1e-5)
    assert got[0] > 1000 > 1 > got[2]  # t = 0 is almost clean, t = 999 almost pure noise


@pytest.mark.parametrize("c", [0.1, 0.05])
def test_huber_schedules(c):
    assert huber_threshold("constant", c, 2.0, T, ACP).tolist() == pytest.approx([2 * c] * 3)
    expo = huber_threshold("exponential", c, 2.0, torch.tensor([0, 500, 1000]), ACP)
    assert expo.tolist() == pytest.approx([2.0, 2.0 * math.sqrt(c), 2.0 * c], rel=1e-5)  # c**(t/1000) * scale
    by_snr = huber_threshold("snr", c, 2.0, T, ACP)  # huber_scale does not enter the snr schedule
    for i, t in enumerate(T.tolist()):
        a = ACP[t].item()
        sigma = math.sqrt((1 - a) / a)
        assert by_snr[i].item() == pytest.approx((1 - c) / (1 + sigma) ** 2 + c, rel=1e-5)
    assert by_snr[0] > 0.9 and by_snr[2] == pytest.approx(c, abs=5e-3)  # ~1 when clean, ~c when noisy
    with pytest.raises(ValueError, match="huber_schedule"):
        huber_threshold("cosine", c, 1.0, T, ACP)


def test_elementwise_losses():
    pred = torch.tensor([[0.3, -1.0], [2.0, 0.0]]).view(2, 1, 2, 1)
    target = torch.zeros_like(pred)
    c = torch.tensor([0.1, 1.0])
    d = [[0.3, -1.0], [2.0, 0.0]]
    l2 = elementwise_loss(pred, target, "l2").flatten().tolist()
    l1 = elementwise_loss(pred, target, "l1").flatten().tolist()
    huber = elementwise_loss(pred, target, "huber", c).flatten().tolist()
    smooth = elementwise_loss(pred, target, "smooth_l1", c).flatten().tolist()
    flat = [(x, cc) for row, cc in zip(d, (0.1, 1.0), strict=True) for x in row]
    assert l2 == pytest.approx([x * x for x, _ in flat])
    assert l1 == pytest.approx([abs(x) for x, _ in flat])
    # seed 000's conditional_loss: 2c(√(d²+c²) - c) and 2(√(d²+c²) - c), c per sample
    assert huber == pytest.approx([2 * cc * (math.sqrt(x * x + cc * cc) - cc) for x, cc in flat], rel=1e-6)
    assert smooth == pytest.approx([2 * (math.sqrt(x * x + cc * cc) - cc) for x, cc in flat], rel=1e-6)
    # huber ~ l2 for errors far below c, ~ 2c|d| far above it
    one = torch.ones(1, 1, 1, 1, dtype=torch.float64)
    small = elementwise_loss(one * 1e-3, one * 0, "huber", torch.tensor([1.0], dtype=torch.float64))
    assert small.item() == pytest.approx(1e-6, rel=1e-3)
    with pytest.raises(ValueError, match="threshold"):
        elementwise_loss(pred, target, "huber")
    with pytest.raises(ValueError, match="loss_type"):
        elementwise_loss(pred, target, "l3")


def test_snr_weightings():
    s = torch.tensor([10.0, 2.0, 0.0, 1e6])
    assert min_snr_weight(s, 5.0, v_prediction=False).tolist() == pytest.approx([0.5, 1.0, 1.0, 5e-6])
    assert min_snr_weight(s, 5.0, v_prediction=True).tolist() == pytest.approx([5 / 11, 2 / 3, 0.0, 5 / (1e6 + 1)])
    s = torch.tensor([3.0, 4.0, 1e6])
    assert v_pred_scale(s).tolist() == pytest.approx([0.75, 0.8, 1000 / 1001])  # SNR capped at 1000
    assert v_pred_like_weight(s, 0.2).tolist() == pytest.approx([1 + 0.2 / 0.75, 1 + 0.2 / 0.8, 1 + 0.2 * 1001 / 1000])
    assert debiased_weight(s, v_prediction=False).tolist() == pytest.approx(
        [1 / math.sqrt(3), 0.5, 1 / math.sqrt(1000)]
    )
    assert debiased_weight(s, v_prediction=True).tolist() == pytest.approx([0.25, 0.2, 1 / 1001])


def test_default_loss_is_the_plain_weighted_mse():
    gen = torch.Generator().manual_seed(0)
    pred, target = torch.randn(3, 4, 2, 2, generator=gen), torch.randn(3, 4, 2, 2, generator=gen)
    weights = torch.tensor([1.0, 0.5, 1.0])
    per_sample = ((pred - target) ** 2).mean(dim=(1, 2, 3))
    expected = (per_sample * weights).mean()
    got = diffusion_loss(pred, target, T, ACP, weights, LossSection(), v_prediction=False)
    assert got.item() == pytest.approx(expected.item(), rel=1e-6)


def test_options_combine_in_sd_scripts_order():
    pred = torch.tensor([0.5, -0.5, 1.0, 0.0]).view(2, 1, 2, 1)
    target = torch.zeros_like(pred)
    ts = torch.tensor([100, 800])
    weights = torch.tensor([1.0, 0.5])
    opts = LossSection(
        loss_type="smooth_l1", huber_schedule="constant", huber_c=0.2, min_snr_gamma=5.0, debiased_estimation_loss=True
    )
    got = diffusion_loss(pred, target, ts, ACP, weights, opts, v_prediction=False).item()
    expected = []
    for errors, t, w in (([0.5, -0.5], 100, 1.0), ([1.0, 0.0], 800, 0.5)):
        per = sum(2 * (math.sqrt(e * e + 0.04) - 0.2) for e in errors) / 2 * w
        a = ACP[t].item()
        r = a / (1 - a)
        per *= min(r, 5.0) / r  # min-SNR-γ, ε-prediction
        per *= 1 / math.sqrt(min(r, 1000.0))  # debiased estimation
        expected.append(per)
    assert got == pytest.approx(sum(expected) / 2, rel=1e-5)
    v_opts = LossSection(scale_v_pred_loss_like_noise_pred=True)
    got_v = diffusion_loss(pred, target, ts, ACP, torch.ones(2), v_opts, v_prediction=True).item()
    rs = [ACP[t].item() / (1 - ACP[t].item()) for t in (100, 800)]
    mse = [(0.25 + 0.25) / 2, (1.0 + 0.0) / 2]
    assert got_v == pytest.approx(sum(m * r / (r + 1) for m, r in zip(mse, rs, strict=True)) / 2, rel=1e-5)
    like = LossSection(v_pred_like_loss=0.5)
    got_like = diffusion_loss(pred, target, ts, ACP, torch.ones(2), like, v_prediction=False).item()
    assert got_like == pytest.approx(sum(m * (1 + 0.5 * (r + 1) / r) for m, r in zip(mse, rs, strict=True)) / 2)


def _config(**sections: dict) -> TrainConfig:
    cfg = TrainConfig()
    cfg.model.pretrained_model_name_or_path, cfg.dataset.train_data_dir = "m", "d"
    for name, values in sections.items():
        for key, value in values.items():
            setattr(getattr(cfg, name), key, value)
    return cfg


@pytest.mark.parametrize(
    ("sections", "message"),
    [
        ({"loss": {"scale_v_pred_loss_like_noise_pred": True}}, "for v-prediction models"),
        ({"loss": {"v_pred_like_loss": 0.1}, "model": {"v_parameterization": True}}, "for ε-prediction models"),
        ({"noise": {"adaptive_noise_scale": 0.01}}, "needs noise.noise_offset"),
        ({"noise": {"min_timestep": 500, "max_timestep": 500}}, "must be below"),
        ({"noise": {"zero_terminal_snr": True}, "loss": {"debiased_estimation_loss": True}}, "infinitely"),
    ],
)
def test_contradicting_loss_and_noise_settings_are_refused(sections, message):
    with pytest.raises(ConfigFileError, match=message):
        validate(_config(**sections))


def test_zero_terminal_snr_without_v_prediction_warns():
    assert any("zero_terminal_snr" in w for w in validate(_config(noise={"zero_terminal_snr": True})))
    v_pred = _config(noise={"zero_terminal_snr": True}, model={"v_parameterization": True, "v2": True})
    assert not any("zero_terminal_snr" in w for w in validate(v_pred))


def test_huber_fields_apply_only_to_huber_losses():
    fields = {f.key: f for f in all_fields()}
    cfg = _config()
    assert not cfg.applies(fields["loss.huber_c"])
    cfg.loss.loss_type = "smooth_l1"
    assert cfg.applies(fields["loss.huber_c"]) and not cfg.applies(fields["loss.huber_scale"])  # snr schedule
    cfg.loss.huber_schedule = "exponential"
    assert cfg.applies(fields["loss.huber_scale"])
