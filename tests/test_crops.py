"""Crop rectangles, aspect presets, the per-project crop store and snapping a crop to its bucket."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dataprep.buckets import BucketSelector, BucketSettings
from dataprep.crops import (
    ASPECT_PRESETS,
    CROPS_FILE,
    CropFileError,
    CropStore,
    ImageEdit,
    center_crop,
    clamp_rect,
    fit_aspect,
    from_normalized,
    parse_aspect,
    snap_to_bucket,
    to_normalized,
)


def test_presets_and_parse_aspect() -> None:
    assert list(ASPECT_PRESETS) == ["free", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9"]
    assert parse_aspect("free") is None and parse_aspect(None) is None and parse_aspect("") is None
    assert parse_aspect("2:3") == (2, 3) and parse_aspect("5:4") == (5, 4)
    for bad in ("square", "0:1", "3:-2", "1:2:3"):
        with pytest.raises(ValueError, match="is not 'free' or 'width:height'"):
            parse_aspect(bad)


@pytest.mark.parametrize("name", [n for n in ASPECT_PRESETS if n != "free"])
def test_center_crop_is_the_largest_centered_rect_of_the_aspect(name: str) -> None:
    aw, ah = ASPECT_PRESETS[name]
    for size in ((3000, 2000), (2000, 3000), (1000, 1000)):
        left, top, right, bottom = center_crop(size, (aw, ah))
        w, h = right - left, bottom - top
        assert abs(w / h - aw / ah) < 0.01
        assert w == size[0] or h == size[1]  # touches two sides: the largest possible
        assert abs(left - (size[0] - right)) <= 1 and abs(top - (size[1] - bottom)) <= 1
    assert center_crop((640, 480), None) == (0, 0, 640, 480)


def test_fit_aspect_keeps_center_and_area_and_stays_inside() -> None:
    size = (1000, 800)
    rect = fit_aspect((100, 100, 500, 500), (16, 9), size)
    w, h = rect[2] - rect[0], rect[3] - rect[1]
    assert abs(w / h - 16 / 9) < 0.01 and abs(w * h - 400 * 400) / 160000 < 0.02
    assert abs((rect[0] + rect[2]) / 2 - 300) <= 1 and abs((rect[1] + rect[3]) / 2 - 300) <= 1
    edge = fit_aspect((0, 0, 1000, 800), (1, 1), size)  # too big for the image: shrinks, stays inside
    assert edge[2] - edge[0] == edge[3] - edge[1] <= 800 and edge[0] >= 0 and edge[2] <= 1000
    corner = fit_aspect((900, 700, 1000, 800), (9, 16), size)  # near the corner: shifted inside
    assert corner[2] <= 1000 and corner[3] <= 800
    assert fit_aspect((10, 10, 50, 90), None, size) == (10, 10, 50, 90)


def test_clamp_and_normalized_round_trip() -> None:
    assert clamp_rect((-5, -5, 2000, 50), (640, 480)) == (0, 0, 640, 50)
    assert clamp_rect((700, 10, 650, 10), (640, 480)) == (639, 10, 640, 11)  # at least 1×1, inside
    rect = (64, 48, 576, 432)
    assert to_normalized(rect, (640, 480)) == (0.1, 0.1, 0.9, 0.9)
    assert from_normalized(to_normalized(rect, (640, 480)), (640, 480)) == rect
    assert from_normalized((0.1, 0.1, 0.9, 0.9), (1280, 960)) == (128, 96, 1152, 864)


def test_store_saves_atomically_and_reloads(tmp_path: Path) -> None:
    inside = tmp_path / "photos" / "a.jpg"
    outside = tmp_path.parent / "elsewhere" / "b.jpg"
    store = CropStore.load(tmp_path)
    assert store.edits == {}
    assert store.set_crop(inside, (-10, 0, 500, 400), (1000, 800), "free") == (0, 0, 500, 400)
    store.set_crop(outside, (0, 0, 300, 300), (600, 300), "1:1")
    store.set_excluded(tmp_path / "photos" / "c.jpg")
    store.save()
    data = json.loads((tmp_path / CROPS_FILE).read_text())
    assert data["format_version"] == 1
    assert data["images"]["photos/a.jpg"] == {"crop": [0, 0, 500, 400], "size": [1000, 800], "aspect": "free"}
    assert data["images"]["photos/c.jpg"] == {"excluded": True}
    assert outside.as_posix() in data["images"]  # originals outside the project: absolute keys
    again = CropStore.load(tmp_path)
    assert again.get(inside).crop == (0, 0, 500, 400) and again.get(outside).aspect == "1:1"
    assert again.is_excluded(tmp_path / "photos" / "c.jpg") and not again.is_excluded(inside)
    again.set_excluded(tmp_path / "photos" / "c.jpg", False)
    again.clear_crop(inside)
    assert again.key(inside) not in again.edits and again.key(tmp_path / "photos" / "c.jpg") not in again.edits
    assert not list(tmp_path.glob(".*.tmp"))


def test_crop_follows_a_resized_original_but_not_a_reshaped_one() -> None:
    edit = ImageEdit(crop=(100, 50, 600, 550), size=(1000, 800))
    assert edit.crop_for((1000, 800)) == (100, 50, 600, 550)
    assert edit.crop_for((2000, 1600)) == (200, 100, 1200, 1100)
    assert edit.crop_for((800, 800)) is None
    assert ImageEdit().crop_for((10, 10)) is None


@pytest.mark.parametrize(("content", "words"), [
    ("{oops", "not a valid crops file"),
    ('{"images": {"a.jpg": {"crop": [1, 2, 3]}}}', "the entry for 'a.jpg' is invalid"),
    ('{"images": {"a.jpg": {"crop": [0, 0, 5, 5], "size": [9, 9], "aspect": "wide"}}}', "the entry for 'a.jpg'"),
    ('{"format_version": 99, "images": {}}', "written by a newer Danlu"),
])
def test_bad_crops_file_names_the_file_and_what_to_do(tmp_path: Path, content: str, words: str) -> None:
    (tmp_path / CROPS_FILE).write_text(content)
    with pytest.raises(CropFileError) as info:
        CropStore.load(tmp_path)
    assert str(info.value).startswith(f"{tmp_path / CROPS_FILE}: ") and words in str(info.value)


def test_a_crops_file_that_cannot_be_read_names_it(tmp_path: Path) -> None:
    (tmp_path / CROPS_FILE).mkdir()
    with pytest.raises(CropFileError) as info:
        CropStore.load(tmp_path)
    message = str(info.value)  # (Is a directory) here, (Permission denied) on Windows
    assert message.startswith(f"{tmp_path / CROPS_FILE}: cannot read the crops file (")
    assert message.endswith("). Make it a file you may read, or move it away to start the crops over.")


def test_snap_to_bucket_reports_bucket_and_cut_and_the_snapped_crop_is_not_cut() -> None:
    selector = BucketSelector(BucketSettings(resolution=(512, 512)))  # predefined buckets, like the trainer
    rect = (100, 100, 1100, 1600)  # 1000×1500, aspect 0.667
    snap = snap_to_bucket(rect, selector)
    choice = selector.select_bucket(1000, 1500)
    assert snap.bucket == choice.reso and snap.resized_size == choice.resized_size
    kept_w, kept_h = snap.kept[2] - snap.kept[0], snap.kept[3] - snap.kept[1]
    assert abs(kept_w / kept_h - snap.bucket[0] / snap.bucket[1]) < 0.01
    assert snap.cut[0] + snap.cut[2] + kept_w == pytest.approx(1000)
    assert snap.cut[1] + snap.cut[3] + kept_h == pytest.approx(1500)
    assert max(snap.cut) > 0
    assert snap.snapped == (149, 100, 1049, 1600)  # 900×1500 is exactly 384:640, centered where the trainer cuts
    again = snap_to_bucket(snap.snapped, selector)
    assert again.bucket == snap.bucket and again.resized_size == snap.bucket and again.cut == (0, 0, 0, 0)


def test_snap_without_upscale_keeps_small_crops_small() -> None:
    selector = BucketSelector(BucketSettings(resolution=(768, 768), bucket_no_upscale=True))
    snap = snap_to_bucket((0, 0, 500, 300), selector)
    assert snap.bucket == (448, 256) and snap.resized_size == (500, 300)
    assert snap.cut == (26.0, 22.0, 26.0, 22.0)
    assert snap.snapped == (26, 22, 474, 278)
    assert snap_to_bucket(snap.snapped, selector).cut == (0.0, 0.0, 0.0, 0.0)
