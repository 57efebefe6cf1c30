"""Test kit: write a diffusers SD 1.x folder as an original-layout (LDM) single-file checkpoint.

Only what the tiny test models need (the inverse of diffusers' single-file conversion), so the
single-file loading path can be tested without downloading a checkpoint.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

RES = {
    "norm1": "in_layers.0",
    "conv1": "in_layers.2",
    "time_emb_proj": "emb_layers.1",
    "norm2": "out_layers.0",
    "conv2": "out_layers.3",
    "conv_shortcut": "skip_connection",
}


def unet_to_ldm(sd, cfg):
    lpb = cfg["layers_per_block"]
    n = len(cfg["block_out_channels"])
    out = {}

    def res(prefix_src, prefix_dst):
        for k, v in sd.items():
            if k.startswith(prefix_src + "."):
                rest = k[len(prefix_src) + 1 :]
                name, tail = rest.split(".", 1)
                out[f"{prefix_dst}.{RES[name]}.{tail}"] = v

    def copy(prefix_src, prefix_dst):
        for k, v in sd.items():
            if k.startswith(prefix_src + "."):
                out[prefix_dst + k[len(prefix_src) :]] = v

    copy("time_embedding.linear_1", "time_embed.0")
    copy("time_embedding.linear_2", "time_embed.2")
    copy("conv_in", "input_blocks.0.0")
    for i in range(n):
        for j in range(lpb):
            idx = 1 + i * (lpb + 1) + j
            res(f"down_blocks.{i}.resnets.{j}", f"input_blocks.{idx}.0")
            copy(f"down_blocks.{i}.attentions.{j}", f"input_blocks.{idx}.1")
        copy(f"down_blocks.{i}.downsamplers.0.conv", f"input_blocks.{(i + 1) * (lpb + 1)}.0.op")
    res("mid_block.resnets.0", "middle_block.0")
    copy("mid_block.attentions.0", "middle_block.1")
    res("mid_block.resnets.1", "middle_block.2")
    for i in range(n):
        has_attn = any(k.startswith(f"up_blocks.{i}.attentions.") for k in sd)
        for j in range(lpb + 1):
            idx = i * (lpb + 1) + j
            res(f"up_blocks.{i}.resnets.{j}", f"output_blocks.{idx}.0")
            copy(f"up_blocks.{i}.attentions.{j}", f"output_blocks.{idx}.1")
        copy(f"up_blocks.{i}.upsamplers.0.conv", f"output_blocks.{i * (lpb + 1) + lpb}.{2 if has_attn else 1}.conv")
    copy("conv_norm_out", "out.0")
    copy("conv_out", "out.2")
    assert len(out) == len(sd), "a U-Net key has no LDM name"
    return {"model.diffusion_model." + k: v for k, v in out.items()}


VRES = {"norm1": "norm1", "conv1": "conv1", "norm2": "norm2", "conv2": "conv2", "conv_shortcut": "nin_shortcut"}
ATT = {"group_norm": "norm", "to_q": "q", "to_k": "k", "to_v": "v", "to_out.0": "proj_out"}


def vae_to_ldm(sd, cfg):
    n = len(cfg["block_out_channels"])
    out = {}
    for k, v in sd.items():
        m = re.match(
            r"(encoder|decoder)\.(down_blocks|up_blocks)\.(\d+)\.(resnets\.(\d+)\.(\w+)|(downsamplers|upsamplers)\.0\.conv)\.(weight|bias)$",
            k,
        )
        if m:
            part, kind, i = m.group(1), m.group(2), int(m.group(3))
            li = i if kind == "down_blocks" else n - 1 - i
            lname = "down" if kind == "down_blocks" else "up"
            if m.group(5) is not None:
                out[f"{part}.{lname}.{li}.block.{m.group(5)}.{VRES[m.group(6)]}.{m.group(8)}"] = v
            else:
                out[
                    f"{part}.{lname}.{li}.{'downsample' if kind == 'down_blocks' else 'upsample'}.conv.{m.group(8)}"
                ] = v
            continue
        m = re.match(
            r"(encoder|decoder)\.mid_block\.(resnets\.(\d)\.(\w+)|attentions\.0\.(group_norm|to_q|to_k|to_v|to_out\.0))\.(weight|bias)$",
            k,
        )
        if m:
            part = m.group(1)
            if m.group(3) is not None:
                out[f"{part}.mid.block_{int(m.group(3)) + 1}.{VRES[m.group(4)]}.{m.group(6)}"] = v
            else:
                vv = v[:, :, None, None] if (m.group(6) == "weight" and m.group(5) != "group_norm") else v
                out[f"{part}.mid.attn_1.{ATT[m.group(5)]}.{m.group(6)}"] = vv
            continue
        k2 = k.replace("conv_norm_out", "norm_out")
        out[k2] = v
    return {"first_stage_model." + k: v for k, v in out.items()}


def te_to_ldm(sd):
    return {
        "cond_stage_model.transformer." + (k if k.startswith("text_model.") else "text_model." + k): v
        for k, v in sd.items()
    }


def ldm_state_dict(model_dir: Path) -> dict[str, torch.Tensor]:
    u = load_file(str(model_dir / "unet" / "diffusion_pytorch_model.safetensors"))
    v = load_file(str(model_dir / "vae" / "diffusion_pytorch_model.safetensors"))
    t = load_file(str(model_dir / "text_encoder" / "model.safetensors"))
    ucfg = json.loads((model_dir / "unet" / "config.json").read_text())
    vcfg = json.loads((model_dir / "vae" / "config.json").read_text())
    return {**unet_to_ldm(u, ucfg), **vae_to_ldm(v, vcfg), **te_to_ldm(t)}


def write_ldm(model_dir: Path, dest: Path) -> Path:
    save_file({k: x.contiguous() for k, x in ldm_state_dict(model_dir).items()}, str(dest))
    return dest


def te2_to_openclip(sd: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """SDXL's text_encoder_2 in the OpenCLIP layout of an SGM checkpoint (diffusers' own map, inverted)."""
    from diffusers.loaders.single_file_utils import DIFFUSERS_TO_LDM_MAPPING

    maps = DIFFUSERS_TO_LDM_MAPPING["openclip"]
    prefix = "conditioner.embedders.1.model."
    sd = {k if k.startswith(("text_model.", "text_projection")) else "text_model." + k: v for k, v in sd.items()}
    out = {}
    for key, value in sd.items():
        if key in maps["layers"]:
            out[prefix + maps["layers"][key]] = value.T if key == "text_projection.weight" else value
        elif not re.search(r"\.self_attn\.[qkv]_proj\.", key):
            name = key
            for new, old in maps["transformer"].items():
                name = name.replace(new, old)
            out[prefix + "transformer." + name] = value
    for layer in {k.split(".self_attn.")[0] for k in sd if ".self_attn.q_proj." in k}:
        name = layer.replace("text_model.encoder.layers.", "resblocks.")
        for kind in ("weight", "bias"):
            qkv = [sd[f"{layer}.self_attn.{x}_proj.{kind}"] for x in "qkv"]
            out[f"{prefix}transformer.{name}.attn.in_proj_{kind}"] = torch.cat(qkv)
    return out


def write_sgm(model_dir: Path, dest: Path) -> Path:
    """An SDXL diffusers folder as an SGM single-file checkpoint (sd_xl_base_1.0.safetensors' layout)."""
    u = load_file(str(model_dir / "unet" / "diffusion_pytorch_model.safetensors"))
    label = {k: u.pop(k) for k in list(u) if k.startswith("add_embedding.")}
    ucfg = json.loads((model_dir / "unet" / "config.json").read_text())
    unet = unet_to_ldm(u, ucfg)
    for k, v in label.items():
        unet["model.diffusion_model." + k.replace("add_embedding.linear_1", "label_emb.0.0").replace(
            "add_embedding.linear_2", "label_emb.0.2")] = v
    v = load_file(str(model_dir / "vae" / "diffusion_pytorch_model.safetensors"))
    vcfg = json.loads((model_dir / "vae" / "config.json").read_text())
    t1 = load_file(str(model_dir / "text_encoder" / "model.safetensors"))
    te1 = {k.replace("cond_stage_model.", "conditioner.embedders.0.", 1): x for k, x in te_to_ldm(t1).items()}
    te2 = te2_to_openclip(load_file(str(model_dir / "text_encoder_2" / "model.safetensors")))
    state = {**unet, **vae_to_ldm(v, vcfg), **te1, **te2}
    save_file({k: x.contiguous() for k, x in state.items()}, str(dest))
    return dest
