"""The step calculator panel of the Folders page: sd-scripts' training-length settings and the breakdown.

The counting is ``dataprep.steps``; this panel only collects the settings (with sd-scripts' argument
names, so the same dict becomes the build-layout job's config) and shows a breakdown as a dict
(``StepBreakdown.to_dict()``, which is also what the job reports).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dataprep.buckets import DEFAULT_BUCKET_RESO_STEPS, DEFAULT_MAX_BUCKET_RESO, DEFAULT_MIN_BUCKET_RESO
from dataprep.steps import DEFAULT_MAX_TRAIN_STEPS
from desktop.widgets.config_form_row import esc
from desktop.widgets.phrase_text import tr_phrase

# translated where shown, with the "StepsView" context
NOT_SET = QT_TRANSLATE_NOOP("StepsView", "not set")
NO_COUNT = QT_TRANSLATE_NOOP("StepsView", "No step count")
SUBSET_COLUMNS = (QT_TRANSLATE_NOOP("StepsView", "Folder"), QT_TRANSLATE_NOOP("StepsView", "Images"),
                  QT_TRANSLATE_NOOP("StepsView", "Repeats"), QT_TRANSLATE_NOOP("StepsView", "Per epoch"))
MAX_TABLE_ROWS = 6


def _spin(minimum: int, maximum: int, value: int, tip: str, step: int = 1, unset: bool = False) -> QSpinBox:
    """A spin box; with *unset* its minimum (0) reads "not set", as sd-scripts' optional arguments."""
    spin = QSpinBox(minimum=minimum, maximum=maximum, singleStep=step)
    if unset:
        spin.setSpecialValueText(QCoreApplication.translate("StepsView", NOT_SET))
    spin.setValue(value)
    spin.setToolTip(tip)
    return spin


class ScheduleForm(QWidget):
    """Resolution, batch size, epochs, steps, accumulation and bucketing: ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resolution = QComboBox(editable=True)
        self.resolution.addItems(["512", "768", "1024", "768,512", "512,768"])
        self.resolution.setToolTip(self.tr("Training resolution: one size, or width,height (sd-scripts' "
                                           "--resolution)"))
        self.batch_size = _spin(1, 256, 2, self.tr("Images per batch (--train_batch_size)"))
        self.epochs = _spin(0, 100_000, 10, self.tr("--max_train_epochs; when set it decides the length"), unset=True)
        self.max_steps = _spin(0, 10_000_000, 0, self.tr("--max_train_steps: used when epochs is not set "
                                                         "(sd-scripts' default is {n})").format(
                                                             n=DEFAULT_MAX_TRAIN_STEPS), step=100, unset=True)
        self.accumulation = _spin(1, 1024, 1, self.tr("Batches per optimizer step (--gradient_accumulation_steps)"))
        self.enable_bucket = QCheckBox(self.tr("Aspect-ratio buckets"))
        self.enable_bucket.setChecked(True)
        self.enable_bucket.setToolTip(self.tr("--enable_bucket: train each image near its own aspect ratio"))
        self.no_upscale = QCheckBox(self.tr("No upscale"))
        self.no_upscale.setToolTip(self.tr("--bucket_no_upscale: small images keep their size"))
        self.min_bucket = _spin(64, 8192, DEFAULT_MIN_BUCKET_RESO, self.tr("--min_bucket_reso"), step=64)
        self.max_bucket = _spin(64, 8192, DEFAULT_MAX_BUCKET_RESO, self.tr("--max_bucket_reso"), step=64)
        self.bucket_steps = _spin(1, 512, DEFAULT_BUCKET_RESO_STEPS, self.tr("--bucket_reso_steps"), step=8)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        pairs = ((self.tr("Resolution"), self.resolution), (self.tr("Batch size"), self.batch_size),
                 (self.tr("Epochs"), self.epochs), (self.tr("Max steps"), self.max_steps),
                 (self.tr("Grad. accum."), self.accumulation))
        for i, (label, widget) in enumerate(pairs):
            grid.addWidget(QLabel(label), i // 2, (i % 2) * 2)
            grid.addWidget(widget, i // 2, (i % 2) * 2 + 1)
        bucket_row = QHBoxLayout()
        bucket_row.setSpacing(6)
        bucket_row.addWidget(self.enable_bucket)
        bucket_row.addWidget(self.no_upscale)
        bucket_row.addStretch(1)
        sizes = QHBoxLayout()
        sizes.setSpacing(6)
        for label, spin in ((self.tr("min"), self.min_bucket), (self.tr("max"), self.max_bucket),
                            (self.tr("step"), self.bucket_steps)):
            sizes.addWidget(QLabel(label, objectName="muted"))
            sizes.addWidget(spin)
        sizes.addStretch(1)
        grid.addLayout(bucket_row, 3, 0, 1, 4)
        grid.addWidget(QLabel(self.tr("Buckets")), 4, 0)
        grid.addLayout(sizes, 4, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.resolution.currentTextChanged.connect(self.changed)
        for spin in (self.batch_size, self.epochs, self.max_steps, self.accumulation, self.min_bucket,
                     self.max_bucket, self.bucket_steps):
            spin.valueChanged.connect(self.changed)
        for box in (self.enable_bucket, self.no_upscale):
            box.toggled.connect(self._update_enabled)
            box.toggled.connect(self.changed)
        self._update_enabled()

    def _update_enabled(self) -> None:
        on = self.enable_bucket.isChecked()
        self.no_upscale.setEnabled(on)
        for spin in (self.min_bucket, self.max_bucket, self.bucket_steps):
            spin.setEnabled(on and not self.no_upscale.isChecked())

    def config(self) -> dict[str, Any]:
        """The settings with sd-scripts' names (unset optional values left out), for DatasetOptions and jobs."""
        text = self.resolution.currentText().strip()
        config: dict[str, Any] = {
            "resolution": int(text) if text.isdigit() else text,
            "train_batch_size": self.batch_size.value(),
            "gradient_accumulation_steps": self.accumulation.value(),
            "enable_bucket": self.enable_bucket.isChecked(),
            "bucket_no_upscale": self.no_upscale.isChecked(),
            "min_bucket_reso": self.min_bucket.value(),
            "max_bucket_reso": self.max_bucket.value(),
            "bucket_reso_steps": self.bucket_steps.value(),
        }
        if self.epochs.value():
            config["max_train_epochs"] = self.epochs.value()
        if self.max_steps.value():
            config["max_train_steps"] = self.max_steps.value()
        return config

    def set_config(self, values: dict[str, Any]) -> None:
        """Show the settings *values* names (sd-scripts' names, as :meth:`config` gives them)."""
        spins = {"train_batch_size": self.batch_size, "max_train_epochs": self.epochs,
                 "max_train_steps": self.max_steps, "gradient_accumulation_steps": self.accumulation,
                 "min_bucket_reso": self.min_bucket, "max_bucket_reso": self.max_bucket,
                 "bucket_reso_steps": self.bucket_steps}
        if "resolution" in values:
            self.resolution.setCurrentText(str(values["resolution"]))
        for key, spin in spins.items():
            if key in values:
                spin.setValue(int(values[key]))


class StepsView(QWidget):
    """The breakdown: the total in large type, one row per layout folder, then the per-epoch arithmetic."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = QLabel(objectName="stepsTotal")
        self.total.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.detail = QLabel(objectName="muted")
        self.detail.setWordWrap(True)
        self.table = QTableWidget(0, len(SUBSET_COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("StepsView", c) for c in SUBSET_COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.total)
        layout.addWidget(self.detail)
        layout.addWidget(self.table)
        layout.addWidget(self.lines)
        self.breakdown: dict[str, Any] | None = None
        self.show_message(self.tr("Counting…"))

    def show_message(self, text: str, failed: bool = False) -> None:
        """No breakdown, and why: still counting, or (*failed*) what stops the count."""
        self.breakdown = None
        self.total.setText(QCoreApplication.translate("StepsView", NO_COUNT) if failed else "")
        self.total.setVisible(failed)
        self.detail.setText(text)
        self.table.setRowCount(0)
        self.table.hide()
        self.lines.setText("")

    def show_breakdown(self, data: dict[str, Any]) -> None:
        """*data* is ``StepBreakdown.to_dict()``."""
        self.breakdown = data
        self.total.setText(self.tr("{n} steps").format(n=f"{data['total_steps']:,}"))
        self.total.show()
        epochs, per_epoch = data["epochs"], f"{data['steps_per_epoch']:,}"
        if data["steps_source"] == "max_train_epochs":
            self.detail.setText(self.tr("{epochs} epochs × {steps} steps").format(epochs=epochs, steps=per_epoch))
        else:
            self.detail.setText(self.tr("{epochs} epochs of {steps} steps, the last one {last} (the step limit "
                                        "decides)").format(epochs=epochs, steps=per_epoch,
                                                           last=f"{data['last_epoch_steps']:,}"))
        rows = data["subsets"]
        self.table.setRowCount(len(rows))
        for r, s in enumerate(rows):
            kind = "reg" if s["is_reg"] else "img"
            per_epoch = f"{s['used_samples']:,}"
            if s["is_reg"] and s["used_samples"] != s["samples"]:
                per_epoch += self.tr(" (of {n})").format(n=f"{s['samples']:,}")
            for c, text in enumerate((f"{kind}/{s['name']}", f"{s['images']:,}", str(s["repeats"]), per_epoch)):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        frame = 2 * self.table.frameWidth()
        shown = range(min(len(rows), MAX_TABLE_ROWS))  # more rows scroll
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + frame
                                  + sum(self.table.rowHeight(r) for r in shown))
        self.table.show()
        # lines(): one per subset (the table), ..., the total (above); "phrases" are the same in the user's language
        summary = [esc(tr_phrase(line)) for line in data.get("phrases", data["lines"])[len(rows):-1]]
        buckets = data["buckets"]["buckets"]
        if len(buckets) > 1:
            shown = ", ".join(f"{b['reso'][0]}×{b['reso'][1]}: {b['samples']}" for b in buckets[:6])
            if len(buckets) > 6:
                shown += self.tr(" and {n} more").format(n=len(buckets) - 6)
            summary.append(esc(self.tr("buckets (samples): {buckets}").format(buckets=shown)))
        else:
            (b,) = buckets
            summary.append(esc(self.tr("one bucket: {w}×{h}").format(w=b["reso"][0], h=b["reso"][1])))
        self.lines.setText("<br>".join(summary))


class SuggestRow(QWidget):
    """"Suggest repeats for N total steps": asks the page, shows the suggestion, applies it on request."""

    suggest_requested = Signal(int, bool)  # target steps, balance concepts
    apply_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = _spin(1, 10_000_000, 1500, self.tr("The total number of optimizer steps you want"), step=100)
        self.balance = QCheckBox(self.tr("Balance concepts"))
        self.balance.setChecked(True)
        self.balance.setToolTip(self.tr("Give each concept the same share of an epoch (fewer images → more "
                                        "repeats); off: the same repeats for all"))
        self.suggest_button = QPushButton(self.tr("Suggest repeats"))
        self.suggest_button.clicked.connect(
            lambda: self.suggest_requested.emit(self.target.value(), self.balance.isChecked()))
        self.result = QLabel(objectName="muted")
        self.result.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.clicked.connect(self.apply_requested)
        self.apply_button.hide()
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(QLabel(self.tr("Target")))
        row.addWidget(self.target)
        row.addWidget(QLabel(self.tr("steps")))
        row.addWidget(self.balance)
        row.addStretch(1)
        row.addWidget(self.suggest_button)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result, 1)
        result_row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addLayout(result_row)

    def show_result(self, text: str, can_apply: bool) -> None:
        self.result.setText(text)
        self.apply_button.setVisible(can_apply)


class StepPanel(QWidget):
    """The right-hand column: the settings, the breakdown and the suggestion, under one title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schedule = ScheduleForm()
        self.steps = StepsView()
        self.suggest_row = SuggestRow()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(QLabel(self.tr("Training length"), objectName="sectionTitle"))
        layout.addWidget(self.schedule)
        layout.addWidget(self.steps)
        layout.addWidget(self.suggest_row)
        layout.addStretch(1)
