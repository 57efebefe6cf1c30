"""The three ways to start: the demo project, a new project from a folder of images, a project on disk.

The welcome page shows them, and so does every page's "No project open" state; the page forwards the choice
through its ``start_requested`` signal and the main window does it (its File menu does the same)."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

DEMO, NEW, OPEN = "demo", "new", "open"


class StartButtons(QWidget):
    """Three buttons; a click emits ``requested`` with DEMO, NEW or OPEN (and *forward_to*, when given)."""

    requested = Signal(str)

    def __init__(self, forward_to: SignalInstance | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.demo_button = QPushButton(self.tr("Open the demo project"), objectName="primary")
        self.new_button = QPushButton(self.tr("New project from a folder of images…"))
        self.open_button = QPushButton(self.tr("Open project…"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button, how in ((self.demo_button, DEMO), (self.new_button, NEW), (self.open_button, OPEN)):
            button.clicked.connect(lambda _checked=False, how=how: self.requested.emit(how))
            row.addWidget(button)
        if forward_to is not None:
            self.requested.connect(forward_to)
