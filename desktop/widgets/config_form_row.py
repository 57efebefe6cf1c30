"""One setting in the form: its label, its editor, a reset button, and a note (why it is off, what is wrong)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QToolButton, QWidget

from desktop.widgets.config_form_editors import FieldEditor, make_editor, not_set_text
from desktop.widgets.config_text import help_text, label, search_text
from training.config_fields import FieldInfo

LABEL_WIDTH = 190


def esc(text: str) -> str:
    """*text* for Qt's rich text (quotes stay as typed: they are not inside attributes)."""
    return html.escape(text, quote=False)


def format_value(value: Any) -> str:
    """A value as the form's texts show it (defaults, the diff view)."""
    if value is None:
        return not_set_text()
    if isinstance(value, bool):
        return QCoreApplication.translate("FieldRow", "on") if value else QCoreApplication.translate("FieldRow", "off")
    if isinstance(value, list):
        return ", ".join(value) if value else QCoreApplication.translate("FieldRow", "none")
    if isinstance(value, float):
        return repr(value)
    return str(value) if value != "" else QCoreApplication.translate("FieldRow", "empty")


def describe_range(info: FieldInfo) -> str:
    spec = info.spec
    if spec.choices is not None:
        return QCoreApplication.translate("FieldRow", "one of {choices}").format(
            choices=", ".join(str(c) for c in spec.choices))
    if spec.min is not None and spec.max is not None:
        return QCoreApplication.translate("FieldRow", "{min:g} to {max:g}").format(min=spec.min, max=spec.max)
    return ""


class FieldRow(QWidget):
    """Emits ``edited`` when the user changes the value, ``reset_requested`` from its reset button."""

    edited = Signal(object)  # the row
    hovered = Signal(object)
    reset_requested = Signal(object)

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.changed_from_default = False
        self.applies = True
        self.reason = ""
        self.messages: list[tuple[str, str]] = []  # (level, text)
        self._state: tuple[object, ...] = ()
        self.label = QLabel(label(info))
        self.label.setFixedWidth(LABEL_WIDTH)
        self.label.setWordWrap(True)
        self.editor: FieldEditor = make_editor(info)
        self.label.setBuddy(self.editor)
        self.reset = QToolButton(text="↺", autoRaise=True)
        self.reset.setToolTip(self.tr("Reset to the default ({value})").format(value=format_value(info.default)))
        policy = self.reset.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.reset.setSizePolicy(policy)
        self.reset.hide()
        self.note = QLabel(objectName="fieldNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.label, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.editor, 0, 1)
        grid.addWidget(self.reset, 0, 2)
        grid.addWidget(self.note, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        tip = f"<b>{esc(label(info))}</b> <code>{info.key}</code><br>{esc(help_text(info))}"
        default = self.tr("Default: {value}").format(value=esc(format_value(info.default)))
        tip += f"<br><i>{default}</i>"
        for widget in (self.label, self.editor):
            widget.setToolTip(tip)
        self.editor.changed.connect(lambda: self.edited.emit(self))
        self.reset.clicked.connect(lambda: self.reset_requested.emit(self))

    @property
    def key(self) -> str:
        return self.info.key

    def enterEvent(self, event: QEnterEvent) -> None:
        self.hovered.emit(self)
        super().enterEvent(event)

    def matches(self, words: list[str]) -> bool:
        """Every word of a search is in the field's name, or its label or help in English or translated."""
        haystack = search_text(self.info)
        return all(w in haystack for w in words)

    def show_state(self, changed: bool, applies: bool, reason: str, messages: list[tuple[str, str]]) -> None:
        """Mark a changed value, grey out a field that does nothing now (and say why), show its messages."""
        problem = self.editor.problem()
        state = (changed, applies, reason, messages, problem)
        if state == self._state:
            return
        self._state = state
        self.changed_from_default, self.applies, self.reason, self.messages = changed, applies, reason, messages
        font = self.label.font()
        if font.bold() != changed:
            font.setBold(changed)
            self.label.setFont(font)
        self.reset.setVisible(changed)
        self.editor.setEnabled(applies)
        self.label.setEnabled(applies)
        lines = [f"<span style='color:#c0392b'>{esc(problem)}</span>"] if problem else []
        colours = {"error": "#c0392b", "warning": "#b7791f"}
        lines += [f"<span style='color:{colours[level]}'>{esc(text)}</span>" for level, text in messages]
        if not applies:
            muted = self.palette().placeholderText().color().name()
            applies_when = self.tr("Applies when {reason}.").format(reason=esc(reason))
            lines.append(f"<span style='color:{muted}'>{applies_when}</span>")
        text = "<br>".join(lines)
        if self.note.text() != text:
            self.note.setText(text)
            self.note.setVisible(bool(text))
