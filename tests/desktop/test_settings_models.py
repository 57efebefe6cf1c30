"""Settings → Models: the Hugging Face cache's models with their sizes, leftovers flagged, delete with
confirmation (a fake cache under tmp_path)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.main_window import MainWindow
from desktop.pages.settings_models import ModelsBox, size_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the fake cache layout of the registry tests
from test_model_registry import BLIP_BASE, VIT_V3, add_to_cache

TIMEOUT = 10_000


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "hf"
    add_to_cache(cache, VIT_V3, {"model.onnx": b"m" * 3_000_000, "selected_tags.csv": b"c" * 1000})
    blip = add_to_cache(cache, BLIP_BASE, {"config.json": b"{}"})  # the rest never arrived
    (blip.parents[1] / "blobs" / "abc.incomplete").write_bytes(b"p" * 2000)
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    return cache


def cells(box: ModelsBox) -> list[list[str]]:
    table = box.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_models_are_listed_with_sizes_and_incomplete_downloads(qtbot, window: MainWindow, cache: Path):
    window.show_page("settings")
    box: ModelsBox = window.pages["settings"].models_box
    qtbot.waitUntil(lambda: box.table.rowCount() == 2, timeout=TIMEOUT)
    blip, vit = cells(box)  # sorted by repo id
    assert vit == ["WD ViT tagger v3", "WD tagger", "3.0 MB", "complete"]
    assert blip[:3] == ["BLIP captioning (base)", "BLIP captioner", "2.0 KB"]
    assert blip[3] == "incomplete: 4 files missing; 2.0 KB of an interrupted download"
    assert "Missing: preprocessor_config.json" in box.table.item(0, 3).toolTip()
    assert str(cache) in box.intro.text() and box.status.text() == "2 model(s), 3.0 MB"


def test_delete_asks_first_then_removes_the_folder(qtbot, window: MainWindow, cache: Path, monkeypatch):
    box: ModelsBox = window.pages["settings"].models_box
    box.refresh()
    qtbot.waitUntil(lambda: box.table.rowCount() == 2, timeout=TIMEOUT)
    assert not box.delete_button.isEnabled()
    box.table.selectRow(1)
    folder = box.selected().path
    assert box.selected().repo_id == VIT_V3 and box.delete_button.isEnabled()
    asked: list[str] = []

    def answer(choice):
        def question(_parent, _title, text, *args, **kwargs):
            asked.append(text)
            return choice
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    box.delete_button.click()
    assert VIT_V3 in asked[0] and "3.0 MB" in asked[0] and folder.is_dir()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    box.delete_button.click()
    qtbot.waitUntil(lambda: box.table.rowCount() == 1, timeout=TIMEOUT)
    assert not folder.exists() and cells(box)[0][0] == "BLIP captioning (base)"
    assert box.status.text().startswith(f"Deleted {VIT_V3}: 3.0 MB freed.")


def test_size_text():
    assert [size_text(n) for n in (999, 1500, 2_500_000, 3_200_000_000)] == ["999 B", "1.5 KB", "2.5 MB", "3.2 GB"]
