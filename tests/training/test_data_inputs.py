"""Unusual datasets as users hand them to the trainer: blank captions, empty regularization folders, odd images."""

from __future__ import annotations

import errno
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image
from trainkit import base_config, make_images, run_training

from dataprep.buckets import BucketSelector, BucketSettings
from dataprep.jobs import JobError
from training.config import config_from_dict
from training.config.validation import problems
from training.data import load_pixels, scan_dataset
from training.latent_cache import file_hash, image_id
from training.train_caches import cache_not_written


def scan(train_dir: Path, reg_dir: Path | None = None, **dataset):
    raw = base_config(Path("m"), train_dir, dataset=dataset)
    return scan_dataset(config_from_dict(raw), train_dir, reg_dir)


# -- captions ----------------------------------------------------------------------------------------
def test_a_blank_caption_file_trains_an_empty_caption_as_sd_scripts(tmp_path):
    paths = make_images(tmp_path / "img" / "1_shs thing", 4, seed=1)
    paths[0].with_suffix(".txt").write_bytes(b"")
    paths[1].with_suffix(".txt").write_bytes(b"  \r\n\t\r\n")
    paths[2].with_suffix(".txt").unlink()
    paths[3].with_suffix(".txt").write_bytes(b"\r\n  shs, red hat  \r\nsecond line\r\n")
    index = scan(tmp_path / "img")
    captions = {i.path.name: i.caption for i in index.images}
    # sd-scripts: a blank caption is the caption (empty); only a missing file falls back to the folder's text
    assert captions == {"img00.png": "", "img01.png": "", "img02.png": "shs thing", "img03.png": "shs, red hat"}
    missing = [w for w in index.warnings if "have no .txt caption" in w]
    assert len(missing) == 1 and "1 image(s)" in missing[0] and "img02.png" in missing[0]
    blank = [w for w in index.warnings if "blank .txt caption" in w]
    assert len(blank) == 1 and "2 image(s)" in blank[0] and "img00.png, img01.png" in blank[0]
    assert "img02.png" not in blank[0]


# -- regularization ----------------------------------------------------------------------------------
def test_a_regularization_folder_without_reg_images_warns(tmp_path):
    make_images(tmp_path / "img" / "1_shs thing", 2, seed=1)
    make_images(tmp_path / "reg", 2, seed=2)  # images straight in the folder: no '<repeats>_<class>' sub-folder
    index = scan(tmp_path / "img", tmp_path / "reg")
    assert not any(i.is_reg for i in index.images)
    found = [w for w in index.warnings if "no regularization images found" in w]
    assert len(found) == 1 and str(tmp_path / "reg") in found[0] and "1_woman" in found[0]
    make_images(tmp_path / "reg" / "1_thing", 1, seed=3)
    index = scan(tmp_path / "img", tmp_path / "reg")
    assert any(i.is_reg for i in index.images)
    assert not any("no regularization images found" in w for w in index.warnings)


# -- images ------------------------------------------------------------------------------------------
def test_a_16_bit_grey_image_trains_as_its_8_bit_picture_not_white(tmp_path):
    folder = tmp_path / "img" / "1_shs thing"
    folder.mkdir(parents=True)
    wide = (np.arange(64 * 64, dtype=np.uint32).reshape(64, 64) * 16).astype(np.uint16)  # 0 .. 65520
    Image.fromarray(wide).save(folder / "scan16.png")
    Image.fromarray(np.rint(wide / 257).astype(np.uint8)).save(folder / "scan8.png")
    assert Image.open(folder / "scan16.png").mode.startswith("I;16")
    images = {i.path.name: i for i in scan(tmp_path / "img", train_batch_size=1).images}
    pixels = {name: load_pixels(image, False, None, False, False) for name, image in images.items()}
    assert float(pixels["scan16.png"].mean()) < 0.1  # a dark-to-bright ramp, not near white (Pillow clips to 255)
    torch.testing.assert_close(pixels["scan16.png"], pixels["scan8.png"])
    # latents cached on disk from the clipped pixels have another key, so they are encoded again
    assert image_id(folder / "scan16.png") != file_hash(folder / "scan16.png")
    assert image_id(folder / "scan8.png") == file_hash(folder / "scan8.png")


# -- buckets -----------------------------------------------------------------------------------------
def test_extreme_strips_get_a_bucket_of_at_least_one_step_without_upscaling():
    selector = BucketSelector(BucketSettings((512, 512), bucket_no_upscale=True))
    # 1:100 and beyond: shrunk to the area, the short side rounds to 0 steps (sd-scripts divides by zero)
    for size in ((10000, 100), (100, 10000), (20000, 300), (6000, 90), (64000, 64)):
        reso, resized, crop = selector.select_bucket(*size)
        assert min(reso) == 64 and reso[0] % 64 == 0 and reso[1] % 64 == 0
        assert resized[0] >= reso[0] and resized[1] >= reso[1] and crop[2] <= resized[0] and crop[3] <= resized[1]
        assert resized[0] <= size[0] and resized[1] <= size[1]  # never enlarged
        assert abs(resized[0] / resized[1] - size[0] / size[1]) / (size[0] / size[1]) < 0.02
    assert selector.select_bucket(10000, 100).reso == (6400, 64)


def test_images_thinner_than_a_bucket_step_are_refused_with_bucket_no_upscale(tmp_path):
    make_images(tmp_path / "img" / "1_shs thing", 3, seed=1, sizes=((1000, 12), (40, 40), (12, 40)))
    with pytest.raises(JobError) as caught:
        scan(tmp_path / "img", bucket_no_upscale=True)
    assert "2 image(s)" in caught.value.message and "img00.png, img02.png" in caught.value.message
    assert "bucket_reso_steps (16 px)" in caught.value.message and "bucket_no_upscale" in caught.value.hint
    index = scan(tmp_path / "img")  # predefined buckets scale them up
    assert all(i.bucket.resized_size[0] >= i.bucket.reso[0] for i in index.images)


def test_a_strip_with_bucket_no_upscale_and_random_crop_trains(tiny_models, tmp_path):
    make_images(tmp_path / "img" / "1_shs thing", 2, seed=1, sizes=((2000, 24), (48, 40)))
    config = base_config(tiny_models.sd1, tmp_path / "img", dataset={
        "bucket_no_upscale": True, "random_crop": True, "cache_latents": False, "train_batch_size": 1
    }, schedule={"max_train_steps": 2})
    run = run_training(tmp_path / "run", config)
    assert run.code == 0, run.of("error")


# -- caches ------------------------------------------------------------------------------------------
def test_stale_text_encoder_outputs_in_a_read_only_cache_do_not_stop_the_run(tiny_models, tmp_path, monkeypatch):
    paths = make_images(tmp_path / "img" / "1_shs thing", 1, seed=1)
    dataset = {"cache_text_encoder_outputs": True, "cache_text_encoder_outputs_to_disk": True}
    config = base_config(tiny_models.sd1, tmp_path / "img", dataset=dataset, network={"network_train_unet_only": True},
                         schedule={"max_train_steps": 1})
    assert run_training(tmp_path / "run1", config).code == 0
    paths[0].with_suffix(".txt").write_text("shs, an edited caption", encoding="utf-8")
    cached = list((tmp_path / "img" / ".danlu" / "text_encoder_outputs").glob("*.safetensors"))
    assert len(cached) == 1  # the old caption's file, stale now

    def read_only(path: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "unlink", read_only)
    run = run_training(tmp_path / "run2", config)
    assert run.code == 0, run.of("error")


def test_a_caption_extension_that_names_no_file_is_refused_before_the_run(tmp_path):
    def errors(ext: str) -> list[str]:
        return problems(config_from_dict(base_config(Path("m"), tmp_path, dataset={"caption_extension": ext})))[0]

    for bad in ("", ".", "..", " .txt", ".txt ", "a/b", ".a\\b"):
        assert any("caption_extension" in e and "not a file extension" in e for e in errors(bad)), bad
    for good in (".txt", "txt", ".caption", ".tags.txt", ".TXT"):
        assert not any("caption_extension" in e for e in errors(good)), good
    make_images(tmp_path / "img" / "1_shs thing", 1, seed=1)
    (tmp_path / "img" / "1_shs thing" / "img00.txt").rename(tmp_path / "img" / "1_shs thing" / "img00.tags.txt")
    assert [i.caption for i in scan(tmp_path / "img", caption_extension="tags.txt").images] == [
        "shs, shape0, colour0, plain background"
    ]


def test_a_read_only_latent_cache_folder_says_to_make_it_writable(tiny_models, tmp_path, monkeypatch):
    import training.latent_cache

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(training.latent_cache, "atomic_write_bytes", read_only)
    make_images(tmp_path / "img" / "1_shs thing", 1, seed=1)
    config = base_config(tiny_models.sd1, tmp_path / "img", dataset={"cache_latents_to_disk": True},
                         schedule={"max_train_steps": 1})
    run = run_training(tmp_path / "run", config)
    assert run.code == 0, run.of("error")
    [warning] = [e["message"] for e in run.of("warning") if "the cache could not be written" in e["message"]]
    assert "Make that folder writable" in warning and "Free space" not in warning
    assert "Free space" in cache_not_written(tmp_path, OSError(errno.ENOSPC, "No space left on device"))
