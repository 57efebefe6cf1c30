"""precision.norms_16bit, launch.compile_blocks and precision.selective_checkpointing: what each changes in
the U-Net, that a run with them trains the LoRA it trains without them, and the settings' checks. On CUDA
(where autocast widens norms to float32, which the CPU's autocast does not): the norms stay in bf16, and
compiled blocks and selective checkpoints replay in graphs."""

from __future__ import annotations

import copy
import os

import pytest
import torch
from diffusers import UNet2DConditionModel
from diffusers.models.attention import BasicTransformerBlock
from diffusers.models.resnet import ResnetBlock2D
from safetensors.torch import load_file
from torch.utils._python_dispatch import TorchDispatchMode
from trainkit import base_config, run_training

from training import train_setup
from training.config import TrainConfig
from training.config.validation import problems
from training.cuda_graphs import GraphedUnet, eager_forward
from training.lora import LoRANetwork
from training.unet_speedups import (
    COMPILE_CACHE_ENV,
    block_checkpoint,
    compile_blocks,
    keep_compiled_code,
    norms_in_input_dtype,
)

CUDA = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")


def tiny_unet() -> UNet2DConditionModel:
    torch.manual_seed(0)
    return UNet2DConditionModel(
        sample_size=8, block_out_channels=(32, 64), layers_per_block=1, cross_attention_dim=32,
        attention_head_dim=(4, 8), norm_num_groups=8, down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
    ).requires_grad_(False)


def inputs(device: str = "cpu") -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    g = torch.Generator().manual_seed(1)
    noisy, states = torch.randn(2, 4, 16, 16, generator=g), torch.randn(2, 7, 32, generator=g)
    return noisy.to(device), torch.tensor([10, 500], device=device), states.to(device)


def norm_output_dtypes(unet: torch.nn.Module) -> list[torch.dtype]:
    seen: list[torch.dtype] = []
    for m in unet.modules():
        if isinstance(m, (torch.nn.GroupNorm, torch.nn.LayerNorm)):
            m.register_forward_hook(lambda _m, _i, out: seen.append(out.dtype))
    return seen


def test_every_affine_norm_computes_in_its_input_dtype_to_the_last_digit():
    unet = tiny_unet()
    norms = [m for m in unet.modules() if isinstance(m, (torch.nn.GroupNorm, torch.nn.LayerNorm))]
    plain = torch.nn.GroupNorm(4, 32, affine=False)
    unet.conv_in.add_module("plain_norm", plain)  # a norm without weights: nothing to narrow, left alone
    assert norms_in_input_dtype(unet) == len(norms) > 20
    assert "forward" not in vars(plain)
    for module in norms[:3] + norms[-3:]:
        torch.nn.init.normal_(module.weight)
        torch.nn.init.normal_(module.bias)
        width = module.num_channels if isinstance(module, torch.nn.GroupNorm) else module.normalized_shape[0]
        x = torch.randn(2, width, 5, 5) * 30 + 7
        x = x if isinstance(module, torch.nn.GroupNorm) else x.flatten(2).transpose(1, 2)
        with torch.autocast("cpu", torch.bfloat16):
            out = module(x.bfloat16())
        want = type(module).forward(module, x.bfloat16().float())  # the unpatched norm in float32
        assert out.dtype == torch.bfloat16
        # summed in float32 inside: only the output's rounding to bf16 differs (half a unit in the last place)
        assert ((out.float() - want).abs() <= want.abs() * 2**-8 + 1e-2).all()


def test_compiled_blocks_compute_what_the_eager_u_net_computes():
    unet, plain = tiny_unet().requires_grad_(True), tiny_unet().requires_grad_(True)
    blocks = [m for m in unet.modules() if isinstance(m, (BasicTransformerBlock, ResnetBlock2D))]
    assert compile_blocks(unet, backend="eager") == len(blocks) == 12
    assert all(b._compiled_call_impl is not None for b in blocks) and unet._compiled_call_impl is None
    for model in (unet, plain):
        model.enable_gradient_checkpointing()
        model.train()(*inputs()).sample.square().mean().backward()
    assert all(torch.equal(a.grad, b.grad) for a, b in zip(unet.parameters(), plain.parameters(), strict=True))


def lora_unet(device: str = "cpu", dtype: torch.dtype = torch.float32) -> tuple[UNet2DConditionModel, LoRANetwork]:
    """The tiny U-Net with a LoRA whose up weights are not zero, so that every LoRA weight gets a gradient."""
    unet = tiny_unet().to(device, dtype)
    net = LoRANetwork(unet, None, 4, 4.0)
    torch.manual_seed(1)
    for p in net.parameters():
        torch.nn.init.normal_(p, std=0.05)
    net.apply_to()
    return unet, net.to(device)


def two_cuda_steps(forward, net: LoRANetwork) -> tuple[torch.Tensor, list[torch.Tensor]]:
    """The second call replays when *forward* records graphs; the output of the last and the summed grads."""
    for _ in range(2):
        with torch.autocast("cuda", torch.bfloat16):
            out = forward(*inputs("cuda"), None)
        out.float().square().mean().backward()
    return out.detach().float(), [p.grad.detach().clone() for p in net.parameters()]


class _OpCounter(TorchDispatchMode):
    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[str, int] = {}

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        name = func._overloadpacket.__name__
        self.counts[name] = self.counts.get(name, 0) + 1
        return func(*args, **(kwargs or {}))


def backward_ops(selective: bool | None) -> tuple[dict[str, int], list[torch.Tensor]]:
    """The operations the backward pass runs (recomputation included) and the LoRA's gradients; *selective*
    None: no checkpointing."""
    unet, net = lora_unet()
    if selective is not None:
        unet.enable_gradient_checkpointing(block_checkpoint(selective))
    loss = unet.train()(*inputs()).sample.square().mean()
    counter = _OpCounter()
    with counter:
        loss.backward()
    return counter.counts, [p.grad for p in net.parameters()]


def test_selective_checkpoints_skip_the_costly_recomputation_and_give_the_same_gradients():
    none, expected = backward_ops(None)
    full, full_grads = backward_ops(False)
    kept, kept_grads = backward_ops(True)
    assert all(torch.equal(a, b) for a, b in zip(full_grads, kept_grads, strict=True))
    assert all(torch.allclose(a, b, atol=1e-6) for a, b in zip(expected, kept_grads, strict=True))
    # full checkpointing runs every convolution and attention of the blocks again; the selective one none
    assert none.get("convolution", 0) == 0 and full["convolution"] >= 9 and kept.get("convolution", 0) == 0
    attention = "_scaled_dot_product_flash_attention_for_cpu"
    assert full[attention] > 0 and kept.get(attention, 0) == 0
    # the feed-forward output layers (inner width 4x their output) are kept, the square projections recomputed
    assert none.get("addmm", 0) < kept["addmm"] < full["addmm"]


@pytest.mark.parametrize("selective", [False, True])
def test_with_checkpointing_the_checkpointed_calls_are_compiled(selective):
    """The compiler gets each block's checkpoint (and a selective one's policy): same gradients as the eager
    full checkpoint, and blocks of one shape share their compiled code."""
    import torch._dynamo
    from torch._dynamo.utils import counters

    _, expected = backward_ops(False)
    unet, net = lora_unet()
    checkpointing = block_checkpoint(selective)
    unet.enable_gradient_checkpointing(checkpointing)
    torch._dynamo.reset()
    counters.clear()
    assert compile_blocks(unet, checkpointing, backend="aot_eager") == 12
    assert not any(m._compiled_call_impl for m in unet.modules())  # the calls are compiled, not the blocks
    unet.train()(*inputs()).sample.square().mean().backward()
    grads = [p.grad for p in net.parameters()]
    assert all(torch.allclose(a, b, atol=1e-6) for a, b in zip(expected, grads, strict=True))
    assert 0 < counters["stats"]["unique_graphs"] < 12


def test_a_run_with_both_trains_the_lora_it_trains_without_them(tiny_models, data, tmp_path, monkeypatch):
    narrowed: list[torch.nn.Module] = []

    def spy(unet: torch.nn.Module) -> int:
        narrowed.append(unet)
        return norms_in_input_dtype(unet)

    monkeypatch.setattr(train_setup, "norms_in_input_dtype", spy)
    monkeypatch.delenv(COMPILE_CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr("sys.platform", "linux")
    cfg = base_config(tiny_models.sd1, data / "img", schedule={"max_train_steps": 2, "seed": 3},
                      precision={"mixed_precision": "bf16", "gradient_checkpointing": True})
    plain = run_training(tmp_path / "plain", cfg)
    assert plain.code == 0 and narrowed == [], plain.of("error")
    cfg["precision"]["norms_16bit"] = True
    cfg["launch"] = {"dynamo_backend": "eager", "compile_blocks": True}
    fast = run_training(tmp_path / "fast", cfg)
    assert fast.code == 0, fast.of("error")
    assert len(narrowed) == 1 and any("U-Net blocks compiled" in e["message"] for e in fast.of("log"))
    assert os.environ[COMPILE_CACHE_ENV] == str(tmp_path / "cache" / "danlu" / "torch-compile")
    # the CPU's autocast keeps norms in bf16 already, and the eager backend runs the same operations
    a, b = load_file(str(plain.final)), load_file(str(fast.final))
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def test_a_run_with_selective_checkpointing_trains_the_same_lora(tiny_models, data, tmp_path):
    cfg = base_config(tiny_models.sd1, data / "img", schedule={"max_train_steps": 2, "seed": 3},
                      precision={"gradient_checkpointing": True})
    full = run_training(tmp_path / "full", cfg)
    cfg["precision"]["selective_checkpointing"] = True
    kept = run_training(tmp_path / "kept", cfg)
    cfg["launch"] = {"dynamo_backend": "eager", "compile_blocks": True}
    compiled = run_training(tmp_path / "compiled", cfg)  # each block's selective checkpoint compiled
    assert full.code == kept.code == compiled.code == 0, kept.of("error") + compiled.of("error")
    a = load_file(str(full.final))
    for run in (kept, compiled):
        b = load_file(str(run.final))
        assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def test_settings_checks():
    cfg = TrainConfig()
    cfg.model.pretrained_model_name_or_path, cfg.dataset.train_data_dir = "m.safetensors", "img"
    cfg.precision.mixed_precision, cfg.precision.norms_16bit, cfg.launch.compile_blocks = "no", True, True
    errors, warnings = problems(cfg)
    assert errors == [] and len(warnings) == 2
    assert "norms_16bit has no effect without mixed precision" in warnings[0]
    assert "compile_blocks has no effect while launch.dynamo_backend is 'no'" in warnings[1]
    cfg.precision.mixed_precision, cfg.launch.dynamo_backend, cfg.precision.cuda_graphs = "bf16", "inductor", True
    assert problems(cfg) == ([], [])  # compiled blocks may be recorded into CUDA graphs
    cfg.launch.compile_blocks = False
    (error,), _ = problems(cfg)
    assert "compiles the whole U-Net instead: tick launch.compile_blocks" in error
    cfg.precision.cuda_graphs, cfg.precision.selective_checkpointing = False, True
    (warning,) = problems(cfg)[1]
    assert "selective_checkpointing has no effect without precision.gradient_checkpointing" in warning
    cfg.precision.gradient_checkpointing = True
    assert problems(cfg) == ([], [])  # the compiler keeps what the policy says
    cfg.launch.compile_blocks = True
    assert problems(cfg) == ([], [])  # each block's checkpointed call compiled, the policy inside


@CUDA
def test_on_cuda_norms_stay_in_bf16_and_stay_as_close_to_float32_as_autocast():
    unet = tiny_unet()
    reference = copy.deepcopy(unet).to(torch.bfloat16).float().cuda()  # the bf16 weights, computed in float32
    unet = unet.to("cuda", torch.bfloat16)
    want = reference(*inputs("cuda")).sample
    seen = norm_output_dtypes(unet)
    results = {}
    for narrowed in (False, True):
        if narrowed:
            norms_in_input_dtype(unet)
        seen.clear()
        with torch.autocast("cuda", torch.bfloat16):
            results[narrowed] = unet(*inputs("cuda")).sample.float()
        assert set(seen) == {torch.bfloat16 if narrowed else torch.float32}
    error = {k: ((v - want).norm() / want.norm()).item() for k, v in results.items()}
    assert error[True] < 1.5 * error[False] + 1e-3, error


@CUDA
@pytest.mark.parametrize(("compiled", "selective"), [(True, False), (False, True), (True, True)])
def test_on_cuda_the_speed_settings_replay_in_graphs_as_the_eager_u_net_steps(compiled, selective):
    """As the trainer sets them up for graphs: checkpoints that save no RNG state, 16-bit norms, then the
    checkpointed calls compiled (aot_eager: the compiler's graph capture, without inductor's build time)."""
    outputs, grads = {}, {}
    for graphs in (False, True):
        unet, net = lora_unet("cuda", torch.bfloat16)
        checkpointing = block_checkpoint(selective, save_rng=False)
        unet.enable_gradient_checkpointing(checkpointing)
        unet.train()
        norms_in_input_dtype(unet)
        if graphs and compiled:
            compile_blocks(unet, checkpointing, backend="aot_eager")
        forward = GraphedUnet(unet, net, torch.bfloat16, print) if graphs else eager_forward(unet)
        outputs[graphs], grads[graphs] = two_cuda_steps(forward, net)
    assert torch.allclose(outputs[True], outputs[False], rtol=2e-2, atol=2e-2)
    for a, b in zip(grads[True], grads[False], strict=True):
        assert (a - b).norm() <= 2e-2 * b.norm() + 1e-4


def test_a_compile_cache_folder_the_user_chose_is_kept(monkeypatch, tmp_path):
    monkeypatch.setenv(COMPILE_CACHE_ENV, str(tmp_path / "mine"))
    assert keep_compiled_code() == tmp_path / "mine" and os.environ[COMPILE_CACHE_ENV] == str(tmp_path / "mine")
