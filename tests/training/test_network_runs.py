"""Tiny training runs with the network variants: what the saved files hold, that consumers load them,
and that network_weights and resume work per network kind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from safetensors import safe_open
from safetensors.torch import load_file
from test_network_variants import (
    CONV,
    LINEAR,
    _apply_weight,
    _delta_by_running,
    _dora_output_change,
    _ia3_output_change,
    _input,
    _loha_delta,
    _lokr_delta,
    _lora_delta,
)
from trainkit import apply_lora, base_config, load_model, run_training

from training.lora import KEY_PATTERN, LoRANetwork
from training.network_args import LycorisOptions


def config(tiny_models, data: Path, network: dict, **sections: dict) -> dict:
    return base_config(
        tiny_models.sd1, data / "img", network={"network_dim": 4, "network_alpha": 4.0, **network}, **sections
    )


def meta_and_keys(path: Path) -> tuple[dict[str, str], list[str]]:
    with safe_open(str(path), framework="pt") as fh:
        return fh.metadata(), list(fh.keys())


def unet_outputs(unet, text_encoder, tokenizer) -> torch.Tensor:
    gen = torch.Generator().manual_seed(0)
    x = torch.randn(1, 4, 8, 8, generator=gen)
    ids = tokenizer(["shs, shape1"], padding="max_length", max_length=77, return_tensors="pt").input_ids
    with torch.no_grad():
        return unet(x, torch.tensor([500]), text_encoder(ids)[0]).sample


def test_locon_file_loads_in_diffusers_and_reproduces_the_trained_unet(tiny_models, data, tmp_path):
    from diffusers import StableDiffusionPipeline

    run = run_training(tmp_path, config(tiny_models, data, {"conv_dim": 2, "conv_alpha": 1.0}))
    assert run.code == 0, run.of("error")
    meta, keys = meta_and_keys(run.final)
    assert "lora_unet_down_blocks_0_resnets_0_conv1.lora_down.weight" in keys
    assert json.loads(meta["ss_network_args"]) == {"conv_dim": "2", "conv_alpha": "1"}
    ours = load_model(tiny_models.sd1)
    apply_lora(ours, run.final)
    conv_down = load_file(str(run.final))["lora_unet_down_blocks_0_resnets_0_conv1.lora_down.weight"]
    assert conv_down.shape == (2, 32, 3, 3)
    pipe = StableDiffusionPipeline.from_pretrained(tiny_models.sd1, local_files_only=True, safety_checker=None)
    base = unet_outputs(pipe.unet, pipe.text_encoder, pipe.tokenizer)
    pipe.load_lora_weights(str(run.final))
    got = unet_outputs(pipe.unet, pipe.text_encoder, pipe.tokenizer)
    expected = unet_outputs(ours.unet, ours.text_encoder, ours.tokenizer)
    assert not torch.allclose(base, expected, atol=1e-4)
    torch.testing.assert_close(got, expected, atol=1e-5, rtol=1e-4)
    # the conv modules matter: without them the output differs
    state = {k: v for k, v in load_file(str(run.final)).items() if "resnets" not in k and "samplers" not in k}
    pipe.unload_lora_weights()
    pipe.load_lora_weights(state)
    assert not torch.allclose(unet_outputs(pipe.unet, pipe.text_encoder, pipe.tokenizer), expected, atol=1e-6)


@pytest.mark.parametrize(("algo", "formula"), [("loha", _loha_delta), ("lokr", _lokr_delta)])
def test_lycoris_run_saves_kohya_named_tensors_whose_formula_delta_is_the_networks(
    tiny_models, data, tmp_path, algo, formula
):
    network = {"network_module": "lycoris.kohya", "algo": algo, "conv_dim": 2, "conv_alpha": 1.0}
    run = run_training(tmp_path, config(tiny_models, data, network))
    assert run.code == 0, run.of("error")
    meta, keys = meta_and_keys(run.final)
    assert meta["ss_network_module"] == "lycoris.kohya"
    assert json.loads(meta["ss_network_args"]) == {"algo": algo, "preset": "full", "conv_dim": "2", "conv_alpha": "1"}
    assert all(KEY_PATTERN.match(k) for k in keys)
    assert any(k.startswith("lora_te_text_model_encoder_layers_0_") for k in keys)
    saved = load_file(str(run.final))
    model = load_model(tiny_models.sd1)
    net = LoRANetwork(model.unet, model.text_encoder, 4, 4.0, conv_dim=2, conv_alpha=1.0, lycoris=LycorisOptions(algo))
    net.load_kohya_state_dict(saved, str(run.final))
    for path, rank in ((LINEAR, 4), (CONV, 2)):
        name = "lora_unet_" + path.replace(".", "_")
        layer = model.unet.get_submodule(path)
        x = _input(layer)
        delta = _delta_by_running(layer, net, x)
        assert delta.abs().max() > 0  # trained: not the zero-initialised start
        torch.testing.assert_close(delta, _apply_weight(layer, formula(saved, name, rank), x), atol=1e-4, rtol=1e-3)


@pytest.mark.parametrize("options", [{"dora_wd": True}, {"algo": "ia3"}], ids=["dora", "ia3"])
def test_dora_and_ia3_runs_save_tensors_whose_formula_gives_the_trained_output(tiny_models, data, tmp_path, options):
    network = {"network_module": "lycoris.kohya", "conv_dim": 2, "conv_alpha": 1.0, **options}
    run = run_training(tmp_path, config(tiny_models, data, network))
    assert run.code == 0, run.of("error")
    meta, keys = meta_and_keys(run.final)
    assert json.loads(meta["ss_network_args"]).items() >= {k: str(v) for k, v in options.items()}.items()
    assert all(KEY_PATTERN.match(k) for k in keys)
    saved = load_file(str(run.final))
    model = load_model(tiny_models.sd1)
    lycoris = LycorisOptions(options.get("algo", "locon"), dora_wd=options.get("dora_wd", False))
    net = LoRANetwork(model.unet, model.text_encoder, 4, 4.0, conv_dim=2, conv_alpha=1.0, lycoris=lycoris)
    net.load_kohya_state_dict(saved, str(run.final))
    for path, rank in ((LINEAR, 4), (CONV, 2)):
        name = "lora_unet_" + path.replace(".", "_")
        layer = model.unet.get_submodule(path)
        x = _input(layer)
        delta = _delta_by_running(layer, net, x)
        assert delta.abs().max() > 0  # trained: not the identity start
        if lycoris.dora_wd:
            expected = _dora_output_change(layer, saved, name, rank, x, _lora_delta)
        else:
            expected = _ia3_output_change(layer, saved, name, x)
        torch.testing.assert_close(delta, expected, atol=1e-4, rtol=1e-3)


def test_block_wise_run_writes_its_args_and_leaves_blocks_out(tiny_models, data, tmp_path):
    dims = ",".join(["4"] * 12 + ["0"] + ["4"] * 12)
    network = {"block_dims": dims, "down_lr_weight": "1,0", "up_lr_weight": "zeros+0.5"}
    run = run_training(tmp_path, config(tiny_models, data, network))
    assert run.code == 0, run.of("error")
    meta, keys = meta_and_keys(run.final)
    assert json.loads(meta["ss_network_args"]) == {
        "block_dims": dims,
        "down_lr_weight": "1,0",
        "up_lr_weight": "zeros+0.5",
    }
    assert not any(k.startswith("lora_unet_mid_block") for k in keys)  # MID: dim 0
    assert not any(k.startswith("lora_unet_down_blocks_0_attentions_0") for k in keys)  # IN01: weight 0
    assert any(k.startswith("lora_unet_up_blocks_1_attentions_1") for k in keys)  # OUT04: weight 0.5
    # groups: the text encoder, then one per U-Net block with modules, at unet_lr * weight (OUT03, OUT04: 0.5)
    lrs = run.of("metrics")[0]["lr"]
    assert lrs == [pytest.approx(1e-2), pytest.approx(5e-3), pytest.approx(5e-3)]


def test_scale_weight_norms_reports_the_max_norm_statistics(tiny_models, data, tmp_path):
    run = run_training(tmp_path, config(tiny_models, data, {"scale_weight_norms": 1e-3}))
    assert run.code == 0, run.of("error")
    metrics = run.of("metrics")
    assert all({"keys_scaled", "average_key_norm", "max_key_norm"} <= set(m) for m in metrics)
    assert metrics[-1]["keys_scaled"] > 0 and metrics[-1]["max_key_norm"] == pytest.approx(1e-3, rel=1e-3)
    # the saved deltas respect the limit
    saved = load_file(str(run.final))
    name = "lora_unet_mid_block_attentions_0_proj_in"
    delta = saved[f"{name}.lora_up.weight"].flatten(1) @ saved[f"{name}.lora_down.weight"].flatten(1)
    assert float(delta.norm() * saved[f"{name}.alpha"] / 4) <= 1e-3 * 1.001


@pytest.mark.parametrize(
    "network",
    [
        {"conv_dim": 2},
        {"network_module": "lycoris.kohya", "algo": "loha"},
        {"network_module": "lycoris.kohya", "algo": "lokr"},
        {"network_module": "lycoris.kohya", "algo": "ia3"},
        {"network_module": "lycoris.kohya", "algo": "dylora", "dylora_block_size": 2},
        {"network_module": "lycoris.kohya", "dora_wd": True},
        {"network_module": "lycoris.kohya", "use_scalar": True},
        {"network_module": "lycoris.kohya", "train_norm": True},
    ],
    ids=["locon", "loha", "lokr", "ia3", "dylora", "dora", "scalar", "train_norm"],
)
def test_network_weights_and_resume_per_network_kind(tiny_models, data, tmp_path, network):
    first = run_training(tmp_path / "first", config(tiny_models, data, network))
    assert first.code == 0, first.of("error")
    cont = run_training(tmp_path / "cont", config(tiny_models, data, {**network, "network_weights": str(first.final)}))
    assert cont.code == 0, cont.of("error")
    a, b = load_file(str(first.final)), load_file(str(cont.final))
    assert a.keys() == b.keys() and any(not torch.equal(a[k], b[k]) for k in a)
    # resume from the state saved half way ends with the same bytes as the straight run
    saving = {"save_precision": "float", "save_every_n_steps": 2, "save_state": True}
    straight = run_training(tmp_path / "straight", config(tiny_models, data, network, saving=saving))
    assert straight.code == 0, straight.of("error")
    state = next(e["state"] for e in straight.of("log") if e.get("state") and e.get("step") == 2)
    resumed = run_training(tmp_path / "resumed", config(tiny_models, data, network, saving={**saving, "resume": state}))
    assert resumed.code == 0, resumed.of("error")
    assert load_file(str(resumed.final)).keys() == load_file(str(straight.final)).keys()
    if network.get("use_scalar"):
        return  # the state holds the scalar folded into lora_up (as the file does): its Adam moments restart
    for key, value in load_file(str(straight.final)).items():
        torch.testing.assert_close(load_file(str(resumed.final))[key], value, atol=0, rtol=0)


def test_dim_from_weights_reads_conv_ranks(tiny_models, data, tmp_path):
    first = run_training(tmp_path / "first", config(tiny_models, data, {"conv_dim": 2, "network_dim": 3}))
    network = {"network_weights": str(first.final), "dim_from_weights": True, "network_dim": 8}
    cont = run_training(tmp_path / "cont", config(tiny_models, data, network))
    assert cont.code == 0, cont.of("error")
    saved = load_file(str(cont.final))
    assert saved["lora_unet_down_blocks_0_resnets_0_conv1.lora_down.weight"].shape[0] == 2
    assert saved["lora_unet_mid_block_attentions_0_proj_in.lora_down.weight"].shape[0] == 3
