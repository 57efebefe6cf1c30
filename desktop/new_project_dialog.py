"""New project dialog: where the project lives, its name, and the folder of pictures to start from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dataprep.project import is_project


class _FolderField(QWidget):
    def __init__(self, caption: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.caption, self.edit.text() or str(Path.home()))
        if folder:
            self.edit.setText(folder)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


class NewProjectDialog(QDialog):
    """Collects the answers; the main window creates the project with dataprep.project.create_project."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        self.setMinimumWidth(560)
        self.folder = _FolderField(self.tr("Project folder"),
                                   self.tr("a new or empty folder, e.g. ~/loras/my-character"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("defaults to the folder's name"))
        self.images = _FolderField(self.tr("Folder of training pictures"),
                                   self.tr("optional: the pictures to train on"))
        intro = QLabel(self.tr("A project folder holds Danlu's work: prepared images, captions, training runs. "
                               "Your pictures stay where they are and are never changed."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Project folder"), self.folder)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Pictures"), self.images)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create project"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.folder.edit.textChanged.connect(self._validate)
        self.images.edit.textChanged.connect(self._validate)
        self._validate()

    def problem_text(self) -> str:
        folder, images = self.folder.path(), self.images.path()
        if folder is None:
            return self.tr("Choose a folder for the project.")
        if is_project(folder):
            return self.tr("{folder} already holds a Danlu project: open it with File → Open project.").format(
                folder=folder)
        if folder.exists() and not folder.is_dir():
            return self.tr("{folder} is a file, not a folder.").format(folder=folder)
        if images is not None and not images.is_dir():
            return self.tr("{folder} is not a folder.").format(folder=images)
        return ""

    def _validate(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem if self.folder.path() is not None else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def project_name(self) -> str:
        return self.name.text().strip()
