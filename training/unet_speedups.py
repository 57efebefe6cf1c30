"""Two changes to how the U-Net's step runs, for speed on a GPU, that leave what it computes as it was.

Profiling an SDXL batch-8 LoRA step on an H100 (docs/benchmarks.md, "SDXL memory ladder") found 27% of
the GPU's time in copies and casts, mostly autocast widening every group and layer norm's input to float32
and narrowing its output back, and another 10% in small elementwise kernels between the GEMMs:

- ``precision.norms_16bit`` (:func:`norms_in_input_dtype`) runs each norm in its input's 16-bit dtype.
  PyTorch's norm kernels sum in float32 inside for 16-bit inputs, so only the output's rounding changes.
- ``launch.compile_blocks`` (:func:`compile_blocks`) compiles each transformer and ResNet block on its own
  instead of the whole U-Net: the compiler fuses the elementwise work within a block, blocks of one shape
  share their compiled code, and the compiled blocks run inside the CUDA graphs of
  ``precision.cuda_graphs`` (measured together on an H100; a U-Net compiled whole is not allowed with graphs).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

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


def compile_blocks(unet: nn.Module, **compile_kwargs: Any) -> int:
    """``torch.compile`` each transformer and ResNet block of *unet* in place with *compile_kwargs*
    (accelerate's dynamo settings); returns how many blocks. The U-Net around them stays eager."""
    import torch._dynamo
    from diffusers.models.attention import BasicTransformerBlock
    from diffusers.models.resnet import ResnetBlock2D

    torch._dynamo.config.cache_size_limit = max(torch._dynamo.config.cache_size_limit, BLOCK_CACHE_SIZE)
    blocks = [m for m in unet.modules() if isinstance(m, (BasicTransformerBlock, ResnetBlock2D))]
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
