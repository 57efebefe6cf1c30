"""Loading the Stable Diffusion 1.x/2.x/SDXL parts a LoRA is trained on, offline where possible.

Sources: a diffusers folder, a single-file ``.safetensors`` checkpoint (read with the diffusers
configs and CLIP tokenizers bundled under ``resources/``, so no hub lookup happens: see
training.single_file), or a Hugging Face repo id (from the local HF cache, downloaded by the model
manager). The family is read from the model itself: an SDXL diffusers folder has a
``text_encoder_2``, an SDXL single file has ``conditioner.embedders`` keys. Pickle checkpoints (.ckpt) are
refused unless ``allow_pickle`` is set: loading one can run code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from dataprep.jobs import JobError
from dataprep.phrases import Phrase, names
from training.config import ModelSection
from training.single_file import (
    NOT_A_BASE_MODEL_HINT,
    PICKLE_SUFFIXES,
    SDXL_REFINER,
    channel_variant,
    is_pickle,
    not_text_to_image,
)

HUB_ID = re.compile(r"^[\w.-]+/[\w.-]+$")
FILE_SUFFIXES = (".safetensors", *PICKLE_SUFFIXES)


def is_repo_id(source: str) -> bool:
    """'org/name' as the hub spells repo ids; a dot is allowed ('SG161222/Realistic_Vision_V5.1_noVAE'), a
    checkpoint's file ending is not."""
    return bool(HUB_ID.match(source)) and Path(source).suffix.lower() not in FILE_SUFFIXES


@dataclass
class SDModel:
    unet: Any
    vae: Any
    text_encoder: Any
    tokenizer: Any
    noise_scheduler: Any  # DDPMScheduler with the model's betas and prediction type
    v2: bool
    v_parameterization: bool
    name: str  # file or folder name, for the LoRA's metadata
    vae_name: str | None = None
    scheduler_config: dict[str, Any] = field(default_factory=dict)  # the model's own, for sampling
    text_encoder_2: Any = None  # SDXL: OpenCLIP bigG (CLIPTextModelWithProjection)
    tokenizer_2: Any = None

    @property
    def latent_scale(self) -> float:
        return float(self.vae.config.scaling_factor)

    @property
    def is_sdxl(self) -> bool:
        return self.text_encoder_2 is not None

    @property
    def text_encoders(self) -> list[Any]:
        return [self.text_encoder] + ([self.text_encoder_2] if self.is_sdxl else [])


def _model_error(message: Phrase, hint: Phrase) -> JobError:
    return JobError("model", message, hint)


def _check_pickle(path: Path, allow_pickle: bool) -> None:
    if path.is_file() and is_pickle(path) and not allow_pickle:
        raise _model_error(
            Phrase("{path}: pickle checkpoints ({suffix}) can run arbitrary code when loaded; Danlu refuses them by "
                   "default.", path=str(path), suffix=path.suffix or "pickle"),
            Phrase("Use a .safetensors version of the model, or set model.allow_pickle = true if you trust the file."),
        )


def _materialize(module: torch.nn.Module, device: torch.device | None = None) -> torch.nn.Module:
    """Copy memory-mapped weights into ordinary memory, or straight onto *device* (``lowram``).

    Weights loaded lazily from a safetensors file stay backed by the file; on CPU the training
    loop then re-faults those pages every step (measured: 10–15% slower on SD 1.5).
    """
    with torch.no_grad():
        for tensor in [*module.parameters(), *module.buffers()]:
            tensor.data = tensor.data.clone() if device is None else tensor.data.to(device, copy=True)
    return module


def _ddpm(scheduler_config: dict[str, Any], prediction_type: str) -> Any:
    from diffusers import DDPMScheduler

    keep = ("num_train_timesteps", "beta_start", "beta_end", "beta_schedule", "trained_betas", "rescale_betas_zero_snr")
    config = {k: v for k, v in scheduler_config.items() if k in keep}
    return DDPMScheduler(**config, clip_sample=False, prediction_type=prediction_type)


def _prediction_type(cfg: ModelSection, scheduler_config: dict[str, Any], warn: Callable[[str], None]) -> str:
    declared = scheduler_config.get("prediction_type", "epsilon")
    if cfg.v_parameterization:
        return "v_prediction"
    if declared == "v_prediction":
        warn(Phrase("The base model's scheduler says it predicts v (v-prediction): training with v_parameterization."))
        return "v_prediction"
    return "epsilon"


def _json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _is_sdxl_folder(folder: Path | str, local_only: bool) -> bool:
    """SDXL: a second text encoder, or, where its folder is missing, the pipeline index or the U-Net's size
    conditioning says it should have one."""
    if Path(folder).is_dir():
        folder = Path(folder)
        return ((folder / "text_encoder_2").is_dir() or "text_encoder_2" in _json(folder / "model_index.json")
                or _json(folder / "unet" / "config.json").get("addition_embed_type") == "text_time")
    from diffusers import DiffusionPipeline

    return "text_encoder_2" in DiffusionPipeline.load_config(folder, local_files_only=local_only)


DIFFUSERS_PARTS = ("unet", "vae", "text_encoder", "tokenizer", "scheduler")
SDXL_PARTS = ("text_encoder_2", "tokenizer_2")


def _load_diffusers(folder: Path | str, local_only: bool) -> dict[str, Any]:
    from diffusers import AutoencoderKL, DDPMScheduler, UNet2DConditionModel
    from transformers import CLIPTextModel, CLIPTextModelWithProjection, CLIPTokenizer

    if Path(folder).is_dir():  # a half-downloaded folder: diffusers' own error names the wrong folder
        wanted = DIFFUSERS_PARTS + (SDXL_PARTS if _is_sdxl_folder(folder, local_only) else ())
        missing = [part for part in wanted if not (Path(folder) / part).is_dir()]
        refiner = {"text_encoder", "tokenizer"} >= set(missing) and "text_encoder" in missing  # text_encoder_2 only
        if refiner and (Path(folder) / "text_encoder_2").is_dir():
            raise not_text_to_image(folder, SDXL_REFINER)
        if missing:
            raise _model_error(
                Phrase("{path}: this diffusers folder has no {parts} sub-folder: the download is incomplete or it "
                       "is not a whole Stable Diffusion model.", path=str(folder), parts=names(missing)),
                Phrase("Download the model again with the model manager, or pick a complete model."),
            )
    kw: dict[str, Any] = {"local_files_only": local_only}
    parts = {
        "unet": UNet2DConditionModel.from_pretrained(folder, subfolder="unet", **kw),
        "vae": AutoencoderKL.from_pretrained(folder, subfolder="vae", **kw),
        "text_encoder": CLIPTextModel.from_pretrained(folder, subfolder="text_encoder", **kw),
        "tokenizer": CLIPTokenizer.from_pretrained(folder, subfolder="tokenizer", **kw),
    }
    if _is_sdxl_folder(folder, local_only):
        parts["text_encoder_2"] = CLIPTextModelWithProjection.from_pretrained(folder, subfolder="text_encoder_2", **kw)
        parts["tokenizer_2"] = CLIPTokenizer.from_pretrained(folder, subfolder="tokenizer_2", **kw)
    parts["scheduler_config"] = dict(DDPMScheduler.load_config(folder, subfolder="scheduler", **kw))
    return parts


@dataclass(frozen=True)
class ModelFamily:
    """A base model's family, read without loading its weights (what the fit estimate needs)."""

    family: str  # "sd15", "sd2", "sd2-v" or "sdxl" (training.fit_estimate.FAMILIES)
    config_dir: Path | None = None  # a diffusers folder, whose own configs give its sizes; None: the bundled ones


def _folder_family(folder: Path, cfg: ModelSection) -> ModelFamily:
    """From a diffusers folder's configs: SDXL has a second text encoder, SD 2.x 1024-wide text states."""
    unet_config = folder / "unet" / "config.json"
    try:
        unet = json.loads(unet_config.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        message = Phrase("{path}: not a diffusers model folder ({file} in unet/ cannot be read: {error}).",
                         path=str(folder), file=unet_config.name, error=str(exc))
        raise _model_error(message, NOT_A_BASE_MODEL_HINT) from exc
    if _is_sdxl_folder(folder, local_only=True):
        return ModelFamily("sdxl", folder)
    if not (cfg.v2 or unet.get("cross_attention_dim") == 1024):
        return ModelFamily("sd15", folder)
    try:
        scheduler = json.loads((folder / "scheduler" / "scheduler_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        scheduler = {}
    v = _prediction_type(cfg, scheduler, lambda _: None) == "v_prediction"
    return ModelFamily("sd2-v" if v else "sd2", folder)


def _cached_repo(repo_id: str) -> Path:
    """The local snapshot of a hub repo id; never downloads."""
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    try:
        return Path(snapshot_download(repo_id, local_files_only=True))
    except (LocalEntryNotFoundError, OSError, ValueError) as exc:
        raise _model_error(Phrase("{repo}: this repo id is not in the local Hugging Face cache, so its family cannot "
                                  "be told without a download.", repo=repo_id),
                           Phrase("Download it with the model manager (Settings → Models) first, or pick a local "
                                  "checkpoint or diffusers folder.")) from exc


def model_family(cfg: ModelSection, resolve: Callable[[str], Path]) -> ModelFamily:
    """The family of the base model named in *cfg*, from configs or checkpoint key names only (no weights).

    Every failure is a JobError of kind ``model`` saying what to do."""
    source = cfg.pretrained_model_name_or_path
    if not source:
        raise _model_error(Phrase("No base model is set (model.pretrained_model_name_or_path)."), NOT_A_BASE_MODEL_HINT)
    path = resolve(source)
    if path.is_dir():
        return _folder_family(path, cfg)
    if path.is_file():
        from training.single_file import base_model_info

        _check_pickle(path, cfg.allow_pickle)
        info = base_model_info(path)
        if info.family == "sd2":
            v = cfg.v_parameterization or info.declared_prediction() == "v_prediction"
            return ModelFamily("sd2-v" if v else "sd2")
        return ModelFamily("sdxl" if info.family == "sdxl" else "sd15")
    if is_repo_id(source):
        return _folder_family(_cached_repo(source), cfg)
    raise _model_error(Phrase("{path}: base model not found.", path=str(path)), NOT_A_BASE_MODEL_HINT)


def check_tokenizers(parts: Mapping[str, Any], source: str) -> None:
    """Refuse a tokenizer with fewer tokens than its text encoder's vocabulary: transformers loads a missing
    or empty tokenizer folder as a 2-token tokenizer without a word, and every caption would then train as
    the same few ids. *parts*: ``tokenizer``, ``text_encoder`` (and SDXL's ``_2`` pair) by name."""
    for suffix in ("", "_2"):
        tokenizer, text_encoder = parts.get("tokenizer" + suffix), parts.get("text_encoder" + suffix)
        if tokenizer is None or text_encoder is None:
            continue
        expected = int(text_encoder.config.vocab_size)
        if len(tokenizer) < expected:
            raise _model_error(
                Phrase("{path}: its tokenizer has {size} tokens where the text encoder has {expected}: the tokenizer "
                       "files are missing or incomplete.", path=source, size=len(tokenizer), expected=expected),
                Phrase("Download the model again with the model manager, or pick a complete model."),
            )


def load_external_vae(path: Path, allow_pickle: bool, sdxl: bool = False) -> Any:
    from diffusers import AutoencoderKL

    _check_pickle(path, allow_pickle)
    if path.is_dir():
        sub = "vae" if (path / "vae").is_dir() else None
        try:
            return AutoencoderKL.from_pretrained(path, subfolder=sub, local_files_only=True)
        except Exception as exc:  # a folder of another model raises whatever its config makes diffusers raise
            raise _model_error(Phrase("{path}: not a readable SD VAE ({error}).", path=str(path),
                                      error=f"{type(exc).__name__}: {exc}"),
                               Phrase("Pick a VAE .safetensors file or a diffusers VAE folder.")) from exc
    if path.is_file():
        from training.single_file import bundled_config_dir, load_single_file_vae

        return load_single_file_vae(path, config_dir=bundled_config_dir("sdxl", False) if sdxl else None)
    raise _model_error(Phrase("{path}: VAE not found.", path=str(path)),
                       Phrase("Pick a VAE .safetensors file or a diffusers VAE folder."))


def load_sd_model(
    cfg: ModelSection, resolve: Callable[[str], Path], warn: Callable[[str], None], device: torch.device | None = None
) -> SDModel:
    """The base model named in *cfg*; every failure is a JobError of kind ``model`` saying what to do.

    With *device* (``lowram``) the U-Net and text encoders are copied from the file straight to it.
    """
    source = cfg.pretrained_model_name_or_path
    path = resolve(source)
    external_vae = None
    try:
        if path.is_dir():
            parts = _load_diffusers(path, local_only=True)
        elif path.is_file():
            _check_pickle(path, cfg.allow_pickle)
            from training.single_file import base_model_info, load_single_file

            info = base_model_info(path)
            if cfg.vae:  # in place of the file's own, which it may lack
                external_vae = load_external_vae(resolve(cfg.vae), cfg.allow_pickle, sdxl=info.family == "sdxl")
            parts = load_single_file(path, v2=cfg.v2, v_parameterization=cfg.v_parameterization, vae=external_vae)
            if info.family == "sd2" and not cfg.v_parameterization and info.declared_prediction() is None:
                warn(Phrase("{path}: an SD 2.x checkpoint does not say whether it predicts noise (512 base) or "
                            "velocity (768-v); it is trained as a 512 noise-predicting model. Tick "
                            "model.v_parameterization for a 768-v model (SD 2.0-v, SD 2.1 768).", path=str(path)))
        elif is_repo_id(source):
            parts = _load_diffusers(source, local_only=False)
        else:
            raise _model_error(
                Phrase("{path}: base model not found.", path=str(path)),
                Phrase("Pick a .safetensors checkpoint, a diffusers folder, or a Hugging Face repo id like "
                       "'org/model'."),
            )
    except (JobError, MemoryError, torch.cuda.OutOfMemoryError):
        raise
    except Exception as exc:  # broken files raise many kinds (the tokenizers library a bare Exception)
        raise _model_error(
            Phrase("{path}: could not load the base model ({error}).", path=source,
                   error=f"{type(exc).__name__}: {exc}"),
            Phrase("Check that it is a Stable Diffusion 1.x/2.x or SDXL model; repo ids must be downloaded first "
                   "(model manager)."),
        ) from exc

    variant = channel_variant(int(parts["unet"].config.in_channels))
    if variant is not None:  # a diffusers inpainting or InstructPix2Pix folder (a file is refused before loading)
        raise not_text_to_image(source, variant)
    vae_name = None
    if cfg.vae:
        vae_path = resolve(cfg.vae)
        if external_vae is None:
            external_vae = load_external_vae(vae_path, cfg.allow_pickle, sdxl="text_encoder_2" in parts)
        parts["vae"] = external_vae
        vae_name = vae_path.name
        channels, wanted = parts["vae"].config.latent_channels, parts["unet"].config.in_channels
        if channels != wanted:
            raise _model_error(
                Phrase("{path}: this VAE makes {channels}-channel latents; the base model's U-Net takes {wanted}.",
                       path=str(vae_path), channels=channels, wanted=wanted),
                Phrase("Pick a VAE made for this model's family (SD 1.x/2.x or SDXL), or clear model.vae."),
            )
    sdxl = "text_encoder_2" in parts
    check_tokenizers(parts, source)
    text_config = parts["text_encoder"].config
    if sdxl and cfg.v2:
        raise _model_error(Phrase("{path}: model.v2 is set but this is an SDXL model.", path=source),
                           Phrase("Untick 'SD 2.x model'."))
    v2 = cfg.v2 or (not sdxl and text_config.hidden_size == 1024)
    prediction = _prediction_type(cfg, parts["scheduler_config"], warn)
    model = SDModel(
        unet=_materialize(parts["unet"], device),
        vae=_materialize(parts["vae"]),
        text_encoder=_materialize(parts["text_encoder"], device),
        tokenizer=parts["tokenizer"],
        noise_scheduler=_ddpm(parts["scheduler_config"], prediction),
        v2=v2,
        v_parameterization=prediction == "v_prediction",
        name=Path(source).name,
        vae_name=vae_name,
        scheduler_config=dict(parts["scheduler_config"]),
        text_encoder_2=_materialize(parts["text_encoder_2"], device) if sdxl else None,
        tokenizer_2=parts.get("tokenizer_2"),
    )
    for module in (model.unet, model.vae, *model.text_encoders):
        module.requires_grad_(False)
        module.eval()
    return model
