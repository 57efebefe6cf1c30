"""LoRA on the U-Net's transformer blocks and the CLIP text encoder, with kohya key names.

Each adapted layer keeps its own forward and adds ``up(down(x)) * alpha / rank``; modules are
registered under their kohya names (``lora_unet_down_blocks_0_attentions_0_proj_in``,
``lora_te_text_model_encoder_layers_0_self_attn_q_proj``), so the network's state dict is already
the file A1111, ComfyUI and diffusers' ``load_lora_weights`` read.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn

UNET_PREFIX = "lora_unet"
TE_PREFIX = "lora_te"
# module classes whose Linear / 1x1 Conv children get a LoRA (sd-scripts' default targets)
UNET_TARGETS = ("Transformer2DModel",)
TE_TARGETS = ("CLIPAttention", "CLIPSdpaAttention", "CLIPMLP")
KEY_PATTERN = re.compile(r"^lora_(unet|te|te1|te2)_[A-Za-z0-9_]+\.(lora_down\.weight|lora_up\.weight|alpha)$")


def kohya_name(prefix: str, module_path: str) -> str:
    """``lora_unet_`` / ``lora_te_`` + the diffusers/transformers module path with dots as underscores.

    transformers 5 no longer nests CLIPTextModel's layers under ``text_model``; kohya files always
    spell it, so it is added back.
    """
    if prefix.startswith(TE_PREFIX) and not module_path.startswith("text_model."):
        module_path = "text_model." + module_path
    return f"{prefix}_{module_path.replace('.', '_')}"


class LoRAModule(nn.Module):
    """A low-rank update added to one Linear or 1x1 Conv2d layer's output."""

    def __init__(self, name: str, org: nn.Module, rank: int, alpha: float) -> None:
        super().__init__()
        self.lora_name = name
        self.rank = rank
        if isinstance(org, nn.Conv2d):
            self.lora_down: nn.Module = nn.Conv2d(org.in_channels, rank, 1, bias=False)
            self.lora_up: nn.Module = nn.Conv2d(rank, org.out_channels, 1, bias=False)
        else:
            assert isinstance(org, nn.Linear)
            self.lora_down = nn.Linear(org.in_features, rank, bias=False)
            self.lora_up = nn.Linear(rank, org.out_features, bias=False)
        nn.init.kaiming_uniform_(self.lora_down.weight, a=math.sqrt(5))
        nn.init.zeros_(self.lora_up.weight)
        alpha = float(alpha) if alpha else float(rank)  # alpha 0 means "no scaling", as in sd-scripts
        self.register_buffer("alpha", torch.tensor(alpha))
        self.scale = alpha / rank
        self.multiplier = 1.0
        self._org = [org]  # a list keeps the base layer out of this module's parameters
        self._org_forward = org.forward

    def apply_to(self) -> None:
        self._org[0].forward = self.forward

    def restore(self) -> None:
        self._org[0].forward = self._org_forward

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self._org_forward(x) + self.lora_up(self.lora_down(x)) * (self.multiplier * self.scale)


def _target_layers(root: nn.Module, targets: tuple[str, ...]) -> list[tuple[str, nn.Module]]:
    found = []
    for name, module in root.named_modules():
        if type(module).__name__ not in targets:
            continue
        for child_name, child in module.named_modules():
            is_1x1 = isinstance(child, nn.Conv2d) and child.kernel_size == (1, 1)
            if isinstance(child, nn.Linear) or is_1x1:
                found.append((f"{name}.{child_name}", child))
    return found


@dataclass(frozen=True)
class ModuleShape:
    rank: int
    alpha: float


class LoRANetwork(nn.Module):
    """All LoRA modules of one model pair; its ``state_dict()`` is the kohya file's content."""

    def __init__(
        self,
        unet: nn.Module | None,
        text_encoder: nn.Module | None,
        rank: int,
        alpha: float,
        shapes: dict[str, ModuleShape] | None = None,
    ) -> None:
        super().__init__()
        self.rank = rank
        self.alpha = alpha
        self.te_names: list[str] = []
        self.unet_names: list[str] = []
        for prefix, model, targets, names in (
            (TE_PREFIX, text_encoder, TE_TARGETS, self.te_names),
            (UNET_PREFIX, unet, UNET_TARGETS, self.unet_names),
        ):
            if model is None:
                continue
            for path, layer in _target_layers(model, targets):
                name = kohya_name(prefix, path)
                if shapes is not None and name not in shapes:
                    continue
                shape = shapes[name] if shapes is not None else ModuleShape(rank, alpha)
                self.add_module(name, LoRAModule(name, layer, shape.rank, shape.alpha))
                names.append(name)
        if not self.te_names and not self.unet_names:
            raise ValueError("no layer to train: the model has no attention/feed-forward layers LoRA can adapt")

    def lora_modules(self, names: Iterable[str]) -> list[LoRAModule]:
        return [getattr(self, n) for n in names]

    def apply_to(self) -> None:
        for module in self.lora_modules([*self.te_names, *self.unet_names]):
            module.apply_to()

    def restore(self) -> None:
        for module in self.lora_modules([*self.te_names, *self.unet_names]):
            module.restore()

    def set_multiplier(self, multiplier: float) -> None:
        for module in self.lora_modules([*self.te_names, *self.unet_names]):
            module.multiplier = multiplier

    def text_encoder_parameters(self) -> list[nn.Parameter]:
        return [p for m in self.lora_modules(self.te_names) for p in m.parameters()]

    def unet_parameters(self) -> list[nn.Parameter]:
        return [p for m in self.lora_modules(self.unet_names) for p in m.parameters()]

    def param_groups(self, unet_lr: float, text_encoder_lr: float) -> list[dict[str, object]]:
        """Optimizer groups: text encoder first, then U-Net (the order sd-scripts logs lrs in)."""
        groups: list[dict[str, object]] = []
        if self.te_names:
            groups.append({"params": self.text_encoder_parameters(), "lr": text_encoder_lr, "name": "text_encoder"})
        if self.unet_names:
            groups.append({"params": self.unet_parameters(), "lr": unet_lr, "name": "unet"})
        return groups

    def load_kohya_state_dict(self, state: dict[str, torch.Tensor], source: str) -> None:
        """Load a kohya LoRA's tensors; shape mismatches and foreign keys are clear errors."""
        own = self.state_dict()
        unknown = sorted(k for k in state if k not in own)
        if unknown:
            raise ValueError(
                f"{source}: {len(unknown)} key(s) do not match this model's LoRA layers (first: {unknown[0]}). "
                "Is it a LoRA for another model type?"
            )
        for key, tensor in state.items():
            if tuple(tensor.shape) != tuple(own[key].shape):
                raise ValueError(
                    f"{source}: {key} has shape {tuple(tensor.shape)}, the network expects {tuple(own[key].shape)}. "
                    "Use the file's rank (dim_from_weights) or the same rank as the file."
                )
        self.load_state_dict(state, strict=False)
        for module in self.lora_modules([*self.te_names, *self.unet_names]):
            module.scale = float(module.alpha) / module.rank


def shapes_from_weights(state: dict[str, torch.Tensor]) -> dict[str, ModuleShape]:
    """Each module's rank (from lora_down's first dimension) and alpha in a kohya state dict."""
    shapes = {}
    for key, tensor in state.items():
        if key.endswith(".lora_down.weight"):
            name = key[: -len(".lora_down.weight")]
            rank = int(tensor.shape[0])
            alpha_t = state.get(f"{name}.alpha")
            shapes[name] = ModuleShape(rank, float(alpha_t) if alpha_t is not None else float(rank))
    return shapes


def read_lora_file(path: Path) -> dict[str, torch.Tensor]:
    from safetensors.torch import load_file

    path = Path(path)
    if path.suffix.lower() != ".safetensors":
        raise ValueError(f"{path}: LoRA weights must be a .safetensors file.")
    if not path.is_file():
        raise FileNotFoundError(f"{path}: LoRA file not found.")
    return load_file(str(path))
