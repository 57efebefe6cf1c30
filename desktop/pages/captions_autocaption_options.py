"""Auto-caption's options form: one control per field of the caption job's options dataclasses
(:class:`CaptionOptions`, :class:`TagOptions`, :class:`BlipOptions`), with the rows' labels and tooltips,
and the options written back as the job's TOML table.

A field added to those dataclasses shows up here by itself (labelled from its name until LABELS names it),
so what the form holds is exactly what the job reads.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from dataprep.caption_io import CAPTION_EXTENSIONS
from dataprep.caption_job import MODES, CaptionOptions
from dataprep.wd_tagger import PROVIDERS
from dataprep.wd_tags import RATING_PLACES

CHOICES: dict[str, tuple[str, ...]] = {
    "mode": MODES, "extension": CAPTION_EXTENSIONS, "device": PROVIDERS, "rating": RATING_PLACES,
}  # fmt: skip
# how a choice shows in its box (translated there); the value the job takes stays the item's data
CHOICE_LABELS = {
    "overwrite": QT_TRANSLATE_NOOP("AutoCaptionOptions", "overwrite"),
    "append": QT_TRANSLATE_NOOP("AutoCaptionOptions", "append"),
    "skip": QT_TRANSLATE_NOOP("AutoCaptionOptions", "skip"),
    "auto": QT_TRANSLATE_NOOP("AutoCaptionOptions", "auto"),
    "none": QT_TRANSLATE_NOOP("AutoCaptionOptions", "none"),
    "first": QT_TRANSLATE_NOOP("AutoCaptionOptions", "first"),
    "last": QT_TRANSLATE_NOOP("AutoCaptionOptions", "last"),
}
# The option rows' labels and tooltips (English; translated where the form is built). A field the job's
# dataclasses gain later still gets a row, labelled from its name, until it is added here.
OPTIONS_CONTEXT = "AutoCaptionOptions"
LABELS = {
    "mode": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Mode"),
    "extension": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Extension"),
    "trigger": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Trigger"),
    "separator": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Separator"),
    "batch_size": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Batch size"),
    "workers": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Decode threads (0: auto)"),
    "device": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Device"),
    "wd_fast": QT_TRANSLATE_NOOP("AutoCaptionOptions", "WD tagger: fast mode (approximate)"),
    "general_threshold": QT_TRANSLATE_NOOP("AutoCaptionOptions", "General threshold"),
    "character_threshold": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Character threshold"),
    "general_mcut": QT_TRANSLATE_NOOP("AutoCaptionOptions", "General: MCut"),
    "character_mcut": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Character: MCut"),
    "max_tags": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Max tags (0: all)"),
    "rating": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Rating"),
    "character_tags_first": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Character tags first"),
    "undesired_tags": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Undesired tags"),
    "always_first_tags": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Always first tags"),
    "replacements": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Replacements"),
    "underscores_to_spaces": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Underscores to spaces"),
    "escape_parentheses": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Escape parentheses"),
    "beam_search": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Beam search"),
    "num_beams": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Num beams"),
    "top_p": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Top-p"),
    "temperature": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Temperature"),
    "min_length": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Min length"),
    "max_length": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Max length"),
    "repetition_penalty": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Repetition penalty"),
    "prefix": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Prefix"),
    "seed": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Seed"),
}
HELP = {
    "extension": QT_TRANSLATE_NOOP("AutoCaptionOptions", "The caption file written beside each image"),
    "mode": QT_TRANSLATE_NOOP(
        "AutoCaptionOptions",
        "overwrite: replace the caption · append: add the tags it lacks · skip: leave captioned images alone"),
    "trigger": QT_TRANSLATE_NOOP(
        "AutoCaptionOptions",
        "Becomes the first tag of every caption (your concept's identifier)"),
    "separator": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Written between tags"),
    "batch_size": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Images per model call"),
    "workers": QT_TRANSLATE_NOOP(
        "AutoCaptionOptions",
        "Threads that decode and preprocess images (0: one per core, at most 8)"),
    "device": QT_TRANSLATE_NOOP(
        "AutoCaptionOptions",
        "auto uses a CUDA GPU when there is one (the job log says when it falls back to the CPU)"),
    "wd_fast": QT_TRANSLATE_NOOP(
        "AutoCaptionOptions",
        "Faster, approximate: an int8 copy of the model on the CPU (built once) and JPEGs decoded at reduced size. "
        "The scores differ slightly from the reference tagger's, so tags near a threshold can change"),
    "general_threshold": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Keep general tags scoring above this"),
    "character_threshold": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Keep character tags scoring above this"),
    "general_mcut": QT_TRANSLATE_NOOP(
        "AutoCaptionOptions",
        "Pick the general threshold per image (MCut: the widest gap between scores)"),
    "character_mcut": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Pick the character threshold per image (MCut)"),
    "max_tags": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Keep at most this many general + character tags, best first"),
    "rating": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Where the rating tag (general, sensitive, …) goes"),
    "character_tags_first": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Character tags before general tags"),
    "undesired_tags": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Tags never written (comma-separated)"),
    "always_first_tags": QT_TRANSLATE_NOOP(
        "AutoCaptionOptions",
        "Tags moved to the front when present (comma-separated)"),
    "replacements": QT_TRANSLATE_NOOP(
        "AutoCaptionOptions",
        "source=target pairs, comma-separated; an empty target drops the tag"),
    "underscores_to_spaces": QT_TRANSLATE_NOOP(
        "AutoCaptionOptions",
        "long_hair → long hair (emoticons such as ^_^ keep theirs)"),
    "escape_parentheses": QT_TRANSLATE_NOOP(
        "AutoCaptionOptions",
        "star (symbol) → star \\(symbol\\) (some trainers want it)"),
    "beam_search": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Beam search (on) or nucleus sampling (off)"),
    "prefix": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Text the caption starts with; stripped from the output"),
    "seed": QT_TRANSLATE_NOOP("AutoCaptionOptions", "Sampling only: the same seed gives the same captions"),
}
TOP_FIELDS = ("mode", "extension", "trigger", "separator", "batch_size", "workers", "device", "wd_fast")


# ---------------------------------------------------------------- options ⇄ TOML


def options_config(options: CaptionOptions) -> dict[str, Any]:
    """*options* as the caption job's TOML table (CaptionOptions.from_config reads it back equal)."""

    def plain(value: Any) -> Any:
        if isinstance(value, tuple):
            return [plain(v) for v in value]
        return value

    config: dict[str, Any] = {}
    for f in dataclasses.fields(options):
        value = getattr(options, f.name)
        if dataclasses.is_dataclass(value):
            config[f.name] = {k.name: plain(getattr(value, k.name)) for k in dataclasses.fields(value)}
        elif value is not None:
            config[f.name] = plain(value)
    return config


def _label(name: str) -> str:
    text = LABELS.get(name)
    return QCoreApplication.translate(OPTIONS_CONTEXT, text) if text else name.replace("_", " ").capitalize()


def _help(name: str) -> str:
    text = HELP.get(name)
    return QCoreApplication.translate(OPTIONS_CONTEXT, text) if text else ""


def _split_list(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split(",") if t.strip())


def _parse_pairs(text: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for item in _split_list(text):
        if "=" not in item:
            raise ValueError(QCoreApplication.translate(
                "AutoCaptionDialog", "replacements: write each as source=target, got {item}").format(item=repr(item)))
        source, target = item.split("=", 1)
        pairs.append((source.strip(), target.strip()))
    return tuple(pairs)


class OptionsForm(QWidget):
    """Controls for the fields of one options dataclass, made from the fields' types and defaults."""

    def __init__(self, cls: type, names: tuple[str, ...] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cls = cls
        defaults = cls()
        self.names = names or tuple(f.name for f in dataclasses.fields(cls))
        self.controls: dict[str, QWidget] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in self.names:
            control = self._control(name, getattr(defaults, name))
            control.setToolTip(_help(name))
            self.controls[name] = control
            if isinstance(control, QCheckBox):
                control.setText(_label(name))
                form.addRow("", control)
            else:
                form.addRow(_label(name), control)
        self.set_values(defaults)

    @staticmethod
    def _control(name: str, default: Any) -> QWidget:
        if name in CHOICES:
            box = QComboBox()
            for value in CHOICES[name]:
                label = CHOICE_LABELS.get(value)
                box.addItem(QCoreApplication.translate(OPTIONS_CONTEXT, label) if label else value, value)
            return box
        if isinstance(default, bool):
            return QCheckBox()
        if isinstance(default, int):
            spin = QSpinBox()
            spin.setRange(1 if name in ("batch_size", "num_beams") else 0, 100_000)
            return spin
        if isinstance(default, float):
            dspin = QDoubleSpinBox()
            unit = name.endswith("threshold") or name == "top_p"
            dspin.setRange(0.0 if unit else 0.01, 1.0 if unit else 100.0)
            dspin.setDecimals(2)
            dspin.setSingleStep(0.05)
            return dspin
        return QLineEdit()

    def set_values(self, options: Any) -> None:
        for name, control in self.controls.items():
            value = getattr(options, name)
            if isinstance(control, QComboBox):
                control.setCurrentIndex(max(0, control.findData(str(value))))
            elif isinstance(control, QCheckBox):
                control.setChecked(bool(value))
            elif isinstance(control, (QSpinBox, QDoubleSpinBox)):
                control.setValue(value)
            elif name == "replacements":
                control.setText(", ".join(f"{a}={b}" for a, b in value))  # type: ignore[attr-defined]
            elif isinstance(value, tuple):
                control.setText(", ".join(value))  # type: ignore[attr-defined]
            else:
                control.setText(str(value))  # type: ignore[attr-defined]

    def values(self) -> dict[str, Any]:
        """The fields as the dataclass takes them; raises ValueError for text that does not parse."""
        defaults = self.cls()
        out: dict[str, Any] = {}
        for name, control in self.controls.items():
            if isinstance(control, QComboBox):
                out[name] = control.currentData()
            elif isinstance(control, QCheckBox):
                out[name] = control.isChecked()
            elif isinstance(control, (QSpinBox, QDoubleSpinBox)):
                out[name] = control.value()
            elif name == "replacements":
                out[name] = _parse_pairs(control.text())  # type: ignore[attr-defined]
            elif isinstance(getattr(defaults, name), tuple):
                out[name] = _split_list(control.text())  # type: ignore[attr-defined]
            else:
                out[name] = control.text()  # type: ignore[attr-defined]
        return out
