"""fp8 base weights: the frozen U-Net's Linear and Conv2d weights stored as float8_e4m3fn.

Each layer upcasts its weight to the activations' dtype for its own forward and for its own
backward only, so no upcast copy outlives the layer. The autograd functions keep the fp8 weight,
not the input, for the backward pass: a frozen weight needs no gradient, only the input's
gradient is computed (``grad @ W``). That is what makes fp8 storage save memory while training a
LoRA on top (upcasting through autocast keeps a 16-bit copy of every weight for backward).
Norms, embeddings and biases stay in the compute dtype: they are a small part of the weights.
"""

from __future__ import annotations

from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from dataprep.jobs import JobError
from dataprep.phrases import Phrase

FP8 = getattr(torch, "float8_e4m3fn", None)


class _Fp8Linear(torch.autograd.Function):
    @staticmethod
    def forward(ctx: Any, x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None) -> torch.Tensor:
        ctx.save_for_backward(weight)
        return F.linear(x, weight.to(x.dtype), None if bias is None else bias.to(x.dtype))

    @staticmethod
    def backward(ctx: Any, grad: torch.Tensor) -> tuple[torch.Tensor, None, None]:
        (weight,) = ctx.saved_tensors
        return grad @ weight.to(grad.dtype), None, None


class _Fp8Conv2d(torch.autograd.Function):
    @staticmethod
    def forward(
        ctx: Any, x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None, conv: nn.Conv2d
    ) -> torch.Tensor:
        ctx.save_for_backward(weight)
        ctx.geometry = (x.shape, conv.stride, conv.padding, conv.dilation, conv.groups)
        b = None if bias is None else bias.to(x.dtype)
        return F.conv2d(x, weight.to(x.dtype), b, conv.stride, conv.padding, conv.dilation, conv.groups)

    @staticmethod
    def backward(ctx: Any, grad: torch.Tensor) -> tuple[torch.Tensor, None, None, None]:
        (weight,) = ctx.saved_tensors
        shape, stride, padding, dilation, groups = ctx.geometry
        grad_x = torch.nn.grad.conv2d_input(shape, weight.to(grad.dtype), grad, stride, padding, dilation, groups)
        return grad_x, None, None, None


class Fp8Linear(nn.Linear):
    """A frozen Linear whose weight is stored in fp8."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if torch.is_autocast_enabled(x.device.type):
            x = x.to(torch.get_autocast_dtype(x.device.type))
        return _Fp8Linear.apply(x, self.weight, self.bias)


class Fp8Conv2d(nn.Conv2d):
    """A frozen Conv2d (zero padding) whose weight is stored in fp8."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if torch.is_autocast_enabled(x.device.type):
            x = x.to(torch.get_autocast_dtype(x.device.type))
        return _Fp8Conv2d.apply(x, self.weight, self.bias, self)


def check_fp8_supported() -> None:
    """JobError when this PyTorch has no float8 dtype (before 2.1)."""
    if FP8 is None:
        raise JobError(
            "config",
            Phrase("precision.fp8_base needs PyTorch 2.1 or newer (this is {version}).", version=torch.__version__),
            Phrase("Untick fp8 base weights or update PyTorch."),
        )


def store_in_fp8(model: nn.Module) -> int:
    """Turn *model*'s frozen Linear / zero-padded Conv2d layers into fp8 ones; returns how many.

    Call it before a LoRA wraps the layers (the LoRA calls the layer's forward as it was then).
    """
    check_fp8_supported()
    count = 0
    with torch.no_grad():
        for module in model.modules():
            if type(module) is nn.Linear:
                module.__class__ = Fp8Linear
            elif type(module) is nn.Conv2d and module.padding_mode == "zeros":
                module.__class__ = Fp8Conv2d
            else:
                continue
            module.weight.requires_grad_(False)
            module.weight.data = module.weight.data.to(FP8)
            count += 1
    return count


def move_keeping_fp8(model: nn.Module, device: torch.device, dtype: torch.dtype) -> None:
    """``model.to(device, dtype)`` that leaves fp8 weights in fp8 (``Module.to`` would upcast them)."""
    model.to(device)
    for tensor in [*model.parameters(), *model.buffers()]:
        if tensor.is_floating_point() and tensor.dtype != FP8:
            tensor.data = tensor.data.to(dtype)
