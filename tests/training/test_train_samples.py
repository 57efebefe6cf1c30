"""Samples during training: rendered through training.generate at the configured times, same seed → same image,
and without any effect on the trained weights."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from trainkit import Run, base_config, run_training

from dataprep.events import Emitter
from dataprep.jobs import JobContext, execute
from dataprep.tomlio import save_toml
from training.generate import Renderer, RenderSettings, load_pipeline, plan_requests
from training.prompts import read_prompt_file


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


@pytest.fixture
def prompts(tmp_path) -> Path:
    path = tmp_path / "prompts.txt"
    path.write_text("# samples\nshs, shape1, plain background --s 2\nshs, smiling --n blurry --d 42 --s 2 --l 5\n")
    return path


def config(tiny_models, dataset_dir: Path, prompts: Path | None, **sample):
    cfg = base_config(tiny_models.sd1, dataset_dir / "img", logging={"logging_dir": ""})
    if prompts is not None:
        cfg["sample"] = {"sample_prompts": str(prompts), **sample}
    return cfg


def pixels(path: str | Path) -> np.ndarray:
    return np.asarray(Image.open(path))


def test_samples_at_first_and_every_n_steps_leave_the_weights_alone(tiny_models, dataset_dir, prompts, tmp_path):
    run = run_training(
        tmp_path / "a", config(tiny_models, dataset_dir, prompts, sample_every_n_steps=2, sample_at_first=True)
    )
    assert run.code == 0, run.of("error")
    samples = run.of("sample")
    assert [(s["step"], s["index"]) for s in samples] == [(0, 0), (0, 1), (2, 0), (2, 1), (4, 0), (4, 1)]
    assert [s["reason"] for s in samples] == ["first"] * 2 + ["step"] * 4
    first, second = samples[0], samples[1]
    assert (first["seed"], second["seed"]) == (3, 42)  # the run's seed + index, or the prompt's --d
    assert (first["steps"], first["cfg"], second["cfg"], first["sampler"]) == (2, 7.5, 5.0, "euler_a")
    assert (first["width"], first["height"], second["negative_prompt"]) == (64, 64, "blurry")
    assert all(Path(s["path"]).parent == tmp_path / "a" / "samples" for s in samples)
    assert Path(samples[-1]["path"]).name == "lora-step00000004-01.png"
    assert "Seed: 42" in Image.open(second["path"]).info["parameters"]
    # the LoRA learns: the same seed gives another image later on
    assert not np.array_equal(pixels(samples[0]["path"]), pixels(samples[4]["path"]))
    plain = run_training(tmp_path / "b", config(tiny_models, dataset_dir, None))
    assert plain.final.read_bytes() == run.final.read_bytes()  # sampling does not change the training


def test_a_sample_is_what_the_generate_path_renders_for_its_seed(tiny_models, dataset_dir, prompts, tmp_path):
    run = run_training(tmp_path, config(tiny_models, dataset_dir, prompts, sample_at_first=True))
    assert run.code == 0, run.of("error")
    # before the first step the LoRA adds nothing (its up weights are zero): the base model's images
    specs = read_prompt_file(prompts).prompts
    requests = plan_requests(specs, range(2), RenderSettings(64, 64, 30, 7.5, "euler_a"), base_seed=3)
    renderer = Renderer(load_pipeline(tiny_models.sd1))
    expected = {r.request.index: np.asarray(r.image) for batch in renderer.render(requests) for r in batch}
    for sample in run.of("sample"):
        assert np.array_equal(pixels(sample["path"]), expected[sample["index"]])


def test_samples_every_n_epochs_with_another_sampler(tiny_models, dataset_dir, prompts, tmp_path):
    cfg = config(tiny_models, dataset_dir, prompts, sample_every_n_epochs=1, sample_every_n_steps=1)
    cfg["sample"]["sample_sampler"] = "ddim"
    cfg["schedule"].update(max_train_epochs=2)  # 4 images x 2 repeats / batch 2: 4 steps an epoch
    run = run_training(tmp_path, cfg)
    assert run.code == 0, run.of("error")
    assert any("sample_every_n_steps is ignored" in w["message"] for w in run.of("warning"))
    samples = run.of("sample")
    assert [(s["epoch"], s["step"], s["reason"]) for s in samples] == [(1, 4, "epoch")] * 2 + [(2, 8, "epoch")] * 2
    assert {s["sampler"] for s in samples} == {"ddim"}
    assert "Sampler: DDIM" in Image.open(samples[0]["path"]).info["parameters"]


def test_sample_command_renders_now(tiny_models, dataset_dir, prompts, tmp_path):
    """The GUI's 'Sample now': rendered at the next step with the LoRA as it is."""
    from accelerate.state import AcceleratorState

    from training.train_job import train_job

    AcceleratorState._reset_state(reset_partial_state=True)
    cfg = config(tiny_models, dataset_dir, prompts)
    save_toml(tmp_path / "run.toml", cfg)
    stream = io.StringIO()
    ctx = JobContext("train", cfg, tmp_path / "run.toml", Emitter(stream=stream), None)
    ctx.commands.put("sample")
    assert execute(ctx, train_job, listen_stdin=False) == 0
    run = Run(tmp_path, 0, [json.loads(line) for line in stream.getvalue().splitlines()])
    assert [(s["step"], s["reason"]) for s in run.of("sample")] == [(0, "request"), (0, "request")]


def test_sampling_needs_a_valid_prompt_file(tiny_models, dataset_dir, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("a cat --s lots\n")
    run = run_training(tmp_path / "a", config(tiny_models, dataset_dir, bad, sample_every_n_steps=1))
    error = run.of("error")[0]
    assert (
        error["kind"] == "config" and "--s needs a whole number" in error["message"] and "bad.txt" in error["message"]
    )
    cfg = config(tiny_models, dataset_dir, None)
    cfg["sample"] = {"sample_every_n_steps": 2}
    missing = run_training(tmp_path / "b", cfg)
    assert "need sample.sample_prompts" in missing.of("error")[0]["message"]
