"""SDXL LoRA steps on the memory ladder: peak VRAM, step time, images/s and MFU, next to the fit estimate.

An SDXL-size U-Net with random weights (Danlu's bundled diffusers SDXL base config), 1024 px (latents
128x128), LoRA rank 32 on the transformer blocks' layers as the trainer injects it, synthetic cached
text-encoder outputs (2048-wide states, 1280 pooled, 6 size ids). Every case uses the trainer's own
parts: fp8 storage (training.fp8), the LoRA network (training.lora), the U-Net's gradient
checkpointing as the trainer enables it, the optimizer factory, noise and loss functions.

    python tests/benchmarks/bench_sdxl.py                          # CUDA, SDXL size (about 3 min on an H100)
    python tests/benchmarks/bench_sdxl.py --cuda-graphs            # the steps replayed, as precision.cuda_graphs
    python tests/benchmarks/bench_sdxl.py --device cpu --size tiny  # smoke run, tiny SDXL-style U-Net

Cases: (a) batch 1 with fp8 base + checkpointing vs. the same with a bf16 base: peak VRAM and step
time; (b) batch 8, bf16, checkpointing: images/s and MFU = images/s x 6.76 TFLOP x 3.16 / peak TFLOPS
(a U-Net forward at 1024 is 6.76 TFLOP; a LoRA step with checkpointing is about 3.16 forwards);
(c) batch 1, bf16, no checkpointing. The fit estimator's figure is printed beside each measured peak.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from resources import resource_path  # noqa: E402
from training.config import LossSection, NoiseSection, TrainConfig  # noqa: E402
from training.cuda_graphs import GraphedUnet, eager_forward  # noqa: E402
from training.fit_estimate import GIB, MetaModel, estimate  # noqa: E402
from training.fp8 import move_keeping_fp8, store_in_fp8  # noqa: E402
from training.lora import LoRANetwork  # noqa: E402
from training.losses import diffusion_loss  # noqa: E402
from training.noise import noise_and_timesteps  # noqa: E402
from training.optim import create_optimizer  # noqa: E402
from training.sdxl_names import sdxl_lora_namer  # noqa: E402
from training.unet_speedups import block_checkpoint, compile_blocks, norms_in_input_dtype  # noqa: E402

FORWARD_TFLOP_1024 = 6.76  # one SDXL U-Net forward at 1024 px, per image
STEP_FORWARDS_CKPT = 3.16  # forward + backward (2x) + the recomputed forward, less the frozen weights' grads
# the model's own arithmetic, without any recomputation (PaLM's "model FLOPs"): what --selective and compiled
# checkpoints save of the recomputation shows in the MFU (3.16x, a fixed count) but not in this one
STEP_FORWARDS_MODEL = STEP_FORWARDS_CKPT - 1
PEAK_BF16_TFLOPS = {"H200": 989.0, "H100": 989.0, "A100": 312.0, "L40S": 362.0, "4090": 165.0}
RANK, ALPHA = 32, 16.0

# an SDXL-shaped U-Net small enough for a CPU: two levels, text_time conditioning, linear projections
TINY_UNET = {
    "sample_size": 16,
    "block_out_channels": [32, 64],
    "layers_per_block": 1,
    "down_block_types": ["DownBlock2D", "CrossAttnDownBlock2D"],
    "up_block_types": ["CrossAttnUpBlock2D", "UpBlock2D"],
    "transformer_layers_per_block": [1, 2],
    "attention_head_dim": [2, 4],
    "cross_attention_dim": 64,
    "norm_num_groups": 8,
    "use_linear_projection": True,
    "addition_embed_type": "text_time",
    "addition_time_embed_dim": 8,
    "projection_class_embeddings_input_dim": 32 + 6 * 8,
}


@dataclass(frozen=True)
class Case:
    name: str
    batch: int
    fp8: bool
    checkpointing: bool


CASES = (
    Case("a: bs1 fp8 base + ckpt", 1, True, True),
    Case("a: bs1 bf16 base + ckpt", 1, False, True),
    Case("b: bs8 bf16 + ckpt", 8, False, True),
    Case("c: bs1 bf16, no ckpt", 1, False, False),
)


def unet_config(size: str) -> dict[str, Any]:
    from diffusers import UNet2DConditionModel

    if size == "tiny":
        return dict(UNet2DConditionModel.from_config(TINY_UNET).config)
    return dict(UNet2DConditionModel.load_config(resource_path("sd_configs") / "sdxl" / "unet"))


def build_unet(config: dict[str, Any], device: torch.device, dtype: torch.dtype, fp8: bool) -> torch.nn.Module:
    """Random weights, frozen, on *device*; fp8 storage and the move exactly as the trainer does them."""
    from diffusers import UNet2DConditionModel

    with torch.device(device):
        unet = UNet2DConditionModel.from_config(config)
    unet.requires_grad_(False)
    if fp8:
        store_in_fp8(unet)
    move_keeping_fp8(unet, device, dtype)
    return unet


def fit_figure(config: dict[str, Any], case: Case, resolution: int, optimizer: str, graphs: bool = False,
               selective: bool = False) -> int:
    """The fit estimator's peak for this case (cached text-encoder outputs and latents: only the U-Net)."""
    from diffusers import UNet2DConditionModel

    cfg = TrainConfig()
    cfg.dataset.resolution = str(resolution)
    cfg.dataset.train_batch_size = case.batch
    cfg.network.network_dim, cfg.network.network_alpha = RANK, ALPHA
    cfg.network.network_train_unet_only = True
    cfg.optimizer.optimizer_type = optimizer
    cfg.precision.mixed_precision = "bf16"
    cfg.precision.gradient_checkpointing = case.checkpointing
    cfg.precision.fp8_base = case.fp8
    cfg.precision.cuda_graphs = graphs
    cfg.precision.selective_checkpointing = selective
    if hasattr(cfg.dataset, "cache_text_encoder_outputs"):
        cfg.dataset.cache_text_encoder_outputs = True
    with torch.device("meta"):
        unet = UNet2DConditionModel.from_config(config).requires_grad_(False)
    return estimate(cfg, MetaModel(f"bench-{id(config)}", unet, (), 128, 0)).total


@dataclass(frozen=True)
class Mode:
    """How the steps run. *compile_unet*: the U-Net through ``torch.compile`` (inductor) after the LoRA is
    in, as the trainer does for ``launch.dynamo_backend``; compilation happens in the warm-up steps.
    *graphs*: forward and backward replayed from CUDA graphs (``precision.cuda_graphs``), recorded in the
    first warm-up step. *compile_blocks*: each transformer and ResNet block compiled on its own (inductor), as
    ``launch.compile_blocks``; *norms_16bit*: group and layer norms in the activations' bf16 instead of
    autocast's float32, as ``precision.norms_16bit``; *selective*: checkpoints that keep the costly results,
    as ``precision.selective_checkpointing``. An experiment the trainer does not offer:
    *channels_last* (NHWC weights and latents).
    *profile*: after the timed steps, one more under the profiler, its GPU time by kind of kernel printed."""

    compile_unet: bool = False
    graphs: bool = False
    channels_last: bool = False
    compile_blocks: bool = False
    norms_16bit: bool = False
    profile: bool = False
    selective: bool = False


def run_case(
    config: dict[str, Any], case: Case, device: torch.device, resolution: int, steps: int, optimizer: str = "AdamW",
    mode: Mode = Mode(), warmup: int = 2,
) -> dict[str, Any]:
    """Train *steps* LoRA steps (after *warmup* steps) and measure; VRAM figures on CUDA only."""
    from diffusers import DDPMScheduler

    dtype = torch.bfloat16
    cuda = device.type == "cuda"
    unet = build_unet(config, device, dtype, case.fp8)
    network = LoRANetwork(unet, None, RANK, ALPHA, namer=sdxl_lora_namer(int(config["layers_per_block"])))
    network.apply_to()
    network.to(device)
    checkpointing = block_checkpoint(mode.selective, save_rng=not mode.graphs) if case.checkpointing else None
    if checkpointing is not None:  # as training.train_setup.prepare_models
        unet.enable_gradient_checkpointing(checkpointing)
        unet.train()
    groups = network.param_groups(1e-4, 1e-4)
    opt = create_optimizer(optimizer, groups, 1e-4, ["min_8bit_size=0"] if "8bit" in optimizer else [])
    scheduler = DDPMScheduler(beta_schedule="scaled_linear", beta_start=0.00085, beta_end=0.012, clip_sample=False)
    scheduler.alphas_cumprod = scheduler.alphas_cumprod.to(device)
    latent = resolution // 8
    pooled = config["projection_class_embeddings_input_dim"] - 6 * config["addition_time_embed_dim"]
    gen = torch.Generator(device="cpu").manual_seed(0)

    def batch() -> tuple[torch.Tensor, ...]:
        b = case.batch
        shapes = ((b, 4, latent, latent), (b, 77, config["cross_attention_dim"]), (b, pooled))
        latents, states, text = (torch.randn(s, generator=gen).to(device) for s in shapes)
        if mode.channels_last:
            latents = latents.contiguous(memory_format=torch.channels_last)
        size_ids = torch.tensor([[resolution, resolution, 0, 0, resolution, resolution]] * case.batch, device=device)
        return latents, states, text, size_ids.float()

    if mode.channels_last:
        unet.to(memory_format=torch.channels_last)
    if mode.norms_16bit:
        norms_in_input_dtype(unet)
    if mode.compile_blocks:
        compile_blocks(unet, checkpointing, backend="inductor")
    if mode.compile_unet:
        unet = torch.compile(unet, backend="inductor")
    forward = GraphedUnet(unet, network, dtype, print) if mode.graphs else eager_forward(unet)
    params = [p for g in groups for p in g["params"]]
    weights = torch.ones(case.batch, device=device)
    times, losses = [], []
    if cuda:  # building the random model passes through fp32 on the GPU: that is not the run's memory
        torch.cuda.synchronize()
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    def step() -> torch.Tensor:
        latents, states, text, size_ids = batch()
        noise, noisy, timesteps = noise_and_timesteps(latents, scheduler, NoiseSection())
        with torch.autocast(device.type, dtype):
            added = {"text_embeds": text, "time_ids": size_ids}
            pred = forward(noisy, timesteps, states, added)
        loss = diffusion_loss(pred.float(), noise.float(), timesteps, scheduler.alphas_cumprod, weights,
                              LossSection(), False)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        opt.zero_grad(set_to_none=not mode.graphs)
        if cuda:
            torch.cuda.synchronize()
        return loss.detach()

    for i in range(steps + warmup):
        start = time.perf_counter()
        loss = step()
        if i >= warmup:
            times.append(time.perf_counter() - start)
        losses.append(float(loss))
    if mode.profile and cuda:
        print_kernel_time(step)
    result: dict[str, Any] = {
        "case": case.name,
        "step_s": statistics.median(times),
        "images_per_s": case.batch / statistics.median(times),
        "loss_finite": all(torch.isfinite(torch.tensor(losses))),
    }
    if cuda:
        result["peak_alloc_gib"] = torch.cuda.max_memory_allocated() / GIB
        result["peak_reserved_gib"] = torch.cuda.max_memory_reserved() / GIB
    return result  # its models are freed on return; main empties the cache before the next case


KERNEL_KINDS = (("attention", ("flash", "fmha", "attention", "sdpa")), ("gemm", ("gemm", "cutlass", "sm90", "nvjet")),
                ("conv", ("conv", "implicit", "dgrad", "wgrad", "cudnn")), ("norm", ("norm",)),
                ("copy/cast", ("copy", "cast", "fill")), ("elementwise", ("elementwise", "vectorized")))


def print_kernel_time(step: Any) -> None:
    """One step under the profiler: GPU time by kind of kernel (a name's first matching kind) and the top 12."""
    from torch.profiler import ProfilerActivity, profile

    with profile(activities=[ProfilerActivity.CUDA]) as prof:
        step()
    kernels = [(e.key, e.device_time_total) for e in prof.key_averages() if e.device_time_total > 0
               and e.device_type.name == "CUDA"]
    total = sum(t for _, t in kernels)
    kinds: dict[str, float] = {}
    for name, t in kernels:
        kind = next((k for k, words in KERNEL_KINDS if any(w in name.lower() for w in words)), "other")
        kinds[kind] = kinds.get(kind, 0.0) + t
    print(f"  GPU time of one step: {total / 1e6:.3f} s; " + ", ".join(
        f"{k} {v / total:.0%}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])))
    for name, t in sorted(kernels, key=lambda kv: -kv[1])[:12]:
        print(f"    {t / 1e3:8.1f} ms  {name[:110]}")


def peak_tflops(device: torch.device) -> float | None:
    if device.type != "cuda":
        return None
    name = torch.cuda.get_device_name(device)
    return next((v for k, v in PEAK_BF16_TFLOPS.items() if k in name), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--size", choices=("sdxl", "tiny"), default="sdxl")
    parser.add_argument("--steps", type=int, default=6, help="measured steps per case (after 2 warm-up steps)")
    parser.add_argument("--optimizer", default="AdamW", help="AdamW8bit needs bitsandbytes")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--compile", action="store_true", help="torch.compile the U-Net (inductor), as dynamo_backend")
    parser.add_argument("--cuda-graphs", action="store_true", help="replay the U-Net from CUDA graphs, as "
                        "precision.cuda_graphs")
    parser.add_argument("--channels-last", action="store_true", help="NHWC weights and latents (experiment)")
    parser.add_argument("--compile-blocks", action="store_true", help="compile each block apart (experiment)")
    parser.add_argument("--norms-16bit", action="store_true", help="norms in bf16 under autocast (experiment)")
    parser.add_argument("--selective", action="store_true", help="checkpoints keep the costly results, as "
                        "precision.selective_checkpointing")
    parser.add_argument("--profile", action="store_true", help="print one step's GPU time by kind of kernel")
    parser.add_argument("--warmup", type=int, default=2, help="unmeasured steps per case (compilation happens here)")
    parser.add_argument("--cases", default="", help="comma-separated case numbers to run, from 0 (default: all)")
    args = parser.parse_args()
    device = torch.device(args.device)
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True  # as training.train_setup.pick_device
        torch.backends.cudnn.allow_tf32 = True
    resolution = 1024 if args.size == "sdxl" else 128
    config = unet_config(args.size)
    peak = peak_tflops(device)
    rows = []
    print(f"{args.size} U-Net, {resolution} px, LoRA rank {RANK}, {args.optimizer}, device {args.device}"
          + (f" ({torch.cuda.get_device_name(device)})" if device.type == "cuda" else "")
          + "".join(f", {name}" for name, on in (("compiled", args.compile), ("CUDA graphs", args.cuda_graphs),
                                                 ("channels last", args.channels_last),
                                                 ("compiled blocks", args.compile_blocks),
                                                 ("16-bit norms", args.norms_16bit),
                                                 ("selective checkpoints", args.selective)) if on))
    header = ("case", "step s", "img/s", "peak alloc", "reserved", "estimate", "est/meas", "MFU")
    print(f"{header[0]:26} " + " ".join(f"{h:>{w}}" for h, w in zip(header[1:], (8, 7, 11, 9, 9, 8, 6), strict=True)))
    chosen = [CASES[int(i)] for i in args.cases.split(",")] if args.cases else list(CASES)
    for case in chosen:
        mode = Mode(args.compile, args.cuda_graphs, args.channels_last, args.compile_blocks, args.norms_16bit,
                    args.profile, args.selective)
        r = run_case(config, case, device, resolution, args.steps, args.optimizer, mode, args.warmup)
        if device.type == "cuda":
            torch.cuda.empty_cache()
        r["estimate_gib"] = fit_figure(config, case, resolution, args.optimizer, args.cuda_graphs,
                                       args.selective and case.checkpointing) / GIB
        if peak is not None and case.checkpointing:
            r["mfu"] = r["images_per_s"] * FORWARD_TFLOP_1024 * STEP_FORWARDS_CKPT / peak
            r["mfu_model_flops"] = r["images_per_s"] * FORWARD_TFLOP_1024 * STEP_FORWARDS_MODEL / peak
        rows.append(r)
        alloc, reserved = r.get("peak_alloc_gib"), r.get("peak_reserved_gib")
        measured = reserved if mode.graphs else alloc  # the graphs' pool is held whole: the estimate is of reserved
        ratio = f"{r['estimate_gib'] / measured:.2f}" if measured else "-"
        mfu = f"{r['mfu']:.1%} ({r['mfu_model_flops']:.1%} of model FLOPs)" if "mfu" in r else "-"
        print(f"{case.name:26} {r['step_s']:8.3f} {r['images_per_s']:7.2f} "
              f"{alloc if alloc is not None else float('nan'):10.2f}G {reserved or float('nan'):8.2f}G "
              f"{r['estimate_gib']:8.2f}G {ratio:>8} {mfu:>6}", flush=True)
    by_name = {r["case"]: r for r in rows}
    fp8, bf16 = by_name.get(CASES[0].name), by_name.get(CASES[1].name)
    if fp8 and bf16:
        print(f"fp8 / bf16 step time: {fp8['step_s'] / bf16['step_s']:.2f}x (goal <= 1.15x)")
    if fp8 and "peak_alloc_gib" in fp8:
        print(f"bs1 fp8 + ckpt peak: {fp8['peak_alloc_gib']:.2f} GiB allocated, {fp8['peak_reserved_gib']:.2f} GiB "
              "reserved (goal <= 6 GB)")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
