"""Broken base models and VAEs (half-downloaded folders, empty tokenizers, a VAE of another model) end in a
``model`` error naming the file and what to do, never in an internal error or a silently broken model."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

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
