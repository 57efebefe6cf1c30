"""The header of a saved LoRA: sd-scripts' ``ss_*`` training record and the SAI ``modelspec.*`` keys.

Model sites, A1111's "training info" panel and LoRA managers read these; the names and value
formats (all strings, JSON for the nested ones) follow sd-scripts' ``train_network.py``.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from training.config import TrainConfig
from training.network_args import network_args

SPEC_VERSION = "1.0.0"


@dataclass
class DatasetSummary:
    """What the dataset contributes to the metadata (filled by training.data)."""

    num_train_images: int = 0
    num_reg_images: int = 0
    num_batches_per_epoch: int = 0
    dataset_dirs: dict[str, dict[str, int]] = field(default_factory=dict)  # folder -> n_repeats, img_count
    reg_dataset_dirs: dict[str, dict[str, int]] = field(default_factory=dict)
    tag_frequency: dict[str, Counter[str]] = field(default_factory=dict)  # folder -> tag -> count
    buckets: dict[str, dict[str, Any]] = field(default_factory=dict)  # index -> {resolution, count}
    mean_ar_error: float = 0.0


@dataclass
class ModelFacts:
    """The base model's identity as the metadata records it."""

    name: str
    v2: bool
    v_parameterization: bool
    vae_name: str | None = None
    sdxl: bool = False


SDXL_BASE_VERSION = "sdxl_base_v1-0"
SDXL_ARCHITECTURE = "stable-diffusion-xl-v1-base/lora"
IMPL_STABILITY_AI = "https://github.com/Stability-AI/generative-models"  # sai_model_spec's for SDXL LoRAs


def base_model_version(v2: bool, v_pred: bool, sdxl: bool = False) -> str:
    """sd-scripts' ``ss_base_model_version``: sd_v1, sd_v2, sd_v2_v, sd_v1_v, or sdxl_base_v1-0."""
    if sdxl:
        return SDXL_BASE_VERSION
    return "sd" + ("_v2" if v2 else "_v1") + ("_v" if v_pred else "")


def architecture(v2: bool, v_pred: bool, sdxl: bool = False) -> str:
    if sdxl:
        return SDXL_ARCHITECTURE
    if not v2:
        return "stable-diffusion-v1/lora"
    return "stable-diffusion-v2-768-v/lora" if v_pred else "stable-diffusion-v2-512/lora"


def _s(value: Any) -> str:
    return "None" if value is None else str(value)


def static_metadata(
    cfg: TrainConfig,
    model: ModelFacts,
    data: DatasetSummary,
    *,
    total_steps: int,
    num_epochs: int,
    started_at: float,
    seed: int,
    session_id: str | None = None,
) -> dict[str, str]:
    """The keys fixed for the whole run (sd-scripts writes them once and adds the progress per save)."""
    ds, net, opt, sch = cfg.dataset, cfg.network, cfg.optimizer, cfg.schedule
    loss, noise = cfg.loss, cfg.noise
    width, height = cfg.resolution_wh
    optimizer = opt.optimizer_type + (f"({', '.join(opt.optimizer_args)})" if opt.optimizer_args else "")
    meta = {
        "ss_session_id": session_id or str(uuid.uuid4().int % 2**31),
        "ss_training_started_at": str(started_at),
        "ss_output_name": cfg.saving.output_name,
        "ss_learning_rate": str(opt.learning_rate),
        "ss_text_encoder_lr": str(cfg.text_encoder_lr),
        "ss_unet_lr": str(cfg.unet_lr),
        "ss_num_train_images": str(data.num_train_images),
        "ss_num_reg_images": str(data.num_reg_images),
        "ss_num_batches_per_epoch": str(data.num_batches_per_epoch),
        "ss_num_epochs": str(num_epochs),
        "ss_gradient_checkpointing": str(cfg.precision.gradient_checkpointing),
        "ss_gradient_accumulation_steps": str(sch.gradient_accumulation_steps),
        "ss_max_train_steps": str(total_steps),
        "ss_lr_warmup_steps": str(sch.lr_warmup_steps),
        "ss_lr_scheduler": sch.lr_scheduler,
        "ss_network_module": net.network_module,
        "ss_network_dim": str(net.network_dim),
        "ss_network_alpha": str(net.network_alpha),
        "ss_network_dropout": _s(net.network_dropout),
        "ss_mixed_precision": cfg.precision.mixed_precision,
        "ss_full_fp16": "False",
        "ss_v2": str(model.v2),
        "ss_base_model_version": base_model_version(model.v2, model.v_parameterization, model.sdxl),
        "ss_clip_skip": _s(cfg.model.clip_skip),
        "ss_max_token_length": _s(cfg.model.max_token_length),
        "ss_cache_latents": str(cfg.caches_latents),
        "ss_seed": str(seed),
        "ss_lowram": "False",
        "ss_noise_offset": _s(noise.noise_offset),
        "ss_noise_offset_random_strength": str(noise.noise_offset_random_strength),
        "ss_adaptive_noise_scale": _s(noise.adaptive_noise_scale),
        "ss_multires_noise_iterations": _s(noise.multires_noise_iterations),
        "ss_multires_noise_discount": str(noise.multires_noise_discount),
        "ss_ip_noise_gamma": _s(noise.ip_noise_gamma),
        "ss_ip_noise_gamma_random_strength": str(noise.ip_noise_gamma_random_strength),
        "ss_min_timestep": _s(noise.min_timestep),
        "ss_max_timestep": _s(noise.max_timestep),
        "ss_zero_terminal_snr": str(noise.zero_terminal_snr),
        "ss_training_comment": cfg.saving.training_comment or "None",
        "ss_sd_scripts_commit_hash": "danlu",
        "ss_optimizer": optimizer,
        "ss_max_grad_norm": str(opt.max_grad_norm),
        "ss_caption_dropout_rate": str(ds.caption_dropout_rate),
        "ss_caption_dropout_every_n_epochs": str(ds.caption_dropout_every_n_epochs),
        "ss_caption_tag_dropout_rate": str(ds.caption_tag_dropout_rate),
        "ss_prior_loss_weight": str(cfg.loss.prior_loss_weight),
        "ss_min_snr_gamma": _s(loss.min_snr_gamma),
        "ss_loss_type": loss.loss_type,
        "ss_huber_schedule": loss.huber_schedule,
        "ss_huber_c": str(loss.huber_c),
        "ss_huber_scale": str(loss.huber_scale),
        "ss_debiased_estimation": str(loss.debiased_estimation_loss),
        "ss_scale_v_pred_loss_like_noise_pred": str(loss.scale_v_pred_loss_like_noise_pred),
        "ss_v_pred_like_loss": _s(loss.v_pred_like_loss),
        "ss_sd_model_name": model.name,
        "ss_vae_name": _s(model.vae_name),
        "ss_batch_size_per_device": str(ds.train_batch_size),
        "ss_total_batch_size": str(ds.train_batch_size * cfg.launch.num_processes * sch.gradient_accumulation_steps),
        "ss_resolution": f"({width}, {height})",
        "ss_enable_bucket": str(ds.enable_bucket),
        "ss_min_bucket_reso": str(ds.min_bucket_reso),
        "ss_max_bucket_reso": str(ds.max_bucket_reso),
        "ss_bucket_no_upscale": str(ds.bucket_no_upscale),
        "ss_keep_tokens": str(ds.keep_tokens),
        "ss_shuffle_caption": str(ds.shuffle_caption),
        "ss_color_aug": str(ds.color_aug),
        "ss_flip_aug": str(ds.flip_aug),
        "ss_random_crop": str(ds.random_crop),
        "ss_face_crop_aug_range": "None",
        "ss_dataset_dirs": json.dumps(data.dataset_dirs),
        "ss_reg_dataset_dirs": json.dumps(data.reg_dataset_dirs),
        "ss_tag_frequency": json.dumps({k: dict(v) for k, v in data.tag_frequency.items()}),
        "ss_bucket_info": json.dumps({"buckets": data.buckets, "mean_img_ar_error": data.mean_ar_error}),
    }
    args = network_args(net)
    if args:  # sd-scripts writes the key only when --network_args is given
        meta["ss_network_args"] = json.dumps(args)
    meta.update(modelspec(cfg, model, started_at))
    return meta


def modelspec(cfg: TrainConfig, model: ModelFacts, timestamp: float) -> dict[str, str]:
    """SAI model-spec keys (sd-scripts' sai_model_spec.build_metadata for an SD 1.x/2.x/SDXL LoRA)."""
    sav = cfg.saving
    width, height = cfg.resolution_wh
    spec = {
        "modelspec.sai_model_spec": SPEC_VERSION,
        "modelspec.architecture": architecture(model.v2, model.v_parameterization, model.sdxl),
        "modelspec.implementation": IMPL_STABILITY_AI if model.sdxl else "diffusers",
        "modelspec.title": sav.metadata_title or sav.output_name,
        "modelspec.resolution": f"{width}x{height}",
        "modelspec.date": datetime.datetime.fromtimestamp(int(timestamp)).isoformat(),
        "modelspec.prediction_type": "v" if model.v_parameterization else "epsilon",
        "modelspec.encoder_layer": str(cfg.model.clip_skip),
    }
    optional = {
        "modelspec.author": sav.metadata_author,
        "modelspec.description": sav.metadata_description,
        "modelspec.license": sav.metadata_license,
        "modelspec.tags": sav.metadata_tags,
    }
    spec.update({k: v for k, v in optional.items() if v})
    return spec


def progress_metadata(epoch: int, step: int, finished_at: float) -> dict[str, str]:
    """The keys sd-scripts updates at every save."""
    return {"ss_epoch": str(epoch), "ss_steps": str(step), "ss_training_finished_at": str(finished_at)}


def minimal_metadata(meta: dict[str, str]) -> dict[str, str]:
    """``no_metadata``: only what loaders need to read the file correctly (sd-scripts keeps modelspec)."""
    return {k: v for k, v in meta.items() if k.startswith("modelspec.")}


def tensor_data_hash(file_bytes: bytes) -> str:
    """sha256 of a safetensors file's tensor data (after the header): sd-scripts' ``sshs_model_hash``.

    It does not depend on the metadata, so it can be computed before the metadata is final.
    """
    header_len = int.from_bytes(file_bytes[:8], "little")
    return hashlib.sha256(file_bytes[8 + header_len :]).hexdigest()
