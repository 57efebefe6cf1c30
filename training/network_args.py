"""sd-scripts' ``network_args`` for SD 1.x/2.x LoRA: block-wise dims, alphas and learning-rate weights.

The U-Net is cut into 25 blocks as ``networks/lora.py`` cuts it: IN00-IN11 (block 0 is ``conv_in``,
which carries no LoRA), MID and OUT00-OUT11. ``block_dims`` and friends give one value per block; a
block whose dim is 0 or whose learning-rate weight is 0 gets no module at all. The parsing, the
presets (``cosine``, ``sine``, ``linear``, ``reverse_linear``, ``zeros`` with ``+base``) and the
index arithmetic follow sd-scripts, so a parameter set copied from a kohya run builds the same
network. :func:`network_args` writes the settings back as the ``ss_network_args`` JSON object.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dataprep.phrases import Phrase, names

if TYPE_CHECKING:
    from training.config import NetworkSection

NUM_OF_BLOCKS = 12  # IN00-IN11 and OUT00-OUT11 of the full SD 1.x U-Net
NUM_BLOCK_VALUES = NUM_OF_BLOCKS * 2 + 1  # + MID
LR_PRESETS = ("cosine", "sine", "linear", "reverse_linear", "zeros")
LYCORIS_ALGOS = ("locon", "loha", "lokr", "ia3", "dylora")
LYCORIS_PRESETS = (
    "full",
    "full-lin",
    "attn-mlp",
    "attn-only",
    "unet-only",
    "unet-transformer-only",
    "unet-convblock-only",
)
RE_UPDOWN = re.compile(r"(up|down)_blocks_(\d+)_(resnets|upsamplers|downsamplers|attentions)_(\d+)_")


def block_index(lora_name: str) -> int:
    """The 25-block index of a U-Net LoRA module name (sd-scripts' ``get_block_index``); -1 outside the blocks."""
    m = RE_UPDOWN.search(lora_name)
    if m:
        kind, i, j = m.group(3), int(m.group(2)), int(m.group(4))
        idx = 3 * i + 2 if kind in ("upsamplers", "downsamplers") else 3 * i + j
        return 1 + idx if m.group(1) == "down" else NUM_OF_BLOCKS + 1 + idx
    if "mid_block_" in lora_name:
        return NUM_OF_BLOCKS
    return -1


def block_label(index: int) -> str:
    """IN00..IN11, MID, OUT00..OUT11: the names block-weight tools use."""
    if index < NUM_OF_BLOCKS:
        return f"IN{index:02d}"
    return "MID" if index == NUM_OF_BLOCKS else f"OUT{index - NUM_OF_BLOCKS - 1:02d}"


def _numbers(key: str, text: str, count: int | None, cast: type) -> list:
    """Comma-separated numbers; an empty item is 0 as in sd-scripts."""
    try:
        values = [cast(s) if s.strip() else cast(0) for s in text.split(",")]
    except ValueError:
        raise ValueError(f"network.{key} = {text!r} must be comma-separated numbers.") from None
    if count is not None and len(values) != count:
        raise ValueError(f"network.{key} has {len(values)} values; it needs {count} (IN00-IN11, MID, OUT00-OUT11).")
    if any(v < 0 for v in values):
        raise ValueError(f"network.{key} = {text!r}: values must not be negative.")
    return values


def lr_weights(key: str, text: str, threshold: float) -> list[float] | None:
    """12 down or up lr weights from a list or a preset (``sine+0.5``), as sd-scripts' ``get_block_lr_weight``.

    Short lists are padded with 1, long ones cut; weights at or below *threshold* become 0.
    """
    if not text:
        return None
    if "," in text:
        values = _numbers(key, text, None, float)
    else:
        name, _, base = text.partition("+")
        try:
            base_lr = float(base) if base else 0.0
        except ValueError:
            raise ValueError(f"network.{key} = {text!r}: the part after '+' must be a number.") from None
        n = NUM_OF_BLOCKS
        presets = {
            "cosine": [math.sin(math.pi * (i / (n - 1)) / 2) + base_lr for i in reversed(range(n))],
            "sine": [math.sin(math.pi * (i / (n - 1)) / 2) + base_lr for i in range(n)],
            "linear": [i / (n - 1) + base_lr for i in range(n)],
            "reverse_linear": [i / (n - 1) + base_lr for i in reversed(range(n))],
            "zeros": [base_lr] * n,
        }
        if name not in presets:
            raise ValueError(
                f"network.{key} = {text!r} is neither 12 comma-separated weights nor one of "
                f"{', '.join(LR_PRESETS)} (optionally '+base')."
            )
        values = presets[name]
    values = (values + [1.0] * NUM_OF_BLOCKS)[:NUM_OF_BLOCKS]
    return [w if w > threshold else 0.0 for w in values]


@dataclass(frozen=True)
class BlockPlan:
    """Per-block dims/alphas (linear and conv) and lr weights; None where a setting is not block-wise."""

    dims: list[int]
    alphas: list[float]
    conv_dims: list[int] | None
    conv_alphas: list[float] | None
    down_lr: list[float] | None
    mid_lr: float | None
    up_lr: list[float] | None

    @property
    def has_lr_weights(self) -> bool:
        return self.down_lr is not None or self.mid_lr is not None or self.up_lr is not None

    def lr_weight(self, lora_name: str) -> float:
        """sd-scripts' ``get_lr_weight``: 1 where no weight is given."""
        idx = block_index(lora_name)
        if idx < 0:
            return 1.0
        if idx < NUM_OF_BLOCKS:
            return self.down_lr[idx] if self.down_lr is not None else 1.0
        if idx == NUM_OF_BLOCKS:
            return self.mid_lr if self.mid_lr is not None else 1.0
        return self.up_lr[idx - NUM_OF_BLOCKS - 1] if self.up_lr is not None else 1.0

    def shape(self, lora_name: str, is_conv3x3: bool) -> tuple[int, float] | None:
        """(dim, alpha) of one U-Net module, or None when its block has none."""
        idx = block_index(lora_name)
        if is_conv3x3:
            if self.conv_dims is None or self.conv_alphas is None:
                return None
            dim, alpha = self.conv_dims[idx], self.conv_alphas[idx]
        else:
            dim, alpha = self.dims[idx], self.alphas[idx]
        return (dim, alpha) if dim > 0 else None


def block_plan(net: NetworkSection) -> BlockPlan | None:
    """The block-wise plan of *net*, or None when no block setting is used. ValueError names a bad setting."""
    down = lr_weights("down_lr_weight", net.down_lr_weight, net.block_lr_zero_threshold)
    up = lr_weights("up_lr_weight", net.up_lr_weight, net.block_lr_zero_threshold)
    mid = net.mid_lr_weight
    if mid is not None and mid <= net.block_lr_zero_threshold:
        mid = 0.0
    if not net.block_dims and down is None and up is None and mid is None:
        if net.block_alphas or net.conv_block_dims or net.conv_block_alphas:
            raise ValueError(
                "network.block_alphas / conv_block_dims / conv_block_alphas act only together with "
                "network.block_dims or block lr weights (as in sd-scripts); set block_dims too."
            )
        return None
    n = NUM_BLOCK_VALUES
    dims = _numbers("block_dims", net.block_dims, n, int) if net.block_dims else [net.network_dim] * n
    alphas = _numbers("block_alphas", net.block_alphas, n, float) if net.block_alphas else [net.network_alpha] * n
    conv_dims: list[int] | None = None
    conv_alphas: list[float] | None = None
    if net.conv_block_dims:
        conv_dims = _numbers("conv_block_dims", net.conv_block_dims, n, int)
        conv_alphas = (
            _numbers("conv_block_alphas", net.conv_block_alphas, n, float)
            if net.conv_block_alphas
            else [net.conv_alpha] * n
        )
    elif net.conv_dim:
        conv_dims, conv_alphas = [net.conv_dim] * n, [net.conv_alpha] * n
    # a block without learning rate gets no module (sd-scripts' remove_block_dims_and_alphas)
    weights = [*(down or [1.0] * NUM_OF_BLOCKS), 1.0 if mid is None else mid, *(up or [1.0] * NUM_OF_BLOCKS)]
    for i, w in enumerate(weights):
        if w == 0:
            dims[i] = 0
            if conv_dims is not None:
                conv_dims[i] = 0
    return BlockPlan(dims, alphas, conv_dims, conv_alphas, down, mid, up)


@dataclass(frozen=True)
class LycorisOptions:
    """``network_module = lycoris.kohya``: the algorithm, the preset of targets and the module options
    (Tucker for convs, DoRA, a trainable scalar, rescaled rank dropout, DyLoRA's block size, norm layers)."""

    algo: str
    preset: str = "full"
    use_tucker: bool = False
    dora_wd: bool = False
    use_scalar: bool = False
    rank_dropout_scale: bool = False
    block_size: int = 4
    train_norm: bool = False

    def module_kwargs(self) -> dict[str, Any]:
        """The library module's keyword options (its names)."""
        kwargs: dict[str, Any] = {
            "use_scalar": self.use_scalar,
            "rank_dropout_scale": self.rank_dropout_scale,
            "weight_decompose": self.dora_wd,
        }
        if self.algo == "dylora":
            kwargs["block_size"] = self.block_size
        return kwargs

    def targets(self) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]:
        """(text encoder classes, text encoder names, U-Net classes, U-Net names, convs on) of the preset."""
        from lycoris.config import PRESET

        p = PRESET[self.preset]
        return (
            tuple(p.get("text_encoder_target_module", ())),
            tuple(p.get("text_encoder_target_name", ())),
            tuple(p.get("unet_target_module", ())),
            tuple(p.get("unet_target_name", ())),
            bool(p.get("enable_conv", True)),
        )


def network_kwargs(net: NetworkSection) -> dict[str, Any]:
    """The keyword arguments of ``training.lora.LoRANetwork`` for these settings (validated before)."""
    lycoris = net.network_module == "lycoris.kohya"
    return {
        "conv_dim": net.conv_dim,
        "conv_alpha": net.conv_alpha,
        "dropout": net.network_dropout,
        "rank_dropout": net.rank_dropout,
        "module_dropout": net.module_dropout,
        "blocks": None if lycoris else block_plan(net),
        "lycoris": LycorisOptions(
            net.algo,
            net.preset,
            net.use_tucker,
            net.dora_wd,
            net.use_scalar,
            net.rank_dropout_scale,
            net.dylora_block_size,
            net.train_norm,
        )
        if lycoris
        else None,
    }


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def network_args(net: NetworkSection) -> dict[str, str]:
    """``--network_args`` as a kohya run with these settings passes them: ``ss_network_args`` (all strings)."""
    args: dict[str, str] = {}
    if net.network_module == "lycoris.kohya":
        args["algo"] = net.algo
        args["preset"] = net.preset
        for key, arg in (
            ("use_tucker", "use_tucker"),
            ("dora_wd", "dora_wd"),
            ("use_scalar", "use_scalar"),
            ("rank_dropout_scale", "rank_dropout_scale"),
            ("train_norm", "train_norm"),
        ):
            if getattr(net, key):
                args[arg] = "True"
        if net.algo == "dylora":
            args["block_size"] = str(net.dylora_block_size)
    if net.conv_dim:
        args["conv_dim"] = str(net.conv_dim)
        args["conv_alpha"] = _fmt(net.conv_alpha)
    if net.rank_dropout:
        args["rank_dropout"] = str(net.rank_dropout)
    if net.module_dropout:
        args["module_dropout"] = str(net.module_dropout)
    for key in ("down_lr_weight", "up_lr_weight", "block_dims", "block_alphas", "conv_block_dims", "conv_block_alphas"):
        if getattr(net, key):
            args[key] = getattr(net, key)
    if net.mid_lr_weight is not None:
        args["mid_lr_weight"] = _fmt(net.mid_lr_weight)
    if net.block_lr_zero_threshold:
        args["block_lr_zero_threshold"] = str(net.block_lr_zero_threshold)
    return args


BLOCK_KEYS = (
    "down_lr_weight",
    "mid_lr_weight",
    "up_lr_weight",
    "block_dims",
    "block_alphas",
    "conv_block_dims",
    "conv_block_alphas",
)


def network_errors(net: NetworkSection) -> list[str]:
    """Network settings that cannot work together, as config validation messages."""
    errors: list[str] = []
    if net.network_module == "lycoris.kohya":
        used = [f"network.{k}" for k in BLOCK_KEYS if getattr(net, k) not in ("", None)]
        if used:
            errors.append(Phrase(
                "{options}: block-wise settings work with network_module 'networks.lora' only (LyCORIS' kohya "
                "module has none). Clear them or switch to networks.lora.", options=names(used)
            ))
        if net.network_dropout and net.algo in ("loha", "lokr", "ia3", "dylora"):
            errors.append(Phrase(
                "network.network_dropout is not implemented by LyCORIS {algo}: clear it or use rank_dropout / "
                "module_dropout.", algo=net.algo
            ))
        if net.rank_dropout and net.algo in ("ia3", "dylora"):
            errors.append(Phrase(
                "network.rank_dropout is not implemented by LyCORIS {algo}: clear it or use module_dropout.",
                algo=net.algo,
            ))
        if net.scale_weight_norms and net.algo in ("ia3", "dylora"):
            errors.append(Phrase(
                "network.scale_weight_norms: LyCORIS {algo} has no max-norm step; clear it or use locon/loha/lokr.",
                algo=net.algo,
            ))
        if net.dora_wd and net.algo not in ("locon", "loha", "lokr"):
            errors.append(Phrase("network.dora_wd works with algo locon, loha or lokr, not {algo}.", algo=net.algo))
        if net.use_scalar and net.algo not in ("locon", "loha", "lokr"):
            errors.append(Phrase("network.use_scalar has no effect with algo {algo}: clear it.", algo=net.algo))
        if net.rank_dropout_scale and not net.rank_dropout:
            errors.append(Phrase("network.rank_dropout_scale rescales rank dropout: set network.rank_dropout too."))
        if net.algo == "dylora":
            ranks = (("network_dim", net.network_dim), ("conv_dim", net.conv_dim))
            bad = [f"network.{k} {v}" for k, v in ranks if v % net.dylora_block_size]
            if bad:
                errors.append(Phrase(
                    "{ranks}: DyLoRA needs ranks that are multiples of dylora_block_size ({size}); change the rank "
                    "or the block size.", ranks=names(bad), size=net.dylora_block_size
                ))
        if net.dim_from_weights:
            errors.append(Phrase(
                "network.dim_from_weights reads LoRA/LoCon ranks; for a LyCORIS file set network_dim, conv_dim "
                "and the algorithm of the run that made it."
            ))
        return errors
    try:
        block_plan(net)
    except ValueError as exc:
        errors.append(str(exc))
    return errors
