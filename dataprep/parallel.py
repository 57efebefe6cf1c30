"""Per-file work on all CPU cores, with a bounded queue so a cancel stops within a few files.

Decoding and resizing images is CPU-bound and Pillow holds the GIL for most of it, so threads do
not scale; worker processes do. Workers are started with ``spawn`` on every platform: it is what
Windows must use, so Linux runs the same way, and it is safe in a job process that already has a
stdin-listener thread (``fork`` is not).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

IN_FLIGHT_PER_WORKER = 4
MIN_ITEMS_FOR_POOL = 16  # below this, starting worker processes (~1 s) costs more than it saves


def cpu_count() -> int:
    """Cores this process may use (the affinity mask on Linux, not the machine's total)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # Windows, macOS
        return os.cpu_count() or 1


def resolve_workers(workers: int, items: int) -> int:
    """*workers* ≤ 0 means all cores; never more workers than items."""
    wanted = cpu_count() if workers <= 0 else workers
    return max(1, min(wanted, items))


def parallel_map(func: Callable[[T], R], items: Sequence[T], workers: int = 0,
                 should_stop: Callable[[], bool] = lambda: False) -> Iterator[tuple[int, R]]:
    """Yield (index, func(item)) as results complete (not in order). *func* must be a module-level
    function (or a functools.partial of one) so worker processes can import it. When *should_stop*
    turns true, queued items are dropped and the iterator ends after the running ones."""
    n = resolve_workers(workers, len(items))
    if n == 1 or len(items) < MIN_ITEMS_FOR_POOL:
        for i, item in enumerate(items):
            if should_stop():
                return
            yield i, func(item)
        return
    pool = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn"))
    pending: dict[Future[Any], int] = {}
    queue = iter(enumerate(items))
    try:
        while True:
            while len(pending) < n * IN_FLIGHT_PER_WORKER and not should_stop():
                entry = next(queue, None)
                if entry is None:
                    break
                pending[pool.submit(func, entry[1])] = entry[0]
            if not pending:
                return
            done, _ = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
            for future in done:
                yield pending.pop(future), future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
