"""The settings of a reg set, as the ``reg`` job's config keys: base model, prompt source, render settings.

The form only edits values; what they mean is training/reg_job.py's (docs/regularization.md).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QWidget,
)

from dataprep.tags import join_tags, split_tags
from training.samplers import SAMPLERS, get_sampler

# (config value, label); the labels are translated where shown
SOURCES = (("class", QT_TRANSLATE_NOOP("RegSettingsForm", "Class word")),
           ("captions", QT_TRANSLATE_NOOP("RegSettingsForm", "Training captions")),
           ("file", QT_TRANSLATE_NOOP("RegSettingsForm", "Prompt list file")))
SIZES = (("fixed", QT_TRANSLATE_NOOP("RegSettingsForm", "Fixed size")),
         ("buckets", QT_TRANSLATE_NOOP("RegSettingsForm", "Training buckets")))
DEFAULTS: dict[str, Any] = {
    "model": "", "source": "class", "remove_tags": [], "prompt_file": "", "negative_prompt": "",
    "sampler": "dpmsolver++_karras", "steps": 25, "scale": 7.0, "size": "fixed", "width": 0, "height": 0,
    "seed": 0, "batch_size": 4,
}
MAX_SEED = 2**31 - 1


def _spin(low: int, high: int, step: int = 1, special: str = "") -> QSpinBox:
    box = QSpinBox(minimum=low, maximum=high, singleStep=step)
    if special:
        box.setSpecialValueText(special)
    return box


def _choices(items: tuple[tuple[str, str], ...]) -> QComboBox:
    box = QComboBox()
    for value, label in items:
        box.addItem(label, value)
    return box


def _pick(box: QComboBox, value: str) -> None:
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)


class RegSettingsForm(QWidget):
    """``changed`` on any edit; ``prompts_changed`` when what the prompts come from changes."""

    changed = Signal()
    prompts_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QLineEdit(placeholderText=self.tr(".safetensors checkpoint, diffusers folder or Hugging Face "
                                                       "repo id"))
        self.model_button = QPushButton(self.tr("Choose…"))
        model_menu = QMenu(self.model_button)
        model_menu.addAction(self.tr("Checkpoint file (.safetensors)…"), self.choose_model_file)
        model_menu.addAction(self.tr("Diffusers folder…"), self.choose_model)
        self.model_button.setMenu(model_menu)
        self.model_note = QLabel(objectName="muted", wordWrap=True)

        self.source = _choices(tuple((value, self.tr(label)) for value, label in SOURCES))
        self.remove_tags = QLineEdit(placeholderText=self.tr("e.g. mole under eye, blue eyes"))
        self.remove_tags.setToolTip(self.tr("Tags that describe this person rather than the class; they are taken "
                                            "out of the captions (the identifier always is)"))
        self.prompt_file = QLineEdit(placeholderText=self.tr("one prompt per line; sd-scripts' --n --w --h --d --l "
                                                             "--s --ss"))
        self.prompt_file_button = QPushButton(self.tr("Choose…"))
        self.prompt_file_button.clicked.connect(self.choose_prompt_file)
        self.preview = QLabel(objectName="muted", wordWrap=True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.negative = QLineEdit(placeholderText=self.tr("e.g. lowres, blurry, watermark"))

        self.sampler = _choices(tuple((s.name, s.label) for s in SAMPLERS))
        self.steps = _spin(1, 1000)
        self.scale = QDoubleSpinBox(minimum=1.0, maximum=30.0, singleStep=0.5, decimals=1)
        self.size = _choices(tuple((value, self.tr(label)) for value, label in SIZES))
        self.size.setToolTip(self.tr("Training buckets: image i gets the aspect-ratio bucket of training image i, so "
                                     "reg images fill the same buckets as the training images"))
        self.width = _spin(0, 4096, 64, self.tr("native"))
        self.height = _spin(0, 4096, 64, self.tr("native"))
        for box in (self.width, self.height):
            box.setToolTip(self.tr("0 = the model's native size (512 for SD 1.x, 1024 for SDXL); with training "
                                   "buckets, the resolution the buckets are made for"))
        self.seed = _spin(0, MAX_SEED)
        self.seed.setToolTip(self.tr("Image i uses seed + i, so any image can be made again on its own"))
        self.batch = _spin(1, 64)
        self.batch.setToolTip(self.tr("Images per pipeline call; lower it if the GPU runs out of memory"))

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 8, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rows: dict[QWidget, QWidget] = {}
        form.addRow(self._title(self.tr("Base model")))
        form.addRow(self._with_button(self.model, self.model_button))
        form.addRow(self.model_note)
        form.addRow(self._title(self.tr("Prompts")))
        form.addRow(self.tr("Source"), self.source)
        self._add_row(form, self.tr("Identity tags"), self.remove_tags)
        self._add_row(form, self.tr("Prompt file"), self._with_button(self.prompt_file, self.prompt_file_button))
        form.addRow(self.preview)
        form.addRow(self.tr("Negative"), self.negative)
        form.addRow(self._title(self.tr("Rendering")))
        form.addRow(self.tr("Sampler"), self.sampler)
        form.addRow(self.tr("Steps, CFG"), self._pair(self.steps, self.scale))
        form.addRow(self.tr("Size"), self.size)
        form.addRow(self.tr("Width × height"), self._pair(self.width, self.height))
        form.addRow(self.tr("Seed, batch"), self._pair(self.seed, self.batch))
        self.form = form

        for edit in (self.model, self.remove_tags, self.prompt_file, self.negative):
            edit.textChanged.connect(self.changed)
        for box in (self.source, self.sampler, self.size):
            box.currentIndexChanged.connect(self.changed)
        for spin in (self.steps, self.scale, self.width, self.height, self.seed, self.batch):
            spin.valueChanged.connect(self.changed)
        self.source.currentIndexChanged.connect(self._show_source_rows)
        for signal in (self.source.currentIndexChanged, self.remove_tags.textChanged, self.prompt_file.textChanged):
            signal.connect(self.prompts_changed)
        self.set_values({})

    # ---- layout helpers
    @staticmethod
    def _title(text: str) -> QLabel:
        return QLabel(text, objectName="sectionTitle")

    @staticmethod
    def _with_button(field: QWidget, button: QPushButton) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1)
        layout.addWidget(button)
        return row

    @staticmethod
    def _pair(first: QWidget, second: QWidget) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(first, 1)
        layout.addWidget(second, 1)
        return row

    def _add_row(self, form: QFormLayout, label: str, field: QWidget) -> None:
        caption = QLabel(label)
        form.addRow(caption, field)
        self._rows[field] = caption

    def _show_source_rows(self) -> None:
        source = self.source.currentData()
        for field in self._rows:
            shown = (field is self.remove_tags and source == "captions") or (field is not self.remove_tags
                                                                            and source == "file")
            field.setVisible(shown)
            self._rows[field].setVisible(shown)

    # ---- values
    def values(self) -> dict[str, Any]:
        """The reg job's config keys for these settings."""
        return {
            "model": self.model.text().strip(), "source": self.source.currentData(),
            "remove_tags": split_tags(self.remove_tags.text()), "prompt_file": self.prompt_file.text().strip(),
            "negative_prompt": self.negative.text().strip(), "sampler": self.sampler.currentData(),
            "steps": self.steps.value(), "scale": self.scale.value(), "size": self.size.currentData(),
            "width": self.width.value(), "height": self.height.value(), "seed": self.seed.value(),
            "batch_size": self.batch.value(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        """Show *values* (a job config), the defaults for keys it lacks or cannot hold."""
        v = {**DEFAULTS, **{k: values[k] for k in DEFAULTS if k in values}}
        try:
            sampler = get_sampler(str(v["sampler"])).name
        except ValueError:
            sampler = DEFAULTS["sampler"]
        self.blockSignals(True)
        self.model.setText(str(v["model"]))
        _pick(self.source, str(v["source"]))
        tags = v["remove_tags"] if isinstance(v["remove_tags"], list) else []
        self.remove_tags.setText(join_tags(str(t) for t in tags))
        self.prompt_file.setText(str(v["prompt_file"]))
        self.negative.setText(str(v["negative_prompt"]))
        _pick(self.sampler, sampler)
        _pick(self.size, str(v["size"]))
        for spin, key in ((self.steps, "steps"), (self.width, "width"), (self.height, "height"), (self.seed, "seed"),
                          (self.batch, "batch_size")):
            spin.setValue(int(v[key]) if isinstance(v[key], (int, float)) else DEFAULTS[key])
        self.scale.setValue(float(v["scale"]) if isinstance(v["scale"], (int, float)) else DEFAULTS["scale"])
        self.blockSignals(False)
        self._show_source_rows()

    # ---- pickers
    def choose_model(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Base model: the diffusers folder (with "
                                                                "model_index.json) of the model the LoRA will train "
                                                                "on"), self.model.text())
        if folder:
            self.model.setText(folder)

    def choose_model_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Base model: the SD 1.x or SDXL checkpoint the LoRA will "
                                                            "train on"), self.model.text(),
                                              self.tr("Checkpoints (*.safetensors);;All files (*)"))
        if path:
            self.model.setText(path)

    def choose_prompt_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Prompt list file"), self.prompt_file.text(),
                                              self.tr("Prompt files (*.txt *.toml *.json);;All files (*)"))
        if path:
            self.prompt_file.setText(path)
