"""The run's command line from its [launch] settings, the kohya_ss import of them, and their validation."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import torch
from trainkit import base_config, make_images, run_training

from dataprep.tomlio import ConfigFileError
from training.config import TrainConfig, config_from_dict, validate
from training.config_import import import_kohya_gui_json
from training.launch import LAUNCHER_MODULE, train_command

TOML = Path("/runs/a/run.toml")
JOB = ["-m", "training", "train", str(TOML)]
TWO_MACHINES = "--main_process_ip=h --machine_rank=1"


def settings(launch: dict[str, object], hub: dict[str, object] | None = None) -> TrainConfig:
    return config_from_dict({
        "model": {"pretrained_model_name_or_path": "base.safetensors"},
        "dataset": {"train_data_dir": "img"},
        "precision": {"mixed_precision": "bf16"},
        "launch": launch,
        "hub": hub or {},
    })


def launch_cfg(**launch: object) -> TrainConfig:
    return settings(launch)


def test_one_process_needs_no_launcher():
    assert train_command(TrainConfig(), TOML) == [sys.executable, *JOB]
    assert train_command(launch_cfg(dynamo_backend="inductor"), TOML, python="py") == ["py", *JOB]


def test_several_processes_go_through_accelerate_launch():
    argv = train_command(launch_cfg(num_processes=2, main_process_port=29612), TOML, python="py")
    assert argv == [
        "py", "-m", LAUNCHER_MODULE,
        "--num_processes", "2", "--num_machines", "1", "--multi_gpu", "--main_process_port", "29612",
        "--mixed_precision", "bf16", "--dynamo_backend", "no",
        *JOB,
    ]  # fmt: skip


def test_gpu_ids_and_extra_arguments():
    cfg = launch_cfg(
        num_processes=4,
        num_machines=2,
        gpu_ids="0, 1",
        dynamo_backend="inductor",
        extra_accelerate_launch_args="--main_process_ip 10.0.0.2 --machine_rank 1 --rdzv_conf 'a=b c'",
    )
    validate(cfg)
    argv = train_command(cfg, TOML, python="py")
    assert argv[argv.index("--gpu_ids") + 1] == "0,1"
    assert argv[argv.index("--num_machines") + 1] == "2" and argv[argv.index("--dynamo_backend") + 1] == "inductor"
    extra = ["--main_process_ip", "10.0.0.2", "--machine_rank", "1", "--rdzv_conf", "a=b c"]
    assert argv[-len(JOB) - len(extra) : -len(JOB)] == extra
    # one process on a chosen GPU: the launcher sets CUDA_VISIBLE_DEVICES, no --multi_gpu
    single = train_command(launch_cfg(gpu_ids="1"), TOML, python="py")
    assert single[1:3] == ["-m", LAUNCHER_MODULE] and "--multi_gpu" not in single


@pytest.mark.parametrize(
    ("launch", "hub", "message"),
    [
        ({"num_machines": 2, "num_processes": 2}, {}, "--main_process_ip, --machine_rank"),
        (
            {"num_machines": 2, "num_processes": 1, "extra_accelerate_launch_args": TWO_MACHINES},
            {},
            "cannot be below num_machines",
        ),
        ({"extra_accelerate_launch_args": "--x 'unclosed"}, {}, "cannot be read as command-line arguments"),
        ({}, {"huggingface_repo_id": "a/b", "save_state_to_huggingface": True}, "save_state_on_train_end"),
    ],
)
def test_launch_and_hub_contradictions_are_errors(launch, hub, message):
    cfg = settings(launch, hub)
    with pytest.raises(ConfigFileError, match=message):
        validate(cfg, "run.toml")


def test_kohya_gui_accelerate_and_huggingface_settings_import(tmp_path):
    gui = {
        "num_processes": 2, "num_machines": 1, "multi_gpu": True, "gpu_ids": "0,1", "main_process_port": 0,
        "dynamo_backend": "inductor", "dynamo_mode": "default", "extra_accelerate_launch_args": "--same_network",
        "huggingface_repo_id": "me/lora", "huggingface_repo_type": "", "huggingface_repo_visibility": "public",
        "huggingface_path_in_repo": "v1", "huggingface_token": "hf_secret_token", "save_state_to_huggingface": False,
    }  # fmt: skip
    path = tmp_path / "kohya.json"
    path.write_text(json.dumps(gui), encoding="utf-8")
    result = import_kohya_gui_json(path)
    launch, hub = result.config.launch, result.config.hub
    assert (launch.num_processes, launch.num_machines, launch.gpu_ids) == (2, 1, "0,1")
    assert launch.main_process_port is None and launch.dynamo_backend == "inductor"
    assert launch.extra_accelerate_launch_args == "--same_network"
    assert (hub.huggingface_repo_id, hub.huggingface_repo_type) == ("me/lora", "model")
    assert (hub.huggingface_repo_visibility, hub.huggingface_path_in_repo) == ("public", "v1")
    ignored = "\n".join(result.ignored)
    assert "huggingface_token = '***'" in ignored and "hf_secret_token" not in ignored + repr(result.config)
    assert "multi_gpu" not in ignored and "dynamo_mode" not in ignored


def test_dynamo_backend_compiles_the_unet(tiny_models, tmp_path, monkeypatch):
    """The backend reaches torch.compile (recorded here: a real compile of even the tiny U-Net takes minutes on
    this CPU; with the eager backend it trained the same LoRA within 1e-5)."""
    compiled: list[tuple[torch.nn.Module, dict[str, object]]] = []

    def record(module: torch.nn.Module, **kwargs: object) -> torch.nn.Module:
        if isinstance(module, torch.nn.Module):  # libraries compile functions of their own at import
            compiled.append((module, kwargs))
        return module

    monkeypatch.setattr(torch, "compile", record)
    make_images(tmp_path / "img" / "2_shs thing", 2, seed=2)
    for backend in ("no", "eager"):
        cfg = base_config(tiny_models.sd1, tmp_path / "img", launch={"dynamo_backend": backend})
        run = run_training(tmp_path / backend, cfg)
        assert run.code == 0, run.of("error")
        assert len(compiled) == (backend == "eager")
    (module, kwargs), = compiled
    assert type(module).__name__ == "UNet2DConditionModel" and kwargs["backend"] == "eager"
    assert any("compiled with torch.compile (backend eager)" in e["message"] for e in run.of("log"))
