"""Run presets: bundled ones (resources/presets/*.toml) and the user's own (in the app-data folder).

A preset is a partial run.toml (only the settings it cares about) plus a ``[preset]`` table with
its name, description and optional menu group. Loading one starts from the defaults, applies the preset, and keeps the
current value of every free-text setting the preset leaves alone (folders, the base model, the
output name, metadata), so a preset changes how to train, not what to train on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from dataprep.tomlio import ConfigFileError, load_toml, save_toml
from desktop.widgets.config_form_row import format_value
from desktop.widgets.config_text import label
from resources import resource_path
from training.config import TrainConfig, all_fields, config_from_dict, config_to_dict
from training.config_fields import FieldInfo

PRESET_TABLE = "preset"
PRESET_CONTEXT = "BundledPresets"  # translation context of the bundled presets' texts (train_preset_strings.py)


@dataclass(frozen=True)
class Preset:
    name: str
    description: str
    path: Path
    bundled: bool
    values: dict[str, Any]  # the run.toml tables it sets
    group: str = ""  # a submenu of the presets menu ("" = the menu itself)


@dataclass(frozen=True)
class DiffRow:
    key: str
    label: str
    preset: str
    current: str


def _shown(preset: Preset, text: str) -> str:
    """A bundled preset's text in the interface language; the user's own presets are shown as written."""
    return QCoreApplication.translate(PRESET_CONTEXT, text) if preset.bundled and text else text


def preset_name(preset: Preset) -> str:
    return _shown(preset, preset.name)


def preset_description(preset: Preset) -> str:
    return _shown(preset, preset.description)


def preset_group(preset: Preset) -> str:
    return _shown(preset, preset.group)


def is_free_text(info: FieldInfo) -> bool:
    """Paths, names and comments: what a preset leaves to the user."""
    return info.type is str and info.spec.choices is None


def read_preset(path: Path, bundled: bool) -> Preset:
    """The preset in *path*; a ConfigFileError names the file and the bad setting."""
    data = load_toml(path)
    meta = data.pop(PRESET_TABLE, {})
    if not isinstance(meta, dict):
        raise ConfigFileError(f"{path}: [{PRESET_TABLE}] must be a table with name and description.")
    config_from_dict(data, str(path))  # reject unknown keys and bad values now, not when applied
    return Preset(str(meta.get("name") or path.stem), str(meta.get("description", "")), path, bundled, data,
                  str(meta.get("group", "")))


def _read_all(folder: Path, bundled: bool) -> tuple[list[Preset], list[str]]:
    presets, problems = [], []
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        try:
            presets.append(read_preset(path, bundled))
        except ConfigFileError as exc:
            problems.append(str(exc))
    return presets, problems


def bundled_presets() -> list[Preset]:
    presets, problems = _read_all(resource_path("presets"), bundled=True)
    if problems:  # a broken bundled preset is a packaging bug, not a user mistake
        raise ConfigFileError("; ".join(problems))
    return presets


def user_presets(folder: Path) -> tuple[list[Preset], list[str]]:
    """The user's presets and, for files that cannot be read, why."""
    return _read_all(folder, bundled=False)


def apply_preset(preset: Preset, current: TrainConfig) -> TrainConfig:
    """Defaults + the preset, keeping *current*'s free-text settings that the preset does not set."""
    cfg = config_from_dict(preset.values, str(preset.path))
    for info in all_fields():
        if is_free_text(info) and info.name not in preset.values.get(info.section, {}):
            setattr(getattr(cfg, info.section), info.name, current.get(info.key))
    cfg.run_dir = current.run_dir
    return cfg


def preset_values(cfg: TrainConfig) -> dict[str, Any]:
    """The settings of *cfg* that differ from the defaults, without folder and file paths."""
    defaults = config_to_dict(TrainConfig())
    values: dict[str, Any] = {}
    for info in all_fields():
        if info.spec.widget in ("dir", "file", "path"):
            continue
        value = cfg.get(info.key)
        if value is not None and value != defaults[info.section].get(info.name):
            values.setdefault(info.section, {})[info.name] = value
    return values


def preset_file_name(name: str) -> str:
    stem = re.sub(r"[^\w.-]+", "-", name.strip(), flags=re.UNICODE).strip("-.") or "preset"
    return f"{stem}.toml"


def save_user_preset(folder: Path, name: str, description: str, cfg: TrainConfig) -> Path:
    path = folder / preset_file_name(name)
    save_toml(path, {PRESET_TABLE: {"name": name, "description": description}, **preset_values(cfg)})
    return path


def diff_rows(preset: Preset, current: TrainConfig) -> list[DiffRow]:
    """The settings that loading *preset* would change, with both values."""
    target = apply_preset(preset, current)
    return [DiffRow(info.key, label(info), format_value(target.get(info.key)), format_value(current.get(info.key)))
            for info in all_fields() if target.get(info.key) != current.get(info.key)]
