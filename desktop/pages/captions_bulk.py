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
        self.setToolTip(self.tr("The images that tag operations and bulk edits change"))
        for scope in (ALL, FILTERED, SELECTED):
            self.addItem("", scope)
        self.set_counts(0, 0, 0)

    def scope(self) -> str:
        return str(self.currentData())

    def set_scope(self, scope: str) -> None:
        self.setCurrentIndex(self.findData(scope))

    def set_counts(self, total: int, shown: int, selected: int) -> None:
        texts = {ALL: self.tr("All images ({n})").format(n=total),
                 FILTERED: self.tr("Shown by the filter ({n})").format(n=shown),
                 SELECTED: self.tr("Selected images ({n})").format(n=selected)}
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
        if n:
            text = self.tr("{label}: {n} caption changed") if n == 1 else self.tr("{label}: {n} captions changed")
        else:
            text = self.tr("{label}: no caption changed")
        self.done.emit(text.format(label=label, n=n))
        return n

    # ---- one tag
    def rename_tag(self, old: str, new: str) -> int:
        label = self.tr("Rename “{old}” to “{new}”").format(old=old, new=new)
        return self._apply(partial(tag_ops.replace_tag, old=old, new=new), label)

    def delete_tags(self, tags: Sequence[str]) -> int:
        label = self.tr("Delete “{tag}”") if len(tags) == 1 else self.tr("Delete {n} tags")
        return self._apply(partial(tag_ops.delete_tags, tags=list(tags)), label.format(tag=tags[0], n=len(tags)))

    def merge_tags(self, sources: Sequence[str], target: str) -> int:
        label = (self.tr("Merge {n} tag into “{target}”") if len(sources) == 1
                 else self.tr("Merge {n} tags into “{target}”"))
        return self._apply(partial(tag_ops.merge_tags, sources=list(sources), target=target),
                           label.format(n=len(sources), target=target))

    def move_tag(self, tag: str, position: str) -> int:
        label = self.tr("Move “{tag}” to the front") if position == "front" else self.tr("Move “{tag}” to the back")
        return self._apply(partial(tag_ops.move_tag, tag=tag, position=position), label.format(tag=tag))

    def add_tag(self, tag: str, position: str = "back") -> int:
        return self._apply(partial(tag_ops.add_tag, tag=tag, position=position), self.tr("Add “{tag}”").format(tag=tag))

    # ---- whole captions
    def sort_tags(self, by: str, keep_first: int = 0) -> int:
        store = self._store()
        counts = store.tag_counts() if store is not None and by == "count" else None
        label = self.tr("Sort tags A–Z") if by == "alpha" else self.tr("Sort tags by count")
        return self._apply(partial(tag_ops.sort_tags, by=by, counts=counts, keep_first=keep_first), label)

    def remove_duplicates(self) -> int:
        return self._apply(tag_ops.remove_duplicates, self.tr("Remove duplicate tags"))

    def find_replace(self, find: str, replace: str, regex: bool, ignore_case: bool) -> int:
        """Raises ValueError (naming the problem) for a bad pattern or replacement."""
        pattern = tag_ops.compile_find(find, regex=regex, ignore_case=ignore_case)
        return self._apply(partial(tag_ops.regex_replace, pattern=pattern, replacement=replace),
                           self.tr("Replace “{find}” with “{replace}”").format(find=find, replace=replace))

    def add_text(self, text: str, at_front: bool) -> int:
        op = tag_ops.prepend_text if at_front else tag_ops.append_text
        label = self.tr("Add “{text}” at the front") if at_front else self.tr("Add “{text}” at the end")
        return self._apply(partial(op, text=text), label.format(text=text))

    def change_extension(self, extension: str) -> list[str]:
        """Rename the scope's caption files (``.txt`` ↔ ``.caption``); returns the problems."""
        store = self._store()
        if store is None:
            return []
        problems = store.change_extension(extension, self._rows())
        text = (self.tr("Caption files renamed to {extension}; {n} not renamed") if problems
                else self.tr("Caption files renamed to {extension}"))
        self.done.emit(text.format(extension=extension, n=len(problems)))
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
        self.setWindowTitle(self.tr("Find and replace in captions"))
        self.ops = ops
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("e.g. holding (a )?phone"))
        self.replace = QLineEdit()
        self.replace.setPlaceholderText(self.tr("replacement; \\1 for a group"))
        self.regex = QCheckBox(self.tr("Regular expression"))
        self.regex.setChecked(True)
        self.ignore_case = QCheckBox(self.tr("Ignore case"))
        self.info = QLabel(objectName="muted")
        self.info.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Find"), self.find)
        form.addRow(self.tr("Replace with"), self.replace)
        form.addRow("", self.regex)
        form.addRow("", self.ignore_case)
        self.buttons = _buttons(self, self.tr("Replace"))
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
            self.info.setText(self.tr("Changes {scope}.").format(scope=self.ops.scope_text()))
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
        text = self.tr("Changes {n} caption of {scope}.") if n == 1 else self.tr("Changes {n} captions of {scope}.")
        self.info.setText(text.format(n=n, scope=self.ops.scope_text()))
        ok.setEnabled(n > 0)

    def run(self) -> int:
        return self.ops.find_replace(self.find.text(), self.replace.text(), self.regex.isChecked(),
                                     self.ignore_case.isChecked())


class AddTextDialog(QDialog):
    """Put a trigger word (or any text) at the front or the end of every caption in scope."""

    def __init__(self, ops: BulkOps, initial: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add text to captions"))
        self.text = QLineEdit(initial)
        self.text.setPlaceholderText(self.tr("e.g. the trigger word"))
        self.front = QRadioButton(self.tr("At the front (where keep_tokens holds it)"))
        self.back = QRadioButton(self.tr("At the end"))
        self.front.setChecked(True)
        note = QLabel(self.tr("Captions that already start (or end) with it are left alone. Changes {scope}.").format(
            scope=ops.scope_text()), objectName="muted")
        note.setWordWrap(True)
        self.buttons = _buttons(self, self.tr("Add"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.front)
        layout.addWidget(self.back)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())
