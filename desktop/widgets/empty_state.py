"""What a page shows when it has nothing to show: what belongs here and what to do now."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.icons import icon


class EmptyState(QWidget):
    """A centred card: an icon, a title, paragraphs of explanation and optional real actions."""

    def __init__(self, icon_name: str, title: str, paragraphs: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = QFrame(objectName="emptyCard")
        card.setMaximumWidth(620)
        self._icon = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._icon.setPixmap(icon(icon_name).pixmap(48, 48))
        self.title = QLabel(title, objectName="emptyTitle", alignment=Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.body = QLabel(alignment=Qt.AlignmentFlag.AlignLeft)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setOpenExternalLinks(False)
        self.buttons = QHBoxLayout()  # stretch, buttons…, stretch: centred
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(12)
        inner.addWidget(self._icon)
        inner.addWidget(self.title)
        inner.addWidget(self.body)
        inner.addLayout(self.buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 100)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.set_paragraphs(paragraphs or [])

    def set_paragraphs(self, paragraphs: list[str]) -> None:
        """Paragraphs of simple HTML (bold, lists)."""
        self.body.setText("".join(f"<p style='margin-bottom:6px'>{p}</p>" for p in paragraphs))
        self.body.setVisible(bool(paragraphs))

    def add_widget(self, widget: QWidget) -> QWidget:
        """A widget in the row of buttons (a group of buttons that several pages share)."""
        self.buttons.insertWidget(self.buttons.count() - 1, widget)
        return widget

    def add_button(self, text: str, slot: Callable[[], object], primary: bool = False) -> QPushButton:
        button = QPushButton(text, objectName="primary" if primary else "")
        button.clicked.connect(slot)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button
