"""Trainer overhead: steady-state step time of the ``train`` job vs. a bare LoRA loop of the same model.

The bare loop does only what a LoRA step must do (noise, U-Net forward, MSE, backward, grad clip,
AdamW step) on pre-encoded latents and text states; the trainer runs the real job (data loader,
caption transforms, token cache, events, TensorBoard, checkpoints off). Both train the U-Net's LoRA
only, same rank, batch, resolution and precision, interleaved in one process; medians are compared.

    python tests/benchmarks/bench_trainer.py                          # CPU, tiny SD1 model, 64 px
    python tests/benchmarks/bench_trainer.py --device cuda --size sd15  # SD1.5-size U-Net, 512 px, bf16

The CUDA mode also prints images/s, peak VRAM and MFU (0.80 TFLOP per U-Net forward at 512 per
image, a LoRA step ≈ 2.16 forwards without gradient checkpointing).
"""

from __future__ import annotations

import argparse
import datetime
import io
import itertools
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import torch
import torch.nn.functional as F

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from dataprep.events import Emitter  # noqa: E402
from dataprep.jobs import JobContext, execute  # noqa: E402
from dataprep.tomlio import save_toml  # noqa: E402
from training.config import ModelSection  # noqa: E402
from training.lora import LoRANetwork  # noqa: E402
from training.models import load_sd_model  # noqa: E402
from training.train_setup import pick_device  # noqa: E402

FORWARD_TFLOP_512 = 0.80
LORA_STEP_FORWARDS = 2.16
PEAK_BF16_TFLOPS = {"H200": 989.0, "H100": 989.0, "A100": 312.0, "L40S": 362.0, "4090": 165.0, "3090": 71.0}

# runwayml/stable-diffusion-v1-5 unet/config.json (the values that differ from diffusers' defaults)
SD15_UNET = {
    "sample_size": 64,
    "in_channels": 4,
    "out_channels": 4,
    "block_out_channels": [320, 640, 1280, 1280],
    "layers_per_block": 2,
    "down_block_types": ["CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "DownBlock2D"],
    "up_block_types": ["UpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D"],
    "cross_attention_dim": 768,
    "attention_head_dim": 8,
    "norm_num_groups": 32,
}
SD15_TEXT = {
    "hidden_size": 768,
    "intermediate_size": 3072,
    "num_attention_heads": 12,
    "num_hidden_layers": 12,
    "vocab_size": 49408,
    "max_position_embeddings": 77,
    "projection_dim": 768,
    "hidden_act": "quick_gelu",
}


def build_sd15(dest: Path) -> Path:
    """An SD1.5-shaped diffusers folder with random weights (U-Net and text encoder at full size)."""
    from diffusers import AutoencoderKL, DDPMScheduler, StableDiffusionPipeline, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

    from training.tokenizer_files import bundled_tokenizer_dir

    torch.manual_seed(0)
    vae = AutoencoderKL(
        block_out_channels=(128, 256, 512, 512),
        down_block_types=("DownEncoderBlock2D",) * 4,
        up_block_types=("UpDecoderBlock2D",) * 4,
        layers_per_block=2,
        latent_channels=4,
        sample_size=512,
    )
    pipe = StableDiffusionPipeline(
        unet=UNet2DConditionModel(**SD15_UNET),
        vae=vae,
        text_encoder=CLIPTextModel(CLIPTextConfig(**SD15_TEXT)),
        tokenizer=CLIPTokenizer.from_pretrained(bundled_tokenizer_dir()),
        scheduler=DDPMScheduler(beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear"),
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
    )
    pipe.save_pretrained(dest)
    return dest


def make_dataset(root: Path, count: int, size: int) -> Path:
    from PIL import Image

    folder = root / "img" / "1_shs thing"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        Image.new("RGB", (size, size), ((37 * i) % 256, (91 * i) % 256, 128)).save(folder / f"{i}.png")
        (folder / f"{i}.txt").write_text(f"shs, thing {i}", encoding="utf-8")
    return root / "img"


def trainer_step_times(model: Path, data: Path, run_dir: Path, args: argparse.Namespace) -> list[float]:
    """Seconds between consecutive metrics events of a real train job (in this process)."""
    from accelerate.state import AcceleratorState

    from training.train_job import train_job

    AcceleratorState._reset_state(reset_partial_state=True)
    config = {
        "model": {"pretrained_model_name_or_path": str(model)},
        "dataset": {
            "train_data_dir": str(data),
            "resolution": str(args.resolution),
            "train_batch_size": args.batch,
            "min_bucket_reso": 64,
            "bucket_reso_steps": 64,
        },
        "network": {"network_dim": args.rank, "network_alpha": float(args.rank), "network_train_unet_only": True},
        "optimizer": {"learning_rate": 1e-4},
        "schedule": {"max_train_steps": args.steps, "seed": 0},
        "precision": {"mixed_precision": args.precision, "gradient_checkpointing": False},
        "saving": {"save_precision": "fp16"},
        "logging": {"logging_dir": "" if args.no_tensorboard else "logs"},
    }
    run_dir.mkdir(parents=True, exist_ok=True)
    save_toml(run_dir / "run.toml", config)
    stream = io.StringIO()
    ctx = JobContext("train", config, run_dir / "run.toml", Emitter(stream=stream), None)
    if execute(ctx, train_job, listen_stdin=False) != 0:
        raise SystemExit(stream.getvalue()[-2000:])
    stamps = [json.loads(line)["time"] for line in stream.getvalue().splitlines() if '"metrics"' in line]
    return [b - a for a, b in itertools.pairwise(stamps)]


def bare_step_times(model_dir: Path, args: argparse.Namespace, device: torch.device) -> list[float]:
    """The same LoRA step written as plainly as possible."""
    model = load_sd_model(ModelSection(pretrained_model_name_or_path=str(model_dir)), Path, lambda m: None)
    dtype = {"bf16": torch.bfloat16, "fp16": torch.float16}.get(args.precision, torch.float32)
    unet = model.unet.to(device, dtype)
    network = LoRANetwork(unet, None, args.rank, float(args.rank))
    network.apply_to()
    network.to(device)
    optimizer = torch.optim.AdamW(network.parameters(), lr=1e-4)
    side = args.resolution // 8
    latents = torch.randn(args.batch, 4, side, side, device=device)
    states = torch.randn(args.batch, 77, unet.config.cross_attention_dim, device=device)
    sched = model.noise_scheduler
    times = []
    for _ in range(args.steps):
        start = time.perf_counter()
        noise = torch.randn_like(latents)
        t = torch.randint(0, 1000, (args.batch,), device=device)
        with torch.autocast(device.type, dtype=dtype, enabled=dtype != torch.float32):
            pred = unet(sched.add_noise(latents, noise, t), t, states).sample
        loss = F.mse_loss(pred.float(), noise)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(network.parameters(), 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        loss.item()  # the trainer reads the loss every step too
        times.append(time.perf_counter() - start)
    return times


def steady(times: list[float], warmup: int) -> float:
    return statistics.median(times[warmup:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--device", default="cpu", choices=("cpu", "cuda"))
    parser.add_argument("--size", default="tiny", choices=("tiny", "sd15"))
    parser.add_argument("--steps", type=int, default=0, help="steps per measured run (default: 80 tiny, 40 sd15)")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved trainer/bare rounds")
    parser.add_argument("--no-tensorboard", action="store_true", help="run the trainer without TensorBoard logs")
    parser.add_argument("--peak-tflops", type=float, default=0.0, help="the GPU's dense bf16 peak (default: by name)")
    args = parser.parse_args()
    sd15 = args.size == "sd15"
    args.steps = args.steps or (40 if sd15 else 80)
    args.resolution, args.batch, args.rank = (512, 4, 8) if sd15 else (64, 2, 4)
    args.precision = "bf16" if args.device == "cuda" else "no"
    device = pick_device() if args.device == "cuda" else torch.device("cpu")  # same backend flags as the trainer
    warmup = max(5, args.steps // 5)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if sd15:
            model = build_sd15(root / "model")
        else:
            from training.tiny_models import build_tiny_sd1

            model = build_tiny_sd1(root / "model")
        data = make_dataset(root / "data", 8, args.resolution)
        trainer, bare = [], []
        vram = 0.0
        for r in range(args.rounds):
            if device.type == "cuda":
                torch.cuda.reset_peak_memory_stats()
            trainer.append(steady(trainer_step_times(model, data, root / f"run{r}", args), warmup))
            if device.type == "cuda":
                vram = max(vram, torch.cuda.max_memory_allocated() / 1024**3)
                torch.cuda.empty_cache()
            bare.append(steady(bare_step_times(model, args, device), warmup))
    t, b = statistics.median(trainer), statistics.median(bare)
    tb = " no-TensorBoard" if args.no_tensorboard else ""
    line = (
        f"{datetime.date.today()} | {platform.node()} | {args.device} {args.size} {args.resolution}px batch "
        f"{args.batch} rank {args.rank} {args.precision}{tb} | trainer {t * 1000:.1f} ms/step, bare {b * 1000:.1f} "
        f"ms/step, ratio {t / b:.3f}"
    )
    if device.type == "cuda":
        name = torch.cuda.get_device_name()
        peak = args.peak_tflops or next((v for k, v in PEAK_BF16_TFLOPS.items() if k in name), 0.0)
        images_s = args.batch / t
        achieved = FORWARD_TFLOP_512 * LORA_STEP_FORWARDS * images_s
        mfu = f"{100 * achieved / peak:.1f}%" if peak else "n/a (pass --peak-tflops)"
        line += f" | {name}: {images_s:.2f} images/s, peak VRAM {vram:.1f} GiB (trainer), MFU {mfu}"
    print(f"rounds trainer={[round(x * 1000, 2) for x in trainer]} ms, bare={[round(x * 1000, 2) for x in bare]} ms")
    print(line)


if __name__ == "__main__":
    main()
