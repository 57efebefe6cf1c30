"""The Captions page's bulk edits that ask for input first (rename, merge, add a tag, find and replace,
add text) and its More menu (sorting, duplicates, the caption file extension)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dataprep.caption_io import CAPTION_EXTENSIONS
from dataprep.caption_store import CaptionStore
from dataprep.project import Project
from desktop.pages.captions_bulk import AddTextDialog, BulkOps, FindReplaceDialog, TagPromptDialog

# the strings keep the page's translation context (lupdate reads translate("CaptionsPage", ...) calls)
translate = QCoreApplication.translate


class CaptionPromptsMixin:
    """Mixed into :class:`desktop.pages.captions.CaptionsPage`, whose widgets and methods it uses."""

    project: Project | None
    store: CaptionStore | None
    bulk: BulkOps

    def _tags_by_count(self) -> list[str]:
        store = self.store
        return [t for t, _n in store.tag_counts().most_common()] if store is not None else []

    def ask_rename(self, tag: str) -> None:
        prompt = translate("CaptionsPage", "Rename “{tag}” in {scope} to:").format(tag=tag, scope=self.scope_text())
        dialog = TagPromptDialog(translate("CaptionsPage", "Rename tag"), prompt, translate("CaptionsPage", "Rename"),
                                 self._tags_by_count(), tag, self)
        if dialog.exec() and dialog.value() != tag:
            self.bulk.rename_tag(tag, dialog.value())

    def ask_merge(self, tags: list[str]) -> None:
        counts = self.store.tag_counts() if self.store is not None else {}
        best = max(tags, key=lambda t: counts.get(t, 0))
        names = ", ".join(f"“{t}”" for t in tags)
        prompt = translate("CaptionsPage", "Merge {tags} in {scope} into one tag:").format(
            tags=names, scope=self.scope_text())
        dialog = TagPromptDialog(translate("CaptionsPage", "Merge tags"), prompt, translate("CaptionsPage", "Merge"),
                                 self._tags_by_count(), best, self)
        if dialog.exec():
            self.bulk.merge_tags(tags, dialog.value())

    def ask_add_tag(self) -> None:
        prompt = translate("CaptionsPage", "Add a tag to {scope} (where it is missing):").format(
            scope=self.scope_text())
        dialog = TagPromptDialog(translate("CaptionsPage", "Add tag"), prompt, translate("CaptionsPage", "Add"),
                                 self._tags_by_count(), "", self)
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
        alpha = (translate("CaptionsPage", "Sort tags A–Z (the first {keep} stay)") if keep
                 else translate("CaptionsPage", "Sort tags A–Z"))
        by_count = (translate("CaptionsPage", "Sort tags by count (the first {keep} stay)") if keep
                    else translate("CaptionsPage", "Sort tags by count"))
        menu.addAction(alpha.format(keep=keep), lambda: self.bulk.sort_tags("alpha", keep))
        menu.addAction(by_count.format(keep=keep), lambda: self.bulk.sort_tags("count", keep))
        menu.addAction(translate("CaptionsPage", "Remove duplicate tags"), self.bulk.remove_duplicates)
        menu.addAction(translate("CaptionsPage", "Add text (trigger word)…"), self.ask_add_text)
        menu.addSeparator()
        store = self.store
        current = store.row(0).path.suffix if store is not None and len(store) else CAPTION_EXTENSIONS[0]
        other = CAPTION_EXTENSIONS[1] if current == CAPTION_EXTENSIONS[0] else CAPTION_EXTENSIONS[0]
        menu.addAction(translate("CaptionsPage", "Rename caption files to {extension}").format(extension=other),
                       lambda: self.change_extension(other))

    def change_extension(self, extension: str) -> None:
        problems = self.bulk.change_extension(extension)
        if problems:
            shown = "<br>".join(problems[:5]) + ("<br>…" if len(problems) > 5 else "")
            self.problems.message.show_message(
                translate("CaptionsPage", "<b>{n} caption file(s) were not renamed:</b><br>{files}").format(
                    n=len(problems), files=shown))
        self.model.refresh_all()
        self.editor.refresh()
