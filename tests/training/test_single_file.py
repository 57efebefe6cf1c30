"""Single-file SD checkpoints: read offline with bundled configs, refused when they are something else."""

from __future__ import annotations

import json

import pytest
import torch
from ldm_kit import ldm_state_dict, vae_to_ldm, write_ldm
from safetensors.torch import load_file, save_file
from trainkit import load_model

from dataprep.jobs import JobError
from resources import resource_path
from training.config import ModelSection
from training.models import load_sd_model
from training.single_file import bundled_config_dir, checkpoint_family, load_single_file, load_single_file_vae


def same(a: torch.nn.Module, b: torch.nn.Module) -> bool:
    sa, sb = a.state_dict(), b.state_dict()
    return sa.keys() == sb.keys() and all(torch.equal(sa[k], sb[k]) for k in sa)


def test_single_file_loads_the_same_weights_as_the_diffusers_folder(tiny_models, tmp_path):
    path = write_ldm(tiny_models.sd1, tmp_path / "tiny.safetensors")
    parts = load_single_file(path, v2=False, v_parameterization=False, config_dir=tiny_models.sd1)
    ref = load_model(tiny_models.sd1)
    assert (
        same(parts["unet"], ref.unet) and same(parts["vae"], ref.vae) and same(parts["text_encoder"], ref.text_encoder)
    )
    assert parts["tokenizer"]("a photo of a cat").input_ids == [49406, 320, 1125, 539, 320, 2368, 49407]


def test_pickle_checkpoint_is_read_only_when_allowed(tiny_models, tmp_path):
    ckpt = tmp_path / "tiny.ckpt"
    torch.save({"state_dict": ldm_state_dict(tiny_models.sd1)}, ckpt)
    with pytest.raises(JobError, match="pickle"):
        load_sd_model(ModelSection(pretrained_model_name_or_path=str(ckpt)), lambda p: ckpt, lambda m: None)
    parts = load_single_file(ckpt, v2=False, v_parameterization=False, config_dir=tiny_models.sd1)
    assert same(parts["unet"], load_model(tiny_models.sd1).unet)
    allowed = ModelSection(pretrained_model_name_or_path=str(ckpt), allow_pickle=True)
    with pytest.raises(JobError, match=r"could not read it as an SD 1\.x checkpoint"):  # read, but not SD 1.5-sized
        load_sd_model(allowed, lambda p: ckpt, lambda m: None)


def test_families_and_bundled_configs():
    assert checkpoint_family(["model.diffusion_model.x", "cond_stage_model.transformer.text_model.y"]) == "sd1"
    assert checkpoint_family(["model.diffusion_model.x", "cond_stage_model.model.transformer.resblocks.0.z"]) == "sd2"
    assert checkpoint_family(["conditioner.embedders.1.model.x", "model.diffusion_model.x"]) == "sdxl"
    assert checkpoint_family(["lora_unet_x.lora_down.weight"]) == "unknown"
    expected = {
        ("sd1", False): (768, 64, "epsilon", 768),
        ("sd2", False): (1024, 64, "epsilon", 1024),
        ("sd2", True): (1024, 96, "v_prediction", 1024),
    }
    for (family, v), (cross, sample, pred, hidden) in expected.items():
        folder = bundled_config_dir(family, v)
        unet = json.loads((folder / "unet" / "config.json").read_text())
        assert (unet["cross_attention_dim"], unet["sample_size"]) == (cross, sample)
        assert unet["use_linear_projection"] == (family == "sd2")
        assert json.loads((folder / "scheduler" / "scheduler_config.json").read_text())["prediction_type"] == pred
        assert json.loads((folder / "text_encoder" / "config.json").read_text())["hidden_size"] == hidden
    assert bundled_config_dir("sd1", False) == resource_path("sd_configs", "sd15")


def test_wrong_kind_of_file_is_refused(tmp_path):
    lora = tmp_path / "lora.safetensors"
    save_file({"lora_unet_x.lora_down.weight": torch.zeros(2, 2)}, str(lora))
    with pytest.raises(JobError, match=r"a LoRA / LyCORIS file \(network weights\), not a Stable Diffusion"):
        load_single_file(lora, False, False)
    xl = tmp_path / "xl.safetensors"
    save_file({"conditioner.embedders.0.transformer.x": torch.zeros(1), "conditioner.embedders.1.model.x":
               torch.zeros(1), "model.diffusion_model.y": torch.zeros(1), "first_stage_model.z": torch.zeros(1)},
              str(xl))
    with pytest.raises(JobError, match="could not read it as an SDXL checkpoint"):
        load_single_file(xl, False, False)
    with pytest.raises(JobError, match=r"model\.v2 is set but this is an SDXL checkpoint"):
        load_single_file(xl, True, False)


def test_single_file_vae(tiny_models, tmp_path):
    state = load_file(str(tiny_models.sd1 / "vae" / "diffusion_pytorch_model.safetensors"))
    config = json.loads((tiny_models.sd1 / "vae" / "config.json").read_text())
    ldm = {k.removeprefix("first_stage_model."): v.contiguous() for k, v in vae_to_ldm(state, config).items()}
    path = tmp_path / "vae.safetensors"
    save_file(ldm, str(path))
    assert same(load_single_file_vae(path, config_dir=tiny_models.sd1), load_model(tiny_models.sd1).vae)
