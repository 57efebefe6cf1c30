"""The SDXL benchmark's core runs on a tiny SDXL-style U-Net on the CPU (its smoke mode), and the fit
estimate it prints is computed for the same U-Net."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import torch

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_sdxl.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_sdxl", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_sdxl"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("fp8", [True, False], ids=["fp8", "bf16"])
def test_smoke_case_trains_on_the_cpu(bench, fp8):
    config = bench.unet_config("tiny")
    case = bench.Case("smoke", 1, fp8, True)
    result = bench.run_case(config, case, torch.device("cpu"), 32, steps=1)
    assert result["loss_finite"] and result["step_s"] > 0
    assert "peak_alloc_gib" not in result  # VRAM figures come from CUDA only


def test_the_estimate_is_for_the_benchmarked_unet(bench):
    config = bench.unet_config("tiny")
    small = bench.fit_figure(config, bench.Case("s", 1, False, True), 64, "AdamW")
    fp8 = bench.fit_figure(config, bench.Case("s", 1, True, True), 64, "AdamW")
    big = bench.fit_figure(config, bench.Case("s", 8, False, True), 64, "AdamW")
    assert 0 < fp8 < small < big
    full = dict(bench.unet_config("sdxl"))
    assert full["cross_attention_dim"] == 2048 and full["addition_embed_type"] == "text_time"
