"""Base model files as people have them on disk (Civitai / Hugging Face downloads) through the real entry points:
the train job's loader (training.models), the fit estimate's family check and the reg/grid jobs' pipeline loader
(training.generate.load_pipeline). A file that is not an SD 1.x/2.x/SDXL text-to-image model is refused naming
what it is and what to pick instead; a pickle is never unpickled with code; what a file declares is honoured."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest
import torch
from ldm_kit import ldm_state_dict, write_ldm, write_sgm
from safetensors.torch import load_file, save_file
from trainkit import base_config, load_model, run_training

import training.generate
import training.single_file
from dataprep.jobs import JobError
from training.config import ModelSection
from training.generate import load_pipeline
from training.models import load_sd_model, model_family
from training.single_file import load_single_file, read_checkpoint_info


def section(path: Path, **extra) -> ModelSection:
    return ModelSection(pretrained_model_name_or_path=str(path), **extra)


def every_entry_point(path: Path, **extra):
    """The family check (fit estimate, launch), the train job's loader and the reg/grid jobs' loader."""
    return [lambda: model_family(section(path, **extra), Path),
            lambda: load_sd_model(section(path, **extra), Path, lambda m: None),
            lambda: load_pipeline(path)]


def refused(path: Path, **extra) -> list[JobError]:
    errors = []
    for load in every_entry_point(path, **extra):
        with pytest.raises(JobError) as caught:
            load()
        assert caught.value.kind == "model" and str(path) in caught.value.message
        errors.append(caught.value)
    return errors


def configs_only(folder: Path, dest: Path) -> Path:
    """A diffusers folder's configs without its weights: what resources/sd_configs holds, at the kit's size."""
    for config in folder.rglob("*.json"):
        if not config.parent.name.startswith("tokenizer"):
            target = dest / config.relative_to(folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(config, target)
    return dest


@pytest.fixture
def tiny_bundled(tiny_models, tmp_path, monkeypatch):
    """The bundled configs at the tiny kit's size, so a tiny single file loads through the real entry points."""
    dirs = {"sdxl": configs_only(tiny_models.sdxl, tmp_path / "cfg-sdxl"),
            "sd1": configs_only(tiny_models.sd1, tmp_path / "cfg-sd1")}
    monkeypatch.setattr(training.single_file, "bundled_config_dir", lambda family, v: dirs.get(family, dirs["sd1"]))
    return dirs


class Trap:
    """Unpickling this makes a folder: proof that the file's code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return os.mkdir, (str(self.marker),)


@pytest.mark.parametrize("name", ["model.pkl", "model"])
def test_a_pickle_under_another_name_is_refused_and_never_run(tmp_path, name):
    marker = tmp_path / "ran"
    path = tmp_path / name
    path.write_bytes(pickle.dumps({"state_dict": {"model.diffusion_model.x": Trap(marker)}}))
    for error in refused(path):
        assert "pickle" in error.message
    assert not marker.exists()
    with pytest.raises(JobError, match="holds Python objects besides its weights") as caught:  # opted in
        load_sd_model(section(path, allow_pickle=True), Path, lambda m: None)
    assert not marker.exists() and "safetensors" in caught.value.hint


def test_an_opted_in_ckpt_with_pickled_objects_is_refused_without_running_them(tiny_models, tmp_path):
    marker = tmp_path / "ran"
    path = tmp_path / "full-ema.ckpt"  # as training checkpoints keep their Lightning callbacks
    torch.save({"state_dict": ldm_state_dict(tiny_models.sd1), "callbacks": {"checkpoint": Trap(marker)}}, path)
    for load in every_entry_point(path, allow_pickle=True)[:2]:
        with pytest.raises(JobError, match="holds Python objects besides its weights"):
            load()
    assert not marker.exists()


def lora() -> dict[str, torch.Tensor]:
    name = "lora_unet_down_blocks_0_attentions_0_proj_in"
    return {f"{name}.lora_down.weight": torch.zeros(4, 32), f"{name}.lora_up.weight": torch.zeros(32, 4),
            f"{name}.alpha": torch.tensor(4.0)}


NOT_BASE_MODELS = {
    "lora": (lora(), "a LoRA / LyCORIS file", "network.network_weights"),
    "locon": ({"lora_unet_mid_block_resnets_0_conv1.hada_w1_a": torch.zeros(4, 4)}, "a LoRA / LyCORIS file", ""),
    "peft-lora": ({"unet.down_blocks.0.attentions.0.proj_in.lora_A.weight": torch.zeros(4, 32)},
                  "a LoRA / LyCORIS file", ""),
    "vae": ({"encoder.conv_in.weight": torch.zeros(8, 3, 3, 3), "decoder.conv_out.weight": torch.zeros(3, 8, 3, 3)},
            "a VAE", "model.vae"),
    "embedding": ({"emb_params": torch.zeros(2, 768)}, "a textual-inversion embedding", "base model"),
    "sdxl-embedding": ({"clip_l": torch.zeros(2, 768), "clip_g": torch.zeros(2, 1280)},
                       "a textual-inversion embedding", ""),
    "controlnet": ({"control_model.input_hint_block.0.weight": torch.zeros(16, 3, 3, 3),
                    "control_model.input_blocks.0.0.weight": torch.zeros(32, 4, 3, 3)}, "a ControlNet", ""),
    "sd3": ({"model.diffusion_model.joint_blocks.0.x_block.attn.qkv.weight": torch.zeros(3, 1),
             "text_encoders.clip_l.transformer.text_model.final_layer_norm.weight": torch.zeros(1)},
            "an SD3 / SD3.5 model", ""),
    "flux": ({"double_blocks.0.img_attn.proj.weight": torch.zeros(1), "single_blocks.0.linear1.weight":
              torch.zeros(1)}, "a FLUX.1 model", ""),
    "cascade": ({"clip_txt_mapper.weight": torch.zeros(1), "down_blocks.0.0.channelwise.0.weight": torch.zeros(1)},
                "a Stable Cascade model", ""),
    "unet-alone": ({"model.diffusion_model.input_blocks.0.0.weight": torch.zeros(32, 4, 3, 3)},
                   "a U-Net without its text encoder", "full checkpoint"),
    "ema-only": ({"model_ema.input_blocks00weight": torch.zeros(1), "cond_stage_model.transformer.x": torch.zeros(1)},
                 "a training checkpoint whose U-Net is stored only as EMA weights", "model.diffusion_model."),
    "empty": ({}, "a file with no weights in it", ""),
}


@pytest.mark.parametrize("kind", NOT_BASE_MODELS)
def test_files_that_are_not_base_models_say_what_they_are(tmp_path, kind):
    tensors, what, advice = NOT_BASE_MODELS[kind]
    path = tmp_path / f"{kind}.safetensors"
    save_file(tensors, str(path))
    for error in refused(path):
        assert f"{path}: {what}" in error.message and advice in error.hint


@pytest.mark.parametrize(("channels", "what"), [(9, "an inpainting model"), (8, "an InstructPix2Pix"),
                                                (5, "an image-conditioned model (its U-Net takes 5")])
def test_inpainting_and_editing_checkpoints_are_refused_before_loading(tiny_models, tmp_path, channels, what):
    state = ldm_state_dict(tiny_models.sd1)
    key = "model.diffusion_model.input_blocks.0.0.weight"
    state[key] = torch.zeros(state[key].shape[0], channels, 3, 3)
    path = tmp_path / "inpainting.safetensors"
    save_file({k: v.contiguous() for k, v in state.items()}, str(path))
    for error in refused(path):
        assert f"{path}: {what}" in error.message and "text-to-image model of the family" in error.hint


def test_a_diffusers_inpainting_folder_is_refused_before_training(tiny_models, tmp_path):
    from diffusers import UNet2DConditionModel

    folder = tmp_path / "inpainting"
    shutil.copytree(tiny_models.sd1, folder)
    unet = UNet2DConditionModel.from_pretrained(folder / "unet")
    UNet2DConditionModel.from_config({**unet.config, "in_channels": 9}).save_pretrained(folder / "unet")
    with pytest.raises(JobError, match=r"inpainting: an inpainting model \(its U-Net takes 9 input channels"):
        load_sd_model(section(folder), Path, lambda m: None)


def test_an_sdxl_refiner_is_refused_not_loaded_with_a_random_text_encoder(tiny_models, tiny_bundled, tmp_path):
    base = load_file(str(write_sgm(tiny_models.sdxl, tmp_path / "base.safetensors")))
    refiner = {k.replace("conditioner.embedders.1.", "conditioner.embedders.0."): v for k, v in base.items()
               if not k.startswith("conditioner.embedders.0.")}  # OpenCLIP bigG only, as embedders.0
    path = tmp_path / "sd_xl_refiner_1.0.safetensors"
    save_file(refiner, str(path))
    for error in refused(path):
        assert "an SDXL refiner" in error.message and "SDXL base model" in error.hint
    folder = tmp_path / "refiner"
    shutil.copytree(tiny_models.sdxl, folder, ignore=shutil.ignore_patterns("text_encoder", "tokenizer"))
    with pytest.raises(JobError, match="refiner: an SDXL refiner"):
        load_sd_model(section(folder), Path, lambda m: None)


def test_a_download_that_saved_a_web_page_says_so(tmp_path):
    path = tmp_path / "model.safetensors"
    path.write_text("<!DOCTYPE html><html><body>Please log in to download</body></html>", encoding="utf-8")
    for error in refused(path):
        assert "a web page or a text message, not a model file" in error.message
    torn = tmp_path / "torn.safetensors"
    save_file({"model.diffusion_model.x": torch.zeros(64, 64)}, str(torn))
    torn.write_bytes(torn.read_bytes()[:100])  # the header promises more bytes than the file has
    for error in refused(torn):
        assert "not a readable checkpoint" in error.message and "Re-download" in error.hint


def test_a_checkpoint_without_its_vae_loads_with_model_vae(tiny_models, tiny_bundled, tmp_path):
    state = {k: v for k, v in ldm_state_dict(tiny_models.sd1).items() if not k.startswith("first_stage_model.")}
    path = tmp_path / "novae.safetensors"
    save_file({k: v.contiguous() for k, v in state.items()}, str(path))
    with pytest.raises(JobError, match="this checkpoint holds no VAE weights") as caught:
        load_sd_model(section(path), Path, lambda m: None)
    assert "model.vae" in caught.value.hint
    model = load_sd_model(section(path, vae=str(tiny_models.sd1 / "vae")), Path, lambda m: None)
    reference = load_model(tiny_models.sd1)
    assert model.vae_name == "vae"
    assert all(torch.equal(a, b) for a, b in zip(model.vae.state_dict().values(),
                                                 reference.vae.state_dict().values(), strict=True))


@pytest.mark.parametrize(("metadata", "marker", "expected"), [
    ({"modelspec.prediction_type": "v"}, False, "v_prediction"),
    ({"modelspec.prediction_type": "epsilon"}, False, "epsilon"),
    ({}, True, "v_prediction"),  # NoobAI-XL v-pred and others mark it with an empty 'v_pred' tensor
])
def test_a_prediction_type_the_file_declares_is_trained(tiny_models, tiny_bundled, tmp_path, metadata, marker,
                                                        expected):
    state = {k: v.contiguous() for k, v in ldm_state_dict(tiny_models.sd1).items()}
    if marker:
        state["v_pred"] = torch.zeros(0)
    path = tmp_path / "declared.safetensors"
    save_file(state, str(path), metadata=metadata)
    assert read_checkpoint_info(path).declared_prediction() == expected
    warnings: list[str] = []
    model = load_sd_model(section(path), Path, warnings.append)
    assert model.noise_scheduler.config.prediction_type == expected
    assert model.v_parameterization == (expected == "v_prediction")
    assert bool(warnings) == (expected == "v_prediction")  # the switch is said
    pipe = load_pipeline(path)
    assert pipe.scheduler.config.prediction_type == expected


def test_an_sd2_file_renders_when_it_declares_its_prediction(tmp_path, monkeypatch):
    asked: list[Path] = []
    monkeypatch.setattr(training.single_file, "single_file_pipeline", lambda path, *a, **k: asked.append(path))
    sd2 = {"model.diffusion_model.input_blocks.0.0.weight": torch.zeros(8, 4, 3, 3),
           "cond_stage_model.model.ln_final.weight": torch.zeros(8), "first_stage_model.x": torch.zeros(1)}
    silent, declared = tmp_path / "sd21.safetensors", tmp_path / "sd21-v.safetensors"
    save_file(sd2, str(silent))
    save_file(sd2, str(declared), metadata={"modelspec.prediction_type": "v"})
    with pytest.raises(JobError, match="does not say whether it predicts noise"):
        training.generate._single_file_pipeline(silent)
    training.generate._single_file_pipeline(declared)
    assert asked == [declared]
    assert model_family(section(declared), Path).family == "sd2-v"
    assert model_family(section(silent), Path).family == "sd2"


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16, torch.float8_e4m3fn])
def test_half_and_fp8_checkpoints_train(tiny_models, tiny_bundled, data, tmp_path, dtype):
    state = ldm_state_dict(tiny_models.sd1)
    path = tmp_path / "half.safetensors"
    save_file({k: v.to(dtype).contiguous() if v.is_floating_point() else v for k, v in state.items()}, str(path))
    run = run_training(tmp_path / "run", base_config(path, data / "img"))
    assert run.code == 0, run.of("error")
    assert run.final.is_file()


def test_a_missing_file_and_a_dotted_repo_id_are_told_apart(tmp_path):
    missing = tmp_path / "gone.safetensors"
    with pytest.raises(JobError, match=r"gone\.safetensors: base model not found"):
        load_pipeline(missing)
    with pytest.raises(JobError, match="not in the local Hugging Face cache"):  # a repo id, not a missing file
        model_family(section("SG161222/Realistic_Vision_V5.1_noVAE"), Path)


def test_single_files_still_load_as_before(tiny_models, tiny_bundled, tmp_path):
    path = write_ldm(tiny_models.sd1, tmp_path / "tiny.safetensors")
    parts = load_single_file(path, False, False)
    assert parts["scheduler_config"]["prediction_type"] == "epsilon"
    assert model_family(section(path), Path).family == "sd15"


@pytest.mark.parametrize("drop", [("text_encoder_2",), ("text_encoder_2", "tokenizer_2"), ("tokenizer_2",)])
def test_an_sdxl_folder_missing_its_second_text_encoder_is_not_trained_as_sd1(tiny_models, tmp_path, drop):
    folder = tmp_path / "xl"
    shutil.copytree(tiny_models.sdxl, folder, ignore=shutil.ignore_patterns(*drop))
    for load in every_entry_point(folder)[1:]:
        with pytest.raises(JobError, match=f"xl: this diffusers folder has no {', '.join(drop)} sub-folder"):
            load()
    assert model_family(section(folder), Path).family == "sdxl"


def test_a_folder_without_the_safety_checker_and_its_feature_extractor_still_renders(tiny_models, tmp_path):
    import json

    folder = tmp_path / "sd1"
    shutil.copytree(tiny_models.sd1, folder)
    index = json.loads((folder / "model_index.json").read_text(encoding="utf-8"))
    index.update(safety_checker=["stable_diffusion", "StableDiffusionSafetyChecker"],
                 feature_extractor=["transformers", "CLIPImageProcessor"])  # listed, but their folders deleted
    (folder / "model_index.json").write_text(json.dumps(index), encoding="utf-8")
    assert load_pipeline(folder).unet is not None


def test_an_sd2_file_that_does_not_say_its_prediction_is_trained_with_a_warning(tiny_models, tmp_path, monkeypatch):
    from training.models import _load_diffusers

    sd2 = {"model.diffusion_model.input_blocks.0.0.weight": torch.zeros(8, 4, 3, 3),
           "cond_stage_model.model.ln_final.weight": torch.zeros(8), "first_stage_model.x": torch.zeros(1)}
    monkeypatch.setattr(training.single_file, "load_single_file",
                        lambda *a, **k: _load_diffusers(tiny_models.sd1, local_only=True))
    for name, metadata, extra, warned in [("silent", None, {}, True), ("declared", {"modelspec.prediction_type": "v"},
                                                                        {}, False),
                                          ("ticked", None, {"v_parameterization": True}, False)]:
        path = tmp_path / f"{name}.safetensors"
        save_file(sd2, str(path), metadata=metadata)
        warnings: list[str] = []
        load_sd_model(section(path, v2=True, **extra), Path, warnings.append)
        said = [w for w in warnings if "does not say whether it predicts noise" in w]
        assert bool(said) == warned, (name, warnings)
        assert not said or "model.v_parameterization" in said[0]


def test_reg_and_grid_jobs_name_a_file_that_is_not_a_base_model(tiny_models, tmp_path):
    from test_grid_job import run_grid
    from test_reg_job import run_reg, tiny_config

    from dataprep.jobs import EXIT_FAILED
    from training.grid_spec import NO_LORA

    path = tmp_path / "style.safetensors"
    save_file(lora(), str(path))
    code, events = run_reg(tiny_config(path, class_prompt="woman", count=1, output_dir="reg"), tmp_path)
    errors = [e for e in events if e["event"] == "error"]
    assert code == EXIT_FAILED and errors[0]["kind"] == "model", events
    assert "style.safetensors: a LoRA / LyCORIS file" in errors[0]["message"]
    code, events = run_grid({"base_models": [str(path)], "checkpoints": [NO_LORA], "prompts": ["a woman"],
                             "seeds": [1], "steps": 2, "width": 64, "height": 64, "samplers": ["euler"],
                             "grid_dir": str(tmp_path / "grid")}, tmp_path)
    errors = [e for e in events if e["event"] == "error"]
    assert code == EXIT_FAILED and errors[0]["kind"] == "model", events
    assert "style.safetensors: a LoRA / LyCORIS file" in errors[0]["message"]
