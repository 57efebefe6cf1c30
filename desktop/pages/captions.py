"""Captions page: a folder's images with their captions, edited one by one or in bulk.

Left, the image list and its filter (the filter language of :mod:`dataprep.caption_filter`, run by
the store); middle, the editor for the current image; right, the tag panel with bulk edits and the
trainer's-eye preview. All the caption logic is :class:`dataprep.caption_store.CaptionStore`; this
page wires it to widgets, saves through :class:`Autosaver` and reports problems in notices that
never block the work.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dataprep.caption_filter import FilterSyntaxError, quote_value, tag_query
from dataprep.caption_io import CAPTION_EXTENSIONS
from dataprep.caption_store import CaptionStore, Change
from dataprep.caption_tokens import TokenCounter, TokenizerMissingError
from dataprep.project import Project
from desktop.background import run_in_background
from desktop.jobs.runner import JobRunner
from desktop.pages.captions_autocaption import AutoCaptionDialog
from desktop.pages.captions_bulk import (
    ALL,
    FILTERED,
    SELECTED,
    AddTextDialog,
    BulkOps,
    FindReplaceDialog,
    ScopeBox,
    TagPromptDialog,
)
from desktop.pages.captions_editor import CaptionEditor
from desktop.pages.captions_list import CaptionListModel, CaptionRowDelegate
from desktop.pages.captions_loading import Flags, caption_folders, load_counter, open_first, tagger_vocabulary
from desktop.pages.captions_notices import ProblemNotices
from desktop.pages.captions_preview import TrainerPreview
from desktop.pages.captions_saving import Autosaver
from desktop.pages.captions_shortcuts import SHORTCUTS, ShortcutMap, ShortcutsDialog
from desktop.pages.captions_tags import TagPanel
from desktop.thumbnail_loader import ThumbnailLoader
from desktop.welcome.start import StartButtons
from desktop.widgets.empty_state import EmptyState
from desktop.widgets.page_header import PageHeader

FILTER_DELAY_MS = 150
COUNTS_DELAY_MS = 250
MODE_KEY = "captions/editor_mode"  # in QSettings: "tags" (chips) or "text"
# the undo step the caption store names itself (dataprep has no Qt): translated where history labels show
STORE_RELOAD_LABEL = QT_TRANSLATE_NOOP("CaptionsPage", "Reload from disk")


class CaptionsPage(QWidget):
    navigate = Signal(str)  # asks the main window for another page (by key)
    start_requested = Signal(str)  # "No project open": the demo, a new project or an existing one

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None,
                 runner: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.runner = runner  # runs auto-captioning; without one the page only edits
        self.autocaption: AutoCaptionDialog | None = None
        self.shortcuts = ShortcutMap(self.settings)
        self.project: Project | None = None
        self.store: CaptionStore | None = None
        self.folder: Path | None = None
        self.flags: Flags = {}
        self._unsubscribe: Callable[[], None] | None = None
        self._open_token = 0
        self._filter_ran = ""

        self.loader = ThumbnailLoader(self)
        self.model = CaptionListModel(self.loader, self)
        self.autosaver = Autosaver(self)
        self.autosaver.saved.connect(lambda _report: self._update_summary())
        self.bulk = BulkOps(lambda: self.store, self.scope_rows, self.scope_text, self)
        self.bulk.done.connect(self._status)

        self._build_header()
        self.problems = ProblemNotices(lambda: self.store, self._show_rows, self.autosaver.save_now, self._status, self)
        self._build_list_panel()
        self.editor = CaptionEditor()
        self._build_side_panel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([260, 480, 300])

        self.empty = EmptyState("captions", "")
        self.images_button = self.empty.add_button(self.tr("Go to the Images page"),
                                                   lambda: self.navigate.emit("images"))
        self.start_buttons = self.empty.add_widget(StartButtons(self.start_requested))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        self.status_label = QLabel(objectName="muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        for notice in self.problems.notices:
            layout.addWidget(notice)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status_label)

        self.filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.apply_filter)
        self.counts_timer = QTimer(self, singleShot=True, interval=COUNTS_DELAY_MS)
        self.counts_timer.timeout.connect(self._refresh_counts)
        self._build_actions()
        self.preview.limit_changed.connect(self.editor.set_token_limit)
        self.editor.set_token_limit(self.preview.limit())
        self.editor.set_mode(str(self.settings.value(MODE_KEY, "tags")))
        self.editor.text_button.toggled.connect(
            lambda on: self.settings.setValue(MODE_KEY, "text" if on else "tags"))  # sentences people stay in text

        run_in_background(load_counter, self._counter_loaded, self)
        run_in_background(tagger_vocabulary, self.editor.input.set_vocabulary, self)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._app_state_changed)
            app.aboutToQuit.connect(self.autosaver.flush)
        self.set_project(None)

    # ---- building
    def _build_header(self) -> None:
        self.header = PageHeader(self.tr("Captions"), "")
        self.folder_box = QComboBox()
        self.folder_box.setMinimumWidth(160)
        self.folder_box.setToolTip(self.tr("The folder whose captions you edit"))
        self.folder_box.activated.connect(self._folder_chosen)
        self.undo_button = QToolButton()
        self.redo_button = QToolButton()
        self.keys_button = QPushButton(self.tr("Shortcuts…"))
        self.keys_button.clicked.connect(self.edit_shortcuts)
        self.autocaption_button = QPushButton(self.tr("Auto-caption…"))
        self.autocaption_button.setToolTip(
            self.tr("Caption images with a WD tagger or BLIP, with a preview before writing"))
        self.autocaption_button.clicked.connect(self.open_autocaption)
        self.autocaption_button.setVisible(self.runner is not None)
        for widget in (self.folder_box, self.autocaption_button, self.undo_button, self.redo_button,
                       self.keys_button):
            self.header.add_action(widget)

    def _build_list_panel(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter: tag:earrings -tag:phone tokens>75"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setToolTip(self.tr(
            "tag:x  -tag:x  caption:\"red scarf\"  name:0001*  tags>20  tokens>75  flag:blurry\n"
            "AND, OR, NOT and ( ) combine them; words alone search the caption text."))
        self.filter_edit.textChanged.connect(lambda _t: self.filter_timer.start())
        self.filter_edit.returnPressed.connect(self.apply_filter)
        self.filter_caret = QLabel()  # the query with a ^ under the problem: monospace, never wrapped
        self.filter_caret.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.filter_caret.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.filter_caret.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filter_message = QLabel()
        self.filter_message.setWordWrap(True)
        self.filter_error = QWidget(objectName="filterError")
        self.filter_error.setStyleSheet("QLabel { color: #c0392b; }")
        error_col = QVBoxLayout(self.filter_error)
        error_col.setContentsMargins(2, 0, 2, 0)
        error_col.setSpacing(0)
        error_col.addWidget(self.filter_caret)
        error_col.addWidget(self.filter_message)
        self.filter_error.hide()
        self.stale = QWidget()
        stale_row = QHBoxLayout(self.stale)
        stale_row.setContentsMargins(0, 0, 0, 0)
        stale_label = QLabel(self.tr("Captions changed since this filter ran."), objectName="muted")
        stale_label.setWordWrap(True)
        refresh = QToolButton(text=self.tr("Refresh"))
        refresh.clicked.connect(self.apply_filter)
        stale_row.addWidget(stale_label, 1)
        stale_row.addWidget(refresh)
        self.stale.hide()

        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(CaptionRowDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.selectionModel().currentChanged.connect(lambda cur, _prev: self._current_changed(cur.row()))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_scope())
        self.count_label = QLabel(objectName="muted")

        self.list_panel = QWidget()
        self.list_panel.setMinimumWidth(200)
        col = QVBoxLayout(self.list_panel)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        col.addWidget(self.filter_edit)
        col.addWidget(self.filter_error)
        col.addWidget(self.stale)
        col.addWidget(self.view, 1)
        col.addWidget(self.count_label)

    def _build_side_panel(self) -> None:
        self.scope_box = ScopeBox()
        self.scope_box.currentIndexChanged.connect(lambda _i: self._update_scope())
        self.tag_panel = TagPanel()
        self.tag_panel.scope_text = self.scope_text
        self.tag_panel.filter_requested.connect(self.filter_by_tags)
        self.tag_panel.rename_requested.connect(self.ask_rename)
        self.tag_panel.merge_requested.connect(self.ask_merge)
        self.tag_panel.delete_requested.connect(self.bulk.delete_tags)
        self.tag_panel.move_requested.connect(self.bulk.move_tag)
        self.tag_panel.add_requested.connect(self.bulk.add_tag)
        add_button = QPushButton(self.tr("Add tag…"))
        add_button.setToolTip(self.tr("Add a tag to every caption in scope that lacks it"))
        add_button.clicked.connect(self.ask_add_tag)
        replace_button = QPushButton(self.tr("Find && replace…"))
        replace_button.clicked.connect(self.ask_find_replace)
        self.more_button = QPushButton(self.tr("More"))
        self.more_menu = QMenu(self.more_button)
        self.more_menu.aboutToShow.connect(self._fill_more_menu)
        self.more_button.setMenu(self.more_menu)
        scope_row = QHBoxLayout()
        scope_row.addWidget(QLabel(self.tr("Apply to")))
        scope_row.addWidget(self.scope_box, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(add_button)
        buttons.addWidget(replace_button)
        buttons.addWidget(self.more_button)
        tags_tab = QWidget()
        col = QVBoxLayout(tags_tab)
        col.setContentsMargins(0, 8, 0, 0)
        col.setSpacing(6)
        col.addLayout(scope_row)
        col.addWidget(self.tag_panel, 1)
        col.addLayout(buttons)

        self.preview = TrainerPreview(self.settings)
        self.side = QTabWidget()
        self.side.setDocumentMode(True)
        self.side.setMinimumWidth(270)
        self.side.addTab(tags_tab, self.tr("Tags"))
        self.side.addTab(self.preview, self.tr("Trainer's eye"))

    def _build_actions(self) -> None:
        slots: dict[str, Callable[[], object]] = {
            "next_image": lambda: self.step_image(1),
            "previous_image": lambda: self.step_image(-1),
            "focus_tag_input": self.editor.focus_input,
            "delete_tag": self.editor.delete_current_tag,
            "undo": self.undo,
            "redo": self.redo,
            "toggle_text": self.editor.toggle_mode,
            "focus_filter": self._focus_filter,
            "save": self.autosaver.save_now,
        }
        self.actions: dict[str, QAction] = {}
        for sc in SHORTCUTS:
            slot = slots.get(sc.name)
            if slot is None:
                continue  # accept_completion is a key of the tag input, not a page action
            action = QAction(sc.text(), self)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.addAction(action)
            self.actions[sc.name] = action
        self.undo_button.setDefaultAction(self.actions["undo"])
        self.redo_button.setDefaultAction(self.actions["redo"])
        self.apply_shortcuts()

    def apply_shortcuts(self) -> None:
        """Bind the keys the user chose (or the defaults)."""
        keys = self.shortcuts.all()
        for name, action in self.actions.items():
            action.setShortcut(keys[name])
            native = keys[name].toString()
            action.setToolTip(f"{action.text()} ({native})" if native else action.text())
        self.editor.set_passthrough_keys([keys["undo"], keys["redo"]])
        self.editor.set_accept_keys([keys["accept_completion"]])

    def edit_shortcuts(self) -> None:
        if ShortcutsDialog(self.shortcuts, self).exec():
            self.apply_shortcuts()

    # ---- project and folder
    def set_project(self, project: Project | None) -> None:
        self.project = project
        self.preview.set_project(project)
        self.folder_box.clear()
        self.folder = None
        if project is None:
            self._set_store(None)
            self._show_empty(self.tr("No project open"),
                             [self.tr("Use <b>File → New project…</b> or <b>File → Open project…</b>.")])
            return
        folders = caption_folders(project)
        for folder in folders:
            self.folder_box.addItem(self._folder_name(folder), str(folder))
        self.folder_box.addItem(self.tr("Other folder…"), None)
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
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Caption the images of a folder"), start)
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
        self._show_empty(self.tr("Reading captions…"), [
            self.tr("Reading the caption files in {folders}.").format(folders=", ".join(map(str, folders)))])
        run_in_background(lambda: open_first(folders, project), lambda result: self._opened(token, folders, result),
                          self)

    def _opened(self, token: int, folders: list[Path], result: tuple[Path, CaptionStore, Flags] | str | None) -> None:
        if token != self._open_token:
            return  # another folder was asked for meanwhile
        if isinstance(result, str):
            self._show_empty(self.tr("Cannot read this folder"), [result])
        elif result is None and len(folders) == 1:
            self.folder = folders[0]
            self._select_folder_item()
            self._show_empty(self.tr("No images in this folder"),
                             [self.tr("Danlu found no images in {folder}.").format(folder=folders[0])], True)
        elif result is None:
            self._show_empty(self.tr("No images to caption yet"), [
                self.tr("Add an image folder on the <b>Images</b> page (or prepare the training set there); its images "
                        "and their caption files show up here."),
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

    # ---- the list, the filter, the selection
    def apply_filter(self) -> None:
        """Run the filter box's query through the store and show the rows it matches."""
        self.filter_timer.stop()
        store = self.store
        if store is None:
            return
        query = self.filter_edit.text()
        try:
            rows = store.filter(query, self.flags)
        except FilterSyntaxError as exc:
            self.filter_caret.setText(exc.caret())
            self.filter_caret.show()
            self.filter_message.setText(
                self.tr("Column {column}: {message}").format(column=exc.column, message=exc.message))
            self.filter_error.show()
            self.filter_edit.setStyleSheet("QLineEdit { border: 1px solid #c0392b; border-radius: 3px; }")
            return
        except TokenizerMissingError as exc:
            self.filter_caret.hide()
            self.filter_message.setText(str(exc))
            self.filter_error.show()
            return
        self.filter_error.hide()
        self.filter_edit.setStyleSheet("")
        current = self.current_row()
        self.model.set_visible(rows)
        self._filter_ran = query
        self.stale.hide()
        target = self.model.view_row(current) if current is not None else None
        self.set_current_view_row(target if target is not None else 0)
        if current is not None and target is None and not rows:
            self.editor.show_row(None)
        self._update_scope()
        self._refresh_counts()

    def filter_by_tags(self, tags: list[str], how: str) -> None:
        """Put tags from the tag panel in the filter box ("set": only them; "exclude": add -tag:…)."""
        terms = [tag_query(t) for t in tags]
        if how == "set":
            query = " ".join(terms)
        else:
            current = self.filter_edit.text().strip()
            if " OR " in current:
                current = f"({current})"
            query = " ".join([*([current] if current else []), *("-" + t for t in terms)])
        self.filter_edit.setText(query)
        self.apply_filter()

    def current_row(self) -> int | None:
        return self.editor.row

    def set_current_view_row(self, view_row: int) -> None:
        if not 0 <= view_row < self.model.rowCount():
            self.editor.show_row(None)
            self.preview.set_caption("")
            return
        index = self.model.index(view_row)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        self._current_changed(view_row)

    def select_store_row(self, store_row: int) -> bool:
        view_row = self.model.view_row(store_row)
        if view_row is None:
            return False
        self.set_current_view_row(view_row)
        return True

    def step_image(self, step: int) -> None:
        """Next (+1) or previous (-1) image of the list, keeping the keyboard focus where it is."""
        count = self.model.rowCount()
        if not count:
            return
        current = self.view.currentIndex().row()
        self.set_current_view_row(max(0, min(count - 1, (current if current >= 0 else -step) + step)))

    def _current_changed(self, view_row: int) -> None:
        store = self.store
        if store is None or not 0 <= view_row < self.model.rowCount():
            return
        i = self.model.store_row(view_row)
        if i == self.editor.row:
            return
        self.editor.show_row(i)
        self.preview.set_caption(store.row(i).text)
        self._check_rows_on_disk([i])

    def selected_rows(self) -> list[int]:
        return sorted(self.model.store_row(ix.row()) for ix in self.view.selectionModel().selectedRows())

    def scope_rows(self) -> list[int] | None:
        """The store rows bulk edits touch now (None: all)."""
        scope = self.scope_box.scope()
        if scope == FILTERED:
            return self.model.visible_rows()
        if scope == SELECTED:
            return self.selected_rows()
        return None

    def scope_text(self) -> str:
        scope = self.scope_box.scope()
        n = len(self.store) if self.store is not None and scope == ALL else len(self.scope_rows() or [])
        if scope == ALL:
            text = self.tr("all {n} image") if n == 1 else self.tr("all {n} images")
        elif scope == FILTERED:
            text = self.tr("the filtered {n} image") if n == 1 else self.tr("the filtered {n} images")
        else:
            text = self.tr("the selected {n} image") if n == 1 else self.tr("the selected {n} images")
        return text.format(n=n)

    def _update_scope(self) -> None:
        total = len(self.store) if self.store is not None else 0
        shown = self.model.rowCount()
        selected = len(self.view.selectionModel().selectedRows())
        self.scope_box.set_counts(total, shown, selected)
        if self.autocaption is not None:
            self.autocaption.sync_scope(total, shown, selected)
        if selected > 1:
            text = (self.tr("{shown} of {total} images shown · {selected} selected") if shown != total
                    else self.tr("{total} images · {selected} selected"))
        else:
            text = self.tr("{shown} of {total} images shown") if shown != total else self.tr("{total} images")
        self.count_label.setText(text.format(shown=shown, total=total, selected=selected))

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    # ---- changes from the store
    def _on_change(self, change: Change) -> None:
        self.model.on_change(change)
        store = self.store
        if store is None:
            return
        current = self.editor.row
        if current is not None and current in change.rows:
            self.editor.refresh()
            self.preview.set_caption(store.row(current).text)
        if change.reason in ("edit", "undo", "redo", "reload"):
            self.autosaver.schedule()
            self.counts_timer.start()
            if self._filter_ran.strip():
                self.stale.show()
        if change.reason in ("undo", "redo", "reload"):
            self.editor.new_typing_session()
        if change.reason in ("conflict", "save_failed", "saved", "reload"):
            self.problems.update()
        self._update_summary()

    def undo(self) -> None:
        self._step_history(self.store.undo() if self.store is not None else None,
                           self.tr("Undid “{label}” ({n} caption)"), self.tr("Undid “{label}” ({n} captions)"))

    def redo(self) -> None:
        self._step_history(self.store.redo() if self.store is not None else None,
                           self.tr("Redid “{label}” ({n} caption)"), self.tr("Redid “{label}” ({n} captions)"))

    def _step_history(self, change: Change | None, one: str, many: str) -> None:
        """*one*/*many*: the status line for one caption or several ({label}, {n})."""
        if change is None:
            return
        n = len(change.rows)
        self._status((one if n == 1 else many).format(label=self._history_label(change.label), n=n))
        if n == 1 and change.rows[0] != self.editor.row:
            self.select_store_row(change.rows[0])  # show the caption that changed

    def _refresh_counts(self) -> None:
        store = self.store
        if store is None:
            return
        filtered = self.model.rowCount() != len(store)
        self.tag_panel.set_counts(store.tag_counts(), store.tag_counts(self.model.visible_rows()) if filtered else None)

    def _update_summary(self) -> None:
        store = self.store
        history = store.history if store is not None else None
        undo_label = self._history_label(history.undo_label) if history is not None else None
        redo_label = self._history_label(history.redo_label) if history is not None else None
        self.actions["undo"].setEnabled(undo_label is not None)
        self.actions["redo"].setEnabled(redo_label is not None)
        self.actions["undo"].setText(
            self.tr("Undo {label}").format(label=undo_label) if undo_label else self.tr("Undo"))
        self.actions["redo"].setText(
            self.tr("Redo {label}").format(label=redo_label) if redo_label else self.tr("Redo"))
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        keys = self.shortcuts.all()
        self.undo_button.setToolTip(self.tr("Undo {label} ({keys})").format(label=undo_label or "",
                                                                            keys=keys["undo"].toString()))
        self.redo_button.setToolTip(self.tr("Redo {label} ({keys})").format(label=redo_label or "",
                                                                            keys=keys["redo"].toString()))
        if store is None or self.folder is None:
            self.header.subtitle.setText("")
            return
        n = len(store)
        unsaved = len(store.dirty_rows())
        state = (self.tr("saving…") if self.autosaver.busy() else
                 self.tr("{n} unsaved").format(n=unsaved) if unsaved else self.tr("all changes saved"))
        line = self.tr("{n} image in {folder} · {state}") if n == 1 else self.tr("{n} images in {folder} · {state}")
        self.header.subtitle.setText(line.format(n=n, folder=self._folder_name(self.folder), state=state))

    def _history_label(self, label: str | None) -> str | None:
        """An undo step's name as shown: the page's own are translated already, the store's is here."""
        return self.tr(STORE_RELOAD_LABEL) if label == STORE_RELOAD_LABEL else label

    def _status(self, text: str) -> None:
        self.status_label.setText(text)

    def show_status(self, text: str) -> None:
        """A line under the page (what a job that changed captions did)."""
        self._status(text)

    def open_autocaption(self) -> AutoCaptionDialog | None:
        """Show the auto-caption dialog (made once: it keeps its settings and follows its job while hidden)."""
        if self.runner is None:
            return None
        if self.autocaption is None:
            self.autocaption = AutoCaptionDialog(self.runner, self)
            if self.selected_rows()[1:]:
                self.autocaption.scope_box.set_scope(SELECTED)  # several images selected: those are meant
        self._update_scope()
        self.autocaption.refresh_models()
        self.autocaption.show()
        self.autocaption.raise_()
        return self.autocaption

    def _show_rows(self, rows: list[int]) -> None:
        """Select the first of these rows, filtering the list down to them (by name) if it hides it."""
        store = self.store
        if store is None or not rows or self.select_store_row(rows[0]):
            return
        self.filter_edit.setText(" OR ".join(f"name:{quote_value(store.row(i).image.name)}" for i in rows[:20]))
        self.apply_filter()

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

    def _counter_loaded(self, result: TokenCounter | str) -> None:
        if isinstance(result, str):
            self.editor.token_label.setText(self.tr("Token counts unavailable"))
            self.editor.token_label.setToolTip(result)
            return
        self.editor.set_counter(result)
        self.preview.set_counter(result)

    # ---- bulk edits that ask for input
    def _tags_by_count(self) -> list[str]:
        store = self.store
        return [t for t, _n in store.tag_counts().most_common()] if store is not None else []

    def ask_rename(self, tag: str) -> None:
        prompt = self.tr("Rename “{tag}” in {scope} to:").format(tag=tag, scope=self.scope_text())
        dialog = TagPromptDialog(self.tr("Rename tag"), prompt, self.tr("Rename"), self._tags_by_count(), tag, self)
        if dialog.exec() and dialog.value() != tag:
            self.bulk.rename_tag(tag, dialog.value())

    def ask_merge(self, tags: list[str]) -> None:
        counts = self.store.tag_counts() if self.store is not None else {}
        best = max(tags, key=lambda t: counts.get(t, 0))
        names = ", ".join(f"“{t}”" for t in tags)
        prompt = self.tr("Merge {tags} in {scope} into one tag:").format(tags=names, scope=self.scope_text())
        dialog = TagPromptDialog(self.tr("Merge tags"), prompt, self.tr("Merge"), self._tags_by_count(), best, self)
        if dialog.exec():
            self.bulk.merge_tags(tags, dialog.value())

    def ask_add_tag(self) -> None:
        prompt = self.tr("Add a tag to {scope} (where it is missing):").format(scope=self.scope_text())
        dialog = TagPromptDialog(self.tr("Add tag"), prompt, self.tr("Add"), self._tags_by_count(), "", self)
        if dialog.exec():
            self.bulk.add_tag(dialog.value())

    def ask_find_replace(self) -> None:
        dialog = FindReplaceDialog(self.bulk, self)
        if dialog.exec():
            dialog.run()

    def ask_add_text(self) -> None:
        trigger = self.project.concepts[0].identifier if self.project and self.project.concepts else ""
        dialog = AddTextDialog(self.bulk, trigger, self)
        if dialog.exec() and dialog.text.text().strip():
            self.bulk.add_text(dialog.text.text(), dialog.front.isChecked())

    def _fill_more_menu(self) -> None:
        menu = self.more_menu
        menu.clear()
        keep = self.preview.options().keep_tokens
        alpha = self.tr("Sort tags A–Z (the first {keep} stay)") if keep else self.tr("Sort tags A–Z")
        by_count = self.tr("Sort tags by count (the first {keep} stay)") if keep else self.tr("Sort tags by count")
        menu.addAction(alpha.format(keep=keep), lambda: self.bulk.sort_tags("alpha", keep))
        menu.addAction(by_count.format(keep=keep), lambda: self.bulk.sort_tags("count", keep))
        menu.addAction(self.tr("Remove duplicate tags"), self.bulk.remove_duplicates)
        menu.addAction(self.tr("Add text (trigger word)…"), self.ask_add_text)
        menu.addSeparator()
        store = self.store
        current = store.row(0).path.suffix if store is not None and len(store) else CAPTION_EXTENSIONS[0]
        other = CAPTION_EXTENSIONS[1] if current == CAPTION_EXTENSIONS[0] else CAPTION_EXTENSIONS[0]
        menu.addAction(self.tr("Rename caption files to {extension}").format(extension=other),
                       lambda: self.change_extension(other))

    def change_extension(self, extension: str) -> None:
        problems = self.bulk.change_extension(extension)
        if problems:
            shown = "<br>".join(problems[:5]) + ("<br>…" if len(problems) > 5 else "")
            self.problems.message.show_message(
                self.tr("<b>{n} caption file(s) were not renamed:</b><br>{files}").format(n=len(problems), files=shown))
        self.model.refresh_all()
        self.editor.refresh()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        project = self.project
        if project is not None and project.prepared_dir.is_dir() and self.folder_box.findData(
                str(project.prepared_dir)) < 0:
            self.set_project(project)  # Images → Prepare made prepared/, the set that is trained on: show it first
        elif self.store is not None:
            self.check_disk()

