"""The Captions page's image list: its filter (the language of :mod:`dataprep.caption_filter`, run by the
store), the current image, the selection and the scope that bulk edits touch."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel

from dataprep.caption_filter import FilterSyntaxError, quote_value, tag_query
from dataprep.caption_store import CaptionStore
from dataprep.caption_tokens import TokenizerMissingError
from desktop.pages.captions_bulk import ALL, FILTERED, SELECTED
from desktop.pages.captions_loading import Flags

# the strings keep the page's translation context (lupdate reads translate("CaptionsPage", ...) calls)
translate = QCoreApplication.translate


class CaptionFilterMixin:
    """Mixed into :class:`desktop.pages.captions.CaptionsPage`, whose widgets and methods it uses."""

    store: CaptionStore | None
    flags: Flags
    _filter_ran: str

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
                translate("CaptionsPage", "Column {column}: {message}").format(column=exc.column, message=exc.message))
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
            text = translate("CaptionsPage", "all {n} image") if n == 1 else translate("CaptionsPage", "all {n} images")
        elif scope == FILTERED:
            text = (translate("CaptionsPage", "the filtered {n} image") if n == 1
                    else translate("CaptionsPage", "the filtered {n} images"))
        else:
            text = (translate("CaptionsPage", "the selected {n} image") if n == 1
                    else translate("CaptionsPage", "the selected {n} images"))
        return text.format(n=n)

    def _update_scope(self) -> None:
        total = len(self.store) if self.store is not None else 0
        shown = self.model.rowCount()
        selected = len(self.view.selectionModel().selectedRows())
        self.scope_box.set_counts(total, shown, selected)
        if self.autocaption is not None:
            self.autocaption.sync_scope(total, shown, selected)
        if selected > 1:
            text = (translate("CaptionsPage", "{shown} of {total} images shown · {selected} selected") if shown != total
                    else translate("CaptionsPage", "{total} images · {selected} selected"))
        else:
            text = (translate("CaptionsPage", "{shown} of {total} images shown") if shown != total
                    else translate("CaptionsPage", "{total} images"))
        self.count_label.setText(text.format(shown=shown, total=total, selected=selected))

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _show_rows(self, rows: list[int]) -> None:
        """Select the first of these rows, filtering the list down to them (by name) if it hides it."""
        store = self.store
        if store is None or not rows or self.select_store_row(rows[0]):
            return
        self.filter_edit.setText(" OR ".join(f"name:{quote_value(store.row(i).image.name)}" for i in rows[:20]))
        self.apply_filter()
