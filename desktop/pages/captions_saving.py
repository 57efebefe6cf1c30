"""Autosave for the caption editor: a timer that follows the store's policy (written within a second
of an edit), with big batches written on the thread pool so a bulk edit of thousands of captions
never freezes the window."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from dataprep.caption_save import SaveBatch, SaveReport
from dataprep.caption_store import CaptionStore
from desktop.background import run_in_background

INLINE_WRITES = 8  # a few atomic writes (one fsync each) are quicker than a trip to the pool


class Autosaver(QObject):
    """``saved(report)`` after each batch is finished (on the GUI thread)."""

    saved = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: CaptionStore | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._due)
        self._batch: SaveBatch | None = None
        self._written = threading.Event()

    def set_store(self, store: CaptionStore | None) -> None:
        self.flush()
        self.store = store
        self.schedule()

    def busy(self) -> bool:
        return self._batch is not None

    def schedule(self) -> None:
        """Arm the timer for when the store's policy says the next save is due."""
        store = self.store
        if store is None or self._batch is not None:
            return  # a batch in flight reschedules when it is finished
        delay = store.next_save_in()
        if delay is None:
            self.timer.stop()
        else:
            self.timer.start(int(delay * 1000) + 1)

    def _due(self) -> None:
        store = self.store
        if store is None or self._batch is not None:
            return
        if store.next_save_in() != 0.0:
            self.schedule()
            return
        self._start(store.prepare_save())

    def _start(self, batch: SaveBatch) -> None:
        store = self.store
        if store is None:
            return
        if len(batch.writes) <= INLINE_WRITES:
            batch.write()
            self._finish(store, batch)
            return
        self._batch = batch
        written = self._written = threading.Event()

        def work() -> SaveBatch:
            try:
                batch.write()
            finally:
                written.set()
            return batch

        run_in_background(work, lambda b: self._finished_in_background(store, b), self)

    def _finished_in_background(self, store: CaptionStore, batch: SaveBatch) -> None:
        if self._batch is batch:  # not already finished by flush()
            self._batch = None
            self._finish(store, batch)

    def _finish(self, store: CaptionStore, batch: SaveBatch) -> None:
        report = store.finish_save(batch)
        self.saved.emit(report)
        if store is self.store:
            self.schedule()

    def save_now(self) -> SaveReport | None:
        """Write every unsaved caption now, retrying failed ones (the Save shortcut)."""
        self.flush()
        store = self.store
        if store is None:
            return None
        report = store.save_dirty(retry_failed=True)
        self.saved.emit(report)
        return report

    def flush(self) -> None:
        """Finish the batch in flight and write what is still due, on this thread (before switching
        folders and when the app quits)."""
        self.timer.stop()
        store, batch = self.store, self._batch
        if store is None:
            return
        if batch is not None:
            self._written.wait()
            self._batch = None
            self._finish(store, batch)
            self.timer.stop()
        if store.pending_saves():
            self.saved.emit(store.save_dirty())
