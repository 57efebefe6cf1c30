"""The fit estimator's arithmetic, its meta-device activation count against a real CPU run, and the ladder."""

from __future__ import annotations

import copy

import pytest
import torch
from diffusers import UNet2DConditionModel
from torch import nn

from training.config import TrainConfig
from training.fit_estimate import (
    GIB,
    ActivationProfile,
    _SavedBytes,
    activation_profile,
    estimate,
    meta_model,
    optimizer_state_bytes,
    storage_key,
    weight_bytes,
)
from training.fit_ladder import LADDER, faster, propose
from training.lora import LoRANetwork

TINY = {
    "sample_size": 8,
    "block_out_channels": (32, 64),
    "layers_per_block": 1,
    "cross_attention_dim": 32,
    "attention_head_dim": 8,
    "norm_num_groups": 8,
    "down_block_types": ("CrossAttnDownBlock2D", "DownBlock2D"),
    "up_block_types": ("UpBlock2D", "CrossAttnUpBlock2D"),
}


def tiny_unet_with_lora(device: str) -> nn.Module:
    with torch.device(device):
        torch.manual_seed(0)
        unet = UNet2DConditionModel(**TINY).requires_grad_(False)
        LoRANetwork(unet, None, 4, 4.0).apply_to()
    return unet


def inputs(device: str, batch: int = 2) -> tuple[torch.Tensor, ...]:
    return (
        torch.randn(batch, 4, 32, 32, device=device),
        torch.tensor([10] * batch, device=device),
        torch.randn(batch, 77, 32, device=device),
    )


def real_kept_bytes(unet: nn.Module, args: tuple[torch.Tensor, ...]) -> tuple[int, int]:
    """What autograd keeps in a real CPU forward pass (PyTorch's own SDPA kernel, real checkpointing)."""
    exclude = {storage_key(t) for t in [*unet.parameters(), *unet.buffers()]}
    counter = _SavedBytes(set(), exclude)
    with counter.hooks():
        unet(*args).sample.sum().backward()
    return counter.total, counter.largest


def test_the_meta_dry_run_keeps_what_a_real_cpu_forward_keeps():
    """Exact bytes: the CPU's flash attention keeps q, k, v, output and log-sum-exp, as the stand-in does."""
    real, largest = real_kept_bytes(tiny_unet_with_lora("cpu"), inputs("cpu"))
    profile = activation_profile(tiny_unet_with_lora("meta"), inputs("meta"), {}, checkpointing=False)
    assert profile.kept == real and profile.largest_tensor == largest
    assert profile.checkpoint_inputs == 0 and profile.largest_block == 0


def test_with_checkpointing_only_the_blocks_outside_and_their_inputs_stay():
    unet = tiny_unet_with_lora("cpu")
    unet.enable_gradient_checkpointing()
    unet.train()
    real_outside, _ = real_kept_bytes(unet, inputs("cpu"))
    meta = activation_profile(tiny_unet_with_lora("meta"), inputs("meta"), {}, checkpointing=True)
    full = activation_profile(tiny_unet_with_lora("meta"), inputs("meta"), {}, checkpointing=False)
    # PyTorch's checkpoint keeps the blocks' inputs through autograd and hides what the blocks keep
    assert meta.kept + meta.checkpoint_inputs == real_outside
    assert meta.largest_block > 0 and meta.checkpoint_inputs > 0
    assert meta.kept + meta.largest_block < full.kept
    assert meta.peak < full.peak


def test_activations_grow_with_batch_and_area():
    one = activation_profile(tiny_unet_with_lora("meta"), inputs("meta", 1), {}, checkpointing=False)
    two = activation_profile(tiny_unet_with_lora("meta"), inputs("meta", 2), {}, checkpointing=False)
    assert two.kept == pytest.approx(2 * one.kept, rel=0.01)
    big = (torch.randn(1, 4, 64, 64, device="meta"), torch.tensor([1], device="meta"), inputs("meta", 1)[2])
    four = activation_profile(tiny_unet_with_lora("meta"), big, {}, checkpointing=False)
    assert 3.5 * one.kept < four.kept < 4.5 * one.kept  # the cross-attention's keys stay 77 long


def test_activation_peak_formula():
    p = ActivationProfile(kept=100, checkpoint_inputs=20, largest_block=30, largest_tensor=5)
    assert p.peak == 100 + 20 + 30 + 2 * 5


def test_weight_bytes_by_precision():
    model = nn.Sequential(nn.Linear(10, 20), nn.LayerNorm(20), nn.Conv2d(3, 4, 3))
    params = 10 * 20 + 20 + 2 * 20 + 3 * 4 * 9 + 4
    assert weight_bytes(model, 4, fp8=False) == 4 * params
    assert weight_bytes(model, 2, fp8=False) == 2 * params
    fp8_weights = 10 * 20 + 3 * 4 * 9
    assert weight_bytes(model, 2, fp8=True) == fp8_weights + 2 * (params - fp8_weights)


def test_optimizer_state_bytes():
    big, small = torch.Size([64, 128]), torch.Size([8, 16])
    assert optimizer_state_bytes("AdamW", [big], 4) == 2 * 4 * 64 * 128
    assert optimizer_state_bytes("AdamW", [big], 2) == 2 * 2 * 64 * 128  # full_bf16: states in bf16
    assert optimizer_state_bytes("AdamW8bit", [big, small], 4) == 2 * 64 * 128 + 2 * 4 * 8 * 16
    assert optimizer_state_bytes("Lion8bit", [big], 4) == 64 * 128
    assert optimizer_state_bytes("Prodigy", [big], 4) == 4 * 4 * 64 * 128
    assert optimizer_state_bytes("Adafactor", [big, torch.Size([7])], 4) == (64 + 128) * 4 + 7 * 4


def test_parameter_counts_come_from_the_bundled_configs():
    sdxl, sd15 = meta_model("sdxl"), meta_model("sd15")
    assert sum(p.numel() for p in sdxl.unet.parameters()) == 2_567_463_684
    assert sum(p.numel() for p in sd15.unet.parameters()) == 859_520_964
    assert len(sdxl.text_encoders) == 2 and len(sd15.text_encoders) == 1
    assert all(p.device.type == "meta" for p in sdxl.unet.parameters())


def config(**precision) -> TrainConfig:
    cfg = TrainConfig()
    cfg.dataset.resolution = "256"
    cfg.network.network_dim = 8
    cfg.network.network_train_unet_only = True
    cfg.precision.mixed_precision = "bf16"
    for key, value in precision.items():
        setattr(cfg.precision, key, value)
    return cfg


def test_each_switch_lowers_its_part():
    base = estimate(config(), "sd15")
    assert base.parts["U-Net weights"] == 2 * 859_520_964 + 2 * sum(
        b.numel() for b in meta_model("sd15").unet.buffers()
    )
    fp8 = estimate(config(fp8_base=True), "sd15")
    assert 0.5 * base.parts["U-Net weights"] < fp8.parts["U-Net weights"] < 0.55 * base.parts["U-Net weights"]
    full = estimate(config(full_bf16=True), "sd15")
    assert full.parts["LoRA gradients"] == base.parts["LoRA gradients"] // 2
    fused = estimate(config(fused_backward_pass=True), "sd15")
    assert fused.parts["LoRA gradients"] < base.parts["LoRA gradients"] / 20
    ckpt = estimate(config(gradient_checkpointing=True), "sd15")
    assert ckpt.parts["activations"] < base.parts["activations"] / 2
    fp32 = estimate(config(mixed_precision="no"), "sd15")
    assert fp32.parts["U-Net weights"] == 2 * base.parts["U-Net weights"]
    assert fp32.parts["activations"] > 1.8 * base.parts["activations"]
    assert ckpt.needed > ckpt.total  # fragmentation and the CUDA context come on top


def test_cuda_graphs_add_their_pool_on_a_gpu_only():
    base = estimate(config(gradient_checkpointing=True), "sd15")
    graphs = estimate(config(gradient_checkpointing=True, cuda_graphs=True), "sd15")
    assert graphs.parts["CUDA graph pool"] == 2 * base.parts["activations"] > 0
    assert graphs.total == base.total + graphs.parts["CUDA graph pool"]
    on_cpu = estimate(config(gradient_checkpointing=True, cuda_graphs=True), "sd15", cuda=False)
    assert "CUDA graph pool" not in on_cpu.parts  # the trainer warns and runs eagerly there


def test_the_ladder_proposes_the_cheapest_rung_that_fits():
    cfg = config()
    cfg.optimizer.optimizer_type = "AdamW"
    cfg.dataset.train_batch_size = 4
    roomy = propose(cfg, "sd15", 80 * GIB)
    assert roomy.fits_as_is and roomy.switches == [] and roomy.config is cfg
    hopeless = propose(cfg, "sd15", GIB // 2)
    assert hopeless.config is None and not hopeless.fits_as_is
    # latents are cached and only the U-Net is trained already, results are not kept: those rungs are skipped
    assert hopeless.switches == [r.label for r in LADDER[1:-1] if r.label != "recompute everything when checkpointing"]
    # a card between the two: the proposal fits, and one rung fewer would not
    rungs = copy.deepcopy(cfg)
    rungs.dataset.cache_text_encoder_outputs = True
    rungs.optimizer.optimizer_type = "AdamW8bit"
    free = estimate(rungs, "sd15").needed  # not enough: checkpointing is needed too
    rungs.precision.gradient_checkpointing = True
    free = max(free - 1, estimate(rungs, "sd15").needed)
    middle = propose(cfg, "sd15", free)
    assert middle.switches == ["cache text encoder outputs", "8-bit optimizer", "gradient checkpointing"]
    assert middle.config is not None and middle.config.precision.gradient_checkpointing
    assert middle.estimate is not None and middle.estimate.needed <= free
    assert cfg.optimizer.optimizer_type == "AdamW"  # the user's config is left alone


def test_selective_checkpointing_keeps_what_the_dry_run_counts(monkeypatch):
    """The real CPU run's selective checkpoints (PyTorch's own storage of the kept outputs) hold exactly the
    bytes the meta dry run counts; everything else is as with full checkpointing."""
    from torch.utils import checkpoint as torch_checkpoint

    from training import unet_speedups

    contexts = []

    def recording() -> tuple:
        pair = torch_checkpoint.create_selective_checkpoint_contexts(unet_speedups._policy)
        contexts.append(pair[0])  # the caching mode, whose storage holds the kept outputs until the backward
        return pair

    monkeypatch.setattr(unet_speedups, "_keep_selected", recording)
    unet = tiny_unet_with_lora("cpu")
    unet.enable_gradient_checkpointing(unet_speedups.block_checkpoint(selective=True))
    unet.train()
    out = unet(*inputs("cpu")).sample
    seen: set = set()

    def tensors(node):  # the storage: {op: {call index: outputs}}, each tensor in a version-checking wrapper
        if isinstance(node, torch.Tensor):
            yield node
        elif isinstance(node, dict):
            for value in node.values():
                yield from tensors(value)
        elif isinstance(node, (list, tuple)):
            for value in node:
                yield from tensors(value)
        elif hasattr(node, "val"):
            yield from tensors(node.val)

    kept = 0
    for tensor in (t for mode in contexts for t in tensors(mode.storage)):
        if storage_key(tensor) not in seen:
            seen.add(storage_key(tensor))
            kept += tensor.untyped_storage().nbytes()
    out.sum().backward()
    assert contexts and kept > 0
    meta = activation_profile(tiny_unet_with_lora("meta"), inputs("meta"), {}, checkpointing=True, selective=True)
    full = activation_profile(tiny_unet_with_lora("meta"), inputs("meta"), {}, checkpointing=True)
    assert meta.kept_results == kept
    assert (meta.kept, meta.checkpoint_inputs, meta.largest_block) == (full.kept, full.checkpoint_inputs,
                                                                       full.largest_block)
    assert meta.peak == full.peak + kept


def test_the_ladder_gives_up_kept_results_before_fp8():
    cfg = TrainConfig()
    cfg.precision.gradient_checkpointing = cfg.precision.selective_checkpointing = True
    names = [rung.label for rung in LADDER if rung.applies(cfg)]
    assert "recompute everything when checkpointing" in names
    assert names.index("recompute everything when checkpointing") < names.index("fp8 base weights")
    big = estimate(cfg, "sdxl")
    cfg.precision.selective_checkpointing = False
    assert estimate(cfg, "sdxl").parts["activations"] < big.parts["activations"]


def test_faster_picks_the_fastest_checkpointing_that_still_fits():
    cfg = TrainConfig()
    cfg.dataset.resolution, cfg.dataset.train_batch_size = "1024", 2
    cfg.precision.mixed_precision, cfg.precision.gradient_checkpointing = "bf16", True
    kept = copy.deepcopy(cfg)
    kept.precision.selective_checkpointing = True
    plain = copy.deepcopy(cfg)
    plain.precision.gradient_checkpointing = False
    need = {name: estimate(c, "sdxl").needed for name, c in (("ckpt", cfg), ("kept", kept), ("plain", plain))}
    assert need["ckpt"] < need["kept"] < need["plain"]
    roomy = faster(cfg, "sdxl", need["plain"])
    assert roomy is not None and roomy.switches == ["no gradient checkpointing"]
    assert roomy.config.precision.gradient_checkpointing is False and roomy.estimate.needed == need["plain"]
    middle = faster(cfg, "sdxl", need["plain"] - 1)
    assert middle is not None and middle.switches == ["keep costly results when checkpointing"]
    assert middle.config.precision.selective_checkpointing is True
    assert faster(cfg, "sdxl", need["kept"] - 1) is None  # fits only as it is
    assert faster(cfg, "sdxl", need["ckpt"] - 1) is None  # does not fit: that is propose()'s job
    assert cfg.precision.gradient_checkpointing and not cfg.precision.selective_checkpointing  # not changed
