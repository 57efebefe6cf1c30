"""The rows around the Images grid: flag chips that filter it (with counts) and the button that shows the
quality thresholds; sorting and thumbnail size."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from dataprep.thumbnails import DEFAULT_SIZE
from desktop.pages.images_delegate import BADGES, badge_text
from desktop.pages.images_grid_model import FILTERS, SORTS, flag_name

CHIP_STYLE = """
QToolButton {{ border: 1px solid {color}; border-radius: 10px; padding: 2px 7px; color: palette(text);
              background: transparent; }}
QToolButton:checked {{ background: {color}; color: #ffffff; }}
QToolButton:disabled {{ border-color: palette(mid); color: palette(placeholder-text); }}
"""


def chip(text: str, color: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setCheckable(True)
    button.setAutoRaise(False)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet(CHIP_STYLE.format(color=color))
    return button


class FlagFilterBar(QWidget):
    """``filter_changed(flags)``: show images with any of these (none: all); ``thresholds_toggled(shown)``."""

    filter_changed = Signal(frozenset)
    thresholds_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(5)
        self.all_chip = chip(self.tr("All"), "#808080")
        self.all_chip.setChecked(True)
        self.all_chip.clicked.connect(self.clear_filter)
        row.addWidget(self.all_chip)
        self.chips: dict[str, QToolButton] = {}
        for flag in FILTERS:
            button = chip(badge_text(flag), BADGES[flag][1])
            button.setToolTip(self.tr("Show only images flagged {flag} (several chips: any of them)").format(
                flag=flag_name(flag)))
            button.toggled.connect(self._on_chip)
            self.chips[flag] = button
            row.addWidget(button)
        self.thresholds_button = QToolButton(text=self.tr("Thresholds"), checkable=True)
        self.thresholds_button.setToolTip(self.tr("Set what counts as blurry, small, extreme aspect and "
                                                  "near-duplicate"))
        self.thresholds_button.toggled.connect(self.thresholds_toggled)
        row.addWidget(self.thresholds_button)
        row.addStretch(1)

    def selected(self) -> frozenset[str]:
        return frozenset(flag for flag, button in self.chips.items() if button.isChecked())

    def set_counts(self, counts: dict[str, int], total: int) -> None:
        self.all_chip.setText(self.tr("All {n}").format(n=total))
        for flag, button in self.chips.items():
            n = counts.get(flag, 0)
            button.setText(f"{badge_text(flag)} {n}")
            button.setEnabled(n > 0 or button.isChecked())

    def select(self, flags: set[str] | frozenset[str]) -> None:
        for flag, button in self.chips.items():
            button.blockSignals(True)
            button.setChecked(flag in flags)
            button.blockSignals(False)
        self._on_chip()

    def clear_filter(self) -> None:
        self.select(set())

    def _on_chip(self) -> None:
        flags = self.selected()
        self.all_chip.setChecked(not flags)
        self.filter_changed.emit(flags)


class GridControls(QWidget):
    """Sort order and thumbnail size: ``sort_changed(key, descending)``, ``icon_size_changed(px)``."""

    sort_changed = Signal(str, bool)
    icon_size_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.sort_combo = QComboBox()
        for key, (label, _) in SORTS.items():
            self.sort_combo.addItem(QCoreApplication.translate("GridControls", label), key)
        self.sort_combo.setToolTip(self.tr("Sort the grid (resolution and sharpness need a scan)"))
        self.order_button = QToolButton(text="↑", checkable=True)
        self.order_button.setToolTip(self.tr("Ascending / descending"))
        self.order_button.toggled.connect(lambda down: self.order_button.setText("↓" if down else "↑"))
        self.sort_combo.currentIndexChanged.connect(self._on_sort)
        self.order_button.toggled.connect(self._on_sort)
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setRange(96, DEFAULT_SIZE)
        self.size_slider.setSingleStep(16)
        self.size_slider.setValue(160)
        self.size_slider.setFixedWidth(110)
        self.size_slider.setToolTip(self.tr("Thumbnail size"))
        self.size_slider.valueChanged.connect(self.icon_size_changed)
        row.addWidget(QLabel(self.tr("Sort"), objectName="muted"))
        row.addWidget(self.sort_combo)
        row.addWidget(self.order_button)
        row.addSpacing(8)
        row.addWidget(QLabel(self.tr("Size"), objectName="muted"))
        row.addWidget(self.size_slider)

    def _on_sort(self) -> None:
        self.sort_changed.emit(str(self.sort_combo.currentData()), self.order_button.isChecked())
