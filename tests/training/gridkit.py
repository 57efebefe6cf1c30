"""Grid test kit: LoRA files for the tiny SD 1.x model without training one (random up weights, so each
file changes the images), laid out as a run folder with ``checkpoint`` events like the trainer's."""

from __future__ import annotations

import json
from pathlib import Path

import torch

from training.checkpoints import lora_file_bytes
from training.config import ModelSection
from training.lora import LoRANetwork
from training.models import load_sd_model


def make_lora(model_dir: Path, path: Path, seed: int, strength: float = 0.5) -> Path:
    model = load_sd_model(ModelSection(pretrained_model_name_or_path=str(model_dir)), Path, lambda m: None)
    network = LoRANetwork(model.unet, model.text_encoder, 4, 4.0)
    gen = torch.Generator().manual_seed(seed)
    state = {}
    for key, tensor in network.state_dict().items():
        state[key] = torch.randn(tensor.shape, generator=gen) * strength if key.endswith("weight") else tensor
    meta = {"ss_output_name": path.stem, "ss_network_dim": "4", "modelspec.architecture": "stable-diffusion-v1/lora"}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(lora_file_bytes(state, torch.float32, meta))
    return path


def make_run(model_dir: Path, run_dir: Path, epochs: int = 2, name: str = "shs") -> list[Path]:
    """A run folder with one checkpoint per epoch (``<name>-<epoch:06d>.safetensors``) and their events."""
    paths = []
    run_dir.mkdir(parents=True, exist_ok=True)
    with open(run_dir / "events.jsonl", "w", encoding="utf-8") as fh:
        for epoch in range(1, epochs + 1):
            path = make_lora(model_dir, run_dir / f"{name}-{epoch:06d}.safetensors", seed=epoch)
            fh.write(json.dumps({"event": "checkpoint", "path": str(path), "epoch": epoch, "step": 4 * epoch}) + "\n")
            paths.append(path)
    return paths
