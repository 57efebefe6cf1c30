"""The project's crops and exclusions (``crops.json``, through dataprep.crops) as the Images page edits
them: a change applies in memory at once and is written on the thread pool a moment later from a copy
(the GUI keeps editing while it is written); writes are serialized and an older copy never replaces a
newer one."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from dataprep.buckets import Size
from dataprep.crops import CropFileError, CropStore, ImageEdit, Rect
from dataprep.phrases import exception_text
from desktop.background import run_in_background
from desktop.widgets.phrase_text import tr_phrase

SAVE_DELAY_MS = 300  # a drag or a run of key presses is written once


_write_lock = threading.Lock()
_written: dict[Path, int] = {}  # crops file → sequence number of the copy last written
_sequence = itertools.count(1)


def _load(root: Path) -> CropStore | str:
    try:
        with _write_lock:  # after a write of the same file that was queued before
            return CropStore.load(root)
    except CropFileError as exc:
        return tr_phrase(exception_text(exc))


def _save(store: CropStore, sequence: int) -> str:
    try:
        with _write_lock:
            if _written.get(store.file, 0) > sequence:
                return ""  # a newer copy is already on disk
            _written[store.file] = sequence
            store.save()
    except OSError as exc:
        return QCoreApplication.translate(
            "EditStore", "{file}: the crops could not be saved ({error}). Check that the project folder is "
            "writable and has free space.").format(file=store.file, error=exc.strerror or exc)
    return ""


class EditStore(QObject):
    """``loaded`` once the project's crops are read; ``changed(paths)`` after an edit; ``error(message)``
    when the file cannot be read (edits are then refused, so a damaged file is never overwritten) or
    written."""

    loaded = Signal()
    changed = Signal(list)
    error = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: CropStore | None = None
        self.load_error = ""
        self._token = 0
        self._writes = 0  # in flight
        self._dirty = False
        self._excluded: set[str] | None = None
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self._write)

    # ---- project
    def set_project(self, root: Path | None) -> None:
        self._timer.stop()
        self._write()  # the previous project's last edits
        self._token += 1
        token = self._token
        self.store, self.load_error, self._excluded = None, "", None
        if root is not None:
            run_in_background(lambda: _load(root), lambda result: self._on_loaded(token, result), self)

    def _on_loaded(self, token: int, result: CropStore | str) -> None:
        if token != self._token:
            return
        if isinstance(result, str):
            self.load_error = result
            self.error.emit(result)
            return
        self.store, self._excluded = result, None
        self.loaded.emit()

    @property
    def ready(self) -> bool:
        return self.store is not None

    # ---- reading
    def edit(self, path: Path) -> ImageEdit:
        return self.store.get(path) if self.store is not None else ImageEdit()

    def is_excluded(self, path: Path) -> bool:
        return self.store is not None and self.store.is_excluded(path)

    def excluded_paths(self) -> set[str]:
        """Absolute paths of the excluded images (kept between edits: filtering 10,000 rows asks often)."""
        if self._excluded is None:
            store = self.store
            self._excluded = set() if store is None else {
                str(store.root / key) for key, edit in store.edits.items() if edit.excluded}
        return self._excluded

    def snapshot(self) -> CropStore | None:
        """A copy for work on the thread pool (the bucket preview, a save)."""
        if self.store is None:
            return None
        return CropStore(self.store.root, {key: replace(edit) for key, edit in self.store.edits.items()})

    # ---- editing
    def set_excluded(self, paths: Iterable[Path], excluded: bool) -> bool:
        paths = list(paths)
        if self.store is None or not paths:
            return False
        for path in paths:
            self.store.set_excluded(path, excluded)
        self._changed(paths)
        return True

    def set_crop(self, path: Path, rect: Rect, size: Size, aspect: str) -> Rect | None:
        """Store the crop (clamped to the image); None when the crops file could not be read."""
        if self.store is None:
            return None
        stored = self.store.set_crop(path, rect, size, aspect)
        self._changed([path])
        return stored

    def clear_crop(self, path: Path) -> None:
        if self.store is not None:
            self.store.clear_crop(path)
            self._changed([path])

    def _changed(self, paths: list[Path]) -> None:
        self._dirty, self._excluded = True, None
        self._timer.start()
        self.changed.emit([str(p) for p in paths])

    # ---- saving
    def _write(self) -> None:
        snapshot = self.snapshot()
        if not self._dirty or snapshot is None:
            return
        self._dirty = False
        self._writes += 1
        sequence = next(_sequence)
        run_in_background(lambda: _save(snapshot, sequence), self._on_written, self)

    def _on_written(self, error: str) -> None:
        self._writes -= 1
        if error:
            self.error.emit(error)

    def flush(self) -> str:
        """Write pending edits now, on this thread (before a job reads crops.json); the error, if any."""
        self._timer.stop()
        snapshot = self.snapshot()
        if not self._dirty or snapshot is None:
            return ""
        self._dirty = False
        error = _save(snapshot, next(_sequence))
        if error:
            self.error.emit(error)
        return error

    @property
    def saving(self) -> bool:
        """Edits not yet on disk (a test or the page waits for this before reading the file)."""
        return self._dirty or self._writes > 0
