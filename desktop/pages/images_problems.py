"""The files the import scan could not use, each with its reason (the scan's own message: what is wrong
with the file and what to do), in a bar that folds open above the grid."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout

KIND_LABELS = {
    "empty": "empty file", "truncated": "truncated", "damaged": "damaged", "not-image": "not an image",
    "too-large": "too large", "needs-plugin": "needs a plug-in", "unsupported-mode": "colour mode",
    "unreadable": "cannot read",
}


class ProblemsBar(QFrame):
    """Hidden when every file could be read."""

    def __init__(self, parent: QFrame | None = None) -> None:
        super().__init__(parent, objectName="emptyCard")
        self.summary = QLabel()
        self.toggle = QToolButton(text="Show", checkable=True)
        self.toggle.toggled.connect(self._on_toggle)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["File", "Problem", "What to do"])
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
        for path, kind, message in problems:
            reason = message.split(": ", 1)[1] if message.startswith(path) else message
            item = QTreeWidgetItem([Path(path).name, KIND_LABELS.get(kind, kind), reason])
            item.setToolTip(0, path)
            item.setToolTip(2, message)
            item.setData(0, Qt.ItemDataRole.UserRole, path)
            self.tree.addTopLevelItem(item)
        n = len(problems)
        self.summary.setText(f"<b>{n} file{'s' * (n != 1)} cannot be used</b> — the import scan could not read "
                             f"{'them' if n != 1 else 'it'}; they are left out of the prepared set.")
        self.setVisible(n > 0)

    def rows(self) -> list[tuple[str, str, str]]:
        """(file name, problem, reason) as listed."""
        return [tuple(self.tree.topLevelItem(i).text(c) for c in range(3))  # type: ignore[misc]
                for i in range(self.tree.topLevelItemCount())]

    def _on_toggle(self, shown: bool) -> None:
        self.tree.setVisible(shown)
        self.toggle.setText("Hide" if shown else "Show")
