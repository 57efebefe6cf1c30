"""Bulk caption edits over all, filtered or selected images: each one is a :mod:`dataprep.tags`
operation run by ``store.apply`` as one undo step. Also the small dialogs that ask for their input."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dataprep import tags as tag_ops
from dataprep.caption_store import CaptionStore

ALL, FILTERED, SELECTED = "all", "filtered", "selected"


class ScopeBox(QComboBox):
    """Which images a bulk edit touches; the counts follow the filter and the selection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip("The images that tag operations and bulk edits change")
        for scope in (ALL, FILTERED, SELECTED):
            self.addItem("", scope)
        self.set_counts(0, 0, 0)

    def scope(self) -> str:
        return str(self.currentData())

    def set_scope(self, scope: str) -> None:
        self.setCurrentIndex(self.findData(scope))

    def set_counts(self, total: int, shown: int, selected: int) -> None:
        texts = {ALL: f"All images ({total})", FILTERED: f"Shown by the filter ({shown})",
                 SELECTED: f"Selected images ({selected})"}
        for i in range(self.count()):
            self.setItemText(i, texts[self.itemData(i)])


class BulkOps(QObject):
    """``done(message)`` after each operation, for the page's status line."""

    done = Signal(str)

    def __init__(self, store: Callable[[], CaptionStore | None], rows: Callable[[], list[int] | None],
                 scope_text: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows = rows  # the scope's store rows (None: all)
        self._scope_text = scope_text

    def _apply(self, op: Callable[[str], str], label: str) -> int:
        store = self._store()
        if store is None:
            return 0
        change = store.apply(op, self._rows(), label)
        n = len(change.rows)
        self.done.emit(f"{label}: {n} caption{'s' * (n != 1)} changed" if n else f"{label}: no caption changed")
        return n

    # ---- one tag
    def rename_tag(self, old: str, new: str) -> int:
        return self._apply(partial(tag_ops.replace_tag, old=old, new=new), f"Rename “{old}” to “{new}”")

    def delete_tags(self, tags: Sequence[str]) -> int:
        name = f"“{tags[0]}”" if len(tags) == 1 else f"{len(tags)} tags"
        return self._apply(partial(tag_ops.delete_tags, tags=list(tags)), f"Delete {name}")

    def merge_tags(self, sources: Sequence[str], target: str) -> int:
        return self._apply(partial(tag_ops.merge_tags, sources=list(sources), target=target),
                           f"Merge {len(sources)} tag{'s' * (len(sources) != 1)} into “{target}”")

    def move_tag(self, tag: str, position: str) -> int:
        where = "front" if position == "front" else "back"
        return self._apply(partial(tag_ops.move_tag, tag=tag, position=position), f"Move “{tag}” to the {where}")

    def add_tag(self, tag: str, position: str = "back") -> int:
        return self._apply(partial(tag_ops.add_tag, tag=tag, position=position), f"Add “{tag}”")

    # ---- whole captions
    def sort_tags(self, by: str, keep_first: int = 0) -> int:
        store = self._store()
        counts = store.tag_counts() if store is not None and by == "count" else None
        label = "Sort tags A–Z" if by == "alpha" else "Sort tags by count"
        return self._apply(partial(tag_ops.sort_tags, by=by, counts=counts, keep_first=keep_first), label)

    def remove_duplicates(self) -> int:
        return self._apply(tag_ops.remove_duplicates, "Remove duplicate tags")

    def find_replace(self, find: str, replace: str, regex: bool, ignore_case: bool) -> int:
        """Raises ValueError (naming the problem) for a bad pattern or replacement."""
        pattern = tag_ops.compile_find(find, regex=regex, ignore_case=ignore_case)
        return self._apply(partial(tag_ops.regex_replace, pattern=pattern, replacement=replace),
                           f"Replace “{find}” with “{replace}”")

    def add_text(self, text: str, at_front: bool) -> int:
        op = tag_ops.prepend_text if at_front else tag_ops.append_text
        return self._apply(partial(op, text=text), f"Add “{text}” at the {'front' if at_front else 'end'}")

    def change_extension(self, extension: str) -> list[str]:
        """Rename the scope's caption files (``.txt`` ↔ ``.caption``); returns the problems."""
        store = self._store()
        if store is None:
            return []
        problems = store.change_extension(extension, self._rows())
        self.done.emit(f"Caption files renamed to {extension}" + (f"; {len(problems)} not renamed" if problems else ""))
        return problems

    def count_changes(self, op: Callable[[str], str]) -> int:
        """How many captions of the scope *op* would change (a dry run for dialogs)."""
        store = self._store()
        if store is None:
            return 0
        rows = self._rows()
        indices = range(len(store)) if rows is None else rows
        return sum(1 for i in indices if not store.row(i).error and op(store.row(i).text) != store.row(i).text)

    def scope_text(self) -> str:
        return self._scope_text()


# ---- dialogs -----------------------------------------------------------------------------------


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class TagPromptDialog(QDialog):
    """Ask for a tag, completing from the dataset's tags (most common first)."""

    def __init__(self, title: str, prompt: str, ok: str, tags_by_count: list[str], initial: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.field = QLineEdit(initial)
        self.field.selectAll()
        completer = QCompleter(QStringListModel(tags_by_count, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(completer)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.buttons = _buttons(self, ok)
        self.field.textChanged.connect(
            lambda t: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(t.strip())))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(initial.strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def value(self) -> str:
        return self.field.text().strip()


class FindReplaceDialog(QDialog):
    """Find/replace over the raw caption text; says how many captions of the scope it would change."""

    def __init__(self, ops: BulkOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Find and replace in captions")
        self.ops = ops
        self.find = QLineEdit()
        self.find.setPlaceholderText(r"e.g. holding (a )?phone")
        self.replace = QLineEdit()
        self.replace.setPlaceholderText(r"replacement; \1 for a group")
        self.regex = QCheckBox("Regular expression")
        self.regex.setChecked(True)
        self.ignore_case = QCheckBox("Ignore case")
        self.info = QLabel(objectName="muted")
        self.info.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Find", self.find)
        form.addRow("Replace with", self.replace)
        form.addRow("", self.regex)
        form.addRow("", self.ignore_case)
        self.buttons = _buttons(self, "Replace")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.buttons)
        for signal in (self.find.textChanged, self.replace.textChanged, self.regex.toggled, self.ignore_case.toggled):
            signal.connect(self._update)
        self.resize(460, self.sizeHint().height())
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not self.find.text():
            self.info.setText(f"Changes {self.ops.scope_text()}.")
            ok.setEnabled(False)
            return
        try:
            pattern = tag_ops.compile_find(self.find.text(), regex=self.regex.isChecked(),
                                           ignore_case=self.ignore_case.isChecked())
            n = self.ops.count_changes(partial(tag_ops.regex_replace, pattern=pattern,
                                               replacement=self.replace.text()))
        except (ValueError, re.error) as exc:
            self.info.setText(str(exc))
            ok.setEnabled(False)
            return
        self.info.setText(f"Changes {n} caption{'s' * (n != 1)} of {self.ops.scope_text()}.")
        ok.setEnabled(n > 0)

    def run(self) -> int:
        return self.ops.find_replace(self.find.text(), self.replace.text(), self.regex.isChecked(),
                                     self.ignore_case.isChecked())


class AddTextDialog(QDialog):
    """Put a trigger word (or any text) at the front or the end of every caption in scope."""

    def __init__(self, ops: BulkOps, initial: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add text to captions")
        self.text = QLineEdit(initial)
        self.text.setPlaceholderText("e.g. the trigger word")
        self.front = QRadioButton("At the front (where keep_tokens holds it)")
        self.back = QRadioButton("At the end")
        self.front.setChecked(True)
        note = QLabel(f"Captions that already start (or end) with it are left alone. Changes {ops.scope_text()}.",
                      objectName="muted")
        note.setWordWrap(True)
        self.buttons = _buttons(self, "Add")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.front)
        layout.addWidget(self.back)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())
