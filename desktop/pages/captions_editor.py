"""The Captions page's per-image editor: the picture large, its caption as chips or as raw text, the
tag entry with completion, and the token meter showing where CLIP's limit cuts the caption.

Every edit goes to the caption store (``store.set_text``), which records the undo step and tells the
page; the page hands the change back through :meth:`CaptionEditor.refresh`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageReader,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dataprep import tags as tag_ops
from dataprep.caption_rows import CaptionRow
from dataprep.caption_store import CaptionStore
from dataprep.caption_tokens import TokenCounter
from dataprep.caption_transforms import TokenSplit, truncate_to_tokens
from desktop.background import run_in_background
from desktop.widgets.phrase_text import tr_phrase
from desktop.widgets.tag_chips import TagChipsView
from desktop.widgets.tag_input import TagInput, matches

PREVIEW_SIDE = 1600  # the editor's picture is decoded at most this large
TOKEN_LIMITS = (75, 150, 225)  # CLIP's window and sd-scripts' max_token_length choices
SEGMENT_STYLE = """
QToolButton { border: 1px solid palette(mid); padding: 2px 10px; background: palette(button); }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      border-color: palette(highlight); }
"""


def load_preview(path: Path, max_side: int = PREVIEW_SIDE) -> QImage | None:
    """The picture upright and at most *max_side* px (runs on the thread pool: big files take a while)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > max_side:
        reader.setScaledSize(size.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


class ImagePane(QWidget):
    """Draws one picture as large as fits, centred."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap: QPixmap | None = None
        self.message = ""
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage | None, message: str = "") -> None:
        self._pixmap = QPixmap.fromImage(image) if image is not None else None
        self.message = message
        self.update()

    def has_image(self) -> bool:
        return self._pixmap is not None

    def sizeHint(self) -> QSize:
        return QSize(420, 360)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        bg = QColor(self.palette().color(QPalette.ColorRole.Mid))
        bg.setAlpha(60)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(QRectF(self.rect()), 8, 8)
        if self._pixmap is None:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.message)
            return
        area = self.rect().adjusted(6, 6, -6, -6)
        size = self._pixmap.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = area.left() + (area.width() - size.width()) // 2
        y = area.top() + (area.height() - size.height()) // 2
        painter.drawPixmap(QRectF(x, y, size.width(), size.height()), self._pixmap, QRectF(self._pixmap.rect()))


class RawCaptionEdit(QPlainTextEdit):
    """The caption as plain text. Its own undo is off: Ctrl+Z goes to the store, like every other edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("Tags separated by commas, or a sentence."))
        self.passthrough_keys: list[QKeySequence] = []

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and matches(event, self.passthrough_keys):  # type: ignore[arg-type]
            event.ignore()
            return False
        return super().event(event)


class TokenMeter(QWidget):
    """A bar over 0–225 tokens with ticks at 75/150/225: filled up to the limit, red beyond it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tokens: int | None = None
        self.limit = TOKEN_LIMITS[0]
        self.setFixedHeight(8)
        self.setMinimumWidth(120)

    def set_value(self, tokens: int | None, limit: int) -> None:
        self.tokens, self.limit = tokens, limit
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        top = max(TOKEN_LIMITS[-1], self.tokens or 0)
        track = QColor(self.palette().color(QPalette.ColorRole.Mid))
        track.setAlpha(90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(r, 3, 3)
        if self.tokens:
            inside = min(self.tokens, self.limit) / top * r.width()
            painter.setBrush(QColor("#2e86c1"))
            painter.drawRoundedRect(QRectF(r.left(), r.top(), inside, r.height()), 3, 3)
            if self.tokens > self.limit:
                painter.setBrush(QColor("#c0392b"))
                painter.drawRect(QRectF(r.left() + inside, r.top(), (self.tokens - self.limit) / top * r.width(),
                                        r.height()))
        painter.setPen(self.palette().color(QPalette.ColorRole.Window))
        for limit in TOKEN_LIMITS:
            x = r.left() + limit / top * r.width()
            painter.drawLine(int(x), 0, int(x), self.height())


def segment_offset(text: str, index: int) -> int:
    """Where the *index*-th non-empty comma-separated segment of *text* starts (len(text) if none)."""
    pos = 0
    seen = 0
    for part in text.split(","):
        if part.strip():
            if seen == index:
                return pos + len(part) - len(part.lstrip())
            seen += 1
        pos += len(part) + 1
    return len(text)


class CaptionEditor(QWidget):
    """Edits one row of the store; :meth:`refresh` shows the row as the store has it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: CaptionStore | None = None
        self.row: int | None = None
        self.counter: TokenCounter | None = None
        self.limit = TOKEN_LIMITS[0]
        self.split: TokenSplit | None = None
        self._load_token = 0
        self._typing_session = 0
        self._setting_text = False
        self._counts: Mapping[str, int] = {}  # the dataset's tag counts when the chips were last built

        self.image = ImagePane()
        self.name = QLabel(objectName="captionName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel(objectName="muted")
        self.tags_button = QToolButton(text=self.tr("Tags"), checkable=True)
        self.text_button = QToolButton(text=self.tr("Text"), checkable=True)
        for button in (self.tags_button, self.text_button):
            button.setStyleSheet(SEGMENT_STYLE)
        self.tags_button.setToolTip(self.tr("Edit the caption as tag chips"))
        self.text_button.setToolTip(self.tr("Edit the caption as plain text (for sentences)"))
        self._modes = QButtonGroup(self)
        self._modes.setExclusive(True)
        self._modes.addButton(self.tags_button)
        self._modes.addButton(self.text_button)
        self.tags_button.setChecked(True)
        self.tags_button.toggled.connect(lambda on: self.set_mode("tags" if on else "text"))

        self.chips = TagChipsView()
        self.chips.setMinimumHeight(84)
        self.chips.set_tooltip_source(self._chip_tooltip)
        self.chips.edited.connect(lambda tags, label: self._edit(tag_ops.join_tags(tags), label))
        self.raw = RawCaptionEdit()
        self.raw.textChanged.connect(self._raw_changed)
        self.raw.installEventFilter(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.chips)
        self.stack.addWidget(self.raw)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.input = TagInput()
        self.input.submitted.connect(self._add_tags)
        self.input.backspace_on_empty.connect(lambda: self.chips.focus_chip(len(self.chips.chips) - 1))
        self.meter = TokenMeter()
        self.token_label = QLabel(objectName="muted")
        self.notice = QLabel(objectName="captionNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.name)
        head.addWidget(self.state, 1)
        segment = QHBoxLayout()
        segment.setSpacing(0)
        segment.addWidget(self.tags_button)
        segment.addWidget(self.text_button)
        head.addLayout(segment)
        tokens = QHBoxLayout()
        tokens.setSpacing(8)
        tokens.addWidget(self.token_label)
        tokens.addWidget(self.meter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.image, 5)
        layout.addLayout(head)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 3)
        layout.addWidget(self.input)
        layout.addLayout(tokens)
        self.show_row(None)

    # ---- what is shown
    def set_store(self, store: CaptionStore | None) -> None:
        self.store = store
        self.input.set_sources(store.tag_counts if store is not None else dict, self._current_tags)
        self.show_row(None)

    def set_counter(self, counter: TokenCounter | None) -> None:
        self.counter = counter
        self.refresh()

    def set_token_limit(self, limit: int) -> None:
        self.limit = limit
        self.refresh()

    def set_passthrough_keys(self, keys: Sequence[QKeySequence]) -> None:
        """Shortcuts (undo, redo) the text fields must leave to the page."""
        self.raw.passthrough_keys = list(keys)
        self.input.passthrough_keys = list(keys)

    def set_accept_keys(self, keys: Sequence[QKeySequence]) -> None:
        self.input.accept_keys = list(keys)

    def show_row(self, i: int | None) -> None:
        """Edit store row *i* (None: nothing selected)."""
        if i != self.row:
            self._typing_session += 1
            self.chips.clear_current()
        self.row = i
        self._load_token += 1
        store = self.store
        if store is None or i is None:
            self.image.set_image(None, self.tr("No image selected") if store is not None else "")
        else:
            token, path = self._load_token, store.row(i).image
            self.image.set_image(None, self.tr("Loading…"))
            run_in_background(lambda: load_preview(path), lambda img: self._image_loaded(token, img), self)
        self.refresh()

    def _image_loaded(self, token: int, image: QImage | None) -> None:
        if token == self._load_token:
            self.image.set_image(image, "" if image is not None else self.tr("This image cannot be shown."))

    def refresh(self) -> None:
        """Show the current row's caption as the store has it now."""
        store, i = self.store, self.row
        row = store.row(i) if store is not None and i is not None else None
        enabled = row is not None and not row.error
        self.chips.set_read_only(not enabled)
        self.raw.setReadOnly(not enabled)
        self.input.setEnabled(enabled)
        self.tags_button.setEnabled(row is not None)
        self.text_button.setEnabled(row is not None)
        if row is None:
            self.name.setText("")
            self.state.setText("")
            self.notice.hide()
            self.split = None
            self.chips.set_tags([])
            self._set_raw("")
            self._show_tokens(None)
            return
        self.name.setText(row.image.name)
        self.name.setToolTip(str(row.image))
        self.state.setText(self._state_text(row))
        problem = tr_phrase(row.error) if row.error else row.save_error
        self.notice.setText(problem or "")
        self.notice.setVisible(bool(problem))
        tags = list(row.tags)
        self.split = None
        if self.counter is not None and tags:
            self.split = truncate_to_tokens(tags, self.counter, self.limit)
        cut_from = len(self.split.kept) if self.split is not None and self.split.cut else None
        if self.mode() == "tags":  # hidden chips are rebuilt when shown, not on every keystroke of the text
            self._counts = store.tag_counts() if store is not None else {}  # one copy for all the tooltips
            self.chips.set_tags(tags, cut_from, self.tr("{n} tokens").format(n=self.limit))
        self._set_raw(row.text)
        self._show_tokens(row.text)

    def _state_text(self, row: CaptionRow) -> str:
        if row.conflict:
            text = self.tr("{file} · changed on disk")
        elif row.dirty:
            text = self.tr("{file} · unsaved")
        else:
            text = self.tr("{file} · saved") if row.snapshot is not None else self.tr("{file} · new file")
        return text.format(file=row.path.name)

    def _show_tokens(self, text: str | None) -> None:
        if text is None or self.counter is None:
            self.meter.set_value(None, self.limit)
            self.token_label.setText("" if text is None else self.tr("Counting tokens…"))
            return
        tokens = self.counter(text)
        self.meter.set_value(tokens, self.limit)
        split = self.split
        if split is not None and split.cut:
            n = len(split.cut)
            text = (self.tr("{tokens} tokens · the {limit}-token limit cuts {n} tag from “{tag}”") if n == 1 else
                    self.tr("{tokens} tokens · the {limit}-token limit cuts {n} tags from “{tag}”"))
            self.token_label.setText(text.format(tokens=tokens, limit=self.limit, n=n, tag=split.cut[0]))
        else:
            self.token_label.setText(self.tr("{tokens} / {limit} tokens").format(tokens=tokens, limit=self.limit))
        self._mark_cut_in_raw()

    def _mark_cut_in_raw(self) -> None:
        selections = []
        split = self.split
        if split is not None and split.cut:
            cursor = QTextCursor(self.raw.document())
            cursor.setPosition(segment_offset(self.raw.toPlainText(), len(split.kept)))
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            tint = QColor("#c0392b")
            tint.setAlpha(45)
            fmt.setBackground(tint)
            fmt.setToolTip(self.tr("Past the {limit}-token limit: the text encoder does not see this.").format(
                limit=self.limit))
            selection.format = fmt  # type: ignore[attr-defined]
            selection.cursor = cursor  # type: ignore[attr-defined]
            selections.append(selection)
        self.raw.setExtraSelections(selections)

    def _set_raw(self, text: str) -> None:
        if self.raw.toPlainText() == text:
            return
        cursor = self.raw.textCursor()
        pos = cursor.position()
        self._setting_text = True
        self.raw.setPlainText(text)
        self._setting_text = False
        cursor = self.raw.textCursor()
        cursor.setPosition(min(pos, len(text)))
        self.raw.setTextCursor(cursor)

    def _chip_tooltip(self, tag: str) -> str:
        store = self.store
        if store is None:
            return ""
        n = self._counts.get(tag, 0)
        return self.tr("“{tag}” is in {n} of {total} captions. Double-click or F2 to edit, drag to move.").format(
            tag=tag, n=n, total=len(store))

    def _current_tags(self) -> tuple[str, ...]:
        store, i = self.store, self.row
        return store.row(i).tags if store is not None and i is not None else ()

    # ---- modes and focus
    def mode(self) -> str:
        return "text" if self.text_button.isChecked() else "tags"

    def set_mode(self, mode: str) -> None:
        button = self.text_button if mode == "text" else self.tags_button
        if not button.isChecked():
            button.setChecked(True)
        self.stack.setCurrentWidget(self.raw if mode == "text" else self.chips)
        self.input.setVisible(mode == "tags")
        self.refresh()

    def toggle_mode(self) -> None:
        self.set_mode("tags" if self.mode() == "text" else "text")
        (self.raw if self.mode() == "text" else self.input).setFocus()

    def focus_input(self) -> None:
        if self.mode() == "text":
            self.raw.setFocus()
        else:
            self.input.setFocus()
            self.input.selectAll()

    def new_typing_session(self) -> None:
        """The next keystrokes start a new undo step (after an undo, a save, leaving the field)."""
        self._typing_session += 1

    # ---- edits
    def _edit(self, text: str, label: str, merge_key: object = None) -> None:
        store, i = self.store, self.row
        if store is None or i is None or store.row(i).error:
            return
        store.set_text(i, text, label, merge_key)

    def _add_tags(self, tags: list[str]) -> None:
        store, i = self.store, self.row
        if store is None or i is None:
            return
        text = tag_ops.add_tag(store.row(i).text, tag_ops.join_tags(tags), "back")
        label = self.tr("Add tag “{tag}”") if len(tags) == 1 else self.tr("Add {n} tags")
        self._edit(text, label.format(tag=tags[0], n=len(tags)))

    def delete_current_tag(self) -> bool:
        return self.mode() == "tags" and self.chips.delete_current()

    def _raw_changed(self) -> None:
        if self._setting_text or self.row is None:
            return
        self._edit(self.raw.toPlainText(), self.tr("Edit caption"), ("typing", self.row, self._typing_session))

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if watched is self.raw and event.type() == QEvent.Type.FocusOut:
            self.new_typing_session()
        return super().eventFilter(watched, event)
