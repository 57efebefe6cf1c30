"""A page whose workflow step is not built yet: it says what will be here and what to do meanwhile."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from dataprep.project import Project
from desktop.widgets.empty_state import EmptyState
from desktop.widgets.page_header import PageHeader


class PlannedPage(QWidget):
    """Header plus an empty state; subclasses give the texts and may add real actions."""

    navigate = Signal(str)  # asks the main window to show another page (by key)

    icon_name = ""
    title = ""
    subtitle = ""
    will_hold = ""
    meanwhile: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.header = PageHeader(self.title, self.subtitle)
        self.empty = EmptyState(self.icon_name, "Not built yet")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.header)
        layout.addWidget(self.empty, 1)
        self.set_project(None)

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self.empty.set_paragraphs(self.paragraphs())

    def paragraphs(self) -> list[str]:
        return [f"<b>This page will hold</b> {self.will_hold}", "<b>Meanwhile:</b> " + " ".join(self.meanwhile)]
