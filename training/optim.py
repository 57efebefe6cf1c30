"""Optimizers and learning-rate schedules by sd-scripts' names, with its ``optimizer_args`` syntax."""

from __future__ import annotations

import ast
import math
from collections.abc import Callable
from typing import Any

import torch
from torch.optim import Optimizer
from torch.optim.lr_scheduler import LambdaLR, LRScheduler

from dataprep.jobs import JobError
from dataprep.phrases import Phrase

# optimizers that pick their own step size: their "learning rate" is a multiplier, about 1.0
ADAPTIVE = ("Prodigy", "DAdaptAdam", "DAdaptAdaGrad", "DAdaptAdan", "DAdaptSGD", "DAdaptLion", "DAdaptAdamPreprint")


def parse_optimizer_args(args: list[str]) -> dict[str, Any]:
    """``["weight_decay=0.01", "betas=0.9,0.99", "decouple=True"]`` -> keyword arguments."""
    kwargs: dict[str, Any] = {}
    for item in args:
        if "=" not in item:
            raise JobError(
                "config", Phrase("optimizer_args entry '{item}' is not 'name=value'.", item=item),
                Phrase("Write e.g. weight_decay=0.01."),
            )
        key, text = (s.strip() for s in item.split("=", 1))
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            value = text  # a bare word, e.g. a mode name
        kwargs[key] = value
    return kwargs


def _bnb() -> Any:
    try:
        import bitsandbytes
    except ImportError as exc:
        raise JobError("config", Phrase("bitsandbytes cannot be imported ({error}).", error=str(exc)),
                       Phrase("Use AdamW/Lion/SGDNesterov.")) from exc
    return bitsandbytes.optim


def _dadapt(name: str) -> Any:
    try:
        import dadaptation
        import dadaptation.experimental
    except ImportError as exc:
        raise JobError("config", Phrase("{name} needs the 'dadaptation' package ({error}).", name=name, error=str(exc)),
                       "pip install dadaptation") from exc
    if name == "DAdaptAdamPreprint":
        return dadaptation.experimental.DAdaptAdamPreprint
    return getattr(dadaptation, name)


def _fp16_on_cuda(groups: list[dict[str, Any]]) -> bool:
    """Whether every weight is fp16 on a GPU (full_fp16). PyTorch's default AdamW then does its arithmetic in
    fp16, where eps = 1e-8 is 0: a weight whose gradient is still 0 (each lora_down at the first step, its
    lora_up starting at zero) becomes 0 / 0 = NaN. The fused AdamW computes in fp32 and is used instead."""
    params = [p for g in groups for p in g["params"]]
    return bool(params) and all(p.dtype == torch.float16 and p.is_cuda for p in params)


def create_optimizer(name: str, groups: list[dict[str, Any]], lr: float, args: list[str]) -> Optimizer:
    """The optimizer *name* over parameter *groups* (each carries its own ``lr``)."""
    kwargs = parse_optimizer_args(args)
    groups = [{k: v for k, v in g.items() if k != "name"} for g in groups]
    try:
        if name == "AdamW":
            if _fp16_on_cuda(groups) and not {"fused", "foreach"} & kwargs.keys():
                kwargs["fused"] = True  # full_fp16: see _fp16_on_cuda
            return torch.optim.AdamW(groups, lr=lr, **kwargs)
        if name == "AdamW8bit":
            return _bnb().AdamW8bit(groups, lr=lr, **kwargs)
        if name == "Lion":
            return _bnb().Lion(groups, lr=lr, optim_bits=32, **kwargs)
        if name == "Lion8bit":
            return _bnb().Lion8bit(groups, lr=lr, **kwargs)
        if name in ("SGDNesterov", "SGDNesterov8bit"):
            kwargs.setdefault("momentum", 0.9)
            cls = torch.optim.SGD if name == "SGDNesterov" else _bnb().SGD8bit
            return cls(groups, lr=lr, nesterov=True, **kwargs)
        if name == "Adafactor":
            from transformers.optimization import Adafactor

            kwargs.setdefault("relative_step", True)
            kwargs.setdefault("scale_parameter", kwargs["relative_step"])
            kwargs.setdefault("warmup_init", False)
            if kwargs["relative_step"]:
                for g in groups:
                    g.pop("lr", None)
                return Adafactor(groups, lr=None, **kwargs)
            return Adafactor(groups, lr=lr, **kwargs)
        if name == "Prodigy":
            from prodigyopt import Prodigy

            return Prodigy(groups, lr=lr, **kwargs)
        if name.startswith("DAdapt"):
            return _dadapt(name)(groups, lr=lr, **kwargs)
    except TypeError as exc:
        raise JobError("config", Phrase("optimizer {name} rejected optimizer_args {args}: {error}", name=name,
                                        args=str(args), error=str(exc)), Phrase("Check the names.")) from exc
    raise JobError("config", Phrase("unknown optimizer_type '{name}'.", name=name), Phrase("Pick one from the list."))


def fuse_into_backward(optimizer: Optimizer, max_grad_norm: float) -> None:
    """Step each parameter as soon as its gradient is complete, then free that gradient (sd-scripts'
    ``fused_backward_pass``): the gradients of all parameters never exist at once.

    The optimizer's own ``step`` does the update, shown one parameter at a time (its groups are swapped
    for a one-parameter copy of the group, so the current learning rate applies); each gradient is
    clipped on its own, as sd-scripts does with this option.
    """
    group_of = {p: group for group in optimizer.param_groups for p in group["params"]}

    def step_one(param: torch.Tensor) -> None:
        if max_grad_norm > 0:
            torch.nn.utils.clip_grad_norm_([param], max_grad_norm)
        groups = optimizer.param_groups
        optimizer.param_groups = [{**group_of[param], "params": [param]}]
        try:
            optimizer.step()
        finally:
            optimizer.param_groups = groups
        param.grad = None

    for param in group_of:
        param.register_post_accumulate_grad_hook(step_one)


def uses_relative_step(optimizer: Optimizer) -> bool:
    """Adafactor in relative-step mode: only the ``adafactor`` schedule reports its learning rate."""
    return type(optimizer).__name__ == "Adafactor" and bool(optimizer.defaults.get("relative_step"))


def warmup_steps(value: float, total_steps: int) -> int:
    """sd-scripts: a warmup below 1 is a fraction of the steps, otherwise a step count."""
    return int(value * total_steps) if 0 < value < 1 else int(value)


def lr_lambda(name: str, total: int, warmup: int, num_cycles: int = 1, power: float = 1.0) -> Callable[[int], float]:
    """The factor applied to each group's lr at an optimizer step (0-based), as diffusers defines it."""

    def warm(step: int) -> float | None:
        return step / max(1, warmup) if step < warmup else None

    def constant(step: int) -> float:
        return 1.0

    def with_warmup(step: int) -> float:
        w = warm(step)
        return 1.0 if w is None else w

    def linear(step: int) -> float:
        w = warm(step)
        return w if w is not None else max(0.0, (total - step) / max(1, total - warmup))

    def cosine(step: int) -> float:
        w = warm(step)
        if w is not None:
            return w
        progress = (step - warmup) / max(1, total - warmup)
        return max(0.0, 0.5 * (1.0 + math.cos(math.pi * progress)))

    def restarts(step: int) -> float:
        w = warm(step)
        if w is not None:
            return w
        progress = (step - warmup) / max(1, total - warmup)
        if progress >= 1.0:
            return 0.0
        return max(0.0, 0.5 * (1.0 + math.cos(math.pi * ((num_cycles * progress) % 1.0))))

    def polynomial(step: int) -> float:
        w = warm(step)
        if w is not None:
            return w
        remaining = max(0.0, 1 - (step - warmup) / max(1, total - warmup))
        return remaining**power

    table = {
        "constant": constant,
        "constant_with_warmup": with_warmup,
        "linear": linear,
        "cosine": cosine,
        "cosine_with_restarts": restarts,
        "polynomial": polynomial,
    }
    if name not in table:
        raise JobError("config", Phrase("unknown lr_scheduler '{name}'.", name=name), Phrase("Pick one from the list."))
    return table[name]


def create_scheduler(
    name: str, optimizer: Optimizer, total_steps: int, warmup: int, num_cycles: int = 1, power: float = 1.0
) -> LRScheduler:
    """A scheduler stepped once per optimizer step."""
    if name == "adafactor" or uses_relative_step(optimizer):
        from transformers.optimization import AdafactorSchedule

        if not uses_relative_step(optimizer):
            raise JobError("config", Phrase("lr_scheduler 'adafactor' needs Adafactor with relative_step=True."), "")
        return AdafactorSchedule(optimizer)
    return LambdaLR(optimizer, lr_lambda(name, total_steps, warmup, num_cycles, power))


def current_lrs(optimizer: Optimizer, scheduler: LRScheduler) -> list[float]:
    """The learning rate of each parameter group now; adaptive optimizers report lr x their d estimate."""
    if uses_relative_step(optimizer):
        return [float(v) for v in scheduler.get_lr()]
    lrs = []
    for group in optimizer.param_groups:
        lr = float(group["lr"])
        if "d" in group:  # Prodigy / D-Adaptation: the effective step is d * lr
            lr *= float(group["d"])
        lrs.append(lr)
    return lrs
