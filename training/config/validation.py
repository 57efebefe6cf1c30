"""Checks across settings that one field's range cannot express; run before a job starts."""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from dataprep.buckets import BucketError, parse_resolution
from dataprep.phrases import Phrase, names
from dataprep.tomlio import ConfigFileError
from training.config.choices import WARMUP_SCHEDULERS
from training.network_args import network_errors

if TYPE_CHECKING:
    from training.config.train_config import TrainConfig

def _loss_and_noise_errors(cfg: TrainConfig) -> list[str]:
    """sd-scripts' rules for the loss and noise options, plus the combinations that weigh a timestep infinitely."""
    loss, noise, v_pred = cfg.loss, cfg.noise, cfg.model.v_parameterization
    errors = []
    if noise.adaptive_noise_scale and not noise.noise_offset:
        errors.append(Phrase("noise.adaptive_noise_scale needs noise.noise_offset (it is added to the offset)."))
    if loss.scale_v_pred_loss_like_noise_pred and not v_pred:
        errors.append(
            Phrase("loss.scale_v_pred_loss_like_noise_pred is for v-prediction models: tick model.v_parameterization.")
        )
    if loss.v_pred_like_loss and v_pred:
        errors.append(
            Phrase("loss.v_pred_like_loss is for ε-prediction models; a v-prediction model has that loss already.")
        )
    low = noise.min_timestep or 0
    high = noise.max_timestep if noise.max_timestep is not None else 1000
    if low >= high:
        errors.append(
            Phrase("noise.min_timestep ({low}) must be below noise.max_timestep ({high}).", low=low, high=high)
        )
    if noise.zero_terminal_snr and (loss.v_pred_like_loss or (loss.debiased_estimation_loss and not v_pred)):
        errors.append(Phrase(
            "noise.zero_terminal_snr makes the last timestep's SNR 0, where v_pred_like_loss and (for ε-prediction) "
            "debiased_estimation_loss weigh the loss infinitely: turn one of them off."
        ))
    return errors


def _launch_and_hub_errors(cfg: TrainConfig) -> list[str]:
    """What 'accelerate launch' would reject later, said before the run starts."""
    launch, errors = cfg.launch, []
    try:
        extra = shlex.split(launch.extra_accelerate_launch_args)
    except ValueError as exc:
        return [Phrase("launch.extra_accelerate_launch_args cannot be read as command-line arguments ({error}).",
                        error=exc)]
    if launch.num_machines > 1:
        missing = [a for a in ("--main_process_ip", "--machine_rank") if not any(x.split("=")[0] == a for x in extra)]
        if missing:
            errors.append(Phrase(
                "launch.num_machines is {machines}: add {options} to launch.extra_accelerate_launch_args (the main "
                "machine's address and this machine's number).", machines=launch.num_machines, options=names(missing)
            ))
        if launch.num_processes < launch.num_machines:
            errors.append(
                Phrase("launch.num_processes counts the processes of all machines: it cannot be below num_machines.")
            )
    if cfg.hub.save_state_to_huggingface and not cfg.saving.save_state_on_train_end:
        errors.append(Phrase(
            "hub.save_state_to_huggingface uploads the state saved at the end: tick saving.save_state_on_train_end."
        ))
    return errors


def _caption_feature_errors(cfg: TrainConfig) -> list[str]:
    """Weighted captions and token warmup change what the text encoder reads per step (sd-scripts refuses
    weighted captions with cached text encoder outputs)."""
    ds = cfg.dataset
    used = [n for n in ("weighted_captions", "token_warmup_step") if getattr(ds, n)]
    if not (cfg.caches_text_encoder_outputs and used):
        return []
    return [Phrase(
        "dataset.cache_text_encoder_outputs cannot be combined with {options}: the cached outputs are of the plain, "
        "whole captions. Turn off the text encoder output cache or those options.",
        options=names([f"dataset.{n}" for n in used]),
    )]


def _mask_warnings(cfg: TrainConfig) -> list[str]:
    ds = cfg.dataset
    if cfg.loss.masked_loss:
        if ds.alpha_mask and ds.conditioning_data_dir:
            return [Phrase(
                "dataset.conditioning_data_dir is not read: dataset.alpha_mask takes the masks from the images."
            )]
        return []
    used = [n for n, on in (("alpha_mask", ds.alpha_mask), ("conditioning_data_dir", ds.conditioning_data_dir)) if on]
    return [Phrase("dataset.{name} has no effect without loss.masked_loss.", name=n) for n in used]


def _precision_errors(cfg: TrainConfig) -> list[str]:
    """sd-scripts' rules for the memory-saving switches."""
    prec, errors = cfg.precision, []
    if prec.full_fp16 and prec.full_bf16:
        errors.append(Phrase("precision.full_fp16 and full_bf16 exclude each other."))
    for name, wanted in (("full_fp16", "fp16"), ("full_bf16", "bf16")):
        if getattr(prec, name) and prec.mixed_precision != wanted:
            errors.append(Phrase("precision.{name} needs precision.mixed_precision = '{wanted}'.", name=name,
                                  wanted=wanted))
    if prec.fused_backward_pass:
        if cfg.optimizer.optimizer_type != "Adafactor":
            errors.append(
                Phrase("precision.fused_backward_pass works with optimizer.optimizer_type 'Adafactor' only.")
            )
        if cfg.schedule.gradient_accumulation_steps > 1:
            errors.append(Phrase(
                "precision.fused_backward_pass updates the weights during the backward pass, so it cannot "
                "accumulate gradients: set schedule.gradient_accumulation_steps to 1."
            ))
        if prec.mixed_precision == "fp16":
            errors.append(Phrase("precision.fused_backward_pass cannot unscale fp16 gradients: use bf16 or no mixed "
                                  "precision."))
    if prec.cuda_graphs:
        errors += _cuda_graph_blockers(cfg)
    return errors


def _cuda_graph_blockers(cfg: TrainConfig) -> list[str]:
    """What makes the U-Net's step differ from one replay to the next (training.cuda_graphs)."""
    net, reasons = cfg.network, []
    if net.network_module != "networks.lora":
        reasons.append(Phrase(
            "precision.cuda_graphs replays the same U-Net step every time, but network.network_module is "
            "'{module}' (graphs need networks.lora): untick one of them.", module=net.network_module
        ))
    dropouts = [n for n in ("network_dropout", "rank_dropout", "module_dropout") if getattr(net, n)]
    if dropouts:
        reasons.append(Phrase(
            "precision.cuda_graphs replays the same U-Net step every time, but {options} draw new random numbers "
            "in every step: untick one of them.", options=names([f"network.{n}" for n in dropouts])
        ))
    if cfg.launch.dynamo_backend != "no" and not cfg.launch.compile_blocks:
        reasons.append(Phrase(
            "precision.cuda_graphs replays the same U-Net step every time, but launch.dynamo_backend compiles the "
            "whole U-Net instead: tick launch.compile_blocks, or untick one of them."
        ))
    if cfg.precision.fused_backward_pass:
        reasons.append(Phrase(
            "precision.cuda_graphs replays the same U-Net step every time, but precision.fused_backward_pass "
            "updates the weights inside the backward pass: untick one of them."
        ))
    return reasons


def _speedup_warnings(cfg: TrainConfig) -> list[str]:
    warnings = []
    if cfg.precision.norms_16bit and cfg.precision.mixed_precision == "no":
        warnings.append(Phrase("precision.norms_16bit has no effect without mixed precision (fp16 or bf16)."))
    if cfg.launch.compile_blocks and cfg.launch.dynamo_backend == "no":
        warnings.append(Phrase("launch.compile_blocks has no effect while launch.dynamo_backend is 'no'."))
    if cfg.precision.selective_checkpointing and not cfg.precision.gradient_checkpointing:
        warnings.append(Phrase("precision.selective_checkpointing has no effect without "
                               "precision.gradient_checkpointing."))
    return warnings


def problems(cfg: TrainConfig) -> tuple[list[str], list[str]]:
    """The contradictions (a run would be refused) and the warnings (a setting will do nothing), one message
    each: Problems, except the words of a resolution or block-weight error, which come from their parser."""
    errors: list[str] = []
    warnings: list[str] = []
    ds, sch, net, opt, sav = cfg.dataset, cfg.schedule, cfg.network, cfg.optimizer, cfg.saving
    if not cfg.model.pretrained_model_name_or_path:
        errors.append(Phrase("model.pretrained_model_name_or_path is empty: pick the base model to train on."))
    if not ds.train_data_dir:
        errors.append(Phrase("dataset.train_data_dir is empty: pick the folder with the '<repeats>_<name>' folders."))
    try:
        parse_resolution(ds.resolution)
    except BucketError as exc:
        errors.append(f"dataset.{exc}")
    ext = ds.caption_extension
    if ext.strip(".") == "" or ext != ext.strip() or any(c in ext for c in "/\\"):
        # '' or '.' cannot name a file beside the image (the scan crashed); ' .txt' finds no caption at all
        errors.append(Phrase("dataset.caption_extension '{extension}' is not a file extension: write it like '.txt' "
                             "or '.caption'.", extension=ext))
    if cfg.caches_latents and (ds.color_aug or ds.random_crop):
        used = [n for n, on in (("color_aug", ds.color_aug), ("random_crop", ds.random_crop)) if on]
        errors.append(Phrase(
            "dataset.cache_latents cannot be combined with {options}: cached latents are computed once, so "
            "per-step augmentation would not happen. Turn off latent caching or the augmentation.", options=names(used)
        ))
    if cfg.caches_text_encoder_outputs:
        if cfg.train_text_encoder:
            errors.append(Phrase(
                "dataset.cache_text_encoder_outputs needs frozen text encoders, but network.network_train_unet_only is "
                "off (the text encoders are trained): tick 'Train U-Net only', or turn off the text encoder output "
                "cache."
            ))
        caption_keys = ("shuffle_caption", "caption_dropout_rate", "caption_dropout_every_n_epochs")
        varying = [f"dataset.{n}" for n in (*caption_keys, "caption_tag_dropout_rate") if getattr(ds, n)]
        if varying:
            errors.append(Phrase(
                "dataset.cache_text_encoder_outputs needs fixed captions, but {options} change them from step to "
                "step: turn off caption shuffling and dropout, or turn off the text encoder output cache.",
                options=names(varying),
            ))
    if ds.enable_bucket and ds.min_bucket_reso > ds.max_bucket_reso:
        errors.append(Phrase("dataset.min_bucket_reso is larger than dataset.max_bucket_reso."))
    if net.network_train_unet_only and net.network_train_text_encoder_only:
        errors.append(
            Phrase("network.network_train_unet_only and network_train_text_encoder_only exclude each other.")
        )
    if net.dim_from_weights and not net.network_weights:
        errors.append(
            Phrase("network.dim_from_weights needs network.network_weights (the LoRA to read the rank from).")
        )
    if sch.lr_warmup_steps and sch.lr_scheduler not in WARMUP_SCHEDULERS:
        errors.append(Phrase(
            "schedule.lr_warmup_steps = {steps} but lr_scheduler '{scheduler}' has no warmup: use "
            "'constant_with_warmup' (or linear/cosine), or set the warmup to 0.",
            steps=f"{sch.lr_warmup_steps:g}", scheduler=sch.lr_scheduler,
        ))
    if sch.lr_scheduler == "adafactor" and opt.optimizer_type != "Adafactor":
        errors.append(
            Phrase("schedule.lr_scheduler 'adafactor' only works with optimizer.optimizer_type 'Adafactor'.")
        )
    for kind in ("epochs", "steps"):
        if getattr(sav, f"save_last_n_{kind}") and not getattr(sav, f"save_every_n_{kind}"):
            errors.append(Phrase("saving.save_last_n_{kind} needs saving.save_every_n_{kind}.", kind=kind))
    for kind in ("epochs", "steps"):
        if getattr(sav, f"save_last_n_{kind}_state") and not (sav.save_state and getattr(sav, f"save_every_n_{kind}")):
            errors.append(Phrase("saving.save_last_n_{kind}_state needs saving.save_state and "
                                  "saving.save_every_n_{kind}.", kind=kind))
    smp = cfg.sample
    if (smp.sample_every_n_steps or smp.sample_every_n_epochs or smp.sample_at_first) and not smp.sample_prompts:
        errors.append(
            Phrase("sample.sample_every_n_* / sample_at_first need sample.sample_prompts (the prompt file).")
        )
    errors += _loss_and_noise_errors(cfg) + _launch_and_hub_errors(cfg) + network_errors(net) + _precision_errors(cfg)
    errors += _caption_feature_errors(cfg)
    if (ds.keep_tokens or ds.keep_tokens_separator) and not (ds.shuffle_caption or ds.caption_tag_dropout_rate):
        warnings.append(
            Phrase("dataset.keep_tokens has no effect without shuffle_caption or caption_tag_dropout_rate.")
        )
    if cfg.noise.zero_terminal_snr and not cfg.model.v_parameterization:
        warnings.append(Phrase(
            "noise.zero_terminal_snr is meant for v-prediction (model.v_parameterization); with ε-prediction "
            "the results are unpredictable."
        ))
    if cfg.model.v_parameterization and not cfg.model.v2:
        warnings.append(
            Phrase("model.v_parameterization is on for an SD 1.x model: make sure the base model is v-pred.")
        )
    warnings += _mask_warnings(cfg) + _speedup_warnings(cfg)
    if sav.resume and net.network_weights:
        warnings.append(
            Phrase("network.network_weights is not read when resuming: the state holds the LoRA's weights.")
        )
    if smp.sample_every_n_epochs and smp.sample_every_n_steps:
        warnings.append(
            Phrase("sample.sample_every_n_steps is ignored: sample_every_n_epochs is set (as in sd-scripts).")
        )
    if cfg.train_text_encoder and sch.stop_text_encoder_training_pct == 0 and opt.text_encoder_lr == 0:
        warnings.append(Phrase("optimizer.text_encoder_lr is 0: the text encoder's LoRA will not learn."))
    return errors, warnings


def validate(cfg: TrainConfig, where: str = "config") -> list[str]:
    """Raise ConfigFileError for contradictions; return warnings for settings that will do nothing."""
    errors, warnings = problems(cfg)
    if errors:
        raise ConfigFileError(Phrase("{where}: {errors}", where=where, errors=errors))
    return warnings
