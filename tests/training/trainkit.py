"""Trainer test kit: tiny image sets in the repeats layout, an in-process runner, a deterministic eval loss."""

from __future__ import annotations

import io
import json
import os
import random
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image, ImageDraw

from dataprep.events import Emitter
from dataprep.jobs import JobContext, execute
from dataprep.tomlio import save_toml
from training.config import ModelSection
from training.lora import LoRANetwork, read_lora_file, shapes_from_weights
from training.models import SDModel, load_sd_model
from training.sdxl_names import lora_namer
from training.text_encoding import encode, tokenize

# one intra-op thread: on a busy 2-core machine OpenMP spin-waiting makes tiny models 10x slower
os.environ.setdefault("OMP_NUM_THREADS", "1")


def make_images(
    folder: Path, count: int, seed: int, captions: bool = True, sizes: tuple[tuple[int, int], ...] = ((64, 64),)
) -> list[Path]:
    """Distinct coloured shapes, so a LoRA has something to learn."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        size = sizes[i % len(sizes)]
        im = Image.new("RGB", size, tuple(rng.randrange(256) for _ in range(3)))
        draw = ImageDraw.Draw(im)
        x, y = rng.randrange(size[0] // 2), rng.randrange(size[1] // 2)
        draw.ellipse((x, y, x + size[0] // 2, y + size[1] // 2), fill=tuple(rng.randrange(256) for _ in range(3)))
        path = folder / f"img{i:02d}.png"
        im.save(path)
        if captions:
            path.with_suffix(".txt").write_text(f"shs, shape{i}, colour{i % 3}, plain background", encoding="utf-8")
        paths.append(path)
    return paths


def base_config(model: Path, train_dir: Path, **sections: dict[str, Any]) -> dict[str, Any]:
    """A fast run.toml: 64 px, batch 2, rank 4, 32-bit, fixed seed; override per section."""
    config: dict[str, Any] = {
        "model": {"pretrained_model_name_or_path": str(model)},
        "dataset": {
            "train_data_dir": str(train_dir),
            "resolution": "64",
            "min_bucket_reso": 64,
            "max_bucket_reso": 128,
            "bucket_reso_steps": 16,
            "train_batch_size": 2,
        },
        "network": {"network_dim": 4, "network_alpha": 4.0},
        "optimizer": {"learning_rate": 1e-2},
        "schedule": {"max_train_steps": 4, "seed": 3},
        "precision": {"mixed_precision": "no"},
        "saving": {"save_precision": "float"},
    }
    for name, values in sections.items():
        config.setdefault(name, {}).update(values)
    return config


class Run:
    def __init__(self, run_dir: Path, code: int, events: list[dict[str, Any]]) -> None:
        self.dir = run_dir
        self.code = code
        self.events = events

    def of(self, name: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["event"] == name]

    @property
    def final(self) -> Path:
        return Path(self.of("done")[0]["outputs"][0])


def run_training(run_dir: Path, config: dict[str, Any]) -> Run:
    """Run the train job in this process (accelerate's global state reset first), collect its events."""
    from accelerate.state import AcceleratorState

    from training.train_job import train_job

    AcceleratorState._reset_state(reset_partial_state=True)
    run_dir.mkdir(parents=True, exist_ok=True)
    config_path = run_dir / "run.toml"
    save_toml(config_path, config)
    stream = io.StringIO()
    ctx = JobContext("train", config, config_path, Emitter(stream=stream), None)
    code = execute(ctx, train_job, listen_stdin=False)
    events = [json.loads(line) for line in stream.getvalue().splitlines()]
    return Run(run_dir, code, events)


def load_model(model_dir: Path) -> SDModel:
    return load_sd_model(ModelSection(pretrained_model_name_or_path=str(model_dir)), Path, lambda m: None)


def apply_lora(model: SDModel, lora_file: Path) -> LoRANetwork:
    state = read_lora_file(lora_file)
    shapes = shapes_from_weights(state)
    network = LoRANetwork(
        model.unet, model.text_encoder, 1, 1.0, shapes, text_encoder_2=model.text_encoder_2, namer=lora_namer(model)
    )
    network.load_kohya_state_dict(state, str(lora_file))
    network.apply_to()
    return network


@torch.no_grad()
def eval_loss(model: SDModel, images: list[Path]) -> float:
    """Mean denoising loss over fixed timesteps and noise: the same number for the same weights."""
    gen = torch.Generator().manual_seed(1234)
    losses = []
    for path in images:
        pixels = torch.from_numpy(np.asarray(Image.open(path).convert("RGB"), dtype=np.float32)).permute(2, 0, 1)
        latents = model.vae.encode((pixels / 127.5 - 1)[None]).latent_dist.mean * model.latent_scale
        caption = path.with_suffix(".txt").read_text(encoding="utf-8")
        states = encode(model.text_encoder, tokenize(model.tokenizer, [caption], 75), 1)
        for t in (100, 300, 500, 700, 900):
            noise = torch.randn(latents.shape, generator=gen)
            ts = torch.tensor([t])
            noisy = model.noise_scheduler.add_noise(latents, noise, ts)
            pred = model.unet(noisy, ts, states).sample
            target = model.noise_scheduler.get_velocity(latents, noise, ts) if model.v_parameterization else noise
            losses.append(F.mse_loss(pred, target).item())
    return float(np.mean(losses))
