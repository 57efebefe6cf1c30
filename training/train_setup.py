"""A run's setup before its loop: where its files go, the device, the LoRA network and the models' precision."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from safetensors import SafetensorError

from dataprep.jobs import JobError
from dataprep.phrases import Phrase
from training.config import TrainConfig
from training.fp8 import move_keeping_fp8
from training.lora import TE_PREFIX, UNET_PREFIX, LoRANetwork, read_lora_file, shapes_from_weights
from training.memory import allow_fp16_gradients, use_xformers
from training.models import SDModel
from training.network_args import network_kwargs
from training.sdxl_names import lora_namer
from training.unet_speedups import block_checkpoint, norms_in_input_dtype


@dataclass
class RunPaths:
    run_dir: Path
    output_dir: Path
    logging_dir: Path | None
    train_dir: Path
    reg_dir: Path | None
    latent_cache_dir: Path | None


def latent_cache_dir_for(train_dir: Path) -> Path:
    """The project's ``.danlu/latents`` when the images belong to a Danlu project, else one beside them."""
    for folder in [train_dir, *train_dir.parents]:
        if (folder / "danlu.toml").is_file():
            return folder / ".danlu" / "latents"
    return train_dir / ".danlu" / "latents"


def pick_device() -> torch.device:
    """The GPU when there is one; fp32 matmuls (the LoRA's own) may use TF32."""
    if not torch.cuda.is_available():
        return torch.device("cpu")
    torch.backends.cuda.matmul.allow_tf32 = True
    torch.backends.cudnn.allow_tf32 = True
    return torch.device("cuda")


def weight_dtype(mixed_precision: str) -> torch.dtype:
    """The dtype the frozen model weights are kept in for a run's mixed precision."""
    return {"fp16": torch.float16, "bf16": torch.bfloat16}.get(mixed_precision, torch.float32)


def build_network(
    cfg: TrainConfig, model: SDModel, resolve: Callable[[str | os.PathLike[str]], Path], resuming: bool
) -> LoRANetwork:
    """The LoRA wrapped around the trained parts; network_weights starts it from a file (a resumed run's state
    brings its own weights)."""
    net_cfg = cfg.network
    unet = model.unet if cfg.train_unet else None
    te = model.text_encoder if cfg.train_text_encoder else None
    te2 = model.text_encoder_2 if cfg.train_text_encoder else None
    state = None
    shapes = None
    if net_cfg.network_weights and not resuming:
        source = resolve(net_cfg.network_weights)
        try:
            state = read_lora_file(source)
        except (ValueError, FileNotFoundError) as exc:
            raise JobError("config", str(exc), Phrase("Fix network.network_weights.")) from exc
        except SafetensorError as exc:  # a torn copy or an unfinished download
            raise JobError(
                "io", Phrase("{path}: not a readable LoRA file ({error}).", path=str(source), error=str(exc)),
                Phrase("The file is damaged or incomplete: copy or download it again, or clear "
                       "network.network_weights."),
            ) from exc
        if net_cfg.dim_from_weights:
            shapes = shapes_from_weights(state)
    network = LoRANetwork(
        unet,
        te,
        net_cfg.network_dim,
        net_cfg.network_alpha,
        shapes,
        text_encoder_2=te2,
        namer=lora_namer(model),
        **network_kwargs(net_cfg),
    )
    if state is not None:
        # the keys of a part this run does not train are left out; any other key must fit the network, so a LoRA
        # of another model type (SDXL on SD 1.x) or a file that is no LoRA is refused, never silently skipped
        untrained = tuple(p for p, on in ((TE_PREFIX, cfg.train_text_encoder), (UNET_PREFIX, cfg.train_unet)) if not on)
        wanted = {k: v for k, v in state.items() if not k.startswith(untrained)}
        if not wanted:
            raise JobError(
                "config",
                Phrase("{path}: holds no LoRA weights for the U-Net or text encoder that this run trains.",
                       path=str(source)),
                Phrase("Pick a LoRA trained on these parts, or clear network.network_weights."),
            )
        try:
            network.load_kohya_state_dict(wanted, str(net_cfg.network_weights))
        except ValueError as exc:
            hint = Phrase("Use a LoRA made for this base model and network kind; for another rank, match network_dim "
                          "to the file or tick dim_from_weights.")
            raise JobError("config", str(exc), hint) from exc
    network.apply_to()
    return network


def prepare_models(cfg: TrainConfig, model: SDModel, device: torch.device, dtype: torch.dtype, save_rng: bool = True
                   ) -> Callable[..., Any] | None:
    """The U-Net and text encoders on the device in *dtype*, with the attention, norms and checkpointing chosen;
    returns the function the U-Net's checkpointed blocks run through (None without checkpointing).

    *save_rng* off for CUDA graphs: a capture cannot read the RNG state (nothing random runs in a block then)."""
    prec = cfg.precision
    for part in (model.unet, *model.text_encoders):
        move_keeping_fp8(part, device, dtype)
    if prec.xformers:
        use_xformers(model.unet)
    elif not prec.sdpa:
        from diffusers.models.attention_processor import AttnProcessor

        model.unet.set_attn_processor(AttnProcessor())
    if prec.norms_16bit and dtype != torch.float32:
        norms_in_input_dtype(model.unet)
    checkpointing = None
    if prec.gradient_checkpointing:
        checkpointing = block_checkpoint(prec.selective_checkpointing, save_rng)
        model.unet.enable_gradient_checkpointing(checkpointing)
        model.unet.train()
        if cfg.train_text_encoder:
            kwargs = {"use_reentrant": False}  # frozen embeddings: reentrant checkpoints would drop LoRA grads
            for te in model.text_encoders:
                if hasattr(te, "activation_checkpointing_enable"):  # transformers 5
                    te.activation_checkpointing_enable(activation_checkpointing_kwargs=kwargs)
                else:
                    te.gradient_checkpointing_enable(gradient_checkpointing_kwargs=kwargs)
                te.train()
    return checkpointing


def full_precision_lora(
    cfg: TrainConfig, network: LoRANetwork, mixed_precision: str, accelerator: Any, warn: Callable[[str], None]
) -> None:
    """full_fp16 / full_bf16: the LoRA's weights (so its gradients and optimizer state) in 16 bit."""
    prec = cfg.precision
    if prec.full_fp16 and mixed_precision != "fp16":
        warn(Phrase("precision.full_fp16 needs fp16 on a CUDA GPU; the LoRA stays in 32 bit."))
    elif prec.full_fp16:
        network.to(torch.float16)
        allow_fp16_gradients(accelerator)
    elif prec.full_bf16:
        network.to(torch.bfloat16)
