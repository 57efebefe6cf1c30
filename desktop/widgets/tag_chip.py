"""One tag (or sentence) of a caption as a chip: drag it, × it, double-click or F2 to edit it in place."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QToolButton

CHIP_MIME = "application/x-danlu-tag-chip"


class _InlineEdit(QLineEdit):
    """The in-place editor: Enter or leaving it commits, Esc cancels."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._done = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(commit=True)
        elif event.key() == Qt.Key.Key_Escape:
            self._finish(commit=False)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._finish(commit=True)

    def _finish(self, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        if commit:
            self.committed.emit(self.text())
        else:
            self.cancelled.emit()


class TagChip(QFrame):
    """Signals carry the chip's index in its caption, so the chips view needs no lookups."""

    delete_requested = Signal(int)
    edit_committed = Signal(int, str)
    move_requested = Signal(int, int)  # index, +1 right / -1 left
    focus_step = Signal(int, int)  # index, +1 next chip / -1 previous chip
    focused = Signal(int)

    def __init__(self, index: int, text: str, tooltip: str = "") -> None:
        super().__init__(objectName="tagChip")
        self.index = index
        self.text = text
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(tooltip)
        self.label = QLabel(text, objectName="tagChipText")
        self.label.setWordWrap(True)  # only wraps when the chip is wider than the whole row
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.close_button = QToolButton(objectName="tagChipClose", text="×")
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.setToolTip("Remove this tag (Delete)")
        self.close_button.clicked.connect(lambda: self.delete_requested.emit(self.index))
        self.editor: _InlineEdit | None = None
        self._press: QPoint | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 2, 2, 2)
        row.setSpacing(2)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_state(self, name: str, on: bool) -> None:
        """A style-sheet state ("cut", "current", "duplicate")."""
        if bool(self.property(name)) != on:
            self.setProperty(name, on)
            self.style().unpolish(self)
            self.style().polish(self)

    # ---- in-place editing
    def start_edit(self) -> None:
        if self.editor is not None:
            return
        self.editor = _InlineEdit(self.text)
        self.editor.setObjectName("tagChipEdit")
        self.editor.setMinimumWidth(max(120, self.label.sizeHint().width() + 24))
        self.editor.committed.connect(self._commit)
        self.editor.cancelled.connect(self._end_edit)
        self.label.hide()
        self.close_button.hide()
        self.layout().insertWidget(0, self.editor, 1)
        self.editor.show()  # a layout shows new children only later; focus needs it visible now
        self.editor.selectAll()
        self.editor.setFocus()

    def _commit(self, text: str) -> None:
        self._end_edit()
        if text.strip() != self.text:
            self.edit_committed.emit(self.index, text)

    def _end_edit(self) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        had_focus = editor.hasFocus()
        editor.hide()
        editor.deleteLater()
        self.label.show()
        self.close_button.show()
        if had_focus:
            self.setFocus()

    # ---- mouse: double-click edits, press-and-move drags
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.start_edit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self.setFocus()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self.editor is not None:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        mime = QMimeData()
        mime.setData(CHIP_MIME, QByteArray(str(self.index).encode()))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.grab())
        drag.setHotSpot(event.position().toPoint())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    # ---- keyboard
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self.index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(self.index)
        elif key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.start_edit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 1 if key == Qt.Key.Key_Right else -1
            (self.move_requested if ctrl else self.focus_step).emit(self.index, step)
        elif event.matches(QKeySequence.StandardKey.Copy):
            QApplication.clipboard().setText(self.text)
        else:
            super().keyPressEvent(event)
