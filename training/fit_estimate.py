"""Will this run fit in VRAM? A peak estimate for a TrainConfig (the ladder that makes it fit: fit_ladder.py).

Nothing is loaded: the model family's bundled configs are built on PyTorch's meta device (shapes and
dtypes, no weights, no memory), which gives exact parameter counts. The activations come from a dry
run on the meta device: one forward pass of the U-Net with the LoRA attached at the run's batch and
resolution, counting the bytes of every tensor autograd keeps for the backward pass
(``torch.autograd.graph.saved_tensors_hooks``). Attention is counted as the fused kernels on a GPU keep
it (q, k, v, output and a float32 log-sum-exp per query; never the attention matrix). With gradient
checkpointing, what the checkpointed blocks keep is counted per block: their inputs stay alive, and
one block at a time is recomputed during the backward pass. Selective checkpointing also keeps the
outputs of the operations it does not recompute (``unet_speedups.keeps_output``) until the backward pass.

peak = weights (by storage precision) + LoRA weights, gradients and optimizer state + kept
activations + the backward pass's working tensors (twice the largest kept activation). The
allocator's fragmentation and the CUDA context are not in this figure; :func:`training.fit_ladder.fits` adds a margin
for them before comparing with the GPU's free memory.
"""

from __future__ import annotations

import contextlib
import copy
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn
from torch.multiprocessing.reductions import StorageWeakRef
from torch.utils._python_dispatch import TorchDispatchMode

from dataprep.phrases import Phrase
from resources import resource_path
from training.config import TrainConfig
from training.unet_speedups import keeps_output

GIB = 1024**3
FAMILIES = {"sd15": "sd15", "sd2": "sd2-512", "sd2-v": "sd2-768-v", "sdxl": "sdxl"}
FRAGMENTATION = 1.10  # reserved / allocated seen with PyTorch's caching allocator on training loops
CONTEXT_BYTES = int(0.5 * GIB)  # the CUDA context and cuBLAS/cuDNN workspaces of the training process
DESKTOP_BYTES = GIB // 4  # what the desktop and other programs keep of a card: a card size less this is free
EIGHT_BIT_MIN = 4096  # bitsandbytes keeps 32-bit state for tensors smaller than this
GRAPH_POOL_ACTIVATIONS = 2  # precision.cuda_graphs: the graphs' pool, in activation terms (SDXL, H100)
# optimizer state per LoRA weight, in copies of the weight (32 bit) or bytes (8 bit)
STATE_COPIES = {
    "AdamW": 2,
    "Lion": 1,
    "SGDNesterov": 1,
    "Prodigy": 4,  # exp_avg, exp_avg_sq, s, p0
    "DAdaptAdam": 3,
    "DAdaptAdamPreprint": 3,
    "DAdaptAdaGrad": 3,
    "DAdaptAdan": 5,
    "DAdaptSGD": 3,
    "DAdaptLion": 2,
}
EIGHT_BIT_STATES = {"AdamW8bit": 2, "Lion8bit": 1, "SGDNesterov8bit": 1}


@dataclass(frozen=True)
class MetaModel:
    """A model family's parts on the meta device."""

    family: str  # a family name, or the folder whose configs these are (it keys the dry runs' memo)
    unet: nn.Module
    text_encoders: tuple[nn.Module, ...]
    vae_channels: int  # the VAE encoder's first block width (its largest activations)
    vae_params: int

    @property
    def is_sdxl(self) -> bool:
        return self.unet.config.addition_embed_type == "text_time"  # pooled text and size ids as extra inputs


@functools.lru_cache(maxsize=4)
def meta_model(family: str) -> MetaModel:
    """The bundled configs of *family* (``sd15``, ``sd2``, ``sd2-v``, ``sdxl``) built without weights."""
    if family not in FAMILIES:
        raise ValueError(f"unknown model family {family!r}; one of {', '.join(FAMILIES)}")
    return meta_model_at(resource_path("sd_configs") / FAMILIES[family], family)


def meta_model_at(root: Path, key: str) -> MetaModel:
    """The model whose diffusers configs are in *root* (``unet/``, ``vae/``, ``text_encoder/``[, ``_2/``]).

    A diffusers folder's own configs give its exact sizes (a fine-tune of another size, the tiny demo
    models); *key* names it in the dry runs' memo."""
    from diffusers import AutoencoderKL, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTextModelWithProjection

    with torch.device("meta"):
        unet = UNet2DConditionModel.from_config(UNet2DConditionModel.load_config(root / "unet"))
        vae = AutoencoderKL.from_config(AutoencoderKL.load_config(root / "vae"))
        tes: list[nn.Module] = [CLIPTextModel(CLIPTextConfig.from_pretrained(root / "text_encoder"))]
        if (root / "text_encoder_2").is_dir():
            tes.append(CLIPTextModelWithProjection(CLIPTextConfig.from_pretrained(root / "text_encoder_2")))
    for part in (unet, *tes):
        part.requires_grad_(False)
    channels = int(vae.config.block_out_channels[0])
    return MetaModel(key, unet, tuple(tes), channels, sum(p.numel() for p in vae.parameters()))


def weight_bytes(module: nn.Module, dtype_bytes: int, fp8: bool) -> int:
    """Bytes of *module*'s weights stored in *dtype_bytes*; with *fp8*, Linear/Conv2d weights take 1 byte."""
    total = 0
    for sub in module.modules():
        for name, p in sub.named_parameters(recurse=False):
            one_byte = fp8 and name == "weight" and type(sub) in (nn.Linear, nn.Conv2d)
            total += p.numel() * (1 if one_byte else dtype_bytes)
    for b in module.buffers():
        total += b.numel() * (b.element_size() if not b.is_floating_point() else dtype_bytes)
    return total


def optimizer_state_bytes(name: str, shapes: list[torch.Size], weight_bytes_each: int) -> int:
    """Optimizer state for LoRA weights of *shapes* (stored with *weight_bytes_each* bytes per value)."""
    total = 0
    for shape in shapes:
        n = shape.numel()
        if name in EIGHT_BIT_STATES:
            total += n * EIGHT_BIT_STATES[name] * (1 if n >= EIGHT_BIT_MIN else 4)
        elif name == "Adafactor":  # factored second moment: one value per row and per column
            total += (shape[0] + n // shape[0]) * 4 if len(shape) >= 2 else n * 4
        else:
            total += n * STATE_COPIES.get(name, 2) * weight_bytes_each
    return total


@dataclass
class ActivationProfile:
    """Bytes autograd keeps for the backward pass of one training forward."""

    kept: int  # outside checkpointed blocks (all of it without checkpointing)
    checkpoint_inputs: int  # the checkpointed blocks' inputs, alive until their recomputation
    largest_block: int  # the biggest checkpointed block's activations, recomputed in the backward pass
    largest_tensor: int  # the biggest single kept tensor
    kept_results: int = 0  # selective checkpointing: the outputs it keeps instead of recomputing them

    @property
    def peak(self) -> int:
        """Kept activations at their peak plus the backward pass's gradient buffers."""
        return self.kept + self.checkpoint_inputs + self.kept_results + self.largest_block + 2 * self.largest_tensor


class _FusedAttention(torch.autograd.Function):
    """Stands in for SDPA on the meta device, keeping what flash / memory-efficient attention keep."""

    @staticmethod
    def forward(ctx: Any, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
        batch, heads, length = q.shape[:3]
        out = q.new_empty(batch, length, heads, v.shape[-1]).transpose(1, 2)  # the kernels' layout
        lse = q.new_empty(q.shape[:-1], dtype=torch.float32)
        ctx.save_for_backward(q, k, v, out, lse)
        return out

    @staticmethod
    def backward(ctx: Any, grad: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        q, k, v, _, _ = ctx.saved_tensors
        return torch.empty_like(q), torch.empty_like(k), torch.empty_like(v)


class _FusedAttentionMode(torch.overrides.TorchFunctionMode):
    def __torch_function__(self, func: Any, types: Any, args: tuple = (), kwargs: dict | None = None) -> Any:
        if func is torch.nn.functional.scaled_dot_product_attention:
            q, k, v = args[:3]
            return _FusedAttention.apply(q, k, v)
        return func(*args, **(kwargs or {}))


class _KeptResults(TorchDispatchMode):
    """Counts the outputs selective checkpointing keeps (``keeps_output``) in a block's forward pass."""

    def __init__(self, counter: _SavedBytes) -> None:
        super().__init__()
        self.counter = counter

    def __torch_dispatch__(self, func: Any, types: Any, args: tuple = (), kwargs: dict | None = None) -> Any:
        out = func(*args, **(kwargs or {}))
        if keeps_output(func, args):
            for tensor in out if isinstance(out, tuple) else (out,):
                if isinstance(tensor, torch.Tensor):
                    self.counter.add(tensor)
        return out


class _KeptAttention(torch.overrides.TorchFunctionMode):
    """The fused attention stand-in's share: the kernel's output and log-sum-exp, which a GPU's selective
    checkpoint keeps (the stand-in itself runs no attention operation for :class:`_KeptResults` to see)."""

    def __init__(self, counter: _SavedBytes) -> None:
        super().__init__()
        self.counter = counter

    def __torch_function__(self, func: Any, types: Any, args: tuple = (), kwargs: dict | None = None) -> Any:
        out = func(*args, **(kwargs or {}))
        if func is torch.nn.functional.scaled_dot_product_attention:
            self.counter.add(out)
            self.counter.add(out.new_empty(out.shape[:-1], dtype=torch.float32))
        return out


@contextlib.contextmanager
def _counting_kept(counter: _SavedBytes | None, fused_attention: bool) -> Iterator[None]:
    if counter is None:
        yield
        return
    with contextlib.ExitStack() as stack:
        if fused_attention:
            stack.enter_context(_KeptAttention(counter))
        stack.enter_context(_KeptResults(counter))
        yield


def storage_key(tensor: torch.Tensor) -> StorageWeakRef:
    """The identity of *tensor*'s memory: views and reshapes of one tensor share it (also on meta)."""
    return StorageWeakRef(tensor.untyped_storage())


class _SavedBytes:
    """Sums the bytes of saved tensors once per storage, leaving out parameters and buffers."""

    def __init__(self, shared: set[StorageWeakRef], exclude: set[StorageWeakRef]) -> None:
        self.total = 0
        self.largest = 0
        self.seen = shared  # storages already counted (by the other counters too)
        self.exclude = exclude
        self.keep: list[torch.Tensor] = []  # holds them, so storages are not reused during the dry run

    def add(self, tensor: torch.Tensor) -> None:
        key = storage_key(tensor)
        if key in self.seen or key in self.exclude:
            return
        self.seen.add(key)
        self.keep.append(tensor)
        size = tensor.untyped_storage().nbytes()
        self.total += size
        self.largest = max(self.largest, size)

    def pack(self, tensor: torch.Tensor) -> torch.Tensor:
        self.add(tensor)
        return tensor

    def hooks(self) -> Any:
        return torch.autograd.graph.saved_tensors_hooks(self.pack, lambda t: t)


def activation_profile(
    unet: nn.Module,
    inputs: tuple[torch.Tensor, ...],
    kwargs: dict[str, Any],
    checkpointing: bool,
    fused_attention: bool = True,
    selective: bool = False,
) -> ActivationProfile:
    """Run *unet* once on *inputs* (any device; meta costs nothing) and count what autograd keeps.

    *fused_attention* replaces SDPA with a stand-in that keeps what the GPU kernels keep (needed on the
    meta device, whose SDPA is the unfused math version that keeps the attention matrix). *selective*:
    the checkpointed blocks also keep what selective checkpointing keeps.
    """
    exclude = {storage_key(t) for t in [*unet.parameters(), *unet.buffers()]}
    seen: set[StorageWeakRef] = set()
    outside = _SavedBytes(seen, exclude)
    ckpt_inputs = _SavedBytes(seen, exclude)
    results = _SavedBytes(seen, exclude) if selective else None
    blocks: list[int] = []
    largest = [0]

    def checkpointed(module: Callable[..., Any], *args: Any) -> Any:
        for arg in args:
            if isinstance(arg, torch.Tensor):
                ckpt_inputs.add(arg)
        block = _SavedBytes(set(), exclude)
        with block.hooks(), _counting_kept(results, fused_attention):
            out = module(*args)
        blocks.append(block.total)
        largest[0] = max(largest[0], block.largest)
        return out

    if checkpointing:
        unet.enable_gradient_checkpointing(gradient_checkpointing_func=checkpointed)
        unet.train()
    mode = _FusedAttentionMode() if fused_attention else None
    try:
        with outside.hooks():
            if mode is not None:
                with mode:
                    unet(*inputs, **kwargs)
            else:
                unet(*inputs, **kwargs)
    finally:
        if checkpointing:
            unet.disable_gradient_checkpointing()
    return ActivationProfile(
        kept=outside.total,
        checkpoint_inputs=ckpt_inputs.total,
        largest_block=max(blocks, default=0),
        largest_tensor=max(outside.largest, largest[0]),
        kept_results=results.total if results is not None else 0,
    )


def unet_inputs(
    model: MetaModel, batch: int, width: int, height: int, tokens: int, dtype: torch.dtype, device: str = "meta"
) -> tuple[tuple[torch.Tensor, ...], dict[str, Any]]:
    """Latents, timesteps, text states (and SDXL's pooled embedding and size ids) of one batch."""
    cfg = model.unet.config
    latents = torch.empty(batch, cfg.in_channels, height // 8, width // 8, device=device, dtype=dtype)
    states = torch.empty(batch, tokens, cfg.cross_attention_dim, device=device, dtype=dtype)
    timesteps = torch.zeros(batch, dtype=torch.long, device=device)
    kwargs: dict[str, Any] = {}
    if model.is_sdxl:
        pooled = cfg.projection_class_embeddings_input_dim - 6 * cfg.addition_time_embed_dim
        kwargs["added_cond_kwargs"] = {
            "text_embeds": torch.empty(batch, pooled, device=device, dtype=dtype),
            "time_ids": torch.empty(batch, 6, device=device, dtype=dtype),
        }
    return (latents, timesteps, states), kwargs


@dataclass
class Estimate:
    """Peak VRAM of a run, in bytes: the training step's by part, and the latent caching's before it."""

    parts: dict[str, int]
    caching: int = 0  # models on the GPU plus the VAE encoding a batch of images

    @property
    def total(self) -> int:
        return max(sum(self.parts.values()), self.caching)

    @property
    def needed(self) -> int:
        """What the training process needs free: the peak with fragmentation and the CUDA context."""
        return int(self.total * FRAGMENTATION) + CONTEXT_BYTES

    def to_dict(self) -> dict[str, Any]:
        """The estimate in bytes, for a job's ``result`` event."""
        return {"parts": dict(self.parts), "caching": self.caching, "peak": self.total, "needed": self.needed}

    def lines(self) -> list[str]:
        """The fit job's log lines; a part keeps its English key (the Train page names it from its own table)."""
        rows: list[str] = [f"{name}: {size / GIB:.2f} GB" for name, size in self.parts.items() if size]
        if self.caching > sum(self.parts.values()):
            rows.append(Phrase("caching latents (higher than training): {size} GB", size=f"{self.caching / GIB:.2f}"))
        return [*rows, Phrase("peak: {peak} GB (needs {needed} GB free)", peak=f"{self.total / GIB:.2f}",
                              needed=f"{self.needed / GIB:.2f}")]


def _compute_dtype(cfg: TrainConfig, cuda: bool) -> torch.dtype:
    mixed = cfg.precision.mixed_precision
    if mixed == "bf16" or (mixed == "fp16" and cuda):
        return torch.bfloat16 if mixed == "bf16" else torch.float16
    return torch.float32


def _lora(model: MetaModel, cfg: TrainConfig) -> nn.Module:
    from training.lora import LoRANetwork
    from training.network_args import network_kwargs
    from training.sdxl_names import sdxl_lora_namer

    unet = model.unet if cfg.train_unet else None
    te = model.text_encoders[0] if cfg.train_text_encoder and model.text_encoders else None
    te2 = model.text_encoders[1] if cfg.train_text_encoder and len(model.text_encoders) > 1 else None
    extra: dict[str, Any] = {}
    if model.is_sdxl:
        extra["namer"] = sdxl_lora_namer(int(model.unet.config.layers_per_block))
    with torch.device("meta"):
        return LoRANetwork(
            unet,
            te,
            cfg.network.network_dim,
            cfg.network.network_alpha,
            text_encoder_2=te2,
            **extra,
            **network_kwargs(cfg.network),
        )


_MEMO: dict[tuple, Any] = {}  # dry runs by what they depend on: the ladder re-estimates similar configs


def _network_key(cfg: TrainConfig) -> tuple:
    return (repr(cfg.network), cfg.train_unet, cfg.train_text_encoder)


def _lora_shapes(model: MetaModel, cfg: TrainConfig) -> list[torch.Size]:
    key = ("lora", model.family, *_network_key(cfg))
    if key not in _MEMO:
        _MEMO[key] = [p.shape for p in _lora(model, cfg).parameters()]
    return _MEMO[key]


def _activations(model: MetaModel, cfg: TrainConfig, dtype: torch.dtype, te_cached: bool) -> int:
    """The activation term: a meta-device dry run of the U-Net (and trained text encoders) with the LoRA."""
    width, height = cfg.resolution_wh
    batch, tokens = cfg.dataset.train_batch_size, 77 + cfg.model.max_token_length - 75
    ckpt = cfg.precision.gradient_checkpointing
    selective = ckpt and cfg.precision.selective_checkpointing
    key = ("act", model.family, width, height, batch, tokens, str(dtype), ckpt, selective, te_cached,
           *_network_key(cfg))
    if key in _MEMO:
        return _MEMO[key]
    trial = MetaModel(model.family, copy.deepcopy(model.unet), tuple(copy.deepcopy(t) for t in model.text_encoders),
                      model.vae_channels, model.vae_params)
    network = _lora(trial, cfg)
    network.to(dtype)
    network.apply_to()
    trial.unet.to(dtype)
    inputs, kwargs = unet_inputs(trial, batch, width, height, tokens, dtype)
    total = activation_profile(trial.unet, inputs, kwargs, ckpt, selective=selective).peak
    if cfg.train_text_encoder and not te_cached:
        ids = torch.zeros(batch, tokens, dtype=torch.long, device="meta")
        for te in trial.text_encoders:
            te.to(dtype)
            total += activation_profile(te, (ids,), {}, checkpointing=False).kept
    _MEMO[key] = total
    return total


def estimate(cfg: TrainConfig, family: str | MetaModel, cuda: bool = True) -> Estimate:
    """Peak VRAM of training *cfg* on a *family* base model (``sd15``, ``sd2``, ``sd2-v``, ``sdxl``).

    *cuda*: whether fp16 applies (on a CPU the trainer falls back to 32 bit).
    """
    model = meta_model(family) if isinstance(family, str) else family
    prec, ds = cfg.precision, cfg.dataset
    dtype = _compute_dtype(cfg, cuda)
    size = torch.finfo(dtype).bits // 8
    parts: dict[str, int] = {"U-Net weights": weight_bytes(model.unet, size, prec.fp8_base)}
    te_cached = bool(getattr(cfg, "caches_text_encoder_outputs", False))
    te_bytes = sum(weight_bytes(te, size, prec.fp8_base) for te in model.text_encoders)
    parts["text encoder weights"] = 0 if te_cached else te_bytes

    lora_shapes = _lora_shapes(model, cfg)
    lora_count = sum(s.numel() for s in lora_shapes)
    full16 = (prec.full_bf16 and dtype == torch.bfloat16) or (prec.full_fp16 and dtype == torch.float16)
    lora_size = 2 if full16 else 4
    parts["LoRA weights"] = lora_count * lora_size
    if dtype != torch.float32 and not full16:
        parts["LoRA weights"] += lora_count * size  # autocast's 16-bit copies, cached for the step
    biggest = max((s.numel() for s in lora_shapes), default=0)
    parts["LoRA gradients"] = (biggest if prec.fused_backward_pass else lora_count) * lora_size
    parts["optimizer state"] = optimizer_state_bytes(cfg.optimizer.optimizer_type, lora_shapes, lora_size)
    parts["activations"] = _activations(model, cfg, dtype, te_cached)
    if prec.cuda_graphs and cuda:
        # the recordings' private memory pool, held whole while the graphs live (no other tensor reuses it):
        # measured on SDXL at twice the activation term over the eager peak (docs/benchmarks.md, "CUDA graphs")
        parts["CUDA graph pool"] = GRAPH_POOL_ACTIVATIONS * parts["activations"]
    width, height = cfg.resolution_wh
    # the VAE: on the GPU all run without cached latents, else only while caching, which the trainer does
    # before the other models move to the GPU (unless lowram loaded them there); encoding keeps no
    # gradients, about three of its widest activations are alive at once
    vae_size = 4 if prec.no_half_vae else size
    vae = model.vae_params * vae_size
    parts["VAE"] = 0 if cfg.caches_latents else vae
    encoding = 3 * ds.vae_batch_size * model.vae_channels * width * height * vae_size
    loaded = parts["U-Net weights"] + te_bytes if prec.lowram else 0
    return Estimate(parts, caching=loaded + vae + encoding if cfg.caches_latents else 0)


def free_vram() -> int | None:
    """Free memory of the first CUDA GPU in bytes, or None without one."""
    if not torch.cuda.is_available():
        return None
    free, _ = torch.cuda.mem_get_info()
    return int(free)

