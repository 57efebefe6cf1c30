"""Grid specs: TOML round trip, presets (seed 004), cells and labels, cache keys, default prompts, a run's
checkpoints from its events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dataprep.tomlio import save_toml
from training.grid_spec import (
    NO_LORA,
    PRESETS,
    GridSpec,
    GridSpecError,
    apply_preset,
    checkpoint_label,
    default_prompts,
    load_grid_spec,
    plan_grid,
    run_checkpoints,
    save_grid_spec,
)


def test_toml_round_trip_resolves_paths_and_sampler_names(tmp_path):
    (tmp_path / "runs").mkdir()
    (tmp_path / "runs" / "a-000002.safetensors").write_bytes(b"x")
    save_toml(tmp_path / "grid.toml", {"checkpoints": ["", "runs/a-000002.safetensors"], "prompts": "shs thing",
                                       "base_models": ["org/some-model"], "samplers": ["DPM++ 2M Karras"],
                                       "weights": [0.5, 1], "rows": ["checkpoint"], "columns": ["weight"]})
    spec = load_grid_spec(tmp_path / "grid.toml")
    assert spec.checkpoints == ["", str(tmp_path / "runs" / "a-000002.safetensors")]
    assert spec.base_models == ["org/some-model"] and spec.prompts == ["shs thing"]
    assert spec.samplers == ["dpmsolver++_karras"] and spec.weights == [0.5, 1.0]
    save_grid_spec(tmp_path / "again.toml", spec)
    assert load_grid_spec(tmp_path / "again.toml") == spec


@pytest.mark.parametrize(("values", "message"), [
    ({"seeds": "one"}, "seeds = 'one' is not a int list"),
    ({"prompts": []}, "prompts is empty"),
    ({"rows": ["flavour"]}, "unknown axis 'flavour'"),
    ({"rows": ["seed"], "columns": ["seed"]}, "on both rows and columns"),
    ({"steps": 0}, "steps must be 1 or more"),
    ({"tolerance": 2.0}, "tolerance is a fraction"),
])
def test_bad_specs_name_the_key(tmp_path, values, message):
    save_toml(tmp_path / "g.toml", {"prompts": ["p"], "base_models": ["m"], **values})
    with pytest.raises(GridSpecError, match=message):
        load_grid_spec(tmp_path / "g.toml")


def test_seed_004_preset_and_the_cells_it_makes():
    spec = apply_preset(GridSpec(checkpoints=["/r/tensorart.safetensors", "/r/civitai.safetensors"],
                                 prompts=["adult girl, long hair, sweater, snowing, tokyo street"],
                                 base_models=["/m/sdxl-base", "/m/juggernaut-xl", "/m/9527-detail-xl"]), "base_models")
    plan = plan_grid(spec)
    assert (len(plan.rows), len(plan.columns)) == (2, 3)
    assert plan.rows == ["tensorart", "civitai"] and plan.columns == ["sdxl-base", "juggernaut-xl", "9527-detail-xl"]
    params = plan.cells[4].params
    assert (params.checkpoint, params.base_model) == ("/r/civitai.safetensors", "/m/juggernaut-xl")
    text = params.parameters()
    assert text.splitlines()[0].endswith("<lora:civitai:0.76>") and text.splitlines()[1].startswith("Negative prompt")
    assert "Steps: 30, Sampler: DPM++ 2M Karras, CFG scale: 5, Seed: 1, Size: 896x1152, Model: juggernaut-xl" in text
    assert set(PRESETS) >= {"epochs", "weights", "base_models"}
    with pytest.raises(GridSpecError, match="no preset"):
        apply_preset(spec, "best")


def test_cache_keys_follow_the_pixels_not_the_names():
    spec = GridSpec(checkpoints=[NO_LORA, "/r/a.safetensors"], prompts=["p"], base_models=["m"], weights=[0.5, 1.0],
                    columns=["weight"])
    cells = [c.params for c in plan_grid(spec).cells]
    assert cells[0].key("") == cells[1].key("")  # no LoRA: the weight does not matter
    assert cells[2].key("h1") != cells[3].key("h1")
    assert cells[2].key("h1") != cells[2].key("h2")  # same name, other content
    renamed = GridSpec(checkpoints=["/elsewhere/b.safetensors"], prompts=["p"], base_models=["m"], weights=[0.5])
    assert plan_grid(renamed).cells[0].params.key("h1") == cells[2].key("h1")


def test_labels():
    assert checkpoint_label("/r/shs-000012.safetensors") == "epoch 12"
    assert checkpoint_label("/r/shs-step00000400.safetensors") == "step 400"
    assert checkpoint_label("/r/shs.safetensors") == "shs" and checkpoint_label(NO_LORA) == "no LoRA"


def test_default_prompts_mix_captions_and_new_contexts(tmp_path):
    images = []
    for i, caption in enumerate(["shs thing, red", "shs thing, blue", "shs thing, red", "shs thing, green"]):
        images.append(tmp_path / f"{i}.png")
        images[-1].write_bytes(b"")
        (tmp_path / f"{i}.txt").write_text(caption, encoding="utf-8")
    prompts = default_prompts(images, "shs", "thing")
    assert prompts[:2] == ["shs thing, red", "shs thing, green"]  # spread over the distinct captions
    assert prompts[2].startswith("photo of shs thing, ") and len(prompts) == 4


def test_run_checkpoints_from_events_and_files(tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    for name in ("shs-000001", "shs-000002", "shs"):
        (run / f"{name}.safetensors").write_bytes(b"x")
    lines = [{"event": "checkpoint", "path": str(run / "shs-000002.safetensors"), "epoch": 2, "step": 8},
             {"event": "checkpoint", "path": str(run / "shs-000001.safetensors"), "epoch": 1, "step": 4},
             {"event": "checkpoint", "path": str(run / "rotated-away.safetensors"), "epoch": 0, "step": 2}]
    (run / "events.jsonl").write_text("\n".join(json.dumps(e) for e in lines) + "\n", encoding="utf-8")
    found = run_checkpoints(run)
    assert [Path(c.path).name for c in found] == ["shs-000001.safetensors", "shs-000002.safetensors",
                                                   "shs.safetensors"]
    assert (found[0].epoch, found[0].step, found[2].step) == (1, 4, None)
