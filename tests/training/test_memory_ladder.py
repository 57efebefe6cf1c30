"""Each rung of the memory ladder acts: fp8 base weights, full_bf16/full_fp16, no_half_vae, xformers,
fused backward, lowram, 8-bit optimizers, and the VRAM spill check. What needs CUDA is skipped with
the reason; gradient checkpointing and cache_latents_to_disk runs are in test_fields."""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path
from typing import Any

import pytest
import torch
from diffusers import UNet2DConditionModel
from safetensors.torch import load_file
from trainkit import base_config, load_model, make_images, run_training

from dataprep.tomlio import ConfigFileError
from training.config import TrainConfig, validate
from training.fp8 import FP8, Fp8Conv2d, Fp8Linear, move_keeping_fp8, store_in_fp8
from training.latent_cache import LatentStore
from training.lora import LoRANetwork
from training.memory import SPILL_SETTLE, spill_suspected
from training.optim import create_optimizer, fuse_into_backward

CUDA = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU (fp16 training)")


def config(tiny_models, data: Path, **sections: dict[str, Any]) -> dict[str, Any]:
    return base_config(tiny_models.sd1, data / "img", schedule={"max_train_steps": 3, "seed": 3}, **sections)


@pytest.fixture(scope="module")
def baseline(tiny_models, data, tmp_path_factory):
    run = run_training(tmp_path_factory.mktemp("base"), config(tiny_models, data))
    assert run.code == 0, run.of("error")
    return load_file(str(run.final))


def differs(a: dict[str, torch.Tensor], b: dict[str, torch.Tensor]) -> bool:
    return a.keys() == b.keys() and any(not torch.equal(a[k], b[k]) for k in a)


def tiny_unet() -> UNet2DConditionModel:
    torch.manual_seed(0)
    unet = UNet2DConditionModel(
        sample_size=8,
        block_out_channels=(32, 64),
        layers_per_block=1,
        cross_attention_dim=32,
        attention_head_dim=8,
        norm_num_groups=8,
        down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"),
    )
    return unet.requires_grad_(False)


def lora_step(unet: UNet2DConditionModel) -> tuple[torch.Tensor, list[torch.Tensor]]:
    """Output and LoRA gradients of one checkpointed forward/backward with fixed inputs."""
    torch.manual_seed(1)
    net = LoRANetwork(unet, None, 4, 4.0)
    for p in net.parameters():
        torch.nn.init.normal_(p, std=0.1)
    net.apply_to()
    unet.enable_gradient_checkpointing()
    unet.train()
    x = torch.randn(2, 4, 16, 16, generator=torch.Generator().manual_seed(2))
    states = torch.randn(2, 7, 32, generator=torch.Generator().manual_seed(3))
    out = unet(x, torch.tensor([10, 500]), states).sample
    out.square().mean().backward()
    return out.detach(), [p.grad for p in net.parameters()]


def test_fp8_layers_compute_as_the_rounded_weights_and_train_the_lora_the_same():
    fp8 = tiny_unet()
    reference = copy.deepcopy(fp8)
    assert store_in_fp8(fp8) > 0
    for layer, ref in zip(fp8.modules(), reference.modules(), strict=True):
        if isinstance(layer, (Fp8Linear, Fp8Conv2d)):
            assert layer.weight.dtype == FP8
            ref.weight.data = layer.weight.data.float()  # the same values, kept in 32 bit
    out, grads = lora_step(fp8)
    ref_out, ref_grads = lora_step(reference)
    torch.testing.assert_close(out, ref_out, rtol=0, atol=0)
    for g, r in zip(grads, ref_grads, strict=True):
        torch.testing.assert_close(g, r, rtol=1e-6, atol=1e-7)


def test_an_fp8_layer_keeps_only_its_fp8_weight_for_backward():
    """No upcast copy of the weight (and not the input, a frozen weight needs no gradient) is saved."""
    layer = torch.nn.Linear(64, 32)
    store_in_fp8(torch.nn.Sequential(layer))
    x = torch.randn(4, 64, requires_grad=True)
    saved: list[torch.Tensor] = []
    with torch.autograd.graph.saved_tensors_hooks(lambda t: saved.append(t) or t, lambda t: t):
        layer(x).sum().backward()
    assert [t.dtype for t in saved] == [FP8] and sum(t.numel() for t in saved) == 64 * 32
    assert x.grad is not None and x.grad.shape == x.shape


def test_moving_an_fp8_model_keeps_its_fp8_weights():
    unet = tiny_unet()
    store_in_fp8(unet)
    move_keeping_fp8(unet, torch.device("cpu"), torch.bfloat16)
    dtypes = {p.dtype for p in unet.parameters()}
    assert dtypes == {FP8, torch.bfloat16}


def test_fp8_base_run_trains(tiny_models, data, baseline, tmp_path):
    run = run_training(tmp_path, config(tiny_models, data, precision={"fp8_base": True}))
    assert run.code == 0, run.of("error")
    assert any("float8" in e["message"] for e in run.of("log"))
    trained = load_file(str(run.final))
    assert differs(trained, baseline)  # the rounded base weights change the gradients
    assert all(torch.isfinite(t).all() for t in trained.values())


def test_fp8_base_on_the_tiny_sdxl_model_with_checkpointing(tiny_models, data, tmp_path):
    cfg = base_config(
        tiny_models.sdxl,
        data / "img",
        schedule={"max_train_steps": 2, "seed": 3},
        precision={"fp8_base": True, "gradient_checkpointing": True},
    )
    run = run_training(tmp_path, cfg)
    assert run.code == 0, run.of("error")
    assert any(k.startswith("lora_unet_") for k in load_file(str(run.final)))


def test_full_bf16_trains_the_lora_in_bf16(tiny_models, data, tmp_path):
    bf16 = {"mixed_precision": "bf16"}
    runs = {
        name: run_training(tmp_path / name, config(tiny_models, data, precision={**bf16, **extra}))
        for name, extra in {"mixed": {}, "full": {"full_bf16": True}}.items()
    }
    assert all(r.code == 0 for r in runs.values()), [r.of("error") for r in runs.values()]
    full, mixed = load_file(str(runs["full"].final)), load_file(str(runs["mixed"].final))
    # saved as float32: a LoRA kept in bf16 has only bf16-representable values, a 32-bit one does not
    assert all(torch.equal(t, t.to(torch.bfloat16).float()) for t in full.values())
    assert not all(torch.equal(t, t.to(torch.bfloat16).float()) for t in mixed.values())


def test_full_fp16_without_cuda_warns_and_keeps_the_lora_in_32_bit(tiny_models, data, baseline, tmp_path):
    if torch.cuda.is_available():
        pytest.skip("on a CUDA machine fp16 is used; see the CUDA test")
    precision = {"mixed_precision": "fp16", "full_fp16": True}
    run = run_training(tmp_path, config(tiny_models, data, precision=precision))
    assert run.code == 0, run.of("error")
    assert any("full_fp16" in w["message"] for w in run.of("warning"))
    assert not differs(load_file(str(run.final)), baseline)


@CUDA
def test_full_fp16_trains_on_cuda(tiny_models, data, tmp_path):
    precision = {"mixed_precision": "fp16", "full_fp16": True}
    run = run_training(tmp_path, config(tiny_models, data, precision=precision))
    assert run.code == 0, run.of("error")
    assert all(torch.isfinite(t).all() for t in load_file(str(run.final)).values())


def test_no_half_vae_encodes_in_32_bit(tiny_models, data, tmp_path):
    bf16 = {"mixed_precision": "bf16"}
    half = run_training(tmp_path / "half", config(tiny_models, data, precision=bf16))
    full = run_training(tmp_path / "full", config(tiny_models, data, precision={**bf16, "no_half_vae": True}))
    assert half.code == 0 and full.code == 0
    assert differs(load_file(str(half.final)), load_file(str(full.final)))  # other latents, other weights


def test_a_16_bit_vae_that_overflows_is_redone_in_32_bit(tiny_models, tmp_path):
    from training.data import scan_dataset

    make_images(tmp_path / "img" / "1_shs thing", 2, seed=4)
    cfg = TrainConfig()
    cfg.dataset.resolution = "64"
    cfg.dataset.min_bucket_reso, cfg.dataset.bucket_reso_steps = 64, 64
    index = scan_dataset(cfg, tmp_path / "img", None)
    vae = load_model(tiny_models.sd1).vae
    with torch.no_grad():
        vae.encoder.conv_in.weight.mul_(1e5)  # still fp16 weights; the activations pass fp16's 65504
    vae.to(torch.float16)
    store = LatentStore(index.images, False, None)
    store.fill(vae, torch.device("cpu"), 2, lambda d, t: None, lambda: None)
    assert store.upcast_vae and vae.dtype == torch.float32
    assert all(torch.isfinite(store.get(i, False)).all() for i in range(2))


@pytest.mark.skipif(importlib.util.find_spec("xformers") is not None, reason="xformers is installed here")
def test_xformers_without_the_package_is_a_clear_error(tiny_models, data, tmp_path):
    run = run_training(tmp_path, config(tiny_models, data, precision={"xformers": True}))
    assert run.code == 1
    error = run.of("error")[0]
    assert "xformers" in error["message"] and "SDPA" in error["hint"]


def test_fused_backward_steps_like_the_plain_optimizer(tiny_models, data, tmp_path):
    opt = {"optimizer_type": "Adafactor", "optimizer_args": ["relative_step=False"], "max_grad_norm": 0.0}
    plain = run_training(tmp_path / "plain", config(tiny_models, data, optimizer=opt))
    fused = run_training(
        tmp_path / "fused", config(tiny_models, data, optimizer=opt, precision={"fused_backward_pass": True})
    )
    assert plain.code == 0 and fused.code == 0, fused.of("error")
    a, b = load_file(str(plain.final)), load_file(str(fused.final))
    # on a GPU the backward kernels (cuDNN, SDPA) are not deterministic: fused and plain differed by 0.6-2.7e-4
    # in three runs on an H100, on weights of about 1e-2
    rtol, atol = (1e-2, 1e-3) if torch.cuda.is_available() else (1e-5, 1e-6)
    for k in a:
        torch.testing.assert_close(a[k], b[k], rtol=rtol, atol=atol)


def test_fused_backward_frees_each_gradient_and_clips_per_tensor():
    torch.manual_seed(0)
    a, b = torch.nn.Linear(8, 4), torch.nn.Linear(8, 4)
    b.load_state_dict(a.state_dict())
    args = ["relative_step=False"]
    plain = create_optimizer("Adafactor", [{"params": list(a.parameters()), "lr": 1e-2, "name": "unet"}], 1e-2, args)
    fused = create_optimizer("Adafactor", [{"params": list(b.parameters()), "lr": 1e-2, "name": "unet"}], 1e-2, args)
    fuse_into_backward(fused, 1e-3)
    x = torch.randn(5, 8)
    for _ in range(2):
        a(x).square().sum().backward()
        for p in a.parameters():
            torch.nn.utils.clip_grad_norm_([p], 1e-3)
        plain.step()
        plain.zero_grad()
        b(x).square().sum().backward()
        assert all(p.grad is None for p in b.parameters())
    for p, q in zip(a.parameters(), b.parameters(), strict=True):
        torch.testing.assert_close(p, q)


def test_lowram_without_cuda_is_ignored_with_a_warning(tiny_models, data, baseline, tmp_path):
    if torch.cuda.is_available():
        pytest.skip("lowram acts on a CUDA machine")
    run = run_training(tmp_path, config(tiny_models, data, precision={"lowram": True}))
    assert run.code == 0
    assert any("lowram" in w["message"] for w in run.of("warning"))
    assert not differs(load_file(str(run.final)), baseline)


@CUDA
def test_lowram_loads_the_unet_straight_to_the_gpu(tiny_models):
    from training.config import ModelSection
    from training.models import load_sd_model

    model = load_sd_model(
        ModelSection(pretrained_model_name_or_path=str(tiny_models.sd1)), Path, lambda m: None, torch.device("cuda")
    )
    assert next(model.unet.parameters()).is_cuda and next(model.text_encoder.parameters()).is_cuda


@pytest.mark.parametrize("name", ["AdamW8bit", "Lion8bit"])
def test_8bit_optimizers_train(name, tiny_models, data, baseline, tmp_path):
    """bitsandbytes runs its 8-bit optimizers on CPU tensors too (small tensors need min_8bit_size=0)."""
    pytest.importorskip("bitsandbytes")
    opt = {"optimizer_type": name, "optimizer_args": ["min_8bit_size=0"], "learning_rate": 1e-3}
    run = run_training(tmp_path, config(tiny_models, data, optimizer=opt))
    assert run.code == 0, run.of("error")
    assert differs(load_file(str(run.final)), baseline)


@pytest.mark.parametrize(
    "precision, extra, message",
    [
        ({"full_fp16": True, "mixed_precision": "bf16"}, {}, "full_fp16 needs"),
        ({"full_bf16": True, "mixed_precision": "fp16"}, {}, "full_bf16 needs"),
        ({"fused_backward_pass": True}, {}, "'Adafactor' only"),
        ({"fused_backward_pass": True, "mixed_precision": "bf16"}, {"accumulate": 2}, "gradient_accumulation_steps"),
        ({"fused_backward_pass": True, "mixed_precision": "fp16"}, {}, "fp16 gradients"),
    ],
)
def test_precision_rules(precision, extra, message):
    cfg = TrainConfig()
    cfg.model.pretrained_model_name_or_path, cfg.dataset.train_data_dir = "m.safetensors", "img"
    if precision.get("fused_backward_pass") and message != "'Adafactor' only":
        cfg.optimizer.optimizer_type = "Adafactor"
    cfg.schedule.gradient_accumulation_steps = extra.get("accumulate", 1)
    for key, value in precision.items():
        setattr(cfg.precision, key, value)
    with pytest.raises(ConfigFileError, match=message):
        validate(cfg)


GIB = 1024**3


def test_spill_is_a_step_time_collapse_with_vram_at_the_limit():
    usual = [3.0, *[0.5] * SPILL_SETTLE]  # the first step warms up
    collapsed = [*usual, 0.6, 20.0, 25.0, 30.0]
    assert spill_suspected(collapsed, 7.9 * GIB, 8 * GIB)
    assert spill_suspected(collapsed, 8.4 * GIB, 8 * GIB)  # reserved beyond the card: shared memory in use
    assert not spill_suspected(collapsed, 6 * GIB, 8 * GIB)  # slow, but VRAM is not full: something else
    assert not spill_suspected([*usual, 0.5, 0.55, 0.6], 7.9 * GIB, 8 * GIB)  # full but steady
    assert not spill_suspected([*usual, 0.5, 30.0, 0.5], 7.9 * GIB, 8 * GIB)  # one slow step (a sample render)
    assert not spill_suspected([3.0, 20.0, 20.0], 7.9 * GIB, 8 * GIB)  # too few steps to know the usual speed
    assert not spill_suspected(collapsed, 7.9 * GIB, 0)
