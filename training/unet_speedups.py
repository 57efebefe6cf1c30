"""Three changes to how the U-Net's step runs, for speed on a GPU, that leave what it computes as it was.

Profiling an SDXL batch-8 LoRA step on an H100 (docs/benchmarks.md, "SDXL memory ladder") found 27% of
the GPU's time in copies and casts, mostly autocast widening every group and layer norm's input to float32
and narrowing its output back, and another 10% in small elementwise kernels between the GEMMs:

- ``precision.norms_16bit`` (:func:`norms_in_input_dtype`) runs each norm in its input's 16-bit dtype.
  PyTorch's norm kernels sum in float32 inside for 16-bit inputs, so only the output's rounding changes.
- ``launch.compile_blocks`` (:func:`compile_blocks`) compiles each transformer and ResNet block (with
  checkpointing: each block's checkpointed call) on its own instead of the whole U-Net: the compiler fuses
  the elementwise work within a block, blocks of one shape share their compiled code, and the compiled blocks
  run inside the CUDA graphs of ``precision.cuda_graphs`` (a U-Net compiled whole is not allowed with graphs).
- ``precision.selective_checkpointing`` (:func:`block_checkpoint`): gradient checkpointing that keeps the results
  of the operations with the most arithmetic per byte of output (convolutions, attention, the matrix products
  that shrink their input: the feed-forward's output layer, the LoRA's down projection), so the backward pass
  recomputes only the cheap rest. On SDXL's U-Net at 1024 px that skips half of the recomputed arithmetic
  (49% of a forward's FLOPs) for 0.9 GiB per image kept (a meta-device count, ``fit_estimate``).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.checkpoint import CheckpointPolicy, checkpoint, create_selective_checkpoint_contexts

from training.user_cache import user_cache_dir

COMPILE_CACHE_ENV = "TORCHINDUCTOR_CACHE_DIR"
# each compiled block's code object is one cache entry per input shape: SDXL's blocks come in about 20 shapes
BLOCK_CACHE_SIZE = 64


def _group_norm(module: nn.GroupNorm, x: torch.Tensor) -> torch.Tensor:
    with torch.autocast(x.device.type, enabled=False):
        return F.group_norm(x, module.num_groups, module.weight.to(x.dtype), module.bias.to(x.dtype), module.eps)


def _layer_norm(module: nn.LayerNorm, x: torch.Tensor) -> torch.Tensor:
    weight, bias = (None if t is None else t.to(x.dtype) for t in (module.weight, module.bias))
    with torch.autocast(x.device.type, enabled=False):
        return F.layer_norm(x, module.normalized_shape, weight, bias, module.eps)


def norms_in_input_dtype(unet: nn.Module) -> int:
    """Make every affine group norm and every layer norm of *unet* compute in its input's dtype, which
    autocast would widen to float32; returns how many norms changed. Their weights stay as stored."""
    changed = 0
    for module in unet.modules():
        if isinstance(module, nn.GroupNorm) and module.affine:
            module.forward = functools.partial(_group_norm, module)
        elif isinstance(module, nn.LayerNorm):
            module.forward = functools.partial(_layer_norm, module)
        else:
            continue
        changed += 1
    return changed


def compile_blocks(unet: nn.Module, checkpointing: Callable[..., Any] | None = None, **compile_kwargs: Any) -> int:
    """``torch.compile`` each transformer and ResNet block of *unet* with *compile_kwargs* (accelerate's dynamo
    settings); returns how many blocks. The U-Net around them stays eager.

    With gradient checkpointing on, *checkpointing* (:func:`block_checkpoint`) is what gets compiled: each
    block's checkpointed call, the checkpoint inside. The compiler then sees the recomputation (and what a
    selective checkpoint keeps); a block compiled inside an eager checkpoint would hide its operations from
    a selective checkpoint's policy, which PyTorch refuses."""
    import torch._dynamo
    from diffusers.models.attention import BasicTransformerBlock
    from diffusers.models.resnet import ResnetBlock2D

    torch._dynamo.config.cache_size_limit = max(torch._dynamo.config.cache_size_limit, BLOCK_CACHE_SIZE)
    blocks = [m for m in unet.modules() if isinstance(m, (BasicTransformerBlock, ResnetBlock2D))]
    if checkpointing is not None and getattr(unet, "is_gradient_checkpointing", False):
        unet.enable_gradient_checkpointing(torch.compile(checkpointing, **compile_kwargs))
    else:
        for block in blocks:
            block.compile(**compile_kwargs)
    return len(blocks)


def keep_compiled_code() -> Path:
    """Where inductor keeps compiled code between runs: Danlu's cache folder, unless the user chose one. Its
    default is in the temporary folder, which many Linux systems empty at each start, and compiling SDXL's
    blocks takes minutes."""
    folder = os.environ.get(COMPILE_CACHE_ENV)
    if not folder:
        folder = str(user_cache_dir() / "torch-compile")
        os.environ[COMPILE_CACHE_ENV] = folder
    return Path(folder)


_ATEN = torch.ops.aten
# kept whole: a convolution's or attention's output costs far more arithmetic to recompute than memory to keep
_KEPT_OPS = frozenset({
    _ATEN.convolution.default, _ATEN._scaled_dot_product_flash_attention.default,
    _ATEN._scaled_dot_product_efficient_attention.default, _ATEN._scaled_dot_product_cudnn_attention.default,
    _ATEN._scaled_dot_product_flash_attention_for_cpu.default,
})
_MATMULS = frozenset({_ATEN.mm.default, _ATEN.addmm.default})
SHRINK = 2  # a matrix product is kept when its inner dimension is at least this many times its output's width


def keeps_output(op: Any, args: tuple[Any, ...]) -> bool:
    """Whether selective checkpointing keeps *op*'s output (also the fit estimate's count of what it keeps)."""
    if op in _KEPT_OPS:
        return True
    if op in _MATMULS:
        a, b = (args[0], args[1]) if op is _ATEN.mm.default else (args[1], args[2])
        return a.shape[-1] >= SHRINK * b.shape[-1]
    return False


def _policy(_ctx: Any, op: Any, *args: Any, **_kwargs: Any) -> CheckpointPolicy:
    return CheckpointPolicy.MUST_SAVE if keeps_output(op, args) else CheckpointPolicy.PREFER_RECOMPUTE


def _keep_selected() -> Any:
    return create_selective_checkpoint_contexts(_policy)


def block_checkpoint(selective: bool, save_rng: bool = True) -> Callable[..., Any]:
    """The function diffusers runs each checkpointed block through (``enable_gradient_checkpointing``).

    *selective* keeps what :func:`keeps_output` picks; *save_rng* off for CUDA graphs, whose capture cannot read
    the generator's state (nothing random runs inside a block)."""
    extra: dict[str, Any] = {"context_fn": _keep_selected} if selective else {}

    def run(module: nn.Module, *args: Any) -> Any:
        return checkpoint(module.__call__, *args, use_reentrant=False, preserve_rng_state=save_rng, **extra)

    return run
