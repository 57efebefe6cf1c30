"""The U-Net's forward and backward replayed from CUDA graphs, one pair per input shape.

With a LoRA on every attention and feed-forward layer, one SDXL step dispatches about 57,000
operations (docs/benchmarks.md, "SDXL memory ladder"); on a fast GPU the CPU issuing them is the
bottleneck, not the GPU running them: batch 8 took about as long as batch 1. A CUDA graph records
the kernels of one forward and one backward and replays each with a single launch.

``torch.cuda.make_graphed_callables`` does the recording. Inputs of a new shape (another bucket,
the last smaller batch) get their own graphs, all in one memory pool, so the activations' memory is
that of one step, not one per shape. Three rules make the replay correct:

- the graphed forward holds no randomness (no LoRA dropouts; the checkpointed blocks must not save
  and restore the RNG, which cannot be read during a capture: ``block_checkpoint(save_rng=False)``,
  set by the trainer before any compiling); the config check refuses the rest;
- autocast runs inside the graphed module without its weight cache (recorded casts are replayed);
- every trainable weight has a gradient tensor before the first replay, so the replayed gradients
  are added into it; a weight without one would take the graph's own output buffer as its
  gradient, which the next replay overwrites.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import torch
from torch import nn

from dataprep.phrases import Phrase

if TYPE_CHECKING:
    from training.lora import LoRANetwork

UnetForward = Callable[[torch.Tensor, torch.Tensor, torch.Tensor, "dict[str, torch.Tensor] | None"], torch.Tensor]
WARMUP_STEPS = 3  # what make_graphed_callables recommends without DDP: cuBLAS/cuDNN pick their kernels here


def eager_forward(unet: nn.Module) -> UnetForward:
    """The U-Net called as usual; the trainer's forward when graphs are off."""

    def forward(noisy: torch.Tensor, timesteps: torch.Tensor, states: torch.Tensor,
                added: dict[str, torch.Tensor] | None) -> torch.Tensor:
        return unet(noisy, timesteps, states, added_cond_kwargs=added).sample

    return forward


class _UnetCall(nn.Module):
    """The U-Net as a module of positional tensors, owning the U-Net's LoRA weights (the graphed
    backward returns gradients for the callable's own parameters only)."""

    def __init__(self, unet: nn.Module, loras: list[nn.Module], added_keys: tuple[str, ...],
                 autocast_dtype: torch.dtype | None) -> None:
        super().__init__()
        self.loras = nn.ModuleList(loras)
        self._unet = [unet]  # a list: the frozen U-Net's weights are not parameters of this module
        self.added_keys = added_keys
        self.autocast_dtype = autocast_dtype

    def forward(self, noisy: torch.Tensor, timesteps: torch.Tensor, states: torch.Tensor,
                *added: torch.Tensor) -> torch.Tensor:
        kwargs = dict(zip(self.added_keys, added, strict=True)) or None
        enabled = self.autocast_dtype is not None
        with torch.autocast("cuda", self.autocast_dtype, enabled=enabled, cache_enabled=False):
            return self._unet[0](noisy, timesteps, states, added_cond_kwargs=kwargs).sample


def _key(tensors: tuple[torch.Tensor, ...]) -> tuple[Any, ...]:
    return tuple((tuple(t.shape), t.dtype, t.requires_grad) for t in tensors)


class GraphedUnet:
    """A drop-in for :func:`eager_forward` that records graphs for each new input shape and replays them."""

    def __init__(self, unet: nn.Module, network: LoRANetwork, autocast_dtype: torch.dtype | None,
                 log: Callable[[str], None]) -> None:
        self.unet, self.network, self.autocast_dtype, self.log = unet, network, autocast_dtype, log
        self.pool = torch.cuda.graph_pool_handle()
        self.graphs: dict[tuple[Any, ...], nn.Module] = {}
        self.trained = [p for p in network.unet_parameters() if p.requires_grad]

    def __call__(self, noisy: torch.Tensor, timesteps: torch.Tensor, states: torch.Tensor,
                 added: dict[str, torch.Tensor] | None) -> torch.Tensor:
        keys = tuple(sorted(added)) if added else ()
        args = (noisy, timesteps.to(noisy.device), states, *(added[k] for k in keys))
        key = (keys, _key(args))
        with torch.no_grad():  # a weight whose gradient was set to None would take the graph's buffer
            for p in self.trained:
                if p.grad is None:
                    p.grad = torch.zeros_like(p)
        graphed = self.graphs.get(key)
        if graphed is None:
            graphed = self._record(keys, args)
            self.graphs[key] = graphed
        return graphed(*args)

    def _record(self, keys: tuple[str, ...], args: tuple[torch.Tensor, ...]) -> nn.Module:
        loras = self.network.lora_modules(self.network.unet_names)
        call = _UnetCall(self.unet, loras, keys, self.autocast_dtype).train()
        sample = tuple(a.detach().clone().requires_grad_(a.requires_grad) for a in args)
        with torch.autocast("cuda", enabled=False):  # the module enters autocast itself, without the cache
            graphed = torch.cuda.make_graphed_callables(
                call, sample, num_warmup_iters=WARMUP_STEPS, allow_unused_input=True, pool=self.pool
            )
        torch.cuda.synchronize()
        torch.cuda.empty_cache()  # the warm-up steps' blocks: the replays use the graphs' pool
        shape = "x".join(str(s) for s in args[0].shape)
        self.log(Phrase("CUDA graphs recorded for U-Net input {shape} ({n} shape(s) so far)", shape=shape,
                        n=len(self.graphs) + 1))
        return graphed


