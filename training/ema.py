"""An exponential moving average of the LoRA's weights (``optimizer.ema_decay``), as OneTrainer offers.

The average is diffusers' ``EMAModel`` (its decay warms up as min(decay, (1 + n) / (10 + n)) over
the first updates, so early weights do not dominate), updated every ``ema_update_every`` optimizer
steps. Saved LoRA files hold the averaged weights; training goes on with the raw ones. A training
state keeps the average and its update count, so a resumed run averages on exactly where it stopped.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import torch
from diffusers.training_utils import EMAModel

from dataprep.jobs import JobError
from dataprep.phrases import Phrase

UPDATES_KEY = "__ema_updates__"


class LoRAEma:
    """The averaged copy of *network*'s parameters."""

    def __init__(self, network: torch.nn.Module, decay: float, update_every: int) -> None:
        self.names = [name for name, _ in network.named_parameters()]
        self.params = [p for _, p in network.named_parameters()]
        self.update_every = update_every
        self.ema = EMAModel(self.params, decay=decay)

    def after_step(self, step: int) -> None:
        """Call after optimizer step *step* (1-based): updates every ``update_every``-th step."""
        if step % self.update_every == 0:
            self.ema.step(self.params)

    @contextlib.contextmanager
    def applied(self) -> Iterator[None]:
        """The network holds the averaged weights inside; the trained ones are put back exactly after."""
        self.ema.store(self.params)
        self.ema.copy_to(self.params)
        try:
            yield
        finally:
            self.ema.restore(self.params)

    def state_tensors(self) -> dict[str, torch.Tensor]:
        """The average by parameter name, and the update count (it sets the warm-up decay)."""
        shadows = zip(self.names, self.ema.shadow_params, strict=True)
        tensors = {n: s.detach().to("cpu").contiguous() for n, s in shadows}
        tensors[UPDATES_KEY] = torch.tensor(self.ema.optimization_step, dtype=torch.int64)
        return tensors

    def load_state_tensors(self, tensors: dict[str, torch.Tensor], source: str) -> None:
        missing = [n for n in [*self.names, UPDATES_KEY] if n not in tensors]
        if missing:
            raise JobError(
                "config",
                Phrase("{path}: the saved EMA weights do not fit this network (no {name}).", path=source,
                       name=missing[0]),
                Phrase("Resume with the network settings of the run that saved the state."),
            )
        self.ema.shadow_params = [
            tensors[n].to(s.device, s.dtype) for n, s in zip(self.names, self.ema.shadow_params, strict=True)
        ]
        self.ema.optimization_step = int(tensors[UPDATES_KEY])
