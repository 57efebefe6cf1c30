"""The Train page's Presets and Run file menus: bundled and user presets (load, compare, save), a run.toml
opened or saved by hand, kohya_ss GUI / sd-scripts configs imported, and the reset to defaults.

A mixin of TrainPage (its strings keep the TrainPage translation context): the page builds the menus'
buttons; this fills and answers them.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from dataprep.phrases import exception_text
from dataprep.project import Project
from dataprep.tomlio import ConfigFileError, load_toml
from desktop.pages.train_dialogs import PresetDiffDialog, SavePresetDialog
from desktop.pages.train_launch import project_defaults
from desktop.pages.train_presets import (
    Preset,
    apply_preset,
    bundled_presets,
    diff_rows,
    preset_description,
    preset_group,
    preset_name,
    save_user_preset,
    user_presets,
)
from desktop.widgets.config_form import ConfigForm
from desktop.widgets.phrase_text import tr_phrase
from training.config import TrainConfig, config_from_dict, save_config
from training.config_import import ImportResult, import_kohya_gui_json, import_sd_scripts_toml, keep_sample_prompts


class RunFilesMixin:
    """What the Presets and Run file menus do; TrainPage provides the attributes below and ``_say``."""

    project: Project | None
    presets_dir: Path
    presets_menu: QMenu
    form: ConfigForm

    # ---- presets
    def _fill_presets_menu(self) -> None:
        menu = self.presets_menu
        menu.clear()
        try:
            bundled = bundled_presets()
        except ConfigFileError as exc:
            bundled = []
            self._say(QCoreApplication.translate("TrainPage", "A bundled preset is broken: {error}").format(error=exc))
        mine, problems = user_presets(self.presets_dir)
        groups: dict[str, QMenu] = {}
        for preset in bundled:
            group = preset_group(preset)
            target = menu if not group else groups.setdefault(group, QMenu(group, menu))
            self._add_preset_action(target, preset)
        for group in groups.values():
            menu.addMenu(group)
        if mine:
            menu.addSection(QCoreApplication.translate("TrainPage", "My presets"))
            for preset in mine:
                self._add_preset_action(menu, preset)
        for problem in problems:
            unreadable = QCoreApplication.translate("TrainPage", "Unreadable: {problem}").format(problem=problem)
            menu.addAction(unreadable).setEnabled(False)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("TrainPage", "Save current settings as a preset…"),
                       self.save_preset_dialog)
        compare = menu.addMenu(QCoreApplication.translate("TrainPage", "Compare a preset with the current settings"))
        for preset in bundled + mine:
            compare.addAction(preset_name(preset), lambda p=preset: self.compare_preset(p))
        menu.addAction(QCoreApplication.translate("TrainPage", "Open my presets folder"), self._open_presets_folder)

    def _add_preset_action(self, menu: QMenu, preset: Preset) -> None:
        action = menu.addAction(preset_name(preset), lambda: self.load_preset(preset))
        action.setToolTip(preset_description(preset))
        menu.setToolTipsVisible(True)

    def load_preset(self, preset: Preset) -> None:
        self.form.set_config(apply_preset(preset, self.form.config()))
        self._say(QCoreApplication.translate(
            "TrainPage", "Loaded the preset “{name}”. Folders, base model and names were kept.").format(
            name=preset_name(preset)))

    def compare_preset(self, preset: Preset) -> PresetDiffDialog:
        dialog = PresetDiffDialog(preset, diff_rows(preset, self.form.config()), self)
        dialog.accepted.connect(lambda: self.load_preset(preset))
        dialog.show()
        return dialog

    def save_preset_dialog(self) -> None:
        dialog = SavePresetDialog(self)
        if dialog.exec() == SavePresetDialog.DialogCode.Accepted:
            self.save_preset(dialog.name.text().strip(), dialog.description.text().strip())

    def save_preset(self, name: str, description: str) -> Path | None:
        try:
            path = save_user_preset(self.presets_dir, name, description, self.form.config())
        except OSError as exc:
            self._say(QCoreApplication.translate("TrainPage", "Could not save the preset: {error}").format(error=exc))
            return None
        self._say(QCoreApplication.translate("TrainPage", "Saved the preset “{name}” to {file}.").format(
            name=name, file=path))
        return path

    def _open_presets_folder(self) -> None:
        self.presets_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.presets_dir)))

    # ---- run files and other tools' configs
    def _start_dir(self) -> str:
        return str(self.project.root if self.project is not None else Path.home())

    def choose_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("TrainPage", "Open a Danlu run.toml"),
                                              self._start_dir(), "TOML (*.toml)")
        if path:
            self.open_run_file(Path(path))

    def open_run_file(self, path: Path) -> bool:
        """Load a run.toml into the form (even one with contradictions: the checks then name them)."""
        title = QCoreApplication.translate("TrainPage", "Cannot open the run file")
        try:
            data = load_toml(path)
        except ConfigFileError as exc:
            QMessageBox.warning(self, title, tr_phrase(exception_text(exc)))
            return False
        try:
            cfg = config_from_dict(data, str(path))
        except ConfigFileError as exc:  # "remove the unknown key" is the wrong advice for another tool's config
            QMessageBox.warning(self, title, QCoreApplication.translate(
                "TrainPage", "{error}\n\nIs it a config of kohya_ss or sd-scripts? Import it with Run file → "
                "Import… instead: Danlu converts the settings it knows and lists the others.").format(
                error=tr_phrase(exception_text(exc))))
            return False
        self.form.set_config(cfg)
        self._say(QCoreApplication.translate("TrainPage", "Loaded {file}.").format(file=path))
        return True

    def choose_save(self) -> None:
        start = str(Path(self._start_dir()) / "run.toml")
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("TrainPage", "Save the settings as run.toml"), start, "TOML (*.toml)")
        if path:
            self.save_run_file(Path(path))

    def save_run_file(self, path: Path) -> bool:
        try:
            save_config(path, self.form.config())
        except OSError as exc:
            self._say(QCoreApplication.translate("TrainPage", "Could not save {file}: {error}").format(
                file=path, error=exc))
            return False
        self._say(QCoreApplication.translate(
            "TrainPage", "Saved {file} (run it with: python -m training train {file}).").format(file=path))
        return True

    def choose_import(self, kind: str) -> None:
        pattern = (QCoreApplication.translate("TrainPage", "kohya_ss config (*.json)") if kind == "kohya" else
                   QCoreApplication.translate("TrainPage", "sd-scripts config (*.toml)"))
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("TrainPage", "Import a training config"),
                                              self._start_dir(), pattern)
        if path:
            self.import_config(Path(path), kind)

    def import_config(self, path: Path, kind: str) -> ImportResult | None:
        """Load another tool's config; what it could not map is listed, nothing is dropped silently."""
        reader = import_kohya_gui_json if kind == "kohya" else import_sd_scripts_toml
        try:
            result = reader(path)
        except ConfigFileError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("TrainPage", "Cannot import the config"),
                                tr_phrase(exception_text(exc)))
            return None
        if self.project is not None:  # the GUI's prompts are text, Danlu's a file: one in the project
            with contextlib.suppress(OSError):  # if it cannot be written they stay listed, with what to do
                keep_sample_prompts(result, self.project.root / "prompts", path.stem)
        self.form.set_config(result.config)
        lines = [QCoreApplication.translate("TrainPage", "Imported {file}.").format(file=path.name)]
        if result.notes:
            lines.append(QCoreApplication.translate("TrainPage", "Converted: {notes}.").format(
                notes="; ".join(result.notes)))
        if result.ignored:
            lines.append(QCoreApplication.translate("TrainPage", "Not imported ({n}): {settings}").format(
                n=len(result.ignored), settings="; ".join(result.ignored)))
        self._say(" ".join(lines))
        return result

    def reset_settings(self) -> None:
        if self.project is not None:
            self.form.set_config(project_defaults(self.project, TrainConfig()))
