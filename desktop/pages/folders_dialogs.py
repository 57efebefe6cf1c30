"""The Folders page's dialogs: confirming a kohya layout import, and the exported sd-scripts command."""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dataprep.dataset_export import format_command
from dataprep.layout import IMG_DIR, REG_DIR
from dataprep.layout_import import ImportedLayout
from desktop.pages.folders_concepts import folder_label

REPLACE, ADD = "replace", "add"


def confirm_import(parent: QWidget, imported: ImportedLayout, can_add: bool) -> str | None:
    """Show what the import found (and skipped); REPLACE, ADD (when *can_add*) or None for cancel."""
    problems = "".join(f"<li>{escape(i.message)}</li>" for i in imported.issues)
    rows = ""
    for c in imported.concepts:
        rows += f"<li><b>{IMG_DIR}/{escape(folder_label(c))}</b> ← {escape(c.source)}"
        if c.reg_source:
            rows += f"<br>{REG_DIR}/{c.reg_repeats}_{escape(c.reg_class_tokens)} ← {escape(c.reg_source)}"
        rows += "</li>"
    found = QCoreApplication.translate("ImportDialog", "{n} concept(s) found:").format(n=len(imported.concepts))
    text = f"<p>{escape(found)}</p><ul>{rows}</ul>"
    if problems:
        skipped = QCoreApplication.translate("ImportDialog", "Not imported:")
        text += f"<p>{escape(skipped)}</p><ul>{problems}</ul>"
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("ImportDialog", "Import kohya layout"),
                      text, parent=parent)
    replace = box.addButton(QCoreApplication.translate("ImportDialog", "Replace concepts"),
                            QMessageBox.ButtonRole.AcceptRole)
    buttons = {replace: REPLACE}
    if can_add:
        add = box.addButton(QCoreApplication.translate("ImportDialog", "Add to concepts"),
                            QMessageBox.ButtonRole.AcceptRole)
        buttons[add] = ADD
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return buttons.get(box.clickedButton())


def readable_command(args: list[str]) -> str:
    """One argument per line with the shell's continuation where that is unambiguous (POSIX shells); one line
    on Windows, where cmd.exe and PowerShell continue lines differently."""
    if os.name == "nt":
        return format_command(args)
    return " \\\n    ".join(format_command([arg]) for arg in args)


class ExportDialog(QDialog):
    def __init__(self, config_path: Path, command: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("sd-scripts dataset config"))
        self.resize(720, 320)
        intro = QLabel(self.tr("Wrote <b>{path}</b>. To train on this layout with kohya sd-scripts, run from the "
                               "sd-scripts folder:").format(path=escape(str(config_path))))
        intro.setWordWrap(True)
        self.command = QPlainTextEdit(command, readOnly=True)
        self.command.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.note = QLabel(note, objectName="muted")
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy command"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.command, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.command.toPlainText())
        self.copy_button.setText(self.tr("Copied"))
