"""Reg-set generation benchmark: Danlu's generation path vs. a plain diffusers call, same run.

An SD1.5-size model with random weights (UNet, VAE and CLIP-L text encoder built from the configs
written out below; no download), 512 px, 25 steps of DPM++ 2M Karras, CFG 7.5, batch 16. Both sides
render the same prompts with the same settings; rounds are interleaved and the median counts.
MFU counts 0.80 TFLOP per UNet forward of one 512 px image, 2 forwards per step (CFG).

    python tests/benchmarks/bench_reg.py --device cuda --size sd15      # the GPU run (fp16)
    python tests/benchmarks/bench_reg.py --device cpu --size tiny       # smoke run, tiny model
"""

from __future__ import annotations

import argparse
import copy
import datetime
import platform
import statistics
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from training.generate import GenerateOptions, Renderer, RenderSettings, plan_requests
from training.prompts import PromptSpec
from training.samplers import build_scheduler
from training.tokenizer_files import CLIP_L, bundled_tokenizer_dir

UNET_TFLOP_PER_FORWARD = 0.80  # SD1.5 UNet, one 512 px image
PROMPT = "a photo of a woman, smiling, red scarf, snowy street"
NEGATIVE = "lowres, blurry, bad anatomy"

# runwayml/stable-diffusion-v1-5, unet/config.json
SD15_UNET = {
    "act_fn": "silu",
    "attention_head_dim": 8,
    "block_out_channels": [320, 640, 1280, 1280],
    "center_input_sample": False,
    "cross_attention_dim": 768,
    "down_block_types": ["CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "DownBlock2D"],
    "downsample_padding": 1,
    "flip_sin_to_cos": True,
    "freq_shift": 0,
    "in_channels": 4,
    "layers_per_block": 2,
    "mid_block_scale_factor": 1,
    "norm_eps": 1e-05,
    "norm_num_groups": 32,
    "out_channels": 4,
    "sample_size": 64,
    "up_block_types": ["UpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D"],
}
# vae/config.json
SD15_VAE = {
    "act_fn": "silu",
    "block_out_channels": [128, 256, 512, 512],
    "down_block_types": ["DownEncoderBlock2D"] * 4,
    "in_channels": 3,
    "latent_channels": 4,
    "layers_per_block": 2,
    "norm_num_groups": 32,
    "out_channels": 3,
    "sample_size": 512,
    "scaling_factor": 0.18215,
    "up_block_types": ["UpDecoderBlock2D"] * 4,
}
# text_encoder/config.json (CLIP ViT-L/14's text tower)
SD15_TEXT = {
    "vocab_size": 49408,
    "hidden_size": 768,
    "intermediate_size": 3072,
    "num_hidden_layers": 12,
    "num_attention_heads": 12,
    "max_position_embeddings": 77,
    "hidden_act": "quick_gelu",
    "projection_dim": 768,
    "layer_norm_eps": 1e-05,
    "bos_token_id": 0,
    "eos_token_id": 2,
    "pad_token_id": 1,
}
# scheduler/scheduler_config.json
SD15_SCHEDULER = {
    "beta_start": 0.00085,
    "beta_end": 0.012,
    "beta_schedule": "scaled_linear",
    "num_train_timesteps": 1000,
    "set_alpha_to_one": False,
    "skip_prk_steps": True,
    "steps_offset": 1,
    "clip_sample": False,
}
# the tiny kit's shapes (training/tiny_models.py), for the smoke run
TINY_UNET = {
    "sample_size": 8,
    "block_out_channels": [32, 64],
    "layers_per_block": 1,
    "down_block_types": ["CrossAttnDownBlock2D", "DownBlock2D"],
    "up_block_types": ["UpBlock2D", "CrossAttnUpBlock2D"],
    "cross_attention_dim": 32,
    "attention_head_dim": 8,
}
TINY_VAE = {**SD15_VAE, "block_out_channels": [8, 16, 32, 32], "layers_per_block": 1, "norm_num_groups": 8,
            "sample_size": 64}
TINY_TEXT = {**SD15_TEXT, "hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 2,
             "num_attention_heads": 4, "projection_dim": 32}

SIZES = {  # size -> (unet, vae, text encoder, default resolution, steps, batch)
    "sd15": (SD15_UNET, SD15_VAE, SD15_TEXT, 512, 25, 16),
    "tiny": (TINY_UNET, TINY_VAE, TINY_TEXT, 64, 4, 4),
}

# dense fp16/bf16 tensor-core peaks, TFLOP/s
PEAK_TFLOPS = {"H100 PCIe": 756.0, "H100": 989.4, "H200": 989.4, "A100": 312.0, "L40S": 362.0,
               "RTX 4090": 165.2, "RTX 3090": 71.0}


def build_pipeline(size: str, device: torch.device, dtype: torch.dtype, seed: int = 0):
    """A StableDiffusionPipeline of random weights, built on *device* (fast on a GPU)."""
    from diffusers import AutoencoderKL, StableDiffusionPipeline, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

    unet_cfg, vae_cfg, text_cfg, *_ = SIZES[size]
    torch.manual_seed(seed)
    with device:
        unet = UNet2DConditionModel(**unet_cfg)
        vae = AutoencoderKL(**vae_cfg)
        text_encoder = CLIPTextModel(CLIPTextConfig(**text_cfg))
    pipe = StableDiffusionPipeline(
        vae=vae, text_encoder=text_encoder, tokenizer=CLIPTokenizer.from_pretrained(bundled_tokenizer_dir(CLIP_L)),
        unet=unet, scheduler=build_scheduler("pndm", SD15_SCHEDULER), safety_checker=None, feature_extractor=None,
        requires_safety_checker=False)
    cast = {torch.float16: "half", torch.bfloat16: "bfloat16", torch.float32: "float"}[dtype]
    for module in (unet, vae, text_encoder):
        getattr(module, cast)()  # nn.Module's cast: diffusers' .to(dtype) warns about keep-in-fp32 modules
    return pipe


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def peak_tflops(device: torch.device, override: float | None) -> float | None:
    if override:
        return override
    if device.type != "cuda":
        return None
    name = torch.cuda.get_device_name(device)
    return next((v for k, v in PEAK_TFLOPS.items() if k in name), None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cuda")
    parser.add_argument("--size", choices=sorted(SIZES), default="sd15")
    parser.add_argument("--resolution", type=int)
    parser.add_argument("--steps", type=int)
    parser.add_argument("--batch", type=int)
    parser.add_argument("--scale", type=float, default=7.5)
    parser.add_argument("--sampler", default="dpmsolver++_karras")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dtype", choices=("fp16", "bf16", "fp32"))
    parser.add_argument("--compile", action="store_true", help="torch.compile Danlu's UNet (warm-up not timed)")
    parser.add_argument("--peak-tflops", type=float, help="the device's dense fp16 peak, for MFU")
    args = parser.parse_args(argv)

    device = torch.device(args.device)
    _, _, _, resolution, steps, batch = SIZES[args.size]
    resolution, steps, batch = args.resolution or resolution, args.steps or steps, args.batch or batch
    dtype_name = args.dtype or ("fp16" if device.type == "cuda" else "fp32")
    dtype = {"fp16": torch.float16, "bf16": torch.bfloat16, "fp32": torch.float32}[dtype_name]

    start = time.perf_counter()
    plain = build_pipeline(args.size, device, dtype)
    ours_pipe = copy.deepcopy(plain)
    print(f"built two {args.size} pipelines in {time.perf_counter() - start:.1f} s", flush=True)
    plain.scheduler = build_scheduler(args.sampler, SD15_SCHEDULER)
    plain.set_progress_bar_config(disable=True)
    renderer = Renderer(ours_pipe, GenerateOptions(device=str(device), dtype=dtype_name, compile=args.compile))
    settings = RenderSettings(resolution, resolution, steps, args.scale, args.sampler, NEGATIVE)
    requests = plan_requests([PromptSpec(PROMPT)], range(batch), settings, base_seed=0)

    def run_plain() -> None:
        with torch.inference_mode():
            plain([PROMPT] * batch, negative_prompt=[NEGATIVE] * batch, height=resolution, width=resolution,
                  num_inference_steps=steps, guidance_scale=args.scale,
                  generator=torch.Generator(device).manual_seed(0))

    def run_ours() -> None:
        for _ in renderer.render(requests, batch_size=batch):
            pass

    times: dict[str, list[float]] = {"danlu": [], "diffusers": []}
    runs = {"danlu": run_ours, "diffusers": run_plain}
    for name, run in runs.items():  # warm-up (and compilation)
        start = time.perf_counter()
        run()
        sync(device)
        print(f"warm-up {name}: {time.perf_counter() - start:.2f} s", flush=True)
    for _ in range(args.rounds):
        for name, run in runs.items():
            sync(device)
            start = time.perf_counter()
            run()
            sync(device)
            times[name].append(time.perf_counter() - start)
    rate = {name: batch / statistics.median(t) for name, t in times.items()}
    for name, t in times.items():
        print(f"{name:<10} {' '.join(f'{x:.3f}' for x in t)} s per batch -> {rate[name]:.3f} images/s")
    ratio = rate["danlu"] / rate["diffusers"]
    peak = peak_tflops(device, args.peak_tflops)
    flops_per_image = steps * (2 if args.scale > 1 else 1) * UNET_TFLOP_PER_FORWARD
    mfu = f"{rate['danlu'] * flops_per_image / peak:.1%}" if peak and args.size == "sd15" else "n/a"
    device_name = torch.cuda.get_device_name(device) if device.type == "cuda" else platform.processor() or "CPU"
    command = f"bench_reg.py --device {args.device} --size {args.size}" + (" --compile" if args.compile else "")
    print(f"ratio danlu/diffusers {ratio:.3f}; MFU {mfu} (peak {peak or 'unknown'} TFLOP/s)")
    print("results line:")
    print(f"| {datetime.date.today()} | {device_name} | torch {torch.__version__} | `{command}` | {args.size} "
          f"{resolution}px {steps} steps {args.sampler} CFG {args.scale:g} batch {batch} {dtype_name} | "
          f"{rate['danlu']:.2f} | {rate['diffusers']:.2f} | {ratio:.2f}x | {mfu} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
