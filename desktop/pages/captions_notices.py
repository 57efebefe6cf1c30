"""Non-modal notices above the caption editor (a file changed on disk, a file that is not UTF-8, a
save that failed) with the actions that resolve them, and the dialog that converts a caption file
to UTF-8. Nothing here blocks the editing: the user deals with a notice when it suits them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dataprep.caption_io import CaptionEncodingError, decode_caption
from dataprep.caption_store import CaptionStore
from desktop.widgets.phrase_text import tr_phrase

LEVEL_COLORS = {"warning": ("#fdf2e0", "#e0a43a", "#5a3d00"), "error": ("#fbe5e3", "#d9534f", "#5c1512"),
                "info": ("#e6f0fa", "#5b9bd5", "#143a5e")}


class Notice(QFrame):
    """A coloured bar: a message, action buttons, and × to dismiss it until it is shown again."""

    def __init__(self, level: str = "warning", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captionNotice_" + level)
        bg, border, fg = LEVEL_COLORS[level]
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ background: {bg}; border: 1px solid {border}; "
                           f"border-radius: 6px; }} QFrame#{self.objectName()} QLabel {{ color: {fg}; }}")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        close = QToolButton(text="×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.setSpacing(10)
        row.addWidget(self.label, 1)
        row.addLayout(self.buttons)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, html: str, actions: Sequence[tuple[str, Callable[[], object]]] = ()) -> None:
        self.label.setText(html)
        while (item := self.buttons.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().deleteLater()
        for text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=slot: s())
            self.buttons.addWidget(button)
        self.show()

    def action_texts(self) -> list[str]:
        return [self.buttons.itemAt(i).widget().text() for i in range(self.buttons.count())]

    def trigger(self, text: str) -> None:
        """Press the action button labelled *text* (keyboard users and tests)."""
        for i in range(self.buttons.count()):
            button = self.buttons.itemAt(i).widget()
            if isinstance(button, QPushButton) and button.text() == text:
                button.click()
                return
        raise KeyError(text)


def encoding_candidates(path: Path) -> list[str] | None:
    """The encodings that decode *path* when it is not UTF-8; None when it is (or cannot be read)."""
    try:
        data = path.read_bytes()
        decode_caption(data, path)
    except CaptionEncodingError as exc:
        return exc.candidates
    except OSError:
        return None
    return None


class EncodingDialog(QDialog):
    """Shows the file's text as each candidate encoding reads it, so the user picks the one that looks right."""

    def __init__(self, path: Path, candidates: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Convert caption file to UTF-8"))
        data = path.read_bytes()
        intro = QLabel(self.tr("<b>{file}</b> is not UTF-8. Pick the encoding in which the text reads right; "
                               "Danlu rewrites the file as UTF-8 and keeps the original as <i>{file}.bak</i>.").format(
                                   file=path.name))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.group = QButtonGroup(self)
        for n, encoding in enumerate(candidates):
            text = data.decode(encoding, errors="replace").strip()
            button = QRadioButton(f"{encoding}:  {text[:120]}")
            button.setProperty("encoding", encoding)
            button.setChecked(n == 0)
            self.group.addButton(button)
            layout.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Convert"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def encoding(self) -> str:
        return str(self.group.checkedButton().property("encoding"))


class ProblemNotices(QObject):
    """The page's notices, kept in step with the store's rows by :meth:`update`."""

    def __init__(self, store: Callable[[], CaptionStore | None], show_rows: Callable[[list[int]], None],
                 save_now: Callable[[], object], status: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._store = store
        self._show_rows = show_rows
        self._save_now = save_now
        self._status = status
        self._parent = parent
        self.conflict = Notice("warning")
        self.encoding = Notice("error")
        self.save = Notice("error")
        self.message = Notice("info")
        self.notices = (self.conflict, self.encoding, self.save, self.message)

    def hide_all(self) -> None:
        for notice in self.notices:
            notice.hide()

    def update(self) -> None:
        """Show or hide each notice for the rows as they are now."""
        store = self._store()
        if store is None:
            return
        rows = store.rows
        conflicts = [i for i, r in enumerate(rows) if r.conflict]
        if conflicts:
            names = ", ".join(rows[i].path.name for i in conflicts[:3]) + (" …" if len(conflicts) > 3 else "")
            n = len(conflicts)
            text = (self.tr("<b>{n} caption file changed on disk</b> while you had unsaved edits here: {files}. "
                            "Nothing was overwritten.") if n == 1 else
                    self.tr("<b>{n} caption files changed on disk</b> while you had unsaved edits here: {files}. "
                            "Nothing was overwritten."))
            self.conflict.show_message(
                text.format(n=n, files=names),
                [(self.tr("Show"), lambda: self._show_rows(conflicts)),
                 (self.tr("Reload from disk"), lambda: self.resolve_conflicts(conflicts, keep_mine=False)),
                 (self.tr("Keep mine"), lambda: self.resolve_conflicts(conflicts, keep_mine=True))])
        else:
            self.conflict.hide()
        failed = [i for i, r in enumerate(rows) if r.save_error]
        if failed:
            self.save.show_message(self.tr("<b>{n} caption(s) could not be saved.</b> {error}").format(
                n=len(failed), error=rows[failed[0]].save_error), [(self.tr("Retry"), self._save_now)])
        else:
            self.save.hide()
        unreadable = [i for i, r in enumerate(rows) if r.error]
        if not unreadable:
            self.encoding.hide()
            return
        first = unreadable[0]
        error = tr_phrase(rows[first].error or "")
        if len(unreadable) > 1:
            error = self.tr("{error} ({n} more unreadable)").format(error=error, n=len(unreadable) - 1)
        actions: list[tuple[str, Callable[[], object]]] = [(self.tr("Show"), lambda: self._show_rows(unreadable))]
        if encoding_candidates(rows[first].path):
            actions.append((self.tr("Convert to UTF-8…"), lambda: self.ask_convert(first)))
        self.encoding.show_message(error, actions)

    def resolve_conflicts(self, rows: list[int], keep_mine: bool) -> None:
        """Keep the editor's text (overwrite the files) or take the disk's (undoable)."""
        store = self._store()
        if store is None:
            return
        if keep_mine:
            store.keep_mine(rows)
        else:
            store.reload(rows)
        self.update()

    def ask_convert(self, row: int) -> None:
        store = self._store()
        if store is None:
            return
        path = store.row(row).path
        candidates = encoding_candidates(path)
        if not candidates:
            self.update()
            return
        dialog = EncodingDialog(path, candidates, self._parent)
        if dialog.exec():
            self.convert_encoding(row, dialog.encoding())

    def convert_encoding(self, row: int, encoding: str) -> None:
        """Rewrite the row's file as UTF-8 from *encoding* (a .bak keeps the original) and load it."""
        store = self._store()
        if store is None:
            return
        try:
            backup = store.convert_encoding(row, encoding)
        except (ValueError, OSError) as exc:
            self.message.show_message(str(exc))
            return
        self._status(self.tr("{file} converted to UTF-8; the original is {backup}").format(
            file=store.row(row).path.name, backup=backup.name))
        self.update()
