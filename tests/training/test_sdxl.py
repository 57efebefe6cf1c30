"""SDXL: SGM key names on the real SDXL layout, a tiny SDXL run end to end, loading in diffusers, and the
text encoder output caches (memory and disk)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import torch
from ldm_kit import write_sgm
from safetensors import safe_open
from trainkit import apply_lora, base_config, load_model, make_images, run_training

from dataprep.tomlio import ConfigFileError
from resources import resource_path
from training.conditioning import Conditioner
from training.config import config_from_dict, validate
from training.config_import import import_kohya_gui_json
from training.lora import KEY_PATTERN, LoRANetwork, read_lora_file
from training.lora_metadata import architecture, base_model_version
from training.sdxl_names import lora_namer, sdxl_lora_namer, sgm_module_path
from training.single_file import bundled_config_dir, checkpoint_family, load_single_file

SDXL_CONFIGS = resource_path("sd_configs", "sdxl")

# diffusers module path -> the name sd-scripts writes for it (hand-checked against the SGM layout of
# sd_xl_base: input_blocks 4/5 and 7/8 are the attention layers of levels 1 and 2, 10 transformer blocks
# on level 2; output_blocks 0-2 level 2 (10 blocks), 3-5 level 1 (2 blocks); middle_block.1 is attention)
HAND_CHECKED = (
    ("down_blocks.1.attentions.0.proj_in",
     "lora_unet_input_blocks_4_1_proj_in"),
    ("down_blocks.1.attentions.0.transformer_blocks.0.attn1.to_q",
     "lora_unet_input_blocks_4_1_transformer_blocks_0_attn1_to_q"),
    ("down_blocks.1.attentions.1.transformer_blocks.1.attn2.to_k",
     "lora_unet_input_blocks_5_1_transformer_blocks_1_attn2_to_k"),
    ("down_blocks.2.attentions.0.transformer_blocks.9.ff.net.0.proj",
     "lora_unet_input_blocks_7_1_transformer_blocks_9_ff_net_0_proj"),
    ("down_blocks.2.attentions.1.proj_out",
     "lora_unet_input_blocks_8_1_proj_out"),
    ("mid_block.attentions.0.transformer_blocks.0.attn1.to_out.0",
     "lora_unet_middle_block_1_transformer_blocks_0_attn1_to_out_0"),
    ("mid_block.attentions.0.transformer_blocks.9.ff.net.2",
     "lora_unet_middle_block_1_transformer_blocks_9_ff_net_2"),
    ("up_blocks.0.attentions.0.proj_in",
     "lora_unet_output_blocks_0_1_proj_in"),
    ("up_blocks.0.attentions.2.transformer_blocks.9.attn2.to_v",
     "lora_unet_output_blocks_2_1_transformer_blocks_9_attn2_to_v"),
    ("up_blocks.1.attentions.0.transformer_blocks.0.attn1.to_q",
     "lora_unet_output_blocks_3_1_transformer_blocks_0_attn1_to_q"),
    ("up_blocks.1.attentions.2.transformer_blocks.1.ff.net.2",
     "lora_unet_output_blocks_5_1_transformer_blocks_1_ff_net_2"),
    ("up_blocks.1.attentions.2.proj_out",
     "lora_unet_output_blocks_5_1_proj_out"),
)


@pytest.fixture(scope="module")
def real_sdxl_network():
    """LoRA modules of the full SDXL base layout (bundled configs), built on the meta device: no weights."""
    from diffusers import UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTextModelWithProjection

    with torch.device("meta"):
        unet = UNet2DConditionModel.from_config(UNet2DConditionModel.load_config(SDXL_CONFIGS, subfolder="unet"))
        te1 = CLIPTextModel(CLIPTextConfig.from_pretrained(SDXL_CONFIGS / "text_encoder"))
        te2 = CLIPTextModelWithProjection(CLIPTextConfig.from_pretrained(SDXL_CONFIGS / "text_encoder_2"))
        network = LoRANetwork(unet, te1, 1, 1.0, text_encoder_2=te2, namer=sdxl_lora_namer(2))
    return unet, network


def test_real_sdxl_module_names_map_to_sd_scripts_sgm_names(real_sdxl_network):
    unet, network = real_sdxl_network
    assert len(network.unet_names) == 722  # sd-scripts: "create LoRA for U-Net: 722 modules"
    assert sum(n.startswith("lora_te1_") for n in network.te_names) == 72
    assert sum(n.startswith("lora_te2_") for n in network.te_names) == 192
    assert len(set(network.unet_names)) == 722
    assert all(re.match(r"^lora_unet_(input_blocks|middle_block|output_blocks)_\d+_", n) for n in network.unet_names)
    modules = dict(unet.named_modules())
    for path, expected in HAND_CHECKED:
        assert path in modules, path  # a real module of SDXL base
        assert sdxl_lora_namer(2)("lora_unet", path) == expected
        assert expected in network.unet_names
    assert "lora_te1_text_model_encoder_layers_11_self_attn_q_proj" in network.te_names
    assert "lora_te2_text_model_encoder_layers_31_mlp_fc2" in network.te_names


def test_diffusers_kohya_converter_inverts_the_sgm_names(real_sdxl_network):
    """diffusers' loader maps every name back onto the module it came from (load_lora_weights' own path)."""
    from diffusers.loaders.lora_conversion_utils import _maybe_map_sgm_blocks_to_diffusers

    unet, network = real_sdxl_network
    state = {f"{n}.lora_down.weight": torch.zeros(1) for n in network.unet_names}
    mapped = _maybe_map_sgm_blocks_to_diffusers(state, unet.config)
    words = {"input_blocks": "down_blocks", "middle_block": "mid_block", "output_blocks": "up_blocks"}
    back = {k.removeprefix("lora_unet_").removesuffix(".lora_down.weight") for k in mapped}
    back = {re.sub("|".join(words), lambda m: words[m[0]], k) for k in back}  # diffusers renames these next
    ours = {p.replace(".", "_") for p in dict(unet.named_modules()) if "attentions" in p}
    assert back <= ours and len(back) == 722


def test_sgm_names_of_samplers_and_resnets():
    assert sgm_module_path("down_blocks.0.resnets.1.conv1", 2) == "input_blocks.2.0.in_layers.2"
    assert sgm_module_path("down_blocks.1.downsamplers.0.conv", 2) == "input_blocks.6.0.op"
    assert sgm_module_path("mid_block.resnets.1.conv2", 2) == "middle_block.2.out_layers.3"
    assert sgm_module_path("up_blocks.1.resnets.0.conv_shortcut", 2) == "output_blocks.3.0.skip_connection"
    assert sgm_module_path("up_blocks.1.upsamplers.0.conv", 2) == "output_blocks.5.2.conv"
    with pytest.raises(ValueError, match="no SGM name"):
        sgm_module_path("conv_in", 2)


def test_bundled_sdxl_configs_and_metadata_names():
    assert bundled_config_dir("sdxl", False) == SDXL_CONFIGS
    unet = json.loads((SDXL_CONFIGS / "unet" / "config.json").read_text())
    assert (unet["cross_attention_dim"], unet["projection_class_embeddings_input_dim"]) == (2048, 2816)
    te2 = json.loads((SDXL_CONFIGS / "text_encoder_2" / "config.json").read_text())
    assert (te2["hidden_size"], te2["num_hidden_layers"]) == (1280, 32)
    assert base_model_version(False, False, sdxl=True) == "sdxl_base_v1-0"
    assert architecture(False, False, sdxl=True) == "stable-diffusion-xl-v1-base/lora"


@pytest.fixture(scope="module")
def sdxl_run(tiny_models, tmp_path_factory):
    root = tmp_path_factory.mktemp("sdxl")
    images = make_images(root / "img" / "2_shs thing", 4, seed=1, sizes=((64, 64), (96, 64)))
    prompts = root / "prompts.txt"
    prompts.write_text("shs, shape1, plain background --s 2\n", encoding="utf-8")
    config = base_config(
        tiny_models.sdxl,
        root / "img",
        schedule={"max_train_steps": 40, "seed": 3},
        dataset={"flip_aug": True},
        sample={"sample_prompts": str(prompts), "sample_at_first": True},
    )
    run = run_training(root / "run", config)
    assert run.code == 0, run.of("error")
    return run, images


@torch.no_grad()
def sdxl_eval_loss(model, images) -> float:
    """Mean denoising loss at fixed timesteps and noise, with SDXL's text and size conditioning."""
    import numpy as np
    from PIL import Image

    conditioner = Conditioner(model, 1, 75)
    gen = torch.Generator().manual_seed(1234)
    losses = []
    for path in images:
        image = Image.open(path).convert("RGB")
        pixels = torch.from_numpy(np.asarray(image, dtype=np.float32))
        latents = model.vae.encode((pixels.permute(2, 0, 1) / 127.5 - 1)[None]).latent_dist.mean * model.latent_scale
        caption = path.with_suffix(".txt").read_text(encoding="utf-8")
        size = [image.height, image.width, 0, 0, image.height, image.width]
        states, added = conditioner([caption], torch.tensor([size], dtype=torch.float32), False, torch.device("cpu"))
        for t in (100, 300, 500, 700, 900):
            noise = torch.randn(latents.shape, generator=gen)
            ts = torch.tensor([t])
            pred = model.unet(model.noise_scheduler.add_noise(latents, noise, ts), ts, states, added_cond_kwargs=added)
            losses.append(torch.nn.functional.mse_loss(pred.sample, noise).item())
    return sum(losses) / len(losses)


def test_tiny_sdxl_run_learns_and_saves_sgm_keys_and_sdxl_metadata(sdxl_run, tiny_models):
    run, images = sdxl_run
    with safe_open(str(run.final), framework="pt") as fh:
        keys = list(fh.keys())
        meta = fh.metadata()
    assert all(KEY_PATTERN.match(k) for k in keys)
    assert "lora_unet_input_blocks_3_1_transformer_blocks_0_attn1_to_q.lora_down.weight" in keys  # L=1: 2·1+0+1
    assert "lora_unet_middle_block_1_proj_in.alpha" in keys
    assert "lora_unet_output_blocks_1_1_transformer_blocks_1_ff_net_2.lora_up.weight" in keys
    assert not any("down_blocks" in k or "up_blocks" in k or "mid_block" in k for k in keys)
    assert any(k.startswith("lora_te1_text_model_encoder_layers_0_") for k in keys)
    assert any(k.startswith("lora_te2_text_model_encoder_layers_1_") for k in keys)
    assert meta["ss_base_model_version"] == "sdxl_base_v1-0"
    assert meta["modelspec.architecture"] == "stable-diffusion-xl-v1-base/lora"
    assert meta["modelspec.implementation"] == "https://github.com/Stability-AI/generative-models"
    assert meta["ss_v2"] == "False"
    (sample,) = run.of("sample")  # rendered by an SDXL pipeline around the model being trained
    assert Path(sample["path"]).is_file()
    model = load_model(tiny_models.sdxl)
    before = sdxl_eval_loss(model, images)
    apply_lora(model, run.final)
    after = sdxl_eval_loss(model, images)
    # an untrained LoRA gives exactly `before`; the drop seen was 2.2-7.5% (it differs between a freshly built
    # and a cached tiny kit although `before` is identical: not understood yet, see issue #9's note)
    assert after < 0.99 * before, (before, after)


def test_diffusers_load_lora_weights_reproduces_trained_sdxl_network(sdxl_run, tiny_models):
    from diffusers import StableDiffusionXLPipeline

    run, _ = sdxl_run
    ours = load_model(tiny_models.sdxl)
    apply_lora(ours, run.final)
    pipe = StableDiffusionXLPipeline.from_pretrained(tiny_models.sdxl, local_files_only=True)
    pipe.load_lora_weights(str(run.final))
    base = load_model(tiny_models.sdxl)
    x = torch.randn(1, 4, 8, 12, generator=torch.Generator().manual_seed(0))
    time_ids = torch.tensor([[64.0, 96.0, 0.0, 0.0, 64.0, 96.0]])

    def unet_out(unet, te1, te2):
        ours.text_encoder, ours.text_encoder_2 = te1, te2  # the conditioner reads the encoders off the model
        states, added = Conditioner(ours, 1, 75)(["shs, shape1"], time_ids, True, torch.device("cpu"))
        return unet(x, torch.tensor([500]), states, added_cond_kwargs=added).sample

    with torch.no_grad():
        trained = (ours.unet, ours.text_encoder, ours.text_encoder_2)
        expected = unet_out(*trained)
        got = unet_out(pipe.unet, pipe.text_encoder, pipe.text_encoder_2)
        untrained = unet_out(base.unet, base.text_encoder, base.text_encoder_2)
    assert not torch.allclose(untrained, expected, atol=1e-4)  # the LoRA changes the output
    torch.testing.assert_close(got, expected, atol=1e-5, rtol=1e-4)


def _losses(run) -> list[float]:
    assert run.code == 0, run.of("error")
    return [m["loss"] for m in run.of("metrics")]


def _cache_log(run) -> tuple[int, int]:
    (event,) = [e for e in run.of("log") if "encoded" in e]
    return event["encoded"], event["reused"]


def test_cached_text_encoder_outputs_memory_and_disk(tiny_models, tmp_path):
    images = make_images(tmp_path / "img" / "2_shs thing", 3, seed=2)
    frozen = {"network_train_unet_only": True}
    steps = {"max_train_steps": 5, "seed": 3}

    def config(**dataset):
        return base_config(tiny_models.sdxl, tmp_path / "img", network=frozen, schedule=steps, dataset=dataset)

    plain = _losses(run_training(tmp_path / "plain", config()))
    memory = run_training(tmp_path / "memory", config(cache_text_encoder_outputs=True))
    assert _cache_log(memory) == (3, 0)
    assert _losses(memory) == pytest.approx(plain, rel=1e-4, abs=1e-6)

    first = run_training(tmp_path / "disk1", config(cache_text_encoder_outputs_to_disk=True))
    assert _cache_log(first) == (3, 0)
    assert _losses(first) == pytest.approx(plain, rel=1e-4, abs=1e-6)
    second = run_training(tmp_path / "disk2", config(cache_text_encoder_outputs_to_disk=True))
    assert _cache_log(second) == (0, 3)  # every caption read back from disk
    assert _losses(second) == pytest.approx(plain, rel=1e-4, abs=1e-6)

    images[0].with_suffix(".txt").write_text("shs, a changed caption", encoding="utf-8")
    third = run_training(tmp_path / "disk3", config(cache_text_encoder_outputs_to_disk=True))
    assert _cache_log(third) == (1, 2)  # only the changed caption is encoded again
    assert _losses(third) != pytest.approx(plain, rel=1e-4, abs=1e-6)
    (log,) = [e for e in third.of("log") if "encoded" in e]
    assert log["pruned"] == 1  # the old caption's file
    cache = tmp_path / "img" / ".danlu" / "text_encoder_outputs"
    assert len(list(cache.glob("*.safetensors"))) == 3


def test_text_encoder_output_cache_needs_frozen_encoders_and_fixed_captions():
    def check(**dataset):
        data = {"model": {"pretrained_model_name_or_path": "m"}, "dataset": {"train_data_dir": "d", **dataset}}
        data["network"] = {"network_train_unet_only": dataset.pop("unet_only", True)}
        data["dataset"].pop("unet_only", None)
        return validate(config_from_dict(data))

    assert check(cache_text_encoder_outputs=True) == []
    with pytest.raises(ConfigFileError, match="network_train_unet_only is off"):
        check(cache_text_encoder_outputs=True, unet_only=False)
    with pytest.raises(ConfigFileError, match=r"fixed captions, but dataset\.shuffle_caption change"):
        check(cache_text_encoder_outputs_to_disk=True, shuffle_caption=True)
    with pytest.raises(ConfigFileError, match=r"fixed captions, but dataset\.caption_dropout_rate change"):
        check(cache_text_encoder_outputs=True, caption_dropout_rate=0.1)


def test_kohya_gui_sdxl_key_is_accepted(tmp_path):
    path = tmp_path / "gui.json"
    path.write_text(json.dumps({"sdxl": True, "sdxl_cache_text_encoder_outputs": True}), encoding="utf-8")
    result = import_kohya_gui_json(path)
    assert not any(i.startswith("sdxl") for i in result.ignored)
    assert result.config.dataset.cache_text_encoder_outputs
    assert any("SDXL is detected from the base model" in n for n in result.notes)


def test_sdxl_single_file_loads_the_same_model_as_the_diffusers_folder(tiny_models, tmp_path):
    import shutil

    from transformers import CLIPTextConfig, CLIPTextModelWithProjection

    # diffusers tells SDXL's two encoders apart by their width (768 vs 1280); the tiny kit's are both 32
    # wide, so this copy gets a 48-wide text_encoder_2 (loading only: the U-Net never sees its output)
    folder = shutil.copytree(tiny_models.sdxl, tmp_path / "xl")
    config = CLIPTextConfig.from_pretrained(folder / "text_encoder_2")
    config.hidden_size = config.projection_dim = 48
    torch.manual_seed(0)
    CLIPTextModelWithProjection(config).save_pretrained(folder / "text_encoder_2")
    path = write_sgm(folder, tmp_path / "tiny_xl.safetensors")
    with safe_open(str(path), framework="pt") as fh:
        assert checkpoint_family(list(fh.keys())) == "sdxl"
    parts = load_single_file(path, v2=False, v_parameterization=False, config_dir=folder)
    ref = load_model(folder)
    for name in ("unet", "vae", "text_encoder", "text_encoder_2"):
        ours, theirs = parts[name].state_dict(), getattr(ref, name).state_dict()
        assert ours.keys() == theirs.keys(), name
        assert all(torch.equal(ours[k], theirs[k]) for k in ours), name
    assert parts["tokenizer_2"].pad_token == "!" and parts["tokenizer"].pad_token == "<|endoftext|>"


def test_second_text_encoder_learns_at_its_own_rate(tiny_models, tmp_path):
    """text_encoder_lr2 = 0 freezes the bigG encoder's LoRA (its up weights stay at their zero start)
    while the CLIP-L one learns at text_encoder_lr; the lr log names both groups."""
    make_images(tmp_path / "img" / "2_shs thing", 2, seed=4)
    config = base_config(
        tiny_models.sdxl, tmp_path / "img", optimizer={"learning_rate": 1e-2, "text_encoder_lr2": 0.0},
        schedule={"max_train_steps": 2, "seed": 3},
    )
    run = run_training(tmp_path / "run", config)
    assert run.code == 0, run.of("error")
    state = read_lora_file(run.final)
    te1 = [v for k, v in state.items() if k.startswith("lora_te1_") and k.endswith("lora_up.weight")]
    te2 = [v for k, v in state.items() if k.startswith("lora_te2_") and k.endswith("lora_up.weight")]
    assert te1 and te2
    assert any(v.abs().max() > 0 for v in te1)
    assert all(v.abs().max() == 0 for v in te2)


def test_text_encoder_groups_split_only_when_the_rates_differ(tiny_models):
    model = load_model(tiny_models.sdxl)
    net = LoRANetwork(model.unet, model.text_encoder, 2, 2.0, text_encoder_2=model.text_encoder_2,
                      namer=lora_namer(model))
    same = net.param_groups(1e-4, 5e-5, 5e-5)
    assert [g["name"] for g in same] == ["text_encoder", "unet"]
    split = net.param_groups(1e-4, 5e-5, 1e-5)
    assert [(g["name"], g["lr"]) for g in split] == [("text_encoder", 5e-5), ("text_encoder_2", 1e-5), ("unet", 1e-4)]
    te2_params = {id(p) for n in net.te_names if n.startswith("lora_te2_") for p in getattr(net, n).parameters()}
    assert {id(p) for p in split[1]["params"]} == te2_params
    assert not te2_params & {id(p) for p in split[0]["params"]}


def test_text_cache_pruning_keeps_other_base_models_files(tmp_path):
    from training.conditioning import _prune

    keep, stale, other = (tmp_path / f"{n}.safetensors" for n in ("a" * 16 + "-1", "a" * 16 + "-2", "b" * 16 + "-1"))
    legacy = tmp_path / ("c" * 64 + ".safetensors")
    for path in (keep, stale, other, legacy):
        path.write_bytes(b"x")
    assert _prune(tmp_path, "a" * 16, {keep}) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([keep.name, other.name])
    assert _prune(tmp_path / "missing", "a" * 16, set()) == 0
