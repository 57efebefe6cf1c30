"""Damaged inputs and failing disks: a torn image, a badly named folder, a torn cache file, a full disk. Each
ends in an error that names the file and says what to do (or, for a cache, is redone), and no saved file is lost."""

from __future__ import annotations

import errno
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image
from safetensors.torch import load_file, save_file
from trainkit import base_config, make_images, run_training

import dataprep.fsutil as fsutil
import training.checkpoints
import training.conditioning
import training.latent_cache
import training.train_samples
import training.train_state
from dataprep.jobs import JobError
from training.config import TrainConfig
from training.data import scan_dataset
from training.train_state import load_state


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


def no_room(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_at_a_checkpoint_keeps_the_earlier_ones_and_says_what_to_do(tiny_models, data, tmp_path,
                                                                                monkeypatch):
    real = training.checkpoints.atomic_write_bytes
    writes: list[Path] = []

    def second_write_finds_the_disk_full(path: Path, data: bytes) -> None:
        writes.append(path)
        with monkeypatch.context() as patch:
            if len(writes) == 2:  # the bytes go out, the flush to disk fails: the temp file must go too
                patch.setattr(fsutil.os, "fsync", no_room)
            real(path, data)

    monkeypatch.setattr(training.checkpoints, "atomic_write_bytes", second_write_finds_the_disk_full)
    saving = {"save_every_n_steps": 1, "output_dir": "out"}
    run = run_training(tmp_path, base_config(tiny_models.sd1, data / "img", saving=saving))
    error = run.of("error")[0]
    assert run.code == 1 and error["kind"] == "io"
    assert "lora-step00000002.safetensors: could not be written" in error["message"] and "Free space" in error["hint"]
    kept = [Path(e["path"]) for e in run.of("checkpoint")]
    assert [p.name for p in kept] == ["lora-step00000001.safetensors"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["lora-step00000001.safetensors"]
    assert load_file(str(kept[0]))  # whole


def test_a_full_disk_at_a_state_save_keeps_the_earlier_state(tiny_models, data, tmp_path, monkeypatch):
    real = training.train_state.save_file
    networks: list[str] = []

    def second_state_finds_the_disk_full(tensors: dict, path: Path) -> None:
        if Path(path).name == "network.safetensors":
            networks.append(str(path))
            if len(networks) == 2:
                no_room()
        real(tensors, path)

    monkeypatch.setattr(training.train_state, "save_file", second_state_finds_the_disk_full)
    saving = {"save_every_n_steps": 1, "save_state": True, "output_dir": "out"}
    run = run_training(tmp_path, base_config(tiny_models.sd1, data / "img", saving=saving))
    error = run.of("error")[0]
    assert run.code == 1 and "lora-step00000002-state: could not be written" in error["message"]
    assert not list((tmp_path / "out").glob(".*"))  # no half-written state folder left behind
    assert load_state(tmp_path / "out" / "lora-step00000001-state").point.step == 1


def test_an_output_folder_that_cannot_be_written_fails_before_training(tiny_models, data, tmp_path):
    (tmp_path / "taken").write_text("a file where the output folder should be", encoding="utf-8")
    run = run_training(tmp_path, base_config(tiny_models.sd1, data / "img", saving={"output_dir": "taken"}))
    error = run.of("error")[0]
    assert run.code == 1 and not run.of("metrics") and "taken: could not be written" in error["message"]


def test_damaged_cache_files_are_encoded_again(tiny_models, tmp_path):
    make_images(tmp_path / "img" / "2_shs thing", 4, seed=1)
    dataset = {"cache_latents_to_disk": True, "cache_text_encoder_outputs": True,
               "cache_text_encoder_outputs_to_disk": True}
    config = base_config(tiny_models.sd1, tmp_path / "img", dataset=dataset, network={"network_train_unet_only": True})
    first = run_training(tmp_path / "first", config)
    latents = sorted((tmp_path / "img" / ".danlu" / "latents").rglob("*.safetensors"))
    texts = sorted((tmp_path / "img" / ".danlu" / "text_encoder_outputs").glob("*.safetensors"))
    assert first.code == 0 and len(latents) == len(texts) == 4
    latents[0].write_bytes(latents[0].read_bytes()[:100])  # torn
    save_file({"latent": torch.zeros(4, 3, 3)}, str(latents[1]))  # another geometry
    save_file({"latent": torch.full((4, 8, 8), float("nan"))}, str(latents[2]))  # from an overflowed VAE
    texts[0].write_bytes(b"")
    save_file({"states": torch.zeros(5, 32)}, str(texts[1]))
    again = run_training(tmp_path / "again", config)
    assert again.code == 0, again.of("error")
    assert any("2 encoded, 2 read from disk" in e["message"] for e in again.of("log")), "text encoder outputs"
    a, b = load_file(str(first.final)), load_file(str(again.final))
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def test_a_full_disk_under_the_caches_only_warns(tiny_models, data, tmp_path, monkeypatch):
    monkeypatch.setattr(training.latent_cache, "atomic_write_bytes", no_room)
    monkeypatch.setattr(training.conditioning, "atomic_write_bytes", no_room)
    dataset = {"cache_latents_to_disk": True, "cache_text_encoder_outputs": True,
               "cache_text_encoder_outputs_to_disk": True}
    run = run_training(tmp_path, base_config(tiny_models.sd1, data / "img", dataset=dataset,
                                             network={"network_train_unet_only": True}))
    assert run.code == 0, run.of("error")
    warnings = [e["message"] for e in run.of("warning") if "the cache could not be written" in e["message"]]
    assert len(warnings) == 2 and all("No space left on device" in w for w in warnings)


def test_samples_that_cannot_be_written_only_warn(tiny_models, data, tmp_path, monkeypatch):
    monkeypatch.setattr(training.train_samples, "atomic_write_bytes", no_room)
    (tmp_path / "prompts.txt").write_text("shs thing --s 2\n", encoding="utf-8")
    sample = {"sample_prompts": str(tmp_path / "prompts.txt"), "sample_every_n_steps": 2}
    run = run_training(tmp_path, base_config(tiny_models.sd1, data / "img", sample=sample))
    assert run.code == 0 and not run.of("sample"), run.of("error")
    warnings = [e["message"] for e in run.of("warning") if "sample images could not be written" in e["message"]]
    assert len(warnings) == 2 and "No space left on device" in warnings[0]
