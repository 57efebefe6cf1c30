"""Thumbnails for the Images grid: decoded on worker threads, held in a small LRU of pixmaps.

Only rows the view paints ask for a thumbnail, newest request first, so scrolling through 10,000
images decodes what is on screen now and drops what scrolled away long ago. A worker reads the disk
cache of ``dataprep.thumbnails`` (making the thumbnail from the original when the cache has none yet,
which also fills the cache) and hands a QImage back; the GUI thread only turns it into a pixmap.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap

from dataprep.image_import import ImageReadError
from dataprep.thumbnails import DEFAULT_SIZE, ensure_thumbnail

MIN_CAPACITY = 300  # pixmaps kept; at 256 px about 60 MB
MAX_PENDING = 400  # beyond this the oldest requests are dropped: rows that scrolled away
WORKERS = 2


class _Relay(QObject):
    """Carries results from the workers to the GUI thread (a queued connection). It has no parent, so
    a worker still running when the page goes away holds a valid object to emit on."""

    loaded = Signal(str, QImage, int)  # image path, thumbnail (null when unreadable), generation


def load_thumbnail(image: Path, cache_dir: Path, size: int) -> QImage:
    """The thumbnail of *image*, made and cached now if needed; a null QImage when it cannot be read."""
    try:
        return QImage(str(ensure_thumbnail(cache_dir, image, size)))
    except (ImageReadError, OSError):
        return QImage()


class ThumbnailCache(QObject):
    """``ready(path)`` when a requested thumbnail can be drawn (it is then also in the disk cache),
    ``failed(path)`` when the file cannot be read, ``idle()`` when the last request is answered."""

    ready = Signal(str)
    failed = Signal(str)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, size: int = DEFAULT_SIZE, workers: int = WORKERS) -> None:
        super().__init__(parent)
        self.size = size
        self.capacity = MIN_CAPACITY
        self._workers = workers
        self._cache_dir: Path | None = None
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._failed: set[str] = set()
        self._pending: OrderedDict[str, Path] = OrderedDict()  # guarded by _lock, like _in_flight and _running
        self._in_flight: set[str] = set()  # taken by a worker, not yet delivered
        self._lock = threading.Lock()
        self._running = 0
        self._generation = 0
        self._relay = _Relay()
        self._relay.loaded.connect(self._on_loaded)
        self._pool = QThreadPool(self)  # its own threads: the shared pool stays free for listings and re-flagging
        self._pool.setMaxThreadCount(workers)

    def set_cache_dir(self, cache_dir: Path | None) -> None:
        """Start over for another project (or listing): results still in flight are ignored."""
        with self._lock:
            self._generation += 1
            self._pending.clear()
            self._in_flight.clear()
            self._cache_dir = cache_dir
        self._pixmaps.clear()
        self._failed.clear()

    def set_visible_count(self, rows: int) -> None:
        """Keep at least three screens of thumbnails, so scrolling back shows them at once."""
        self.capacity = max(MIN_CAPACITY, 3 * rows)
        self._evict()

    # ---- lookups (GUI thread, no file access)
    def pixmap(self, path: str) -> QPixmap | None:
        pixmap = self._pixmaps.get(path)
        if pixmap is not None:
            self._pixmaps.move_to_end(path)
        return pixmap

    def has_failed(self, path: str) -> bool:
        return path in self._failed

    def loaded_count(self) -> int:
        return len(self._pixmaps)

    def pending_count(self) -> int:
        """Requests not answered yet (queued or being decoded)."""
        with self._lock:
            return len(self._pending) + len(self._in_flight)

    # ---- requests
    def request(self, path: Path) -> None:
        """Ask for *path*'s thumbnail (newest first); nothing happens if it is there or known unreadable."""
        key = str(path)
        if key in self._pixmaps or key in self._failed or self._cache_dir is None:
            return
        with self._lock:
            if key in self._in_flight:
                return
            self._pending[key] = path
            self._pending.move_to_end(key)
            while len(self._pending) > MAX_PENDING:
                self._pending.popitem(last=False)
            start = self._running < self._workers
            if start:
                self._running += 1
        if start:
            self._pool.start(self._drain)

    def _drain(self) -> None:
        """Worker loop: take the newest request until none is left."""
        relay = self._relay
        while True:
            with self._lock:
                if not self._pending:
                    self._running -= 1
                    return
                key, path = self._pending.popitem(last=True)
                self._in_flight.add(key)
                generation, cache_dir = self._generation, self._cache_dir
            if cache_dir is not None:
                image = load_thumbnail(path, cache_dir, self.size)
                try:
                    relay.loaded.emit(key, image, generation)
                except RuntimeError:  # the application is shutting down
                    with self._lock:
                        self._running -= 1
                    return

    def _on_loaded(self, key: str, image: QImage, generation: int) -> None:
        with self._lock:
            if generation != self._generation:
                return
            self._in_flight.discard(key)
        if image.isNull():
            self._failed.add(key)
            self.failed.emit(key)
        else:
            self._pixmaps[key] = QPixmap.fromImage(image)
            self._evict()
            self.ready.emit(key)
        if self.pending_count() == 0:
            self.idle.emit()

    def _evict(self) -> None:
        while len(self._pixmaps) > self.capacity:
            self._pixmaps.popitem(last=False)
