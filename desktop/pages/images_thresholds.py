"""Sliders for the quality thresholds. Moving one re-flags the images from the scan's numbers
(image_quality.assess on the thread pool), without reading a file; the next scan uses them too."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSlider, QWidget

from dataprep.image_quality import QualityThresholds


@dataclass(frozen=True)
class _Scale:
    """One slider: its integer range, the threshold field it sets, and how the two convert. *label*, *unit*
    and *tip* are translated where shown, with the "ThresholdsPanel" context."""

    field: str
    label: str
    low: int
    high: int
    factor: float  # threshold = slider value × factor; the slider's lowest value turns the check off
    off_at_low: bool
    unit: str
    tip: str

    def value(self, position: int) -> Any:
        if self.off_at_low and position == self.low:
            return 0
        value = position * self.factor
        return int(value) if self.factor >= 1 else round(value, 2)

    def position(self, value: float) -> int:
        if not value:
            return self.low
        return max(self.low, min(self.high, round(value / self.factor)))

    def text(self, value: float) -> str:
        if not value:
            return QCoreApplication.translate("ThresholdsPanel", "off")
        return f"{value:g}{_tr(self.unit) if self.unit else ''}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ThresholdsPanel", text)



SCALES = (
    _Scale("min_sharpness", QT_TRANSLATE_NOOP("ThresholdsPanel", "Blurry below"), 0, 200, 5, True, "",
           QT_TRANSLATE_NOOP("ThresholdsPanel", "Sharpness (variance of the Laplacian at 512 px) under which an "
                                                "image is flagged blurry")),
    _Scale("target_resolution", QT_TRANSLATE_NOOP("ThresholdsPanel", "Small below"), 0, 16, 64, True,
           QT_TRANSLATE_NOOP("ThresholdsPanel", "² px"),
           QT_TRANSLATE_NOOP("ThresholdsPanel", "Images with fewer pixels than this squared are flagged small (the "
                                                "trainer would upscale them)")),
    _Scale("max_aspect", QT_TRANSLATE_NOOP("ThresholdsPanel", "Aspect above"), 10, 50, 0.1, True, ":1",
           QT_TRANSLATE_NOOP("ThresholdsPanel", "Long side / short side above which an image is flagged "
                                                "extreme-aspect")),
    _Scale("near_duplicate_distance", QT_TRANSLATE_NOOP("ThresholdsPanel", "Near-dup within"), 0, 16, 1, True,
           QT_TRANSLATE_NOOP("ThresholdsPanel", " bits"),
           QT_TRANSLATE_NOOP("ThresholdsPanel", "Perceptual hash bits (of 64) two images may differ by and still "
                                                "count as near-duplicates")),
    _Scale("clip_similarity", QT_TRANSLATE_NOOP("ThresholdsPanel", "CLIP similarity ≥"), 79, 100, 0.01, True, "",
           QT_TRANSLATE_NOOP("ThresholdsPanel", "Cosine similarity of CLIP embeddings for a near-duplicate (only "
                                                "after a scan with a CLIP model)")),
)


class ThresholdsPanel(QFrame):
    """``thresholds_changed(QualityThresholds)`` while a slider moves."""

    thresholds_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="emptyCard")
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.sliders: dict[str, QSlider] = {}
        self._values: dict[str, QLabel] = {}
        self._rows: dict[str, tuple[QLabel, QSlider, QLabel]] = {}
        for i, scale in enumerate(SCALES):
            label = QLabel(_tr(scale.label))
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(scale.low, scale.high)
            slider.setToolTip(_tr(scale.tip))
            value = QLabel(objectName="muted")
            value.setMinimumWidth(70)
            slider.valueChanged.connect(lambda pos, s=scale: self._on_slider(s, pos))
            row, col = divmod(i, 2)
            grid.addWidget(label, row, col * 3)
            grid.addWidget(slider, row, col * 3 + 1)
            grid.addWidget(value, row, col * 3 + 2)
            self.sliders[scale.field] = slider
            self._values[scale.field] = value
            self._rows[scale.field] = (label, slider, value)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)
        self.set_thresholds(QualityThresholds())
        self.set_clip_available(False)

    def thresholds(self) -> QualityThresholds:
        return QualityThresholds(**{s.field: s.value(self.sliders[s.field].value()) for s in SCALES})

    def set_thresholds(self, thresholds: QualityThresholds) -> None:
        """Show *thresholds* without emitting (they came from the scan report)."""
        for scale in SCALES:
            slider = self.sliders[scale.field]
            slider.blockSignals(True)
            slider.setValue(scale.position(getattr(thresholds, scale.field)))
            slider.blockSignals(False)
            self._values[scale.field].setText(scale.text(getattr(thresholds, scale.field)))

    def set_clip_available(self, available: bool) -> None:
        for widget in self._rows["clip_similarity"]:
            widget.setVisible(available)

    def _on_slider(self, scale: _Scale, position: int) -> None:
        self._values[scale.field].setText(scale.text(scale.value(position)))
        self.thresholds_changed.emit(self.thresholds())
