"""End-to-end runs of the train job on the tiny SD 1.x model: learning, saving, loading elsewhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from safetensors import safe_open
from trainkit import apply_lora, base_config, eval_loss, load_model, make_images, run_training

from training.lora import KEY_PATTERN


@pytest.fixture(scope="module")
def overfit_run(tiny_models, tmp_path_factory):
    """One 60-step run at lr 1e-2 on 4 images, shared by the tests that inspect its output."""
    root = tmp_path_factory.mktemp("overfit")
    images = make_images(root / "data" / "img" / "2_shs thing", 4, seed=1)
    config = base_config(
        tiny_models.sd1,
        root / "data" / "img",
        schedule={"max_train_steps": 60, "seed": 3},
        saving={"save_precision": "float", "save_every_n_steps": 20, "metadata_author": "tester"},
    )
    run = run_training(root / "run", config)
    assert run.code == 0, run.of("error")
    return run, images


def test_run_overfits_small_set(overfit_run, tiny_models):
    run, images = overfit_run
    model = load_model(tiny_models.sd1)
    before = eval_loss(model, images)
    apply_lora(model, run.final)
    after = eval_loss(model, images)
    assert after < 0.85 * before, (before, after)


def test_events_stream_metrics_progress_and_checkpoints(overfit_run):
    run, _ = overfit_run
    metrics = run.of("metrics")
    assert [m["step"] for m in metrics] == list(range(1, 61))
    assert all({"loss", "loss_avg", "lr", "it_per_s", "epoch"} <= set(m) for m in metrics)
    assert metrics[0]["lr"] == [pytest.approx(1e-2), pytest.approx(1e-2)]  # text encoder and U-Net groups
    steps = [e["step"] for e in run.of("checkpoint")]
    assert steps == [20, 40, 60]
    assert run.of("progress")[-1]["done"] == 60
    assert (run.dir / "logs").is_dir() and any((run.dir / "logs").iterdir())  # TensorBoard events


def test_saved_file_has_kohya_keys_and_metadata(overfit_run):
    run, _ = overfit_run
    with safe_open(str(run.final), framework="pt") as fh:
        keys = list(fh.keys())
        meta = fh.metadata()
    assert all(KEY_PATTERN.match(k) for k in keys)
    assert "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn1_to_q.lora_down.weight" in keys
    assert "lora_unet_down_blocks_0_attentions_0_proj_in.lora_up.weight" in keys
    assert "lora_te_text_model_encoder_layers_0_self_attn_q_proj.alpha" in keys
    assert "lora_te_text_model_encoder_layers_1_mlp_fc2.lora_down.weight" in keys
    assert meta["ss_network_dim"] == "4" and meta["ss_network_alpha"] == "4.0"
    assert meta["ss_base_model_version"] == "sd_v1"
    assert meta["modelspec.architecture"] == "stable-diffusion-v1/lora"
    assert meta["modelspec.sai_model_spec"] == "1.0.0" and meta["modelspec.author"] == "tester"
    assert meta["ss_steps"] == "60" and meta["ss_seed"] == "3"
    assert json.loads(meta["ss_dataset_dirs"]) == {"2_shs thing": {"n_repeats": 2, "img_count": 4}}
    assert json.loads(meta["ss_tag_frequency"])["2_shs thing"]["shs"] == 4
    assert len(meta["sshs_model_hash"]) == 64


def test_diffusers_load_lora_weights_reproduces_trained_unet(overfit_run, tiny_models):
    from diffusers import StableDiffusionPipeline

    run, _ = overfit_run
    ours = load_model(tiny_models.sd1)
    apply_lora(ours, run.final)
    pipe = StableDiffusionPipeline.from_pretrained(tiny_models.sd1, local_files_only=True, safety_checker=None)
    pipe.load_lora_weights(str(run.final))
    gen = torch.Generator().manual_seed(0)
    x = torch.randn(1, 4, 8, 8, generator=gen)
    ids = pipe.tokenizer(["shs, shape1"], padding="max_length", max_length=77, return_tensors="pt").input_ids
    with torch.no_grad():
        expected = ours.unet(x, torch.tensor([500]), ours.text_encoder(ids)[0]).sample
        got = pipe.unet(x, torch.tensor([500]), pipe.text_encoder(ids)[0]).sample
        base = load_model(tiny_models.sd1)
        untrained = base.unet(x, torch.tensor([500]), base.text_encoder(ids)[0]).sample
    assert not torch.allclose(untrained, expected, atol=1e-4)  # the LoRA changes the output
    torch.testing.assert_close(got, expected, atol=1e-5, rtol=1e-4)


def test_fixed_seed_gives_identical_bytes(tiny_models, dataset_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    config = base_config(tiny_models.sd1, dataset_dir / "img", dataset={"shuffle_caption": True, "flip_aug": True})
    first = run_training(tmp_path / "a", config)
    second = run_training(tmp_path / "b", config)
    assert first.code == second.code == 0
    assert first.final.read_bytes() == second.final.read_bytes()
    config["schedule"]["seed"] = 4
    other = run_training(tmp_path / "c", config)
    assert other.final.read_bytes() != first.final.read_bytes()


def test_nan_at_step_k_stops_there_and_keeps_last_checkpoint(tiny_models, dataset_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("DANLU_FAULT_NAN_AT_STEP", "5")
    config = base_config(
        tiny_models.sd1,
        dataset_dir / "img",
        schedule={"max_train_steps": 8, "seed": 3},
        saving={"save_every_n_steps": 2, "save_precision": "float"},
    )
    run = run_training(tmp_path / "run", config)
    assert run.code == 1
    error = run.of("error")[0]
    assert error["kind"] == "nan" and "step 5" in error["message"]
    assert "learning rate" in error["hint"] and "img0" in error["hint"]
    assert [m["step"] for m in run.of("metrics")] == [1, 2, 3, 4]
    last = Path(run.of("checkpoint")[-1]["path"])
    assert last.name == "lora-step00000004.safetensors" and str(last) in error["message"]
    with safe_open(str(last), framework="pt") as fh:
        assert all(torch.isfinite(fh.get_tensor(k)).all() for k in fh.keys())  # noqa: SIM118 (safe_open is no dict)
    assert not (tmp_path / "run" / "lora.safetensors").exists()


def test_missing_captions_fall_back_to_folder_name_with_warning(tiny_models, tmp_path):
    make_images(tmp_path / "img" / "1_zzk cat", 2, seed=2, captions=False)
    run = run_training(
        tmp_path / "run", base_config(tiny_models.sd1, tmp_path / "img", schedule={"max_train_steps": 1})
    )
    assert run.code == 0
    warning = " ".join(w["message"] for w in run.of("warning"))
    assert "2 image(s) have no .txt caption" in warning and "img00.png" in warning
    with safe_open(str(run.final), framework="pt") as fh:
        assert json.loads(fh.metadata()["ss_tag_frequency"]) == {"1_zzk cat": {"zzk cat": 2}}
