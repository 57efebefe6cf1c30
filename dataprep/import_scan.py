"""The import scan: read every image of the source folders once, on all cores, and write a report
of what is usable (with quality metrics and flags) and what is not (with the reason).

The report (``<project>/.danlu/import_report.json``) is what the Images page loads to draw badges
and filters; re-flagging with other thresholds needs only :func:`image_quality.assess` on it. A
re-scan reuses the records of files whose size and modification time did not change.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from dataprep.fsutil import atomic_write_bytes, atomic_write_text
from dataprep.image_import import (
    DEFAULT_MAX_PIXELS,
    RGB,
    WHITE,
    ImageReadError,
    decode,
    draft_for,
    find_image_files,
    load_image,
    open_bytes,
    parse_color,
    rgb_of,
)
from dataprep.image_quality import (
    ANALYSIS_SIZE,
    ClipEmbedder,
    ImageRecord,
    QualityThresholds,
    analysis_gray,
    assess,
    dhash,
    flag_counts,
    phash,
    sharpness,
)
from dataprep.imagefiles import FolderReadError
from dataprep.jobs import JobContext, JobError
from dataprep.parallel import parallel_map
from dataprep.phrases import Phrase, exception_text, phrase_fields
from dataprep.project import load_project
from dataprep.tomlio import ConfigFileError

REPORT_FORMAT = 1
REPORT_NAME = "import_report.json"


@dataclass(frozen=True)
class ImageProblem:
    """A file that could not be used, and why (ImageReadError's kind and message)."""

    path: str
    kind: str
    message: str  # a Phrase when it was made as one: the report keeps its template for the interface

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = asdict(self)
        phrases = phrase_fields({"message": self.message})
        if phrases:  # as a job's event carries them
            data["phrases"] = phrases
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImageProblem:
        phrase = data.get("phrases", {}).get("message")
        return cls(data["path"], data["kind"], Phrase.from_json(phrase) if phrase else data["message"])


@dataclass
class ScanReport:
    sources: list[str]
    thresholds: QualityThresholds
    images: list[ImageRecord] = field(default_factory=list)
    problems: list[ImageProblem] = field(default_factory=list)
    embeddings: np.ndarray | None = None  # CLIP rows, aligned with images, when a CLIP model was used
    clip_model: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"format_version": REPORT_FORMAT, "created": round(time.time(), 3), "sources": self.sources,
                "thresholds": asdict(self.thresholds), "clip_model": self.clip_model,
                "flag_counts": flag_counts(self.images),
                "images": [r.to_dict() for r in self.images], "problems": [p.to_dict() for p in self.problems]}


def report_path_for(project_root: Path) -> Path:
    """Where a project's import report lives (a cache: deleting it only costs a re-scan)."""
    return Path(project_root) / ".danlu" / REPORT_NAME


def embeddings_path(report_path: Path) -> Path:
    return report_path.with_suffix(".clip.npy")


def save_report(path: Path, report: ScanReport) -> None:
    """The JSON report, plus the CLIP embeddings beside it (``.clip.npy``) when there are any."""
    atomic_write_text(path, json.dumps(report.to_dict(), ensure_ascii=False))
    emb = embeddings_path(path)
    if report.embeddings is not None:
        atomic_write_bytes(emb, _npy_bytes(report.embeddings))
    else:
        emb.unlink(missing_ok=True)


def _npy_bytes(array: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.save(buf, array)
    return buf.getvalue()


def load_report(path: Path) -> ScanReport:
    """Read a report written by :func:`save_report`; a damaged one raises ConfigFileError (re-scan to fix)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        report = ScanReport(list(data["sources"]), QualityThresholds.from_dict(data["thresholds"]),
                            [ImageRecord.from_dict(r) for r in data["images"]],
                            [ImageProblem.from_dict(p) for p in data["problems"]],
                            clip_model=data.get("clip_model", ""))
    except FileNotFoundError:
        raise ConfigFileError(f"{path}: no import report yet. Scan the images first.") from None
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ConfigFileError(f"{path}: the import report is damaged ({exc}). Scan the images again.") from None
    emb = embeddings_path(path)
    if report.clip_model and emb.exists():
        embeddings = np.load(emb)
        report.embeddings = embeddings if len(embeddings) == len(report.images) else None
    return report


def scan_file(path: str, max_pixels: int = DEFAULT_MAX_PIXELS, background: RGB = WHITE) -> ImageRecord | ImageProblem:
    """Read, validate and measure one file (runs in a worker process). Only the pixels needed for a
    512-px analysis are decoded, so a 24-megapixel JPEG costs about as much as a small one."""
    try:
        file = Path(path)
        stat = file.stat()
        data = file.read_bytes()
        im, header = open_bytes(file, data, max_pixels)
        with im:
            draft_for(im, header, ANALYSIS_SIZE / max(header.size), mode="L")
            upright = decode(file, im, data[:64], max_pixels)
            gray = analysis_gray(upright if upright.mode == "L" else rgb_of(file, upright, background, False))
    except ImageReadError as exc:
        return ImageProblem(path, exc.kind, exc.message)
    except OSError as exc:
        return ImageProblem(path, "unreadable", Phrase("{path}: cannot read the file ({error}). Check that it still "
                                                       "exists and that you may read it.", path=str(path),
                                                       error=str(exc.strerror or exc)))
    width, height = header.size
    return ImageRecord(path=path, width=width, height=height, format=header.format, mode=header.mode,
                       file_size=stat.st_size, mtime_ns=stat.st_mtime_ns, sha256=hashlib.sha256(data).hexdigest(),
                       sharpness=round(sharpness(gray), 3), phash=phash(gray), dhash=dhash(gray),
                       extension_note=header.extension_note)


def _unchanged(record: ImageRecord) -> bool:
    try:
        st = Path(record.path).stat()
    except OSError:
        return False
    return st.st_size == record.file_size and st.st_mtime_ns == record.mtime_ns


def scan_images(paths: Sequence[Path], thresholds: QualityThresholds | None = None, *,
                max_pixels: int = DEFAULT_MAX_PIXELS, background: RGB = WHITE, workers: int = 0,
                previous: ScanReport | None = None, sources: Sequence[Path] = (),
                on_item: Callable[[int, int, ImageRecord | ImageProblem], None] | None = None,
                should_stop: Callable[[], bool] = lambda: False) -> ScanReport:
    """Scan *paths* and assess them. *on_item(done, total, item)* sees each result as it arrives;
    records in *previous* whose file is unchanged are reused without reading the file."""
    thresholds = thresholds or QualityThresholds()
    reuse = {r.path: r for r in previous.images if _unchanged(r)} if previous else {}
    results: list[ImageRecord | ImageProblem | None] = [None] * len(paths)
    todo = []
    for i, p in enumerate(map(str, paths)):
        if p in reuse:
            results[i] = reuse[p]
        else:
            todo.append(i)
    done = len(paths) - len(todo)
    worker = functools.partial(scan_file, max_pixels=max_pixels, background=background)
    for k, result in parallel_map(worker, [str(paths[i]) for i in todo], workers, should_stop):
        results[todo[k]] = result
        done += 1
        if on_item is not None:
            on_item(done, len(paths), result)
    report = ScanReport([str(s) for s in sources], thresholds)
    report.images = [r for r in results if isinstance(r, ImageRecord)]
    report.problems = [r for r in results if isinstance(r, ImageProblem)]
    assess(report.images, thresholds)
    return report


def embed_images(report: ScanReport, embedder: ClipEmbedder, model_name: str, max_pixels: int = DEFAULT_MAX_PIXELS,
                 background: RGB = WHITE, batch: int = 32,
                 on_batch: Callable[[int, int], None] | None = None) -> None:
    """Add CLIP embeddings to *report* and re-assess with them. Images are decoded only as large as
    the model's input needs."""
    side = embedder.input_side
    rows = []
    total = len(report.images)
    for start in range(0, total, batch):
        pictures = []
        for record in report.images[start:start + batch]:
            scale = min(1.0, side / max(1, min(record.width, record.height)))
            try:
                pictures.append(load_image(Path(record.path), max_pixels, background, scale, color_manage=False)[0])
            except ImageReadError:  # changed since the scan: embed a blank so rows stay aligned
                pictures.append(Image.new("RGB", (side, side), background))
        rows.append(embedder.embed(pictures))
        if on_batch is not None:
            on_batch(min(start + batch, total), total)
    report.embeddings = np.concatenate(rows) if rows else None
    report.clip_model = model_name
    assess(report.images, report.thresholds, report.embeddings)


# ---------------------------------------------------------------------------------------------- job


def _sources_and_project(ctx: JobContext) -> tuple[list[Path], Path | None]:
    project_root = ctx.resolve(ctx.config["project"]) if "project" in ctx.config else None
    source = ctx.config.get("source")
    if source is not None:
        sources = [ctx.resolve(s) for s in ([source] if isinstance(source, str) else source)]
    elif project_root is not None:
        try:
            sources = load_project(project_root).source_paths()
        except ConfigFileError as exc:
            raise JobError("config", str(exc)) from None
    else:
        raise JobError("config", Phrase("import-scan needs 'source' (a folder or a list of folders) or 'project' in "
                                        "its config."))
    if not sources:
        raise JobError("config", Phrase("the project has no source folders: add one on the Images page."))
    return sources, project_root


def read_scan_settings(ctx: JobContext) -> tuple[QualityThresholds, int, RGB]:
    """Thresholds, pixel limit and background colour from a job config, with config errors that say what to fix."""
    try:
        thresholds = QualityThresholds.from_dict(dict(ctx.config.get("thresholds", {})))
        max_pixels = int(ctx.config.get("max_pixels", DEFAULT_MAX_PIXELS))
        background = parse_color(ctx.config.get("background", "#ffffff"))
    except (ValueError, TypeError) as exc:
        raise JobError("config", Phrase("{where}: {error}", where=str(ctx.config_path or "config"),
                                        error=exception_text(exc))) from None
    if max_pixels < 1:
        raise JobError("config", Phrase("max_pixels must be 1 or more (got {n}).", n=max_pixels))
    return thresholds, max_pixels, background


def _report_error(path: Path, exc: OSError) -> JobError:
    return JobError("io", Phrase("{path}: cannot write the import report ({error}).", path=str(path),
                                 error=str(exc.strerror or exc)),
                    Phrase("Check that the folder is writable and has free space, then scan again."))


def import_scan_job(ctx: JobContext) -> list[str]:
    """Config: ``source`` (folder or list) or ``project``; ``recursive``; ``report`` (default
    ``<project>/.danlu/import_report.json``); ``max_pixels``; ``background``; ``workers``;
    ``[thresholds]``; ``clip_model`` (+ ``clip_pretrained``, ``device``) for CLIP near-duplicates."""
    sources, project_root = _sources_and_project(ctx)
    thresholds, max_pixels, background = read_scan_settings(ctx)
    if "report" in ctx.config:
        report_path = ctx.resolve(ctx.config["report"])
    elif project_root is not None:
        report_path = report_path_for(project_root)
    else:
        raise JobError("config",
                       Phrase("import-scan needs 'report' (where to write the report) or 'project' in its config."))
    try:
        files = [path for _, path in find_image_files(sources, bool(ctx.config.get("recursive", False)))]
    except (FileNotFoundError, FolderReadError) as exc:
        raise JobError("io", exception_text(exc)) from None
    try:
        report_path.parent.mkdir(parents=True, exist_ok=True)  # a folder that cannot be made fails before the scan
    except OSError as exc:
        raise _report_error(report_path, exc) from None
    previous = None
    if report_path.exists():
        try:
            previous = load_report(report_path)
        except ConfigFileError as exc:
            ctx.emitter.warning(Phrase("{error} Scanning every file again.", error=exception_text(exc)))
    clip_model = str(ctx.config.get("clip_model", ""))
    embedder = None
    if clip_model:  # load first: a wrong model name should fail before minutes of scanning
        try:
            embedder = ClipEmbedder.load(clip_model, ctx.config.get("clip_pretrained") or None,
                                         str(ctx.config.get("device", "cpu")))
        except ValueError as exc:
            raise JobError("model", str(exc)) from None

    ctx.emitter.progress(0, len(files), "image")

    def on_item(done: int, total: int, item: ImageRecord | ImageProblem) -> None:
        if isinstance(item, ImageProblem):
            ctx.emitter.warning(item.message, path=item.path, kind=item.kind)
        ctx.emitter.progress(done, total, "image")

    report = scan_images(files, thresholds, max_pixels=max_pixels, background=background,
                         workers=int(ctx.config.get("workers", 0)), previous=previous, sources=sources,
                         on_item=on_item, should_stop=lambda: ctx.cancelled)
    ctx.check_cancelled()
    if embedder is not None:
        ctx.emitter.emit("log", message=Phrase("CLIP similarity with {model} on {n} images", model=str(clip_model),
                                                n=len(report.images)))

        def on_batch(done: int, total: int) -> None:
            ctx.check_cancelled()
            ctx.emitter.progress(done, total, "image", stage="clip")

        embed_images(report, embedder, clip_model, max_pixels, background, on_batch=on_batch)
    try:
        save_report(report_path, report)
    except OSError as exc:
        raise _report_error(report_path, exc) from None
    ctx.emitter.emit("result", data={"report": str(report_path), "images": len(report.images),
                                     "problems": len(report.problems), "flags": flag_counts(report.images)})
    return [str(report_path)]
