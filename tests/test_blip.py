"""BLIP captioner on the tiny BLIP: batched generation, prefix stripping, decoding options."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from dataprep.blip_captioner import BlipCaptioner, BlipOptions, strip_prefix
from dataprep.model_registry import ModelFileError

SHORT = {"min_length": 2, "max_length": 6}  # the tiny model babbles; short captions keep the tests fast


@pytest.fixture
def images(tmp_path: Path) -> list[Path]:
    paths = []
    for i in range(3):
        rgb = np.zeros((48, 40 + 8 * i, 3), np.uint8)
        rgb[..., i] = 255
        rgb[::4] = 30 * i
        paths.append(tmp_path / f"{i}.png")
        Image.fromarray(rgb).save(paths[-1])
    rgba = np.zeros((20, 20, 4), np.uint8)
    paths.append(tmp_path / "alpha.png")
    Image.fromarray(rgba, "RGBA").save(paths[-1])
    return paths


def test_strip_prefix() -> None:
    assert strip_prefix("a photography of a cat on a bed", "a photography of") == "a cat on a bed"
    assert strip_prefix("A Photo of: a dog", "a photo of:") == "a dog"
    assert strip_prefix("a photo-of a dog", "a photo - of") == "a dog"  # BLIP re-spaces punctuation
    assert strip_prefix("a dog in a photo of", "a photo of") == "a dog in a photo of"
    assert strip_prefix("  a dog ", "") == "a dog"


@pytest.fixture(scope="module")
def captioner(tiny_models) -> BlipCaptioner:
    return BlipCaptioner(tiny_models.blip, BlipOptions(**SHORT), device="cpu", batch_size=3)


def test_batched_captions_match_one_by_one(captioner: BlipCaptioner, images: list[Path]) -> None:
    many = list(captioner.caption_paths(images))
    assert [p for p, _ in many] == images
    assert all(isinstance(c, list) and len(c) == 1 and c[0] for _, c in many)
    captioner.batch_size = 1
    try:
        assert [c for _, c in captioner.caption_paths(images)] == [c for _, c in many]
    finally:
        captioner.batch_size = 3


def test_prefix_is_stripped_from_the_output(tiny_models, images: list[Path]) -> None:
    prefix = "a picture of"
    captioner = BlipCaptioner(tiny_models.blip, BlipOptions(prefix=prefix, **SHORT), device="cpu")
    pixels = torch.from_numpy(captioner.prepare(images[0])[None])
    prompt = captioner.processor.tokenizer(prefix, return_tensors="pt").input_ids
    kwargs = {"num_beams": 3, "min_new_tokens": 2, "max_new_tokens": 6}
    out = captioner.model.generate(pixel_values=pixels, input_ids=prompt, **kwargs)
    raw = captioner.processor.batch_decode(out, skip_special_tokens=True)[0]
    assert raw.startswith(prefix)  # BLIP repeats the prompt ...
    ((_, [caption]),) = captioner.caption_paths(images[:1])
    assert caption == raw[len(prefix) :].strip()  # ... and it is removed


def test_lengths_and_sampling(tiny_models, images: list[Path]) -> None:
    captioner = BlipCaptioner(tiny_models.blip, BlipOptions(min_length=1, max_length=3), device="cpu")
    tokenizer = captioner.processor.tokenizer
    for _, [caption] in captioner.caption_paths(images):
        assert 1 <= len(tokenizer(caption, add_special_tokens=False).input_ids) <= 3
    sampled = BlipOptions(beam_search=False, top_p=0.9, seed=7, **SHORT)
    sampler = BlipCaptioner(tiny_models.blip, sampled, device="cpu")
    first = [c for _, c in sampler.caption_paths(images)]
    torch.manual_seed(123)  # whatever ran before, the seed decides
    assert [c for _, c in sampler.caption_paths(images)] == first
    assert sampled.generate_kwargs()["do_sample"] is True and BlipOptions().generate_kwargs()["num_beams"] == 3


def test_unreadable_image_is_reported_in_place(captioner: BlipCaptioner, images: list[Path]) -> None:
    bad = images[0].parent / "bad.jpg"
    bad.write_bytes(b"\xff\xd8 not really")
    results = list(captioner.caption_paths([bad, images[1]]))
    assert isinstance(results[0][1], Exception) and isinstance(results[1][1], list)


def test_bad_options_and_broken_model(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="min_length"):
        BlipOptions(min_length=10, max_length=5)
    with pytest.raises(ValueError, match="top_p"):
        BlipOptions(top_p=0)
    # refused with the options (the GUI's form allows them), not by generate() after the model has loaded
    with pytest.raises(ValueError, match="max_length must be 1 or more"):
        BlipOptions(min_length=0, max_length=0)
    with pytest.raises(ValueError, match="repetition_penalty must be above 0"):
        BlipOptions(repetition_penalty=0.0)
    (tmp_path / "config.json").write_text('{"model_type": "blip"}', encoding="utf-8")
    with pytest.raises(ModelFileError, match="cannot load this BLIP model"):
        BlipCaptioner(tmp_path, device="cpu")
