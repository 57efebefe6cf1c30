"""Guards against a Qt binding that corrupts reference counts.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every void method call (``setText``,
``processEvents``) and to True on every ``Signal.emit()``; a few thousand calls later the process
aborts ("Fatal Python error: none_dealloc"), usually in the middle of a job. Python 3.12+ makes
None and True immortal, which hides the bug there.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal on 3.12+")


class _Emitter(QObject):
    fired = Signal()


def _refcount_change(obj: object, call) -> int:
    before = sys.getrefcount(obj)
    for _ in range(100):
        call()
    return sys.getrefcount(obj) - before


def test_void_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    assert _refcount_change(None, lambda: label.setText("x")) > -50


def test_signal_emit_keeps_true_alive(qtbot):
    emitter = _Emitter()
    assert _refcount_change(True, emitter.fired.emit) > -50
