"""Non-modal notices above the caption editor (a file changed on disk, a file that is not UTF-8, a
save that failed), and the dialog that converts a caption file to UTF-8."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dataprep.caption_io import CaptionEncodingError, decode_caption

LEVEL_COLORS = {"warning": ("#fdf2e0", "#e0a43a", "#5a3d00"), "error": ("#fbe5e3", "#d9534f", "#5c1512"),
                "info": ("#e6f0fa", "#5b9bd5", "#143a5e")}


class Notice(QFrame):
    """A coloured bar: a message, action buttons, and × to dismiss it until it is shown again."""

    def __init__(self, level: str = "warning", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captionNotice_" + level)
        bg, border, fg = LEVEL_COLORS[level]
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ background: {bg}; border: 1px solid {border}; "
                           f"border-radius: 6px; }} QFrame#{self.objectName()} QLabel {{ color: {fg}; }}")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        close = QToolButton(text="×")
        close.setAutoRaise(True)
        close.setToolTip("Dismiss")
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.setSpacing(10)
        row.addWidget(self.label, 1)
        row.addLayout(self.buttons)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, html: str, actions: Sequence[tuple[str, Callable[[], object]]] = ()) -> None:
        self.label.setText(html)
        while (item := self.buttons.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().deleteLater()
        for text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=slot: s())
            self.buttons.addWidget(button)
        self.show()

    def action_texts(self) -> list[str]:
        return [self.buttons.itemAt(i).widget().text() for i in range(self.buttons.count())]

    def trigger(self, text: str) -> None:
        """Press the action button labelled *text* (keyboard users and tests)."""
        for i in range(self.buttons.count()):
            button = self.buttons.itemAt(i).widget()
            if isinstance(button, QPushButton) and button.text() == text:
                button.click()
                return
        raise KeyError(text)


def encoding_candidates(path: Path) -> list[str] | None:
    """The encodings that decode *path* when it is not UTF-8; None when it is (or cannot be read)."""
    try:
        data = path.read_bytes()
        decode_caption(data, path)
    except CaptionEncodingError as exc:
        return exc.candidates
    except OSError:
        return None
    return None


class EncodingDialog(QDialog):
    """Shows the file's text as each candidate encoding reads it, so the user picks the one that looks right."""

    def __init__(self, path: Path, candidates: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Convert caption file to UTF-8")
        data = path.read_bytes()
        intro = QLabel(f"<b>{path.name}</b> is not UTF-8. Pick the encoding in which the text reads right; "
                       f"Danlu rewrites the file as UTF-8 and keeps the original as <i>{path.name}.bak</i>.")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.group = QButtonGroup(self)
        for n, encoding in enumerate(candidates):
            text = data.decode(encoding, errors="replace").strip()
            button = QRadioButton(f"{encoding}:  {text[:120]}")
            button.setProperty("encoding", encoding)
            button.setChecked(n == 0)
            self.group.addButton(button)
            layout.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Convert")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def encoding(self) -> str:
        return str(self.group.checkedButton().property("encoding"))
