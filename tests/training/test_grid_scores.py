"""Grid scores with a tiny open_clip model built here (random weights, no download), and the suggestion
rule on synthetic scores."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from gridkit import make_run
from PIL import Image, ImageDraw

from dataprep.events import Emitter, parse_event_line
from dataprep.jobs import EXIT_OK, JobContext, execute
from training.clip_scores import load_clip
from training.grid_job import grid_job
from training.grid_scores import CellScore, CheckpointSummary, diversity, score_cells, seed_groups, suggest, summarize
from training.grid_spec import NO_LORA, GridSpec, plan_grid, read_manifest


def disc(path: Path, colour: tuple[int, int, int], shift: int = 0) -> Path:
    im = Image.new("RGB", (64, 64), (240, 240, 240))
    ImageDraw.Draw(im).ellipse((10 + shift, 10, 50 + shift, 50), fill=colour)
    im.save(path)
    return path


def test_scores_measure_identity_prompt_and_spread(tiny_clip, tmp_path):
    clip = load_clip(str(tiny_clip), "cpu")
    train = [disc(tmp_path / f"t{i}.png", (200, 30, 30), shift=i) for i in range(3)]
    spec = GridSpec(checkpoints=["", "/r/a-000001.safetensors"], prompts=["a red disc"], seeds=[1, 2],
                    base_models=["m"], columns=["seed"])
    cells = [c.params for c in plan_grid(spec).cells]
    # no LoRA: two different pictures; the LoRA: the training picture twice (identity up, diversity 0)
    images = [disc(tmp_path / "b1.png", (20, 40, 200)), disc(tmp_path / "b2.png", (20, 200, 40), shift=6),
              train[1], train[1]]
    scores = score_cells(clip, images, cells, train)
    embeds = clip.embed_images(images)
    text = clip.embed_texts(["a red disc"])[0]
    assert [s.clip_t for s in scores] == pytest.approx((embeds @ text).tolist(), abs=1e-5)
    assert scores[2].clip_i > scores[0].clip_i and scores[2].clip_i > scores[1].clip_i
    assert scores[2].diversity == scores[3].diversity == pytest.approx(0.0, abs=1e-5)
    assert scores[0].diversity == scores[1].diversity == pytest.approx(1 - float(embeds[0] @ embeds[1]), abs=1e-5)
    assert scores[0].diversity > 0
    (base, lora) = summarize(cells, scores)
    assert (base.label, lora.label, lora.cells) == ("no LoRA", "epoch 1 @ 1", 2)
    assert lora.clip_i == pytest.approx(scores[2].clip_i)
    assert score_cells(clip, images[:1], cells[:1])[0].clip_i is None  # no training images: no identity


def test_diversity_and_seed_groups():
    assert diversity(np.eye(3)) == pytest.approx(1.0)
    assert diversity(np.ones((2, 4)) / 2) == pytest.approx(0.0)
    assert diversity(np.ones((1, 4))) is None
    spec = GridSpec(checkpoints=["", "x"], prompts=["a", "b"], seeds=[1, 2, 3], base_models=["m"],
                    columns=["prompt", "seed"])
    groups = seed_groups([c.params for c in plan_grid(spec).cells])
    assert groups == [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3]


def summary(checkpoint: str, clip_t: float, clip_i: float | None, weight: float = 1.0) -> CheckpointSummary:
    return CheckpointSummary(checkpoint, weight, checkpoint or "no LoRA", 4, clip_t, clip_i, 0.2)


def test_suggestion_takes_the_best_identity_that_still_follows_prompts():
    base = summary(NO_LORA, 0.30, 0.50)
    epochs = [summary("e2", 0.295, 0.70), summary("e4", 0.28, 0.78), summary("e6", 0.26, 0.90)]
    pick = suggest([base, *epochs], tolerance=0.10)  # floor 0.27: e6 overrides the prompt
    assert (pick.checkpoint, pick.floor) == ("e4", pytest.approx(0.27))
    assert "the base model without LoRA" in pick.reason and "CLIP-I 0.780" in pick.reason
    assert suggest([base, *epochs], tolerance=0.15).checkpoint == "e6"  # floor 0.255
    assert suggest([base, *epochs], tolerance=0.02).checkpoint == "e2"
    none = suggest([base, summary("e9", 0.2, 0.95)], tolerance=0.10)
    assert none.checkpoint is None and "Try earlier epochs or lower weights" in none.reason


def test_suggestion_without_a_base_row_uses_the_lowest_weight_and_without_identity_clip_t():
    cells = [summary("e4", 0.30, 0.6, weight=0.5), summary("e4", 0.25, 0.9, weight=1.0),
             summary("e4", 0.29, 0.8, weight=0.76)]
    pick = suggest(cells, tolerance=0.05)  # baseline 0.30 at weight 0.5, floor 0.285
    assert (pick.checkpoint, pick.weight, pick.baseline_clip_t) == ("e4", 0.76, pytest.approx(0.30))
    assert "lowest weight (0.5)" in pick.reason
    blind = suggest([summary("a", 0.3, None), summary("b", 0.31, None)])
    assert blind.checkpoint == "b" and "no training images" in blind.reason
    assert suggest([summary(NO_LORA, 0.3, None)]).checkpoint is None
    assert CellScore(0.1).clip_i is None


def test_the_job_scores_the_grid_and_writes_them_to_the_manifest(tiny_models, tiny_clip, tmp_path):
    make_run(tiny_models.sd1, tmp_path / "run", epochs=1)
    train = tmp_path / "img" / "2_shs thing"
    train.mkdir(parents=True)
    for i in range(2):
        disc(train / f"{i}.png", (200, 30, 30), shift=3 * i)
    config = {"base_models": [str(tiny_models.sd1)], "checkpoints": [NO_LORA, str(tmp_path / "run" /
                                                                                  "shs-000001.safetensors")],
              "prompts": ["shs thing"], "seeds": [1, 2], "columns": ["seed"], "steps": 2, "width": 64, "height": 64,
              "samplers": ["euler"], "clip_model": str(tiny_clip), "training_images": str(tmp_path / "img")}
    stream = io.StringIO()
    ctx = JobContext("grid", config, tmp_path / "grid.toml", Emitter(stream=stream))
    assert execute(ctx, grid_job, listen_stdin=False) == EXIT_OK
    events = [e for e in map(parse_event_line, stream.getvalue().splitlines()) if e]
    (scores,) = [e["data"]["scores"] for e in events if e["event"] == "result" and "scores" in e["data"]]
    assert len(scores["cells"]) == 4 and all(s["clip_i"] is not None for s in scores["cells"])
    assert [s["label"] for s in scores["summary"]] == ["no LoRA", "epoch 1 @ 1"]
    assert scores["suggestion"]["reason"]
    assert read_manifest(tmp_path / "run" / "grids" / "grid.json")["scores"] == scores
    assert any(e["event"] == "progress" and e.get("stage") == "scores" for e in events)

    # a CLIP model that cannot be loaded: the grid is still made, with a warning
    stream = io.StringIO()
    ctx = JobContext("grid", {**config, "clip_model": str(tmp_path / "no-clip")}, tmp_path / "grid.toml",
                     Emitter(stream=stream))
    assert execute(ctx, grid_job, listen_stdin=False) == EXIT_OK
    assert "No scores" in stream.getvalue()
