"""The import scan: one pass over a folder of good and bad files, its report, re-scans and the job."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageFilter
from test_image_quality import build_tiny_clip, scene

from dataprep import fsutil, import_scan
from dataprep.cli import JOBS
from dataprep.events import Emitter, parse_event_line
from dataprep.image_quality import BLURRY, DUPLICATE, NEAR_DUPLICATE, SMALL, WRONG_EXTENSION, QualityThresholds
from dataprep.import_scan import (
    ImageProblem,
    embeddings_path,
    import_scan_job,
    load_report,
    report_path_for,
    save_report,
    scan_file,
    scan_images,
)
from dataprep.jobs import EXIT_FAILED, EXIT_OK, JobContext, JobFunc, execute
from dataprep.tomlio import ConfigFileError


def run_job(func: JobFunc, config: dict[str, Any], folder: Path,
            on_event: Callable[[dict[str, Any], JobContext], None] | None = None) -> tuple[int, list[dict[str, Any]]]:
    """Run a job in this process as the CLI would; *on_event* sees each event as it is emitted."""
    events: list[dict[str, Any]] = []

    class Stream(io.StringIO):
        def write(self, line: str) -> int:
            event = parse_event_line(line)
            if event is not None:
                events.append(event)
                if on_event is not None:
                    on_event(event, ctx)
            return len(line)

    ctx = JobContext(func.__name__, config, folder / "job.toml", Emitter(stream=Stream()))
    return execute(ctx, func, listen_stdin=False), events


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    scene(1, (1200, 900)).save(folder / "a.jpg", quality=92)
    shutil.copy(folder / "a.jpg", folder / "a_copy.jpg")
    with Image.open(folder / "a.jpg") as a:
        a.resize((600, 450), Image.Resampling.LANCZOS).save(folder / "a_small.png")  # same picture, smaller
    scene(2, (1000, 1000)).save(folder / "b.jpg", quality=92)
    scene(3, (300, 300)).save(folder / "tiny.jpg")
    scene(4, (1000, 800)).filter(ImageFilter.GaussianBlur(6)).save(folder / "soft.jpg")
    scene(5, (800, 800)).save(folder / "renamed.jpg", "PNG")
    (folder / "notes.png").write_text("not a picture")
    (folder / "empty.jpg").write_bytes(b"")
    return folder


def test_scan_reports_records_flags_and_problems(photos: Path) -> None:
    paths = sorted(p for p in photos.iterdir())
    report = scan_images(paths, QualityThresholds(), workers=1, sources=[photos])
    records = {Path(r.path).name: r for r in report.images}
    assert sorted(records) == ["a.jpg", "a_copy.jpg", "a_small.png", "b.jpg", "renamed.jpg", "soft.jpg", "tiny.jpg"]
    assert records["a.jpg"].width == 1200 and records["a.jpg"].height == 900 and records["a.jpg"].format == "JPEG"
    assert records["a_copy.jpg"].flags == [DUPLICATE] and records["a_copy.jpg"].duplicate_of == str(photos / "a.jpg")
    assert records["a_small.png"].flags == [NEAR_DUPLICATE]
    assert records["tiny.jpg"].flags == [SMALL]
    assert BLURRY in records["soft.jpg"].flags and records["b.jpg"].flags == [] and records["a.jpg"].flags == []
    assert records["renamed.jpg"].flags == [WRONG_EXTENSION]
    problems = {Path(p.path).name: p for p in report.problems}
    assert problems["notes.png"] == ImageProblem(str(photos / "notes.png"), "not-image",
                                                 f"{photos / 'notes.png'}: not an image, the file holds text. "
                                                 f"Move it out of the image folder.")
    assert problems["empty.jpg"].kind == "empty"


def test_scan_never_writes_to_the_originals(photos: Path) -> None:
    before = digest(photos)
    scan_images(sorted(photos.iterdir()), workers=1)
    assert digest(photos) == before


def test_scan_file_measures_a_downscaled_decode(tmp_path: Path) -> None:
    path = tmp_path / "big.jpg"
    scene(9, (3000, 2000)).save(path, quality=90)
    rec = scan_file(str(path))
    assert (rec.width, rec.height) == (3000, 2000)
    assert rec.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    full = scene(9, (3000, 2000))  # the same picture measured from a full decode agrees closely
    from dataprep.image_quality import analysis_gray, phash, sharpness

    assert abs(sharpness(analysis_gray(full)) - rec.sharpness) / rec.sharpness < 0.25
    from dataprep.image_quality import hamming

    assert hamming(phash(analysis_gray(full)), rec.phash) <= 2


def test_report_round_trip_and_rescan_reuses_unchanged_files(photos: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted(photos.iterdir())
    report = scan_images(paths, workers=1, sources=[photos])
    report.embeddings = np.eye(len(report.images), 4, dtype=np.float32)
    report.clip_model = "local-dir:x"
    path = tmp_path / ".danlu" / "import_report.json"
    save_report(path, report)
    again = load_report(path)
    assert again.images == report.images and again.problems == report.problems
    assert np.array_equal(again.embeddings, report.embeddings) and embeddings_path(path).exists()

    scene(6, (900, 900)).save(photos / "b.jpg", quality=92)  # changed since the scan
    read: list[str] = []
    real = import_scan.scan_file

    def counting(p: str, **kw: Any) -> Any:
        read.append(Path(p).name)
        return real(p, **kw)

    monkeypatch.setattr(import_scan, "scan_file", counting)
    rescan = scan_images(paths, workers=1, previous=again)
    assert sorted(read) == ["b.jpg", "empty.jpg", "notes.png"]  # problems are always looked at again
    assert len(rescan.images) == len(report.images)


def test_damaged_or_missing_report_says_scan_again(tmp_path: Path) -> None:
    with pytest.raises(ConfigFileError, match=r"no import report yet\. Scan the images first\."):
        load_report(tmp_path / "r.json")
    (tmp_path / "r.json").write_text("{not json")
    with pytest.raises(ConfigFileError, match=r"the import report is damaged .* Scan the images again\."):
        load_report(tmp_path / "r.json")


def test_import_scan_job_with_clip(photos: Path, tmp_path: Path) -> None:
    clip_dir = build_tiny_clip(tmp_path / "clip")
    project = tmp_path / "proj"
    project.mkdir()
    (project / "danlu.toml").write_text(f'format_version = 1\nname = "p"\nsources = ["{photos.as_posix()}"]\n')
    config = {"project": str(project), "clip_model": f"local-dir:{clip_dir}",
              "thresholds": {"clip_similarity": 0.9999, "near_duplicate_distance": 0}}
    rc, events = run_job(import_scan_job, config, tmp_path)
    assert rc == EXIT_OK, events[-1]
    warnings = [e for e in events if e["event"] == "warning"]
    assert sorted(Path(w["path"]).name for w in warnings) == ["empty.jpg", "notes.png"]
    result = next(e for e in events if e["event"] == "result")["data"]
    assert result["images"] == 7 and result["problems"] == 2
    assert report_path_for(project) == project / ".danlu" / "import_report.json"
    report = load_report(report_path_for(project))
    assert report.clip_model == f"local-dir:{clip_dir}" and report.embeddings.shape == (7, 16)
    flagged = {Path(r.path).name: r for r in report.images if NEAR_DUPLICATE in r.flags}
    assert "a_small.png" in flagged and flagged["a_small.png"].match.startswith("CLIP similarity")
    assert events[-1]["event"] == "done"


def test_import_scan_job_config_errors(tmp_path: Path) -> None:
    cases = [
        ({"source": str(tmp_path)}, "config", "needs 'report'"),
        ({"source": str(tmp_path), "report": "r.json", "thresholds": {"sharp": 1}}, "config",
         "unknown threshold(s) sharp"),
        ({"source": str(tmp_path / "nope"), "report": "r.json"}, "io", "nope: not a folder"),
        ({"source": str(tmp_path), "report": "r.json", "clip_model": f"local-dir:{tmp_path / 'none'}"}, "model",
         "cannot load CLIP model"),
    ]
    for config, kind, words in cases:
        rc, events = run_job(import_scan_job, config, tmp_path)
        assert rc == EXIT_FAILED and events[-1]["kind"] == kind and words in events[-1]["message"]


def test_a_report_that_cannot_be_written_is_an_io_error_naming_it(photos: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file").write_text("x")
    report = tmp_path / "file" / "report.json"  # its folder cannot be made: refused before the scan
    rc, events = run_job(import_scan_job, {"source": str(photos), "report": str(report), "workers": 1}, tmp_path)
    assert rc == EXIT_FAILED and [e["event"] for e in events] == ["start", "error"]
    assert events[-1]["kind"] == "io" and events[-1]["message"].startswith(f"{report}: cannot write the import report")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(fsutil.tempfile, "mkstemp", refuse)
    report = tmp_path / "r" / "report.json"
    rc, events = run_job(import_scan_job, {"source": str(photos), "report": str(report), "workers": 1}, tmp_path)
    assert rc == EXIT_FAILED and events[-1]["kind"] == "io"
    assert events[-1]["message"] == f"{report}: cannot write the import report (Permission denied)."
    assert events[-1]["hint"] == "Check that the folder is writable and has free space, then scan again."


def test_jobs_are_registered() -> None:
    assert JOBS["import-scan"].func is import_scan_job
    from dataprep.prepare import prepare_job

    assert JOBS["prepare"].func is prepare_job


def test_image_open_errors_in_scan_do_not_stop_it(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    Image.new("RGB", (600, 600), "white").save(folder / "ok.png")
    data = (folder / "ok.png").read_bytes()
    (folder / "cut.png").write_bytes(data[: len(data) // 3])
    report = scan_images(sorted(folder.iterdir()), workers=1)
    assert [Path(r.path).name for r in report.images] == ["ok.png"]
    assert [p.kind for p in report.problems] == ["truncated"]
