"""The LoRA training loop for SD 1.x/2.x/SDXL: one run from a validated TrainConfig to saved files.

The loop talks to the outside only through the job context: events (metrics, progress,
checkpoint, warning), the cancel flag and the ``save`` command. A non-finite loss stops the run at
once (the files already saved stay as they were); a cancel saves a checkpoint first, when a step was trained.
"""

from __future__ import annotations

import contextlib
import math
import os
import random
import time
from collections import deque
from pathlib import Path
from typing import Any

import torch

from dataprep.jobs import JobCancelled, JobContext, JobError
from dataprep.phrases import Phrase
from training.checkpoints import SAVE_DTYPES, CheckpointWriter, check_writable, time_now
from training.conditioning import Conditioner
from training.config import TrainConfig, config_to_dict
from training.cuda_graphs import GraphedUnet, UnetForward, eager_forward
from training.data import TrainDataset, scan_dataset
from training.ema import LoRAEma
from training.errors import nan_error, oom_error
from training.fp8 import store_in_fp8
from training.lora import LoRANetwork
from training.lora_metadata import ModelFacts, static_metadata
from training.losses import diffusion_loss
from training.memory import spill_message, spill_suspected, vram_metrics
from training.models import SDModel, load_sd_model
from training.multiprocess import Ranks, encode_rows
from training.noise import noise_and_timesteps, training_scheduler
from training.optim import create_optimizer, create_scheduler, current_lrs, fuse_into_backward, warmup_steps
from training.train_caches import cache_latents, cache_text_encoder_outputs
from training.train_samples import SampleHook
from training.train_setup import RunPaths, build_network, full_precision_lora, pick_device, prepare_models, weight_dtype
from training.train_state import (
    SkippingSampler,
    StateKeeper,
    apply_state,
    changed_settings,
    check_same_optimizer,
    load_state,
    restore_rng,
)
from training.unet_speedups import compile_blocks, keep_compiled_code
from training.weighted_captions import CaptionWeights, apply_weights

TB_GROUP_NAMES = {"text_encoder": "textencoder", "text_encoder_2": "textencoder2"}  # sd-scripts' lr tag names
FAULT_NAN_ENV = "DANLU_FAULT_NAN_AT_STEP"  # fault injection for tests: the loss of this step becomes NaN


def fault_nan_step() -> int | None:
    value = os.environ.get(FAULT_NAN_ENV, "")
    return int(value) if value.isdigit() else None


class Trainer:
    def __init__(self, cfg: TrainConfig, paths: RunPaths, ctx: JobContext) -> None:
        self.cfg = cfg
        self.paths = paths
        self.ctx = ctx
        self.emitter = ctx.emitter
        self.device = pick_device()
        self.seed = cfg.schedule.seed if cfg.schedule.seed is not None else random.SystemRandom().randrange(2**32)
        self.resume = load_state(ctx.resolve(cfg.saving.resume)) if cfg.saving.resume else None
        if self.resume is not None:
            self.seed = self.resume.seed  # the data order and the noise follow the stopped run's seed
        self.mixed_precision = cfg.precision.mixed_precision
        if self.device.type == "cpu" and self.mixed_precision == "fp16":
            self.emitter.warning(Phrase("fp16 needs a CUDA GPU; training in 32 bit on the CPU."))
            self.mixed_precision = "no"
        self.last_checkpoint: Path | None = None

    # -- one step ------------------------------------------------------------------------------
    def _loss(self, model: SDModel, batch: dict[str, Any], train_te: bool) -> torch.Tensor:
        rows, share = self.ranks.share(len(batch["captions"]))  # this process's part of the batch
        if "latents" in batch:
            latents = batch["latents"].to(self.device)
        else:
            with torch.no_grad():
                pixels = batch["pixels"].to(self.device, model.vae.dtype)
                if self.ranks.multi:
                    latents = encode_rows(model.vae, pixels, rows)
                else:
                    latents = model.vae.encode(pixels).latent_dist.sample()
        latents = latents * model.latent_scale
        scheduler = model.noise_scheduler
        noise, noisy, timesteps = noise_and_timesteps(latents, scheduler, self.cfg.noise)
        latents, noise, noisy, timesteps = latents[rows], noise[rows], noisy[rows], timesteps[rows]
        captions, token_weights = batch["captions"][rows], None
        if self.caption_weights is not None:
            captions, token_weights = self.caption_weights(captions)
        with self.accelerator.autocast():
            states, added = self.conditioner(captions, batch["time_ids"][rows], train_te, self.device)
            if token_weights is not None:
                states = apply_weights(states, token_weights)
            pred = self.unet_forward(noisy, timesteps, states, added)
        target = scheduler.get_velocity(latents, noise, timesteps) if model.v_parameterization else noise
        weights = batch["loss_weights"][rows].to(self.device)
        acp, v_pred = scheduler.alphas_cumprod, model.v_parameterization
        masks = batch["masks"][rows].to(self.device) if "masks" in batch else None
        loss = diffusion_loss(pred.float(), target.float(), timesteps, acp, weights, self.cfg.loss, v_pred, masks)
        return loss * share if self.ranks.multi else loss

    def _graphs(self) -> bool:
        """Whether the U-Net's step is replayed from CUDA graphs: asked for, and possible here."""
        return self.cfg.precision.cuda_graphs and self.device.type == "cuda" and not self.ranks.multi

    def _unet_forward(self, model: SDModel, network: LoRANetwork) -> UnetForward:
        """The U-Net's training call: replayed from CUDA graphs when asked for and possible."""
        if not self._graphs():
            if self.cfg.precision.cuda_graphs:
                self.emitter.warning(
                    Phrase("precision.cuda_graphs needs a single CUDA GPU; the U-Net runs without graphs.")
                )
            return eager_forward(model.unet)
        autocast = None if self.mixed_precision == "no" else weight_dtype(self.mixed_precision)
        self.emitter.emit("log", message=Phrase("U-Net forward and backward replayed from CUDA graphs"))
        return GraphedUnet(model.unet, network, autocast, lambda message: self.emitter.emit("log", message=message))

    # -- saving --------------------------------------------------------------------------------
    def _save(self, network: LoRANetwork, kind: str, epoch: int, step: int, **extra: Any) -> Path:
        if not self.ranks.main:  # the main process saves the (identical) weights
            return self.paths.output_dir
        with self.ema.applied() if self.ema is not None else contextlib.nullcontext():
            path = self.writer.save(network.state_dict(), kind, epoch, step)
        self.last_checkpoint = path
        self.emitter.emit("checkpoint", path=str(path), epoch=epoch, step=step, kind=kind, **extra)
        return path

    def _save_state(self, kind: str, network: LoRANetwork, optimizer: Any, scheduler: Any) -> None:
        """The state at the last optimizer step, when save_state (or, at the end, save_state_on_train_end) is on."""
        sav = self.cfg.saving
        if not (sav.save_state_on_train_end if kind == "final" else sav.save_state) or not self.ranks.main:
            return
        ema = self.ema.state_tensors() if self.ema is not None else None
        path = self.states.save(kind, network, optimizer, scheduler, self.writer.saved, self.accelerator.scaler, ema)
        step = self.states.point.step if self.states.point is not None else 0
        self.emitter.emit("log", message=Phrase("training state saved: {path}", path=str(path)), state=str(path),
                          step=step, kind=kind)

    def _caption_weights(self, model: SDModel) -> CaptionWeights | None:
        if not self.cfg.dataset.weighted_captions:
            return None
        if model.is_sdxl:  # as sd-scripts' SDXL trainer
            raise JobError(
                "config",
                Phrase("dataset.weighted_captions is not supported for SDXL models."),
                Phrase("Turn weighted captions off, or write the weights as repeated tags."),
            )
        return CaptionWeights(model.tokenizer, self.cfg.model.max_token_length)

    def _ema(self, network: LoRANetwork) -> LoRAEma | None:
        """optimizer.ema_decay: the average starts from the weights as they are (resumed: the saved average)."""
        opt = self.cfg.optimizer
        if opt.ema_decay is None:
            return None
        ema = LoRAEma(network, opt.ema_decay, opt.ema_update_every)
        if self.resume is not None:
            if self.resume.ema is not None:
                ema.load_state_tensors(self.resume.ema, str(self.resume.path))
            else:
                self.emitter.warning(
                    Phrase("The training state has no EMA weights: the average starts from its weights.")
                )
        render = self.samples.render

        def render_averaged(*args: Any, **kwargs: Any) -> Any:  # samples show what the saved files hold
            with ema.applied():
                return render(*args, **kwargs)

        self.samples.render = render_averaged  # type: ignore[method-assign]
        return ema

    def _stop_text_encoder(self, network: LoRANetwork, step: int) -> bool:
        for p in network.text_encoder_parameters():
            p.requires_grad_(False)
        self.conditioner.clear()
        self.emitter.emit("log", message=Phrase("text encoder training stopped at step {step}", step=step))
        return False

    # -- the run -------------------------------------------------------------------------------
    def run(self) -> list[str]:
        try:
            return self._run()
        except torch.cuda.OutOfMemoryError as exc:
            raise oom_error(self.cfg, exc) from exc
        except RuntimeError as exc:
            if "out of memory" in str(exc).lower():
                raise oom_error(self.cfg, exc) from exc
            raise

    def _run(self) -> list[str]:
        from accelerate import Accelerator
        from accelerate.utils import DynamoBackend, set_seed

        cfg, emitter = self.cfg, self.emitter
        self.accelerator = Accelerator(
            mixed_precision=self.mixed_precision,
            gradient_accumulation_steps=cfg.schedule.gradient_accumulation_steps,
            cpu=self.device.type == "cpu",
            dynamo_backend=cfg.launch.dynamo_backend,
        )
        self.device = self.accelerator.device  # cuda:<local rank> in a multi-GPU run
        self.ranks = Ranks(self.accelerator)
        self.seed = self.ranks.same_seed(self.seed)
        set_seed(self.seed)
        if self.ranks.multi:
            emitter.emit("log", message=Phrase("{n} processes, {n} x {batch} images per step", n=self.ranks.count,
                                               batch=cfg.dataset.train_batch_size))
        emitter.emit("log", message=Phrase("seed {seed}, device {device}, precision {precision}", seed=self.seed,
                                           device=self.device.type, precision=self.mixed_precision))
        if self.ranks.main:
            check_writable(self.paths.output_dir)
        data_cfg = self.ranks.data_config(cfg)
        index = scan_dataset(data_cfg, self.paths.train_dir, self.paths.reg_dir)
        for message in index.warnings:
            emitter.warning(message)
        emitter.emit("log", message="; ".join(index.steps.lines()))
        if self.resume is not None:
            point = self.resume.point
            emitter.emit(
                "log",
                message=f"resuming from {self.resume.path} at step {point.step}",
                resumed_from=str(self.resume.path),
                step=point.step,
                epoch=point.epoch,
            )
            self.ranks.check_resume(self.resume.settings, cfg)
            check_same_optimizer(self.resume, cfg.optimizer.optimizer_type)
            changed = changed_settings(self.resume.settings, config_to_dict(cfg))
            if changed:
                emitter.warning(Phrase(
                    "Settings changed since the state was saved ({settings}): the run will not be the same as one "
                    "that never stopped.", settings=", ".join(changed)
                ))
        lowram = cfg.precision.lowram and self.device.type == "cuda"
        if cfg.precision.lowram and not lowram:
            emitter.warning(Phrase("precision.lowram is ignored without a CUDA GPU."))
        model = load_sd_model(cfg.model, self.ctx.resolve, emitter.warning, self.device if lowram else None)
        model.noise_scheduler = training_scheduler(model.noise_scheduler, cfg.noise)
        if model.is_sdxl and cfg.model.clip_skip > 1:
            emitter.warning(Phrase("model.clip_skip is ignored: SDXL always uses the penultimate layers."))
        self.conditioner = Conditioner(model, cfg.model.clip_skip, cfg.model.max_token_length)
        self.caption_weights = self._caption_weights(model)
        if cfg.precision.fp8_base:  # before the LoRA wraps the layers
            layers = sum(store_in_fp8(part) for part in (model.unet, *model.text_encoders))
            emitter.emit("log", message=Phrase("fp8 base weights: {n} layers stored as float8_e4m3fn", n=layers))
        network = build_network(cfg, model, self.ctx.resolve, resuming=self.resume is not None)
        latent_dir = self.paths.latent_cache_dir
        # before the U-Net takes its VRAM: the VAE's peak is apart
        latents = cache_latents(cfg, model, index, self.device, self.mixed_precision, latent_dir, self.ctx)
        checkpointing = prepare_models(cfg, model, self.device, weight_dtype(self.mixed_precision),
                                       save_rng=not self._graphs())
        network.to(self.device)
        full_precision_lora(cfg, network, self.mixed_precision, self.accelerator, emitter.warning)
        self.samples = SampleHook(
            cfg, model, network, self.seed, self.accelerator.autocast, self.paths.run_dir, self.ctx
        )
        if not self.ranks.main:
            self.samples.prompts = []  # samples come from the main process
        dynamo = self.accelerator.state.dynamo_plugin
        if dynamo.backend != DynamoBackend.NO:  # what accelerate's prepare() does; the LoRA hooks are already in
            backend = dynamo.backend.value.lower()
            emitter.emit("log", message=Phrase("compiled code kept in {folder}", folder=str(keep_compiled_code())))
            if cfg.launch.compile_blocks:
                blocks = compile_blocks(model.unet, checkpointing, **dynamo.to_kwargs())
                emitter.emit("log", message=Phrase("{n} U-Net blocks compiled with torch.compile (backend {backend})",
                                                   n=blocks, backend=backend))
            else:
                model.unet = torch.compile(model.unet, **dynamo.to_kwargs())
                emitter.emit("log", message=Phrase("U-Net compiled with torch.compile (backend {backend})",
                                                   backend=backend))
        self.unet_forward = self._unet_forward(model, network)

        dataset = TrainDataset(data_cfg, index.images, self.seed, latents, index.steps.total_steps)
        conditioner, acc = self.conditioner, self.accelerator
        cache_text_encoder_outputs(cfg, model, dataset, conditioner, acc, self.device, latent_dir, self.ctx)
        sampler = SkippingSampler(dataset)
        workers = cfg.dataset.max_data_loader_n_workers
        loader = torch.utils.data.DataLoader(
            dataset,
            batch_size=None,
            sampler=sampler,
            num_workers=workers,
            persistent_workers=workers > 0 and cfg.dataset.persistent_data_loader_workers,
            generator=torch.Generator().manual_seed(self.seed),  # not the global one: the noise stays resumable
        )
        total_steps, num_epochs = index.steps.total_steps, index.steps.epochs
        optimizer = create_optimizer(
            cfg.optimizer.optimizer_type,
            network.param_groups(cfg.unet_lr, cfg.text_encoder_lr, cfg.text_encoder_2_lr),
            cfg.optimizer.learning_rate,
            cfg.optimizer.optimizer_args,
        )
        sch = cfg.schedule
        scheduler = create_scheduler(
            sch.lr_scheduler,
            optimizer,
            total_steps,
            warmup_steps(sch.lr_warmup_steps, total_steps),
            sch.lr_scheduler_num_cycles,
            sch.lr_scheduler_power,
        )
        if cfg.precision.fused_backward_pass:
            if self.ranks.multi:
                raise JobError("config", Phrase("precision.fused_backward_pass works in a single process only."),
                               Phrase("Untick it or train on one GPU."))
            fuse_into_backward(optimizer, cfg.optimizer.max_grad_norm)
        if self.resume is not None:  # into the bare optimizer: accelerate's wrapper would move its step counts
            apply_state(self.resume, network, optimizer, scheduler, self.accelerator.scaler)
        self.ema = self._ema(network)
        optimizer = self.accelerator.prepare(optimizer)
        started = time_now()
        facts = ModelFacts(model.name, model.v2, model.v_parameterization, model.vae_name, model.is_sdxl)
        metadata = static_metadata(
            cfg,
            facts,
            index.summary,
            total_steps=total_steps,
            num_epochs=num_epochs,
            started_at=started,
            seed=self.seed,
            session_id=str(self.seed ^ int(started)),
        )
        self.writer = CheckpointWriter(
            self.paths.output_dir,
            cfg.saving.output_name,
            SAVE_DTYPES[cfg.saving.save_precision],
            metadata,
            with_metadata=not cfg.saving.no_metadata,
            keep_last_epochs=cfg.saving.save_last_n_epochs,
            keep_last_steps=cfg.saving.save_last_n_steps,
        )
        self.states = StateKeeper(
            self.paths.output_dir,
            cfg.saving.output_name,
            self.seed,
            config_to_dict(cfg),
            keep_last_epochs=cfg.saving.save_last_n_epochs_state or cfg.saving.save_last_n_epochs,
            keep_last_steps=cfg.saving.save_last_n_steps_state or cfg.saving.save_last_n_steps,
        )
        tb = self._tensorboard()
        outputs = self._loop(model, network, loader, sampler, optimizer, scheduler, total_steps, num_epochs, tb)
        if tb is not None:
            tb.close()
        return outputs

    def _tensorboard(self) -> Any:
        if self.paths.logging_dir is None or not self.ranks.main:
            return None
        from torch.utils.tensorboard import SummaryWriter

        return SummaryWriter(log_dir=str(self.paths.logging_dir))

    def _loop(
        self,
        model: SDModel,
        network: LoRANetwork,
        loader: Any,
        sampler: SkippingSampler,
        optimizer: Any,
        scheduler: Any,
        total_steps: int,
        num_epochs: int,
        tb: Any,
    ) -> list[str]:
        cfg, emitter, acc = self.cfg, self.emitter, self.accelerator
        sav = cfg.saving
        params = [p for g in optimizer.param_groups for p in g["params"]]
        group_names = [str(g.get("name", f"group{i}")) for i, g in enumerate(optimizer.param_groups)]
        train_te = bool(network.te_names)
        stop_te_at = (
            math.ceil(total_steps * cfg.schedule.stop_text_encoder_training_pct / 100)
            if cfg.schedule.stop_text_encoder_training_pct and train_te
            else None
        )
        nan_at = fault_nan_step()
        window: deque[float] = deque(maxlen=cfg.logging.loss_average_window)
        step, first_epoch, start_batch = 0, 1, 0
        if self.resume is not None:
            point = self.resume.point
            step, first_epoch, start_batch = point.step, point.epoch, point.batch
            window.extend(point.loss_window)
            self.writer.saved = list(self.resume.checkpoints)
            self.states.states = list(self.resume.states)
            self.last_checkpoint = self.writer.saved[-1].path if self.writer.saved else None
            if stop_te_at is not None and step >= stop_te_at:
                train_te = self._stop_text_encoder(network, step)
            restore_rng(point.rng)
            self.ranks.restore_device_rng(point.rng, self.device)
        elif cfg.sample.sample_at_first:
            self.samples.render(first_epoch, step, "first")
        self.states.mark(first_epoch, start_batch, step, window)
        start_step = step
        micro_losses: list[float] = []
        fused, spill_warned = cfg.precision.fused_backward_pass, False
        graphs = isinstance(self.unet_forward, GraphedUnet)
        step_times: list[float] = []
        last_time = time.perf_counter()
        rate = 0.0
        accumulation = cfg.schedule.gradient_accumulation_steps
        epoch = first_epoch
        for epoch in range(first_epoch, num_epochs + 1):
            sampler.set_epoch(epoch)
            sampler.start, start_batch = start_batch, 0
            batches_in_epoch = len(sampler)
            for i, batch in enumerate(loader, sampler.start):
                if "error" in batch:  # an image that cannot be read (training.data.TrainDataset)
                    raise JobError(*batch["error"])
                if self.ranks.any(self.ctx.cancelled):  # every process stops at the same batch
                    if step > start_step:  # else nothing was trained since the start (or the resumed state)
                        self._save(network, "step", epoch, step, reason="cancel")
                        self._save_state("step", network, optimizer, scheduler)
                    raise JobCancelled()
                commands = self.ctx.take_commands()
                if "save" in commands:
                    self._save(network, "step", epoch, step, reason="request")
                    self._save_state("step", network, optimizer, scheduler)
                if "sample" in commands:
                    self.samples.render(epoch, step, "request")
                # an optimizer step every `accumulation` batches and at the end of each epoch, as sd-scripts
                sync = (i + 1) % accumulation == 0 or i + 1 == batches_in_epoch
                self.ranks.fault(step + 1)
                loss = self._loss(model, batch, train_te)
                if nan_at is not None and step + 1 == nan_at:
                    loss = loss * float("nan")
                value = float(self.ranks.mean(loss.detach()).item())  # the whole batch's loss, in every process
                if not math.isfinite(value):
                    raise nan_error(value, step + 1, epoch, batch["paths"], self.last_checkpoint, cfg)
                micro_losses.append(value)
                acc.backward(loss)  # divides by the accumulation steps
                if not sync:
                    continue
                if not fused:  # else each weight was stepped during backward
                    self.ranks.average_gradients(params)
                    if cfg.optimizer.max_grad_norm > 0:
                        acc.clip_grad_norm_(params, cfg.optimizer.max_grad_norm)
                    optimizer.step()
                    optimizer.zero_grad(set_to_none=not graphs)  # graphs add into the kept gradients
                max_norm = cfg.network.scale_weight_norms
                norms = network.apply_max_norm_regularization(max_norm) if max_norm else None
                scheduler.step()
                step += 1
                if self.ema is not None:
                    self.ema.after_step(step)
                now = time.perf_counter()
                elapsed, last_time = now - last_time, now
                step_times.append(elapsed)
                rate = 1.0 / elapsed if rate == 0.0 else 0.9 * rate + 0.1 / max(elapsed, 1e-9)
                step_loss = sum(micro_losses) / len(micro_losses)
                micro_losses.clear()
                window.append(step_loss)
                lrs = current_lrs(optimizer, scheduler)
                metrics: dict[str, Any] = {
                    "step": step,
                    "epoch": epoch,
                    "loss": step_loss,
                    "loss_avg": sum(window) / len(window),
                    "lr": lrs,
                    "it_per_s": rate,
                }
                if self.device.type == "cuda":
                    metrics.update(vram_metrics())
                    _, total = torch.cuda.mem_get_info()
                    if not spill_warned and spill_suspected(step_times, torch.cuda.memory_reserved(), total):
                        emitter.warning(spill_message(step_times, torch.cuda.memory_reserved(), total))
                        spill_warned = True
                if norms is not None:  # sd-scripts logs these as max_norm/keys_scaled, average_key_norm, max_key_norm
                    metrics.update(keys_scaled=norms[0], average_key_norm=norms[1], max_key_norm=norms[2])
                emitter.emit("metrics", **metrics)
                emitter.progress(step, total_steps, unit="step", epoch=epoch)
                if tb is not None:
                    tb.add_scalar("loss/current", step_loss, step)
                    tb.add_scalar("loss/average", metrics["loss_avg"], step)
                    for name, lr in zip(group_names, lrs, strict=False):
                        tb.add_scalar(f"lr/{TB_GROUP_NAMES.get(name, name)}", lr, step)
                if stop_te_at is not None and step >= stop_te_at and train_te:
                    train_te = self._stop_text_encoder(network, step)
                self.states.mark(epoch, i + 1, step, window)
                save_now = bool(sav.save_every_n_steps) and step % sav.save_every_n_steps == 0 and step < total_steps
                if save_now:
                    self._save(network, "step", epoch, step)
                if self.samples.due_at_step(step):
                    self.samples.render(epoch, step, "step")
                if save_now:  # last: a resumed run must not redo this step's saves and samples
                    self._save_state("step", network, optimizer, scheduler)
                if step >= total_steps:
                    break
            if step >= total_steps:
                break
            save_now = bool(sav.save_every_n_epochs) and epoch % sav.save_every_n_epochs == 0 and epoch < num_epochs
            if save_now:
                self._save(network, "epoch", epoch, step)
            if self.samples.due_at_epoch(epoch):
                self.samples.render(epoch, step, "epoch")
            self.states.mark(epoch + 1, 0, step, window)
            if save_now:
                self._save_state("epoch", network, optimizer, scheduler)
        final = self._save(network, "final", epoch, step)
        if self.samples.due_at_epoch(epoch) and step >= total_steps:  # the run ended inside its last epoch
            self.samples.render(epoch, step, "epoch")
        self._save_state("final", network, optimizer, scheduler)
        return [str(final)]
