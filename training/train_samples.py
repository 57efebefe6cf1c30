"""Sample images during training (sd-scripts' sample_every_n_* / sample_prompts / sample_sampler).

The trainer's own U-Net, text encoder and VAE, with the LoRA as it is at that step, render the
prompt file through training.generate, the one rendering path of Danlu, into ``<run>/samples/``.
Each prompt keeps one seed for the whole run (the run's seed + its index, or its ``--d``), so the
images show the LoRA changing rather than the noise. Rendering switches the modules to eval mode
without gradients and puts everything back afterwards, random generators included: a run with
samples trains exactly the same weights as one without.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import torch

from dataprep.fsutil import atomic_write_bytes
from dataprep.jobs import JobCancelled, JobContext, JobError
from dataprep.phrases import Phrase, exception_text
from training.config import TrainConfig
from training.generate import (
    GenerateOptions,
    ImageRequest,
    Renderer,
    RenderSettings,
    pipeline_from_parts,
    plan_requests,
)
from training.models import SDModel
from training.prompts import PromptError, PromptSpec, read_prompt_file
from training.train_state import isolated_rng

SAMPLES_DIR = "samples"
# sd-scripts' defaults for a prompt line without --s / --l
DEFAULT_STEPS = 30
DEFAULT_SCALE = 7.5


class _Interrupted(Exception):
    """A cancel arrived while rendering: the samples are dropped, the loop saves and stops."""


@contextlib.contextmanager
def sampling_mode(model: SDModel, network: torch.nn.Module, device: torch.device) -> Iterator[None]:
    """Eval mode, the VAE and text encoders (off the GPU while their outputs are cached) on the
    training device, generators untouched; everything restored on exit."""
    modules = (model.unet, *model.text_encoders, model.vae, network)
    training = [m.training for m in modules]
    vae = model.vae
    moved = [model.vae, *model.text_encoders]
    places = [next(m.parameters()).device for m in moved]
    vae_flags = (getattr(vae, "use_slicing", False), getattr(vae, "use_tiling", False))
    try:
        with isolated_rng():
            for module in modules:
                module.eval()
            for module in moved:
                module.to(device)
            yield
    finally:
        for module, was_training in zip(modules, training, strict=True):
            module.train(was_training)
        vae.use_slicing, vae.use_tiling = vae_flags
        for module, place in zip(moved, places, strict=True):
            module.to(place)


def _model_scheduler(model: SDModel) -> Any:
    """A fresh scheduler of the model's own class and config (the pipeline edits the one it gets)."""
    import diffusers

    config = model.scheduler_config or dict(model.noise_scheduler.config)
    cls = getattr(diffusers, str(config.get("_class_name", "")), None) or type(model.noise_scheduler)
    return cls.from_config(config)


class SampleHook:
    """Knows when samples are due and renders them with the model being trained."""

    def __init__(
        self,
        cfg: TrainConfig,
        model: SDModel,
        network: torch.nn.Module,
        seed: int,
        autocast: Callable[[], Any],
        run_dir: Path,
        ctx: JobContext,
    ) -> None:
        self.cfg = cfg.sample
        self.model = model
        self.network = network
        self.seed = seed
        self.autocast = autocast
        self.ctx = ctx
        self.out_dir = run_dir / SAMPLES_DIR
        self.name = cfg.saving.output_name
        self.clip_skip = cfg.model.clip_skip
        width, height = cfg.resolution_wh
        self.settings = RenderSettings(width, height, DEFAULT_STEPS, DEFAULT_SCALE, self.cfg.sample_sampler)
        self.prompts: list[PromptSpec] = []
        if self.cfg.sample_prompts:
            path = ctx.resolve(self.cfg.sample_prompts)
            try:
                prompt_file = read_prompt_file(path)
            except PromptError as exc:
                raise JobError("config", Phrase("sample.sample_prompts: {error}", error=exception_text(exc)),
                               Phrase("Fix the prompt file or clear it.")) from exc
            self.prompts = prompt_file.prompts
            for message in prompt_file.warnings:
                ctx.emitter.warning(message)

    def due_at_step(self, step: int) -> bool:
        every = self.cfg.sample_every_n_steps
        return bool(self.prompts and every and not self.cfg.sample_every_n_epochs and step % every == 0)

    def due_at_epoch(self, epoch: int) -> bool:
        every = self.cfg.sample_every_n_epochs
        return bool(self.prompts and every and epoch % every == 0)

    def requests(self) -> list[ImageRequest]:
        return plan_requests(self.prompts, range(len(self.prompts)), self.settings, self.seed)

    def _check_cancelled(self) -> None:
        if self.ctx.cancelled:
            raise _Interrupted()

    def render(self, epoch: int, step: int, reason: str) -> list[Path]:
        """Render every prompt now; a ``sample`` event per image. Without a prompt file: a warning."""
        if not self.prompts:
            self.ctx.emitter.warning(
                Phrase("No samples: set sample.sample_prompts (a prompt file) to get sample images.")
            )
            return []
        model = self.model
        device = next(model.unet.parameters()).device
        # the model's own scheduler config (not the training DDPM's): samplers are built from it, so a sample
        # matches the reg set's and the grid's image of the same seed
        scheduler = _model_scheduler(model)
        prediction = "v_prediction" if model.v_parameterization else "epsilon"
        saved = []
        try:
            with sampling_mode(model, self.network, device), self.autocast():
                pipe = pipeline_from_parts(
                    model.unet, model.vae, model.text_encoder, model.tokenizer, scheduler,
                    model.text_encoder_2, model.tokenizer_2,
                )
                renderer = Renderer(pipe, GenerateOptions(clip_skip=self.clip_skip), model.name, prediction)
                for batch in renderer.render(self.requests(), 1, self._check_cancelled):
                    for rendered in batch:
                        saved.append(self._write(renderer, rendered, epoch, step, reason))
        except (_Interrupted, JobCancelled):
            self.ctx.emitter.emit("log", message=Phrase("samples of step {step} skipped: the run was cancelled",
                                                            step=step))
        except OSError as exc:  # a full disk: samples are not worth the run (an unsaved checkpoint stops it)
            self.ctx.emitter.warning(Phrase("{path}: the sample images could not be written ({error}); training goes "
                                            "on without them.", path=str(self.out_dir), error=str(exc)))
        return saved

    def _write(self, renderer: Renderer, rendered: Any, epoch: int, step: int, reason: str) -> Path:
        request = rendered.request
        path = self.out_dir / f"{self.name}-step{step:08d}-{request.index:02d}.png"
        atomic_write_bytes(path, renderer.png(rendered), fsync=False)
        self.ctx.emitter.emit(
            "sample",
            path=str(path),
            prompt=request.prompt,
            negative_prompt=request.negative_prompt,
            seed=request.seed,
            sampler=request.sampler,
            steps=request.steps,
            cfg=request.scale,
            width=request.width,
            height=request.height,
            index=request.index,
            step=step,
            epoch=epoch,
            reason=reason,
        )
        return path
