"""Saving captions: the autosave policy and batches of atomic writes that can run off the GUI thread."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from dataprep.caption_io import CaptionConflictError, CaptionFormat, FileSnapshot, Unchecked, write_caption
from dataprep.caption_rows import IO_WORKERS


@dataclass(frozen=True)
class AutosavePolicy:
    idle_s: float = 0.3  # save once edits pause this long...
    max_delay_s: float = 1.0  # ...and at the latest this long after the first unsaved edit


@dataclass(frozen=True)
class PlannedWrite:
    row: int
    path: Path
    text: str
    format: CaptionFormat
    expected: FileSnapshot | Unchecked | None


@dataclass
class SaveBatch:
    """Writes prepared on the GUI thread; :meth:`write` may run on any thread."""

    writes: list[PlannedWrite]
    outcomes: list[FileSnapshot | Exception] = field(default_factory=list)

    def _write_one(self, w: PlannedWrite) -> FileSnapshot | Exception:
        try:
            return write_caption(w.path, w.text, w.format, expected=w.expected)
        except (CaptionConflictError, OSError) as exc:
            return exc

    def write(self) -> None:
        if len(self.writes) > IO_WORKERS:  # fsync dominates and releases the GIL
            with ThreadPoolExecutor(IO_WORKERS) as pool:
                self.outcomes = list(pool.map(self._write_one, self.writes))
        else:
            self.outcomes = [self._write_one(w) for w in self.writes]


@dataclass
class SaveReport:
    saved: list[int] = field(default_factory=list)
    conflicts: list[int] = field(default_factory=list)
    failed: dict[int, str] = field(default_factory=dict)
