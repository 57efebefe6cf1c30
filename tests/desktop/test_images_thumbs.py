"""The grid's thumbnail cache: newest requests first, old ones dropped, a bounded LRU of pixmaps,
unreadable files answered once, results for an older listing ignored."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImage

from desktop.pages import images_thumbs
from desktop.pages.images_thumbs import ThumbnailCache

TIMEOUT = 20_000


@pytest.fixture
def pictures(tmp_path: Path) -> list[Path]:
    paths = []
    for i in range(10):
        path = tmp_path / f"p{i}.jpg"
        Image.new("RGB", (40, 30), (i * 20, 80, 160)).save(path)
        paths.append(path)
    return paths


def test_the_newest_requests_win_and_old_ones_are_dropped(qtbot, tmp_path, pictures, monkeypatch):
    taken, gate = threading.Event(), threading.Event()
    real = images_thumbs.load_thumbnail

    def held(path: Path, cache_dir: Path, size: int) -> QImage:
        taken.set()
        gate.wait(10)
        return real(path, cache_dir, size)

    monkeypatch.setattr(images_thumbs, "load_thumbnail", held)
    monkeypatch.setattr(images_thumbs, "MAX_PENDING", 3)
    cache = ThumbnailCache(workers=1)
    cache.set_cache_dir(tmp_path / "thumbs")
    delivered: list[str] = []
    cache.ready.connect(delivered.append)
    cache.request(pictures[0])
    qtbot.waitUntil(taken.is_set, timeout=TIMEOUT)  # the worker is busy with the first
    for path in pictures[1:]:  # as a fast scroll would ask
        cache.request(path)
    gate.set()
    qtbot.waitUntil(lambda: cache.pending_count() == 0, timeout=TIMEOUT)
    assert delivered == [str(p) for p in (pictures[0], pictures[9], pictures[8], pictures[7])]


def test_pixmaps_are_kept_in_a_bounded_lru(qtbot, tmp_path, pictures, monkeypatch):
    monkeypatch.setattr(images_thumbs, "MIN_CAPACITY", 4)
    cache = ThumbnailCache()
    cache.set_cache_dir(tmp_path / "thumbs")
    cache.set_visible_count(1)
    for path in pictures:
        cache.request(path)
        qtbot.waitUntil(lambda p=path: cache.pixmap(str(p)) is not None, timeout=TIMEOUT)
    assert cache.loaded_count() == 4
    assert cache.pixmap(str(pictures[0])) is None and cache.pixmap(str(pictures[-1])) is not None
    assert len(list((tmp_path / "thumbs").glob("*.jpg"))) == 10  # the disk cache keeps them all
    cache.set_visible_count(5)  # five on screen: three screens are kept
    assert cache.capacity == 15


def test_unreadable_files_fail_once_and_old_listings_are_ignored(qtbot, tmp_path, pictures):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    cache = ThumbnailCache(workers=1)  # one worker: answers come in the order the work was taken
    cache.set_cache_dir(tmp_path / "thumbs")
    failed: list[str] = []
    cache.failed.connect(failed.append)
    cache.request(broken)
    qtbot.waitUntil(lambda: cache.has_failed(str(broken)), timeout=TIMEOUT)
    cache.request(broken)  # known unreadable: not tried again
    assert cache.pending_count() == 0 and failed == [str(broken)]

    cache.request(pictures[0])
    cache.set_cache_dir(tmp_path / "other")  # another project: an answer still on its way is dropped
    cache.request(pictures[1])
    qtbot.waitUntil(lambda: cache.pixmap(str(pictures[1])) is not None, timeout=TIMEOUT)
    assert cache.pixmap(str(pictures[0])) is None and cache.loaded_count() == 1
