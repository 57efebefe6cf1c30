"""Single-file SD 1.x / 2.x / SDXL checkpoints (A1111 / CivitAI style ``.safetensors``), loaded offline.

diffusers converts the original (LDM / SGM) key layout; the diffusers configs it needs come from
``resources/sd_configs/`` (SD 1.5, SD 2.x 512, SD 2.x 768-v, SDXL base 1.0) and the tokenizers from
``resources/tokenizers/``, so no hub lookup ever happens. The model family is read from the
checkpoint's keys; SD 2.x 512 and 768-v have the same weights' shapes, so ``v_parameterization``
(or ``v2`` with it) picks the 768-v config.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from safetensors import safe_open

from dataprep.jobs import JobError
from dataprep.phrases import Phrase
from resources import resource_path
from training.tokenizer_files import CLIP_BIGG, CLIP_L, bundled_tokenizer_dir

SD1_TEXT_KEY = "cond_stage_model.transformer."
SD2_TEXT_KEY = "cond_stage_model.model."
SDXL_KEY = "conditioner.embedders."
UNET_KEY = "model.diffusion_model."


def checkpoint_family(keys: set[str] | list[str]) -> str:
    """'sd1', 'sd2', 'sdxl' or 'unknown' from a single-file checkpoint's key names."""
    keys = list(keys)
    if any(k.startswith(SDXL_KEY) for k in keys):
        return "sdxl"
    if not any(k.startswith(UNET_KEY) for k in keys):
        return "unknown"
    if any(k.startswith(SD2_TEXT_KEY) for k in keys):
        return "sd2"
    if any(k.startswith(SD1_TEXT_KEY) for k in keys):
        return "sd1"
    return "unknown"


def bundled_config_dir(family: str, v_parameterization: bool) -> Path:
    if family == "sdxl":
        return resource_path("sd_configs", "sdxl")
    if family == "sd2":
        return resource_path("sd_configs", "sd2-768-v" if v_parameterization else "sd2-512")
    return resource_path("sd_configs", "sd15")


def _keys(path: Path) -> list[str]:
    """Key names; a pickle (.ckpt) is unpickled here, so callers check ``allow_pickle`` first."""
    try:
        if path.suffix.lower() == ".safetensors":
            with safe_open(str(path), framework="pt") as fh:
                return list(fh.keys())
        import torch

        state = torch.load(str(path), map_location="cpu", weights_only=False)
        return list(state.get("state_dict", state).keys())
    except Exception as exc:
        raise JobError("model", Phrase("{path}: not a readable checkpoint ({error}).", path=str(path), error=str(exc)),
                       Phrase("Re-download the model.")) from exc


def file_family(path: Path) -> str:
    """'sd1', 'sd2', 'sdxl' or 'unknown' for a single-file checkpoint on disk."""
    return checkpoint_family(_keys(path))


def single_file_pipeline(path: Path, v2: bool, v_parameterization: bool, config_dir: Path | None = None) -> Any:
    """A diffusers text-to-image pipeline read from a single-file checkpoint, offline, with the bundled
    configs and tokenizers. *config_dir* replaces the bundled diffusers config (a model of another size,
    e.g. in tests)."""
    from diffusers import StableDiffusionPipeline, StableDiffusionXLPipeline
    from diffusers.loaders.single_file_utils import SingleFileComponentError
    from transformers import CLIPTokenizer

    family = file_family(path)
    if family == "unknown":
        raise JobError(
            "model",
            Phrase("{path}: not a Stable Diffusion 1.x/2.x/SDXL checkpoint (no U-Net or text encoder weights found).",
                   path=str(path)),
            Phrase("Pick a full SD checkpoint, not a LoRA, VAE or embedding."),
        )
    if v2 and family != "sd2":
        shown = "SDXL" if family == "sdxl" else "SD 1.x"
        raise JobError("model", Phrase("{path}: model.v2 is set but this is an {family} checkpoint.", path=str(path),
                                       family=shown), Phrase("Untick 'SD 2.x model'."))
    config = config_dir or bundled_config_dir(family, v_parameterization)
    tokenizer = CLIPTokenizer.from_pretrained(bundled_tokenizer_dir(CLIP_BIGG if family == "sd2" else CLIP_L))
    shown = {"sd1": "SD 1.x", "sd2": "SD 2.x", "sdxl": "SDXL"}[family]
    try:
        if family == "sdxl":
            pipe = StableDiffusionXLPipeline.from_single_file(
                str(path),
                config=str(config),
                local_files_only=True,
                tokenizer=tokenizer,
                tokenizer_2=CLIPTokenizer.from_pretrained(bundled_tokenizer_dir(CLIP_BIGG)),
                add_watermarker=False,
            )
        else:
            pipe = StableDiffusionPipeline.from_single_file(
                str(path),
                config=str(config),
                local_files_only=True,
                tokenizer=tokenizer,
                safety_checker=None,
                feature_extractor=None,
            )
    except (OSError, ValueError, KeyError, RuntimeError, SingleFileComponentError) as exc:
        raise JobError(
            "model",
            Phrase("{path}: could not read it as an {family} checkpoint ({error}).", path=str(path), family=shown,
                   error=str(exc)),
            Phrase("Check that the file is complete and is a standard {family} model.", family=shown),
        ) from exc
    return pipe


def load_single_file(path: Path, v2: bool, v_parameterization: bool, config_dir: Path | None = None) -> dict[str, Any]:
    """U-Net, VAE, text encoder(s), tokenizer(s) and scheduler config of a single-file checkpoint.

    SDXL adds ``text_encoder_2`` and ``tokenizer_2``.
    """
    pipe = single_file_pipeline(path, v2, v_parameterization, config_dir)
    parts = {
        "unet": pipe.unet,
        "vae": pipe.vae,
        "text_encoder": pipe.text_encoder,
        "tokenizer": pipe.tokenizer,
        "scheduler_config": dict(pipe.scheduler.config),
    }
    if getattr(pipe, "text_encoder_2", None) is not None:
        parts.update(text_encoder_2=pipe.text_encoder_2, tokenizer_2=pipe.tokenizer_2)
    return parts


def load_single_file_vae(path: Path, config_dir: Path | None = None) -> Any:
    """A standalone VAE ``.safetensors`` (e.g. vae-ft-mse-840000) with the bundled SD VAE config
    (*config_dir*: the SDXL one for an SDXL base, whose latents are scaled differently)."""
    from diffusers import AutoencoderKL
    from diffusers.loaders.single_file_utils import SingleFileComponentError

    config = config_dir or resource_path("sd_configs", "sd15")
    try:
        return AutoencoderKL.from_single_file(str(path), config=str(config), subfolder="vae", local_files_only=True)
    except (OSError, ValueError, KeyError, RuntimeError, SingleFileComponentError) as exc:
        raise JobError("model", Phrase("{path}: not a readable SD VAE ({error}).", path=str(path), error=str(exc)),
                       Phrase("Pick an SD 1.x/2.x VAE file.")) from exc
