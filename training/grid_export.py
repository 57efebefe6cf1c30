"""A rendered grid as one labelled picture (PNG to keep, JPEG to share), and the chosen checkpoint copied
out as the final LoRA.

The picture: row labels on the left, column labels on top (wrapped, so prompts fit), cells in a
regular raster with a gap, the title above; optionally each cell's scores on a dark band at its foot.
Hidden rows and columns are left out. Cells not rendered (a cancelled grid) stay background grey.
"""

from __future__ import annotations

import json
import shutil
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dataprep.fsutil import atomic_write_bytes, atomic_write_text
from dataprep.phrases import Phrase
from training.grid_spec import GridSpecError, checkpoint_label, read_manifest

BACKGROUND = (255, 255, 255)
MISSING = (226, 226, 226)
TEXT = (30, 30, 30)
BAND = (20, 20, 20)
GAP = 6
PAD = 10
FONT_SIZE = 15


def _font(size: int) -> Any:
    from PIL import ImageFont

    return ImageFont.load_default(size=size)


def _wrap(text: str, font: Any, width: int) -> list[str]:
    """Lines of *text* no wider than *width* pixels (by average character width, then checked)."""
    chars = max(4, int(width / max(1.0, font.getlength("abcdefghij") / 10)))
    lines = textwrap.wrap(text, chars) or [""]
    while chars > 4 and max(font.getlength(line) for line in lines) > width:
        chars -= 1
        lines = textwrap.wrap(text, chars)
    return lines[:4] if len(lines) <= 4 else [*lines[:3], lines[3][: max(1, chars - 1)] + "…"]


@dataclass(frozen=True)
class SheetLayout:
    """Where everything lies on the exported sheet (the tests check pixels by these boxes)."""

    cell_w: int
    cell_h: int
    label_w: int
    header_h: int
    top: int  # below the title
    rows: int
    columns: int

    @property
    def size(self) -> tuple[int, int]:
        return (self.label_w + self.columns * (self.cell_w + GAP) + PAD,
                self.top + self.header_h + self.rows * (self.cell_h + GAP) + PAD)

    def cell_box(self, row: int, column: int) -> tuple[int, int, int, int]:
        x = self.label_w + column * (self.cell_w + GAP)
        y = self.top + self.header_h + row * (self.cell_h + GAP)
        return x, y, x + self.cell_w, y + self.cell_h

    def row_label_box(self, row: int) -> tuple[int, int, int, int]:
        _, y, _, y2 = self.cell_box(row, 0)
        return PAD, y, self.label_w - GAP, y2

    def column_label_box(self, column: int) -> tuple[int, int, int, int]:
        x, y, x2, _ = self.cell_box(0, column)
        return x, self.top, x2, y - GAP


def compose_sheet(row_labels: Sequence[str], column_labels: Sequence[str], images: dict[tuple[int, int], Path],
                  cell_size: tuple[int, int], overlays: dict[tuple[int, int], str] | None = None, title: str = ""
                  ) -> tuple[Any, SheetLayout]:
    """The sheet for the given labels; *images* and *overlays* keyed by (row, column) of these labels."""
    from PIL import Image, ImageDraw

    font, small = _font(FONT_SIZE), _font(FONT_SIZE - 2)
    cell_w, cell_h = cell_size
    line_h = FONT_SIZE + 4
    label_w = PAD + min(260, max([int(font.getlength(t)) for t in row_labels] + [40])) + 2 * GAP
    row_lines = [_wrap(t, font, label_w - PAD - GAP) for t in row_labels]
    col_lines = [_wrap(t, font, cell_w - 4) for t in column_labels]
    header_h = max([len(lines) for lines in col_lines] + [1]) * line_h + GAP
    top = PAD + (line_h + GAP if title else 0)
    layout = SheetLayout(cell_w, cell_h, label_w, header_h, top, len(row_labels), len(column_labels))
    sheet = Image.new("RGB", layout.size, BACKGROUND)
    draw = ImageDraw.Draw(sheet)
    if title:
        draw.text((PAD, PAD), title, fill=TEXT, font=font)
    for c, lines in enumerate(col_lines):
        x, y, x2, y2 = layout.column_label_box(c)
        for i, line in enumerate(lines):
            y_line = y2 - (len(lines) - i) * line_h
            draw.text((x + (cell_w - font.getlength(line)) / 2, y_line), line, fill=TEXT, font=font)
    for r, lines in enumerate(row_lines):
        x, y, x2, y2 = layout.row_label_box(r)
        y0 = (y + y2) / 2 - len(lines) * line_h / 2
        for i, line in enumerate(lines):
            draw.text((x2 - font.getlength(line), y0 + i * line_h), line, fill=TEXT, font=font)
    for r in range(layout.rows):
        for c in range(layout.columns):
            box = layout.cell_box(r, c)
            path = images.get((r, c))
            if path is not None and Path(path).is_file():
                with Image.open(path) as im:
                    sheet.paste(im.convert("RGB").resize(cell_size, Image.Resampling.LANCZOS), box[:2])
            else:
                draw.rectangle((box[0], box[1], box[2] - 1, box[3] - 1), fill=MISSING)
            text = (overlays or {}).get((r, c))
            if text:
                band = line_h
                draw.rectangle((box[0], box[3] - band, box[2] - 1, box[3] - 1), fill=BAND)
                draw.text((box[0] + 4, box[3] - band + 2), text, fill=(255, 255, 255), font=small)
    return sheet, layout


def score_text(score: dict[str, Any] | None) -> str:
    """A cell's scores, short: ``T 0.312  I 0.804  D 0.21``."""
    if not score:
        return ""
    parts = [f"T {score['clip_t']:.3f}"]
    if score.get("clip_i") is not None:
        parts.append(f"I {score['clip_i']:.3f}")
    if score.get("diversity") is not None:
        parts.append(f"D {score['diversity']:.2f}")
    return "  ".join(parts)


def export_grid(manifest: Path, out: Path, cell_px: int = 256, hidden_rows: Sequence[int] = (),
                hidden_columns: Sequence[int] = (), scores: bool = True, quality: int = 90) -> SheetLayout:
    """Write the grid of *manifest* to *out* (``.png``, or ``.jpg``/``.jpeg``); cells *cell_px* on their long
    side, in the cells' aspect ratio."""
    from io import BytesIO

    data = read_manifest(manifest)
    fmt = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}.get(out.suffix.lower())
    if fmt is None:
        raise GridSpecError(Phrase("{path}: export as .png or .jpg.", path=str(out)))
    rows = [r for r in range(len(data["rows"])) if r not in set(hidden_rows)]
    columns = [c for c in range(len(data["columns"])) if c not in set(hidden_columns)]
    if not rows or not columns:
        raise GridSpecError(Phrase("every row or every column is hidden: nothing to export."))
    spec = data["spec"]
    scale = cell_px / max(spec["width"], spec["height"])
    cell_size = (max(1, round(spec["width"] * scale)), max(1, round(spec["height"] * scale)))
    images, overlays = {}, {}
    cell_scores = (data.get("scores") or {}).get("cells") or []
    for i, cell in enumerate(data["cells"]):
        if cell["row"] in rows and cell["column"] in columns:
            where = (rows.index(cell["row"]), columns.index(cell["column"]))
            images[where] = Path(cell["path"])
            if scores and i < len(cell_scores):
                overlays[where] = score_text(cell_scores[i])
    title = ""
    if cell_scores and scores:
        title = "T = CLIP-T (prompt)   I = CLIP-I (identity)   D = diversity across seeds"
    sheet, layout = compose_sheet([data["rows"][r] for r in rows], [data["columns"][c] for c in columns], images,
                                  cell_size, overlays, title)
    buffer = BytesIO()
    sheet.save(buffer, fmt, **({"quality": quality, "optimize": True} if fmt == "JPEG" else {"optimize": True}))
    atomic_write_bytes(out, buffer.getvalue())
    return layout


def _sd_version(lora: Path) -> str:
    """A1111's "sd version" of a LoRA card, from sd-scripts' ``ss_base_model_version``."""
    from safetensors import safe_open

    try:
        with safe_open(str(lora), framework="pt") as fh:
            version = (fh.metadata() or {}).get("ss_base_model_version", "")
    except Exception:  # an unreadable header only costs the card its version
        version = ""
    return "SDXL" if version.startswith("sdxl") else "SD2" if version.startswith("sd_v2") else \
        "SD1" if version.startswith("sd_v1") else "Unknown"


def copy_final_lora(checkpoint: Path, destination: Path, weight: float, identifier: str = "",
                    notes: str = "") -> Path:
    """Copy the chosen checkpoint (its ``ss_*`` training metadata unchanged) to *destination*, with the
    sidecar ``.json`` that A1111/Forge's LoRA cards read: preferred weight, activation text, notes."""
    checkpoint, destination = Path(checkpoint), Path(destination)
    if checkpoint.suffix.lower() != ".safetensors" or not checkpoint.is_file():
        raise GridSpecError(Phrase("{path}: not a LoRA .safetensors file that exists.", path=str(checkpoint)))
    if destination.suffix.lower() != ".safetensors":
        destination = destination.with_suffix(".safetensors")
    destination.parent.mkdir(parents=True, exist_ok=True)
    if destination.resolve() != checkpoint.resolve():
        partial = destination.with_name(destination.name + ".partial")
        shutil.copyfile(checkpoint, partial)
        partial.replace(destination)
    card = {"description": f"{checkpoint_label(str(checkpoint))} of {checkpoint.parent.name}",
            "sd version": _sd_version(checkpoint), "activation text": identifier, "preferred weight": weight,
            "notes": notes}
    atomic_write_text(destination.with_suffix(".json"), json.dumps(card, ensure_ascii=False, indent=1))
    return destination
