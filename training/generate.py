"""The one path by which Danlu renders images with Stable Diffusion: reg sets, samples during training,
comparison grids.

Every image is an :class:`ImageRequest` with its own prompt, seed and settings, and its own CPU
``torch.Generator``: its starting noise (and an ancestral sampler's noise) depends on its seed only,
so an image is the same whether it is rendered alone or in a batch, on this GPU or another, and any
one image of a set can be rendered again from its index. Batches are cut at fixed index boundaries
(``index // batch_size``), so a job resumed after a cancel renders the same batches as a straight
run and gets bit-identical images on CPU. (Different batch compositions agree to float rounding
only: oneDNN convolutions and GroupNorm pick their reduction order by batch shape.)
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dataprep.jobs import JobError
from dataprep.phrases import Phrase, names
from training.prompts import PromptSpec
from training.samplers import build_scheduler, get_sampler

SEED_STRIDE = 1_000_000  # attempt k of an index adds k × this to its seed (a rejected image, rendered anew)
LATENT_FACTOR = 8  # SD's VAE downscale: sizes are multiples of it
MIN_SIZE = 64
Size = tuple[int, int]


class NonFiniteImageError(ValueError):
    """The model produced NaN/inf (fp16 overflow in the VAE or UNet); the image would be black."""


@dataclass(frozen=True)
class RenderSettings:
    """The job's settings; a prompt's own options (``--w``, ``--s``...) override them."""

    width: int = 512
    height: int = 512
    steps: int = 25
    scale: float = 7.0
    sampler: str = "dpmsolver++_karras"
    negative_prompt: str = ""


@dataclass(frozen=True)
class ImageRequest:
    index: int
    prompt: str
    negative_prompt: str
    seed: int
    width: int
    height: int
    steps: int
    scale: float
    sampler: str

    @property
    def batch_key(self) -> tuple[Any, ...]:
        """Requests that may share one pipeline call (an empty negative prompt is encoded differently by
        SDXL, so it is part of the key too)."""
        return self.width, self.height, self.steps, self.scale, self.sampler, bool(self.negative_prompt)

    def parameters(self, model_name: str = "", clip_skip: int = 1) -> str:
        """A1111's parameters text: other tools read it from the PNG, and users copy it."""
        lines = [self.prompt]
        if self.negative_prompt:
            lines.append(f"Negative prompt: {self.negative_prompt}")
        fields = [f"Steps: {self.steps}", f"Sampler: {get_sampler(self.sampler).label}", f"CFG scale: {self.scale:g}",
                  f"Seed: {self.seed}", f"Size: {self.width}x{self.height}"]
        if model_name:
            fields.append(f"Model: {model_name}")
        if clip_skip > 1:
            fields.append(f"Clip skip: {clip_skip}")
        lines.append(", ".join(fields))
        return "\n".join(lines)


def _snap(size: int) -> int:
    """sd-scripts' rounding of sample sizes: down to a multiple of 8, at least 64."""
    return max(MIN_SIZE, size - size % LATENT_FACTOR)


def seed_for(index: int, base_seed: int, prompt_seed: int | None = None, prompt_count: int = 1,
             attempt: int = 0) -> int:
    """The seed of image *index*: base + index; a prompt with its own seed (``--d``) keeps it on its first
    use and counts up from it each time the prompt list comes round again."""
    seed = base_seed + index if prompt_seed is None else prompt_seed + index // prompt_count
    return seed + attempt * SEED_STRIDE


def plan_requests(prompts: Sequence[PromptSpec], indices: Iterable[int], settings: RenderSettings, base_seed: int,
                  attempts: Mapping[int, int] | None = None, sizes: Sequence[Size] | None = None) -> list[ImageRequest]:
    """Requests for *indices*: image i uses prompt ``i % len(prompts)`` and, when *sizes* is given (the
    training images' buckets), size ``i % len(sizes)``; a prompt's own options win."""
    if not prompts:
        raise ValueError("no prompts to render")
    attempts = attempts or {}
    requests = []
    for index in sorted(set(indices)):
        spec = prompts[index % len(prompts)]
        width, height = sizes[index % len(sizes)] if sizes else (settings.width, settings.height)
        requests.append(ImageRequest(
            index=index,
            prompt=spec.prompt,
            negative_prompt=settings.negative_prompt if spec.negative_prompt is None else spec.negative_prompt,
            seed=seed_for(index, base_seed, spec.seed, len(prompts), attempts.get(index, 0)),
            width=_snap(spec.width or width),
            height=_snap(spec.height or height),
            steps=spec.steps or settings.steps,
            scale=settings.scale if spec.scale is None else spec.scale,
            sampler=get_sampler(spec.sampler or settings.sampler).name,
        ))
    return requests


def batches(requests: Sequence[ImageRequest], batch_size: int) -> list[list[ImageRequest]]:
    """Pipeline calls: fixed index blocks of *batch_size*, split where settings differ."""
    if batch_size < 1:
        raise ValueError(f"batch size must be 1 or more (got {batch_size})")
    blocks: dict[tuple[int, tuple[Any, ...]], list[ImageRequest]] = {}
    for request in sorted(requests, key=lambda r: r.index):
        blocks.setdefault((request.index // batch_size, request.batch_key), []).append(request)
    return list(blocks.values())


@dataclass(frozen=True)
class GenerateOptions:
    device: str = "auto"  # auto | cpu | cuda | cuda:N
    dtype: str = "auto"  # auto (fp16 on GPU, fp32 on CPU) | fp16 | bf16 | fp32
    compile: bool = False  # torch.compile the UNet (minutes of warm-up; pays off over hundreds of images)
    vae_tiling: str = "auto"  # auto | on | off; auto: when a side exceeds 1.5× the VAE's native size

    def __post_init__(self) -> None:
        if self.vae_tiling not in ("auto", "on", "off"):
            raise JobError("config", Phrase("vae_tiling '{value}' is not one of auto, on, off.", value=self.vae_tiling))
        if self.clip_skip < 1:
            raise JobError("config", Phrase("clip_skip must be 1 or more (got {n}).", n=self.clip_skip))
    clip_skip: int = 1  # A1111/sd-scripts meaning: 2 = the penultimate text encoder layer


def resolve_device(name: str) -> Any:
    import torch

    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    device = torch.device(name)
    if device.type == "cuda" and not torch.cuda.is_available():
        raise JobError("cuda", Phrase("device '{name}' was asked for, but PyTorch sees no CUDA GPU.", name=name),
                       Phrase("Pick device 'auto' or 'cpu', or run 'python -m training doctor' to see why the GPU is "
                              "missing."))
    return device


def resolve_dtype(name: str, device: Any) -> Any:
    import torch

    dtypes = {"fp16": torch.float16, "bf16": torch.bfloat16, "fp32": torch.float32}
    if name == "auto":
        return torch.float16 if device.type == "cuda" else torch.float32
    if name not in dtypes:
        raise JobError("config", Phrase("dtype '{name}' is not one of auto, fp16, bf16, fp32.", name=name))
    return dtypes[name]


TEXT_TO_IMAGE = ("StableDiffusionPipeline", "StableDiffusionXLPipeline")
PICK_BASE_MODEL = Phrase("Pick the base model the LoRA is trained on.")


def load_pipeline(model: str | Path, options: GenerateOptions = GenerateOptions()) -> Any:
    """A text-to-image pipeline from a diffusers folder, a single-file SD 1.x/SDXL checkpoint or a cached
    Hugging Face repo id, offline.

    The safety checker is left out: it blacks out images, which would silently spoil a reg set.
    """
    from diffusers import DiffusionPipeline  # not AutoPipeline: that imports every pipeline diffusers has

    from training.models import DIFFUSERS_PARTS, SDXL_PARTS, is_repo_id

    path = Path(model).expanduser()
    device = resolve_device(options.device)
    dtype = resolve_dtype(options.dtype, device)
    if path.is_file():
        return _single_file_pipeline(path).to(device, dtype)
    if not path.exists() and not is_repo_id(str(model)):
        raise JobError("model", Phrase("{path}: base model not found.", path=str(path)),
                       Phrase("Pick a .safetensors checkpoint, a diffusers folder, or a Hugging Face repo id like "
                              "'org/model'."))
    kwargs: dict[str, Any] = {"dtype": dtype, "local_files_only": True}
    if path.is_dir():
        index = path / "model_index.json"
        if not index.is_file():
            raise JobError("model", Phrase("{path}: not a diffusers model folder (no model_index.json).",
                                           path=str(path)),
                           Phrase("Pick the folder that holds model_index.json, unet/, vae/ and text_encoder/."))
        source: str | Path = path
        try:
            components = json.loads(index.read_text(encoding="utf-8"))
            class_name = str(components.get("_class_name", ""))
        except (OSError, ValueError, AttributeError) as exc:
            raise JobError("model", Phrase("{path}: its model_index.json cannot be read ({error}).", path=str(path),
                                           error=f"{type(exc).__name__}: {exc}"),
                           Phrase("Download the model again with the model manager, or pick a complete model.")
                           ) from exc
        if class_name not in TEXT_TO_IMAGE:
            kind = class_name or Phrase("unknown")
            raise JobError("model", Phrase("{path}: a {kind} model, not a Stable Diffusion 1.x/2.x or SDXL "
                                           "text-to-image model.", path=str(path), kind=kind), PICK_BASE_MODEL)
        missing = [name for name in (*DIFFUSERS_PARTS, *SDXL_PARTS)  # not the safety checker: it is left out
                   if isinstance(components.get(name), list) and components[name][:1] != [None]
                   and not (path / name).is_dir()]
        if missing:  # diffusers' own error would name the model folder, not the missing part
            raise JobError("model", Phrase("{path}: this diffusers folder has no {parts} sub-folder: the download is "
                                           "incomplete or it is not a whole Stable Diffusion model.", path=str(path),
                                           parts=names(missing)),
                           Phrase("Download the model again with the model manager, or pick a complete model."))
    else:
        source, class_name = str(model), ""
    if class_name in ("", "StableDiffusionPipeline"):  # the checker's image processor goes with it (often deleted)
        kwargs.update(safety_checker=None, feature_extractor=None, requires_safety_checker=False)
    try:
        pipe = DiffusionPipeline.from_pretrained(source, **kwargs)
    except MemoryError:
        raise
    except Exception as exc:  # broken files raise many kinds (the tokenizers library a bare Exception)
        raise JobError("model", Phrase("{path}: could not load the model ({error}).", path=str(model),
                                       error=f"{type(exc).__name__}: {exc}"),
                       Phrase("Check the path; a Hugging Face repo id must be downloaded first.")) from exc
    if type(pipe).__name__ not in TEXT_TO_IMAGE:
        raise JobError("model", Phrase("{path}: a {kind}, not a Stable Diffusion text-to-image model.", path=str(model),
                                       kind=type(pipe).__name__), PICK_BASE_MODEL)
    from training.models import check_tokenizers

    check_tokenizers(pipe.components, str(model))
    return pipe.to(device)


def _single_file_pipeline(path: Path) -> Any:
    """A .safetensors checkpoint as most models are shared (civitai, A1111's models folder)."""
    from training.single_file import base_model_info, is_pickle, single_file_pipeline

    if is_pickle(path):
        raise JobError("model", Phrase("{path}: a pickle checkpoint; loading one can run code, so generation does not.",
                                       path=str(path)),
                       Phrase("Use a .safetensors version of the model, or a diffusers folder."))
    info = base_model_info(path)
    if info.family == "sd2" and info.declared_prediction() is None:
        raise JobError("model", Phrase("{path}: an SD 2.x single-file checkpoint, which does not say whether it "
                                       "predicts noise (512 base) or velocity (768-v).", path=str(path)),
                       Phrase("Use the model as a diffusers folder (it names its prediction type), or an SD 1.x/SDXL "
                              "file."))
    return single_file_pipeline(path, v2=False, v_parameterization=False)


def pipeline_from_parts(unet: Any, vae: Any, text_encoder: Any, tokenizer: Any, scheduler: Any,
                        text_encoder_2: Any = None, tokenizer_2: Any = None) -> Any:
    """A pipeline around modules already in memory: the trainer's, with its LoRA attached, for samples.

    *scheduler* should carry the model's own scheduler config (not a training DDPM one): samplers are
    built from it, and its timestep spacing decides which steps a sampler takes, so samples during
    training then match the reg set's and the grid's images of the same seed.
    """
    from diffusers import StableDiffusionPipeline, StableDiffusionXLPipeline

    if text_encoder_2 is None:
        return StableDiffusionPipeline(vae=vae, text_encoder=text_encoder, tokenizer=tokenizer, unet=unet,
                                       scheduler=scheduler, safety_checker=None, feature_extractor=None,
                                       requires_safety_checker=False)
    return StableDiffusionXLPipeline(vae=vae, text_encoder=text_encoder, text_encoder_2=text_encoder_2,
                                     tokenizer=tokenizer, tokenizer_2=tokenizer_2, unet=unet, scheduler=scheduler,
                                     add_watermarker=False)


def encode_png(image: Any, parameters: str) -> bytes:
    """PNG bytes with A1111's ``parameters`` text chunk."""
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("parameters", parameters)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", pnginfo=info)
    return buffer.getvalue()


@dataclass
class RenderedImage:
    request: ImageRequest
    image: Any  # PIL.Image.Image


class Renderer:
    """A pipeline made ready for rendering requests: precision and device, SDPA attention, VAE slicing
    when memory is short (and tiling for big sizes), optional torch.compile, optional LoRA at a weight."""

    def __init__(self, pipe: Any, options: GenerateOptions = GenerateOptions(), model_name: str = "",
                 prediction_type: str | None = None) -> None:
        self.pipe = pipe
        self.options = options
        self.model_name = model_name
        self.prediction_type = prediction_type
        self._scheduler_config = dict(pipe.scheduler.config)  # the model's own, before any sampler swap
        self._adapters: dict[str, str] = {}
        self.device = pipe.device
        pipe.set_progress_bar_config(disable=True)
        # measured on an H100 (torch 2.11, SD1.5 fp16, batch 16): channels_last made the UNet 20% slower,
        # cudnn.benchmark changed nothing; torch.compile gave 1.33x after a 60 s warm-up
        if options.compile:
            pipe.unet.compile()
        self._vae_native = int(getattr(pipe.vae.config, "sample_size", 512) or 512)

    def set_lora(self, path: str | Path | None, weight: float = 1.0) -> None:
        """Use the LoRA file at *path* at *weight* (None: no LoRA); loaded files stay cached by path."""
        if path is None:
            if self._adapters:
                self.pipe.disable_lora()
            return
        key = str(Path(path).resolve())
        name = self._adapters.get(key)
        if name is None:
            name = f"lora{len(self._adapters)}"
            try:
                self.pipe.load_lora_weights(key, adapter_name=name)
            except (OSError, ValueError, KeyError, RuntimeError) as exc:
                raise JobError("model", Phrase("{path}: could not load this LoRA ({error}).", path=str(path),
                                               error=f"{type(exc).__name__}: {exc}"),
                               Phrase("Check that it is a LoRA for this base model (SD 1.x/2.x or SDXL).")) from exc
            self._adapters[key] = name
        self.pipe.enable_lora()
        self.pipe.set_adapters([name], adapter_weights=[weight])

    def _use_slicing(self, count: int, width: int, height: int) -> bool:
        """Decode one image at a time unless the whole batch fits in half the free GPU memory (batch
        decoding was 7% faster at SD1.5 512 px × 16 on an H100). Always on CPU: bounded RAM."""
        import torch

        if self.device.type != "cuda":
            return True
        vae = self.pipe.vae
        upcast = vae.dtype == torch.float16 and getattr(vae.config, "force_upcast", False)  # SDXL's VAE
        item = 4 if upcast else vae.dtype.itemsize
        # the widest activations at full size: the decoder's second-to-last block width, ~3 buffers alive
        per_image = width * height * int(vae.config.block_out_channels[-2]) * item * 3
        free, _ = torch.cuda.mem_get_info(self.device)
        free += torch.cuda.memory_reserved(self.device) - torch.cuda.memory_allocated(self.device)
        return count * per_image > free / 2

    def _use_tiling(self, width: int, height: int) -> bool:
        mode = self.options.vae_tiling
        if mode == "auto":
            return max(width, height) > 1.5 * self._vae_native
        return mode == "on"

    def _prompt_args(self, batch: Sequence[ImageRequest]) -> dict[str, Any]:
        """Prompts for the pipeline call; with a clip skip on SD 1.x/2.x, their embeddings.

        diffusers' own clip_skip for SD 1.x/2.x reaches for ``text_encoder.text_model``, which
        transformers 5's CLIPTextModel no longer has; SDXL's pipeline does it without that.
        """
        prompts = [r.prompt for r in batch]
        negatives = [r.negative_prompt for r in batch] if batch[0].negative_prompt else None
        skip = self.options.clip_skip
        if skip <= 1:
            return {"prompt": prompts, "negative_prompt": negatives}
        if hasattr(self.pipe, "text_encoder_2"):
            return {"prompt": prompts, "negative_prompt": negatives, "clip_skip": skip - 1}
        embeds = {"prompt_embeds": self._clip_skip_embeds(prompts, skip)}
        if batch[0].scale > 1:  # diffusers runs the negative branch only with CFG
            embeds["negative_prompt_embeds"] = self._clip_skip_embeds(negatives or [""] * len(batch), skip)
        return embeds

    def _clip_skip_embeds(self, prompts: list[str], skip: int) -> Any:
        """The text encoder's *skip*-th layer from the end, through its final layer norm (A1111's clip skip)."""
        tokenizer, encoder = self.pipe.tokenizer, self.pipe.text_encoder
        ids = tokenizer(prompts, padding="max_length", max_length=tokenizer.model_max_length, truncation=True,
                        return_tensors="pt").input_ids.to(self.device)
        hidden = encoder(ids, output_hidden_states=True).hidden_states[-skip]
        norm = getattr(encoder, "text_model", encoder).final_layer_norm
        return norm(hidden).to(self.pipe.unet.dtype)

    def render_batch(self, batch: Sequence[ImageRequest], check_cancelled: Callable[[], None] | None = None
                     ) -> list[RenderedImage]:
        """One pipeline call for requests that share a batch key; cancellable between steps."""
        import torch
        from PIL import Image

        first = batch[0]
        if any(r.batch_key != first.batch_key for r in batch):
            raise ValueError("a batch mixes sizes, steps, CFG or samplers; cut it with batches()")
        pipe = self.pipe
        pipe.scheduler = build_scheduler(first.sampler, self._scheduler_config, self.prediction_type)
        for use, on, off in ((self._use_tiling(first.width, first.height), pipe.vae.enable_tiling,
                              pipe.vae.disable_tiling),
                             (self._use_slicing(len(batch), first.width, first.height), pipe.vae.enable_slicing,
                              pipe.vae.disable_slicing)):
            (on if use else off)()

        def on_step(_pipe: Any, _step: int, _t: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
            if check_cancelled is not None:
                check_cancelled()
            return kwargs

        with torch.inference_mode():
            out = pipe(
                **self._prompt_args(batch),
                width=first.width,
                height=first.height,
                num_inference_steps=first.steps,
                guidance_scale=first.scale,
                generator=[torch.Generator("cpu").manual_seed(r.seed) for r in batch],
                output_type="pt",  # stays on the device: checked and made 8-bit there, a quarter of the copy
                callback_on_step_end=on_step,
            )
            images = out.images
            if not bool(torch.isfinite(images).all()):
                raise NonFiniteImageError(Phrase("the model produced NaN values (images {indices}).",
                                                 indices=", ".join(str(r.index) for r in batch)))
            pixels = (images.clamp(0, 1) * 255).round().to(torch.uint8).permute(0, 2, 3, 1).cpu().numpy()
        return [RenderedImage(r, Image.fromarray(p)) for r, p in zip(batch, pixels, strict=True)]

    def render(self, requests: Sequence[ImageRequest], batch_size: int = 1,
               check_cancelled: Callable[[], None] | None = None) -> Iterator[list[RenderedImage]]:
        """The images of *requests*, batch by batch, in index order."""
        for batch in batches(requests, batch_size):
            if check_cancelled is not None:
                check_cancelled()
            yield self.render_batch(batch, check_cancelled)

    def png(self, rendered: RenderedImage) -> bytes:
        return encode_png(rendered.image, rendered.request.parameters(self.model_name, self.options.clip_skip))
