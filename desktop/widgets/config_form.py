"""The training form, generated from the trainer's config definitions (``training.config.all_fields()``).

Nothing here names a setting: each field's editor comes from its type and metadata, its tab from
its section (Basic / Advanced by the ``simple`` flag, the saving, precision and sample sections on
their own tabs as in kohya_ss), its help from ``FieldSpec.help``, its greying from ``When`` rules and
its inline messages from the trainer's own validation. A field added to the trainer appears here.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.config_form_editors import PathEditor
from desktop.widgets.config_form_row import FieldRow, describe_range, esc, format_value
from desktop.widgets.config_form_validation import Message, check
from desktop.widgets.config_text import help_text, label, rule_text, section_label
from training.config import TrainConfig, all_fields
from training.config_fields import FieldInfo, When

# tab keys (English, as tests and tab_of name them); shown through tr()
TABS = (QT_TRANSLATE_NOOP("ConfigForm", "Basic"), QT_TRANSLATE_NOOP("ConfigForm", "Advanced"),
        QT_TRANSLATE_NOOP("ConfigForm", "Samples"), QT_TRANSLATE_NOOP("ConfigForm", "Saving"),
        QT_TRANSLATE_NOOP("ConfigForm", "Accelerate"))
# sections with a tab of their own (kohya_ss puts precision among the accelerate launch options)
SECTION_TABS = {"saving": "Saving", "logging": "Saving", "precision": "Accelerate", "sample": "Samples",
                "samples": "Samples", "sampling": "Samples", "launch": "Accelerate", "hub": "Saving"}
HELP_PLACEHOLDER = QT_TRANSLATE_NOOP("ConfigForm", "Point at a setting to read what it does and when to change it.")


def tab_of(info: FieldInfo) -> str:
    return SECTION_TABS.get(info.section) or ("Basic" if info.spec.simple else "Advanced")


class ConfigForm(QWidget):
    """Edits one TrainConfig; ``changed`` after every edit, with the messages already updated."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cfg = TrainConfig()
        self._messages: list[Message] = []
        self.fields = all_fields()
        self.labels = {info.key: info.spec.label for info in self.fields}  # English: config_text translates
        self.rows: dict[str, FieldRow] = {}
        self._wanted: dict[str, bool] = {}  # row visibility under the current view and search
        self._help_row: FieldRow | None = None

        self.search = QLineEdit(placeholderText=self.tr("Search all settings (name, label or help)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_visibility)
        self.simple_button = QToolButton(text=self.tr("Simple"), checkable=True, checked=True)
        self.simple_button.setToolTip(self.tr("Only the settings a first run needs; the rest keep their defaults"))
        self.all_button = QToolButton(text=self.tr("All settings"), checkable=True)
        self.changed_button = QToolButton(text=self.tr("Changed only"), checkable=True)
        self.changed_button.setToolTip(self.tr("Show only settings that differ from their defaults"))
        views = QButtonGroup(self)
        views.setExclusive(True)
        for button in (self.simple_button, self.all_button):
            views.addButton(button)
            button.toggled.connect(self._apply_visibility)
        self.changed_button.toggled.connect(self._apply_visibility)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.search, 1)
        top.addWidget(self.simple_button)
        top.addWidget(self.all_button)
        top.addWidget(self.changed_button)

        self.no_match = QLabel(objectName="muted")
        self.no_match.hide()
        self.tabs = QTabWidget(documentMode=True)
        self._scrolls: dict[str, QScrollArea] = {}
        self._groups: dict[tuple[str, str], QWidget] = {}
        self._tab_rows: dict[str, list[FieldRow]] = {name: [] for name in TABS}
        self._group_rows: dict[tuple[str, str], list[FieldRow]] = {}
        containers = {name: self._add_tab(name) for name in TABS}
        for info in self.fields:
            tab = tab_of(info)
            group_key = (tab, info.section)
            if group_key not in self._groups:
                box = QWidget()
                box_layout = QVBoxLayout(box)
                box_layout.setContentsMargins(0, 0, 0, 0)
                box_layout.setSpacing(2)
                box_layout.addWidget(QLabel(section_label(info.section), objectName="sectionTitle"))
                containers[tab].insertWidget(containers[tab].count() - 1, box)
                self._groups[group_key] = box
                self._group_rows[group_key] = []
            row = FieldRow(info)
            row.edited.connect(self._on_edited)
            row.hovered.connect(self.show_help)
            row.reset_requested.connect(lambda r: self.set_value(r.key, r.info.default))
            self._groups[group_key].layout().addWidget(row)
            self._group_rows[group_key].append(row)
            self._tab_rows[tab].append(row)
            self.rows[info.key] = row

        self.help = QLabel(self.tr(HELP_PLACEHOLDER), objectName="helpPane")
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.help.setMinimumHeight(64)
        help_frame = QFrame(objectName="helpFrame")
        help_layout = QVBoxLayout(help_frame)
        help_layout.setContentsMargins(10, 8, 10, 8)
        help_layout.addWidget(self.help)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.no_match)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(help_frame)
        self.setStyleSheet("QFrame#helpFrame { background: palette(alternate-base); border-radius: 6px; }"
                           "QLabel#sectionTitle { font-weight: 600; font-size: 11pt; padding-top: 4px; }")
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus)
        self.set_config(self._cfg)

    def _add_tab(self, name: str) -> QVBoxLayout:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(4, 8, 12, 8)
        column.setSpacing(14)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, self.tr(name))
        self._scrolls[name] = scroll
        return column

    # ---- the config
    def config(self) -> TrainConfig:
        """A copy of the settings as edited (fields whose text does not parse keep their last good value)."""
        return copy.deepcopy(self._cfg)

    def set_config(self, cfg: TrainConfig) -> None:
        self._cfg = copy.deepcopy(cfg)
        for row in self.rows.values():
            row.editor.set_value(self._cfg.get(row.key))
        self._refresh()

    def value(self, key: str) -> Any:
        return self._cfg.get(key)

    def set_value(self, key: str, value: Any) -> None:
        """Set one field as if the user had typed it."""
        self._store(key, value)
        self.rows[key].editor.set_value(value)
        self._refresh()

    def _store(self, key: str, value: Any) -> None:
        section, name = key.split(".", 1)
        setattr(getattr(self._cfg, section), name, copy.deepcopy(value))

    def _on_edited(self, row: FieldRow) -> None:
        if not row.editor.problem():
            self._store(row.key, row.editor.value())
        self._refresh()

    def set_base_dir(self, folder: Any) -> None:
        """Where the browse buttons start when a path field is empty or relative (the project)."""
        for row in self.rows.values():
            if isinstance(row.editor, PathEditor):
                row.editor.base_dir = folder

    # ---- state of every row
    def _reason(self, info: FieldInfo) -> str:
        failing: list[When] = [rule for rule in info.spec.when if not rule.holds(self._cfg.get(rule.key))]
        return "; ".join(rule_text(rule, self.labels) for rule in failing)

    def _refresh(self) -> None:
        self._messages = check(self._cfg)
        per_key: dict[str, list[tuple[str, str]]] = {}
        for message in self._messages:
            for key in message.keys:
                per_key.setdefault(key, []).append((message.level, message.text))
        for row in self.rows.values():
            info = row.info
            applies = self._cfg.applies(info)
            row.show_state(self._cfg.get(info.key) != info.default, applies, "" if applies else self._reason(info),
                           per_key.get(info.key, []))
        self._apply_visibility()
        if self._help_row is not None:
            self.show_help(self._help_row)
        self.changed.emit()

    def messages(self) -> list[Message]:
        """What stops or weakens a launch: texts that do not parse, then the trainer's errors and warnings."""
        problems = [Message("error", f"{label(row.info)}: {row.editor.problem()}", (row.key,))
                    for row in self.rows.values() if row.editor.problem()]
        return problems + self._messages

    def has_errors(self) -> bool:
        return any(m.level == "error" for m in self.messages())

    def changed_keys(self) -> list[str]:
        return [key for key, row in self.rows.items() if row.changed_from_default]

    # ---- views and search
    @property
    def simple(self) -> bool:
        return self.simple_button.isChecked()

    def set_simple(self, simple: bool) -> None:
        (self.simple_button if simple else self.all_button).setChecked(True)

    def visible_keys(self) -> list[str]:
        """Keys of the rows the current view, filter and search show (on any tab)."""
        return [key for key, wanted in self._wanted.items() if wanted]

    def _apply_visibility(self) -> None:
        words = self.search.text().casefold().split()
        only_changed = self.changed_button.isChecked()
        for key, row in self.rows.items():
            wanted = row.matches(words) if words else (not self.simple or row.info.spec.simple)
            wanted = wanted and (row.changed_from_default or not only_changed)
            self._wanted[key] = wanted
            if row.isVisibleTo(row.parentWidget()) != wanted:
                row.setVisible(wanted)
        for group_key, box in self._groups.items():
            box.setVisible(any(self._wanted[r.key] for r in self._group_rows[group_key]))
        filtered = bool(words) or only_changed
        first_shown = -1
        for index, name in enumerate(TABS):
            count = sum(self._wanted[r.key] for r in self._tab_rows[name])
            if self.tabs.isTabVisible(index) != (count > 0):
                self.tabs.setTabVisible(index, count > 0)
            shown = self.tr(name)
            title = self.tr("{tab} ({count})").format(tab=shown, count=count) if filtered and count else shown
            if self.tabs.tabText(index) != title:
                self.tabs.setTabText(index, title)
            if count and first_shown < 0:
                first_shown = index
        if not self.tabs.isTabVisible(self.tabs.currentIndex()) and first_shown >= 0:
            self.tabs.setCurrentIndex(first_shown)
        self.no_match.setText(self.tr("No setting matches “{search}”.").format(search=" ".join(words)) if words
                              else self.tr("No setting was changed."))
        self.no_match.setVisible(first_shown < 0)

    def current_tab(self) -> str:
        return TABS[self.tabs.currentIndex()]

    def reveal(self, key: str) -> None:
        """Bring *key*'s row into view (leaving a search or the simple view if they hide it) and focus it."""
        row = self.rows[key]
        if not self._wanted.get(key):
            self.search.clear()
            self.changed_button.setChecked(False)
            if not self._wanted.get(key):
                self.set_simple(False)
        tab = tab_of(row.info)
        self.tabs.setCurrentIndex(TABS.index(tab))
        self._scrolls[tab].ensureWidgetVisible(row)
        row.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.show_help(row)

    # ---- help
    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        widget = new
        while widget is not None and not isinstance(widget, FieldRow):
            widget = widget.parentWidget()
        if widget is not None and widget.window() is self.window():
            self.show_help(widget)

    def show_help(self, row: FieldRow) -> None:
        self._help_row = row
        info = row.info
        facts = [self.tr("default {value}").format(value=esc(format_value(info.default)))]
        extent = describe_range(info)
        if extent:
            facts.append(esc(extent))
        if row.changed_from_default:
            facts.append(self.tr("now {value}").format(value=esc(format_value(self._cfg.get(info.key)))))
        text = (f"<b>{esc(label(info))}</b> &nbsp;<code>{info.key}</code> &nbsp;"
                f"<span style='color:{self.palette().placeholderText().color().name()}'>"
                f"{' · '.join(facts)}</span><br>{esc(help_text(info))}")
        if not row.applies:
            why = self.tr("Does nothing now: it applies when {reason}.").format(reason=esc(row.reason))
            text += f"<br><i>{why}</i>"
        self.help.setText(text)
