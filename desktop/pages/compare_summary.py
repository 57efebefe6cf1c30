"""The scores per checkpoint under the grid, the suggested one starred with its reason; the row the user
picks is their favourite, copied out as the final LoRA."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.phrase_text import event_text, tr_phrase
from training.grid_scores import summary_label

COLUMNS = (QT_TRANSLATE_NOOP("ScoreSummary", "Checkpoint"), "CLIP-T", "CLIP-I",
           QT_TRANSLATE_NOOP("ScoreSummary", "Diversity"), QT_TRANSLATE_NOOP("ScoreSummary", "Cells"))


def _number(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


class ScoreSummary(QWidget):
    use_requested = Signal(object)  # the summary dict of the chosen checkpoint

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[dict[str, Any]] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.reason = QLabel(objectName="muted", wordWrap=True)
        self.use_button = QPushButton(self.tr("Use as final LoRA"), enabled=False)
        self.use_button.setToolTip(self.tr("Copy the selected checkpoint, with its training metadata, out as the final "
                                           "LoRA"))
        self.use_button.clicked.connect(self._use)
        self.status = QLabel(objectName="muted", wordWrap=True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def set_scores(self, scores: dict[str, Any] | None) -> None:
        self.entries = [e for e in (scores or {}).get("summary", [])]
        suggestion = (scores or {}).get("suggestion") or {}
        self.table.setRowCount(len(self.entries))
        best = None
        for r, entry in enumerate(self.entries):
            starred = bool(entry["checkpoint"]) and entry["checkpoint"] == suggestion.get("checkpoint") and \
                entry["weight"] == suggestion.get("weight")
            best = r if starred else best
            label = tr_phrase(summary_label(entry["checkpoint"], entry["weight"]))
            texts = ("★ " if starred else "") + label, _number(entry["clip_t"]), _number(entry["clip_i"]), \
                _number(entry["diversity"], 2), str(entry["cells"])
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.reason.setText(self.tr("Suggested: {reason}").format(reason=event_text(suggestion, "reason"))
                            if suggestion.get("reason") else
                            self.tr("No scores: set a CLIP model to score the grid.") if scores is None else "")
        if best is not None:
            self.table.selectRow(best)

    def selected(self) -> dict[str, Any] | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.entries[rows.pop()] if len(rows) == 1 else None

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.use_button.setEnabled(bool(entry and entry["checkpoint"]))

    def _use(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.use_requested.emit(entry)
