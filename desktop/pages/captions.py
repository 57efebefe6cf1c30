"""Captions page: a folder's images with their captions, edited one by one or in bulk.

Left, the image list and its filter (the filter language of :mod:`dataprep.caption_filter`, run by
the store); middle, the editor for the current image; right, the tag panel with bulk edits and the
trainer's-eye preview. All the caption logic is :class:`dataprep.caption_store.CaptionStore`; this
page wires it to widgets, saves through :class:`Autosaver` and reports problems in notices that
never block the work.

This file builds the page and follows the store's changes and history; the folder shown
(:mod:`captions_folder`), the list and its filter (:mod:`captions_filtering`) and the bulk edits that ask
for input (:mod:`captions_prompts`) are mixins of the page, their strings in its translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from dataprep.caption_store import CaptionStore, Change
from dataprep.caption_tokens import TokenCounter
from dataprep.project import Project
from desktop.background import run_in_background
from desktop.jobs.runner import JobRunner
from desktop.pages.captions_autocaption import AutoCaptionDialog
from desktop.pages.captions_bulk import SELECTED, BulkOps, ScopeBox
from desktop.pages.captions_editor import CaptionEditor
from desktop.pages.captions_filtering import CaptionFilterMixin
from desktop.pages.captions_folder import CaptionFolderMixin
from desktop.pages.captions_list import CaptionListModel, CaptionRowDelegate
from desktop.pages.captions_loading import Flags, load_counter, tagger_vocabulary
from desktop.pages.captions_notices import ProblemNotices
from desktop.pages.captions_preview import TrainerPreview
from desktop.pages.captions_prompts import CaptionPromptsMixin
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


class CaptionsPage(CaptionFolderMixin, CaptionFilterMixin, CaptionPromptsMixin, QWidget):
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

    def _counter_loaded(self, result: TokenCounter | str) -> None:
        if isinstance(result, str):
            self.editor.token_label.setText(self.tr("Token counts unavailable"))
            self.editor.token_label.setToolTip(result)
            return
        self.editor.set_counter(result)
        self.preview.set_counter(result)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        project = self.project
        if project is not None and project.prepared_dir.is_dir() and self.folder_box.findData(
                str(project.prepared_dir)) < 0:
            self.set_project(project)  # Images → Prepare made prepared/, the set that is trained on: show it first
        elif self.store is not None:
            self.check_disk()

