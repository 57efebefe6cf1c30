"""The "before you start" column of the Train page: steps, expected time, what stops or weakens the run."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.widgets.config_form_row import esc
from desktop.widgets.config_form_validation import Message
from desktop.widgets.phrase_text import tr_phrase

LEVEL_COLORS = {"error": "#c0392b", "warning": "#b7791f", "info": "#2e86c1"}
MAX_MESSAGES = 12


class LaunchPanel(QWidget):
    key_activated = Signal(str)  # a message's "Show" link: the field to reveal
    start_requested = Signal()
    variants_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps_total = QLabel(objectName="stepsTotal")
        self.steps_total.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.steps_detail = QLabel(objectName="muted")
        self.steps_detail.setWordWrap(True)
        self.steps_lines = QLabel(objectName="muted")
        self.steps_lines.setWordWrap(True)
        self.time = QLabel()
        self.time.setWordWrap(True)
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        self.checks.linkActivated.connect(self.key_activated)
        self.start_button = QPushButton(self.tr("Start training"), objectName="primary")
        self.start_button.setToolTip(self.tr("Write the run's folder under runs/ and queue the training (Ctrl+Return)"))
        self.start_button.clicked.connect(self.start_requested)
        self.variants_button = QPushButton(self.tr("Queue variants…"))
        self.variants_button.setToolTip(self.tr("Queue the same run once per value of one setting "
                                                "(e.g. rank 16, 32, 64)"))
        self.variants_button.clicked.connect(self.variants_requested)
        self.why = QLabel(objectName="muted")
        self.why.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.variants_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(QLabel(self.tr("Before you start"), objectName="sectionTitle"))
        layout.addWidget(self.steps_total)
        layout.addWidget(self.steps_detail)
        layout.addWidget(self.steps_lines)
        layout.addSpacing(4)
        layout.addWidget(self.time)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Checks"), objectName="sectionTitle"))
        layout.addWidget(self.checks)
        layout.addStretch(1)
        layout.addWidget(self.why)
        layout.addLayout(buttons)
        self.show_steps(None)

    def show_steps(self, data: dict[str, Any] | str | None) -> None:
        """``StepBreakdown.to_dict()``, the reason there is no count, or None while counting."""
        if data is None or isinstance(data, str):
            self.steps_total.setText(self.tr("No step count") if data is not None else "")
            self.steps_detail.setText(data if data is not None else self.tr("Counting…"))
            self.steps_lines.setText("")
            return
        self.steps_total.setText(self.tr("{n} steps").format(n=f"{data['total_steps']:,}"))
        if data["steps_source"] == "max_train_epochs":
            detail = self.tr("{epochs} epochs × {steps} steps").format(
                epochs=data["epochs"], steps=f"{data['steps_per_epoch']:,}")
        else:
            detail = self.tr("{epochs} epochs of {steps} steps, the last one {last} (the step limit decides)").format(
                epochs=data["epochs"], steps=f"{data['steps_per_epoch']:,}", last=f"{data['last_epoch_steps']:,}")
        self.steps_detail.setText(detail)
        lines = data.get("phrases", data["lines"])[:-1]  # the last one, the total, is above
        self.steps_lines.setText("<br>".join(esc(tr_phrase(line)) for line in lines))

    def show_time(self, text: str) -> None:
        self.time.setText(text)

    def show_messages(self, messages: list[Message]) -> None:
        if not messages:
            text = "<span style='color:#1e8449'>●</span> " + esc(self.tr("Nothing stops this run."))
            self.checks.setText(text)
            return
        lines = []
        show = esc(self.tr("Show"))
        for m in messages[:MAX_MESSAGES]:
            link = f" <a href='{m.keys[0]}'>{show}</a>" if m.keys else ""
            lines.append(f"<span style='color:{LEVEL_COLORS.get(m.level, '#2e86c1')}'>●</span> "
                         f"{esc(m.text)}{link}")
        if len(messages) > MAX_MESSAGES:
            lines.append(esc(self.tr("… and {n} more").format(n=len(messages) - MAX_MESSAGES)))
        self.checks.setText("<br>".join(lines))

    def set_start(self, enabled: bool, label: str, why: str) -> None:
        self.start_button.setEnabled(enabled)
        self.start_button.setText(label)
        self.variants_button.setEnabled(enabled)
        self.why.setText(why)
        self.why.setVisible(bool(why))
