"""Thumbnail cache: upright, flattened, fitted; cached by file state; the job on all cores."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image
from test_image_scan import run_job
from test_prepare import rotated_jpeg

from dataprep import thumbnails
from dataprep.image_import import ImageReadError
from dataprep.jobs import EXIT_OK
from dataprep.thumbnails import ensure_thumbnail, render_thumbnail, thumbnail_path, thumbnails_job


def test_thumbnail_is_upright_and_fitted(tmp_path: Path) -> None:
    rotated_jpeg(tmp_path / "rot.jpg")
    (tmp_path / "thumb.jpg").write_bytes(render_thumbnail(tmp_path / "rot.jpg", 128))
    with Image.open(tmp_path / "thumb.jpg") as thumb:
        assert thumb.size == (85, 128)
        top, bottom = thumb.getpixel((42, 20)), thumb.getpixel((42, 110))
        assert top[0] > 230 and top[2] < 30 and bottom[2] > 230 and bottom[0] < 30


def test_transparent_png_thumbnail_is_flattened_on_white(tmp_path: Path) -> None:
    Image.new("RGBA", (300, 200), (0, 0, 0, 0)).save(tmp_path / "clear.png")
    (tmp_path / "t.jpg").write_bytes(render_thumbnail(tmp_path / "clear.png", 64))
    with Image.open(tmp_path / "t.jpg") as thumb:
        assert thumb.size == (64, 43) and min(thumb.getpixel((30, 20))) > 250


def test_thumbnail_is_cached_until_the_original_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    image = tmp_path / "a.png"
    Image.new("RGB", (100, 100), "red").save(image)
    first = ensure_thumbnail(tmp_path / "cache", image, 32)
    assert first == thumbnail_path(tmp_path / "cache", image, 32) and first.is_file()
    calls: list[Path] = []
    monkeypatch.setattr(thumbnails, "render_thumbnail", lambda p, s: calls.append(p) or b"jpeg")
    assert ensure_thumbnail(tmp_path / "cache", image, 32) == first and calls == []
    os.utime(image, ns=(5, 5))
    second = ensure_thumbnail(tmp_path / "cache", image, 32)
    assert second != first and calls == [image]


def test_broken_image_raises_a_read_error_that_is_an_oserror(tmp_path: Path) -> None:
    (tmp_path / "x.png").write_text("text")
    with pytest.raises(ImageReadError) as info:
        render_thumbnail(tmp_path / "x.png")
    assert isinstance(info.value, OSError) and info.value.kind == "not-image"


def test_thumbnails_job_on_all_cores(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for i in range(17):
        Image.new("RGB", (400 + i, 300), (i * 12, 50, 50)).save(src / f"{i:02d}.jpg")
    (src / "zz.jpg").write_bytes(b"")
    rc, events = run_job(thumbnails_job, {"source": "src", "cache": "cache", "size": 64, "workers": 2}, tmp_path)
    assert rc == EXIT_OK
    results = [e["data"] for e in events if e["event"] == "result"]
    assert len(results) == 17 and all(Path(r["thumbnail"]).is_file() for r in results)
    (warning,) = [e for e in events if e["event"] == "warning"]
    assert warning["message"] == (f"{src / 'zz.jpg'}: the file is empty (0 bytes), as after a failed download or "
                                  f"copy. Copy the image again from its source, or delete this file. It is skipped.")
    assert [e["done"] for e in events if e["event"] == "progress"] == list(range(19))


def test_thumbnails_job_skips_loss_masks(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    Image.new("RGB", (40, 30), "red").save(src / "a.jpg")
    Image.new("L", (40, 30), 255).save(src / "a_mask.png")
    rc, events = run_job(thumbnails_job, {"source": "src", "cache": "cache", "size": 16, "workers": 1}, tmp_path)
    assert rc == EXIT_OK
    assert [Path(e["data"]["image"]).name for e in events if e["event"] == "result"] == ["a.jpg"]
