"""Will it fit? The base model's family without loading weights, and the ``fit`` job end to end on the tiny kit."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import torch
from ldm_kit import write_ldm, write_sgm
from safetensors.torch import save_file

from dataprep.events import Emitter
from dataprep.jobs import EXIT_FAILED, EXIT_OK, JobContext, JobError, execute
from dataprep.tomlio import save_toml
from training.config import ModelSection, config_from_dict
from training.fit_estimate import DESKTOP_BYTES, GIB, estimate, meta_model_at
from training.fit_job import fit_job
from training.models import ModelFamily, model_family


def family_of(source: Path | str, **model: Any) -> ModelFamily:
    return model_family(ModelSection(pretrained_model_name_or_path=str(source), **model), Path)


def test_family_of_diffusers_folders_from_their_configs(tiny_models, tmp_path):
    assert family_of(tiny_models.sd1) == ModelFamily("sd15", tiny_models.sd1)
    assert family_of(tiny_models.sd1_v) == ModelFamily("sd15", tiny_models.sd1_v)  # v-prediction, SD 1.x sizes
    assert family_of(tiny_models.sdxl) == ModelFamily("sdxl", tiny_models.sdxl)
    # SD 2.x: 1024-wide text states (here: the settings say so); 768-v from the scheduler or the setting
    assert family_of(tiny_models.sd1, v2=True).family == "sd2"
    assert family_of(tiny_models.sd1, v2=True, v_parameterization=True).family == "sd2-v"
    assert family_of(tiny_models.sd1_v, v2=True).family == "sd2-v"
    sd2 = tmp_path / "sd2"
    shutil.copytree(tiny_models.sd1, sd2)
    unet_config = sd2 / "unet" / "config.json"
    unet_config.write_text(json.dumps({**json.loads(unet_config.read_text()), "cross_attention_dim": 1024}))
    assert family_of(sd2).family == "sd2"


def test_family_of_single_file_checkpoints_from_their_key_names(tiny_models, tmp_path):
    assert family_of(write_ldm(tiny_models.sd1, tmp_path / "sd1.safetensors")) == ModelFamily("sd15")
    assert family_of(write_sgm(tiny_models.sdxl, tmp_path / "xl.safetensors")) == ModelFamily("sdxl")


def test_family_unknown_is_a_clear_model_error(tiny_models, tmp_path):
    lora = tmp_path / "style.safetensors"
    save_file({"lora_unet_down.lora_down.weight": torch.zeros(4, 4)}, str(lora))
    with pytest.raises(JobError, match=r"a LoRA / LyCORIS file \(network weights\), not a Stable Diffusion") as err:
        family_of(lora)
    assert err.value.kind == "model" and "style.safetensors" in err.value.message and err.value.hint
    ckpt = tmp_path / "old.ckpt"
    ckpt.write_bytes(b"not read")
    with pytest.raises(JobError, match="pickle"):
        family_of(ckpt)
    with pytest.raises(JobError, match="not in the local Hugging Face cache") as err:
        family_of("danlu-tests/no-such-model-anywhere")
    assert "model manager" in err.value.hint
    with pytest.raises(JobError, match="base model not found"):
        family_of(tmp_path / "missing.safetensors")
    with pytest.raises(JobError, match="not a diffusers model folder"):
        family_of(tmp_path)
    with pytest.raises(JobError, match="No base model is set"):
        family_of("")


def config(model: Path, **precision: Any) -> dict[str, Any]:
    return {
        "model": {"pretrained_model_name_or_path": str(model)},
        "dataset": {"train_data_dir": "img", "resolution": "64", "train_batch_size": 2},
        "optimizer": {"optimizer_type": "AdamW"},
        "precision": {"mixed_precision": "bf16", **precision},
    }


def run_fit(tmp_path: Path, cfg: dict[str, Any], vram: float | None) -> tuple[int, list[dict[str, Any]]]:
    where = tmp_path / "run.toml"
    save_toml(where, cfg)
    stream = io.StringIO()
    options = {"vram": vram} if vram is not None else {}
    ctx = JobContext("fit", cfg, where, Emitter(stream=stream), None, options)
    code = execute(ctx, fit_job, listen_stdin=False)
    return code, [json.loads(line) for line in stream.getvalue().splitlines()]


def fit_result(events: list[dict[str, Any]]) -> dict[str, Any]:
    return next(e["data"]["fit"] for e in events if e["event"] == "result")


def test_fit_job_reports_the_parts_and_fits_a_big_card(tiny_models, tmp_path):
    code, events = run_fit(tmp_path, config(tiny_models.sd1), vram=8)
    assert code == EXIT_OK
    fit = fit_result(events)
    assert fit["family"] == "sd15" and fit["compared_with"] == "vram" and fit["free_bytes"] == 8 * GIB - DESKTOP_BYTES
    parts = fit["estimate"]["parts"]
    assert {"U-Net weights", "LoRA weights", "LoRA gradients", "optimizer state", "activations"} <= set(parts)
    assert fit["estimate"]["peak"] == sum(parts.values()) and fit["estimate"]["needed"] > fit["estimate"]["peak"]
    # the tiny model's own sizes (its folder's configs), not a real SD 1.5's
    tiny = estimate(config_from_dict(config(tiny_models.sd1)), meta_model_at(tiny_models.sd1, "tiny"))
    assert parts == tiny.parts
    assert fit["fits"] is True and fit["proposal"] is None
    logs = [e["message"] for e in events if e["event"] == "log"]
    assert any(line.startswith("activations:") for line in logs) and any("It fits in 7.75 GB" in m for m in logs)


def test_fit_job_offers_faster_checkpointing_when_there_is_room(tiny_models, tmp_path):
    cfg = config(tiny_models.sd1, gradient_checkpointing=True)
    code, events = run_fit(tmp_path, cfg, vram=8)
    fit = fit_result(events)
    assert code == EXIT_OK and fit["fits"] is True and fit["proposal"] is None
    assert fit["faster"]["switches"] == ["no gradient checkpointing"]
    assert fit["faster"]["changes"] == [["precision.gradient_checkpointing", False]]
    assert any(e["event"] == "log" and "Faster and still fits" in e["message"] for e in events)
    plain = estimate(config_from_dict(config(tiny_models.sd1)), meta_model_at(tiny_models.sd1, "tiny"))
    assert fit["faster"]["estimate"]["needed"] == plain.needed
    code, events = run_fit(tmp_path, config(tiny_models.sd1), vram=8)  # nothing faster than no checkpointing
    assert fit_result(events)["faster"] is None


def test_fit_job_proposes_the_ladder_when_the_card_is_too_small(tiny_models, tmp_path):
    cfg = config(tiny_models.sd1)
    needed = estimate(config_from_dict(cfg), meta_model_at(tiny_models.sd1, "tiny")).needed
    code, events = run_fit(tmp_path, cfg, vram=(needed - 2048 + DESKTOP_BYTES) / GIB)
    assert code == EXIT_OK
    fit = fit_result(events)
    assert fit["fits"] is False
    proposal = fit["proposal"]
    assert proposal["switches"] and proposal["estimate"]["needed"] <= fit["free_bytes"] < fit["estimate"]["needed"]
    changed = config_from_dict(cfg)
    for key, value in proposal["changes"]:
        section, name = key.split(".")
        assert getattr(getattr(changed, section), name) != value
        setattr(getattr(changed, section), name, value)
    assert estimate(changed, meta_model_at(tiny_models.sd1, "tiny")).needed == proposal["estimate"]["needed"]
    assert any(e["event"] == "log" and "It fits with:" in e["message"] for e in events)

    code, events = run_fit(tmp_path, cfg, vram=0.25)  # less than the CUDA context alone
    fit = fit_result(events)
    assert code == EXIT_OK and fit["fits"] is False
    assert fit["proposal"]["changes"] is None and fit["proposal"]["estimate"] is None and fit["proposal"]["switches"]
    assert any(e["event"] == "log" and "Nothing on the memory ladder" in e["message"] for e in events)


def test_fit_job_errors(tiny_models, tmp_path):
    code, events = run_fit(tmp_path, config(tmp_path / "nowhere"), vram=8)
    assert code == EXIT_FAILED
    error = events[-1]
    assert error["kind"] == "model" and "nowhere" in error["message"] and error["hint"]
    code, events = run_fit(tmp_path, config(tiny_models.sd1), vram=-1)
    assert code == EXIT_FAILED and events[-1]["kind"] == "config" and "--vram" in events[-1]["message"]
    code, events = run_fit(tmp_path, {**config(tiny_models.sd1), "dataset": {"resolution": "huge"}}, vram=8)
    assert code == EXIT_FAILED and events[-1]["kind"] == "config"


@pytest.mark.parametrize("edit", [{"layers_per_block": "two"}, {"block_out_channels": None}, "{not json"])
def test_fit_job_on_a_hand_edited_model_config_names_the_folder(tiny_models, tmp_path, edit):
    model = tmp_path / "edited"
    shutil.copytree(tiny_models.sd1, model)
    unet_config = model / "unet" / "config.json"
    if isinstance(edit, str):
        (model / "vae" / "config.json").write_text(edit)  # the family is read from unet/; the vae's config later
    else:
        unet_config.write_text(json.dumps({**json.loads(unet_config.read_text()), **edit}))
    code, events = run_fit(tmp_path, config(model), vram=8)
    assert code == EXIT_FAILED
    error = events[-1]
    assert error["kind"] == "model" and str(model) in error["message"] and "config.json" in error["hint"]


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the wording without a CUDA GPU")
def test_fit_command_line_with_and_without_a_card_size(tiny_models, tmp_path):
    where = tmp_path / "run.toml"
    save_toml(where, config(tiny_models.sd1))
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-m", "training", "fit", str(where), "--vram", "6", "--no-stdin"],
                         capture_output=True, text=True, env=env, timeout=300, check=False)
    assert out.returncode == 0, out.stderr
    events = [json.loads(line) for line in out.stdout.splitlines()]
    assert fit_result(events)["free_bytes"] == 6 * GIB - DESKTOP_BYTES
    code, events = run_fit(tmp_path, config(tiny_models.sd1), vram=None)
    fit = fit_result(events)
    assert code == EXIT_OK and fit["compared_with"] is None and fit["fits"] is None
    assert any(e["event"] == "log" and "No CUDA GPU" in e["message"] and "--vram" in e["message"] for e in events)
