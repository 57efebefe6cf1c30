"""What to compare: a run's checkpoints, prompts, LoRA weights, seeds and the fixed settings, as a grid
spec for the grid job. Rows take one axis, columns another; any other axis given several values nests
inside the columns."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dataprep.imagefiles import list_images
from dataprep.phrases import exception_text
from dataprep.project import Project
from dataprep.tomlio import ConfigFileError, load_toml
from desktop.widgets.phrase_text import tr_phrase
from training.clip_scores import DEFAULT_CLIP
from training.grid_spec import (
    AXES,
    LIST_KEYS,
    NO_LORA,
    PRESETS,
    GridSpec,
    GridSpecError,
    RunCheckpoint,
    checkpoint_label,
    default_prompts,
    run_checkpoints,
)
from training.run_folders import RUN_FILE
from training.samplers import SAMPLERS

PathRole = Qt.ItemDataRole.UserRole + 1
# grid axis → its name; translated where shown (axis_name)
AXIS_NAMES = {"checkpoint": QT_TRANSLATE_NOOP("CompareSetup", "Checkpoint"),
              "prompt": QT_TRANSLATE_NOOP("CompareSetup", "Prompt"),
              "weight": QT_TRANSLATE_NOOP("CompareSetup", "LoRA weight"),
              "base_model": QT_TRANSLATE_NOOP("CompareSetup", "Base model"),
              "seed": QT_TRANSLATE_NOOP("CompareSetup", "Seed"),
              "sampler": QT_TRANSLATE_NOOP("CompareSetup", "Sampler"),
              "cfg": "CFG"}
# training.grid_spec.PRESETS key → its name in the presets menu
PRESET_NAMES = {"epochs": QT_TRANSLATE_NOOP("CompareSetup", "epochs"),
                "weights": QT_TRANSLATE_NOOP("CompareSetup", "weights"),
                "base_models": QT_TRANSLATE_NOOP("CompareSetup", "base_models")}


def axis_name(axis: str) -> str:
    return QCoreApplication.translate("CompareSetup", AXIS_NAMES[axis])


@dataclass
class RunInfo:
    """A training run as the Compare page offers it (read on a pool thread)."""

    run_dir: Path
    checkpoints: list[RunCheckpoint]
    base_model: str = ""
    train_dir: str = ""
    prompts: list[str] = field(default_factory=list)


def read_runs(project: Project) -> list[RunInfo]:
    """The project's runs that saved checkpoints, newest first, with their base model and default prompts."""
    runs = []
    folders = [p for p in project.runs_dir.iterdir() if p.is_dir()] if project.runs_dir.is_dir() else []
    concept = project.concepts[0] if project.concepts else None
    for folder in sorted(folders, key=lambda p: p.stat().st_mtime, reverse=True):
        checkpoints = run_checkpoints(folder)
        if not checkpoints:
            continue
        info = RunInfo(folder, checkpoints)
        try:
            config = load_toml(folder / RUN_FILE) if (folder / RUN_FILE).is_file() else {}
        except ConfigFileError:
            config = {}
        for attr, section, key in (("base_model", "model", "pretrained_model_name_or_path"),
                                   ("train_dir", "dataset", "train_data_dir")):
            value = str(config.get(section, {}).get(key, "") or "")
            if value and not Path(value).expanduser().is_absolute() and (folder / value).exists():
                value = str((folder / value).resolve())
            setattr(info, attr, value)
        images = list_images(Path(info.train_dir), recursive=True) if info.train_dir and \
            Path(info.train_dir).is_dir() else []
        info.prompts = default_prompts(images, concept.identifier if concept else "",
                                       concept.class_token if concept else "")
        runs.append(info)
    return runs


def _numbers(text: str, kind: type, what: str) -> list:
    """The numbers in *text*; *what* (the field's name, already translated) heads the error."""
    try:
        return [kind(part) for part in text.replace(";", ",").split(",") if part.strip()]
    except ValueError:
        raise GridSpecError(QCoreApplication.translate(
            "CompareSetup", "{what}: give numbers separated by commas (got {text}).").format(what=what, text=repr(text))
        ) from None


class CompareSetup(QWidget):
    changed = Signal()
    run_changed = Signal(object)  # RunInfo | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[RunInfo] = []
        self.run_box = QComboBox()
        self.run_box.currentIndexChanged.connect(self._run_selected)
        self.checkpoints = QListWidget()
        self.checkpoints.setMaximumHeight(150)
        self.preset = QComboBox()
        self.preset.addItem(self.tr("Presets…"), "")
        for name in PRESETS:
            self.preset.addItem(self.tr(PRESET_NAMES.get(name, name)), name)
        self.preset.activated.connect(self._apply_preset)
        self.prompts = QPlainTextEdit(placeholderText=self.tr("one prompt per line"))
        self.prompts.setMaximumHeight(96)
        self.base_models = QPlainTextEdit(placeholderText=self.tr("base model folder or repo id, one per line"))
        self.base_models.setMaximumHeight(52)
        self.weights = QLineEdit("0.76")
        self.seeds = QLineEdit("1, 2")
        self.cfgs = QLineEdit("7")
        self.sampler = QComboBox()
        for sampler in SAMPLERS:
            self.sampler.addItem(sampler.label, sampler.name)
        self.sampler.setCurrentIndex(self.sampler.findData("dpmsolver++_karras"))
        self.steps = QSpinBox(minimum=1, maximum=150, value=25)
        self.width_box = QSpinBox(minimum=64, maximum=2048, singleStep=64, value=512)
        self.height_box = QSpinBox(minimum=64, maximum=2048, singleStep=64, value=512)
        self.negative = QLineEdit(placeholderText=self.tr("negative prompt"))
        self.rows_axis = QComboBox()
        self.columns_axis = QComboBox()
        for box, axis in ((self.rows_axis, "checkpoint"), (self.columns_axis, "prompt")):
            for name in AXES:
                box.addItem(axis_name(name), name)
            box.setCurrentIndex(box.findData(axis))
        self.clip_model = QLineEdit(DEFAULT_CLIP, placeholderText=self.tr("empty: no scores"))
        self.tolerance = QDoubleSpinBox(minimum=0, maximum=50, value=10, suffix=" %", decimals=0)
        self.tolerance.setToolTip(self.tr("How much prompt adherence (CLIP-T) the suggested checkpoint may lose "
                                          "against the base model"))
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #c0392b;")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in ((self.tr("Run"), self.run_box), (self.tr("Checkpoints"), self.checkpoints),
                              (self.tr("Preset"), self.preset), (self.tr("Prompts"), self.prompts),
                              (self.tr("Base models"), self.base_models), (self.tr("LoRA weights"), self.weights),
                              (self.tr("Seeds"), self.seeds), ("CFG", self.cfgs), (self.tr("Sampler"), self.sampler),
                              (self.tr("Steps"), self.steps), (self.tr("Width"), self.width_box),
                              (self.tr("Height"), self.height_box), (self.tr("Negative"), self.negative),
                              (self.tr("Rows"), self.rows_axis), (self.tr("Columns"), self.columns_axis),
                              (self.tr("CLIP model"), self.clip_model), (self.tr("Tolerance"), self.tolerance)):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def set_runs(self, runs: list[RunInfo]) -> None:
        self.runs = runs
        self.run_box.clear()
        for run in runs:
            self.run_box.addItem(f"{run.run_dir.name} · {len(run.checkpoints)}")
            self.run_box.setItemData(self.run_box.count() - 1, self.tr("{run}: {n} checkpoint(s)").format(
                run=run.run_dir, n=len(run.checkpoints)), Qt.ItemDataRole.ToolTipRole)
        if not runs:
            self.run_box.addItem(self.tr("No run with checkpoints yet"))
            self._run_selected(-1)

    def current_run(self) -> RunInfo | None:
        index = self.run_box.currentIndex()
        return self.runs[index] if 0 <= index < len(self.runs) else None

    def _run_selected(self, _index: int) -> None:
        run = self.current_run()
        self.checkpoints.clear()
        base = QListWidgetItem(self.tr("no LoRA (the base model)"))
        base.setData(PathRole, NO_LORA)
        items = [base]
        for checkpoint in run.checkpoints if run else []:
            item = QListWidgetItem(tr_phrase(checkpoint_label(checkpoint.path)))
            item.setData(PathRole, checkpoint.path)
            item.setToolTip(checkpoint.path)
            items.append(item)
        for item in items:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.checkpoints.addItem(item)
        if run is not None:
            self.prompts.setPlainText("\n".join(run.prompts))
            self.base_models.setPlainText(run.base_model)
        self.run_changed.emit(run)

    def _apply_preset(self, index: int) -> None:
        if index <= 0:
            return
        self.set_spec_values(PRESETS[self.preset.itemData(index)])
        self.preset.setCurrentIndex(0)

    def set_spec_values(self, values: dict) -> None:
        """Fill the fields a preset (or a saved spec) names."""
        for key, edit in (("prompts", self.prompts), ("base_models", self.base_models)):
            if key in values:
                edit.setPlainText("\n".join(values[key]))
        if "checkpoints" in values:
            for i in range(self.checkpoints.count()):
                item = self.checkpoints.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(PathRole) in values["checkpoints"]
                                   else Qt.CheckState.Unchecked)
        if "clip_model" in values:
            self.clip_model.setText(values["clip_model"])
        simple = {"weights": self.weights, "seeds": self.seeds, "cfgs": self.cfgs}
        for key, edit in simple.items():
            if key in values:
                edit.setText(", ".join(f"{v:g}" if isinstance(v, float) else str(v) for v in values[key]))
        for key, box in (("steps", self.steps), ("width", self.width_box), ("height", self.height_box)):
            if key in values:
                box.setValue(int(values[key]))
        if "samplers" in values:
            self.sampler.setCurrentIndex(max(0, self.sampler.findData(values["samplers"][0])))
        if "negative_prompt" in values:
            self.negative.setText(values["negative_prompt"])
        for key, box in (("rows", self.rows_axis), ("columns", self.columns_axis)):
            if key in values:
                box.setCurrentIndex(box.findData(values[key][0]))

    def spec(self) -> GridSpec:
        """The grid as set up; GridSpecError (also shown under the form) when it cannot be rendered."""
        try:
            spec = self._spec()
            spec.validate()
        except GridSpecError as exc:
            self.error.setText(tr_phrase(exception_text(exc)))
            raise
        self.error.clear()
        return spec

    def _spec(self) -> GridSpec:
        checked = [self.checkpoints.item(i) for i in range(self.checkpoints.count())]
        run = self.current_run()
        spec = GridSpec(
            checkpoints=[i.data(PathRole) for i in checked if i.checkState() == Qt.CheckState.Checked],
            prompts=[line.strip() for line in self.prompts.toPlainText().splitlines() if line.strip()],
            weights=_numbers(self.weights.text(), float, self.tr("LoRA weights")),
            base_models=[line.strip() for line in self.base_models.toPlainText().splitlines() if line.strip()],
            seeds=_numbers(self.seeds.text(), int, self.tr("Seeds")), samplers=[self.sampler.currentData()],
            cfgs=_numbers(self.cfgs.text(), float, "CFG"), negative_prompt=self.negative.text().strip(),
            steps=self.steps.value(), width=self.width_box.value(), height=self.height_box.value(),
            grid_dir=str(run.run_dir / "grids") if run else "", training_images=run.train_dir if run else "",
            clip_model=self.clip_model.text().strip(), tolerance=self.tolerance.value() / 100)
        rows, columns = self.rows_axis.currentData(), self.columns_axis.currentData()
        if rows == columns:
            raise GridSpecError(self.tr("Rows and columns both show {axis}; pick another axis for one of them.").format(
                axis=axis_name(rows)))
        nested = [a for a in AXES if a not in (rows, columns) and len(getattr(spec, LIST_KEYS[a])) > 1]
        return replace(spec, rows=[rows], columns=[columns, *nested])
