"""The grid job on the tiny SD 1.x model: cells cached by their parameters, only new cells rendered,
live results, cancel between cells, the manifest, config errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from gridkit import make_run
from PIL import Image

from dataprep.events import Emitter, parse_event_line
from dataprep.jobs import EXIT_CANCELLED, EXIT_FAILED, EXIT_OK, JobContext, execute
from training.cli import JOBS
from training.generate import Renderer
from training.grid_job import grid_job
from training.grid_spec import NO_LORA, read_manifest, run_checkpoints


@pytest.fixture(scope="module")
def run_dir(tiny_models, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("grid") / "runs" / "shs-1"
    make_run(tiny_models.sd1, folder, epochs=2)
    return folder


@pytest.fixture
def renders(monkeypatch) -> list[int]:
    """Images rendered (counted at the pipeline call, not from the events)."""
    counted: list[int] = []
    real = Renderer.render_batch

    def counting(self, batch, check_cancelled=None):
        counted.append(len(batch))
        return real(self, batch, check_cancelled)

    monkeypatch.setattr(Renderer, "render_batch", counting)
    return counted


def run_grid(config: dict, where: Path, cancel_after: int | None = None) -> tuple[int, list[dict]]:
    box: list[JobContext] = []

    class Stream(io.StringIO):
        cells = 0

        def write(self, text: str) -> int:
            event = parse_event_line(text)
            if event and event["event"] == "result" and "cell" in event["data"]:
                self.cells += 1
                if self.cells == cancel_after:
                    box[0].cancel_event.set()
            return super().write(text)

    stream = Stream()
    ctx = JobContext("grid", config, where / "grid.toml", Emitter(stream=stream))
    box.append(ctx)
    code = execute(ctx, grid_job, listen_stdin=False)
    return code, [e for e in map(parse_event_line, stream.getvalue().splitlines()) if e]


def cells_of(events: list[dict]) -> list[dict]:
    return [e["data"]["cell"] for e in events if e["event"] == "result" and "cell" in e["data"]]


def base(tiny_models, run_dir: Path, **extra) -> dict:
    return {"base_models": [str(tiny_models.sd1)], "checkpoints": [NO_LORA, str(run_dir / "shs-000001.safetensors")],
            "prompts": ["shs thing, plain background"], "seeds": [1, 2], "rows": ["checkpoint"],
            "columns": ["prompt", "seed"], "steps": 2, "width": 64, "height": 64, "samplers": ["euler"],
            "cfgs": [5.0], "weights": [0.76], **extra}


def test_cells_render_once_and_a_new_column_renders_only_its_cells(tiny_models, run_dir, renders, tmp_path):
    assert JOBS["grid"].func is grid_job
    code, events = run_grid(base(tiny_models, run_dir), tmp_path)
    assert code == EXIT_OK, events[-1]
    (layout,) = [e["data"]["grid"] for e in events if e["event"] == "result" and "grid" in e["data"]]
    assert layout["rows"] == ["no LoRA", "epoch 1"] and layout["columns"] == [
        "shs thing, plain background · seed 1", "shs thing, plain background · seed 2"]
    first = cells_of(events)
    assert sum(renders) == 4 and not any(c["cached"] for c in first)
    assert {(c["row"], c["column"]) for c in first} == {(0, 0), (0, 1), (1, 0), (1, 1)}
    assert all(Path(c["path"]).parent == run_dir / "grids" / "cells" for c in first)
    progress = [e for e in events if e["event"] == "progress"]
    assert progress[-1]["done"] == progress[-1]["total"] == 4 and progress[-1]["unit"] == "cell"
    # the LoRA changes the picture; the seed changes the picture
    pixels = {(c["row"], c["column"]): Image.open(c["path"]).tobytes() for c in first}
    assert len(set(pixels.values())) == 4
    lora_cell = next(c for c in first if c["row"] == 1)
    assert "<lora:shs-000001:0.76>" in lora_cell["parameters"] and "Seed: " in lora_cell["parameters"]
    assert Image.open(lora_cell["path"]).info["parameters"] == lora_cell["parameters"]

    # again: nothing renders, every cell comes from the cache, same files
    renders.clear()
    code, events = run_grid(base(tiny_models, run_dir), tmp_path)
    assert code == EXIT_OK and renders == [] and all(c["cached"] for c in cells_of(events))

    # a second checkpoint and a third seed: only the 5 new cells render
    wider = base(tiny_models, run_dir, seeds=[1, 2, 3],
                 checkpoints=[NO_LORA, *(str(c.path) for c in run_checkpoints(run_dir))])
    code, events = run_grid(wider, tmp_path)
    assert code == EXIT_OK
    assert sum(renders) == 9 - 4
    cached = {(c["row"], c["column"]): c["cached"] for c in cells_of(events)}
    assert sum(cached.values()) == 4 and not cached[(2, 0)] and not cached[(0, 2)]
    # the cached cell is the very same image as before
    again = {(c["row"], c["column"]): Image.open(c["path"]).tobytes() for c in cells_of(events)}
    assert again[(1, 1)] == pixels[(1, 1)]
    manifest = read_manifest(run_dir / "grids" / "grid.json")
    assert len(manifest["cells"]) == 9 and manifest["rows"] == ["no LoRA", "epoch 1", "epoch 2"]
    assert manifest["scores"] is None


def test_other_settings_are_other_cells_and_cancel_stops_between_cells(tiny_models, run_dir, renders, tmp_path):
    config = base(tiny_models, run_dir, grid_dir=str(tmp_path / "g"), cfgs=[3.0], seeds=[5, 6, 7])
    code, events = run_grid(config, tmp_path, cancel_after=2)
    assert code == EXIT_CANCELLED and events[-1]["event"] == "cancelled"
    made = cells_of(events)
    assert len(made) == 2 and sum(renders) == 2
    assert len(list((tmp_path / "g" / "cells").glob("*.png"))) == 2
    renders.clear()
    code, events = run_grid(config, tmp_path)
    assert code == EXIT_OK and sum(renders) == 4  # the 6 cells less the 2 done


def test_config_errors_name_the_key(tiny_models, run_dir, tmp_path):
    code, events = run_grid(base(tiny_models, run_dir, seeds=[1, 2], columns=["prompt"]), tmp_path)
    assert code == EXIT_FAILED and "seeds has several values" in events[-1]["message"]
    code, events = run_grid(base(tiny_models, run_dir, colour="red"), tmp_path)
    assert code == EXIT_FAILED and "unknown key 'colour'" in events[-1]["message"]
    code, events = run_grid(base(tiny_models, run_dir, checkpoints=[str(run_dir / "gone.safetensors")]), tmp_path)
    assert code == EXIT_FAILED and "gone.safetensors: cannot read this checkpoint" in events[-1]["message"]
    code, events = run_grid(base(tiny_models, run_dir, samplers=["warp drive"]), tmp_path)
    assert code == EXIT_FAILED and events[-1]["kind"] == "config"
