"""Tiny random Stable Diffusion pipelines (and the kit of every tiny model Danlu loads) for offline tests.

The folders have the layout and configs of the real diffusers repos (SD 1.5, a v-prediction SD, SDXL
base), only with a few hundred thousand parameters per model, so the real loading, training and
sampling code runs on them in seconds. Weights come from a seed: the same seed gives identical bytes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path

from dataprep.tiny_models import build_tiny_blip, build_tiny_open_clip, build_tiny_wd_tagger
from training.tokenizer_files import CLIP_BIGG, CLIP_L, bundled_tokenizer_dir

KIT_VERSION = "2"  # bump whenever a builder's output changes, so cached kits are rebuilt
_STAMP = "KIT_VERSION"

# Scheduler values of runwayml/stable-diffusion-v1-5 and stabilityai/stable-diffusion-xl-base-1.0 (the keys
# that PNDMScheduler and EulerDiscreteScheduler take; the real files also carry a few that they ignore).
_SD1_SCHEDULER = {
    "beta_start": 0.00085,
    "beta_end": 0.012,
    "beta_schedule": "scaled_linear",
    "num_train_timesteps": 1000,
    "set_alpha_to_one": False,
    "skip_prk_steps": True,
    "steps_offset": 1,
}
_SDXL_SCHEDULER = {
    "beta_start": 0.00085,
    "beta_end": 0.012,
    "beta_schedule": "scaled_linear",
    "num_train_timesteps": 1000,
    "interpolation_type": "linear",
    "prediction_type": "epsilon",
    "steps_offset": 1,
    "timestep_spacing": "leading",
    "use_karras_sigmas": False,
}

_TEXT_HIDDEN = 32
_TIME_EMBED_DIM = 8  # SDXL's addition_time_embed_dim (256 in the real model)


def _text_config(hidden_act: str) -> dict[str, object]:
    # bos/eos/pad ids 0/2/1 as in the real SD text encoder configs (eos 2 selects the pooled token by argmax).
    return {
        "vocab_size": 49408,
        "hidden_size": _TEXT_HIDDEN,
        "intermediate_size": 64,
        "num_hidden_layers": 2,
        "num_attention_heads": 4,
        "max_position_embeddings": 77,
        "hidden_act": hidden_act,
        "projection_dim": _TEXT_HIDDEN,
        "bos_token_id": 0,
        "eos_token_id": 2,
        "pad_token_id": 1,
    }


def _tiny_vae(scaling_factor: float):
    from diffusers import AutoencoderKL

    return AutoencoderKL(
        in_channels=3,
        out_channels=3,
        down_block_types=("DownEncoderBlock2D",) * 4,
        up_block_types=("UpDecoderBlock2D",) * 4,
        block_out_channels=(8, 16, 32, 32),  # four levels: 8x downscale, as SD's VAE
        layers_per_block=1,
        latent_channels=4,
        norm_num_groups=8,
        sample_size=64,
        scaling_factor=scaling_factor,
    )


def _save(pipe, dest: Path, tokenizers: dict[str, str]) -> Path:
    """Save *pipe*, then put the bundled tokenizer files (the ones real repos ship) in its tokenizer folders."""
    pipe.save_pretrained(dest, safe_serialization=True)
    for folder, name in tokenizers.items():
        shutil.rmtree(dest / folder)
        shutil.copytree(bundled_tokenizer_dir(name), dest / folder)
    return dest


def build_tiny_sd1(dest: Path, seed: int = 0, prediction_type: str = "epsilon") -> Path:
    """A StableDiffusionPipeline folder shaped like SD 1.5 (``prediction_type="v_prediction"``: like SD 2.x-v)."""
    import torch
    from diffusers import PNDMScheduler, StableDiffusionPipeline, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

    if prediction_type not in ("epsilon", "v_prediction"):
        raise ValueError(f"prediction_type must be 'epsilon' or 'v_prediction', got {prediction_type!r}")
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        unet = UNet2DConditionModel(
            sample_size=8,
            in_channels=4,
            out_channels=4,
            block_out_channels=(32, 64),
            layers_per_block=1,
            down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),  # attention first, as SD 1.5
            up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"),
            cross_attention_dim=_TEXT_HIDDEN,
            attention_head_dim=8,
        )
        vae = _tiny_vae(scaling_factor=0.18215)
        text_encoder = CLIPTextModel(CLIPTextConfig(**_text_config("quick_gelu")))
    pipe = StableDiffusionPipeline(
        vae=vae,
        text_encoder=text_encoder,
        tokenizer=CLIPTokenizer.from_pretrained(bundled_tokenizer_dir(CLIP_L)),
        unet=unet,
        scheduler=PNDMScheduler(**_SD1_SCHEDULER, prediction_type=prediction_type),
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
    )
    return _save(pipe, Path(dest), {"tokenizer": CLIP_L})


def build_tiny_sdxl(dest: Path, seed: int = 0) -> Path:
    """A StableDiffusionXLPipeline folder shaped like SDXL base 1.0 (two text encoders, text_time embedding)."""
    import torch
    from diffusers import EulerDiscreteScheduler, StableDiffusionXLPipeline, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTextModelWithProjection, CLIPTokenizer

    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        unet = UNet2DConditionModel(
            sample_size=8,
            in_channels=4,
            out_channels=4,
            block_out_channels=(32, 64),
            layers_per_block=1,
            down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),  # attention on the deeper level, as SDXL
            up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
            transformer_layers_per_block=(1, 2),
            attention_head_dim=(2, 4),
            use_linear_projection=True,
            cross_attention_dim=2 * _TEXT_HIDDEN,  # both encoders' hidden states, concatenated
            addition_embed_type="text_time",
            addition_time_embed_dim=_TIME_EMBED_DIM,
            # 6 size/crop conditioning numbers, each embedded, plus text_encoder_2's pooled projection
            projection_class_embeddings_input_dim=6 * _TIME_EMBED_DIM + _TEXT_HIDDEN,
        )
        vae = _tiny_vae(scaling_factor=0.13025)
        text_encoder = CLIPTextModel(CLIPTextConfig(**_text_config("quick_gelu")))
        text_encoder_2 = CLIPTextModelWithProjection(CLIPTextConfig(**_text_config("gelu")))
    pipe = StableDiffusionXLPipeline(
        vae=vae,
        text_encoder=text_encoder,
        text_encoder_2=text_encoder_2,
        tokenizer=CLIPTokenizer.from_pretrained(bundled_tokenizer_dir(CLIP_L)),
        tokenizer_2=CLIPTokenizer.from_pretrained(bundled_tokenizer_dir(CLIP_BIGG)),
        unet=unet,
        scheduler=EulerDiscreteScheduler(**_SDXL_SCHEDULER),
        add_watermarker=False,
    )
    return _save(pipe, Path(dest), {"tokenizer": CLIP_L, "tokenizer_2": CLIP_BIGG})


@dataclass(frozen=True)
class TinyModels:
    """Folders of the tiny kit: diffusers pipelines, WD tagger folders, a BLIP folder and an open_clip folder."""

    sd1: Path  # StableDiffusionPipeline, epsilon prediction (SD 1.5 layout)
    sd1_v: Path  # the same weights with a v_prediction scheduler (SD 2.x-v style)
    sdxl: Path  # StableDiffusionXLPipeline
    wd_tagger: Path  # model.onnx + selected_tags.csv, dynamic batch (v3 style)
    wd_tagger_v2: Path  # the same with a fixed batch of 1 (v2 style)
    blip: Path  # BlipForConditionalGeneration + BlipProcessor
    open_clip: Path  # open_clip config + safetensors (CLIP scores of grids, reg checks, near-duplicates)

    @classmethod
    def in_dir(cls, root: Path) -> TinyModels:
        return cls(**{f.name: Path(root) / f.name for f in fields(cls)})


def _build_kit(root: Path, seed: int, progress: Callable[[str, int, int], None] | None = None) -> None:
    kit = TinyModels.in_dir(root)
    builders: list[tuple[str, Callable[[], object]]] = [
        ("sd1", lambda: build_tiny_sd1(kit.sd1, seed)),
        ("sd1_v", lambda: build_tiny_sd1(kit.sd1_v, seed, prediction_type="v_prediction")),
        ("sdxl", lambda: build_tiny_sdxl(kit.sdxl, seed)),
        ("wd_tagger", lambda: build_tiny_wd_tagger(kit.wd_tagger, seed)),
        ("wd_tagger_v2", lambda: build_tiny_wd_tagger(kit.wd_tagger_v2, seed, fixed_batch=True)),
        ("blip", lambda: build_tiny_blip(kit.blip, seed)),
        ("open_clip", lambda: build_tiny_open_clip(kit.open_clip, seed)),
    ]
    for done, (name, build) in enumerate(builders):
        if progress is not None:
            progress(name, done, len(builders))
        build()
    if progress is not None:
        progress("", len(builders), len(builders))
    (root / _STAMP).write_text(KIT_VERSION + "\n", encoding="utf-8")  # last: only a finished kit has a stamp


def is_current(root: Path) -> bool:
    """Whether *root* holds a finished kit of this KIT_VERSION."""
    try:
        return (root / _STAMP).read_text(encoding="utf-8").strip() == KIT_VERSION
    except OSError:
        return False


def build_all(cache_dir: Path, seed: int = 0,
              progress: Callable[[str, int, int], None] | None = None) -> TinyModels:
    """The kit for *seed* under *cache_dir*, built once and reused while its KIT_VERSION stamp matches;
    *progress(model, done, total)* is called before each model is built (and once at the end).

    It is built in a temporary folder and renamed into place, so an interrupted build is never reused;
    when two processes build at once, the first rename wins and the other uses that kit."""
    cache_dir = Path(cache_dir)
    root = cache_dir / f"seed{seed}"
    if is_current(root):
        return TinyModels.in_dir(root)
    cache_dir.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=".building-", dir=cache_dir))
    try:
        _build_kit(building, seed, progress)
        if root.exists() and not is_current(root):  # an outdated kit: move it aside, then delete it
            stale = Path(tempfile.mkdtemp(prefix=".stale-", dir=cache_dir))
            with contextlib.suppress(FileNotFoundError):  # another process may have moved it already
                os.replace(root, stale / root.name)
            shutil.rmtree(stale, ignore_errors=True)
        try:
            os.rename(building, root)
        except OSError:
            if not is_current(root):  # not another process's finished kit: a real failure
                raise
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return TinyModels.in_dir(root)
