"""The exported grid sheet by pixel regions: each cell region is its image, labels are drawn, hidden rows
and columns are left out, scores sit on a band; the final LoRA copy keeps its bytes and gets its card."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from gridkit import make_lora
from PIL import Image

from training.grid_export import BACKGROUND, BAND, compose_sheet, copy_final_lora, export_grid
from training.grid_spec import MANIFEST_VERSION, GridSpec, GridSpecError, plan_grid

COLOURS = [(200, 30, 30), (30, 160, 40), (40, 60, 220), (230, 200, 20), (150, 20, 150), (20, 190, 190)]


def grid_files(tmp_path: Path, size: int = 64, scores: bool = False) -> Path:
    """A 2×3 manifest whose cells are flat colours (a noise texture in cell 0 to catch resampling)."""
    spec = GridSpec(checkpoints=["", "/runs/a/shs-000004.safetensors"], prompts=["p one", "p two", "p three"],
                    base_models=["m"], columns=["prompt"], width=size, height=size)
    plan = plan_grid(spec)
    cells = []
    for i, cell in enumerate(plan.cells):
        path = tmp_path / f"cell{i}.png"
        im = Image.new("RGB", (size, size), COLOURS[i])
        if i == 0:
            im = Image.fromarray(np.random.default_rng(0).integers(0, 256, (size, size, 3), dtype=np.uint8))
        im.save(path)
        cells.append({"row": cell.row, "column": cell.column, "path": str(path)})
    score_cells = [{"clip_t": 0.3 + i / 100, "clip_i": 0.8, "diversity": 0.2} for i in range(6)]
    manifest = tmp_path / "grid.json"
    manifest.write_text(json.dumps({"version": MANIFEST_VERSION, "spec": {"width": size, "height": size},
                                    "rows": plan.rows, "columns": plan.columns, "cells": cells,
                                    "scores": {"cells": score_cells} if scores else None}), encoding="utf-8")
    return manifest


def region(im: Image.Image, box: tuple[int, int, int, int]) -> np.ndarray:
    return np.asarray(im.crop(box))


def test_png_cells_are_their_images_and_labels_are_drawn(tmp_path):
    manifest = grid_files(tmp_path)
    layout = export_grid(manifest, tmp_path / "out.png", cell_px=64, scores=False)
    sheet = Image.open(tmp_path / "out.png").convert("RGB")
    assert sheet.size == layout.size and (layout.rows, layout.columns) == (2, 3)
    for i in range(6):
        r, c = divmod(i, 3)
        expected = np.asarray(Image.open(tmp_path / f"cell{i}.png").convert("RGB"))
        assert np.array_equal(region(sheet, layout.cell_box(r, c)), expected), (r, c)
    for box in [layout.row_label_box(r) for r in range(2)] + [layout.column_label_box(c) for c in range(3)]:
        pixels = region(sheet, box).reshape(-1, 3)
        assert (pixels != BACKGROUND).any(axis=1).sum() > 20, box  # text ink, not an empty strip
    # the gap between cells stays background
    x2 = layout.cell_box(0, 0)[2]
    assert (region(sheet, (x2, layout.cell_box(0, 0)[1], x2 + 4, layout.cell_box(0, 0)[3])) == BACKGROUND).all()


def test_hidden_rows_and_columns_are_left_out_and_jpeg_is_written(tmp_path):
    manifest = grid_files(tmp_path)
    layout = export_grid(manifest, tmp_path / "out.jpg", cell_px=64, hidden_rows=[0], hidden_columns=[1], scores=False)
    assert (layout.rows, layout.columns) == (1, 2)
    sheet = Image.open(tmp_path / "out.jpg")
    assert sheet.format == "JPEG"
    # row "epoch 4" (cells 3, 5) remains: flat colours within JPEG error
    for c, i in ((0, 3), (1, 5)):
        x, y, x2, y2 = layout.cell_box(0, c)
        mean = np.asarray(sheet.convert("RGB").crop((x + 8, y + 8, x2 - 8, y2 - 8))).reshape(-1, 3).mean(axis=0)
        assert np.abs(mean - COLOURS[i]).max() < 8
    with pytest.raises(GridSpecError, match="every row or every column is hidden"):
        export_grid(manifest, tmp_path / "none.png", hidden_rows=[0, 1])
    with pytest.raises(GridSpecError, match=r"export as \.png or \.jpg"):
        export_grid(manifest, tmp_path / "out.gif")


def test_scores_sit_on_a_band_at_the_foot_of_each_cell(tmp_path):
    layout = export_grid(grid_files(tmp_path, scores=True), tmp_path / "s.png", cell_px=96)
    sheet = Image.open(tmp_path / "s.png").convert("RGB")
    x, y, x2, y2 = layout.cell_box(1, 2)
    band = region(sheet, (x, y2 - 19, x2, y2)).reshape(-1, 3)
    assert (band == BAND).all(axis=1).mean() > 0.5 and (band == (255, 255, 255)).all(axis=1).any()
    top = region(sheet, (x, y, x2, y + 40)).reshape(-1, 3)
    assert (top == COLOURS[5]).all()  # the upper part of the cell is untouched (resized flat colour)
    assert layout.top > 10  # a legend line above the grid


def test_long_labels_wrap_within_their_column(tmp_path):
    im = tmp_path / "a.png"
    Image.new("RGB", (64, 64), (0, 0, 0)).save(im)
    long = "photo of shs thing, standing on a snowy Tokyo street at night, masterpiece"
    sheet, layout = compose_sheet(["epoch 1"], [long, "short"], {(0, 0): im}, (64, 64))
    assert layout.header_h > 2 * 19  # several lines
    right = region(sheet, (layout.cell_box(0, 0)[2] + 1, 0, layout.cell_box(0, 1)[0] - 1, layout.cell_box(0, 0)[1]))
    assert (right == BACKGROUND).all()  # nothing spills into the gap


def test_final_lora_copy_keeps_the_file_and_writes_a_card(tiny_models, tmp_path):
    lora = make_lora(tiny_models.sd1, tmp_path / "run" / "shs-000003.safetensors", seed=1)
    out = copy_final_lora(lora, tmp_path / "final" / "shs", 0.76, identifier="shs", notes="CLIP-I 0.81")
    assert out == tmp_path / "final" / "shs.safetensors" and out.read_bytes() == lora.read_bytes()
    card = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert card["preferred weight"] == 0.76 and card["activation text"] == "shs"
    assert card["description"] == "epoch 3 of run" and card["sd version"] == "Unknown"  # the kit writes no version
    with pytest.raises(GridSpecError, match="not a LoRA"):
        copy_final_lora(tmp_path / "nothing.safetensors", tmp_path / "x.safetensors", 1.0)
