"""Masked loss, weighted captions, token warmup and EMA: their logic, and tiny runs that use them."""

from __future__ import annotations

import io
import random
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image
from safetensors import safe_open
from trainkit import base_config, make_images, run_training

from dataprep.caption_transforms import CaptionOptions, transform_caption, warmup_tag_count
from dataprep.events import Emitter
from dataprep.jobs import EXIT_OK, JobContext, JobError, execute
from dataprep.prepare import prepare_job
from dataprep.tomlio import ConfigFileError
from training.config import config_from_dict, validate
from training.data import TrainDataset, scan_dataset, warmup_steps_of
from training.ema import LoRAEma
from training.losses import apply_loss_mask, diffusion_loss
from training.train_state import EMA_FILE
from training.weighted_captions import plain_text


def gradient(size: tuple[int, int], seed: int) -> np.ndarray:
    """A grey picture that differs everywhere (so any shift, crop or mirror shows)."""
    w, h = size
    rng = np.random.default_rng(seed)
    x, y = np.meshgrid(np.linspace(0, 200, w), np.linspace(0, 50, h))
    return (x + y + rng.integers(0, 5, (h, w))).astype(np.uint8)


def cfg_for(train_dir: Path, **dataset):
    raw = base_config(Path("model"), train_dir, dataset=dataset, loss={"masked_loss": True})
    return config_from_dict(raw)


# -- masks -------------------------------------------------------------------------------------------
def test_masks_follow_the_images_resize_crop_and_flip(tmp_path):
    folder = tmp_path / "img" / "3_shs thing"
    folder.mkdir(parents=True)
    for i, size in enumerate(((96, 64), (64, 96), (70, 70))):
        grey = gradient(size, i)
        Image.fromarray(grey).convert("RGB").save(folder / f"a{i}.png")
        Image.fromarray(grey).save(folder / f"a{i}_mask.png")  # the mask is the picture itself
    cfg = cfg_for(tmp_path / "img", random_crop=True, flip_aug=True, cache_latents=False, train_batch_size=1)
    index = scan_dataset(cfg, tmp_path / "img", None)
    assert sorted(i.path.name for i in index.images) == ["a0.png", "a1.png", "a2.png"]  # masks are not images
    dataset = TrainDataset(cfg, index.images, seed=5)
    crops = set()
    for epoch in (1, 2, 3):
        for i in range(len(dataset)):
            batch = dataset[(epoch, i)]
            pixels, masks = batch["pixels"], batch["masks"]
            assert masks.shape == (1, 1, *pixels.shape[2:])
            torch.testing.assert_close(masks[:, 0], (pixels[:, 0] + 1) / 2, atol=1e-5, rtol=0)
            crops.add((batch["paths"][0], float(masks.sum())))
    assert len(crops) > 3  # random crops and flips happened


def test_masks_with_cached_latents_follow_the_flip(tmp_path):
    folder = tmp_path / "img" / "1_shs thing"
    folder.mkdir(parents=True)
    grey = gradient((64, 64), 0)
    Image.fromarray(grey).convert("RGB").save(folder / "a.png")
    Image.fromarray(grey).save(folder / "a_mask.png")
    cfg = cfg_for(tmp_path / "img", flip_aug=True, train_batch_size=1)
    index = scan_dataset(cfg, tmp_path / "img", None)

    class Latents:  # stands in for training.latent_cache.LatentStore: records which copy was asked for
        def get(self, index: int, flipped: bool) -> torch.Tensor:
            return torch.full((4, 8, 8), float(flipped))

    dataset = TrainDataset(cfg, index.images, seed=1, latents=Latents())
    seen = set()
    for epoch in range(1, 9):
        batch = dataset[(epoch, 0)]
        flipped = bool(batch["latents"][0, 0, 0, 0])
        expected = np.fliplr(grey) if flipped else grey
        np.testing.assert_allclose(batch["masks"][0, 0].numpy(), expected / 255.0, atol=1e-6)
        seen.add(flipped)
    assert seen == {False, True}


def test_mask_sources_and_their_errors(tmp_path):
    img = tmp_path / "img" / "2_shs thing"
    make_images(img, 2, seed=1)
    with pytest.raises(JobError) as missing:
        scan_dataset(cfg_for(tmp_path / "img"), tmp_path / "img", None)
    assert "img00.png" in missing.value.message and "img01.png" in missing.value.message
    assert "_mask.png" in missing.value.hint
    Image.new("L", (64, 64), 255).save(img / "img00_mask.png")
    Image.new("L", (32, 64), 255).save(img / "img01_mask.png")
    with pytest.raises(JobError) as wrong_size:
        scan_dataset(cfg_for(tmp_path / "img"), tmp_path / "img", None)
    assert "img01_mask.png" in wrong_size.value.message and "32x64" in wrong_size.value.message
    # a mask folder: sub-folder named like the image's, or the images' names directly
    for sibling in img.glob("*_mask.png"):
        sibling.unlink()
    masks = tmp_path / "masks"
    (masks / "2_shs thing").mkdir(parents=True)
    Image.new("L", (64, 64), 0).save(masks / "2_shs thing" / "img00.png")
    Image.new("L", (64, 64), 128).save(masks / "img01.jpg")
    cfg = cfg_for(tmp_path / "img", conditioning_data_dir=str(masks))
    index = scan_dataset(cfg, tmp_path / "img", None)
    found = {i.path.name: i.mask for i in index.images}
    assert found == {"img00.png": masks / "2_shs thing" / "img00.png", "img01.png": masks / "img01.jpg"}


def test_alpha_masks_and_regularization_images_without_masks(tmp_path):
    img = tmp_path / "img" / "1_shs thing"
    img.mkdir(parents=True)
    rgba = np.zeros((64, 64, 4), np.uint8)
    rgba[..., :3] = 90
    rgba[:, :32, 3] = 255  # left half opaque
    Image.fromarray(rgba, "RGBA").save(img / "a.png")
    Image.new("RGB", (64, 64), (1, 2, 3)).save(img / "b.png")  # no alpha: trained whole
    reg = tmp_path / "reg" / "1_thing"
    make_images(reg, 1, seed=3)
    cfg = cfg_for(tmp_path / "img", alpha_mask=True, train_batch_size=1)
    index = scan_dataset(cfg, tmp_path / "img", tmp_path / "reg")
    dataset = TrainDataset(cfg, index.images, seed=1)
    masks = {}
    for i in range(len(dataset)):
        batch = dataset[(1, i)]
        masks[Path(batch["paths"][0]).name] = batch["masks"][0, 0]
    assert torch.equal(masks["a.png"][:, :32], torch.ones(64, 32))
    assert torch.equal(masks["a.png"][:, 32:], torch.zeros(64, 32))
    assert torch.equal(masks["b.png"], torch.ones(64, 64))
    assert torch.equal(masks["img00.png"], torch.ones(64, 64))  # a reg image needs no mask
    # mask images: reg images without one count whole, training images must have one
    cfg = cfg_for(tmp_path / "img", train_batch_size=1)
    Image.new("L", (64, 64), 255).save(img / "a_mask.png")
    Image.new("L", (64, 64), 255).save(img / "b_mask.png")
    index = scan_dataset(cfg, tmp_path / "img", tmp_path / "reg")
    assert {i.path.name: i.mask is None for i in index.images} == {"a.png": False, "b.png": False, "img00.png": True}


def test_loss_mask_is_the_area_average_on_the_latent_grid():
    loss = torch.rand(2, 4, 8, 8)
    masks = torch.zeros(2, 1, 64, 64)
    masks[0, :, :32] = 1.0  # top half
    masks[1, :, :, :4] = 1.0  # half of the first latent column
    out = apply_loss_mask(loss, masks)
    torch.testing.assert_close(out[0, :, :4], loss[0, :, :4])
    assert torch.all(out[0, :, 4:] == 0)
    torch.testing.assert_close(out[1, :, :, 0], loss[1, :, :, 0] * 0.5)
    assert torch.all(out[1, :, :, 1:] == 0)
    # in the full loss: sd-scripts applies the mask before the per-sample mean, without renormalising
    cfg = config_from_dict({})
    pred, target = torch.rand(2, 4, 8, 8), torch.rand(2, 4, 8, 8)
    t = torch.tensor([10, 500])
    acp = torch.linspace(0.99, 0.01, 1000)
    got = diffusion_loss(pred, target, t, acp, torch.ones(2), cfg.loss, False, masks)
    expected = (((pred - target) ** 2) * torch.nn.functional.avg_pool2d(masks, 8)).mean()
    torch.testing.assert_close(got, expected)


# -- weighted captions ------------------------------------------------------------------------------
def test_a_weighted_group_with_commas_warns_when_tags_move(tmp_path):
    img = tmp_path / "img" / "1_shs thing"
    paths = make_images(img, 3, seed=1)
    paths[0].with_suffix(".txt").write_text("shs, (red, hat:1.2), plain", encoding="utf-8")
    paths[1].with_suffix(".txt").write_text(r"shs, (red hat:1.2), \(a, b\)", encoding="utf-8")

    def warnings(**dataset) -> list[str]:
        raw = base_config(Path("m"), tmp_path / "img", dataset=dataset)
        return scan_dataset(config_from_dict(raw), tmp_path / "img", None).warnings

    for moving in ({"shuffle_caption": True}, {"caption_tag_dropout_rate": 0.1}, {"token_warmup_step": 5}):
        found = [w for w in warnings(weighted_captions=True, **moving) if "comma inside a weighted" in w]
        assert len(found) == 1 and "1 caption(s)" in found[0] and "img00.png" in found[0]
        assert next(iter(moving)) in found[0]
        assert not any("comma inside" in w for w in warnings(**moving))  # brackets are text without the option
    assert not any("comma inside" in w for w in warnings(weighted_captions=True))  # tags stay together


def test_caption_features_and_mask_settings_are_checked_before_the_run():
    def checked(**sections) -> list[str]:
        return validate(config_from_dict(base_config(Path("m"), Path("img"), **sections)))

    for option in ({"weighted_captions": True}, {"token_warmup_step": 10}):
        for cache in ("cache_text_encoder_outputs", "cache_text_encoder_outputs_to_disk"):
            with pytest.raises(ConfigFileError, match=f"dataset.{next(iter(option))}.*cached"):
                checked(dataset={**option, cache: True, "cache_latents": True})
    assert checked(dataset={"weighted_captions": True, "token_warmup_step": 10}) == []
    masks = {"alpha_mask": True, "conditioning_data_dir": "masks"}
    unused = checked(dataset=masks)
    assert [w for w in unused if "without loss.masked_loss" in w] == [
        "dataset.alpha_mask has no effect without loss.masked_loss.",
        "dataset.conditioning_data_dir has no effect without loss.masked_loss.",
    ]
    assert any("conditioning_data_dir is not read" in w for w in checked(dataset=masks, loss={"masked_loss": True}))


def test_weighted_captions_are_refused_for_sdxl(tiny_models, tmp_path):
    make_images(tmp_path / "img" / "1_shs thing", 1, seed=1)
    config = base_config(tiny_models.sdxl, tmp_path / "img", dataset={"weighted_captions": True})
    result = run_training(tmp_path / "run", config)
    assert result.code != 0
    assert "weighted_captions is not supported for SDXL" in result.of("error")[0]["message"]
    assert not list((tmp_path / "run").rglob("*.safetensors"))


# -- token warmup ------------------------------------------------------------------------------------
def test_token_warmup_grows_the_captions_as_sd_scripts():
    opts = CaptionOptions(keep_tokens=1, token_warmup_min=2, token_warmup_step=10)
    caption = "shs, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11"  # 11 flexible tags after the kept one
    counts = [warmup_tag_count(opts, s, 11) for s in range(12)]
    # floor(step * (11 - 2) / 10) + 2 until step 10, then all
    assert counts == [2, 2, 3, 4, 5, 6, 7, 8, 9, 10, None, None]
    rng = random.Random(0)
    assert transform_caption(caption, opts, rng, step=0) == "shs, t1, t2"
    assert transform_caption(caption, opts, rng, step=5) == "shs, t1, t2, t3, t4, t5, t6"
    assert transform_caption(caption, opts, rng, step=10) == caption
    assert warmup_steps_of(0.25, 40) == 10 and warmup_steps_of(7, 40) == 7 and warmup_steps_of(0, 40) == 0


def test_dataset_counts_optimizer_steps_for_the_warmup(tmp_path):
    make_images(tmp_path / "img" / "5_shs thing", 1, seed=1)  # 5 samples, batch 2: 3 batches per epoch
    raw = base_config(Path("m"), tmp_path / "img", dataset={"token_warmup_step": 4})
    raw["schedule"]["gradient_accumulation_steps"] = 2
    cfg = config_from_dict(raw)
    dataset = TrainDataset(cfg, scan_dataset(cfg, tmp_path / "img", None).images, seed=1)
    # accumulation 2 over 3 batches: steps after batches 2 and 3, so 2 optimizer steps per epoch
    assert [dataset.step_before(e, i) for e in (1, 2) for i in range(3)] == [0, 0, 1, 2, 2, 3]
    # the captions have 4 tags; at step 3 of 4: floor(3 * (4 - 1) / 4) + 1 = 3 of them, at step 0: 1
    assert {c for c in dataset[(2, 2)]["captions"]} <= {"shs, shape0, colour0"}
    assert {c for c in dataset[(1, 0)]["captions"]} == {"shs"}
    assert {c for c in dataset[(3, 0)]["captions"]} == {"shs, shape0, colour0, plain background"}


# -- EMA ---------------------------------------------------------------------------------------------
def test_ema_follows_diffusers_formula_and_restores_the_trained_weights():
    torch.manual_seed(0)
    net = torch.nn.Linear(3, 2)
    ema = LoRAEma(net, decay=0.9, update_every=2)
    average = [p.detach().clone() for p in net.parameters()]
    updates = 0
    for step in range(1, 9):
        with torch.no_grad():
            for p in net.parameters():
                p.add_(torch.randn_like(p))
        ema.after_step(step)
        if step % 2 == 0:
            updates += 1
            decay = 0.0 if updates == 1 else min(0.9, updates / (9 + updates))  # (1 + n) / (10 + n), n = updates - 1
            average = [a * decay + p.detach() * (1 - decay) for a, p in zip(average, net.parameters(), strict=True)]
    trained = [p.detach().clone() for p in net.parameters()]
    with ema.applied():
        for p, a in zip(net.parameters(), average, strict=True):
            torch.testing.assert_close(p.detach(), a)
    for p, t in zip(net.parameters(), trained, strict=True):
        assert torch.equal(p.detach(), t)
    again = LoRAEma(net, decay=0.9, update_every=2)
    again.load_state_tensors(ema.state_tensors(), "state")
    assert again.ema.optimization_step == 4
    assert all(torch.equal(a, b) for a, b in zip(again.ema.shadow_params, ema.ema.shadow_params, strict=True))
    with pytest.raises(JobError, match="do not fit"):
        LoRAEma(torch.nn.Linear(3, 3, bias=False), 0.9, 1).load_state_tensors({"x": torch.zeros(1)}, "state")


# -- tiny runs ---------------------------------------------------------------------------------------
def tensors(path: Path) -> dict[str, torch.Tensor]:
    with safe_open(str(path), framework="pt") as fh:
        return {k: fh.get_tensor(k) for k in fh.keys()}  # noqa: SIM118 (safe_open is no dict)


def same(a: Path, b: Path) -> bool:
    ta, tb = tensors(a), tensors(b)
    return ta.keys() == tb.keys() and all(torch.equal(ta[k], tb[k]) for k in ta)


def run(tiny_models, tmp: Path, train_dir: Path, **sections) -> Path:
    config = base_config(tiny_models.sd1, train_dir, **sections)
    result = run_training(tmp, config)
    assert result.code == 0, result.of("error")
    return result.final


def test_masked_loss_runs_read_the_same_mask_from_any_source(tiny_models, tmp_path):
    """Alpha channel, '_mask' files and a mask folder holding the same masks train the same weights; no mask differs."""
    img = tmp_path / "img" / "2_shs thing"
    paths = make_images(img, 3, seed=1)
    alpha_dir, mask_dir = tmp_path / "alpha" / "2_shs thing", tmp_path / "masks"
    alpha_dir.mkdir(parents=True)
    mask_dir.mkdir()
    for k, path in enumerate(paths):
        shutil.copy(path.with_suffix(".txt"), alpha_dir)
        mask = Image.fromarray(gradient((64, 64), k))
        mask.save(img / f"{path.stem}_mask.png")
        mask.save(mask_dir / path.name)
        rgba = Image.open(path).convert("RGBA")
        rgba.putalpha(mask)
        rgba.save(alpha_dir / path.name)
    ds = {"flip_aug": True, "cache_latents": False}  # cached latents are sampled with a key from the file bytes
    # the RGBA copies read as the same RGB pixels; without masked loss their alpha is ignored
    plain = run(tiny_models, tmp_path / "plain", tmp_path / "alpha", dataset=ds)
    beside = run(tiny_models, tmp_path / "beside", tmp_path / "img", dataset=ds, loss={"masked_loss": True})
    folder = run(
        tiny_models,
        tmp_path / "folder",
        tmp_path / "alpha",
        dataset={**ds, "conditioning_data_dir": str(mask_dir)},
        loss={"masked_loss": True},
    )
    alpha_ds = {**ds, "alpha_mask": True}
    alpha = run(tiny_models, tmp_path / "alpha_run", tmp_path / "alpha", dataset=alpha_ds, loss={"masked_loss": True})
    assert not same(plain, beside)
    assert same(beside, folder)
    assert same(beside, alpha)


def test_masks_drawn_beside_the_originals_reach_training_through_prepare(tiny_models, tmp_path):
    """Prepare scales the originals and their masks alike: the trainer finds each prepared image's mask at
    its size (no wrong-size error), and the masks are not counted as training images."""
    originals = tmp_path / "originals"
    for k, path in enumerate(make_images(originals, 3, seed=1, sizes=((128, 96),))):
        Image.fromarray(gradient((128, 96), k)).save(originals / f"{path.stem}_mask.png")
    train = tmp_path / "train" / "2_shs thing"
    config = {"source": str(originals), "output": str(train), "max_side": 64, "workers": 1}
    ctx = JobContext("prepare", config, tmp_path / "prepare.toml", Emitter(stream=io.StringIO()))
    assert execute(ctx, prepare_job, listen_stdin=False) == EXIT_OK
    index = scan_dataset(cfg_for(train.parent), train.parent, None)
    assert {(i.path.name, i.size, i.mask.name) for i in index.images} == {
        (f"img0{k}.png", (64, 48), f"img0{k}_mask.png") for k in range(3)
    }
    run(tiny_models, tmp_path / "run", train.parent, loss={"masked_loss": True})


def test_weighted_captions_act_and_plain_captions_are_unchanged(tiny_models, tmp_path):
    img = tmp_path / "w" / "2_shs thing"
    paths = make_images(img, 3, seed=1)
    plain_dir = tmp_path / "p" / "2_shs thing"
    plain_dir.mkdir(parents=True)
    for k, path in enumerate(paths):
        weighted = f"(shs:1.5), shape{k}, [[colour{k % 3}]], plain background"
        path.with_suffix(".txt").write_text(weighted, encoding="utf-8")
        shutil.copy(path, plain_dir)
        (plain_dir / path.with_suffix(".txt").name).write_text(plain_text(weighted), encoding="utf-8")
    on = {"weighted_captions": True}
    weighted_run = run(tiny_models, tmp_path / "r1", tmp_path / "w", dataset=on)
    plain_on = run(tiny_models, tmp_path / "r2", tmp_path / "p", dataset=on)
    plain_off = run(tiny_models, tmp_path / "r3", tmp_path / "p")
    assert not same(weighted_run, plain_on)
    assert same(plain_on, plain_off)  # no brackets: weighted captions change nothing


def test_ema_is_saved_and_a_resumed_run_averages_on_exactly(tiny_models, tmp_path):
    make_images(tmp_path / "img" / "2_shs thing", 3, seed=1)
    sections = {
        "schedule": {"max_train_steps": 6, "seed": 3},
        "optimizer": {"learning_rate": 1e-2, "ema_decay": 0.8, "ema_update_every": 2},
        "saving": {"save_precision": "float", "save_every_n_steps": 2, "save_state": True},
    }
    straight = run(tiny_models, tmp_path / "straight", tmp_path / "img", **sections)
    state = tmp_path / "straight" / "lora-step00000004-state"
    assert (state / EMA_FILE).is_file()
    resumed_sections = {**sections, "saving": {**sections["saving"], "resume": str(state)}}
    resumed = run(tiny_models, tmp_path / "resumed", tmp_path / "img", **resumed_sections)
    assert same(straight, resumed)
    no_ema = {**sections, "optimizer": {"learning_rate": 1e-2}}
    raw = run(tiny_models, tmp_path / "raw", tmp_path / "img", **no_ema)
    assert not same(straight, raw)  # the file holds the average, not the last weights
