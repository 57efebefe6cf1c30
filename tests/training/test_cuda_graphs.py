"""precision.cuda_graphs: the U-Net's step replayed from CUDA graphs gives the eager step's output and
gradients, accumulates, follows the optimizer's updates and each new input shape; the settings that
make a step random are refused; without CUDA the run warns and trains as without graphs."""

from __future__ import annotations

import pytest
import torch
from diffusers import UNet2DConditionModel
from safetensors.torch import load_file
from trainkit import base_config, run_training

from dataprep.tomlio import ConfigFileError
from training.config import TrainConfig, validate
from training.cuda_graphs import GraphedUnet, eager_forward
from training.fp8 import move_keeping_fp8, store_in_fp8
from training.lora import LoRANetwork
from training.unet_speedups import block_checkpoint

CUDA = pytest.mark.skipif(not torch.cuda.is_available(), reason="CUDA graphs need a CUDA GPU")


def plain_config() -> TrainConfig:
    cfg = TrainConfig()
    cfg.model.pretrained_model_name_or_path, cfg.dataset.train_data_dir = "m.safetensors", "img"
    cfg.precision.cuda_graphs = True
    return cfg


def test_plain_lora_may_use_cuda_graphs():
    validate(plain_config())


@pytest.mark.parametrize(
    "change, message",
    [
        (("network", "network_dropout", 0.1), "network.network_dropout draw"),
        (("network", "rank_dropout", 0.1), "network.rank_dropout draw"),
        (("network", "module_dropout", 0.1), "network.module_dropout draw"),
        (("network", "network_module", "lycoris.kohya"), "networks.lora"),
        (("launch", "dynamo_backend", "inductor"), "compiles the whole U-Net"),
        (("precision", "fused_backward_pass", True), "inside the backward pass"),
    ],
)
def test_settings_that_change_the_step_are_refused(change, message):
    cfg = plain_config()
    section, key, value = change
    setattr(getattr(cfg, section), key, value)
    if key == "fused_backward_pass":
        cfg.optimizer.optimizer_type, cfg.precision.mixed_precision = "Adafactor", "bf16"
    with pytest.raises(ConfigFileError, match=rf"precision.cuda_graphs.*{message}"):
        validate(cfg)


def test_without_cuda_the_run_warns_and_trains_as_without_graphs(tiny_models, data, tmp_path):
    if torch.cuda.is_available():
        pytest.skip("on a CUDA machine the graphs are used; see the CUDA tests")
    cfg = base_config(tiny_models.sd1, data / "img", schedule={"max_train_steps": 2, "seed": 3})
    plain = run_training(tmp_path / "plain", cfg)
    cfg["precision"]["cuda_graphs"] = True
    graphs = run_training(tmp_path / "graphs", cfg)
    assert plain.code == graphs.code == 0, graphs.of("error")
    assert any("cuda_graphs needs a single CUDA GPU" in w["message"] for w in graphs.of("warning"))
    a, b = load_file(str(plain.final)), load_file(str(graphs.final))
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def tiny_sdxl_unet(fp8: bool) -> UNet2DConditionModel:
    torch.manual_seed(0)
    unet = UNet2DConditionModel(
        sample_size=8,
        block_out_channels=(32, 64),
        layers_per_block=1,
        cross_attention_dim=32,
        attention_head_dim=(4, 8),
        norm_num_groups=8,
        down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
        use_linear_projection=True,
        addition_embed_type="text_time",
        addition_time_embed_dim=8,
        projection_class_embeddings_input_dim=16 + 6 * 8,
    ).requires_grad_(False)
    if fp8:
        store_in_fp8(unet)
    move_keeping_fp8(unet, torch.device("cuda"), torch.bfloat16)
    unet.enable_gradient_checkpointing(block_checkpoint(False, save_rng=False))  # as the trainer does for graphs
    return unet.train()


def inputs(batch: int, size: int, seed: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, dict]:
    g = torch.Generator().manual_seed(seed)
    noisy = torch.randn(batch, 4, size, size, generator=g).cuda()
    timesteps = torch.randint(0, 1000, (batch,), generator=g).cuda()
    states = torch.randn(batch, 7, 32, generator=g).cuda()
    added = {"text_embeds": torch.randn(batch, 16, generator=g).cuda(),
             "time_ids": torch.tensor([[size * 8, size * 8, 0, 0, size * 8, size * 8]] * batch).float().cuda()}
    return noisy, timesteps, states, added


def lora(unet: UNet2DConditionModel) -> LoRANetwork:
    torch.manual_seed(1)
    net = LoRANetwork(unet, None, 4, 4.0)
    for p in net.parameters():
        torch.nn.init.normal_(p, std=0.05)
    net.apply_to()
    return net.cuda()


def steps(forward, net: LoRANetwork, batches, accumulate: int) -> tuple[list[torch.Tensor], list[torch.Tensor]]:
    """SGD steps over *batches*, *accumulate* micro-batches each; the outputs and the final LoRA weights."""
    params = list(net.parameters())
    opt = torch.optim.SGD(params, lr=0.5)
    outputs = []
    for i, (noisy, timesteps, states, added) in enumerate(batches):
        with torch.autocast("cuda", torch.bfloat16):
            pred = forward(noisy, timesteps, states, added)
        outputs.append(pred.detach().float().clone())
        pred.float().square().mean().backward()
        if (i + 1) % accumulate == 0:
            opt.step()
            opt.zero_grad(set_to_none=not isinstance(forward, GraphedUnet))
    return outputs, [p.detach().clone() for p in params]


@CUDA
@pytest.mark.parametrize("fp8", [False, True])
def test_replayed_steps_match_eager_ones_across_shapes_and_accumulation(fp8):
    # two shapes (a second bucket), accumulation over two micro-batches, weights changed between replays
    batches = [inputs(2, 16, 1), inputs(2, 16, 2), inputs(1, 24, 3), inputs(1, 24, 4), inputs(2, 16, 5),
               inputs(2, 16, 6)]
    results, initial = {}, []
    for graphs in (False, True):
        unet = tiny_sdxl_unet(fp8)
        net = lora(unet)
        initial = [p.detach().clone() for p in net.parameters()]
        logs: list[str] = []
        forward = GraphedUnet(unet, net, torch.bfloat16, logs.append) if graphs else eager_forward(unet)
        results[graphs] = steps(forward, net, batches, accumulate=2)
        if graphs:
            assert len(forward.graphs) == 2 and len(logs) == 2, logs
    (eager_out, eager_w), (graph_out, graph_w) = results[False], results[True]
    for a, b in zip(eager_out, graph_out, strict=True):
        torch.testing.assert_close(b, a, rtol=2e-2, atol=2e-2)
    assert any(not torch.equal(w, w0) for w, w0 in zip(eager_w, initial, strict=True))
    for a, b in zip(eager_w, graph_w, strict=True):
        torch.testing.assert_close(b, a, rtol=2e-2, atol=2e-3)


@CUDA
def test_a_run_with_cuda_graphs_trains_like_one_without(tiny_models, data, tmp_path):
    cfg = base_config(
        tiny_models.sdxl,
        data / "img",
        schedule={"max_train_steps": 4, "seed": 3, "gradient_accumulation_steps": 2},
        precision={"mixed_precision": "bf16", "gradient_checkpointing": True},
        network={"network_train_unet_only": True},
    )
    plain = run_training(tmp_path / "plain", cfg)
    cfg["precision"]["cuda_graphs"] = True
    graphs = run_training(tmp_path / "graphs", cfg)
    assert plain.code == graphs.code == 0, graphs.of("error")
    assert any("replayed from CUDA graphs" in e["message"] for e in graphs.of("log"))
    assert any("CUDA graphs recorded" in e["message"] for e in graphs.of("log"))
    a, b = load_file(str(plain.final)), load_file(str(graphs.final))
    assert a.keys() == b.keys()
    for k in a:
        torch.testing.assert_close(b[k], a[k], rtol=5e-2, atol=5e-3)
