"""The caption editor's keyboard shortcuts: defaults, the user's rebindings (in QSettings), the dialog."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QKeySequenceEdit,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

SETTINGS_GROUP = "captions/shortcuts"


@dataclass(frozen=True)
class Shortcut:
    name: str
    label: str  # English; text() is what the user reads
    default: str  # QKeySequence's portable text

    def text(self) -> str:
        """The label in the interface language."""
        return QCoreApplication.translate("CaptionShortcuts", self.label)


SHORTCUTS = (
    Shortcut("next_image", QT_TRANSLATE_NOOP("CaptionShortcuts", "Next image"), "PgDown"),
    Shortcut("previous_image", QT_TRANSLATE_NOOP("CaptionShortcuts", "Previous image"), "PgUp"),
    Shortcut("focus_tag_input", QT_TRANSLATE_NOOP("CaptionShortcuts", "Type a tag"), "Ctrl+T"),
    Shortcut("accept_completion", QT_TRANSLATE_NOOP("CaptionShortcuts", "Accept the highlighted (or first) completion"),
             "Tab"),
    Shortcut("delete_tag", QT_TRANSLATE_NOOP("CaptionShortcuts", "Delete the current tag"), "Ctrl+D"),
    Shortcut("undo", QT_TRANSLATE_NOOP("CaptionShortcuts", "Undo"), "Ctrl+Z"),
    Shortcut("redo", QT_TRANSLATE_NOOP("CaptionShortcuts", "Redo"), "Ctrl+Shift+Z"),
    Shortcut("toggle_text", QT_TRANSLATE_NOOP("CaptionShortcuts", "Switch between tags and text"), "Ctrl+E"),
    Shortcut("focus_filter", QT_TRANSLATE_NOOP("CaptionShortcuts", "Filter images"), "Ctrl+F"),
    Shortcut("save", QT_TRANSLATE_NOOP("CaptionShortcuts", "Save now"), "Ctrl+S"),
)
BY_NAME = {s.name: s for s in SHORTCUTS}


class ShortcutMap:
    """Key sequence per action name; unset names use their default."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def sequence(self, name: str) -> QKeySequence:
        text = self.settings.value(f"{SETTINGS_GROUP}/{name}", BY_NAME[name].default)
        return QKeySequence.fromString(str(text), QKeySequence.SequenceFormat.PortableText)

    def set(self, name: str, sequence: QKeySequence) -> None:
        key = f"{SETTINGS_GROUP}/{name}"
        text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
        if text == BY_NAME[name].default:
            self.settings.remove(key)
        else:
            self.settings.setValue(key, text)

    def all(self) -> dict[str, QKeySequence]:
        return {s.name: self.sequence(s.name) for s in SHORTCUTS}

    @staticmethod
    def clashes(sequences: dict[str, QKeySequence]) -> list[tuple[str, str]]:
        """Pairs of action names bound to the same keys."""
        seen: dict[str, str] = {}
        pairs = []
        for name, seq in sequences.items():
            text = seq.toString(QKeySequence.SequenceFormat.PortableText)
            if not text:
                continue
            if text in seen:
                pairs.append((seen[text], name))
            else:
                seen[text] = name
        return pairs


class ShortcutsDialog(QDialog):
    """One key field per action; OK stores what differs from the defaults."""

    def __init__(self, shortcuts: ShortcutMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Caption editor shortcuts"))
        self.shortcuts = shortcuts
        self.edits: dict[str, QKeySequenceEdit] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for row, sc in enumerate(SHORTCUTS):
            edit = QKeySequenceEdit(shortcuts.sequence(sc.name))
            edit.setMaximumSequenceLength(1)
            edit.setClearButtonEnabled(True)
            edit.keySequenceChanged.connect(self._check)
            reset = QToolButton(text=self.tr("Default"))
            reset.setToolTip(self.tr("Back to {keys}").format(
                keys=QKeySequence(sc.default).toString(QKeySequence.SequenceFormat.NativeText)))
            reset.clicked.connect(lambda _=False, e=edit, d=sc.default: e.setKeySequence(QKeySequence(d)))
            grid.addWidget(QLabel(sc.text()), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(reset, row, 2)
            self.edits[sc.name] = edit
        self.problem = QLabel(objectName="muted")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Click a field and press the keys. Shortcuts act anywhere on the Captions page.")))
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignRight)
        self._check()

    def sequences(self) -> dict[str, QKeySequence]:
        return {name: edit.keySequence() for name, edit in self.edits.items()}

    def _check(self) -> None:
        clashes = ShortcutMap.clashes(self.sequences())
        clash = self.tr("“{first}” and “{second}” have the same keys")
        text = "; ".join(clash.format(first=BY_NAME[a].text(), second=BY_NAME[b].text()) for a, b in clashes)
        self.problem.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not clashes)

    def accept(self) -> None:
        for name, seq in self.sequences().items():
            self.shortcuts.set(name, seq)
        super().accept()
