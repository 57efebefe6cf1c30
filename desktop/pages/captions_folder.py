"""The Captions page's folder: which one is shown, reading it off the GUI thread, and keeping it in step
with caption files that other programs (or the caption job) change on disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from dataprep.caption_store import CaptionStore
from dataprep.project import Project
from desktop.background import run_in_background
from desktop.pages.captions_loading import Flags, caption_folders, open_first

# the strings keep the page's translation context (lupdate reads translate("CaptionsPage", ...) calls)
translate = QCoreApplication.translate


class CaptionFolderMixin:
    """Mixed into :class:`desktop.pages.captions.CaptionsPage`, whose widgets and methods it uses."""

    project: Project | None
    store: CaptionStore | None
    folder: Path | None
    flags: Flags
    _unsubscribe: Callable[[], None] | None
    _open_token: int
    _filter_ran: str

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self.preview.set_project(project)
        self.folder_box.clear()
        self.folder = None
        if project is None:
            self._set_store(None)
            self._show_empty(translate("CaptionsPage", "No project open"), [
                translate("CaptionsPage", "Use <b>File → New project…</b> or <b>File → Open project…</b>.")])
            return
        folders = caption_folders(project)
        for folder in folders:
            self.folder_box.addItem(self._folder_name(folder), str(folder))
        self.folder_box.addItem(translate("CaptionsPage", "Other folder…"), None)
        self._open(folders)

    def _folder_name(self, folder: Path) -> str:
        project = self.project
        if project is not None and folder.is_relative_to(project.root):
            return str(folder.relative_to(project.root)) + "/"
        return str(folder)

    def _folder_chosen(self, index: int) -> None:
        data = self.folder_box.itemData(index)
        if data is None:
            start = str(self.folder or (self.project.root if self.project else Path.home()))
            title = translate("CaptionsPage", "Caption the images of a folder")
            chosen = QFileDialog.getExistingDirectory(self, title, start)
            if not chosen:
                self._select_folder_item()
                return
            data = chosen
        self.open_folder(Path(data))

    def _select_folder_item(self) -> None:
        if self.folder is None:
            return
        index = self.folder_box.findData(str(self.folder))
        if index < 0:
            index = self.folder_box.count() - 1
            self.folder_box.insertItem(index, self._folder_name(self.folder), str(self.folder))
        self.folder_box.setCurrentIndex(index)

    def open_folder(self, folder: Path) -> None:
        """Edit the captions of *folder*."""
        self._open([Path(folder)])

    def _open(self, folders: list[Path]) -> None:
        """Read the first of *folders* that holds images, on the thread pool."""
        project = self.project
        if project is None:
            return
        self._set_store(None)
        self._open_token += 1
        token = self._open_token
        self._show_empty(translate("CaptionsPage", "Reading captions…"), [
            translate("CaptionsPage", "Reading the caption files in {folders}.").format(
                folders=", ".join(map(str, folders)))])
        run_in_background(lambda: open_first(folders, project), lambda result: self._opened(token, folders, result),
                          self)

    def _opened(self, token: int, folders: list[Path], result: tuple[Path, CaptionStore, Flags] | str | None) -> None:
        if token != self._open_token:
            return  # another folder was asked for meanwhile
        if isinstance(result, str):
            self._show_empty(translate("CaptionsPage", "Cannot read this folder"), [result])
        elif result is None and len(folders) == 1:
            self.folder = folders[0]
            self._select_folder_item()
            self._show_empty(translate("CaptionsPage", "No images in this folder"), [
                translate("CaptionsPage", "Danlu found no images in {folder}.").format(folder=folders[0])], True)
        elif result is None:
            self._show_empty(translate("CaptionsPage", "No images to caption yet"), [
                translate("CaptionsPage", "Add an image folder on the <b>Images</b> page (or prepare the training "
                                          "set there); its images and their caption files show up here."),
            ], True)
        else:
            self.folder, store, self.flags = result
            self._select_folder_item()
            self._set_store(store)

    def _set_store(self, store: CaptionStore | None) -> None:
        self.autosaver.set_store(None)  # flushes the old store's unsaved edits
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.store = store
        if store is not None:
            self._unsubscribe = store.subscribe(self._on_change)
        self.model.set_store(store, self.project.thumbs_dir if self.project else None)
        self.editor.set_store(store)
        self.autosaver.set_store(store)
        self._filter_ran = ""
        self.problems.hide_all()
        if store is None:
            self.tag_panel.set_counts({})
            self._update_summary()
            return
        self.stack.setCurrentWidget(self.splitter)
        self.apply_filter()
        self.problems.update()
        self._update_summary()

    def _show_empty(self, title: str, paragraphs: list[str], images_page: bool = False) -> None:
        """The empty state; *images_page* offers the way to the Images page (where folders are added)."""
        self.images_button.setVisible(images_page)
        self.start_buttons.setVisible(self.project is None)
        self.empty.title.setText(title)
        self.empty.set_paragraphs(paragraphs)
        self.stack.setCurrentWidget(self.empty)
        self._update_summary()

    def check_disk(self) -> list[int]:
        """Look for caption files changed by other programs (when the window is activated)."""
        store = self.store
        return self._check_rows_on_disk(None) if store is not None else []

    def check_images_on_disk(self, images: list[Path]) -> list[int]:
        """Take caption files another process (the caption job) wrote for these images; a row with
        unsaved edits keeps them and becomes a conflict, with its notice."""
        store = self.store
        if store is None:
            return []
        rows = []
        for image in images:
            try:
                rows.append(store.index_of(image))
            except KeyError:
                continue  # not in the folder shown now
        return self._check_rows_on_disk(rows) if rows else []

    def _check_rows_on_disk(self, rows: list[int] | None) -> list[int]:
        store = self.store
        if store is None or self.autosaver.busy():
            return []
        changed = store.scan_disk(rows)
        clean = [i for i in changed if not store.row(i).conflict and not store.row(i).dirty]
        if clean:  # nothing of the user's at stake: take the new text
            store.reload(clean)
        if changed:
            self.problems.update()
        return changed

    def _app_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self.isVisible():
            self.check_disk()
