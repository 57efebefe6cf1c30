"""Network variants: LoCon, dropouts, max-norm, block-wise settings (sd-scripts' networks.lora) and the
LyCORIS algorithms, each checked against its formula; the LoHa/LoKr deltas are recomputed here from the
saved tensors with the published formulas, independently of the library."""

from __future__ import annotations

import math

import pytest
import torch
from torch import nn
from trainkit import load_model

from dataprep.tomlio import ConfigFileError
from training.config import NetworkSection, TrainConfig, config_from_dict, validate
from training.lora import KEY_PATTERN, LoRAModule, LoRANetwork
from training.lora_metadata import DatasetSummary, ModelFacts, static_metadata
from training.network_args import (
    LycorisOptions,
    block_index,
    block_label,
    block_plan,
    lr_weights,
    network_args,
    network_kwargs,
)


@pytest.fixture(scope="module")
def model(tiny_models):
    return load_model(tiny_models.sd1)


def test_block_index_follows_sd_scripts():
    # sd-scripts get_block_index: down 1 + 3i + j (samplers at 3i + 2), MID 12, up 13 + 3i + j
    cases = {
        "lora_unet_down_blocks_0_attentions_0_proj_in": 1,
        "lora_unet_down_blocks_0_resnets_1_conv1": 2,
        "lora_unet_down_blocks_0_downsamplers_0_conv": 3,
        "lora_unet_down_blocks_3_resnets_1_conv2": 11,
        "lora_unet_mid_block_attentions_0_proj_out": 12,
        "lora_unet_up_blocks_0_resnets_0_conv1": 13,
        "lora_unet_up_blocks_0_upsamplers_0_conv": 15,
        "lora_unet_up_blocks_3_attentions_2_proj_in": 24,
        "lora_unet_conv_in": -1,
    }
    assert {name: block_index(name) for name in cases} == cases
    assert [block_label(i) for i in (0, 11, 12, 13, 24)] == ["IN00", "IN11", "MID", "OUT00", "OUT11"]


def test_lr_weight_presets_and_threshold():
    n = 12
    sine = lr_weights("down_lr_weight", "sine", 0.0)
    assert sine == pytest.approx([math.sin(math.pi * i / (n - 1) / 2) for i in range(n)])
    assert lr_weights("up_lr_weight", "cosine+0.5", 0.0) == pytest.approx(
        [math.sin(math.pi * i / (n - 1) / 2) + 0.5 for i in reversed(range(n))]
    )
    assert lr_weights("x", "reverse_linear", 0.0)[0] == 1.0 and lr_weights("x", "linear", 0.0)[0] == 0.0
    assert lr_weights("x", "zeros+0.25", 0.0) == [0.25] * n
    assert lr_weights("x", "0.5,,2", 0.0) == [0.5, 0.0, 2.0] + [1.0] * 9  # empty = 0, short lists padded with 1
    assert lr_weights("x", "0.1,0.3", 0.2) == [0.0, 0.3] + [1.0] * 10  # at or below the threshold: 0
    with pytest.raises(ValueError, match="neither 12"):
        lr_weights("down_lr_weight", "wave", 0.0)


def test_block_plan_removes_blocks_without_lr_or_dim():
    dims = ",".join(["4"] * 12 + ["0"] + ["2"] * 12)
    net = NetworkSection(block_dims=dims, conv_dim=3, down_lr_weight="0,1,1", up_lr_weight="0.5,1")
    plan = block_plan(net)
    assert plan.dims[:3] == [0, 4, 4] and plan.dims[12] == 0 and plan.dims[13] == 2
    assert plan.conv_dims[0] == 0 and plan.conv_dims[1] == 3 and plan.conv_alphas[1] == 1.0
    assert plan.shape("lora_unet_mid_block_attentions_0_proj_in", False) is None
    assert plan.shape("lora_unet_up_blocks_0_resnets_0_conv1", True) == (3, 1.0)
    assert plan.lr_weight("lora_unet_up_blocks_0_resnets_0_conv1") == 0.5
    assert block_plan(NetworkSection()) is None
    with pytest.raises(ValueError, match="needs 25"):
        block_plan(NetworkSection(block_dims="4,4"))
    with pytest.raises(ValueError, match="act only together"):
        block_plan(NetworkSection(block_alphas=",".join(["1"] * 25)))


def test_network_args_are_written_as_sd_scripts_strings():
    net = NetworkSection(conv_dim=8, conv_alpha=4.0, rank_dropout=0.1, down_lr_weight="sine", mid_lr_weight=0.5)
    assert network_args(net) == {
        "conv_dim": "8",
        "conv_alpha": "4",
        "rank_dropout": "0.1",
        "down_lr_weight": "sine",
        "mid_lr_weight": "0.5",
    }
    ly = NetworkSection(network_module="lycoris.kohya", algo="loha", conv_dim=4, conv_alpha=1.0)
    assert network_args(ly) == {"algo": "loha", "preset": "full", "conv_dim": "4", "conv_alpha": "1"}
    assert network_args(NetworkSection()) == {}
    options = {"dora_wd": True, "use_scalar": True, "use_tucker": True, "train_norm": True}
    dora = NetworkSection(network_module="lycoris.kohya", **options)
    assert network_args(dora) == {
        "algo": "locon",
        "preset": "full",
        "use_tucker": "True",
        "dora_wd": "True",
        "use_scalar": "True",
        "train_norm": "True",
    }
    dy = NetworkSection(network_module="lycoris.kohya", algo="dylora", rank_dropout=0.2, rank_dropout_scale=True)
    assert network_args(dy) == {
        "algo": "dylora",
        "preset": "full",
        "rank_dropout_scale": "True",
        "block_size": "4",
        "rank_dropout": "0.2",
    }


def test_metadata_carries_network_args_and_dropout():
    cfg = TrainConfig()
    cfg.network.network_module, cfg.network.algo, cfg.network.network_dropout = "lycoris.kohya", "lokr", None
    cfg.network.block_dims = ""
    facts = ModelFacts("m", False, False)
    meta = static_metadata(cfg, facts, DatasetSummary(), total_steps=1, num_epochs=1, started_at=0.0, seed=1)
    assert meta["ss_network_module"] == "lycoris.kohya"
    assert meta["ss_network_args"] == '{"algo": "lokr", "preset": "full"}'
    cfg = TrainConfig()
    cfg.network.network_dropout = 0.2
    meta = static_metadata(cfg, facts, DatasetSummary(), total_steps=1, num_epochs=1, started_at=0.0, seed=1)
    assert meta["ss_network_dropout"] == "0.2" and "ss_network_args" not in meta


def test_unsupported_combinations_are_config_errors():
    def config(**network):
        data = {"model": {"pretrained_model_name_or_path": "m"}, "dataset": {"train_data_dir": "d"}}
        return config_from_dict({**data, "network": network})

    for network, message in (
        ({"network_module": "lycoris.kohya", "block_dims": ",".join(["4"] * 25)}, "'networks.lora' only"),
        ({"network_module": "lycoris.kohya", "algo": "loha", "network_dropout": 0.1}, "not implemented"),
        ({"network_module": "lycoris.kohya", "network_weights": "a.safetensors", "dim_from_weights": True}, "LyCORIS"),
        ({"block_dims": "1,2,3"}, "needs 25"),
        ({"network_module": "lycoris.kohya", "algo": "ia3", "rank_dropout": 0.1}, "not implemented by LyCORIS ia3"),
        ({"network_module": "lycoris.kohya", "algo": "dylora", "network_dropout": 0.1}, "not implemented"),
        ({"network_module": "lycoris.kohya", "algo": "ia3", "scale_weight_norms": 1.0}, "no max-norm"),
        ({"network_module": "lycoris.kohya", "algo": "ia3", "dora_wd": True}, "dora_wd works with"),
        ({"network_module": "lycoris.kohya", "algo": "ia3", "use_scalar": True}, "use_scalar has no effect"),
        ({"network_module": "lycoris.kohya", "rank_dropout_scale": True}, "set network.rank_dropout"),
        ({"network_module": "lycoris.kohya", "algo": "dylora", "network_dim": 6}, "multiples of dylora_block_size"),
        ({"down_lr_weight": "wave"}, "neither 12"),
    ):
        with pytest.raises(ConfigFileError, match=message):
            validate(config(**network))


def _randomize(module: nn.Module, seed: int = 0) -> None:
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in module.parameters():
            p.copy_(torch.randn(p.shape, generator=gen) * 0.3)


def _delta_by_running(layer: nn.Module, network: LoRANetwork, x: torch.Tensor) -> torch.Tensor:
    """The network's effect on *layer*'s output for input *x* (with the network minus without)."""
    with torch.no_grad():
        network.apply_to()
        with_net = layer(x)
        network.restore()
        return with_net - layer(x)


def _apply_weight(layer: nn.Module, weight: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    if isinstance(layer, nn.Conv2d):
        return nn.functional.conv2d(x, weight.reshape(layer.weight.shape), None, layer.stride, layer.padding)
    return x @ weight.reshape(layer.weight.shape).T


def _layer(model, path: str) -> nn.Module:
    return model.unet.get_submodule(path)


CONV = "down_blocks.0.resnets.0.conv1"
LINEAR = "down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_q"


def _input(layer: nn.Module) -> torch.Tensor:
    gen = torch.Generator().manual_seed(5)
    if isinstance(layer, nn.Conv2d):
        return torch.randn(2, layer.in_channels, 8, 8, generator=gen)
    return torch.randn(2, 6, layer.in_features, generator=gen)


def test_locon_on_3x3_convs_uses_kohya_names_and_its_delta(model):
    net = LoRANetwork(model.unet, None, 4, 2.0, conv_dim=2, conv_alpha=1.0)
    name = "lora_unet_down_blocks_0_resnets_0_conv1"
    assert name in net.unet_names and "lora_unet_up_blocks_0_upsamplers_0_conv" in net.unet_names
    assert "lora_unet_down_blocks_0_resnets_0_time_emb_proj" in net.unet_names  # linears of ResNet blocks too
    assert not any("resnets" in n for n in LoRANetwork(model.unet, None, 4, 2.0).unet_names)
    module = getattr(net, name)
    assert module.lora_down.weight.shape == (2, 32, 3, 3) and module.lora_up.weight.shape == (32, 2, 1, 1)
    assert module.scale == 0.5
    _randomize(module)
    layer = _layer(model, CONV)
    x = _input(layer)
    sd = net.state_dict()
    down, up = sd[f"{name}.lora_down.weight"], sd[f"{name}.lora_up.weight"]
    # LoCon: a 3x3 conv into rank channels, then a 1x1 mix: out = up(down(x)) * alpha / rank
    expected = nn.functional.conv2d(nn.functional.conv2d(x, down, padding=1), up) * 0.5
    torch.testing.assert_close(_delta_by_running(layer, net, x), expected, atol=1e-5, rtol=1e-4)
    # and its composed weight (what max-norm measures) acts the same
    torch.testing.assert_close(_apply_weight(layer, module.delta_weight(), x), expected, atol=1e-5, rtol=1e-4)


def test_dropouts_act_in_training_only_with_sd_scripts_semantics():
    torch.manual_seed(0)
    org = nn.Linear(6, 5)
    module = LoRAModule("lora_te_x", org, 4, 4.0, dropout=None, rank_dropout=0.5)
    _randomize(module)
    module.apply_to()
    x = torch.randn(3, 7, 6)
    module.eval()
    plain = org(x)
    torch.testing.assert_close(plain, module._org_forward(x) + module.lora_up(module.lora_down(x)))
    module.train()
    torch.manual_seed(1)
    dropped = org(x)
    torch.manual_seed(1)
    mask = (torch.rand(3, 4) > 0.5).unsqueeze(1)  # one mask per sample and rank, shared by its tokens
    expected = module._org_forward(x) + module.lora_up(module.lora_down(x) * mask) * (1.0 / 0.5)
    torch.testing.assert_close(dropped, expected)

    org = nn.Linear(6, 5)
    skipping = LoRAModule("lora_te_y", org, 4, 4.0, module_dropout=1.0)
    _randomize(skipping)
    skipping.apply_to()
    skipping.train()
    torch.testing.assert_close(org(x), skipping._org_forward(x))  # the whole module skipped
    skipping.eval()
    assert not torch.allclose(org(x), skipping._org_forward(x))

    org = nn.Linear(6, 5)
    neuron = LoRAModule("lora_te_z", org, 4, 4.0, dropout=0.5)
    _randomize(neuron)
    neuron.apply_to()
    neuron.train()
    torch.manual_seed(2)
    out = org(x)
    torch.manual_seed(2)
    lx = nn.functional.dropout(neuron.lora_down(x), p=0.5)
    torch.testing.assert_close(out, neuron._org_forward(x) + neuron.lora_up(lx))


def test_max_norm_scales_big_deltas_down_to_the_limit(model):
    net = LoRANetwork(model.unet, None, 4, 4.0, conv_dim=2, conv_alpha=2.0)
    for name in net.unet_names:
        _randomize(getattr(net, name))
    before = {n: getattr(net, n).delta_weight().norm().item() for n in net.unet_names}
    limit = sorted(before.values())[len(before) // 2]  # about half the modules are above it
    scaled, mean, biggest = net.apply_max_norm_regularization(limit)
    after = {n: getattr(net, n).delta_weight().norm().item() for n in net.unet_names}
    assert scaled == sum(v > limit for v in before.values()) > 0
    assert biggest == pytest.approx(limit, rel=1e-4)
    for n in net.unet_names:
        assert after[n] == pytest.approx(min(before[n], limit), rel=1e-4)
    assert mean == pytest.approx(sum(after.values()) / len(after), rel=1e-4)


def test_block_settings_change_which_modules_exist_and_their_lr(model):
    dims = ["0"] + ["4"] * 11 + ["2"] + ["4"] * 12
    net_cfg = NetworkSection(block_dims=",".join(dims), up_lr_weight="0,0.5", conv_block_dims=",".join(["2"] * 25))
    net = LoRANetwork(model.unet, model.text_encoder, 4, 1.0, **network_kwargs(net_cfg))
    names = set(net.unet_names)
    assert not any(n.startswith("lora_unet_up_blocks_0_resnets_0") for n in names)  # OUT00: lr weight 0
    assert "lora_unet_up_blocks_0_resnets_1_conv1" in names  # OUT01 (conv via conv_block_dims)
    assert net.lora_unet_mid_block_attentions_0_proj_in.rank == 2
    assert net.lora_unet_mid_block_resnets_0_conv1.rank == 2
    groups = net.param_groups(1e-3, 5e-4)
    lrs = {g["name"]: g["lr"] for g in groups}
    assert lrs["text_encoder"] == 5e-4 and lrs["unet_OUT01"] == pytest.approx(5e-4) and lrs["unet_MID"] == 1e-3
    assert "unet_OUT00" not in lrs
    assert sum(len(g["params"]) for g in groups) == len(list(net.parameters()))


def _loha_delta(sd: dict[str, torch.Tensor], name: str, rank: int) -> torch.Tensor:
    """LoHa (Hyeon-Woo et al.; LyCORIS): ((w1a @ w1b) * (w2a @ w2b)) * alpha / rank."""
    w1 = sd[f"{name}.hada_w1_a"] @ sd[f"{name}.hada_w1_b"]
    w2 = sd[f"{name}.hada_w2_a"] @ sd[f"{name}.hada_w2_b"]
    return w1 * w2 * (float(sd[f"{name}.alpha"]) / rank)


def _loha_tucker_delta(sd: dict[str, torch.Tensor], name: str, rank: int) -> torch.Tensor:
    """LoHa with Tucker cores: each factor is t x_1 a^T x_2 b^T (cores t of shape rank, rank, kh, kw)."""

    def factor(i: int) -> torch.Tensor:
        t, a, b = sd[f"{name}.hada_t{i}"], sd[f"{name}.hada_w{i}_a"], sd[f"{name}.hada_w{i}_b"]
        return torch.einsum("ijkl,io,jn->onkl", t, a, b)

    return factor(1) * factor(2) * (float(sd[f"{name}.alpha"]) / rank)


def _lokr_delta(sd: dict[str, torch.Tensor], name: str, rank: int) -> torch.Tensor:
    """LoKr (LyCORIS): kron(w1, w2) with w1/w2 either full or a@b; scaled by alpha / rank only when a
    factor is low-rank (a full-matrix LoKr has no rank to scale by)."""
    w1 = sd.get(f"{name}.lokr_w1")
    if w1 is None:
        w1 = sd[f"{name}.lokr_w1_a"] @ sd[f"{name}.lokr_w1_b"]
    w2 = sd.get(f"{name}.lokr_w2")
    low_rank = f"{name}.lokr_w2_a" in sd or f"{name}.lokr_w1_a" in sd
    if w2 is None:
        a, b = sd[f"{name}.lokr_w2_a"], sd[f"{name}.lokr_w2_b"]
        w2 = a @ b.flatten(1)
        w2 = w2.reshape(a.shape[0], *b.shape[1:])
    if w2.dim() > w1.dim():  # conv: w1 (out1, in1) times w2 (out2, in2, kh, kw)
        w1 = w1[..., None, None]
    scale = float(sd[f"{name}.alpha"]) / rank if low_rank else 1.0
    return torch.kron(w1, w2) * scale


@pytest.mark.parametrize(
    ("algo", "path", "rank", "tucker", "formula"),
    [
        ("loha", LINEAR, 4, False, _loha_delta),
        ("loha", CONV, 2, False, _loha_delta),
        ("loha", CONV, 2, True, _loha_tucker_delta),
        ("lokr", LINEAR, 2, False, _lokr_delta),
        ("lokr", CONV, 2, False, _lokr_delta),
        ("lokr", "up_blocks.0.resnets.0.conv1", 2, False, _lokr_delta),
    ],
    ids=["loha-linear", "loha-conv", "loha-conv-tucker", "lokr-linear", "lokr-conv", "lokr-conv-wide"],
)
def test_lycoris_saved_tensors_give_the_trained_delta(model, algo, path, rank, tucker, formula):
    net = LoRANetwork(
        model.unet, None, rank, 1.0, conv_dim=rank, conv_alpha=1.0, lycoris=LycorisOptions(algo, use_tucker=tucker)
    )
    name = "lora_unet_" + path.replace(".", "_")
    module = getattr(net, name)
    _randomize(module, seed=3)
    sd = {k: v.detach() for k, v in net.state_dict().items()}
    assert all(KEY_PATTERN.match(k) for k in sd), [k for k in sd if not KEY_PATTERN.match(k)][:3]
    layer = _layer(model, path)
    x = _input(layer)
    expected = _apply_weight(layer, formula(sd, name, rank), x)
    torch.testing.assert_close(_delta_by_running(layer, net, x), expected, atol=1e-4, rtol=1e-3)


def test_lycoris_presets_pick_their_layers(model):
    def names(preset: str, conv_dim: int = 0) -> set[str]:
        net = LoRANetwork(
            model.unet, model.text_encoder, 2, 1.0, conv_dim=conv_dim, lycoris=LycorisOptions("locon", preset)
        )
        return set(net.unet_names) | set(net.te_names)

    full = names("full")
    assert {"lora_unet_conv_in", "lora_unet_time_embedding_linear_1", "lora_unet_down_blocks_0_resnets_0_conv1"} <= full
    assert any(n.startswith("lora_te_text_model_encoder_layers_0") for n in full)
    assert not any(n.endswith("conv1") for n in names("full-lin"))
    # LyCORIS' transformer-only preset also lists the TimestepEmbedding class (for Anima)
    transformer_only = {n for n in names("unet-transformer-only") if "time_embedding" not in n}
    assert transformer_only == {n for n in full if "attentions" in n and n.startswith("lora_unet")}
    assert not any(n.startswith("lora_te") or "attentions" in n for n in names("unet-convblock-only"))


def test_loading_another_network_kinds_file_says_which_kind_it_is(model):
    loha = LoRANetwork(model.unet, None, 2, 1.0, lycoris=LycorisOptions("loha", "attn-mlp"))
    lora = LoRANetwork(model.unet, None, 2, 1.0)
    with pytest.raises(ValueError, match="holds LoHa tensors"):
        lora.load_kohya_state_dict(loha.state_dict(), "loha.safetensors")
    with pytest.raises(ValueError, match="holds LoRA/LoCon tensors"):
        loha.load_kohya_state_dict(lora.state_dict(), "lora.safetensors")
    locon = LoRANetwork(model.unet, None, 2, 1.0, conv_dim=2)
    with pytest.raises(ValueError, match="conv_dim, preset"):
        lora.load_kohya_state_dict(locon.state_dict(), "locon.safetensors")


def _dora_weight(w: torch.Tensor, delta: torch.Tensor, m: torch.Tensor) -> torch.Tensor:
    """DoRA (Liu et al. 2024) as LyCORIS defines it (wd_on_out): W' = m * (W + dW) / ||W + dW||, the norm
    taken per output channel (over all other axes), m the saved ``dora_scale`` of shape (out, 1, ...)."""
    merged = w + delta.reshape(w.shape)
    norm = merged.reshape(merged.shape[0], -1).norm(dim=1).reshape(-1, *[1] * (w.dim() - 1))
    return m.reshape(norm.shape) * merged / norm


def _lora_delta(sd: dict[str, torch.Tensor], name: str, rank: int) -> torch.Tensor:
    """LoRA/LoCon: up @ down * alpha / rank (a 3x3 down composes with the 1x1 up), flattened per output."""
    up, down = sd[f"{name}.lora_up.weight"].flatten(1), sd[f"{name}.lora_down.weight"]
    return (up @ down.flatten(1)) * float(sd[f"{name}.alpha"]) / rank


def _dora_output_change(layer: nn.Module, sd: dict, name: str, rank: int, x: torch.Tensor, formula) -> torch.Tensor:
    """The change of *layer*'s output for *x* when its weight becomes the DoRA weight of the saved tensors."""
    w = layer.weight.detach()
    return _apply_weight(layer, _dora_weight(w, formula(sd, name, rank), sd[f"{name}.dora_scale"]) - w, x)


def _ia3_output_change(layer: nn.Module, sd: dict, name: str, x: torch.Tensor) -> torch.Tensor:
    """(IA)^3 (Liu et al. 2022), LyCORIS' form: W' = W * (1 + l) per output channel, so the output changes by
    l times the bias-free product."""
    l_vec = sd[f"{name}.weight"].flatten()
    if isinstance(layer, nn.Conv2d):
        product = nn.functional.conv2d(x, layer.weight, None, layer.stride, layer.padding)
        return product * l_vec[None, :, None, None]
    return (x @ layer.weight.T) * l_vec


@pytest.mark.parametrize(
    ("algo", "path", "formula"),
    [
        ("locon", LINEAR, None),
        ("locon", CONV, None),
        ("loha", LINEAR, _loha_delta),
        ("lokr", CONV, _lokr_delta),
    ],
    ids=["locon-linear", "locon-conv", "loha-linear", "lokr-conv"],
)
def test_dora_saved_tensors_give_the_trained_output(model, algo, path, formula):
    net = LoRANetwork(model.unet, None, 2, 1.0, conv_dim=2, lycoris=LycorisOptions(algo, dora_wd=True))
    name = "lora_unet_" + path.replace(".", "_")
    layer = _layer(model, path)
    # the magnitude starts at the base weight's per-output-channel norm
    start = getattr(net, name).dora_scale.detach().flatten()
    torch.testing.assert_close(start, layer.weight.detach().flatten(1).norm(dim=1))
    _randomize(getattr(net, name), seed=4)
    sd = {k: v.detach() for k, v in net.state_dict().items()}
    assert all(KEY_PATTERN.match(k) for k in sd) and f"{name}.dora_scale" in sd
    x = _input(layer)
    expected = _dora_output_change(layer, sd, name, 2, x, formula or _lora_delta)
    torch.testing.assert_close(_delta_by_running(layer, net, x), expected, atol=1e-4, rtol=1e-3)


@pytest.mark.parametrize("path", [LINEAR, CONV])
def test_ia3_scales_each_output_channel_by_its_saved_weight(model, path):
    net = LoRANetwork(model.unet, None, 2, 1.0, lycoris=LycorisOptions("ia3"))
    name = "lora_unet_" + path.replace(".", "_")
    assert not any(p.any() for p in getattr(net, name).parameters())  # starts as the identity
    _randomize(getattr(net, name), seed=6)
    sd = {k: v.detach() for k, v in net.state_dict().items()}
    assert all(KEY_PATTERN.match(k) for k in sd) and int(sd[f"{name}.on_input"]) == 0
    layer = _layer(model, path)
    x = _input(layer)
    expected = _ia3_output_change(layer, sd, name, x)
    torch.testing.assert_close(_delta_by_running(layer, net, x), expected, atol=1e-4, rtol=1e-3)


def test_use_scalar_starts_both_factors_random_and_saves_the_scalar_folded_in(model):
    net = LoRANetwork(model.unet, None, 2, 1.0, lycoris=LycorisOptions("locon", use_scalar=True))
    name = "lora_unet_" + LINEAR.replace(".", "_")
    module = getattr(net, name)
    assert module.lora_up.weight.abs().sum() > 0 and float(module.scalar.detach()) == 0.0
    layer = _layer(model, LINEAR)
    x = _input(layer)
    assert _delta_by_running(layer, net, x).abs().max() == 0  # scalar 0: no change at the start
    with torch.no_grad():
        module.scalar.fill_(0.3)
    sd = {k: v.detach() for k, v in net.state_dict().items()}
    assert all(KEY_PATTERN.match(k) for k in sd) and f"{name}.scalar" not in sd
    delta = sd[f"{name}.lora_up.weight"] @ sd[f"{name}.lora_down.weight"] * float(sd[f"{name}.alpha"]) / 2
    torch.testing.assert_close(_delta_by_running(layer, net, x), _apply_weight(layer, delta, x), atol=1e-5, rtol=1e-4)


def test_rank_dropout_scale_divides_by_the_kept_fraction(model):
    def weight(scale: bool) -> tuple[torch.Tensor, torch.Tensor]:
        net = LoRANetwork(
            model.unet, None, 2, 1.0, rank_dropout=0.5, lycoris=LycorisOptions("locon", rank_dropout_scale=scale)
        )
        module = getattr(net, "lora_unet_" + LINEAR.replace(".", "_"))
        _randomize(module, seed=7)
        module.eval()
        full = module.make_weight()
        module.train()
        torch.manual_seed(11)
        return full, module.make_weight()

    full, dropped = weight(False)
    _, rescaled = weight(True)
    kept = dropped.abs().sum(dim=1) > 0  # LyCORIS drops whole rows of the rebuilt delta
    assert 0 < int(kept.sum()) < kept.numel()
    torch.testing.assert_close(dropped, full * kept[:, None])
    torch.testing.assert_close(rescaled, full * kept[:, None] / kept.float().mean())


def test_dylora_saves_a_plain_lora_file(model):
    options = LycorisOptions("dylora", "attn-mlp", block_size=2)
    dylora = LoRANetwork(model.unet, model.text_encoder, 4, 2.0, lycoris=options)
    _randomize(dylora, seed=8)
    sd = {k: v.detach() for k, v in dylora.state_dict().items()}
    lora = LoRANetwork(model.unet, model.text_encoder, 4, 2.0)
    # attn-mlp also lists the TimestepEmbedding class (for Anima); the rest are sd-scripts' LoRA layers
    sd = {k: v for k, v in sd.items() if "time_embedding" not in k}
    assert sd.keys() == lora.state_dict().keys()
    lora.load_kohya_state_dict(sd, "dylora.safetensors")  # a kohya DyLoRA file is a LoRA of the full rank
    name = "lora_unet_" + LINEAR.replace(".", "_")
    up, down = sd[f"{name}.lora_up.weight"], sd[f"{name}.lora_down.weight"]
    torch.testing.assert_close(getattr(lora, name).delta_weight(), up @ down * 2.0 / 4)
    # its rank blocks: the module trains prefixes of block_size ranks
    module = getattr(dylora, name)
    assert module.block_count == 2 and len(module.up_list) == 2
    # and the file loads back into a DyLoRA network (resume, network_weights) block by block
    again = LoRANetwork(model.unet, model.text_encoder, 4, 2.0, lycoris=options)
    again.load_state_dict(dylora.state_dict(), strict=True)
    torch.testing.assert_close(getattr(again, name).up_list[1], module.up_list[1].detach())
    torch.testing.assert_close(getattr(again, name).down_list[0], module.down_list[0].detach())


def test_unet_only_preset_is_full_without_the_text_encoder(model):
    def names(preset: str) -> set[str]:
        net = LoRANetwork(model.unet, model.text_encoder, 2, 1.0, lycoris=LycorisOptions("locon", preset))
        return set(net.unet_names) | set(net.te_names)

    full = names("full")
    assert names("unet-only") == {n for n in full if n.startswith("lora_unet")}


def test_train_norm_adds_its_saved_deltas_to_the_norm_weight_and_bias(model):
    net = LoRANetwork(model.unet, model.text_encoder, 2, 1.0, lycoris=LycorisOptions("locon", train_norm=True))
    without = LoRANetwork(model.unet, model.text_encoder, 2, 1.0, lycoris=LycorisOptions("locon"))
    added = set(net.unet_names) - set(without.unet_names)
    path = "down_blocks.0.attentions.0.transformer_blocks.0.norm1"
    name = "lora_unet_" + path.replace(".", "_")
    assert name in added and "lora_unet_down_blocks_0_resnets_0_norm1" in added
    _randomize(getattr(net, name), seed=9)
    sd = {k: v.detach() for k, v in net.state_dict().items()}
    assert all(KEY_PATTERN.match(k) for k in sd) and {f"{name}.w_norm", f"{name}.b_norm"} <= sd.keys()
    layer = _layer(model, path)
    x = torch.randn(2, 6, layer.normalized_shape[0], generator=torch.Generator().manual_seed(2))
    # LyCORIS' norm module: the norm with weight + w_norm and bias + b_norm
    w, b = layer.weight.detach(), layer.bias.detach()
    expected = nn.functional.layer_norm(x, layer.normalized_shape, w + sd[f"{name}.w_norm"], b + sd[f"{name}.b_norm"])
    expected = expected - nn.functional.layer_norm(x, layer.normalized_shape, w, b, layer.eps)
    torch.testing.assert_close(_delta_by_running(layer, net, x), expected, atol=1e-4, rtol=1e-3)
