"""The files the import scan could not use, each with its reason (the scan's own message: what is wrong
with the file and what to do), in a bar that folds open above the grid."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from desktop.widgets.phrase_text import tr_phrase

# the scan's problem kind → a short label, translated where shown with the "ProblemsBar" context
KIND_LABELS = {
    "empty": QT_TRANSLATE_NOOP("ProblemsBar", "empty file"),
    "truncated": QT_TRANSLATE_NOOP("ProblemsBar", "truncated"),
    "damaged": QT_TRANSLATE_NOOP("ProblemsBar", "damaged"),
    "not-image": QT_TRANSLATE_NOOP("ProblemsBar", "not an image"),
    "too-large": QT_TRANSLATE_NOOP("ProblemsBar", "too large"),
    "needs-plugin": QT_TRANSLATE_NOOP("ProblemsBar", "needs a plug-in"),
    "unsupported-mode": QT_TRANSLATE_NOOP("ProblemsBar", "colour mode"),
    "unreadable": QT_TRANSLATE_NOOP("ProblemsBar", "cannot read"),
}


class ProblemsBar(QFrame):
    """Hidden when every file could be read."""

    def __init__(self, parent: QFrame | None = None) -> None:
        super().__init__(parent, objectName="emptyCard")
        self.summary = QLabel()
        self.toggle = QToolButton(text=self.tr("Show"), checkable=True)
        self.toggle.toggled.connect(self._on_toggle)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Problem"), self.tr("What to do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setMaximumHeight(160)
        self.tree.setColumnWidth(0, 180)
        self.tree.setColumnWidth(1, 110)
        self.tree.hide()
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addLayout(head)
        layout.addWidget(self.tree)
        self.set_problems([])

    def set_problems(self, problems: list[tuple[str, str, str]]) -> None:
        """(path, kind, message) per unusable file."""
        self.tree.clear()
        for path, kind, english in problems:
            message = tr_phrase(english)
            reason = message[len(path):].lstrip(":： ") if message.startswith(path) else message
            label = QCoreApplication.translate("ProblemsBar", KIND_LABELS[kind]) if kind in KIND_LABELS else kind
            item = QTreeWidgetItem([Path(path).name, label, reason])
            item.setToolTip(0, path)
            item.setToolTip(2, message)
            item.setData(0, Qt.ItemDataRole.UserRole, path)
            self.tree.addTopLevelItem(item)
        n = len(problems)
        summary = (self.tr("<b>{n} file cannot be used</b> — the import scan could not read it; they are left out "
                           "of the prepared set.") if n == 1 else
                   self.tr("<b>{n} files cannot be used</b> — the import scan could not read them; they are left out "
                           "of the prepared set."))
        self.summary.setText(summary.format(n=n))
        self.setVisible(n > 0)

    def rows(self) -> list[tuple[str, str, str]]:
        """(file name, problem, reason) as listed."""
        return [tuple(self.tree.topLevelItem(i).text(c) for c in range(3))  # type: ignore[misc]
                for i in range(self.tree.topLevelItemCount())]

    def _on_toggle(self, shown: bool) -> None:
        self.tree.setVisible(shown)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))
