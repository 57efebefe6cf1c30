"""A caption's tags as chips in a wrapping flow: reorder by drag (or Ctrl+←/→), delete, edit in place.

The view holds no caption of its own beyond what it shows: every change is emitted as the new tag
list with an undo label, and the owner writes it to the caption store, whose change notice comes
back through :meth:`TagChipsView.set_tags`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QWidget

from dataprep.tags import split_tags
from desktop.widgets.tag_chip import CHIP_MIME, TagChip
from desktop.widgets.tag_flow_layout import FlowLayout

STYLE = """
QToolButton#tagChipClose { border: none; padding: 0px 4px; color: palette(placeholder-text); }
QToolButton#tagChipClose:hover { color: palette(highlight); }
QLabel#tagCutMarker { color: #c0392b; font-weight: 600; padding: 0px 2px; }
QFrame#tagDropMarker { background: palette(highlight); }
"""


class _ChipArea(QWidget):
    """The scroll area's content: takes chip drops and shows where the chip will land."""

    def __init__(self, view: TagChipsView) -> None:
        super().__init__(objectName="tagChipsArea")
        self._view = view
        self.setAcceptDrops(True)
        self.marker = QFrame(self, objectName="tagDropMarker")
        self.marker.setFixedWidth(3)
        self.marker.hide()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(CHIP_MIME) and not self._view.read_only:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not event.mimeData().hasFormat(CHIP_MIME) or self._view.read_only:
            return
        event.acceptProposedAction()
        self._show_marker(self._view.drop_index(event.position().toPoint()))

    def dragLeaveEvent(self, event: object) -> None:
        self.marker.hide()

    def dropEvent(self, event: QDropEvent) -> None:
        self.marker.hide()
        if not event.mimeData().hasFormat(CHIP_MIME) or self._view.read_only:
            return
        source = int(bytes(event.mimeData().data(CHIP_MIME).data()).decode())
        event.acceptProposedAction()
        self._view.move_chip(source, self._view.drop_index(event.position().toPoint()))

    def _show_marker(self, index: int) -> None:
        chips = self._view.chips
        if not chips:
            return
        if index < len(chips):
            g = chips[index].geometry()
            x = g.left() - 4
        else:
            g = chips[-1].geometry()
            x = g.right() + 2
        self.marker.setGeometry(QRect(max(0, x), g.top(), 3, g.height()))
        self.marker.show()
        self.marker.raise_()


class TagChipsView(QScrollArea):
    """``edited(tags, label)``: the user changed the caption's tags; *label* names the undo step."""

    edited = Signal(list, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagChips")
        self.setStyleSheet(STYLE)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area = _ChipArea(self)
        self.area.setBackgroundRole(QPalette.ColorRole.Base)
        self.area.setAutoFillBackground(True)
        self.flow = FlowLayout(self.area, spacing=6)
        self.flow.setContentsMargins(8, 8, 8, 8)
        self.setWidget(self.area)
        self.chips: list[TagChip] = []
        self.read_only = False
        self._tags: list[str] = []
        self._cut_from: int | None = None
        self._cut_label = ""
        self._current: int | None = None
        self._focus_after: int | None = None
        self._tooltip: Callable[[str], str] = lambda _tag: ""
        self.placeholder = QLabel(self.tr("No tags yet: type one below."), objectName="muted")

    # ---- content
    def set_tooltip_source(self, tooltip: Callable[[str], str]) -> None:
        """Where chips get their tooltip (the tag's count in the dataset)."""
        self._tooltip = tooltip

    def tags(self) -> list[str]:
        return list(self._tags)

    def set_tags(self, tags: list[str], cut_from: int | None = None, cut_label: str = "") -> None:
        """Show *tags*; those from index *cut_from* on are past the token limit (*cut_label* says which)."""
        if tags == self._tags and cut_from == self._cut_from and cut_label == self._cut_label and self.chips:
            return
        self._tags = list(tags)
        self._cut_from, self._cut_label = cut_from, cut_label
        self._rebuild()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for chip in self.chips:
            chip.close_button.setVisible(not read_only)

    def _rebuild(self) -> None:
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.area.isAncestorOf(focus)
        while (item := self.flow.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None and widget is not self.placeholder:
                widget.hide()
                widget.deleteLater()
        self.placeholder.hide()
        self.chips = []
        seen: set[str] = set()
        for i, tag in enumerate(self._tags):
            if i == self._cut_from:
                marker = QLabel(f"✂ {self._cut_label}", objectName="tagCutMarker")
                marker.setToolTip(self.tr("The text encoder does not see the tags after this point."))
                self.flow.addWidget(marker)
                marker.show()
            chip = TagChip(i, tag, self._tooltip(tag))
            chip.set_state("cut", self._cut_from is not None and i >= self._cut_from)
            chip.set_state("duplicate", tag in seen)
            seen.add(tag)
            chip.close_button.setVisible(not self.read_only)
            chip.delete_requested.connect(self.delete_chip)
            chip.edit_committed.connect(self._edit_chip)
            chip.move_requested.connect(lambda i, step: self.move_chip(i, i + step + (step > 0)))
            chip.focus_step.connect(lambda i, step: self.focus_chip(i + step))
            chip.focused.connect(self._set_current)
            self.flow.addWidget(chip)
            chip.show()  # now, not when the layout gets to it: the focus may move to it right away
            self.chips.append(chip)
        if not self._tags:
            self.flow.addWidget(self.placeholder)
            self.placeholder.show()
        target = self._focus_after
        self._focus_after = None
        if self._current is not None and self._current >= len(self.chips):
            self._current = None
        if target is not None and had_focus and self.chips:
            self.focus_chip(min(target, len(self.chips) - 1))
        elif self._current is not None:
            self.chips[self._current].set_state("current", True)

    # ---- current chip (what the delete-tag shortcut acts on)
    def _set_current(self, index: int) -> None:
        if self._current is not None and self._current < len(self.chips):
            self.chips[self._current].set_state("current", False)
        self._current = index
        if 0 <= index < len(self.chips):
            self.chips[index].set_state("current", True)

    def clear_current(self) -> None:
        """Forget the current chip (another caption is shown)."""
        self._set_current(-1)
        self._current = None

    def focus_chip(self, index: int) -> None:
        if 0 <= index < len(self.chips):
            self.chips[index].setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(self.chips[index])

    def delete_current(self) -> bool:
        """Delete the current chip (the focused one, or the one focused last); False if there is none."""
        if self._current is None or not 0 <= self._current < len(self._tags):
            return False
        self.delete_chip(self._current)
        return True

    # ---- edits
    def delete_chip(self, index: int) -> None:
        if self.read_only or not 0 <= index < len(self._tags):
            return
        tags = self._tags[:index] + self._tags[index + 1 :]
        self._focus_after = index
        self.edited.emit(tags, self.tr("Delete tag “{tag}”").format(tag=self._tags[index]))

    def _edit_chip(self, index: int, text: str) -> None:
        if self.read_only or not 0 <= index < len(self._tags):
            return
        tags = self._tags[:index] + split_tags(text) + self._tags[index + 1 :]
        self._focus_after = index
        self.edited.emit(tags, self.tr("Edit tag “{tag}”").format(tag=self._tags[index]))

    def move_chip(self, source: int, target: int) -> None:
        """Move chip *source* to insertion point *target* (0..len, as :meth:`drop_index` gives)."""
        if self.read_only or not 0 <= source < len(self._tags):
            return
        target = max(0, min(target, len(self._tags)))
        tags = list(self._tags)
        tag = tags.pop(source)
        if target > source:
            target -= 1
        if target == source:
            return
        tags.insert(target, tag)
        self._focus_after = target
        self._current = target
        self.edited.emit(tags, self.tr("Move tag “{tag}”").format(tag=tag))

    def drop_index(self, pos: QPoint) -> int:
        """The insertion point (0..len) for a drop at *pos* in the chip area."""
        for i, chip in enumerate(self.chips):
            g = chip.geometry()
            if pos.y() < g.top() - 3:  # in the gap above this chip's row
                return i
            if pos.y() <= g.bottom() + 3 and pos.x() < g.center().x():
                return i
        return len(self.chips)
