"""Model loading rules, text encoding, latent cache keys, LoRA naming: the trainer's parts in isolation."""

from __future__ import annotations

import random

import pytest
import torch
from trainkit import base_config, load_model, make_images, run_training

import training.trainer
from dataprep.jobs import JobError
from training.config import ModelSection, TrainConfig
from training.data import epoch_batches, scan_dataset
from training.latent_cache import LatentStore
from training.lora import LoRANetwork, kohya_name
from training.models import load_sd_model
from training.text_encoding import encode, tokenize


def test_pickle_checkpoints_refused_unless_allowed(tmp_path):
    ckpt = tmp_path / "model.ckpt"
    ckpt.write_bytes(b"not really a pickle")
    with pytest.raises(JobError, match="pickle checkpoints") as err:
        load_sd_model(ModelSection(pretrained_model_name_or_path=str(ckpt)), lambda p: ckpt, lambda m: None)
    assert err.value.kind == "model" and "allow_pickle" in err.value.hint
    allowed = ModelSection(pretrained_model_name_or_path=str(ckpt), allow_pickle=True)
    with pytest.raises(JobError, match="not a readable checkpoint"):  # allowed: unpickled, found broken
        load_sd_model(allowed, lambda p: ckpt, lambda m: None)
    missing = tmp_path / "nope"
    with pytest.raises(JobError, match="base model not found"):
        load_sd_model(ModelSection(pretrained_model_name_or_path=str(missing)), lambda p: missing, lambda m: None)


def test_v_prediction_is_read_from_the_model(tiny_models):
    warnings = []
    cfg = ModelSection(pretrained_model_name_or_path=str(tiny_models.sd1_v))
    model = load_sd_model(cfg, lambda p: tiny_models.sd1_v, warnings.append)
    assert model.v_parameterization and model.noise_scheduler.config.prediction_type == "v_prediction"
    assert warnings and "v-prediction" in warnings[0]
    forced = load_sd_model(
        ModelSection(pretrained_model_name_or_path=str(tiny_models.sd1), v_parameterization=True),
        lambda p: tiny_models.sd1,
        warnings.append,
    )
    assert forced.v_parameterization


def test_long_captions_are_encoded_in_75_token_windows(tiny_models):
    model = load_model(tiny_models.sd1)
    caption = ", ".join(f"tag{i}" for i in range(120))
    ids = tokenize(model.tokenizer, [caption], 150)
    assert ids.shape == (1, 2, 77)
    assert ids[0, 0, 0] == ids[0, 1, 0] == model.tokenizer.bos_token_id
    with torch.no_grad():
        long = encode(model.text_encoder, ids, 1)
        short = encode(model.text_encoder, tokenize(model.tokenizer, [caption], 75), 1)
        skip2 = encode(model.text_encoder, tokenize(model.tokenizer, [caption], 75), 2)
    assert long.shape == (1, 152, 32) and short.shape == (1, 77, 32)
    torch.testing.assert_close(long[:, :76], short[:, :76])  # BOS + the first 75 tokens: the same window
    assert not torch.allclose(skip2, short)


def test_kohya_names():
    assert kohya_name("lora_unet", "down_blocks.0.attentions.1.transformer_blocks.0.attn2.to_out.0") == (
        "lora_unet_down_blocks_0_attentions_1_transformer_blocks_0_attn2_to_out_0"
    )
    assert kohya_name("lora_te", "encoder.layers.3.mlp.fc1") == "lora_te_text_model_encoder_layers_3_mlp_fc1"


def test_lora_scale_is_alpha_over_rank(tiny_models):
    model = load_model(tiny_models.sd1)
    net = LoRANetwork(model.unet, None, 8, 2.0)
    module = getattr(net, next(n for n in net.unet_names if n.endswith("attn1_to_q")))
    assert module.scale == 0.25 and float(module.alpha) == 2.0
    x = torch.randn(3, module.lora_down.in_features)
    torch.nn.init.ones_(module.lora_up.weight)
    net.apply_to()
    layer = module._org[0]
    expected = module._org_forward(x) + module.lora_up(module.lora_down(x)) * 0.25
    torch.testing.assert_close(layer(x), expected)


def test_disk_latent_cache_reuses_and_rekeys_changed_images(tiny_models, tmp_path):
    images = make_images(tmp_path / "img" / "1_shs thing", 2, seed=4)
    cfg = TrainConfig()
    cfg.dataset.resolution = "64"
    cfg.dataset.min_bucket_reso, cfg.dataset.bucket_reso_steps = 64, 64
    index = scan_dataset(cfg, tmp_path / "img", None)
    model = load_model(tiny_models.sd1)

    def fill() -> LatentStore:
        store = LatentStore(index.images, True, tmp_path / "cache")
        store.fill(model.vae, torch.device("cpu"), 2, lambda d, t: None, lambda: None)
        return store

    first = fill()
    assert first.encoded == 2 and not torch.equal(first.get(0, False), first.get(0, True))
    second = fill()
    assert second.encoded == 0 and torch.equal(second.get(1, False), first.get(1, False))
    from PIL import Image

    Image.new("RGB", (64, 64), (1, 2, 3)).save(images[0])  # the image changed on disk
    third = fill()
    assert third.encoded == 1 and not torch.equal(third.get(0, False), first.get(0, False))


def test_epoch_batches_hold_one_bucket_and_every_repeat(tmp_path):
    make_images(tmp_path / "img" / "3_shs thing", 5, seed=5, sizes=((64, 64), (96, 64)))
    cfg = TrainConfig()
    cfg.dataset.resolution, cfg.dataset.train_batch_size = "64", 2
    cfg.dataset.min_bucket_reso, cfg.dataset.max_bucket_reso, cfg.dataset.bucket_reso_steps = 32, 128, 16
    index = scan_dataset(cfg, tmp_path / "img", None)
    batches = epoch_batches(index.images, 2, random.Random(0))
    assert sorted(i for b in batches for i in b) == sorted(i for i, im in enumerate(index.images) for _ in range(3))
    assert all(len({index.images[i].bucket.reso for i in b}) == 1 for b in batches)
    assert len(batches) == index.steps.batches_per_epoch


def test_cuda_out_of_memory_becomes_an_oom_error_with_suggestions(tiny_models, dataset_dir, tmp_path, monkeypatch):
    def exhausted(*args, **kwargs):
        raise torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")

    monkeypatch.setattr(training.trainer, "load_sd_model", exhausted)
    config = base_config(tiny_models.sd1, dataset_dir / "img", network={"network_dim": 64})
    run = run_training(tmp_path, config)
    error = run.of("error")[0]
    assert run.code == 1 and error["kind"] == "oom" and "Tried to allocate 2.00 GiB" in error["message"]
    for tip in ("train_batch_size to 1", "gradient_checkpointing", "network_train_unet_only", "network_dim (now 64)"):
        assert tip in error["hint"], tip
    assert error["phrases"]["hint"]["template"] == "Try these, in this order: {tips}"  # for the interface's language
