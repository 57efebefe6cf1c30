"""Broken base models, VAEs and start LoRAs (half-downloaded folders, empty tokenizers, a VAE of another model, a
torn or foreign ``network_weights`` file) end in an error naming the file and what to do, never in an internal
error, a silently broken model or a LoRA silently left out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import torch
from safetensors.torch import save_file
from trainkit import base_config, run_training

from dataprep.jobs import JobError
from training.config import ModelSection
from training.generate import load_pipeline
from training.models import load_sd_model


def copy_model(tiny_models, tmp_path: Path) -> Path:
    folder = tmp_path / "model"
    shutil.copytree(tiny_models.sd1, folder)
    return folder


def load(model: Path, **section) -> None:
    load_sd_model(ModelSection(pretrained_model_name_or_path=str(model), **section), Path, lambda m: None)


def test_a_folder_without_its_unet_names_the_missing_part(tiny_models, tmp_path):
    folder = copy_model(tiny_models, tmp_path)
    shutil.rmtree(folder / "unet")
    with pytest.raises(JobError, match=r"model: this diffusers folder has no unet sub-folder") as caught:
        load(folder)
    assert caught.value.kind == "model" and "Download the model again" in caught.value.hint


def test_an_empty_tokenizer_folder_is_refused_not_loaded_as_two_tokens(tiny_models, tmp_path):
    folder = copy_model(tiny_models, tmp_path)
    for path in (folder / "tokenizer").iterdir():
        path.unlink()
    with pytest.raises(JobError, match=r"tokenizer has \d+ tokens where the text encoder has 49408"):
        load(folder)
    with pytest.raises(JobError, match=r"tokenizer has \d+ tokens where the text encoder has 49408"):
        load_pipeline(folder)


def test_an_unreadable_tokenizer_file_is_a_model_error(tiny_models, tmp_path):
    folder = copy_model(tiny_models, tmp_path)
    (folder / "tokenizer" / "vocab.json").write_text("", encoding="utf-8")
    with pytest.raises(JobError, match="could not load the base model") as caught:
        load(folder)
    assert caught.value.kind == "model"
    with pytest.raises(JobError, match="could not load the model"):
        load_pipeline(folder)


def test_a_corrupt_model_index_is_a_model_error(tiny_models, tmp_path):
    folder = copy_model(tiny_models, tmp_path)
    (folder / "model_index.json").write_text("{", encoding="utf-8")
    with pytest.raises(JobError, match=r"model_index\.json cannot be read"):
        load_pipeline(folder)


def test_a_vae_of_another_kind_is_refused(tiny_models, tmp_path):
    with pytest.raises(JobError, match=r"unet: not a readable SD VAE"):
        load(tiny_models.sd1, vae=str(tiny_models.sd1 / "unet"))
    with pytest.raises(JobError, match=r"model.safetensors: not a readable SD VAE"):
        load(tiny_models.sd1, vae=str(tiny_models.sd1 / "text_encoder" / "model.safetensors"))
    wide = tmp_path / "vae16"
    shutil.copytree(tiny_models.sd1 / "vae", wide)
    config = json.loads((wide / "config.json").read_text(encoding="utf-8"))
    from diffusers import AutoencoderKL

    AutoencoderKL.from_config({**config, "latent_channels": 16}).save_pretrained(wide)
    with pytest.raises(JobError, match="this VAE makes 16-channel latents; the base model's U-Net takes 4"):
        load(tiny_models.sd1, vae=str(wide))


def test_start_weights_that_are_torn_or_of_another_model_are_refused(tiny_models, data, tmp_path):
    def start_from(name: str, tensors: dict[str, torch.Tensor] | None, **network) -> dict:
        path = tmp_path / f"{name}.safetensors"
        if tensors is not None:
            save_file(tensors, str(path))
        else:  # the first half of a LoRA file, as an interrupted copy leaves it
            save_file({"lora_unet_mid_block_attentions_0_proj_in.lora_down.weight": torch.zeros(4, 64)}, str(path))
            path.write_bytes(path.read_bytes()[:40])
        run = run_training(tmp_path / name, base_config(tiny_models.sd1, data / "img",
                                                        network={"network_weights": str(path), **network}))
        assert run.code == 1 and not run.of("checkpoint")
        return run.of("error")[0]

    torn = start_from("torn", None)
    assert torn["kind"] == "io" and "torn.safetensors: not a readable LoRA file" in torn["message"]
    sdxl = start_from("sdxl", {"lora_unet_input_blocks_4_1_proj_in.lora_down.weight": torch.zeros(4, 64),
                               "lora_unet_input_blocks_4_1_proj_in.lora_up.weight": torch.zeros(64, 4),
                               "lora_unet_input_blocks_4_1_proj_in.alpha": torch.tensor(4.0)})
    assert "sdxl.safetensors: 3 key(s) do not match this network's layers" in sdxl["message"]
    assert "base model" in sdxl["hint"] and "dim_from_weights" in sdxl["hint"]
    te_only = {"lora_te_text_model_encoder_layers_0_mlp_fc1.lora_down.weight": torch.zeros(4, 32)}
    unet_run = start_from("te_only", te_only, network_train_unet_only=True)
    assert "te_only.safetensors: holds no LoRA weights for the U-Net or text encoder" in unet_run["message"]
