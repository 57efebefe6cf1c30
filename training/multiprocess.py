"""One training run over several processes (``accelerate launch``): each trains its share of every batch.

Every process builds the same global batches (``num_processes x train_batch_size`` images, same seed,
same order) and draws the same random numbers for the whole batch (noise, timesteps, VAE samples),
then trains only its own rows. Its loss is weighted by its share of the batch, and the gradients are
averaged over the processes before each optimizer step; the weights therefore follow one process
training the global batch, up to float rounding. The LoRA modules hook into the frozen U-Net, so
the forward pass never goes through a module DDP could wrap: the gradients are averaged here with
accelerate's ``reduce`` instead (one flat all-reduce per optimizer step).

Only the main process saves, samples and speaks the event protocol; a cancel reaching any process
stops all of them at the same batch.
"""

from __future__ import annotations

import dataclasses
import os
from typing import Any

import torch

from dataprep.jobs import JobError
from dataprep.phrases import Phrase
from training.config import TrainConfig

FAULT_CRASH_ENV = "DANLU_FAULT_CRASH_RANK"  # fault injection for tests: "<rank>:<step>" fails that process there


class Ranks:
    """This process's place in the run (one process: the whole batch, no communication)."""

    def __init__(self, accelerator: Any) -> None:
        self.acc = accelerator
        self.count = int(accelerator.num_processes)
        self.index = int(accelerator.process_index)
        self.main = bool(accelerator.is_main_process)
        rank, _, step = os.environ.get(FAULT_CRASH_ENV, "").partition(":")
        self.crash_at = int(step) if rank.isdigit() and int(rank) == self.index and step.isdigit() else None

    @property
    def multi(self) -> bool:
        return self.count > 1

    def fault(self, step: int) -> None:
        """Fail like a crashing process would (tests only: see FAULT_CRASH_ENV)."""
        if self.crash_at is not None and step >= self.crash_at:
            raise RuntimeError(f"fault injected by {FAULT_CRASH_ENV} at step {step}")

    def data_config(self, cfg: TrainConfig) -> TrainConfig:
        """*cfg* as the data sees it: batches of the global batch size (the steps count those)."""
        if not self.multi:
            return cfg
        dataset = dataclasses.replace(cfg.dataset, train_batch_size=cfg.dataset.train_batch_size * self.count)
        return dataclasses.replace(cfg, dataset=dataset)

    def same_seed(self, seed: int) -> int:
        """The main process's seed everywhere (a run without a fixed seed draws one per process)."""
        if not self.multi:
            return seed
        from accelerate.utils import broadcast_object_list

        return int(broadcast_object_list([seed])[0])

    def share(self, batch_len: int) -> tuple[slice, float]:
        """Rows of a global batch this process trains, and its loss weight (its share of the batch x processes).

        A batch smaller than the process count leaves some processes without a row: they run the first
        row with weight 0, so they still take part in the gradient average.
        """
        if not self.multi:
            return slice(None), 1.0
        start, stop = batch_len * self.index // self.count, batch_len * (self.index + 1) // self.count
        if start == stop:
            return slice(0, 1), 0.0
        return slice(start, stop), (stop - start) * self.count / batch_len

    def mean(self, value: torch.Tensor) -> torch.Tensor:
        return self.acc.reduce(value, reduction="mean") if self.multi else value

    def any(self, flag: bool) -> bool:
        """Whether *flag* holds in some process (every process gets the same answer)."""
        if not self.multi:
            return flag
        return bool(self.acc.reduce(torch.tensor([float(flag)], device=self.acc.device), reduction="sum").item() > 0)

    def average_gradients(self, params: list[torch.nn.Parameter]) -> None:
        """Each parameter's gradient becomes the mean over the processes (one all-reduce for all of them)."""
        if not self.multi:
            return
        grads = [p.grad for p in params if p.grad is not None]
        if not grads:
            return
        flat = self.acc.reduce(torch.cat([g.reshape(-1) for g in grads]), reduction="mean")
        for grad, part in zip(grads, flat.split([g.numel() for g in grads]), strict=True):
            grad.copy_(part.view_as(grad))

    def check_resume(self, settings: dict[str, Any], cfg: TrainConfig) -> None:
        """A state continues only with the same images per step; the process count may change with it."""
        saved_procs = int(settings.get("launch", {}).get("num_processes", 1))
        saved_batch = int(settings.get("dataset", {}).get("train_batch_size", cfg.dataset.train_batch_size))
        if saved_procs == self.count or saved_procs * saved_batch == self.count * cfg.dataset.train_batch_size:
            return
        raise JobError(
            "config",
            Phrase("The state was saved by a run of {procs} process(es) x batch {batch} = {per_step} images per step; "
                   "this run has {now_procs} x {now_batch}. Its position in the data means nothing with another step "
                   "size.", procs=saved_procs, batch=saved_batch, per_step=saved_procs * saved_batch,
                   now_procs=self.count, now_batch=cfg.dataset.train_batch_size),
            Phrase("Set launch.num_processes back to {procs}, or make processes x batch size {per_step}.",
                   procs=saved_procs, per_step=saved_procs * saved_batch),
        )

    def restore_device_rng(self, rng: dict[str, Any], device: torch.device) -> None:
        """Every GPU process continues the main process's GPU generator (the state holds that one as device 0)."""
        if self.multi and device.type == "cuda" and rng.get("cuda"):
            torch.cuda.set_rng_state(rng["cuda"][0], device=device)


def encode_rows(vae: Any, pixels: torch.Tensor, rows: slice) -> torch.Tensor:
    """VAE latents of the batch's *rows*, sampled with the random numbers a whole-batch encode would use.

    The other rows stay zero: the noise and timesteps drawn next are drawn for the whole batch too,
    so every process keeps the same random stream and the rows get the same numbers as in one process.
    """
    dist = vae.encode(pixels[rows]).latent_dist
    shape = (pixels.shape[0], *dist.mean.shape[1:])
    eps = torch.randn(shape, device=dist.mean.device, dtype=dist.mean.dtype)
    latents = torch.zeros(shape, device=dist.mean.device, dtype=dist.mean.dtype)
    latents[rows] = dist.mean + dist.std * eps[rows]
    return latents
