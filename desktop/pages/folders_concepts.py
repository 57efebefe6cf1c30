"""The concept editor of the Folders page: a table of the project's concepts and a form for the selected one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dataprep.caption_io import CAPTION_EXTENSIONS
from dataprep.demo import DEMO_RESOURCE
from dataprep.layout import IMG_DIR, REG_DIR, LayoutError, concept_folder_name, reg_folder_name, resolve_source
from dataprep.project import Concept, Project, load_project
from dataprep.tomlio import ConfigFileError

# column titles, translated where shown with the "ConceptTableModel" context
COLUMNS = (QT_TRANSLATE_NOOP("ConceptTableModel", "Identifier"), QT_TRANSLATE_NOOP("ConceptTableModel", "Class"),
           QT_TRANSLATE_NOOP("ConceptTableModel", "Repeats"), QT_TRANSLATE_NOOP("ConceptTableModel", "Images from"),
           QT_TRANSLATE_NOOP("ConceptTableModel", "Reg images from"),
           QT_TRANSLATE_NOOP("ConceptTableModel", "Reg repeats"), QT_TRANSLATE_NOOP("ConceptTableModel", "Captions"))
PATH_COLUMNS = (3, 4)
MAX_REPEATS = 100_000
Index = QModelIndex | QPersistentModelIndex


def folder_label(concept: Concept) -> str:
    """``10_ohwx woman`` as the build will name it, or an empty string while the name is invalid."""
    try:
        return concept_folder_name(concept.repeats, concept.identifier, concept.class_token)
    except LayoutError:
        return ""


class ConceptTableModel(QAbstractTableModel):
    """Read-only rows over the project's concept list; the form below the table edits them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.concepts: list[Concept] = []

    def set_concepts(self, concepts: list[Concept]) -> None:
        self.beginResetModel()
        self.concepts = concepts
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.concepts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ConceptTableModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c = self.concepts[index.row()]
        values = (c.identifier, c.class_token, str(c.repeats), c.source, c.reg_source or "—",
                  str(c.reg_repeats) if c.reg_source else "—", c.caption_extension)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() not in PATH_COLUMNS:
            name = folder_label(c)
            if not name:
                return self.tr("The identifier or class cannot be a folder name")
            return self.tr("Builds {folder}").format(folder=f"{IMG_DIR}/{name}")
        return values[index.column()]

    def row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))


class FolderField(QWidget):
    """A path typed or chosen with a folder dialog; stored relative to the project when inside it."""

    edited = Signal()

    def __init__(self, title: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.root: Path | None = None
        self.line = QLineEdit(placeholderText=placeholder)
        self.line.textEdited.connect(lambda _text: self.edited.emit())
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.line, 1)
        row.addWidget(self.choose_button)

    def text(self) -> str:
        return self.line.text().strip()

    def set_text(self, text: str) -> None:
        self.line.setText(text)

    def choose(self) -> None:
        if self.root is None:
            return
        start = resolve_source(Project(self.root), self.text()) if self.text() else self.root
        folder = QFileDialog.getExistingDirectory(self, self.title, str(start if start.is_dir() else self.root))
        if folder:
            self.set_path(Path(folder))

    def set_path(self, folder: Path) -> None:
        folder = folder.resolve()
        root = self.root.resolve() if self.root is not None else None
        in_project = root is not None and folder.is_relative_to(root)
        self.line.setText(folder.relative_to(root).as_posix() if in_project and root else str(folder))
        self.edited.emit()


class ConceptForm(QWidget):
    """Fields of one concept. Each edit is checked with ``Concept.from_dict``: a valid concept is emitted,
    an invalid one shows the message under the fields and is not applied."""

    applied = Signal(object)  # the new Concept

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = -1
        self.identifier = QLineEdit(placeholderText=self.tr("rare token, e.g. ohwx"))
        self.class_token = QLineEdit(placeholderText=self.tr("e.g. woman, dog, 1girl"))
        self.repeats = QSpinBox(minimum=1, maximum=MAX_REPEATS)
        self.caption_extension = QComboBox(editable=True)
        self.caption_extension.addItems(list(CAPTION_EXTENSIONS))
        self.source = FolderField(self.tr("Images of this concept"),
                                  self.tr("folder of images and captions, e.g. prepared"))
        self.use_prepared = QPushButton(self.tr("Use prepared/"))
        self.use_prepared.setToolTip(self.tr("Train on the prepared set (cropped, resized and captioned on the Images "
                                             "and Captions pages) instead of the original pictures"))
        self.use_prepared.clicked.connect(self._use_prepared)
        self.use_prepared.hide()
        self.reg_source = FolderField(self.tr("Regularization images"),
                                      self.tr("optional: folder of regularization images"))
        self.reg_repeats = QSpinBox(minimum=1, maximum=MAX_REPEATS)
        self.reg_class = QLineEdit(placeholderText=self.tr("same as class"))
        self.identifier.setToolTip(self.tr("The trigger word that will call the concept in prompts"))
        self.class_token.setToolTip(self.tr("What the subject is; also the caption of images without a caption file"))
        self.repeats.setToolTip(self.tr("How often each image is seen per epoch"))
        self.caption_extension.setToolTip(self.tr("Sidecar caption files: .txt (Danlu, most taggers) or .caption"))
        self.reg_class.setToolTip(self.tr("Class tokens of the regularization folder when they differ from the "
                                          "class"))

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._add(grid, 0, 0, self.tr("Identifier"), self.identifier)
        self._add(grid, 0, 2, self.tr("Class"), self.class_token)
        self._add(grid, 1, 0, self.tr("Repeats"), self.repeats)
        self._add(grid, 1, 2, self.tr("Captions"), self.caption_extension)
        grid.addWidget(QLabel(self.tr("Images from")), 2, 0)
        source_row = QHBoxLayout()
        source_row.setSpacing(6)
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.use_prepared)
        grid.addLayout(source_row, 2, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Reg images")), 3, 0)
        grid.addWidget(self.reg_source, 3, 1, 1, 3)
        self._add(grid, 4, 0, self.tr("Reg repeats"), self.reg_repeats)
        self._add(grid, 4, 2, self.tr("Reg class"), self.reg_class)

        self.preview = QLabel(objectName="muted")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(bright-text); font-weight: 600;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)

        for line in (self.identifier, self.class_token, self.reg_class):
            line.textEdited.connect(self._apply)
        for spin in (self.repeats, self.reg_repeats):
            spin.valueChanged.connect(self._apply)
        self.caption_extension.currentTextChanged.connect(self._apply)
        self.source.edited.connect(self._apply)
        self.reg_source.edited.connect(self._apply)
        self._loading = False
        self.set_concept(-1, None)

    @staticmethod
    def _add(grid: QGridLayout, row: int, col: int, label: str, widget: QWidget) -> None:
        grid.addWidget(QLabel(label), row, col)
        grid.addWidget(widget, row, col + 1)

    def set_root(self, root: Path | None) -> None:
        self.source.root = self.reg_source.root = root

    def _prepared(self) -> Path | None:
        """The project's prepared/ folder when it exists, else None."""
        root = self.source.root
        return Project(root).prepared_dir if root is not None and Project(root).prepared_dir.is_dir() else None

    def _update_use_prepared(self) -> None:
        prepared = self._prepared()
        current = resolve_source(Project(self.source.root), self.source.text()) if prepared and self.source.text() \
            else None
        self.use_prepared.setVisible(prepared is not None and self.row >= 0 and current != prepared)

    def _use_prepared(self) -> None:
        prepared = self._prepared()
        if prepared is not None:
            self.source.set_path(prepared)

    def set_concept(self, row: int, concept: Concept | None) -> None:
        """Show *concept* (the table's row *row*); None disables the form."""
        self.row = row
        self._loading = True
        c = concept or Concept("", "")
        self.identifier.setText(c.identifier)
        self.class_token.setText(c.class_token)
        self.repeats.setValue(c.repeats)
        self.caption_extension.setCurrentText(c.caption_extension)
        self.source.set_text(c.source if concept else "")
        self.reg_source.set_text(c.reg_source)
        self.reg_repeats.setValue(c.reg_repeats)
        self.reg_class.setText(c.reg_class)
        self._loading = False
        self.setEnabled(concept is not None)
        self.error.hide()
        self._show_preview(c if concept else None)
        self._update_use_prepared()

    def values(self) -> dict[str, Any]:
        return {"identifier": self.identifier.text().strip(), "class_token": self.class_token.text().strip(),
                "repeats": self.repeats.value(), "source": self.source.text(), "reg_source": self.reg_source.text(),
                "reg_repeats": self.reg_repeats.value(), "reg_class": self.reg_class.text().strip(),
                "caption_extension": self.caption_extension.currentText().strip()}

    def _apply(self) -> None:
        if self._loading or self.row < 0:
            return
        try:
            concept = Concept.from_dict(self.values(), f"Concept {self.row + 1}")
        except ConfigFileError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self._show_preview(concept)
        self._update_use_prepared()
        self.applied.emit(concept)

    def _show_preview(self, concept: Concept | None) -> None:
        """The folders this concept builds, or why its names cannot be folder names."""
        if concept is None:
            self.preview.setText(self.tr("Select a concept to edit it."))
            return
        try:
            img = f"train/{IMG_DIR}/{concept_folder_name(concept.repeats, concept.identifier, concept.class_token)}"
            reg = (f"train/{REG_DIR}/{reg_folder_name(concept.reg_repeats, concept.reg_class_tokens)}"
                   if concept.reg_source else "")
        except LayoutError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.preview.setText("")
            return
        self.preview.setText(self.tr("Builds {img} and {reg}").format(img=img, reg=reg) if reg
                             else self.tr("Builds {img}").format(img=img))


class ConceptEditor(QWidget):
    """Table + Add/Remove + form over ``project.concepts`` (edited in place); ``changed`` after every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.model = ConceptTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col in PATH_COLUMNS:  # long paths are elided in the middle; the tooltip has them whole
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_row(current.row()))

        self.add_button = QPushButton(self.tr("Add concept"))
        self.add_button.clicked.connect(self.add_concept)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected concept (its images stay where they are)"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Concepts"), objectName="sectionTitle"))
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)

        self.form = ConceptForm()
        self.form.applied.connect(self._on_applied)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self.model.set_concepts(project.concepts if project else [])
        self.form.set_root(project.root if project else None)
        self.select(0)

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_row(row if 0 <= row < self.model.rowCount() else -1)

    def selected_row(self) -> int:
        return self.form.row

    def _show_row(self, row: int) -> None:
        concepts = self.model.concepts
        self.form.set_concept(row, concepts[row] if 0 <= row < len(concepts) else None)
        self.remove_button.setEnabled(row >= 0)

    def _on_applied(self, concept: Concept) -> None:
        row = self.form.row
        self.model.concepts[row] = concept
        self.model.row_changed(row)
        self.changed.emit()

    def add_concept(self, concept: Concept | None = None) -> None:
        """Append *concept* (default: a copy of the selected one's folders, or a blank one) and select it."""
        if self.project is None:
            return
        if concept is None:
            concept = new_concept(self.project, self.form.row)
        row = len(self.model.concepts)
        self.model.beginInsertRows(QModelIndex(), row, row)
        self.model.concepts.append(concept)
        self.model.endInsertRows()
        self.select(row)
        self.form.identifier.setFocus()
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.form.row
        if row < 0:
            return
        self.model.beginRemoveRows(QModelIndex(), row, row)
        del self.model.concepts[row]
        self.model.endRemoveRows()
        self.select(min(row, len(self.model.concepts) - 1))
        self.changed.emit()


def new_concept(project: Project, like: int = -1) -> Concept:
    """A concept to start from: concept *like*'s settings with a blank identifier when there is one; else the
    prepared folder (or the first image folder while nothing is prepared), with the demo's identifier and class
    in a copy of the demo project."""
    if 0 <= like < len(project.concepts):
        return replace(project.concepts[like], identifier="")
    source = "prepared"
    if not project.prepared_dir.is_dir() and project.sources:
        source = project.sources[0]
    demo = load_project(DEMO_RESOURCE)
    if project.name == demo.name and demo.concepts:
        return replace(demo.concepts[0], source=source)
    return Concept("", "", source=source)
