"""One tag (or sentence) of a caption as a chip: drag it, × it, double-click or F2 to edit it in place."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QToolButton, QWidget

CHIP_MIME = "application/x-danlu-tag-chip"
DUPLICATE_COLOR = "#f6dfa9"  # a tag that is already earlier in the caption


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


class TagChip(QWidget):
    """Signals carry the chip's index in its caption, so the chips view needs no lookups."""

    delete_requested = Signal(int)
    edit_committed = Signal(int, str)
    move_requested = Signal(int, int)  # index, +1 right / -1 left
    focus_step = Signal(int, int)  # index, +1 next chip / -1 previous chip
    focused = Signal(int)

    def __init__(self, index: int, text: str, tooltip: str = "") -> None:
        super().__init__()
        self.setObjectName("tagChip")
        self.index = index
        self.text = text
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setToolTip(tooltip)
        self.label = QLabel(text, objectName="tagChipText")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.close_button = QToolButton(objectName="tagChipClose", text="×")
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.setToolTip(self.tr("Remove this tag (Delete)"))
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
        """A drawing state: "cut" (past the token limit), "current", "duplicate"."""
        if bool(self.property(name)) == on:
            return
        self.setProperty(name, on)
        if name == "cut":
            palette = self.label.palette()
            role = QPalette.ColorRole.PlaceholderText if on else QPalette.ColorRole.WindowText
            palette.setColor(QPalette.ColorRole.WindowText, self.palette().color(role))
            self.label.setPalette(palette)
        self.update()

    def sizeHint(self) -> QSize:
        """One line wide (a word-wrapping label would ask for less); the flow wraps it only when a
        row is too narrow for it."""
        m = self.layout().contentsMargins()
        text = self.label.fontMetrics().horizontalAdvance(self.text) + 2
        button = self.close_button.sizeHint().width() + self.layout().spacing() if self.close_button.isVisible() else 0
        height = max(self.label.fontMetrics().height(), self.close_button.sizeHint().height()) + m.top() + m.bottom()
        return QSize(m.left() + text + button + m.right(), height)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Taller than one line only when the row is too narrow for the whole tag (a long sentence)."""
        hint = self.sizeHint()
        if width >= hint.width():
            return hint.height()
        m = self.layout().contentsMargins()
        room = width - (hint.width() - self.label.fontMetrics().horizontalAdvance(self.text) - 2)
        text = self.label.fontMetrics().boundingRect(QRect(0, 0, max(room, 20), 100_000),
                                                     Qt.TextFlag.TextWordWrap, self.text)
        return max(hint.height(), text.height() + m.top() + m.bottom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.label.setWordWrap(self.width() < self.sizeHint().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        focus = self.hasFocus() or (self.editor is not None)
        width = 2.0 if focus else 1.0
        rect = QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        radius = min(11.0, rect.height() / 2)
        if self.property("cut"):
            fill = QColor(Qt.GlobalColor.transparent)
        elif self.property("duplicate"):
            fill = QColor(DUPLICATE_COLOR)
        else:
            fill = palette.color(QPalette.ColorRole.AlternateBase)
        if focus or self.property("current"):
            border = palette.color(QPalette.ColorRole.Highlight)
        elif self.underMouse():
            border = palette.color(QPalette.ColorRole.Dark)
        else:
            border = QColor(palette.color(QPalette.ColorRole.WindowText))
            border.setAlpha(70)  # quiet in light and dark themes alike
        pen = QPen(border, width)
        if self.property("cut"):
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, radius, radius)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.HoverEnter, QEvent.Type.HoverLeave):
            self.update()
        return super().event(event)

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
        self.update()
        self.focused.emit(self.index)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

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
