"""The validation list of the Folders page: ``layout_check`` issues with their level, each naming its path."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QStyle, QWidget

from dataprep.layout_check import LEVELS
from desktop.widgets.phrase_text import event_text, listed

PathRole = Qt.ItemDataRole.UserRole + 1
LevelRole = Qt.ItemDataRole.UserRole + 2
_ICONS = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical,
          "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
          "info": QStyle.StandardPixmap.SP_MessageBoxInformation}
_COLORS = {"error": "#c0392b", "warning": "#b7791f"}  # readable on the light and the dark palette


def count_text(levels: Counter[str]) -> str:
    """"2 errors, 1 warning" (levels with none are left out)."""
    words = {  # level → (one, several)
        "error": (QCoreApplication.translate("IssueList", "{n} error"),
                  QCoreApplication.translate("IssueList", "{n} errors")),
        "warning": (QCoreApplication.translate("IssueList", "{n} warning"),
                    QCoreApplication.translate("IssueList", "{n} warnings")),
        "info": (QCoreApplication.translate("IssueList", "{n} info"),
                 QCoreApplication.translate("IssueList", "{n} infos")),
    }
    parts = [words[level][levels[level] != 1].format(n=levels[level]) for level in LEVELS if levels[level]]
    return listed(parts) if parts else QCoreApplication.translate("IssueList", "no problems found")


class IssueList(QListWidget):
    """One row per issue, errors first, as ``layout_check`` sorts them; a click reports the issue's path,
    a double click (or Enter) asks to open it."""

    path_selected = Signal(str)
    path_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSpacing(1)
        self.levels: Counter[str] = Counter()
        self._level_tips = {"error": self.tr("Error: {message}"), "warning": self.tr("Warning: {message}"),
                            "info": self.tr("Info: {message}")}
        self.currentItemChanged.connect(lambda item, _prev: self._emit(item, self.path_selected))
        self.itemActivated.connect(lambda item: self._emit(item, self.path_opened))

    def set_issues(self, issues: list[dict[str, Any]]) -> None:
        """*issues* as ``Issue.to_dict()``: level, message, path."""
        self.clear()
        self.levels = Counter(i["level"] for i in issues)
        style = QApplication.style()
        for issue in issues:
            level = issue["level"]
            message = event_text(issue, "message")
            item = QListWidgetItem(style.standardIcon(_ICONS[level]), message)
            item.setData(PathRole, issue.get("path", ""))
            item.setData(LevelRole, level)
            tip = self._level_tips[level].format(message=message)
            if issue.get("path"):
                tip += f"\n\n{issue['path']}\n" + self.tr("Double-click to open its folder.")
            item.setToolTip(tip)
            if level in _COLORS:
                item.setForeground(QBrush(QColor(_COLORS[level])))
            self.addItem(item)

    def _emit(self, item: QListWidgetItem | None, signal: Any) -> None:
        path = item.data(PathRole) if item is not None else ""
        if path:
            signal.emit(path)
