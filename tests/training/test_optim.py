"""Every optimizer steps and every schedule follows its formula."""

from __future__ import annotations

import math

import pytest
import torch

from dataprep.jobs import JobError
from training.config import OPTIMIZERS
from training.optim import create_optimizer, create_scheduler, current_lrs, parse_optimizer_args, warmup_steps


def groups() -> list[dict]:
    torch.manual_seed(0)
    return [
        {"params": [torch.nn.Parameter(torch.randn(64, 64))], "lr": 1e-3, "name": "text_encoder"},
        {"params": [torch.nn.Parameter(torch.randn(64, 64))], "lr": 2e-3, "name": "unet"},
    ]


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_each_optimizer_steps_and_lowers_a_quadratic(name):
    params = groups()
    lr = 1.0 if name in ("Prodigy",) or name.startswith("DAdapt") else 1e-2
    for g in params:
        g["lr"] = lr
    opt = create_optimizer(name, params, lr, ["min_8bit_size=0"] if "8bit" in name else [])
    sched = create_scheduler("adafactor" if name == "Adafactor" else "constant", opt, 10, 0)
    weights = [p for g in params for p in g["params"]]
    start = sum(float((w.detach() ** 2).sum()) for w in weights)
    for _ in range(5):
        loss = sum((w**2).sum() for w in weights)
        loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)
        sched.step()
    assert sum(float((w.detach() ** 2).sum()) for w in weights) < start, name
    assert len(current_lrs(opt, sched)) == 2


def test_optimizer_args_are_parsed_and_passed():
    assert parse_optimizer_args(["weight_decay=0.1", "betas=0.9,0.99", "decouple=True"]) == {
        "weight_decay": 0.1,
        "betas": (0.9, 0.99),
        "decouple": True,
    }
    opt = create_optimizer("AdamW", groups(), 1e-3, ["weight_decay=0.25", "betas=0.8,0.9"])
    assert opt.param_groups[0]["weight_decay"] == 0.25 and opt.param_groups[1]["betas"] == (0.8, 0.9)
    with pytest.raises(JobError, match="not 'name=value'"):
        parse_optimizer_args(["weight_decay"])
    with pytest.raises(JobError, match="rejected optimizer_args"):
        create_optimizer("AdamW", groups(), 1e-3, ["bogus=1"])


def expected_factor(name: str, step: int, total: int, warmup: int, cycles: int, power: float) -> float:
    if name != "constant" and step < warmup:
        return step / warmup
    p = (step - warmup) / (total - warmup)
    return {
        "constant": 1.0,
        "constant_with_warmup": 1.0,
        "linear": 1 - p,
        "cosine": 0.5 * (1 + math.cos(math.pi * p)),
        "cosine_with_restarts": 0.5 * (1 + math.cos(math.pi * ((cycles * p) % 1.0))),
        "polynomial": (1 - p) ** power,
    }[name]


@pytest.mark.parametrize(
    "name", ["constant", "constant_with_warmup", "linear", "cosine", "cosine_with_restarts", "polynomial"]
)
def test_lr_curve_matches_formula(name):
    total, warmup, cycles, power = 40, 0 if name == "constant" else 8, 3, 2.0
    opt = create_optimizer("AdamW", groups(), 1e-3, [])
    sched = create_scheduler(name, opt, total, warmup, cycles, power)
    for step in range(total):
        factor = expected_factor(name, step, total, warmup, cycles, power)
        assert current_lrs(opt, sched) == pytest.approx([1e-3 * factor, 2e-3 * factor], abs=1e-12), (name, step)
        opt.step()
        sched.step()


def test_warmup_as_fraction_or_steps():
    assert warmup_steps(0.1, 300) == 30
    assert warmup_steps(25, 300) == 25
    assert warmup_steps(0, 300) == 0


def test_adafactor_relative_step_reports_its_own_lr():
    opt = create_optimizer("Adafactor", groups(), 1e-3, [])
    sched = create_scheduler("constant", opt, 10, 0)  # relative step forces the adafactor schedule
    weights = [p for g in opt.param_groups for p in g["params"]]
    sum((w**2).sum() for w in weights).backward()
    opt.step()
    sched.step()
    assert all(0 < lr < 1e-1 for lr in current_lrs(opt, sched))
    with pytest.raises(JobError, match="needs Adafactor"):
        create_scheduler("adafactor", create_optimizer("AdamW", groups(), 1e-3, []), 10, 0)


@pytest.mark.parametrize("device", ["cpu", pytest.param("cuda", marks=pytest.mark.skipif(
    not torch.cuda.is_available(), reason="needs a CUDA GPU"))])
def test_adamw_over_fp16_weights_on_a_gpu_is_the_fused_one_and_stays_finite(device):
    """full_fp16: the default AdamW would compute eps = 1e-8 in fp16 (0) and turn a zero gradient into NaN."""
    down = torch.nn.Parameter(torch.ones(4, 4, dtype=torch.float16, device=device))
    up = torch.nn.Parameter(torch.zeros(4, 4, dtype=torch.float16, device=device))
    opt = create_optimizer("AdamW", [{"params": [down, up], "lr": 1e-2}], 1e-2, [])
    assert opt.defaults["fused"] is (True if device == "cuda" else None)
    if device == "cuda":
        (up @ down).float().sum().backward()  # down's gradient is 0: up is still zero
        opt.step()
        assert torch.isfinite(down).all() and torch.isfinite(up).all()
    assert not create_optimizer("AdamW", [{"params": [down], "lr": 1e-2}], 1e-2, ["foreach=True"]).defaults["fused"]
