"""Settings → Models: the captioning models in the Hugging Face cache, their size on disk, delete them.

The listing and the deletion are :mod:`dataprep.model_registry`'s; they run on the thread pool since
scanning a large cache (or removing gigabytes) takes a moment.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dataprep.model_registry import (
    CachedModel,
    ModelUnavailableError,
    default_cache_dir,
    delete_model,
    list_cached_models,
)
from dataprep.phrases import exception_text
from desktop.background import run_in_background
from desktop.widgets.phrase_text import tr_phrase

COLUMNS = (QT_TRANSLATE_NOOP("ModelsBox", "Model"), QT_TRANSLATE_NOOP("ModelsBox", "Kind"),
           QT_TRANSLATE_NOOP("ModelsBox", "Size on disk"), QT_TRANSLATE_NOOP("ModelsBox", "State"))


def size_text(n: int) -> str:
    """Bytes as people read them (decimal units, as file managers show sizes)."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


def state_text(model: CachedModel) -> str:
    """Complete, or what is missing, plus leftovers of interrupted downloads."""
    missing = (", ".join(model.missing) if len(model.missing) <= 2
               else QCoreApplication.translate("ModelsBox", "{n} files").format(n=len(model.missing)))
    parts = [QCoreApplication.translate("ModelsBox", "complete") if model.complete
             else QCoreApplication.translate("ModelsBox", "incomplete: {missing} missing").format(missing=missing)]
    if model.incomplete_bytes:
        parts.append(QCoreApplication.translate("ModelsBox", "{size} of an interrupted download").format(
            size=size_text(model.incomplete_bytes)))
    return "; ".join(parts)


def _list(cache: Path) -> list[CachedModel] | str:
    try:
        return list_cached_models(cache)
    except OSError as exc:
        return QCoreApplication.translate("ModelsBox", "Cannot read the model cache {cache}: {error}").format(
            cache=cache, error=exc)


def _delete(repo_id: str, cache: Path) -> int | str:
    try:
        return delete_model(repo_id, cache)
    except (ModelUnavailableError, OSError) as exc:
        return tr_phrase(exception_text(exc))


class ModelsBox(QGroupBox):
    """The cached models as a table with Refresh, Delete… and Open cache folder; ``listed`` after each read."""

    listed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Models"))
        self.models: list[CachedModel] = []
        self.cache = default_cache_dir()
        self._done_note = ""  # said with the next listing (what a delete freed)
        self.intro = QLabel(objectName="muted")
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(160)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Remove the selected model from the cache (download it again to use it)"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.open_button = QPushButton(self.tr("Open cache folder"))
        self.open_button.clicked.connect(self.open_cache)
        self.status = QLabel(objectName="muted")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.refresh_button, self.delete_button, self.open_button):
            buttons.addWidget(button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._update_buttons()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()  # a caption job may have downloaded a model meanwhile

    def refresh(self) -> None:
        """Read the cache again (HF_HUB_CACHE is looked up each time: it may have changed)."""
        self.cache = default_cache_dir()
        self.intro.setText(self.tr("Captioning models (and any other model) in the Hugging Face cache: {cache}").format(
            cache=self.cache))
        self.status.setText(self.tr("Reading the cache…"))
        cache = self.cache
        run_in_background(lambda: _list(cache), self._listed, self)

    def _listed(self, result: list[CachedModel] | str) -> None:
        if isinstance(result, str):
            self.models = []
            self.status.setText(result)
        else:
            self.models = result
            total = sum(m.size_on_disk + m.incomplete_bytes for m in result)
            listed = (self.tr("{n} model(s), {size}").format(n=len(result), size=size_text(total)) if result
                      else self.tr("No models downloaded yet."))
            self.status.setText(" ".join(filter(None, (self._done_note, listed))))
        self._done_note = ""
        self.table.setRowCount(len(self.models))
        for row, model in enumerate(self.models):
            name = model.spec.label if model.spec is not None else model.repo_id
            kind = model.spec.kind_label if model.spec is not None else self.tr("other")
            cells = (name, kind, size_text(model.size_on_disk + model.incomplete_bytes), state_text(model))
            missing = ("\n" + self.tr("Missing: {files}").format(files=", ".join(model.missing))
                       if model.missing else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{model.repo_id}\n{model.path}{missing}")
                if column == 3 and (missing or model.incomplete_bytes):
                    item.setForeground(QColor("#c0392b"))
                self.table.setItem(row, column, item)
        self._update_buttons()
        self.listed.emit()

    def selected(self) -> CachedModel | None:
        rows = self.table.selectionModel().selectedRows()
        return self.models[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected() is not None)

    def ask_delete(self) -> None:
        model = self.selected()
        if model is None:
            return
        size = size_text(model.size_on_disk + model.incomplete_bytes)
        answer = QMessageBox.question(
            self, self.tr("Delete model"),
            self.tr("Delete {model} ({size}) from the Hugging Face cache?\n\n{path}\n\n"
                    "Captioning with it downloads it again (or fails while offline).").format(
                model=model.repo_id, size=size, path=model.path),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.status.setText(self.tr("Deleting {model}…").format(model=model.repo_id))
        self.delete_button.setEnabled(False)
        repo_id, cache = model.repo_id, self.cache
        run_in_background(lambda: _delete(repo_id, cache), lambda r: self._deleted(repo_id, r), self)

    def _deleted(self, repo_id: str, result: int | str) -> None:
        if isinstance(result, str):
            folder = next((m.path for m in self.models if m.repo_id == repo_id), self.cache)
            QMessageBox.warning(self, self.tr("Delete model"), self.tr(
                "Could not delete {model}: {error}\n\nClose programs that may be using it (a running caption job, "
                "a web UI) and try again, or delete its folder by hand: {path}").format(
                    model=repo_id, error=result, path=folder))
        else:
            self._done_note = self.tr("Deleted {model}: {size} freed.").format(model=repo_id, size=size_text(result))
        self.refresh()

    def open_cache(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.cache)))
