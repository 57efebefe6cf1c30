"""How many reg images: the count, the options training/reg_count.py suggests, and what sd-scripts will make of
the chosen count (which images it uses, which reg repeats would balance it), in plain words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desktop.widgets.phrase_text import tr_phrase
from training.reg_count import RULE_OF_THUMB, RegCountSuggestion, balance

MAX_COUNT = 100_000


def explain(count: int, suggestion: RegCountSuggestion) -> list[str]:
    """Sentences on *count* reg images at the concept's reg repeats, with the arithmetic."""
    samples, repeats = suggestion.train_samples, suggestion.reg_repeats
    at = balance(count, samples, repeats)
    if at.unused_images:
        text = QCoreApplication.translate(
            "RegCount", "{count} × reg repeats {repeats} = {product}, more than the {samples} training samples: "
            "sd-scripts uses the first {used} images and never shows the other {unused}.")
    elif at.cycled_images:
        text = QCoreApplication.translate(
            "RegCount", "{count} × reg repeats {repeats} = {product}, fewer than the {samples} training samples: "
            "sd-scripts shows the images more often ({reg_samples} reg samples per epoch), so each is seen more "
            "than once.")
    else:
        text = QCoreApplication.translate(
            "RegCount", "{count} × reg repeats {repeats} = {product} reg samples per epoch against {samples} "
            "training samples: every image is used.")
    lines = [text.format(count=f"{count:,}", repeats=repeats, product=f"{count * repeats:,}", samples=f"{samples:,}",
                         used=f"{at.used_images:,}", unused=f"{at.unused_images:,}",
                         reg_samples=f"{at.reg_samples:,}")]
    best = balance(count, samples)
    if best.reg_repeats != repeats:
        lines.append(QCoreApplication.translate(
            "RegCount", "Reg repeats {best} would balance {count} images ({count} × {best} = {product} of {samples}); "
            "set it on the Folders page (the set then lives in reg/{best}_…).").format(
            best=best.reg_repeats, count=f"{count:,}", product=f"{count * best.reg_repeats:,}", samples=f"{samples:,}"))
    return lines


class CountPanel(QWidget):
    """``changed(count)`` when the count is edited or an option is taken."""

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestion: RegCountSuggestion | None = None
        self.count = QSpinBox(minimum=1, maximum=MAX_COUNT, singleStep=10, suffix=self.tr(" images"))
        self.count.setGroupSeparatorShown(True)
        self.count.valueChanged.connect(self._on_count)
        self.suggested = QPushButton()
        self.rule_low = QPushButton()
        self.rule_high = QPushButton()
        for button, option in ((self.suggested, "balanced"), (self.rule_low, "rule_low"),
                               (self.rule_high, "rule_high")):
            button.clicked.connect(lambda _checked=False, option=option: self._take(option))
        self.summary = QLabel(wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.detail = QLabel(objectName="muted", wordWrap=True)

        options = QHBoxLayout()
        options.setSpacing(6)
        for button in (self.suggested, self.rule_low, self.rule_high):
            options.addWidget(button)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(QLabel(self.tr("How many"), objectName="sectionTitle"))
        layout.addWidget(self.count)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.detail)
        self.set_suggestion(None, "")

    def set_suggestion(self, suggestion: RegCountSuggestion | None, error: str, count: int | None = None) -> None:
        """Show the options of *suggestion* (or *error*) and set the count (default: the suggested one)."""
        self.suggestion = suggestion
        for button in (self.suggested, self.rule_low, self.rule_high):
            button.setVisible(suggestion is not None)
        if suggestion is None:
            self.summary.setText(error)
            self.detail.setText("")
            if count:
                self.count.setValue(count)
            return
        self.suggested.setText(self.tr("Suggested {n}").format(n=f"{suggestion.count:,}"))
        lines = [tr_phrase(line) for line in suggestion.lines()]
        self.suggested.setToolTip(lines[1])
        for button, rule, option, line in zip((self.rule_low, self.rule_high), RULE_OF_THUMB,
                                              (suggestion.rule_low, suggestion.rule_high), lines[2:4],
                                              strict=True):
            button.setText(f"{rule}×: {option.count:,}")
            button.setToolTip(line + " " + self.tr("Seed 001's rule of thumb: 100–200 reg images per training image."))
        self.count.blockSignals(True)
        self.count.setValue(count or suggestion.count)
        self.count.blockSignals(False)
        self._explain()

    def _take(self, option: str) -> None:
        if self.suggestion is not None:
            self.count.setValue(getattr(self.suggestion, option).count)

    def value(self) -> int:
        return self.count.value()

    def _on_count(self) -> None:
        self._explain()
        self.changed.emit(self.count.value())

    def _explain(self) -> None:
        s = self.suggestion
        if s is None:
            return
        lines = [tr_phrase(line) for line in s.lines()]
        self.summary.setText(self.tr("<b>{headline}</b> The suggested {n} uses every reg image once per epoch; seed "
                                     "001's rule of thumb ({low}–{high}× the training images) is the upper "
                                     "option.").format(headline=lines[0], n=f"{s.count:,}", low=RULE_OF_THUMB[0],
                                                       high=RULE_OF_THUMB[1]))
        self.detail.setText("\n".join(explain(self.count.value(), s) + [tr_phrase(note) for note in s.notes]))
