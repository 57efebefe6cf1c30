"""The check of a reg set as the page shows it: two small histograms (similarity to the subject, to the class)
with the lines where the flags start, the counts per flag, and the actions on flagged and missing images."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.pages.regularization_grid import BADGES, badge_text
from desktop.widgets.phrase_text import listed
from training.reg_check import DEFAULT_CLIP


class HistogramChart(QWidget):
    """Bars of a histogram (counts over bin edges) and labelled vertical marker lines."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.counts: list[int] = []
        self.edges: list[float] = []
        self.markers: list[tuple[float, str]] = []  # (value, colour)
        self.setMinimumSize(200, 96)

    def sizeHint(self) -> QSize:
        return QSize(260, 110)

    def set_data(self, histogram: dict[str, Any] | None, markers: list[tuple[float, str]]) -> None:
        self.counts = list((histogram or {}).get("counts", []))
        self.edges = [float(e) for e in (histogram or {}).get("edges", [])]
        self.markers = markers
        self.update()

    def x_range(self) -> tuple[float, float]:
        """The data's range, widened to show markers close to it (a far-away one would squash the bars)."""
        low, high = self.edges[0], self.edges[-1]
        span = max(high - low, 1e-3)
        for value, _ in self.markers:
            if low - span <= value <= high + span:
                low, high = min(low, value), max(high, value)
        return low, high if high > low else low + 1e-3

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fm = QFontMetrics(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(0, fm.ascent(), self.title)
        plot = QRectF(2, fm.height() + 4, self.width() - 4, self.height() - 2 * fm.height() - 8)
        axis = QColor(palette.color(QPalette.ColorRole.Mid))
        painter.setPen(QPen(axis, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        if not self.counts or len(self.edges) != len(self.counts) + 1:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("not checked yet"))
            return
        low, high = self.x_range()

        def x(value: float) -> float:
            return plot.left() + (value - low) / (high - low) * plot.width()

        tallest = max(self.counts) or 1
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        for count, left, right in zip(self.counts, self.edges, self.edges[1:], strict=False):
            if count:
                h = count / tallest * plot.height()
                painter.drawRect(QRectF(x(left), plot.bottom() - h, max(1.5, x(right) - x(left) - 1), h))
        for value, color in self.markers:
            if low <= value <= high:
                painter.setPen(QPen(QColor(color), 1.5, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(x(value), plot.top()), QPointF(x(value), plot.bottom()))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        labels = QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height())
        painter.drawText(labels, Qt.AlignmentFlag.AlignLeft, f"{low:.3f}")
        painter.drawText(labels, Qt.AlignmentFlag.AlignRight, f"{high:.3f}")


def _legend(flag: str, text: str) -> str:
    return f"<span style='color:{BADGES[flag][1]}; font-weight:600'>{badge_text(flag)}</span> {text}"


class CheckPanel(QWidget):
    """``reject_requested`` / ``regenerate_requested`` when their buttons are pressed."""

    reject_requested = Signal()
    regenerate_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subject_chart = HistogramChart(self.tr("Similarity to the subject"))
        self.subject_chart.setToolTip(self.tr("CLIP similarity of each reg image to its nearest training image; "
                                              "dashed lines: where “{close}” (as close as the subject's own photos) "
                                              "and “{copy}” start").format(close=badge_text("close_to_subject"),
                                                                          copy=badge_text("near_copy")))
        self.class_chart = HistogramChart(self.tr("Similarity to the class"))
        self.class_chart.setToolTip(self.tr("CLIP similarity of each reg image to “a photo of a <class>”; the dashed "
                                            "line: below it an image is off-class"))
        self.summary = QLabel(wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.clip_model = QLineEdit(placeholderText=self.tr("CLIP model: {model} (downloaded once)").format(
            model=DEFAULT_CLIP.split(":")[-1]))
        self.clip_model.setToolTip(self.tr("An open_clip model: hf-hub:org/repo (from the Hugging Face cache) or a "
                                           "local open_clip folder"))
        clip_button = QPushButton(self.tr("Choose…"))
        clip_button.clicked.connect(self.choose_clip)
        self.reject_button = QPushButton(self.tr("Reject flagged"))
        self.reject_button.setToolTip(self.tr("Move the flagged images and their captions to .rejected/ in the reg "
                                              "folder; their numbers are rendered again with new seeds"))
        self.reject_button.clicked.connect(self.reject_requested)
        self.regenerate_button = QPushButton(self.tr("Regenerate missing"))
        self.regenerate_button.setToolTip(self.tr("Render the images missing from the set (rejected or deleted) and "
                                                  "nothing else"))
        self.regenerate_button.clicked.connect(self.regenerate_requested)

        charts = QHBoxLayout()
        charts.setSpacing(16)
        charts.addWidget(self.subject_chart, 1)
        charts.addWidget(self.class_chart, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.clip_model, 1)
        actions.addWidget(clip_button)
        actions.addSpacing(12)
        actions.addWidget(self.reject_button)
        actions.addWidget(self.regenerate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(charts)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        self.show_report(None)

    def show_report(self, data: dict[str, Any] | None) -> None:
        """Show a check job's result data (``summary`` and ``flagged``), or that there is none yet."""
        if data is None:
            self.subject_chart.set_data(None, [])
            self.class_chart.set_data(None, [])
            legend = listed(_legend(f, t) for f, t in (
                ("near_copy", self.tr("a copy of a training image")),
                ("close_to_subject", self.tr("as close as the subject's own photos")),
                ("off_class", self.tr("not the class"))))
            self.summary.setText(self.tr("<b>Check set</b> scores each image with CLIP against the training images "
                                         "and the class: {legend}.").format(legend=legend))
            return
        summary = data["summary"]
        thresholds = summary.get("thresholds", {})
        self.subject_chart.set_data(summary["subject_sim"].get("histogram"), [
            (float(summary["close_to_subject_from"]), BADGES["close_to_subject"][1]),
            (float(thresholds.get("near_copy", 0.99)), BADGES["near_copy"][1])])
        self.class_chart.set_data(summary["class_sim"].get("histogram"), [
            (float(summary["train_class_min"]) - float(thresholds.get("off_class_margin", 0.0)),
             BADGES["off_class"][1])])
        flagged = summary["flagged"]
        counts = listed(_legend(f, str(flagged.get(f, 0))) for f in BADGES)
        self.summary.setText(self.tr("<b>{n} images checked</b> against “{prompt}”: {counts}. Flags are a guide: look "
                                     "at the images before rejecting them.").format(
            n=summary["images"], prompt=html.escape(str(summary["class_prompt"])), counts=counts))

    def choose_clip(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("open_clip model folder"), self.clip_model.text())
        if folder:
            self.clip_model.setText(folder)
