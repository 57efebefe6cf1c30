"""One editor widget per config field type, chosen from the field's metadata (never per field by hand).

Every editor has the same small interface: ``value()`` / ``set_value()`` in the field's own type
(None for an unset optional field), ``changed`` when the user edits it, and ``problem()`` with a
message while the text typed cannot be a value of the field (the last good value stays in force).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from desktop.widgets.config_text import label
from training.config_fields import FieldInfo

NOT_SET = QT_TRANSLATE_NOOP("FieldEditor", "not set")  # shown through not_set_text()
INT32_MAX = 2**31 - 1
LIST_LINES = 3


class FieldEditor(QWidget):
    """Base of the editors: a row of widgets holding one field's value."""

    changed = Signal()

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def problem(self) -> str:
        return ""

    def _emit(self, *_args: object) -> None:
        self.changed.emit()


def not_set_text() -> str:
    """What an optional field without a value shows, in the interface language."""
    return QCoreApplication.translate("FieldEditor", NOT_SET)


def _enter_text(info: FieldInfo) -> str:
    """The sentence asking for a value in the field's range ("Enter a whole number from 1 to 64.")."""
    lo, hi = info.spec.min, info.spec.max
    whole = info.type is int
    if lo is not None and hi is not None:
        text = (QCoreApplication.translate("FieldEditor", "Enter a whole number from {lo:g} to {hi:g}.") if whole
                else QCoreApplication.translate("FieldEditor", "Enter a number from {lo:g} to {hi:g}."))
    elif lo is not None:
        text = (QCoreApplication.translate("FieldEditor", "Enter a whole number of at least {lo:g}.") if whole
                else QCoreApplication.translate("FieldEditor", "Enter a number of at least {lo:g}."))
    elif hi is not None:
        text = (QCoreApplication.translate("FieldEditor", "Enter a whole number of at most {hi:g}.") if whole
                else QCoreApplication.translate("FieldEditor", "Enter a number of at most {hi:g}."))
    else:
        text = (QCoreApplication.translate("FieldEditor", "Enter a whole number.") if whole
                else QCoreApplication.translate("FieldEditor", "Enter a number."))
    return text.format(lo=lo, hi=hi)


class BoolEditor(FieldEditor):
    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(info, parent)
        self.box = QCheckBox()
        self.box.toggled.connect(self._emit)
        self.row.addWidget(self.box)
        self.row.addStretch(1)
        self.setFocusProxy(self.box)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.box):
            self.box.setChecked(bool(value))


class SpinEditor(FieldEditor):
    """Whole numbers in a spin box; an optional field's "not set" sits just below its minimum."""

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(info, parent)
        lo = int(info.spec.min) if info.spec.min is not None else -INT32_MAX
        hi = int(info.spec.max) if info.spec.max is not None else INT32_MAX
        self.unset = lo - 1 if info.optional else None
        self.spin = QSpinBox(minimum=lo if self.unset is None else self.unset, maximum=hi)
        if self.unset is not None:
            self.spin.setSpecialValueText(not_set_text())
        self.spin.setFixedWidth(160)
        self.spin.valueChanged.connect(self._emit)
        self.row.addWidget(self.spin)
        self.row.addStretch(1)
        self.setFocusProxy(self.spin)

    @staticmethod
    def fits(info: FieldInfo) -> bool:
        lo = info.spec.min if info.spec.min is not None else -INT32_MAX
        hi = info.spec.max if info.spec.max is not None else INT32_MAX
        return lo > -INT32_MAX and hi <= INT32_MAX

    def value(self) -> int | None:
        v = self.spin.value()
        return None if v == self.unset else v

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.spin):
            self.spin.setValue(self.unset if value is None else int(value))


class NumberEditor(FieldEditor):
    """Numbers typed as text (1e-4, 5e-05, a 32-bit seed): exact round trip, range checked, empty = not set."""

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(info, parent)
        self.edit = QLineEdit()
        self.edit.setFixedWidth(160)
        if info.optional:
            self.edit.setPlaceholderText(not_set_text())
        self.edit.setClearButtonEnabled(info.optional)
        self._value: Any = info.default
        self._problem = ""
        self.edit.textEdited.connect(self._on_edited)
        self.row.addWidget(self.edit)
        self.row.addStretch(1)
        self.setFocusProxy(self.edit)

    def _parse(self, text: str) -> Any:
        """The value of *text*, or ValueError with what to type instead."""
        text = text.strip()
        info = self.info
        if not text:
            if info.optional:
                return None
            raise ValueError(_enter_text(info))
        try:
            value: Any = int(text) if info.type is int else float(text)
        except ValueError:
            wrong = (self.tr("'{text}' is not a whole number.") if info.type is int
                     else self.tr("'{text}' is not a number."))
            raise ValueError(wrong.format(text=text)) from None
        lo, hi = info.spec.min, info.spec.max
        if (lo is not None and value < lo) or (hi is not None and value > hi) or value != value:
            raise ValueError(_enter_text(info))
        return value

    def _on_edited(self, text: str) -> None:
        try:
            value = self._parse(text)
        except ValueError as exc:
            self._problem = str(exc)
        else:
            self._problem = ""
            self._value = value
        self.changed.emit()

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value, self._problem = value, ""
        self.edit.setText("" if value is None else repr(value))

    def problem(self) -> str:
        return self._problem


class ChoiceEditor(FieldEditor):
    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(info, parent)
        self.choices: list[Any] = ([None] if info.optional else []) + list(info.spec.choices or ())
        self.combo = QComboBox()
        self.combo.addItems([not_set_text() if c is None else str(c) for c in self.choices])
        self.combo.setMinimumWidth(160)
        self.combo.currentIndexChanged.connect(self._emit)
        self.row.addWidget(self.combo)
        self.row.addStretch(1)
        self.setFocusProxy(self.combo)

    def value(self) -> Any:
        return self.choices[self.combo.currentIndex()]

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(self.choices.index(value) if value in self.choices else 0)


class TextEditor(FieldEditor):
    """Text; for an optional field an empty box means "not set"."""

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(info, parent)
        self.edit = QLineEdit()
        if info.optional:
            self.edit.setPlaceholderText(not_set_text())
        self.edit.textEdited.connect(self._emit)
        self.row.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)

    def value(self) -> str | None:
        text = self.edit.text()
        return None if self.info.optional and not text.strip() else text

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class PathEditor(TextEditor):
    """A path typed or picked: a folder ("dir"), a file ("file") or either ("path": a model may be both)."""

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(info, parent)
        self.base_dir: Path | None = None
        self.browse = QToolButton(text="…")
        self.browse.setToolTip(self.tr("Choose…"))
        kind = info.spec.widget
        if kind == "path":
            menu = QMenu(self.browse)
            menu.addAction(self.tr("Choose a file…"), lambda: self._pick("file"))
            menu.addAction(self.tr("Choose a folder…"), lambda: self._pick("dir"))
            self.browse.setMenu(menu)
            self.browse.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        else:
            self.browse.clicked.connect(lambda: self._pick(kind))
        self.row.addWidget(self.browse)

    def _start_dir(self) -> str:
        current = Path(self.edit.text().strip()).expanduser()
        if current.is_absolute():
            return str(current if current.is_dir() else current.parent)
        return str(self.base_dir or Path.home())

    def _pick(self, kind: str) -> None:
        title = label(self.info)
        if kind == "dir":
            chosen = QFileDialog.getExistingDirectory(self, title, self._start_dir())
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, title, self._start_dir())
        if chosen:
            self.edit.setText(chosen)
            self.changed.emit()


class ListEditor(FieldEditor):
    """A list of text values, one per line (values may hold commas and spaces: 'betas=(0.9, 0.99)')."""

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(info, parent)
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(self.tr("one per line"))
        self.edit.setTabChangesFocus(True)
        line = QFontMetrics(self.edit.font()).lineSpacing()
        self.edit.setFixedHeight(line * LIST_LINES + 12)
        self.edit.textChanged.connect(self._on_text)
        self._blocked = False
        self.row.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)

    def _on_text(self) -> None:
        if not self._blocked:
            self.changed.emit()

    def value(self) -> list[str]:
        return [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]

    def set_value(self, value: Any) -> None:
        self._blocked = True
        try:
            self.edit.setPlainText("\n".join(value or []))
        finally:
            self._blocked = False


def make_editor(info: FieldInfo, parent: QWidget | None = None) -> FieldEditor:
    """The editor for *info*, from its type, choices, range and widget hint."""
    if info.spec.choices is not None:
        return ChoiceEditor(info, parent)
    if info.type is bool:
        return BoolEditor(info, parent)
    if info.type is int:
        return SpinEditor(info, parent) if SpinEditor.fits(info) else NumberEditor(info, parent)
    if info.type is float:
        return NumberEditor(info, parent)
    if info.type is list:
        return ListEditor(info, parent)
    if info.spec.widget in ("dir", "file", "path"):
        return PathEditor(info, parent)
    return TextEditor(info, parent)
