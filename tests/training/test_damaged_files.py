"""Damaged inputs and failing disks: a torn image, a badly named folder, a torn cache file, a full disk. Each
ends in an error that names the file and says what to do (or, for a cache, is redone), and no saved file is lost."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from trainkit import base_config, make_images, run_training

from dataprep.jobs import JobError
from training.config import TrainConfig
from training.data import scan_dataset


def small_config() -> TrainConfig:
    cfg = TrainConfig()
    cfg.dataset.resolution = "64"
    cfg.dataset.min_bucket_reso, cfg.dataset.bucket_reso_steps = 64, 64
    return cfg


def cut_short(path: Path) -> Path:
    """A noisy PNG with its second half missing, as an interrupted copy leaves it: its header still reads."""
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (64, 64, 3), dtype=np.uint8)).save(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


@pytest.mark.parametrize("content", [b"", b"\x89PNG not really"], ids=["empty", "garbage"])
def test_an_image_that_cannot_be_read_is_named_when_the_set_is_scanned(tmp_path, content):
    folder = tmp_path / "img" / "2_shs thing"
    make_images(folder, 2, seed=1)
    (folder / "bad.png").write_bytes(content)
    with pytest.raises(JobError, match=r"bad\.png: cannot read this image") as caught:
        scan_dataset(small_config(), tmp_path / "img", None)
    assert caught.value.kind == "io" and "remove it from its folder" in caught.value.hint


def test_folders_skipped_for_their_names_are_named_when_no_image_is_left(tmp_path):
    make_images(tmp_path / "img" / "0_girl", 1, seed=1)
    make_images(tmp_path / "img" / "girl", 1, seed=1)
    with pytest.raises(JobError, match="no training images found") as caught:
        scan_dataset(small_config(), tmp_path / "img", None)
    assert "0_girl: ignored" in caught.value.message and "img/girl: ignored" in caught.value.message.replace("\\", "/")


@pytest.mark.parametrize(
    "dataset", [{}, {"cache_latents": False, "max_data_loader_n_workers": 1}], ids=["caching", "loader-worker"]
)
def test_an_image_cut_short_stops_the_run_naming_it(tiny_models, tmp_path, dataset):
    make_images(tmp_path / "img" / "2_shs thing", 3, seed=1)
    cut_short(tmp_path / "img" / "2_shs thing" / "torn.png")
    run = run_training(tmp_path / "run", base_config(tiny_models.sd1, tmp_path / "img", dataset=dataset))
    error = run.of("error")[0]
    assert run.code == 1 and error["kind"] == "io", error
    assert "torn.png: cannot read this image" in error["message"] and "remove it" in error["hint"]
