"""Single-file SD 1.x / 2.x / SDXL checkpoints (A1111 / CivitAI style ``.safetensors``), loaded offline.

diffusers converts the original (LDM / SGM) key layout; the diffusers configs it needs come from
``resources/sd_configs/`` (SD 1.5, SD 2.x 512, SD 2.x 768-v, SDXL base 1.0) and the tokenizers from
``resources/tokenizers/``, so no hub lookup ever happens. The model family is read from the
checkpoint's keys; SD 2.x 512 and 768-v have the same weights' shapes, so ``v_parameterization``
(or ``v2`` with it) picks the 768-v config, unless the file declares its prediction type (the SAI model
spec's ``modelspec.prediction_type``, or the ``v_pred`` marker key of v-prediction SDXL releases).

Before anything is loaded, a file that is not an SD 1.x/2.x/SDXL text-to-image model is refused naming what it
is (a LoRA, VAE, embedding, ControlNet, SD3, FLUX.1 or Stable Cascade file, a U-Net alone, an inpainting or
InstructPix2Pix variant, an SDXL refiner) and what to pick instead. Pickles are recognised by their first bytes
under any name but ``.safetensors`` and only ever read with PyTorch's weights-only unpickler.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable
from dataclasses import dataclass, field
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
SDXL_CLIP_L_KEY = "conditioner.embedders.0.transformer."
SDXL_BIGG_KEY = "conditioner.embedders.1.model."
UNET_KEY = "model.diffusion_model."
UNET_INPUT_KEY = UNET_KEY + "input_blocks.0.0.weight"
VAE_KEY = "first_stage_model."
PICKLE_SUFFIXES = (".ckpt", ".pt", ".pth", ".bin")
PICKLE_MAGIC = (b"PK\x03\x04", b"\x80")  # torch.save's zip archive; a bare pickle (protocol 2 and later)
NOT_A_BASE_MODEL_HINT = Phrase("Pick a Stable Diffusion 1.x/2.x or SDXL base model: a .safetensors checkpoint, a "
                               "diffusers folder, or a Hugging Face repo id downloaded with the model manager.")


def checkpoint_family(keys: Iterable[str]) -> str:
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


def is_pickle(path: Path) -> bool:
    """A pickle checkpoint: by its ending, or under any name but .safetensors by its first bytes (a pickle
    renamed .pkl, or with no ending at all, is one too)."""
    suffix = path.suffix.lower()
    if suffix in PICKLE_SUFFIXES:
        return True
    if suffix == ".safetensors":
        return False
    try:
        with path.open("rb") as fh:
            return fh.read(4).startswith(PICKLE_MAGIC)
    except OSError:
        return False


@dataclass(frozen=True)
class CheckpointInfo:
    """A single-file checkpoint's tensor names and shapes and its metadata, read without its weights where
    the format allows (safetensors' header)."""

    path: Path
    shapes: dict[str, tuple[int, ...]]
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def family(self) -> str:
        return checkpoint_family(self.shapes)

    def declared_prediction(self) -> str | None:
        """'v_prediction' or 'epsilon' where the file says which (the SAI model spec's
        ``modelspec.prediction_type``, or the ``v_pred`` marker key of v-prediction SDXL releases), else None."""
        declared = self.metadata.get("modelspec.prediction_type", "").strip().lower()
        if declared in ("v", "v_prediction", "v-prediction"):
            return "v_prediction"
        if declared in ("epsilon", "eps"):
            return "epsilon"
        return "v_prediction" if "v_pred" in self.shapes else None


def _unreadable(path: Path, exc: Exception) -> JobError:
    try:
        with path.open("rb") as fh:
            head = fh.read(64).lstrip()
    except OSError:
        head = b""
    if head[:1] in (b"<", b"{"):  # a web page or a JSON error saved under the model's name
        return JobError("model", Phrase("{path}: this is a web page or a text message, not a model file: the "
                                        "download failed.", path=str(path)),
                        Phrase("Download the model again (some sites need you to log in or an API key), then pick "
                               "the new file."))
    return JobError("model", Phrase("{path}: not a readable checkpoint ({error}).", path=str(path), error=str(exc)),
                    Phrase("Re-download the model."))


def read_checkpoint_info(path: Path) -> CheckpointInfo:
    """Names, shapes and metadata of a single-file checkpoint. A pickle is read with PyTorch's weights-only
    unpickler, which runs no code from the file (callers still check ``allow_pickle`` first). A safetensors
    header is read without PyTorch, so the desktop's check before launch does not load it."""
    head = b""
    try:
        if not is_pickle(path):
            with safe_open(str(path), framework="numpy") as fh:
                names = fh.keys()
                shapes = {k: tuple(fh.get_slice(k).get_shape()) for k in names}
                return CheckpointInfo(path, shapes, dict(fh.metadata() or {}))
        import torch

        with path.open("rb") as fh:
            head = fh.read(4)
        state = torch.load(str(path), map_location="cpu", weights_only=True, mmap=head == PICKLE_MAGIC[0])
    except pickle.UnpicklingError as exc:
        if not head.startswith(PICKLE_MAGIC):  # no pickle at all (a damaged or mislabelled file)
            raise _unreadable(path, exc) from exc
        raise JobError("model", Phrase("{path}: this pickle checkpoint holds Python objects besides its weights, and "
                                       "Danlu only reads weights from pickles: the rest could run code.",
                                       path=str(path)),
                       Phrase("Use a .safetensors version of the model.")) from exc
    except Exception as exc:
        raise _unreadable(path, exc) from exc
    while isinstance(state, dict) and isinstance(state.get("state_dict"), dict):
        state = state["state_dict"]
    items = state.items() if isinstance(state, dict) else []  # other values (an embedding's name) as shape ()
    return CheckpointInfo(path, {str(k): tuple(v.shape) if hasattr(v, "shape") else () for k, v in items})


def file_family(path: Path) -> str:
    """'sd1', 'sd2', 'sdxl' or 'unknown' for a single-file checkpoint on disk."""
    return read_checkpoint_info(path).family


LORA_MARKERS = (".lora_down.", ".lora_up.", ".lora_A.", ".lora_B.", ".lora.down.", ".hada_w1_", ".lokr_w1", ".oft_",
                ".lora_linear_layer.")
VAE_PREFIXES = ("encoder.", "decoder.", "quant_conv.", "post_quant_conv.", VAE_KEY)
EMBEDDING_KEYS = {"emb_params", "clip_l", "clip_g", "name", "step", "sd_checkpoint", "sd_checkpoint_name"}


def _what_else(keys: list[str]) -> tuple[Phrase, Phrase]:
    """What a file that is not an SD 1.x/2.x/SDXL checkpoint is, from its key names, and what to pick instead."""
    def having(*parts: str) -> bool:
        return any(part in key for key in keys for part in parts)

    hint = NOT_A_BASE_MODEL_HINT
    if not keys:
        return Phrase("a file with no weights in it"), hint
    if any(k.startswith(("lora_unet_", "lora_te", "lycoris_")) for k in keys) or having(*LORA_MARKERS):
        return Phrase("a LoRA / LyCORIS file (network weights)"), Phrase(
            "Pick the base model the LoRA was made for. To train on from this LoRA, set it as network.network_weights.")
    if having("control_model.", "input_hint_block.", "controlnet_cond_embedding.", "controlnet_down_blocks."):
        return Phrase("a ControlNet"), hint
    if having("double_blocks.", "single_blocks.") and not having("input_blocks."):
        return Phrase("a FLUX.1 model"), hint
    if having("joint_blocks."):
        return Phrase("an SD3 / SD3.5 model"), hint
    if having("clip_txt_mapper.", "clip_txt_pooled_mapper.", "effnet_mapper", "clf.1."):
        return Phrase("a Stable Cascade model"), hint
    if all(k in EMBEDDING_KEYS or k.startswith(("string_to_param", "string_to_token")) for k in keys):
        return Phrase("a textual-inversion embedding"), hint
    if all(k.startswith(VAE_PREFIXES) for k in keys):
        return Phrase("a VAE"), Phrase("Pick a full checkpoint as the base model; to use this VAE with it, set it as "
                                       "model.vae.")
    if any(k.startswith("model_ema.") for k in keys):
        return Phrase("a training checkpoint whose U-Net is stored only as EMA weights (model_ema.*)"), Phrase(
            "Pick a released (pruned or EMA-only) version of the model, whose U-Net is under model.diffusion_model.")
    if any(k.startswith(UNET_KEY) for k in keys) or having("input_blocks.", "down_blocks."):
        return Phrase("a U-Net without its text encoder"), Phrase(
            "Pick the full checkpoint (U-Net, text encoder and VAE in one file) or a diffusers folder.")
    if having("text_model.", SD1_TEXT_KEY, SD2_TEXT_KEY):
        return Phrase("a text encoder alone"), hint
    return Phrase("a file of weights of no kind Danlu knows"), hint


def channel_variant(channels: int) -> tuple[Phrase, Phrase] | None:
    """A U-Net taking more than the 4 latent channels is an inpainting, editing or other image-conditioned variant,
    which a LoRA is not trained on: what it is, and what to pick instead."""
    if channels == 9:
        what = Phrase("an inpainting model (its U-Net takes 9 input channels, not 4)")
    elif channels == 8:
        what = Phrase("an InstructPix2Pix (image editing) model (its U-Net takes 8 input channels, not 4)")
    elif channels != 4:
        what = Phrase("an image-conditioned model (its U-Net takes {n} input channels, not 4)", n=channels)
    else:
        return None
    return what, Phrase("LoRAs are trained on the text-to-image model of the family: pick that one. A LoRA trained "
                        "on it also works with this variant.")


SDXL_REFINER = (Phrase("an SDXL refiner (its one text encoder is OpenCLIP bigG)"),
                Phrase("Pick the SDXL base model (sd_xl_base_1.0) or a model made from it: the refiner only finishes "
                       "images."))


def not_text_to_image(path: Path | str, variant: tuple[Phrase, Phrase]) -> JobError:
    """The error for a model of a known family that is not its text-to-image model (*variant*: what it is, and
    what to pick instead)."""
    what, hint = variant
    return JobError("model", Phrase("{path}: {kind}, not a text-to-image base model.", path=str(path), kind=what),
                    hint)


def _variant(info: CheckpointInfo) -> tuple[Phrase, Phrase] | None:
    """What keeps a checkpoint of a known family from being a text-to-image base model, and what to pick instead."""
    family, keys = info.family, info.shapes
    shape = keys.get(UNET_INPUT_KEY, ())
    variant = channel_variant(shape[1] if len(shape) == 4 else 4)
    if variant is not None:
        return variant
    if family != "sdxl":
        return None
    has_l, has_g = (any(k.startswith(prefix) for k in keys) for prefix in (SDXL_CLIP_L_KEY, SDXL_BIGG_KEY))
    if not has_l and any(k.startswith("conditioner.embedders.0.model.") for k in keys):
        return SDXL_REFINER
    if not (has_l and has_g):
        return Phrase("an SDXL checkpoint without both of its text encoders"), Phrase(
            "Download the full checkpoint again (U-Net, both text encoders and VAE in one file).")
    if "edm_mean" in keys or "edm_vpred.sigma_max" in keys:
        return Phrase("an SDXL-based model with an EDM noise schedule (Playground v2.5 or similar), which this "
                      "trainer cannot train"), Phrase("Pick an SDXL model with the standard noise schedule.")
    return None


def base_model_info(path: Path) -> CheckpointInfo:
    """The checkpoint's info if it is an SD 1.x/2.x/SDXL text-to-image base model; otherwise a JobError of kind
    ``model`` saying what the file is and what to pick instead."""
    info = read_checkpoint_info(path)
    if info.family == "unknown":
        what, hint = _what_else(list(info.shapes))
        raise JobError("model", Phrase("{path}: {kind}, not a Stable Diffusion 1.x/2.x or SDXL base model.",
                                       path=str(path), kind=what), hint)
    variant = _variant(info)
    if variant is not None:
        raise not_text_to_image(path, variant)
    return info


def single_file_pipeline(path: Path, v2: bool, v_parameterization: bool, config_dir: Path | None = None,
                         vae: Any = None) -> Any:
    """A diffusers text-to-image pipeline read from a single-file checkpoint, offline, with the bundled
    configs and tokenizers. *config_dir* replaces the bundled diffusers config (a model of another size,
    e.g. in tests); *vae* replaces the checkpoint's own (it may have none). A prediction type the file
    declares (``CheckpointInfo.declared_prediction``) is its scheduler's."""
    from diffusers import StableDiffusionPipeline, StableDiffusionXLPipeline
    from diffusers.loaders.single_file_utils import SingleFileComponentError
    from transformers import CLIPTokenizer

    info = base_model_info(path)
    family = info.family
    if v2 and family != "sd2":
        shown = "SDXL" if family == "sdxl" else "SD 1.x"
        raise JobError("model", Phrase("{path}: model.v2 is set but this is an {family} checkpoint.", path=str(path),
                                       family=shown), Phrase("Untick 'SD 2.x model'."))
    if vae is None and not any(k.startswith(VAE_KEY) for k in info.shapes):
        raise JobError("model", Phrase("{path}: this checkpoint holds no VAE weights.", path=str(path)),
                       Phrase("Pick a checkpoint with its VAE baked in, or, for training, set model.vae to the VAE "
                              "made for this model."))
    declared = info.declared_prediction()
    v_parameterization = v_parameterization or declared == "v_prediction"
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
                **({"vae": vae} if vae is not None else {}),
            )
        else:
            pipe = StableDiffusionPipeline.from_single_file(
                str(path),
                config=str(config),
                local_files_only=True,
                tokenizer=tokenizer,
                safety_checker=None,
                feature_extractor=None,
                **({"vae": vae} if vae is not None else {}),
            )
    except (OSError, ValueError, KeyError, RuntimeError, SingleFileComponentError) as exc:
        raise JobError(
            "model",
            Phrase("{path}: could not read it as an {family} checkpoint ({error}).", path=str(path), family=shown,
                   error=str(exc)),
            Phrase("Check that the file is complete and is a standard {family} model.", family=shown),
        ) from exc
    if declared is not None and pipe.scheduler.config.get("prediction_type") != declared:
        pipe.scheduler = type(pipe.scheduler).from_config(pipe.scheduler.config, prediction_type=declared)
    return pipe


def load_single_file(path: Path, v2: bool, v_parameterization: bool, config_dir: Path | None = None,
                     vae: Any = None) -> dict[str, Any]:
    """U-Net, VAE, text encoder(s), tokenizer(s) and scheduler config of a single-file checkpoint.

    SDXL adds ``text_encoder_2`` and ``tokenizer_2``.
    """
    pipe = single_file_pipeline(path, v2, v_parameterization, config_dir, vae)
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
