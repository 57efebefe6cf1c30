"""The one generation path: requests, seeds, batching, samplers, LoRA, on the tiny SD models."""

from __future__ import annotations

import io

import numpy as np
import pytest
import torch
from PIL import Image
from safetensors.torch import save_file

from dataprep.jobs import JobCancelled
from training.generate import (
    SEED_STRIDE,
    GenerateOptions,
    ImageRequest,
    NonFiniteImageError,
    Renderer,
    RenderSettings,
    batches,
    load_pipeline,
    pipeline_from_parts,
    plan_requests,
)
from training.prompts import PromptSpec

SETTINGS = RenderSettings(width=64, height=64, steps=2, scale=7.0, sampler="euler_a")
PROMPTS = [
    PromptSpec("a woman, smiling"),
    PromptSpec("a woman, outdoors", negative_prompt="blurry"),
    PromptSpec("a woman, red scarf"),
]


@pytest.fixture(scope="module")
def renderer(tiny_models):
    return Renderer(load_pipeline(tiny_models.sd1), model_name="tiny-sd1")


def pixels(rendered) -> dict[int, np.ndarray]:
    return {r.request.index: np.asarray(r.image) for batch in rendered for r in batch}


def test_requests_cycle_prompts_and_count_seeds_from_the_base():
    requests = plan_requests(PROMPTS, range(5), SETTINGS, base_seed=1000)
    assert [r.prompt for r in requests] == [p.prompt for p in PROMPTS] + [PROMPTS[0].prompt, PROMPTS[1].prompt]
    assert [r.seed for r in requests] == [1000, 1001, 1002, 1003, 1004]
    assert [r.negative_prompt for r in requests] == ["", "blurry", "", "", "blurry"]
    assert {(r.width, r.height, r.steps, r.scale, r.sampler) for r in requests} == {(64, 64, 2, 7.0, "euler_a")}


def test_request_of_one_index_does_not_depend_on_the_others():
    everything = plan_requests(PROMPTS, range(10), SETTINGS, base_seed=5)
    assert plan_requests(PROMPTS, [7], SETTINGS, base_seed=5) == [everything[7]]


def test_prompt_options_seeds_attempts_and_bucket_sizes():
    prompts = [PromptSpec("a", seed=42, width=100, steps=9, scale=3.0, sampler="DPM++ 2M Karras"), PromptSpec("b")]
    requests = plan_requests(
        prompts, range(4), SETTINGS, base_seed=0, attempts={3: 2}, sizes=[(512, 768), (768, 512), (640, 640)]
    )
    a0, b1, a2, b3 = requests
    assert (a0.seed, a2.seed) == (42, 43)  # --d on the first round, counted up on the next
    assert (a0.width, a0.height) == (96, 768)  # --w wins and is snapped down to a multiple of 8
    assert (a0.steps, a0.scale, a0.sampler) == (9, 3.0, "dpmsolver++_karras")
    assert (b1.width, b1.height, b1.steps, b1.sampler) == (768, 512, 2, "euler_a")
    assert (a2.width, a2.height) == (96, 640)
    assert b3.seed == 3 + 2 * SEED_STRIDE  # a rejected image's third attempt
    assert (b3.width, b3.height) == (512, 768)


def test_batches_are_fixed_index_blocks_split_by_settings():
    requests = plan_requests(PROMPTS, [0, 1, 2, 3, 5, 6, 7], SETTINGS, base_seed=0)
    assert [[r.index for r in b] for b in batches(requests, 4)] == [[0, 2, 3], [1], [5, 6], [7]]
    assert [[r.index for r in b] for b in batches(requests[4:], 4)] == [[5, 6], [7]]  # the same blocks when resumed
    with pytest.raises(ValueError, match="batch size must be 1 or more"):
        batches(requests, 0)


def test_parameters_text_is_a1111_style():
    request = ImageRequest(3, "a woman", "lowres", 77, 512, 768, 25, 7.5, "dpmsolver++_karras")
    assert request.parameters("sd15", clip_skip=2) == (
        "a woman\nNegative prompt: lowres\n"
        "Steps: 25, Sampler: DPM++ 2M Karras, CFG scale: 7.5, Seed: 77, Size: 512x768, Model: sd15, Clip skip: 2"
    )


def test_pipeline_uses_sdpa_and_cpu_float32(renderer):
    processors = {type(p).__name__ for p in renderer.pipe.unet.attn_processors.values()}
    assert processors == {"AttnProcessor2_0"}  # torch's scaled_dot_product_attention
    assert renderer.pipe.unet.dtype == torch.float32 and renderer.device.type == "cpu"


def test_batch_size_does_not_change_an_image(renderer):
    prompts = [PromptSpec("a woman, smiling"), PromptSpec("a woman, outdoors"), PromptSpec("a woman, red scarf")]
    requests = plan_requests(prompts, range(3), SETTINGS, base_seed=100)
    alone = pixels(renderer.render(requests, batch_size=1))
    batched = pixels(renderer.render(requests, batch_size=3))
    assert [len(b) for b in batches(requests, 3)] == [3]
    for i in range(3):
        diff = np.abs(alone[i].astype(int) - batched[i].astype(int))
        # equal up to float rounding of batched kernels: at most one level, almost never
        assert diff.max() <= 1 and (diff == 0).mean() > 0.999, i
    # while another seed gives a different image
    assert np.abs(alone[0].astype(int) - alone[1].astype(int)).mean() > 10


def test_same_blocks_give_bit_identical_images(renderer):
    requests = plan_requests(PROMPTS[:1], range(4), SETTINGS, base_seed=100)
    straight = pixels(renderer.render(requests, batch_size=2))
    resumed = pixels(renderer.render(requests[2:], batch_size=2))
    for i in (2, 3):
        assert np.array_equal(straight[i], resumed[i])


@pytest.mark.parametrize("sampler", ["ddim", "dpmsolver++_karras", "dpm_2_a", "heun"])
def test_samplers_render(renderer, sampler):
    settings = RenderSettings(64, 64, 2, 5.0, sampler)
    (batch,) = list(renderer.render(plan_requests(PROMPTS[:1], [0], settings, 1), 1))
    assert batch[0].image.size == (64, 64)
    assert type(renderer.pipe.scheduler).__name__ in (
        "DDIMScheduler",
        "DPMSolverMultistepScheduler",
        "KDPM2AncestralDiscreteScheduler",
        "HeunDiscreteScheduler",
    )


def test_png_carries_its_parameters(renderer):
    (batch,) = list(renderer.render(plan_requests(PROMPTS[1:2], [0], SETTINGS, 9), 1))
    data = renderer.png(batch[0])
    with Image.open(io.BytesIO(data)) as im:
        assert im.info["parameters"] == batch[0].request.parameters("tiny-sd1")
        assert np.array_equal(np.asarray(im.convert("RGB")), np.asarray(batch[0].image))


def test_cancel_between_steps(renderer):
    calls = []

    def check():
        calls.append(1)
        if len(calls) > 2:
            raise JobCancelled()

    with pytest.raises(JobCancelled):
        list(renderer.render(plan_requests(PROMPTS, range(3), SETTINGS, 0), 3, check))
    assert len(calls) == 3  # before the batch, after step 1, after step 2


def test_clip_skip(renderer):
    pipe = renderer.pipe
    skip2 = Renderer(pipe, GenerateOptions(clip_skip=2))
    with torch.no_grad():
        ours = skip2._clip_skip_embeds(["a woman, smiling"], 1)  # our encoding at skip 1 is diffusers' own
        theirs = pipe.encode_prompt("a woman, smiling", pipe.device, 1, False)[0]
        assert torch.allclose(ours, theirs, atol=1e-6)
        assert not torch.allclose(skip2._clip_skip_embeds(["a woman, smiling"], 2), theirs, atol=1e-3)
    requests = plan_requests(PROMPTS[:1], [0], SETTINGS, 0)
    assert not np.array_equal(pixels(renderer.render(requests))[0], pixels(skip2.render(requests))[0])


def test_vae_tiling_auto_turns_on_for_big_sizes(renderer):
    list(renderer.render(plan_requests(PROMPTS[:1], [0], SETTINGS, 0)))
    assert renderer.pipe.vae.use_tiling is False
    big = RenderSettings(104, 64, 1, 7.0, "euler")  # the tiny VAE's native size is 64
    (batch,) = list(renderer.render(plan_requests(PROMPTS[:1], [0], big, 0)))
    assert renderer.pipe.vae.use_tiling is True and batch[0].image.size == (104, 64)
    forced = Renderer(renderer.pipe, GenerateOptions(vae_tiling="on"))
    list(forced.render(plan_requests(PROMPTS[:1], [0], SETTINGS, 0)))
    assert forced.pipe.vae.use_tiling is True


def test_nan_output_is_reported(renderer):
    bias = renderer.pipe.vae.decoder.conv_out.bias
    saved = bias.detach().clone()
    try:
        with torch.no_grad():
            bias.fill_(float("nan"))
        with pytest.raises(NonFiniteImageError, match=r"NaN values \(images 0\)"):
            list(renderer.render(plan_requests(PROMPTS[:1], [0], SETTINGS, 0)))
    finally:
        with torch.no_grad():
            bias.copy_(saved)


def _kohya_lora(unet, path, rank=4, seed=0):
    """A kohya-format LoRA on every attention projection of *unet* (random, strong enough to show)."""
    generator = torch.Generator().manual_seed(seed)
    tensors = {}
    for name, module in unet.named_modules():
        if name.endswith(("attn1.to_q", "attn1.to_k", "attn1.to_v", "attn2.to_q")):
            key = "lora_unet_" + name.replace(".", "_")
            tensors[f"{key}.lora_down.weight"] = torch.randn(rank, module.in_features, generator=generator)
            tensors[f"{key}.lora_up.weight"] = torch.randn(module.out_features, rank, generator=generator)
            tensors[f"{key}.alpha"] = torch.tensor(float(rank))
    save_file(tensors, str(path))
    return path


def test_lora_weight_and_switching_off(tiny_models, tmp_path):
    renderer = Renderer(load_pipeline(tiny_models.sd1))
    lora = _kohya_lora(renderer.pipe.unet, tmp_path / "style.safetensors")
    requests = plan_requests(PROMPTS[:1], [0], SETTINGS, 3)
    base = pixels(renderer.render(requests))[0]
    renderer.set_lora(lora, 0.0)
    assert np.array_equal(pixels(renderer.render(requests))[0], base)
    renderer.set_lora(lora, 1.0)
    full = pixels(renderer.render(requests))[0]
    renderer.set_lora(lora, 0.5)
    half = pixels(renderer.render(requests))[0]
    assert np.abs(full.astype(int) - base).mean() > 1
    assert not np.array_equal(half, full) and not np.array_equal(half, base)
    renderer.set_lora(None)
    assert np.array_equal(pixels(renderer.render(requests))[0], base)
    renderer.set_lora(lora, 1.0)  # cached adapter, same result as the first time
    assert np.array_equal(pixels(renderer.render(requests))[0], full)


def test_sdxl_and_v_prediction_models_render(tiny_models):
    xl = Renderer(load_pipeline(tiny_models.sdxl))
    requests = plan_requests(PROMPTS[:2], range(2), SETTINGS, 0)
    assert set(pixels(xl.render(requests, 2))) == {0, 1}
    v = Renderer(load_pipeline(tiny_models.sd1_v))
    assert set(pixels(v.render(requests[:1]))) == {0}
    assert v.pipe.scheduler.config.prediction_type == "v_prediction"


def test_model_errors_say_what_to_pick(tmp_path):
    from dataprep.jobs import JobError

    (tmp_path / "model.safetensors").write_bytes(b"")
    with pytest.raises(JobError, match=r"model\.safetensors: not a readable checkpoint"):
        load_pipeline(tmp_path / "model.safetensors")
    (tmp_path / "model.ckpt").write_bytes(b"")
    with pytest.raises(JobError, match="pickle checkpoint"):
        load_pipeline(tmp_path / "model.ckpt")
    with pytest.raises(JobError, match=r"no model_index\.json"):
        load_pipeline(tmp_path)
    with pytest.raises(JobError, match="nowhere: base model not found"):
        load_pipeline(tmp_path / "nowhere")


def test_only_text_to_image_models(tmp_path):
    from dataprep.jobs import JobError

    (tmp_path / "model_index.json").write_text('{"_class_name": "StableDiffusionInpaintPipeline"}', encoding="utf-8")
    with pytest.raises(JobError, match="a StableDiffusionInpaintPipeline model, not a Stable Diffusion"):
        load_pipeline(tmp_path)


def test_pipeline_from_in_memory_parts_renders_the_same(renderer, tiny_models):
    pipe = renderer.pipe
    again = Renderer(pipeline_from_parts(pipe.unet, pipe.vae, pipe.text_encoder, pipe.tokenizer, pipe.scheduler))
    requests = plan_requests(PROMPTS[:1], [0], SETTINGS, 11)
    assert np.array_equal(pixels(again.render(requests))[0], pixels(renderer.render(requests))[0])
    xl = load_pipeline(tiny_models.sdxl)
    parts = Renderer(pipeline_from_parts(xl.unet, xl.vae, xl.text_encoder, xl.tokenizer, xl.scheduler,
                                         xl.text_encoder_2, xl.tokenizer_2))
    assert type(parts.pipe).__name__ == "StableDiffusionXLPipeline"
    assert np.array_equal(pixels(parts.render(requests))[0], pixels(Renderer(xl).render(requests))[0])


def test_options_are_checked():
    from dataprep.jobs import JobError

    with pytest.raises(JobError, match="vae_tiling 'yes' is not one of auto, on, off"):
        GenerateOptions(vae_tiling="yes")
    with pytest.raises(JobError, match="clip_skip must be 1 or more"):
        GenerateOptions(clip_skip=0)


def test_single_file_checkpoint_renders_like_its_diffusers_folder(renderer, tiny_models, tmp_path, monkeypatch):
    """A .safetensors checkpoint (how most base models are shared) works for reg sets and grids. The bundled
    configs are full-size, so the tiny kit's own config stands in for them here."""
    from ldm_kit import write_ldm

    import training.single_file as single_file

    path = write_ldm(tiny_models.sd1, tmp_path / "tiny.safetensors")
    monkeypatch.setattr(single_file, "bundled_config_dir", lambda family, v: tiny_models.sd1)
    pipe = load_pipeline(path)
    assert type(pipe).__name__ == "StableDiffusionPipeline" and pipe.safety_checker is None
    requests = plan_requests(PROMPTS[:1], [0], SETTINGS, 11)
    assert np.array_equal(pixels(Renderer(pipe).render(requests))[0], pixels(renderer.render(requests))[0])


def test_sd2_single_file_asks_for_a_folder(tmp_path):
    from dataprep.jobs import JobError

    path = tmp_path / "sd2.safetensors"
    save_file({"model.diffusion_model.x": torch.zeros(1),
               "cond_stage_model.model.transformer.resblocks.0.attn.in_proj_weight": torch.zeros(1)}, str(path))
    with pytest.raises(JobError, match=r"SD 2\.x single-file checkpoint"):
        load_pipeline(path)
