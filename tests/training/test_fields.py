"""Every run.toml field acts: a short run with the field changed differs from the baseline run.

Each case changes one field (plus what the change needs to be meaningful) and checks the effect it
must have: other weights, other files, other events, or (for speed-only fields) the same weights.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import torch
from safetensors import safe_open
from trainkit import base_config, make_images, run_training

from training.config import all_fields

SIZES = ((64, 64), (96, 64))  # two aspect ratios, so bucket settings matter


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("fields")
    make_images(root / "img" / "2_shs thing", 4, seed=1, sizes=SIZES)
    make_images(root / "reg" / "1_thing", 3, seed=9)
    return root


def config_for(tiny_models, data: Path, changes: dict[str, dict[str, Any]]) -> dict[str, Any]:
    config = base_config(
        tiny_models.sd1,
        data / "img",
        dataset={"reg_data_dir": str(data / "reg"), "max_bucket_reso": 128, "min_bucket_reso": 32},
        schedule={"max_train_steps": 3, "seed": 3},
    )
    for section, values in changes.items():
        config.setdefault(section, {}).update(values)
    return config


def tensors(path: Path) -> dict[str, torch.Tensor]:
    with safe_open(str(path), framework="pt") as fh:
        return {k: fh.get_tensor(k) for k in fh.keys()}  # noqa: SIM118 (safe_open is no dict)


def metadata(path: Path) -> dict[str, str]:
    with safe_open(str(path), framework="pt") as fh:
        return fh.metadata()


def same_weights(a: Path, b: Path) -> bool:
    ta, tb = tensors(a), tensors(b)
    return ta.keys() == tb.keys() and all(torch.equal(ta[k], tb[k]) for k in ta)


@pytest.fixture(scope="module")
def baseline(tiny_models, data, tmp_path_factory):
    run = run_training(tmp_path_factory.mktemp("baseline"), config_for(tiny_models, data, {}))
    assert run.code == 0, run.of("error")
    return run


LYCORIS = {"network_module": "lycoris.kohya"}
BLOCK_DIMS = ",".join(["4"] * 25)
# network variants (their formulas: test_network_variants; files, loaders, resume: test_network_runs)
NETWORK_CHANGES = {
    "conv_dim": {"conv_dim": 2},
    "conv_alpha": {"conv_dim": 2, "conv_alpha": 2.0},
    "network_dropout": {"network_dropout": 0.5},
    "rank_dropout": {"rank_dropout": 0.5},
    "module_dropout": {"module_dropout": 0.5},
    "scale_weight_norms": {"scale_weight_norms": 1e-3},
    "down_lr_weight": {"down_lr_weight": "0.5,0.5,0.5,0.5,0.5"},
    "mid_lr_weight": {"mid_lr_weight": 0.5},
    "up_lr_weight": {"up_lr_weight": "sine"},
    "block_lr_zero_threshold": {"up_lr_weight": "linear", "block_lr_zero_threshold": 0.5},
    "block_dims": {"block_dims": ",".join(["2"] * 12 + ["4"] * 13)},
    "block_alphas": {"block_dims": BLOCK_DIMS, "block_alphas": ",".join(["1"] * 25)},
    "conv_block_dims": {"block_dims": BLOCK_DIMS, "conv_block_dims": ",".join(["2"] * 25)},
    "conv_block_alphas": {
        "block_dims": BLOCK_DIMS,
        "conv_block_dims": ",".join(["2"] * 25),
        "conv_block_alphas": ",".join(["2"] * 25),
    },
    "algo": {**LYCORIS, "algo": "loha"},
    "preset": {**LYCORIS, "preset": "attn-mlp"},
    "use_tucker": {**LYCORIS, "conv_dim": 2, "use_tucker": True},
}

WEIGHT_CHANGES = {
    "model.clip_skip": {"model": {"clip_skip": 2}},
    "model.max_token_length": {"model": {"max_token_length": 150}},
    "model.v_parameterization": {"model": {"v_parameterization": True}},
    "dataset.resolution": {"dataset": {"resolution": "96"}},
    "dataset.enable_bucket": {"dataset": {"enable_bucket": False}},
    "dataset.min_bucket_reso": {"dataset": {"min_bucket_reso": 64}},
    "dataset.max_bucket_reso": {"dataset": {"max_bucket_reso": 64}},
    "dataset.bucket_reso_steps": {"dataset": {"bucket_reso_steps": 32}},
    "dataset.bucket_no_upscale": {"dataset": {"bucket_no_upscale": True}},
    "dataset.shuffle_caption": {"dataset": {"shuffle_caption": True}},
    "dataset.keep_tokens": {"dataset": {"shuffle_caption": True, "keep_tokens": 2}},
    "dataset.caption_dropout_rate": {"dataset": {"caption_dropout_rate": 0.5}},
    "dataset.caption_dropout_every_n_epochs": {"dataset": {"caption_dropout_every_n_epochs": 1}},
    "dataset.caption_tag_dropout_rate": {"dataset": {"caption_tag_dropout_rate": 0.5}},
    "dataset.flip_aug": {"dataset": {"flip_aug": True}},
    "dataset.color_aug": {"dataset": {"color_aug": True, "cache_latents": False}},
    "dataset.random_crop": {"dataset": {"random_crop": True, "cache_latents": False}},
    "dataset.cache_latents": {"dataset": {"cache_latents": False}},
    "dataset.train_batch_size": {"dataset": {"train_batch_size": 1}},
    "dataset.caption_extension": {"dataset": {"caption_extension": ".caption"}},  # no such files: folder captions
    "network.network_alpha": {"network": {"network_alpha": 1.0}},
    **{f"network.{k}": {"network": v} for k, v in NETWORK_CHANGES.items()},
    "optimizer.optimizer_type": {"optimizer": {"optimizer_type": "Lion"}},
    "optimizer.learning_rate": {"optimizer": {"learning_rate": 1e-3}},
    "optimizer.unet_lr": {"optimizer": {"unet_lr": 1e-3}},
    "optimizer.text_encoder_lr": {"optimizer": {"text_encoder_lr": 1e-3}},
    "optimizer.max_grad_norm": {"optimizer": {"max_grad_norm": 1e-4}},
    "optimizer.optimizer_args": {"optimizer": {"optimizer_args": ["betas=0.5,0.9"]}},
    "schedule.max_train_steps": {"schedule": {"max_train_steps": 2}},
    "schedule.gradient_accumulation_steps": {"schedule": {"gradient_accumulation_steps": 2}},
    "schedule.lr_scheduler": {"schedule": {"lr_scheduler": "linear"}},
    "schedule.lr_warmup_steps": {"schedule": {"lr_scheduler": "constant_with_warmup", "lr_warmup_steps": 2}},
    "schedule.stop_text_encoder_training_pct": {"schedule": {"stop_text_encoder_training_pct": 34}},
    "schedule.seed": {"schedule": {"seed": 4}},
    "loss.prior_loss_weight": {"loss": {"prior_loss_weight": 0.0}},
    "precision.mixed_precision": {"precision": {"mixed_precision": "bf16"}},
}


@pytest.mark.parametrize("key", sorted(WEIGHT_CHANGES))
def test_field_changes_the_trained_weights(key, tiny_models, data, baseline, tmp_path):
    run = run_training(tmp_path, config_for(tiny_models, data, WEIGHT_CHANGES[key]))
    assert run.code == 0, run.of("error")
    assert not same_weights(run.final, baseline.final), key


# (field, run with what it needs, the same run with the field changed): the first must differ from the
# baseline, the second from the first (token warmup over all 3 steps; EMA updated every step or every 2nd)
PAIRED = (
    ("dataset.token_warmup_step", {"dataset": {"token_warmup_step": 3}}, {"dataset": {"token_warmup_min": 3}}),
    ("optimizer.ema_decay", {"optimizer": {"ema_decay": 0.5}}, {"optimizer": {"ema_update_every": 2}}),
    # LyCORIS options against the LyCORIS LoCon run without them
    ("network.dora_wd", {"network": LYCORIS}, {"network": {"dora_wd": True}}),
    ("network.use_scalar", {"network": LYCORIS}, {"network": {"use_scalar": True}}),
    (
        "network.rank_dropout_scale",
        {"network": {**LYCORIS, "rank_dropout": 0.5}},
        {"network": {"rank_dropout_scale": True}},
    ),
    ("network.dylora_block_size", {"network": {**LYCORIS, "algo": "dylora"}}, {"network": {"dylora_block_size": 2}}),
    ("network.train_norm", {"network": LYCORIS}, {"network": {"train_norm": True}}),
)
PAIRED_FIELDS = {"dataset.token_warmup_step", "dataset.token_warmup_min", "optimizer.ema_decay"}
PAIRED_FIELDS |= {"optimizer.ema_update_every", "network.dora_wd", "network.use_scalar", "network.rank_dropout_scale"}
PAIRED_FIELDS |= {"network.dylora_block_size", "network.train_norm"}


@pytest.mark.parametrize(("key", "needs", "change"), PAIRED, ids=[p[0] for p in PAIRED])
def test_field_and_its_companion_change_the_weights(key, needs, change, tiny_models, data, baseline, tmp_path):
    first = run_training(tmp_path / "a", config_for(tiny_models, data, needs))
    assert first.code == 0, first.of("error")
    assert not same_weights(first.final, baseline.final), key
    both = {**needs, **{section: {**needs.get(section, {}), **values} for section, values in change.items()}}
    second = run_training(tmp_path / "b", config_for(tiny_models, data, both))
    assert second.code == 0, second.of("error")
    assert not same_weights(second.final, first.final), change


def test_external_vae_changes_the_latents(tiny_models, data, baseline, tmp_path):
    run = run_training(tmp_path, config_for(tiny_models, data, {"model": {"vae": str(tiny_models.sdxl / "vae")}}))
    assert run.code == 0, run.of("error")
    assert not same_weights(run.final, baseline.final)
    assert metadata(run.final)["ss_vae_name"] == "vae"


@pytest.mark.parametrize(
    "changes",
    [
        {"dataset": {"vae_batch_size": 3}},
        {"dataset": {"max_data_loader_n_workers": 1, "persistent_data_loader_workers": True}},
        {"dataset": {"cache_latents_to_disk": True}},
        {"precision": {"gradient_checkpointing": True}},
        {"precision": {"sdpa": False}},
    ],
    ids=["vae_batch_size", "workers", "cache_latents_to_disk", "gradient_checkpointing", "sdpa"],
)
def test_speed_and_memory_fields_keep_the_result(changes, tiny_models, data, baseline, tmp_path):
    """These trade speed for memory; the trained weights must not depend on them."""
    run = run_training(tmp_path, config_for(tiny_models, data, changes))
    assert run.code == 0, run.of("error")
    ta, tb = tensors(run.final), tensors(baseline.final)
    assert ta.keys() == tb.keys()
    for k in ta:
        # batched VAE / another attention kernel round differently; Adam carries that into the weights
        torch.testing.assert_close(ta[k], tb[k], atol=1e-3, rtol=1e-2)
    if "cache_latents_to_disk" in changes.get("dataset", {}):
        assert len(list((data / "img" / ".danlu" / "latents").rglob("*.safetensors"))) == 7


def test_network_shape_fields(tiny_models, data, tmp_path):
    runs = {
        name: run_training(tmp_path / name, config_for(tiny_models, data, {"network": values}))
        for name, values in {
            "dim": {"network_dim": 2},
            "unet_only": {"network_train_unet_only": True},
            "te_only": {"network_train_text_encoder_only": True},
        }.items()
    }
    assert all(r.code == 0 for r in runs.values())
    dim = tensors(runs["dim"].final)
    assert dim["lora_unet_mid_block_attentions_0_proj_in.lora_down.weight"].shape[0] == 2
    assert not any(k.startswith("lora_te_") for k in tensors(runs["unet_only"].final))
    assert not any(k.startswith("lora_unet_") for k in tensors(runs["te_only"].final))
    assert len(runs["unet_only"].of("metrics")[0]["lr"]) == 1


def test_network_weights_and_dim_from_weights(tiny_models, data, tmp_path):
    start = run_training(tmp_path / "start", config_for(tiny_models, data, {"network": {"network_dim": 2}}))
    from_file = {"network_weights": str(start.final), "dim_from_weights": True, "network_dim": 8}
    cont = run_training(tmp_path / "cont", config_for(tiny_models, data, {"network": from_file}))
    assert cont.code == 0, cont.of("error")
    fresh = run_training(tmp_path / "fresh", config_for(tiny_models, data, {"network": {"network_dim": 2}}))
    assert tensors(cont.final)["lora_unet_mid_block_attentions_0_proj_in.lora_down.weight"].shape[0] == 2
    assert not same_weights(cont.final, fresh.final)
    wrong = run_training(
        tmp_path / "wrong", config_for(tiny_models, data, {"network": {"network_weights": str(start.final)}})
    )
    assert wrong.code == 1 and "dim_from_weights" in wrong.of("error")[0]["hint"]


def test_schedule_fields_shape_the_lr_and_step_count(tiny_models, data, tmp_path):
    epochs = run_training(tmp_path / "epochs", config_for(tiny_models, data, {"schedule": {"max_train_epochs": 1}}))
    steps_per_epoch = json.loads(metadata(epochs.final)["ss_num_batches_per_epoch"])
    assert epochs.of("metrics")[-1]["step"] == steps_per_epoch  # 8 train + 8 reg samples in 64/96 buckets
    cyc = {"lr_scheduler": "cosine_with_restarts", "max_train_steps": 8}
    curves = {}
    for name, extra in {"one": {}, "two": {"lr_scheduler_num_cycles": 2}}.items():
        run = run_training(tmp_path / name, config_for(tiny_models, data, {"schedule": {**cyc, **extra}}))
        curves[name] = [m["lr"][1] for m in run.of("metrics")]
    assert curves["one"] != curves["two"] and curves["two"][3] > curves["two"][2]  # restarted
    poly = {"lr_scheduler": "polynomial", "max_train_steps": 4}
    lrs = {}
    for power in (1.0, 3.0):
        run = run_training(
            tmp_path / f"p{power}", config_for(tiny_models, data, {"schedule": {**poly, "lr_scheduler_power": power}})
        )
        lrs[power] = run.of("metrics")[1]["lr"][1]
    assert lrs[3.0] < lrs[1.0]


def test_saving_fields(tiny_models, data, tmp_path):
    saving = {
        "output_dir": "out",
        "output_name": "myname",
        "save_precision": "bf16",
        "save_every_n_steps": 1,
        "save_last_n_steps": 1,
        "training_comment": "note",
        "metadata_title": "Title",
        "metadata_author": "Me",
        "metadata_description": "Desc",
        "metadata_license": "MIT",
        "metadata_tags": "a,b",
    }
    run = run_training(tmp_path / "a", config_for(tiny_models, data, {"saving": saving}))
    out = tmp_path / "a" / "out"
    assert sorted(p.name for p in out.iterdir()) == ["myname-step00000002.safetensors", "myname.safetensors"]
    assert all(t.dtype == torch.bfloat16 for t in tensors(run.final).values())
    meta = metadata(run.final)
    assert meta["ss_training_comment"] == "note" and meta["modelspec.title"] == "Title"
    assert (meta["modelspec.author"], meta["modelspec.description"]) == ("Me", "Desc")
    assert (meta["modelspec.license"], meta["modelspec.tags"]) == ("MIT", "a,b")
    epochs = {"save_every_n_epochs": 1, "save_last_n_epochs": 1, "no_metadata": True}
    run = run_training(
        tmp_path / "b", config_for(tiny_models, data, {"saving": epochs, "schedule": {"max_train_epochs": 3}})
    )
    kinds = [c["kind"] for c in run.of("checkpoint")]
    assert kinds == ["epoch", "epoch", "final"]
    assert sorted(p.name for p in (tmp_path / "b").glob("*.safetensors")) == [
        "lora-000002.safetensors",
        "lora.safetensors",
    ]
    assert not any(k.startswith("ss_") for k in metadata(run.final))


def test_logging_fields(tiny_models, data, tmp_path):
    run = run_training(tmp_path / "a", config_for(tiny_models, data, {"logging": {"loss_average_window": 1}}))
    assert all(m["loss_avg"] == m["loss"] for m in run.of("metrics"))
    assert any((tmp_path / "a" / "logs").iterdir())
    run_training(tmp_path / "b", config_for(tiny_models, data, {"logging": {"logging_dir": "tb"}}))
    assert (tmp_path / "b" / "tb").is_dir() and not (tmp_path / "b" / "logs").exists()


def test_fp16_on_cpu_warns_and_trains_in_32_bit(tiny_models, data, baseline, tmp_path):
    run = run_training(tmp_path, config_for(tiny_models, data, {"precision": {"mixed_precision": "fp16"}}))
    assert any("fp16 needs a CUDA GPU" in w["message"] for w in run.of("warning"))
    assert same_weights(run.final, baseline.final)


HUBER = {"loss": {"loss_type": "huber"}}
HUBER_CONSTANT = {"loss": {"loss_type": "huber", "huber_schedule": "constant"}}
V_PRED = {"model": {"v_parameterization": True}}
OFFSET = {"noise": {"noise_offset": 0.1}}
MULTIRES = {"noise": {"multires_noise_iterations": 4}}
IP_NOISE = {"noise": {"ip_noise_gamma": 0.1}}


def _with(base: dict[str, dict[str, Any]], section: str, **values: Any) -> dict[str, dict[str, Any]]:
    merged = {k: dict(v) for k, v in base.items()}
    merged.setdefault(section, {}).update(values)
    return merged


# field -> (reference changes, changes): the first step's loss must differ from the reference run's
LOSS_AND_NOISE = {
    "loss.loss_type": ({}, {"loss": {"loss_type": "l1"}}),
    "loss.huber_schedule": (HUBER, _with(HUBER, "loss", huber_schedule="exponential")),
    "loss.huber_c": (HUBER, _with(HUBER, "loss", huber_c=0.5)),
    "loss.huber_scale": (HUBER_CONSTANT, _with(HUBER_CONSTANT, "loss", huber_scale=3.0)),
    "loss.min_snr_gamma": ({}, {"loss": {"min_snr_gamma": 0.001}}),  # below every SD timestep's SNR: acts on all
    "loss.debiased_estimation_loss": ({}, {"loss": {"debiased_estimation_loss": True}}),
    "loss.scale_v_pred_loss_like_noise_pred": (V_PRED, _with(V_PRED, "loss", scale_v_pred_loss_like_noise_pred=True)),
    "loss.v_pred_like_loss": ({}, {"loss": {"v_pred_like_loss": 0.2}}),
    "noise.noise_offset": ({}, OFFSET),
    "noise.noise_offset_random_strength": (OFFSET, _with(OFFSET, "noise", noise_offset_random_strength=True)),
    "noise.adaptive_noise_scale": (OFFSET, _with(OFFSET, "noise", adaptive_noise_scale=0.5)),
    "noise.multires_noise_iterations": ({}, MULTIRES),
    "noise.multires_noise_discount": (MULTIRES, _with(MULTIRES, "noise", multires_noise_discount=0.8)),
    "noise.ip_noise_gamma": ({}, IP_NOISE),
    "noise.ip_noise_gamma_random_strength": (IP_NOISE, _with(IP_NOISE, "noise", ip_noise_gamma_random_strength=True)),
    "noise.min_timestep": ({}, {"noise": {"min_timestep": 500}}),
    "noise.max_timestep": ({}, {"noise": {"max_timestep": 100}}),
    "noise.zero_terminal_snr": (V_PRED, _with(V_PRED, "noise", zero_terminal_snr=True)),
}


@pytest.fixture(scope="module")
def first_losses(tiny_models, data, tmp_path_factory):
    """First-step loss of a one-step run per set of changes, computed once (the first batch is the same for all)."""
    cache: dict[str, float] = {}

    def first_loss(changes: dict[str, dict[str, Any]]) -> float:
        key = json.dumps(changes, sort_keys=True)
        if key not in cache:
            one_step = _with(changes, "schedule", max_train_steps=1)
            run = run_training(tmp_path_factory.mktemp("first"), config_for(tiny_models, data, one_step))
            assert run.code == 0, run.of("error")
            cache[key] = run.of("metrics")[0]["loss"]
        return cache[key]

    return first_loss


@pytest.mark.parametrize("key", sorted(LOSS_AND_NOISE))
def test_loss_and_noise_fields_change_the_loss(key, first_losses, baseline):
    reference, changes = LOSS_AND_NOISE[key]
    ref_loss = first_losses(reference) if reference else baseline.of("metrics")[0]["loss"]
    assert first_losses(changes) != pytest.approx(ref_loss, rel=1e-6), key


def test_loss_options_that_do_not_apply_leave_the_run_alone(first_losses, baseline):
    """huber_c without a Huber loss type (the form greys it out) changes nothing; a 1-step run's first step is
    the 3-step baseline's first step."""
    assert first_losses({"loss": {"huber_c": 0.5}}) == baseline.of("metrics")[0]["loss"]


COVERED = (
    set(WEIGHT_CHANGES)
    | set(LOSS_AND_NOISE)
    | {"model.vae", "dataset.vae_batch_size", "dataset.max_data_loader_n_workers"}
    | {"dataset.persistent_data_loader_workers", "dataset.cache_latents_to_disk", "precision.gradient_checkpointing"}
    | {"precision.sdpa", "network.network_dim", "network.network_train_unet_only"}
    | {"network.network_train_text_encoder_only", "network.network_weights", "network.dim_from_weights"}
    | {"schedule.max_train_epochs", "schedule.lr_scheduler_num_cycles", "schedule.lr_scheduler_power"}
    | {f"saving.{n}" for n in ("output_dir", "output_name", "save_precision", "save_every_n_steps")}
    | {f"saving.{n}" for n in ("save_last_n_steps", "save_every_n_epochs", "save_last_n_epochs", "no_metadata")}
    | {f"saving.{n}" for n in ("training_comment", "metadata_title", "metadata_author", "metadata_description")}
    | {"saving.metadata_license", "saving.metadata_tags", "logging.logging_dir", "logging.loss_average_window"}
    # elsewhere: train_data_dir / reg_data_dir (test_train_e2e, this file's fixture),
    # pretrained_model_name_or_path / allow_pickle / v2 (test_training_parts, test_lora_metadata),
    # keep_tokens_separator (test_caption_transforms), network_module / save_model_as (one choice; others rejected)
    | {"model.pretrained_model_name_or_path", "model.allow_pickle", "model.v2", "dataset.train_data_dir"}
    | {"dataset.reg_data_dir", "dataset.keep_tokens_separator"}
    | {"network.network_module", "saving.save_model_as"}
    # save state / resume (test_resume), samples during training (test_train_samples)
    | {f"saving.{n}" for n in ("save_state", "save_last_n_epochs_state", "save_last_n_steps_state", "resume")}
    | {"saving.save_state_on_train_end"}
    | {f"sample.{n}" for n in ("sample_every_n_steps", "sample_every_n_epochs", "sample_at_first", "sample_prompts")}
    | {"sample.sample_sampler"}
    # the memory ladder's switches (test_memory_ladder)
    | {f"precision.{n}" for n in ("xformers", "fp8_base", "full_fp16", "full_bf16", "no_half_vae")}
    | {"precision.fused_backward_pass", "precision.lowram"}
    | {"precision.cuda_graphs"}  # test_cuda_graphs: replay vs eager on CUDA, the refusals, the CPU fallback
    | {"precision.norms_16bit", "launch.compile_blocks", "precision.selective_checkpointing"}  # test_unet_speedups
    # SDXL text encoder output caches, memory and disk (test_sdxl)
    | {"dataset.cache_text_encoder_outputs", "dataset.cache_text_encoder_outputs_to_disk"}
    | {"optimizer.text_encoder_lr2"}  # test_sdxl: the second text encoder's own rate
    # launch settings (test_multiprocess: a 2-process run; test_launch: the argv, dynamo), hub (test_hub_upload)
    | {f"launch.{n}" for n in ("num_processes", "num_machines", "gpu_ids", "main_process_port", "dynamo_backend")}
    | {"launch.extra_accelerate_launch_args"}
    | {f"hub.{n}" for n in ("huggingface_repo_id", "huggingface_repo_type", "huggingface_path_in_repo")}
    | {"hub.huggingface_repo_visibility", "hub.save_state_to_huggingface"}
    | PAIRED_FIELDS
    # masked loss from each mask source, weighted captions (test_data_features: runs and their unit tests)
    | {"loss.masked_loss", "dataset.alpha_mask", "dataset.conditioning_data_dir", "dataset.weighted_captions"}
)


def test_every_field_is_covered_by_a_behaviour_test():
    assert {f.key for f in all_fields()} - COVERED == set()
