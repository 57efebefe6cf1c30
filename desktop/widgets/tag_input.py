"""The tag entry line: autocomplete from the dataset's tags by count, then the tagger's vocabulary.

Ranking is :func:`dataprep.tags.rank_completions`; this widget only shows it. Enter adds what is
typed (or the highlighted suggestion), the accept-completion key (Tab unless rebound) adds the
highlighted or first suggestion, and several comma-separated tags can be added at once.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from dataprep.tags import rank_completions, split_tags

Index = QModelIndex | QPersistentModelIndex
TagRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2
MAX_SUGGESTIONS = 20


def matches(event: QKeyEvent, sequences: Sequence[QKeySequence]) -> bool:
    """Whether a key press is one of *sequences* (single-chord shortcuts)."""
    pressed = QKeySequence(event.keyCombination())
    return any(not seq.isEmpty() and seq == pressed for seq in sequences)


class _CountDelegate(QStyledItemDelegate):
    """The suggestion on the left, its count in the dataset (or "tagger") muted on the right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        count = index.data(CountRole)
        if count is None:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(option.palette.color(role))
        painter.drawText(option.rect.adjusted(0, 0, -8, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         str(count))
        painter.restore()


class TagInput(QLineEdit):
    """``submitted(tags)``: add these tags to the caption. ``backspace_on_empty``: step back into the chips."""

    submitted = Signal(list)
    backspace_on_empty = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Add a tag…"))
        self.setClearButtonEnabled(True)
        self._counts: Callable[[], Mapping[str, int]] = dict
        self._vocabulary: Sequence[str] = ()
        self._exclude: Callable[[], Collection[str]] = tuple
        self.accept_keys: list[QKeySequence] = [QKeySequence(Qt.Key.Key_Tab)]
        self.passthrough_keys: list[QKeySequence] = []  # shortcuts left to the page while the line is empty
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(TagRole)
        self.completer.setMaxVisibleItems(12)
        popup = self.completer.popup()
        popup.setItemDelegate(_CountDelegate(popup))
        popup.installEventFilter(self)  # after QCompleter's own filter, so this one sees keys first
        self.completer.activated[QModelIndex].connect(self._accept_index)
        self.textEdited.connect(self.update_suggestions)

    def set_sources(self, counts: Callable[[], Mapping[str, int]], exclude: Callable[[], Collection[str]]) -> None:
        """*counts*: the dataset's tag counts; *exclude*: tags the caption already has."""
        self._counts = counts
        self._exclude = exclude

    def set_vocabulary(self, vocabulary: Sequence[str]) -> None:
        """The tagger's tag list, most common first (suggested after the dataset's own tags)."""
        self._vocabulary = vocabulary

    # ---- suggestions
    def prefix(self) -> str:
        """The tag being typed: what follows the last comma."""
        return self.text().rsplit(",", 1)[-1].strip()

    def update_suggestions(self) -> None:
        prefix = self.prefix()
        counts = self._counts()
        have = set(self._exclude())
        ranked = rank_completions(prefix, counts, self._vocabulary, MAX_SUGGESTIONS + len(have))
        self.suggestions.clear()
        for tag in [t for t in ranked if t not in have][:MAX_SUGGESTIONS]:
            item = QStandardItem(tag)
            item.setData(tag, TagRole)
            item.setData(counts.get(tag, "tagger"), CountRole)
            item.setEditable(False)
            self.suggestions.appendRow(item)
        if self.suggestions.rowCount() and prefix:
            self.completer.complete()
            self.completer.popup().setCurrentIndex(QModelIndex())  # Enter keeps what was typed
        else:
            self.completer.popup().hide()

    def suggested_tags(self) -> list[str]:
        return [self.suggestions.item(r).data(TagRole) for r in range(self.suggestions.rowCount())]

    # ---- adding
    def submit(self, last: str | None = None) -> None:
        """Add the typed tags (the last one replaced by *last*, a chosen suggestion)."""
        parts = self.text().split(",")
        if last is not None:
            parts[-1] = last
        tags = split_tags(",".join(parts))
        self.completer.popup().hide()
        self.clear()
        self.suggestions.clear()
        if tags:
            self.submitted.emit(tags)

    def _accept_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.submit(index.data(TagRole))

    def accept_completion(self) -> bool:
        """Add the highlighted suggestion, else the first; False when there is none."""
        popup = self.completer.popup()
        index = popup.currentIndex() if popup.isVisible() else QModelIndex()
        if not index.isValid() and self.suggestions.rowCount():
            index = self.suggestions.index(0, 0)
        if not index.isValid():
            return False
        self.submit(index.data(TagRole))
        return True

    # ---- keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.completer.popup() and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if matches(key_event, self.accept_keys):
                return self.accept_completion()
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                index = self.completer.popup().currentIndex()
                self.submit(index.data(TagRole) if index.isValid() else None)
                return True
        return super().eventFilter(watched, event)

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and not self.text() and matches(event, self.passthrough_keys):  # type: ignore[arg-type]
            event.ignore()  # not ours: let the page's shortcut (undo, redo) have it
            return False
        accept = kind == QEvent.Type.KeyPress and matches(event, self.accept_keys)  # type: ignore[arg-type]
        if accept and self.prefix() and self.accept_completion():
            return True  # Tab completes instead of moving the focus
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.backspace_on_empty.emit()
            return
        super().keyPressEvent(event)
