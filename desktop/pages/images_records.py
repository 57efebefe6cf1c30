"""What the Images page knows about each picture, and the thread-pool work that fills it in: listing
the folders, reading file dates and sizes, merging the import scan's report and re-flagging with other
thresholds. Every function here runs on a pool thread and touches no widget; the page applies the
results on the GUI thread."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from dataprep.image_import import IMPORT_EXTENSIONS
from dataprep.image_quality import ImageRecord, QualityThresholds, assess, flag_counts
from dataprep.imagefiles import list_images
from dataprep.import_scan import ScanReport, load_report, report_path_for
from dataprep.masks import split_sibling_masks
from dataprep.tomlio import ConfigFileError

UNREADABLE = "unreadable"  # a file the scan could not use; shown like a flag


@dataclass(slots=True)
class GridRecord:
    """One row of the grid: the file, what the scan measured (zeros until a scan report is loaded)
    and its flags. Crops and exclusions are not copied here: the crop store is their only owner."""

    path: Path
    name: str  # the file name, kept: sorting 10,000 rows should not ask pathlib each time
    file_size: int = -1
    mtime_ns: int = 0
    width: int = 0
    height: int = 0
    sharpness: float = -1.0
    flags: tuple[str, ...] = ()
    duplicate_of: str = ""
    masked: bool = False  # a '<stem>_mask' file is beside it (the mask itself gets no row)
    match: str = ""
    problem: str = ""  # the scan's message when the file cannot be used

    @property
    def pixels(self) -> int:
        return self.width * self.height


def list_records(folders: list[Path]) -> tuple[list[GridRecord], list[Path]]:
    """(a grid row per image, missing folders): the same files the thumbnails and import jobs read, made
    into rows here on the pool thread, so the GUI thread only installs them (10,000 rows: ~25 ms less
    before the first paint)."""
    images: list[Path] = []
    missing: list[Path] = []
    for folder in folders:
        try:
            images += list_images(folder, extensions=IMPORT_EXTENSIONS)
        except FileNotFoundError:
            missing.append(folder)
    images, masked = split_sibling_masks(images)  # masks are not training images: no row, a badge on the image
    return [GridRecord(p, os.path.basename(str(p)), masked=p in masked) for p in images], missing  # str(p) is kept


FileFacts = dict[str, tuple[int, int]]  # path → (file size, mtime_ns)


def read_file_facts(paths: list[Path]) -> FileFacts:
    """Sizes and dates for sorting: a second pass after the grid is drawn (one stat per file, which
    keeps this thread's hold on the interpreter short while the grid paints)."""
    facts = {}
    for path in paths:
        try:
            st = os.stat(path)
        except OSError:
            continue  # gone since the listing
        facts[str(path)] = (st.st_size, st.st_mtime_ns)
    return facts


@dataclass
class ScanState:
    """The project's import report as the page uses it: records and embeddings for re-flagging, the
    unreadable files, and why there is none (no scan yet, or a damaged report)."""

    report: ScanReport | None = None
    error: str = ""

    @property
    def images(self) -> list[ImageRecord]:
        return self.report.images if self.report else []

    @property
    def problems(self) -> list[tuple[str, str, str]]:
        """(path, kind, message) of every file the scan could not use."""
        return [(p.path, p.kind, p.message) for p in self.report.problems] if self.report else []

    @property
    def thresholds(self) -> QualityThresholds:
        return self.report.thresholds if self.report else QualityThresholds()


def load_scan(project_root: Path) -> ScanState:
    path = report_path_for(project_root)
    if not path.exists():
        return ScanState()
    try:
        return ScanState(load_report(path))
    except ConfigFileError as exc:
        return ScanState(error=str(exc))


@dataclass
class Flags:
    """Flags per path from one :func:`reflag` run, and how many images carry each flag."""

    by_path: dict[str, tuple[tuple[str, ...], str, str]] = field(default_factory=dict)  # flags, duplicate_of, match
    counts: dict[str, int] = field(default_factory=dict)


def flags_of(images: list[ImageRecord]) -> Flags:
    return Flags({r.path: (tuple(r.flags), r.duplicate_of, r.match) for r in images}, flag_counts(images))


def reflag(images: list[ImageRecord], thresholds: QualityThresholds, embeddings: np.ndarray | None) -> Flags:
    """The flags *images* get with *thresholds*, computed on copies (the originals stay as loaded)."""
    copies = [replace(r, flags=[]) for r in images]
    return flags_of(assess(copies, thresholds, embeddings))
