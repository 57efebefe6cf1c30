"""Every bundled preset is a valid run, and each 'By GPU memory' preset fits its card by the fit estimator."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dataprep.tomlio import load_toml
from resources import resource_path
from training.config import TrainConfig, config_from_dict, validate
from training.fit_estimate import DESKTOP_BYTES, GIB, estimate

PRESETS = sorted(resource_path("presets").glob("*.toml"))
VRAM_PRESET = re.compile(r"vram-(sd15|sdxl)-(\d+)gb\.toml")
DESKTOP = DESKTOP_BYTES  # what the desktop and other programs keep of the card


def preset_config(path: Path) -> TrainConfig:
    data = load_toml(path)
    meta = data.pop("preset")
    assert meta["name"] and meta["description"]
    cfg = config_from_dict(data, str(path))
    cfg.model.pretrained_model_name_or_path, cfg.dataset.train_data_dir = "base.safetensors", "img"
    return cfg


@pytest.mark.parametrize("path", PRESETS, ids=[p.stem for p in PRESETS])
def test_every_preset_passes_validation(path: Path):
    validate(preset_config(path), str(path))


def test_there_is_a_memory_preset_per_card_and_family():
    found = {VRAM_PRESET.fullmatch(p.name).groups() for p in PRESETS if VRAM_PRESET.fullmatch(p.name)}
    assert found == {(family, f"{gb:02d}") for family in ("sd15", "sdxl") for gb in (6, 8, 12, 16, 24)}


@pytest.mark.parametrize("path", [p for p in PRESETS if VRAM_PRESET.fullmatch(p.name)], ids=lambda p: p.stem)
def test_memory_presets_fit_their_card(path: Path):
    family, gb = VRAM_PRESET.fullmatch(path.name).groups()
    est = estimate(preset_config(path), family)
    assert est.needed <= int(gb) * GIB - DESKTOP, est.lines()
