"""Dialogs of the Train page: queue variants of a run, compare a preset with the form, save a preset."""

from __future__ import annotations

import contextlib
import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dataprep.tomlio import ConfigFileError
from desktop.pages.train_presets import DiffRow, Preset, is_free_text, preset_description, preset_name
from desktop.widgets.config_text import label
from training.config import TrainConfig, all_fields
from training.config_fields import FieldInfo, coerce
from training.run_folders import safe_name

VARIANT_DEFAULT_KEY = "network.network_dim"
BOOL_WORDS = {"true": True, "on": True, "yes": True, "false": False, "off": False, "no": False}


def parse_values(info: FieldInfo, text: str) -> list[object]:
    """'16, 32, 64' as values of *info*; ConfigFileError says which one is wrong."""
    values: list[object] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        raw: object = part
        if info.type is bool:
            raw = BOOL_WORDS.get(part.lower(), part)
        elif info.type in (int, float):
            with contextlib.suppress(ValueError):  # text that is no number: coerce names it
                raw = int(part) if info.type is int else float(part)
        values.append(coerce(info, raw, "variants"))
    return values


def variant_configs(base: TrainConfig, info: FieldInfo, values: list[object]) -> list[TrainConfig]:
    """One config per value, each with its own output name (``<name>-<setting><value>``)."""
    configs = []
    for value in values:
        cfg = copy.deepcopy(base)
        setattr(getattr(cfg, info.section), info.name, value)
        cfg.saving.output_name = f"{base.saving.output_name}-{safe_name(f'{info.name}{value}')}"
        configs.append(cfg)
    return configs


class VariantsDialog(QDialog):
    """Pick a setting and its values: the same run is queued once per value (e.g. rank 16, 32, 64)."""

    def __init__(self, base: TrainConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Queue variants"))
        self.base = base
        self.fields = [info for info in all_fields() if not is_free_text(info) and info.type is not list]
        self.field = QComboBox()
        for info in self.fields:
            self.field.addItem(f"{label(info)}  ({info.key})")
        self.field.setCurrentIndex(next(i for i, f in enumerate(self.fields) if f.key == VARIANT_DEFAULT_KEY))
        self.values = QLineEdit("16, 32, 64")
        self.values.setPlaceholderText(self.tr("values separated by commas"))
        self.preview = QLabel(objectName="muted")
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.queue_button = self.buttons.addButton(self.tr("Queue runs"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Setting"), self.field)
        form.addRow(self.tr("Values"), self.values)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The current settings are queued once per value; the runs start one after "
                                        "the other, each in its own run folder.")))
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.field.currentIndexChanged.connect(self._update)
        self.values.textChanged.connect(self._update)
        self.resize(520, 0)
        self._update()

    @property
    def info(self) -> FieldInfo:
        return self.fields[self.field.currentIndex()]

    def configs(self) -> list[TrainConfig]:
        """The variants, or ConfigFileError for a value the setting does not take."""
        return variant_configs(self.base, self.info, parse_values(self.info, self.values.text()))

    def _update(self) -> None:
        try:
            configs = self.configs()
        except ConfigFileError as exc:
            self.preview.setText(str(exc).split(": ", 1)[-1])
            self.queue_button.setEnabled(False)
            return
        self.queue_button.setEnabled(bool(configs))
        names = ", ".join(c.saving.output_name for c in configs)
        self.preview.setText(self.tr("{n} run(s): {names}").format(n=len(configs), names=names) if configs
                             else self.tr("Type one or more values."))


class PresetDiffDialog(QDialog):
    """Only the settings that differ: label, the preset's value, the form's value."""

    def __init__(self, preset: Preset, rows: list[DiffRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{preset} vs. current settings").format(preset=preset_name(preset)))
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Setting"), preset_name(preset), self.tr("Current")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, text in enumerate((row.label, row.preset, row.current)):
                item = QTableWidgetItem(text)
                item.setToolTip(row.key if c == 0 else text)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        summary = QLabel(self.tr("{n} setting(s) would change.").format(n=len(rows)) if rows
                         else self.tr("The form already matches this preset."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.load_button = buttons.addButton(self.tr("Load preset"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.load_button.setEnabled(bool(rows))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(preset_description(preset), wordWrap=True))
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)


class SavePresetDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save settings as a preset"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. My character, 12 GB"))
        self.description = QLineEdit()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.name.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The settings that differ from the defaults are saved; folders and the base "
                                   "model are not."), wordWrap=True))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(buttons)
        self.setMinimumWidth(440)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
