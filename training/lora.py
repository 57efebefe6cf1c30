"""LoRA networks on the U-Net and the CLIP text encoder, with kohya key names.

``networks.lora`` is sd-scripts' LoRA written here: each adapted layer keeps its own forward and
adds ``up(down(x)) * alpha / rank``; with ``conv_dim`` the 3x3 convs of the ResNet blocks and
samplers get one too (LoCon), and block-wise dims/alphas/lr weights decide per U-Net block
(training.network_args). ``lycoris.kohya`` builds the same walk with the modules of the
lycoris-lora library (LoCon, LoHa, LoKr, iA3, DyLoRA; DoRA, Tucker, scalar options), whose math is
theirs. Either way modules are registered
under their kohya names (``lora_unet_down_blocks_0_attentions_0_proj_in``,
``lora_te_text_model_encoder_layers_0_self_attn_q_proj``), so the network's state dict is already
the file A1111, ComfyUI and diffusers' ``load_lora_weights`` read (the library's own wrapper would
name them ``lycoris_...``, which those tools reject).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn

from training.network_args import BlockPlan, LycorisOptions, block_index, block_label

UNET_PREFIX = "lora_unet"
TE_PREFIX = "lora_te"
# module classes whose Linear / Conv2d children get a LoRA (sd-scripts' default targets)
UNET_TARGETS = ("Transformer2DModel",)
UNET_CONV_TARGETS = ("ResnetBlock2D", "Downsample2D", "Upsample2D")  # with conv_dim: LoCon
TE_TARGETS = ("CLIPAttention", "CLIPSdpaAttention", "CLIPMLP")
_TENSOR_KEYS = (
    r"lora_down\.weight|lora_up\.weight|lora_mid\.weight|alpha"  # LoRA / LoCon (+ Tucker mid)
    r"|hada_w[12]_[ab]|hada_t[12]"  # LoHa
    r"|lokr_w[12]|lokr_w[12]_[ab]|lokr_t[12]"  # LoKr
    r"|dora_scale"  # DoRA magnitude (LyCORIS dora_wd)
    r"|weight|on_input"  # iA3
    r"|w_norm|b_norm"  # LyCORIS train_norm
)
KEY_PATTERN = re.compile(rf"^lora_(unet|te|te1|te2)_[A-Za-z0-9_]+\.({_TENSOR_KEYS})$")


def kohya_name(prefix: str, module_path: str) -> str:
    """``lora_unet_`` / ``lora_te_`` + the diffusers/transformers module path with dots as underscores.

    transformers 5 no longer nests CLIPTextModel's layers under ``text_model``; kohya files always
    spell it, so it is added back.
    """
    if prefix.startswith(TE_PREFIX) and not module_path.startswith("text_model."):
        module_path = "text_model." + module_path
    return f"{prefix}_{module_path.replace('.', '_')}"


class LoRAModule(nn.Module):
    """A low-rank update added to one Linear or Conv2d layer's output (sd-scripts' ``networks.lora``).

    On a 3x3 conv ``lora_down`` has the layer's kernel, stride and padding and ``lora_up`` is 1x1
    (LoCon). The three dropouts act only in training mode, with sd-scripts' semantics: *dropout* on
    the down output's neurons, *rank_dropout* masks whole ranks per sample (and rescales as if the
    rank were smaller), *module_dropout* skips the whole module for a step.
    """

    def __init__(
        self,
        name: str,
        org: nn.Module,
        rank: int,
        alpha: float,
        dropout: float | None = None,
        rank_dropout: float | None = None,
        module_dropout: float | None = None,
    ) -> None:
        super().__init__()
        self.lora_name = name
        self.rank = rank
        if isinstance(org, nn.Conv2d):
            k, stride, pad = org.kernel_size, org.stride, org.padding
            self.lora_down: nn.Module = nn.Conv2d(org.in_channels, rank, k, stride, pad, bias=False)
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
        self.dropout = dropout or None
        self.rank_dropout = rank_dropout or None
        self.module_dropout = module_dropout or None
        self._org = [org]  # a list keeps the base layer out of this module's parameters
        self._org_forward = org.forward

    def apply_to(self) -> None:
        self._org[0].forward = self.forward

    def restore(self) -> None:
        self._org[0].forward = self._org_forward

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self._org_forward(x)
        if self.module_dropout is not None and self.training and torch.rand(1) < self.module_dropout:
            return out
        lx = self.lora_down(x)
        if self.dropout is not None and self.training:
            lx = nn.functional.dropout(lx, p=self.dropout)
        scale = self.scale
        if self.rank_dropout is not None and self.training:
            mask = torch.rand((lx.size(0), self.rank), device=lx.device) > self.rank_dropout
            if lx.dim() == 3:  # (batch, tokens, rank): text encoder and transformer linears
                mask = mask.unsqueeze(1)
            elif lx.dim() == 4:  # conv: (batch, rank, h, w)
                mask = mask[..., None, None]
            lx = lx * mask
            scale = self.scale / (1.0 - self.rank_dropout)
        return out + self.lora_up(lx) * (self.multiplier * scale)

    def delta_weight(self) -> torch.Tensor:
        """up @ down * alpha/rank in the base layer's weight shape (a 3x3 LoCon composes into 3x3)."""
        down, up = self.lora_down.weight, self.lora_up.weight
        if down.dim() == 2:
            delta = up @ down
        elif down.shape[2:] == (1, 1):
            delta = (up.flatten(1) @ down.flatten(1))[..., None, None]
        else:
            delta = nn.functional.conv2d(down.permute(1, 0, 2, 3), up).permute(1, 0, 2, 3)
        return delta * self.scale

    @torch.no_grad()
    def apply_max_norm(self, max_norm: float) -> tuple[bool, float]:
        """sd-scripts' max-norm step: scale up and down by sqrt(ratio) when the delta's norm exceeds *max_norm*."""
        norm = self.delta_weight().norm()
        clamped = norm.clamp(min=max_norm / 2)
        ratio = float(clamped.clamp(max=max_norm) / clamped)
        if ratio != 1:
            self.lora_up.weight.mul_(ratio**0.5)
            self.lora_down.weight.mul_(ratio**0.5)
        return ratio != 1, float(norm) * ratio


NORMS = (nn.LayerNorm, nn.GroupNorm)  # LyCORIS train_norm


def _target_layers(
    root: nn.Module, targets: tuple[str, ...], patterns: tuple[str, ...] = (), norms: bool = False
) -> list[tuple[str, nn.Module]]:
    """Linear and Conv2d layers (and with *norms* LayerNorm/GroupNorm) inside modules of the classes
    *targets*, then the layers whose path matches one of *patterns* from its start (LyCORIS' preset
    names); each layer once."""
    kinds = (nn.Linear, nn.Conv2d, *NORMS) if norms else (nn.Linear, nn.Conv2d)
    found: dict[str, nn.Module] = {}
    for name, module in root.named_modules():
        if type(module).__name__ in targets:
            for child_name, child in module.named_modules():
                if isinstance(child, kinds):
                    found.setdefault(f"{name}.{child_name}" if child_name else name, child)
        elif isinstance(module, (nn.Linear, nn.Conv2d)) and any(re.match(p, name) for p in patterns):
            found.setdefault(name, module)
    return list(found.items())


def _is_conv3x3(layer: nn.Module) -> bool:
    return isinstance(layer, nn.Conv2d) and layer.kernel_size != (1, 1)


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
        text_encoder_2: nn.Module | None = None,
        namer: Callable[[str, str], str] = kohya_name,
        *,
        conv_dim: int = 0,
        conv_alpha: float = 1.0,
        dropout: float | None = None,
        rank_dropout: float | None = None,
        module_dropout: float | None = None,
        blocks: BlockPlan | None = None,
        lycoris: LycorisOptions | None = None,
    ) -> None:
        """*text_encoder_2* (SDXL) makes the text encoders' prefixes ``lora_te1`` / ``lora_te2``;
        *namer* maps (prefix, module path) to the key name (training.sdxl_names for SDXL).
        *shapes* (from a file) decide which modules exist and their ranks; otherwise *blocks* does for
        the U-Net, then *rank*/*alpha* for linears and *conv_dim*/*conv_alpha* for 3x3 convs."""
        super().__init__()
        self.rank = rank
        self.alpha = alpha
        self.blocks = blocks
        self.lycoris = lycoris
        self.te_names: list[str] = []
        self.unet_names: list[str] = []
        if lycoris is not None:
            te_targets, te_patterns, unet_targets, unet_patterns, conv_on = lycoris.targets()
        else:
            with_conv = bool(conv_dim) or (blocks is not None and blocks.conv_dims is not None) or shapes is not None
            te_targets, te_patterns, unet_patterns, conv_on = TE_TARGETS, (), (), True
            unet_targets = UNET_TARGETS + (UNET_CONV_TARGETS if with_conv else ())
        self._conv = (conv_dim, conv_alpha, conv_on)
        self._dropouts = (dropout, rank_dropout, module_dropout)
        two = text_encoder_2 is not None
        for prefix, model, targets, patterns, names in (
            (TE_PREFIX + ("1" if two else ""), text_encoder, te_targets, te_patterns, self.te_names),
            (TE_PREFIX + "2", text_encoder_2, te_targets, te_patterns, self.te_names),
            (UNET_PREFIX, unet, unet_targets, unet_patterns, self.unet_names),
        ):
            if model is None:
                continue
            for path, layer in _target_layers(model, targets, patterns, lycoris is not None and lycoris.train_norm):
                name = namer(prefix, path)
                shape = self._shape(name, layer, names is self.unet_names, shapes)
                if shape is None:
                    continue
                self.add_module(name, self._module(name, layer, *shape))
                names.append(name)
        if not self.te_names and not self.unet_names:
            raise ValueError("no layer to train: the model has no attention/feed-forward layers LoRA can adapt")
        if lycoris is not None and lycoris.algo == "dylora":
            self._register_state_dict_hook(_dylora_save_hook)
            self._register_load_state_dict_pre_hook(self._dylora_load_hook)

    def _dylora_load_hook(self, state: dict[str, torch.Tensor], prefix: str, *_: object) -> None:
        """Split a saved DyLoRA pair back into the library module's rank blocks (its own loader is a no-op)."""
        for name in [*self.te_names, *self.unet_names]:
            module, key = getattr(self, name), f"{prefix}{name}."
            if key + "lora_up.weight" not in state:
                continue
            up = state.pop(key + "lora_up.weight").flatten(1)
            down = state.pop(key + "lora_down.weight").flatten(1)
            for i in range(module.block_count):
                blocks = slice(i * module.block_size, (i + 1) * module.block_size)
                state[f"{key}up_list.{i}"] = up[:, blocks]
                state[f"{key}down_list.{i}"] = down[blocks]

    def _shape(
        self, name: str, layer: nn.Module, is_unet: bool, shapes: dict[str, ModuleShape] | None
    ) -> tuple[int, float] | None:
        """(rank, alpha) of the module on *layer*, None for no module (sd-scripts' and LyCORIS' rules)."""
        if shapes is not None:
            shape = shapes.get(name)
            return None if shape is None else (shape.rank, shape.alpha)
        if isinstance(layer, NORMS):  # a norm's module has no rank
            return 0, 0.0
        conv3x3 = _is_conv3x3(layer)
        if self.blocks is not None and is_unet:
            return self.blocks.shape(name, conv3x3)
        if not conv3x3:
            return self.rank, self.alpha
        conv_dim, conv_alpha, conv_on = self._conv
        if self.lycoris is not None:  # lycoris.kohya: conv_dim 0 means the linear rank and alpha
            return (conv_dim or self.rank, conv_alpha if conv_dim else self.alpha) if conv_on else None
        return (conv_dim, conv_alpha) if conv_dim else None

    def _module(self, name: str, layer: nn.Module, rank: int, alpha: float) -> nn.Module:
        dropout, rank_dropout, module_dropout = self._dropouts
        if self.lycoris is None:
            return LoRAModule(name, layer, rank, alpha, dropout, rank_dropout, module_dropout)
        from lycoris.wrapper import network_module_dict

        if isinstance(layer, NORMS):
            from lycoris.modules.norms import NormModule

            return NormModule(
                name,
                layer,
                1.0,
                rank_dropout or 0.0,
                module_dropout or 0.0,
                self.lycoris.rank_dropout_scale,
            )
        return network_module_dict[self.lycoris.algo](
            name,
            layer,
            1.0,
            rank,
            alpha,
            dropout or 0.0,
            rank_dropout or 0.0,
            module_dropout or 0.0,
            self.lycoris.use_tucker,
            **self.lycoris.module_kwargs(),
        )

    def lora_modules(self, names: Iterable[str]) -> list[nn.Module]:
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

    def param_groups(
        self, unet_lr: float, text_encoder_lr: float, text_encoder_2_lr: float | None = None
    ) -> list[dict[str, object]]:
        """Optimizer groups: text encoder(s) first, then U-Net (the order sd-scripts logs lrs in).

        SDXL's second text encoder gets its own group (``text_encoder_2``) only when its rate differs,
        so a run with one rate keeps one text-encoder group. With block lr weights the U-Net gets one
        group per block (``unet_IN04``...) at ``unet_lr * weight``, as sd-scripts'
        ``prepare_optimizer_params`` does."""
        groups: list[dict[str, object]] = []
        te2_names = [n for n in self.te_names if n.startswith(TE_PREFIX + "2_")]
        if te2_names and text_encoder_2_lr is not None and text_encoder_2_lr != text_encoder_lr:
            te1_names = [n for n in self.te_names if n not in te2_names]
            for names, lr, name in ((te1_names, text_encoder_lr, "text_encoder"),
                                    (te2_names, text_encoder_2_lr, "text_encoder_2")):
                params = [p for m in self.lora_modules(names) for p in m.parameters()]
                if params:
                    groups.append({"params": params, "lr": lr, "name": name})
        elif self.te_names:
            groups.append({"params": self.text_encoder_parameters(), "lr": text_encoder_lr, "name": "text_encoder"})
        if not self.unet_names:
            return groups
        if self.blocks is None or not self.blocks.has_lr_weights:
            groups.append({"params": self.unet_parameters(), "lr": unet_lr, "name": "unet"})
            return groups
        by_block: dict[int, list[str]] = {}
        for name in self.unet_names:
            by_block.setdefault(block_index(name), []).append(name)
        for idx in sorted(by_block):
            weight = self.blocks.lr_weight(by_block[idx][0])
            if weight == 0:
                continue
            params = [p for m in self.lora_modules(by_block[idx]) for p in m.parameters()]
            groups.append({"params": params, "lr": unet_lr * weight, "name": f"unet_{block_label(idx)}"})
        return groups

    @torch.no_grad()
    def apply_max_norm_regularization(self, max_norm: float) -> tuple[int, float, float]:
        """sd-scripts' ``scale_weight_norms`` after a step: (keys scaled, mean and max norm of the deltas).

        LyCORIS modules scale their own factors (their ``apply_max_norm``)."""
        scaled, norms = 0, []
        for module in self.lora_modules([*self.te_names, *self.unet_names]):
            was_scaled, norm = module.apply_max_norm(max_norm)
            if was_scaled is None:  # an algorithm without max-norm support
                continue
            scaled += int(bool(was_scaled))
            norms.append(float(norm))
        if not norms:
            return 0, 0.0, 0.0
        return scaled, sum(norms) / len(norms), max(norms)

    def load_kohya_state_dict(self, state: dict[str, torch.Tensor], source: str) -> None:
        """Load a kohya LoRA's tensors; shape mismatches and foreign keys are clear errors."""
        own = self.state_dict()
        unknown = sorted(k for k in state if k not in own)
        if unknown:
            kinds = {"hada_": "LoHa", "lokr_": "LoKr", "lora_down": "LoRA/LoCon"}
            kind = next((v for k, v in kinds.items() if f".{k}" in unknown[0]), None)
            hint = (
                f" It holds {kind} tensors: set the network (network_module, algo, conv_dim) to the kind that made it."
                if kind and not any(f".{k}" in key for key in own for k in kinds if kinds[k] == kind)
                else " Is it a LoRA for another model type, or were other layers (conv_dim, preset, blocks) trained?"
            )
            raise ValueError(
                f"{source}: {len(unknown)} key(s) do not match this network's layers (first: {unknown[0]}).{hint}"
            )
        for key, tensor in state.items():
            if tuple(tensor.shape) != tuple(own[key].shape):
                raise ValueError(
                    f"{source}: {key} has shape {tuple(tensor.shape)}, the network expects {tuple(own[key].shape)}. "
                    "Use the file's rank (dim_from_weights) or the same rank as the file."
                )
        self.load_state_dict(state, strict=False)
        for module in self.lora_modules([*self.te_names, *self.unet_names]):
            if hasattr(module, "alpha"):  # iA3 has no rank or alpha
                rank = module.rank if isinstance(module, LoRAModule) else module.lora_dim
                module.scale = float(module.alpha) / rank


def _dylora_save_hook(
    network: nn.Module, state: dict[str, torch.Tensor], prefix: str, _meta: object
) -> dict[str, torch.Tensor]:
    """The library's DyLoRA saves a conv's ``lora_up`` as a matrix; kohya files (and A1111/ComfyUI's
    loaders) want the (out, rank, 1, 1) conv weight that ``lora_down``'s 4 dimensions go with."""
    for key in [k for k in state if k.startswith(prefix) and k.endswith(".lora_up.weight")]:
        down = state[key[: -len("lora_up.weight")] + "lora_down.weight"]
        if down.dim() == 4 and state[key].dim() == 2:
            state[key] = state[key][..., None, None]
    return state


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
