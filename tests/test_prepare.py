"""The prepare job: geometry, output files and captions, resume, cancel, bad files, originals untouched."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from test_image_quality import scene
from test_image_scan import digest, run_job
from test_imagefiles import locked

from dataprep import fsutil
from dataprep.buckets import BucketSelector, BucketSettings
from dataprep.crops import CropStore, ImageEdit
from dataprep.events import parse_event_line
from dataprep.jobs import EXIT_CANCELLED, EXIT_FAILED, EXIT_OK
from dataprep.prepare import REPORT_FILE, bucket_histogram, planned_sizes, prepare_job, prepared_sizes
from dataprep.prepare_manifest import MANIFEST_FILE
from dataprep.prepare_options import Geometry, PrepareOptions, plan_geometry
from dataprep.prepare_render import render

REPO = Path(__file__).resolve().parents[1]


def quadrants(size: tuple[int, int]) -> Image.Image:
    """Red, green / blue, white quadrants: shows which part of the original an output came from."""
    w, h = size
    im = Image.new("RGB", size, (255, 0, 0))
    im.paste((0, 255, 0), (w // 2, 0, w, h // 2))
    im.paste((0, 0, 255), (0, h // 2, w // 2, h))
    im.paste((255, 255, 255), (w // 2, h // 2, w, h))
    return im


def rotated_jpeg(path: Path) -> None:
    """Stored 1200×800 with the left half red; EXIF says rotate 90° clockwise → upright 800×1200, red on top."""
    stored = Image.new("RGB", (1200, 800), (255, 0, 0))
    stored.paste((0, 0, 255), (600, 0, 1200, 800))
    exif = Image.Exif()
    exif[0x0112] = 6
    stored.save(path, quality=95, exif=exif.tobytes())


@pytest.fixture
def originals(tmp_path: Path) -> Path:
    src = tmp_path / "originals"
    (src / "sub").mkdir(parents=True)
    scene(1, (1600, 1200)).save(src / "a.jpg", quality=92)
    (src / "a.txt").write_bytes("1girl, red scarf\r\n".encode("utf-8-sig"))  # BOM + CRLF: copied byte for byte
    Image.new("RGBA", (800, 800), (255, 0, 0, 0)).save(src / "b.png")
    rotated_jpeg(src / "rot.jpg")
    (src / "bad.png").write_text("just text")
    quadrants((600, 400)).save(src / "sub" / "c.jpg", quality=95)
    return src


def config(src: Path, out: Path, **extra: object) -> dict[str, object]:
    return {"source": str(src), "output": str(out), "recursive": True, "max_side": 512, "workers": 1, **extra}


# ------------------------------------------------------------------------------------------ geometry


def test_geometry_max_side_never_upscales_unless_asked() -> None:
    opts = PrepareOptions(crop="none", max_side=768)
    assert plan_geometry((3000, 2000), None, opts) == Geometry((0, 0, 3000, 2000), (768, 512))
    assert plan_geometry((500, 400), None, opts).size == (500, 400)
    assert plan_geometry((500, 400), None, PrepareOptions(max_side=768, upscale=True)).size == (768, 614)
    assert plan_geometry((500, 400), None, PrepareOptions(resize="none")).size == (500, 400)


def test_geometry_center_and_per_image_crops() -> None:
    center = PrepareOptions(crop="center", aspect="1:1", max_side=768)
    assert plan_geometry((3000, 2000), None, center) == Geometry((500, 0, 2500, 2000), (768, 768))
    edit = ImageEdit(crop=(0, 0, 1000, 500), size=(3000, 2000))
    per_image = PrepareOptions(crop="per-image", max_side=768)
    assert plan_geometry((3000, 2000), edit, per_image) == Geometry((0, 0, 1000, 500), (768, 384))
    assert plan_geometry((3000, 2000), edit, center).box == (500, 0, 2500, 2000)  # center ignores own crops
    assert plan_geometry((2000, 2000), edit, per_image).box == (0, 0, 2000, 2000)  # reshaped original: crop dropped
    fallback = PrepareOptions(crop="per-image", aspect="2:3")
    assert plan_geometry((3000, 2000), None, fallback).box == (834, 0, 2167, 2000)  # no own crop: center 2:3


def test_geometry_bucket_fit_is_exactly_the_trainers_bucket() -> None:
    settings = BucketSettings(resolution=(768, 768), bucket_no_upscale=True)
    opts = PrepareOptions(crop="none", resize="bucket", bucket=settings)
    selector = BucketSelector(settings)
    for size in ((3000, 2000), (2000, 3000), (1024, 1024), (640, 480)):
        geo = plan_geometry(size, None, opts)
        assert geo.size == geo.bucket == selector.select_bucket(*size).reso
        box_w, box_h = geo.box[2] - geo.box[0], geo.box[3] - geo.box[1]
        assert abs(box_w / box_h - geo.size[0] / geo.size[1]) < 0.01
    assert plan_geometry((640, 480), None, opts).size == (640, 448)  # never enlarged
    assert not any(plan_geometry(size, None, opts).too_small for size in ((3000, 2000), (640, 480), (64, 64)))
    assert plan_geometry((60, 200), None, opts).too_small


def test_a_crop_smaller_than_its_bucket_is_too_small_though_the_image_is_large() -> None:
    settings = BucketSettings(resolution=(512, 512), bucket_no_upscale=True)
    opts = PrepareOptions(crop="per-image", resize="bucket", bucket=settings)
    tiny = ImageEdit(crop=(500, 500, 540, 540), size=(2000, 2000))
    assert plan_geometry((2000, 2000), tiny, opts).too_small  # was: a 64x64 box reaching outside the crop
    fine = ImageEdit(crop=(500, 500, 900, 800), size=(2000, 2000))
    geo = plan_geometry((2000, 2000), fine, opts)
    assert not geo.too_small and geo.box[0] >= 500 and geo.box[2] <= 900 and geo.box[1] >= 500 and geo.box[3] <= 800


def test_options_round_trip_through_a_job_config() -> None:
    options = PrepareOptions(crop="center", aspect="2:3", resize="bucket", format="webp", quality=90,
                             background=(16, 32, 255), bucket=BucketSettings((640, 896), min_bucket_reso=320,
                                                                             bucket_no_upscale=False))
    config = options.to_config()
    assert config["background"] == "#1020ff" and config["resolution"] == [640, 896]
    assert PrepareOptions.from_config(config) == options
    assert PrepareOptions.from_config({}) == PrepareOptions()


def test_planned_sizes_leave_out_excluded_images_and_apply_crops(tmp_path: Path) -> None:
    store = CropStore(tmp_path)
    store.set_crop(tmp_path / "a.jpg", (0, 0, 1000, 1000), (3000, 2000))
    store.set_excluded(tmp_path / "b.jpg")
    images = [(tmp_path / "a.jpg", (3000, 2000)), (tmp_path / "b.jpg", (3000, 2000)), (tmp_path / "c.jpg", (800, 600))]
    assert planned_sizes(images, store, PrepareOptions(max_side=512)) == [(512, 512), (512, 384)]
    assert planned_sizes(images, None, PrepareOptions(max_side=512)) == [(512, 341), (512, 341), (512, 384)]


def test_bucket_histogram_warns_about_single_image_buckets() -> None:
    settings = BucketSettings(resolution=(512, 512))
    plan, lonely = bucket_histogram([(512, 512), (512, 512), (1000, 500), (400, 800), (400, 800)], settings, 2)
    assert {b.reso: b.images for b in plan.buckets} == {(512, 512): 2, (704, 320): 1, (320, 704): 2}
    assert lonely == [(704, 320)]


# ----------------------------------------------------------------------------------------------- job


def test_prepare_writes_the_set_copies_captions_and_reports_bad_files(originals: Path, tmp_path: Path) -> None:
    out = tmp_path / "prepared"
    before = digest(originals)
    rc, events = run_job(prepare_job, config(originals, out, background="#00ff00"), tmp_path)
    assert rc == EXIT_OK, events[-1]
    assert digest(originals) == before  # originals never change
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if not p.name.startswith("."))
    assert names == ["a.png", "a.txt", "b.png", "b_mask.png", "rot.png", "sub", "sub/c.png"]  # b is see-through
    assert (out / "a.txt").read_bytes() == (originals / "a.txt").read_bytes()
    with Image.open(out / "a.png") as a:
        assert a.size == (512, 384) and a.mode == "RGB"
    with Image.open(out / "b.png") as b:
        assert b.size == (512, 512) and b.getpixel((5, 5)) == (0, 255, 0)  # transparent → chosen background
    with Image.open(out / "b_mask.png") as mask:
        assert mask.size == (512, 512) and mask.getpixel((5, 5)) == 0  # and left out of the loss
    with Image.open(out / "rot.png") as rot:
        assert rot.size == (341, 512)  # upright
        top, bottom = rot.getpixel((170, 60)), rot.getpixel((170, 450))
        assert top[0] > 240 and top[2] < 15 and bottom[2] > 240 and bottom[0] < 15
        assert not rot.getexif()  # no orientation tag left to rotate it twice
    with Image.open(out / "sub" / "c.png") as c:
        assert c.size == (512, 341)

    bad = originals / "bad.png"
    message = f"{bad}: not an image, the file holds text. Move it out of the image folder."
    warnings = [e for e in events if e["event"] == "warning"]
    assert [(w["message"], w["path"], w["kind"]) for w in warnings] == [(message, str(bad), "not-image")]
    progress = [e["done"] for e in events if e["event"] == "progress"]
    assert progress == [0, 1, 2, 3, 4, 5]
    report = json.loads((out / REPORT_FILE).read_text())
    assert report["written"] == 4 and report["failed"] == [{"source": str(bad), "kind": "not-image",
                                                            "message": message}]
    assert report["sizes"] == {"341x512": 1, "512x341": 1, "512x384": 1, "512x512": 1}
    assert sorted(prepared_sizes(out)) == [(341, 512), (512, 341), (512, 384), (512, 512)]
    assert events[-1] == {**events[-1], "event": "done", "outputs": [str(out), str(out / REPORT_FILE)]}


def test_resume_skips_done_images_and_redoes_changed_ones(originals: Path, tmp_path: Path) -> None:
    out = tmp_path / "prepared"
    (originals / "bad.png").unlink()
    cfg = config(originals, out, format="jpg")
    assert run_job(prepare_job, cfg, tmp_path)[0] == EXIT_OK

    def written(events: list[dict]) -> list[str]:
        return sorted(Path(e["image"]).name for e in events if e["event"] == "progress" and "image" in e)

    rc, events = run_job(prepare_job, cfg, tmp_path)
    assert rc == EXIT_OK and written(events) == []
    assert [e["done"] for e in events if e["event"] == "progress"] == [4]

    scene(2, (1600, 1200)).save(originals / "a.jpg", quality=92)  # the user replaced an original
    os.utime(originals / "a.jpg", ns=(1, 1))
    (out / "rot.jpg").unlink()  # an output deleted by hand
    assert written(run_job(prepare_job, cfg, tmp_path)[1]) == ["a.jpg", "rot.jpg"]
    assert written(run_job(prepare_job, {**cfg, "quality": 80}, tmp_path)[1]) == ["a.jpg", "b.jpg", "c.jpg",
                                                                                   "rot.jpg"]


def test_per_image_crops_exclusions_and_pruning_from_the_project(originals: Path, tmp_path: Path) -> None:
    project = tmp_path / "proj"
    project.mkdir()
    (project / "danlu.toml").write_text(f'format_version = 1\nname = "p"\nsources = ["{originals.as_posix()}"]\n')
    (originals / "b.txt").write_text("b caption")
    cfg = {"project": str(project), "recursive": True, "max_side": 512, "workers": 1}
    store = CropStore.load(project)
    store.set_crop(originals / "sub" / "c.jpg", (300, 200, 600, 400), (600, 400))  # the white quadrant
    store.save()
    assert run_job(prepare_job, cfg, project)[0] == EXIT_OK
    out = project / "prepared"
    with Image.open(out / "sub" / "c.png") as c:
        assert c.size == (300, 200) and c.getpixel((150, 100)) == (255, 255, 255)
        assert c.getpixel((2, 2)) == (255, 255, 255)

    store.set_crop(originals / "sub" / "c.jpg", (0, 0, 300, 200), (600, 400))  # now the red one
    store.set_excluded(originals / "b.png")
    store.save()
    _, events = run_job(prepare_job, cfg, project)
    result = next(e for e in events if e["event"] == "result")["data"]
    assert result["written"] == 1 and result["excluded"] == 1 and result["removed"] == 1
    assert not (out / "b.png").exists() and (out / "b.txt").exists()  # the caption may hold the user's edits
    with Image.open(out / "sub" / "c.png") as c:
        r, g, b = c.getpixel((150, 100))
        assert r > 240 and g < 15 and b < 15


def test_existing_captions_in_the_output_are_kept(originals: Path, tmp_path: Path) -> None:
    out = tmp_path / "prepared"
    out.mkdir()
    (out / "a.txt").write_text("edited by the user")
    run_job(prepare_job, config(originals, out), tmp_path)
    assert (out / "a.txt").read_text() == "edited by the user"


def test_same_name_in_one_folder_is_refused_with_a_message(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    Image.new("RGB", (64, 64)).save(src / "x.jpg")
    Image.new("RGB", (64, 64)).save(src / "x.png")
    rc, events = run_job(prepare_job, config(src, tmp_path / "out"), tmp_path)
    assert rc == EXIT_OK
    (warning,) = [e["message"] for e in events if e["event"] == "warning"]
    assert warning == (f"{src / 'x.png'}: another image, {src / 'x.jpg'}, is already prepared as x.png. Rename one "
                       f"of them so each has its own name (and caption).")


@pytest.mark.parametrize(("extra", "words"), [
    ({"crop": "smart"}, "crop = 'smart': use one of per-image, center, none."),
    ({"crop": "center"}, "crop = 'center' needs an aspect such as '1:1' or '2:3'."),
    ({"format": "gif"}, "format = 'gif': use one of png, jpg, webp."),
    ({"max_side": 10}, "max_side = 10: use 64–8192 pixels"),
    ({"aspect": "wide"}, "aspect 'wide' is not 'free' or 'width:height'"),
    ({"sizes": 3}, "unknown setting(s) sizes."),
    ({"resize": "bucket", "resolution": 512, "min_bucket_reso": 1024}, "min_bucket_reso 1024 is larger"),
    ({"background": "pink"}, "colour 'pink' is not '#rrggbb'"),
])
def test_config_mistakes_are_config_errors(tmp_path: Path, extra: dict, words: str) -> None:
    rc, events = run_job(prepare_job, config(tmp_path, tmp_path / "out", **extra), tmp_path)
    assert rc == EXIT_FAILED and events[-1]["kind"] == "config" and words in events[-1]["message"]


def test_encoder_limits_are_a_per_file_error(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    Image.new("RGB", (17000, 8)).save(src / "strip.png")
    Image.new("RGB", (64, 64)).save(src / "fine.png")
    rc, events = run_job(prepare_job, config(src, tmp_path / "out", resize="none", format="webp"), tmp_path)
    assert rc == EXIT_OK and (tmp_path / "out" / "fine.webp").exists()
    (warning,) = [e["message"] for e in events if e["event"] == "warning"]
    assert warning == (f"{src / 'strip.png'}: could not write it as webp (encoding error 5: Image size exceeds WebP "
                       f"limit of 16383 pixels). Choose another format or a smaller size.")


def failing_writes(monkeypatch: pytest.MonkeyPatch, code: int, after: int = 0) -> None:
    """Atomic writes fail with OSError(*code*) once *after* have been made: a full disk, a read-only folder."""
    made = []
    real = tempfile.mkstemp

    def mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        if len(made) >= after:
            raise OSError(code, os.strerror(code))
        made.append(1)
        return real(*args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(fsutil.tempfile, "mkstemp", mkstemp)


def test_an_output_folder_that_cannot_be_written_fails_before_any_image(originals: Path, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    before = digest(originals)
    failing_writes(monkeypatch, errno.EACCES)
    rc, events = run_job(prepare_job, config(originals, tmp_path / "out"), tmp_path)
    assert rc == EXIT_FAILED and [e["event"] for e in events] == ["start", "error"]  # no image read, no traceback
    assert events[-1]["kind"] == "io" and events[-1]["message"] == (
        f"{tmp_path / 'out'}: cannot write the prepared images there (Permission denied).")
    assert "writable" in events[-1]["hint"] and digest(originals) == before


def test_a_full_disk_stops_the_job_and_a_rerun_finishes_the_set(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for i in range(4):
        Image.new("RGB", (96, 64), (i * 60, 0, 0)).save(src / f"{i}.png")
    before = digest(src)
    failing_writes(monkeypatch, errno.ENOSPC, after=3)  # the manifest, 0.png, 1.png
    rc, events = run_job(prepare_job, config(src, out), tmp_path)
    assert rc == EXIT_FAILED and events[-1]["kind"] == "io"
    assert events[-1]["message"] == (f"{src / '2.png'}: could not write {out / '2.png'} (No space left on device). "
                                     f"Check that {out} is writable and has free space.")
    assert "run prepare again" in events[-1]["hint"]
    assert not [e for e in events if e["event"] == "warning"]  # one error, not one warning per remaining image
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["0.png", "1.png"]
    monkeypatch.undo()
    rc, events = run_job(prepare_job, config(src, out), tmp_path)
    assert rc == EXIT_OK and sorted(p.name for p in out.glob("*.png")) == ["0.png", "1.png", "2.png", "3.png"]
    assert digest(src) == before


def test_a_source_sub_folder_that_cannot_be_listed_is_an_io_error(originals: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    locked(monkeypatch, originals / "sub")
    rc, events = run_job(prepare_job, config(originals, tmp_path / "out"), tmp_path)
    assert rc == EXIT_FAILED and events[-1]["kind"] == "io"
    assert events[-1]["message"].startswith(f"{originals / 'sub'}: cannot list this folder (Permission denied).")
    assert not (tmp_path / "out").exists()


def test_an_image_smaller_than_its_bucket_is_a_per_file_error(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    Image.new("RGB", (1, 1)).save(src / "dot.png")
    Image.new("RGB", (100, 40)).save(src / "strip.png")
    Image.new("RGB", (200, 200)).save(src / "fine.png")
    rc, events = run_job(prepare_job, config(src, tmp_path / "out", resize="bucket", resolution=512), tmp_path)
    assert rc == EXIT_OK and sorted(p.name for p in (tmp_path / "out").glob("*.png")) == ["fine.png"]
    warnings = [(e["path"], e["kind"], e["message"]) for e in events if e["event"] == "warning"]
    assert warnings == [(str(src / name), "too-small", f"{src / name}: too small for its bucket {bucket} (the image or "
                         "its crop has a side under 64 pixels, and bucket_no_upscale keeps it from being enlarged). "
                         "Remove it from the training set, or prepare with resize = max-side.")
                        for name, bucket in (("dot.png", "64x64"), ("strip.png", "64x64"))]


def test_output_folder_equal_to_a_source_is_refused(tmp_path: Path) -> None:
    rc, events = run_job(prepare_job, config(tmp_path, tmp_path), tmp_path)
    assert rc == EXIT_FAILED and "would overwrite the originals" in events[-1]["message"]


def test_bucket_fit_job_writes_bucket_sizes(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    sizes = [(1600, 1200), (900, 1600), (700, 500)]
    for i, size in enumerate(sizes):
        scene(i, size).save(src / f"{i}.jpg")
    cfg = config(src, tmp_path / "out", resize="bucket", resolution=512, format="webp")
    assert run_job(prepare_job, cfg, tmp_path)[0] == EXIT_OK
    selector = BucketSelector(BucketSettings(resolution=(512, 512), bucket_no_upscale=True))
    for i, size in enumerate(sizes):
        with Image.open(tmp_path / "out" / f"{i}.webp") as im:
            assert im.size == selector.select_bucket(*size).reso


def test_big_jpeg_decoded_in_draft_mode_matches_a_full_decode(tmp_path: Path) -> None:
    path = tmp_path / "big.jpg"
    scene(11, (2400, 1800)).save(path, quality=95)
    opts = PrepareOptions(crop="none", max_side=300)
    fast, geometry = render(path, None, opts)
    with Image.open(path) as full:
        reference = full.convert("RGB").resize(geometry.size, Image.Resampling.LANCZOS)
    diff = np.abs(np.asarray(fast, dtype=np.int16) - np.asarray(reference, dtype=np.int16))
    assert fast.size == (300, 225) and diff.mean() < 2.0


def test_cancel_on_all_cores_then_resume_finishes_the_rest(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for i in range(20):
        Image.new("RGB", (320 + i, 240), (i * 10, 100, 200)).save(src / f"{i:02d}.png")
    out = tmp_path / "out"
    cfg = config(src, out, workers=2, format="jpg", max_side=128)

    def cancel_early(event: dict, ctx: object) -> None:
        if event["event"] == "progress" and event["done"] >= 3:
            ctx.cancel_event.set()

    rc, events = run_job(prepare_job, cfg, tmp_path, cancel_early)
    assert rc == EXIT_CANCELLED and events[-1]["event"] == "cancelled"
    manifest = json.loads((out / MANIFEST_FILE).read_text())["entries"]
    on_disk = sorted(p.name for p in out.glob("*.jpg"))
    assert 3 <= len(manifest) < 20 and sorted(manifest) == on_disk  # every finished image, and only those
    rc, events = run_job(prepare_job, cfg, tmp_path)
    done = [e for e in events if e["event"] == "progress" and "image" in e]
    assert rc == EXIT_OK and len(done) == 20 - len(manifest)
    assert len(list(out.glob("*.jpg"))) == 20


def test_cli_runs_prepare(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    Image.new("RGB", (1000, 500), (9, 99, 199)).save(src / "one.jpg")
    (tmp_path / "prepare.toml").write_text('source = "src"\noutput = "prepared"\nmax_side = 256\nformat = "jpg"\n')
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-m", "dataprep", "prepare", "prepare.toml", "--no-stdin"], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == EXIT_OK, proc.stderr
    events = [e for e in map(parse_event_line, proc.stdout.splitlines()) if e]
    assert events[-1]["event"] == "done"
    with Image.open(tmp_path / "prepared" / "one.jpg") as im:
        assert im.size == (256, 128)
    assert len(events) == len(proc.stdout.splitlines())  # nothing but protocol lines on stdout


def square_with_mask(folder: Path) -> None:
    """Stored 1200×800 grey JPEG, EXIF rotate 90° clockwise, a green square at stored (100..400, 150..450) and
    its mask marking that square (weights in stored pixels, as the trainer reads them)."""
    folder.mkdir(parents=True, exist_ok=True)
    stored = Image.new("RGB", (1200, 800), (128, 128, 128))
    stored.paste((0, 255, 0), (100, 150, 400, 450))
    exif = Image.Exif()
    exif[0x0112] = 6
    stored.save(folder / "sq.jpg", quality=95, exif=exif.tobytes())
    mask = Image.new("L", (1200, 800), 0)
    mask.paste(255, (100, 150, 400, 450))
    mask.save(folder / "sq_mask.png")


def test_prepare_turns_crops_and_scales_a_mask_like_its_image(tmp_path: Path) -> None:
    src, out = tmp_path / "originals", tmp_path / "prepared"
    square_with_mask(src)
    rc, events = run_job(prepare_job, config(src, out, crop="center", aspect="1:1", max_side=256), tmp_path)
    assert rc == EXIT_OK, events[-1]
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["sq.png", "sq_mask.png"]
    with Image.open(out / "sq.png") as im, Image.open(out / "sq_mask.png") as mask:
        assert im.size == mask.size == (256, 256) and mask.mode == "L"
        rgb = np.asarray(im, dtype=np.int16)
        green = (rgb[..., 1] > 200) & (rgb[..., 0] < 60)
        bright = np.asarray(mask) > 127
    # upright 800×1200: the square is at x 350..650, y 100..400; the 1:1 crop keeps y 200..1000, so its
    # lower part shows at x 112..208, y 0..64 of 256×256 (a mask not turned, or not cropped, would miss it)
    rows, cols = np.nonzero(green)
    assert rows.min() <= 1 and abs(rows.max() - 63) <= 2
    assert abs(cols.min() - 112) <= 2 and abs(cols.max() - 207) <= 2
    assert (green == bright).mean() > 0.99
    assert json.loads((out / REPORT_FILE).read_text())["written"] == 1

    # resume: nothing to do; a changed mask re-renders; a removed one takes its prepared copy along
    rc, events = run_job(prepare_job, config(src, out, crop="center", aspect="1:1", max_side=256), tmp_path)
    assert json.loads((out / REPORT_FILE).read_text())["skipped"] == 1
    Image.new("L", (1200, 800), 255).save(src / "sq_mask.png")
    run_job(prepare_job, config(src, out, crop="center", aspect="1:1", max_side=256), tmp_path)
    with Image.open(out / "sq_mask.png") as mask:
        assert mask.getextrema() == (255, 255)
    (src / "sq_mask.png").unlink()
    run_job(prepare_job, config(src, out, crop="center", aspect="1:1", max_side=256), tmp_path)
    assert json.loads((out / REPORT_FILE).read_text())["written"] == 1
    assert not (out / "sq_mask.png").exists() and (out / "sq.png").is_file()


def cut_out(folder: Path) -> None:
    """cut.png: 400×200, transparent but for an opaque red box at (100..300, 50..150); opaque.png: alpha
    255 everywhere; photo.jpg: no alpha at all."""
    folder.mkdir(parents=True, exist_ok=True)
    cut = Image.new("RGBA", (400, 200), (0, 0, 255, 0))
    cut.paste((255, 0, 0, 255), (100, 50, 300, 150))
    cut.save(folder / "cut.png")
    Image.new("RGBA", (400, 200), (0, 255, 0, 255)).save(folder / "opaque.png")
    Image.new("RGB", (400, 200), (9, 9, 9)).save(folder / "photo.jpg")


def test_transparency_becomes_a_loss_mask_beside_the_flattened_image(tmp_path: Path) -> None:
    src, out = tmp_path / "originals", tmp_path / "prepared"
    cut_out(src)
    rc, events = run_job(prepare_job, config(src, out, crop="none", max_side=200), tmp_path)
    assert rc == EXIT_OK, events[-1]
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert names == ["cut.png", "cut_mask.png", "opaque.png", "photo.png"]  # opaque or no alpha: no mask
    with Image.open(out / "cut.png") as im, Image.open(out / "cut_mask.png") as mask:
        assert im.mode == "RGB" and im.size == mask.size == (200, 100) and mask.mode == "L"
        assert im.getpixel((10, 10)) == (255, 255, 255)  # flattened on the background, as before
        expected = np.zeros((100, 200), dtype=bool)
        expected[25:75, 50:150] = True
        assert ((np.asarray(mask) > 127) == expected).mean() > 0.98

    # untick it: the mask goes (the settings changed, so every image is redone)
    rc, _ = run_job(prepare_job, config(src, out, crop="none", max_side=200, alpha_mask=False), tmp_path)
    assert rc == EXIT_OK and not (out / "cut_mask.png").exists()
    assert json.loads((out / REPORT_FILE).read_text())["written"] == 3

    # a mask file of its own wins over the transparency
    Image.new("L", (400, 200), 255).save(src / "cut_mask.png")
    run_job(prepare_job, config(src, out, crop="none", max_side=200), tmp_path)
    with Image.open(out / "cut_mask.png") as mask:
        assert mask.getextrema() == (255, 255)
    # and when that file goes, the transparency is the mask again
    (src / "cut_mask.png").unlink()
    run_job(prepare_job, config(src, out, crop="none", max_side=200), tmp_path)
    with Image.open(out / "cut_mask.png") as mask:
        assert ((np.asarray(mask) > 127) == expected).mean() > 0.98


def test_a_mask_of_another_size_than_its_image_is_a_per_file_error(tmp_path: Path) -> None:
    src, out = tmp_path / "originals", tmp_path / "prepared"
    square_with_mask(src)
    Image.new("L", (600, 400), 255).save(src / "sq_mask.png")
    rc, events = run_job(prepare_job, config(src, out), tmp_path)
    assert rc == EXIT_OK
    [warning] = [e for e in events if e["event"] == "warning"]
    assert warning["kind"] == "mask" and warning["path"] == str(src / "sq.jpg")
    assert warning["message"].startswith(f"{src / 'sq_mask.png'}: the mask is 600x400 pixels but its image sq.jpg "
                                         "is 1200x800.")
    assert not (out / "sq.png").exists()


def test_a_gif_is_prepared_from_its_first_frame_with_its_transparency_as_a_mask(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    frames = [Image.new("RGB", (120, 80), (200, 0, 0)), Image.new("RGB", (120, 80), (0, 200, 0))]
    frames[0].save(src / "anim.gif", save_all=True, append_images=frames[1:], duration=100, loop=0)
    cut_out = Image.new("RGBA", (90, 90), (0, 0, 255, 255))
    cut_out.paste((0, 0, 0, 0), (0, 0, 45, 90))  # left half transparent
    cut_out.save(src / "cut.gif")
    before = digest(src)
    rc, events = run_job(prepare_job, config(src, out, format="png"), tmp_path)
    assert rc == EXIT_OK and not [e for e in events if e["event"] == "warning"]
    with Image.open(out / "anim.png") as im:
        assert im.size == (120, 80) and im.convert("RGB").getpixel((60, 40)) == (200, 0, 0)
    with Image.open(out / "cut_mask.png") as mask:
        assert mask.getpixel((10, 45)) == 0 and mask.getpixel((80, 45)) == 255
    assert digest(src) == before
