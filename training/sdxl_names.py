"""SDXL LoRA key names as sd-scripts writes them: SGM (original Stability) U-Net block names.

sd-scripts trains SDXL on its own U-Net whose modules carry the original checkpoint's names
(``input_blocks.4.1.transformer_blocks.0.attn1.to_q``), so its LoRAs say
``lora_unet_input_blocks_4_1_...``; A1111 and Forge map diffusers-style SDXL names
(``lora_unet_down_blocks_1_attentions_0_...``) wrongly, so Danlu writes the SGM ones. The text
encoders are ``lora_te1_`` (CLIP-L) and ``lora_te2_`` (OpenCLIP bigG).

Block numbering with L = layers_per_block (2 in SDXL): ``input_blocks.0`` is conv_in, then each
down level has L resnet(+attention) blocks and one downsampler, so ``down_blocks.i`` layer j is
``input_blocks.(L+1)·i + j + 1``; each up level has L+1 layers, ``up_blocks.i`` layer j is
``output_blocks.(L+1)·i + j``; in a block, index 0 is the resnet and 1 the attention; the middle
block is resnet 0, attention 1, resnet 2. A down level's sampler is ``input_blocks.(L+1)·(i+1).0.op``,
an up level's is index 2 of its last block (every SDXL level that upsamples has attention). Inside a
resnet the original names are ``in_layers.2`` (conv1), ``out_layers.3`` (conv2), ``emb_layers.1`` and
``skip_connection`` (these matter with conv LoRA, LoCon). diffusers' kohya loader inverts exactly this.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from training.lora import kohya_name
from training.models import SDModel

_DOWN = re.compile(r"^down_blocks\.(\d+)\.(attentions|resnets)\.(\d+)\.(.+)$")
_UP = re.compile(r"^up_blocks\.(\d+)\.(attentions|resnets)\.(\d+)\.(.+)$")
_MID = re.compile(r"^mid_block\.(attentions|resnets)\.(\d+)\.(.+)$")
_DOWNSAMPLER = re.compile(r"^down_blocks\.(\d+)\.downsamplers\.0\.conv$")
_UPSAMPLER = re.compile(r"^up_blocks\.(\d+)\.upsamplers\.0\.conv$")
_INNER = {"resnets": 0, "attentions": 1}
_RESNET = {"conv1": "in_layers.2", "conv2": "out_layers.3", "time_emb_proj": "emb_layers.1"}
_RESNET.update(conv_shortcut="skip_connection")


def _inner(kind: str, rest: str) -> str:
    return f"{_INNER[kind]}.{_RESNET.get(rest, rest) if kind == 'resnets' else rest}"


def sgm_module_path(path: str, layers_per_block: int) -> str:
    """The original (SGM/LDM) U-Net module path of a diffusers U-Net module path."""
    step = layers_per_block + 1
    if m := _DOWN.match(path):
        level, kind, layer, rest = int(m[1]), m[2], int(m[3]), m[4]
        return f"input_blocks.{step * level + layer + 1}.{_inner(kind, rest)}"
    if m := _UP.match(path):
        level, kind, layer, rest = int(m[1]), m[2], int(m[3]), m[4]
        return f"output_blocks.{step * level + layer}.{_inner(kind, rest)}"
    if m := _MID.match(path):
        kind, layer, rest = m[1], int(m[2]), m[3]
        inner = rest if kind == "attentions" else _RESNET.get(rest, rest)
        return f"middle_block.{1 if kind == 'attentions' else 2 * layer}.{inner}"
    if m := _DOWNSAMPLER.match(path):
        return f"input_blocks.{step * (int(m[1]) + 1)}.0.op"
    if m := _UPSAMPLER.match(path):
        return f"output_blocks.{step * int(m[1]) + layers_per_block}.2.conv"
    raise ValueError(f"no SGM name for U-Net module {path!r}: only down/mid/up block layers get a LoRA")


def sdxl_lora_namer(layers_per_block: int) -> Callable[[str, str], str]:
    """A ``(prefix, module path) -> kohya name`` function for training.lora.LoRANetwork on SDXL."""

    def name(prefix: str, module_path: str) -> str:
        if prefix == "lora_unet":
            module_path = sgm_module_path(module_path, layers_per_block)
        return kohya_name(prefix, module_path)

    return name


def lora_namer(model: SDModel) -> Callable[[str, str], str]:
    """The LoRA key naming for *model*: SGM names for SDXL, diffusers paths (kohya's SD 1.x/2.x names) else."""
    if not model.is_sdxl:
        return kohya_name
    return sdxl_lora_namer(int(model.unet.config.layers_per_block))
