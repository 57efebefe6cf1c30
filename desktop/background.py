"""Run a function on Qt's thread pool and get its result back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

T = TypeVar("T")


class _Relay(QObject):
    """Lives on the GUI thread; a signal emitted from a worker reaches it through the event queue."""

    delivered = Signal(object, object, object)

    def __init__(self) -> None:
        super().__init__()
        self.delivered.connect(self._call)

    @Slot(object, object, object)
    def _call(self, owner: QObject | None, callback: Callable[[Any], None], value: Any) -> None:
        if owner is not None and not shiboken6.isValid(owner):
            return  # the object that asked is gone
        callback(value)


_relay: _Relay | None = None


def run_in_background(work: Callable[[], T], on_done: Callable[[T], None], owner: QObject | None = None) -> None:
    """Call *work()* on a pool thread, then *on_done(result)* on the GUI thread unless *owner* is deleted.

    *work* must not touch widgets or QPixmaps (QImage is fine) and should turn its own failures into
    a result value: an exception it raises is printed by Qt's pool and *on_done* is not called.
    """
    global _relay
    if _relay is None:
        _relay = _Relay()
    relay = _relay

    def task() -> None:
        result = work()
        if shiboken6.isValid(relay):  # at shutdown the relay may already be gone: nobody waits for the result
            relay.delivered.emit(owner, on_done, result)

    QThreadPool.globalInstance().start(task)
