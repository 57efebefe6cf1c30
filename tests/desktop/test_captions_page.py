"""The Captions page on a copy of the demo project: chips, autosave, filters, bulk edits with undo,
completion, the trainer's-eye preview, conflicts and encodings, the keyboard workflow."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtTest import QTest

from dataprep import caption_transforms
from dataprep.caption_transforms import CaptionOptions
from dataprep.project import Project
from dataprep.tags import rank_completions, split_tags
from desktop.pages.captions import CaptionsPage
from desktop.pages.captions_bulk import FILTERED, SELECTED
from desktop.widgets.tag_chip import CHIP_MIME

TIMEOUT = 10_000


@pytest.fixture
def page(qtbot, settings: QSettings, demo_project: Project):
    page = CaptionsPage(settings)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.activateWindow()
    # keyboard focus needs an active window; polled rather than QTest.qWaitForWindowActive, which once
    # never returned in a full offscreen run
    qtbot.waitUntil(page.isActiveWindow, timeout=TIMEOUT)
    page.set_project(demo_project)
    qtbot.waitUntil(lambda: page.store is not None and page.model.rowCount() == 12, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: page.editor.counter is not None, timeout=TIMEOUT)
    yield page
    page.autosaver.flush()


def caption_file(page: CaptionsPage, name: str) -> Path:
    return page.folder / f"{name}.txt"


def text_of(page: CaptionsPage, name: str) -> str:
    return caption_file(page, name).read_text(encoding="utf-8").strip()


def store_row(page: CaptionsPage, name: str) -> int:
    return page.store.index_of(page.folder / f"{name}.jpg")


def press(qtbot, widget, sequence: str) -> None:
    chord = QKeySequence(sequence)[0]
    QTest.keyClick(widget, chord.key(), chord.keyboardModifiers())


def test_opens_the_demo_folder_with_the_first_image_in_the_editor(qtbot, page: CaptionsPage):
    assert page.folder.name == "images" and page.folder_box.currentText() == "images/"
    assert page.editor.row == store_row(page, "dnl_01")
    assert page.editor.chips.tags() == split_tags(text_of(page, "dnl_01"))
    assert page.header.subtitle.text() == "12 images in images/ · all changes saved"
    assert page.tag_panel.shown_tags()[:1] and page.tag_panel.model.rowCount() == len(page.store.tag_counts())
    assert page.editor.token_label.text() == f"{page.store.token_count(page.editor.row)} / 75 tokens"
    qtbot.waitUntil(page.editor.image.has_image, timeout=TIMEOUT)  # decoded on the thread pool


def test_editing_a_chip_in_place_is_saved_by_autosave(qtbot, page: CaptionsPage):
    chips = page.editor.chips
    chip = chips.chips[2]
    assert chip.text == "red scarf"
    QTest.mouseDClick(chip, Qt.MouseButton.LeftButton)
    assert chip.editor is not None and chip.editor.hasFocus()
    chip.editor.setText("blue scarf")
    QTest.keyClick(chip.editor, Qt.Key.Key_Return)
    assert page.store.row(page.editor.row).tags[2] == "blue scarf"
    assert page.store.history.undo_label == "Edit tag “red scarf”"
    qtbot.waitUntil(lambda: "blue scarf" in text_of(page, "dnl_01"), timeout=TIMEOUT)
    assert text_of(page, "dnl_01").startswith("1girl, solo, blue scarf, short hair")
    qtbot.waitUntil(lambda: page.header.subtitle.text().endswith("all changes saved"), timeout=TIMEOUT)


def test_chips_delete_and_reorder_by_drop_and_keyboard(qtbot, page: CaptionsPage):
    chips = page.editor.chips
    qtbot.mouseClick(chips.chips[1].close_button, Qt.MouseButton.LeftButton)  # × on "solo"
    assert "solo" not in page.store.row(page.editor.row).tags
    # drop "bangs" (index 4 now) in front of the first chip
    tags = chips.tags()
    source = tags.index("bangs")
    mime = QMimeData()
    mime.setData(CHIP_MIME, str(source).encode())
    target = QPointF(chips.chips[0].geometry().topLeft() + QPoint(2, 4))
    drop = QDropEvent(target, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    chips.area.dropEvent(drop)
    assert page.store.row(page.editor.row).tags[:2] == ("bangs", "1girl")
    # Ctrl+Right moves the focused chip one place right; Delete removes it
    chips.focus_chip(0)
    QTest.keyClick(chips.chips[0], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert page.store.row(page.editor.row).tags[:2] == ("1girl", "bangs")
    assert chips.chips[1].hasFocus()
    QTest.keyClick(chips.chips[1], Qt.Key.Key_Delete)
    assert "bangs" not in page.store.row(page.editor.row).tags
    qtbot.waitUntil(lambda: text_of(page, "dnl_01").startswith("1girl, red scarf, short hair"), timeout=TIMEOUT)


def test_filter_narrows_the_list_and_a_syntax_error_shows_its_column(qtbot, page: CaptionsPage):
    qtbot.keyClicks(page.filter_edit, "tag:headphones")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=TIMEOUT)
    names = [page.store.row(i).image.name for i in page.model.visible_rows()]
    assert names == ["dnl_04.jpg", "dnl_10.jpg"]
    assert page.editor.row == store_row(page, "dnl_04")  # the current image follows the filter
    assert page.count_label.text() == "2 of 12 images shown"
    assert not page.tag_panel.view.isColumnHidden(2)
    page.filter_edit.setText("tag:a AND OR tag:b")
    qtbot.waitUntil(lambda: page.filter_error.isVisible(), timeout=TIMEOUT)
    query_line, caret_line = page.filter_caret.text().splitlines()
    assert query_line == "tag:a AND OR tag:b" and caret_line.index("^") == 10  # column 11, under "OR"
    assert page.filter_message.text() == "Column 11: expected a condition after 'AND', found 'OR'"
    assert page.model.rowCount() == 2  # the last good result stays
    page.filter_edit.setText("-tag:smile (tags>15 OR name:dnl_11*)")
    qtbot.waitUntil(lambda: not page.filter_error.isVisible(), timeout=TIMEOUT)
    assert page.model.visible_rows() == page.store.filter("-tag:smile (tags>15 OR name:dnl_11*)")


def test_bulk_rename_over_the_filtered_images_then_undo(qtbot, page: CaptionsPage):
    before = {name: text_of(page, name) for name in ("dnl_01", "dnl_06", "dnl_11")}
    page.filter_edit.setText("tag:glasses")
    page.apply_filter()
    assert [page.store.row(i).image.stem for i in page.model.visible_rows()] == ["dnl_06", "dnl_11"]
    page.scope_box.set_scope(FILTERED)
    assert page.scope_text() == "the filtered 2 images"
    assert page.bulk.rename_tag("smile", "grin") == 1  # dnl_11 is expressionless
    assert "grin" in page.store.row(store_row(page, "dnl_06")).tags
    assert "smile" in page.store.row(store_row(page, "dnl_01")).tags  # not in the filter: untouched
    assert page.status_label.text() == "Rename “smile” to “grin”: 1 caption changed"
    assert page.stale.isVisible()
    qtbot.waitUntil(lambda: "grin" in text_of(page, "dnl_06"), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "grin" in page.tag_panel.shown_tags(), timeout=TIMEOUT)  # counts follow edits
    page.undo()
    assert page.store.row(store_row(page, "dnl_06")).text == before["dnl_06"]
    assert page.status_label.text() == "Undid “Rename “smile” to “grin”” (1 caption)"
    qtbot.waitUntil(lambda: text_of(page, "dnl_06") == before["dnl_06"], timeout=TIMEOUT)
    assert {name: text_of(page, name) for name in before} == before
    page.redo()
    assert "grin" in page.store.row(store_row(page, "dnl_06")).tags


def test_tag_panel_click_filters_and_context_actions_edit_the_selection(qtbot, page: CaptionsPage):
    panel = page.tag_panel
    row = panel.shown_tags().index("beret")
    rect = panel.view.visualRect(panel.proxy.index(row, 0))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.filter_edit.text() == "tag:beret"
    assert [page.store.row(i).image.stem for i in page.model.visible_rows()] == ["dnl_03", "dnl_12"]
    page.view.selectAll()
    page.scope_box.set_scope(SELECTED)
    menu = panel.build_menu(["beret"])
    texts = [a.text() for a in menu.actions()]
    assert "Rename “beret”…" in texts and "Change the selected 2 images" in texts
    panel.move_requested.emit("beret", "front")
    assert page.store.row(store_row(page, "dnl_03")).tags[0] == "beret"
    page.bulk.merge_tags(["beret", "brown coat"], "hat")
    assert page.store.row(store_row(page, "dnl_03")).tags[0] == "hat"
    assert "brown coat" not in page.store.row(store_row(page, "dnl_03")).tags
    panel.delete_requested.emit(["hat"])
    assert "hat" not in page.store.row(store_row(page, "dnl_12")).tags
    panel.search.setText("HAIR")
    assert set(panel.shown_tags()) == {"short hair", "black hair", "hair flower", "hairclip"}
    panel.search.setText("Hair_Fl")  # as the filter language: case and underscores ignored
    assert panel.shown_tags() == ["hair flower"]


def test_completer_lists_the_datasets_tags_by_count(qtbot, page: CaptionsPage):
    field = page.editor.input
    field.set_vocabulary(["sailor collar", "smile", "skirt"])  # a tagger's list, most common first
    page.editor.focus_input()
    qtbot.keyClicks(field, "s")
    counts = page.store.tag_counts()
    have = set(page.store.row(page.editor.row).tags)
    expected = [t for t in rank_completions("s", counts, ["sailor collar", "smile", "skirt"], 60) if t not in have]
    suggested = field.suggested_tags()
    assert suggested == expected[:20]
    assert field.completer.popup().isVisible()
    starting = [t for t in suggested if t.startswith("s")]  # before tags with a later word starting so
    rest = suggested[len(starting):]
    assert suggested[: len(starting)] == starting and rest and all(" s" in t for t in rest)  # "blue sky"
    dataset = starting[:-2]
    assert starting[-2:] == ["sailor collar", "skirt"]  # the tagger's tags after the dataset's ("smile" is had)
    assert [counts[t] for t in dataset] == sorted((counts[t] for t in dataset), reverse=True)
    assert dataset[:2] == ["snow", "snowing"]  # two captions each; the rest have one
    QTest.keyClick(field.completer.popup(), Qt.Key.Key_Tab)  # accept the first suggestion
    assert page.store.row(page.editor.row).tags[-1] == suggested[0]
    assert field.text() == "" and not field.completer.popup().isVisible()
    qtbot.keyClicks(field, "holding cup, hairclip")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert page.store.row(page.editor.row).tags[-2:] == ("holding cup", "hairclip")


def test_preview_uses_the_trainers_transform_and_keep_tokens_holds_the_first_tags(page: CaptionsPage, monkeypatch):
    """The spy replaces the module's function: the preview finds it only if it calls the shared module,
    the one the trainer's data loader (training.data) imports its transform from."""
    calls: list[tuple[str, CaptionOptions]] = []
    real = caption_transforms.transform_caption

    def spy(caption, opts, rng, epoch=1):
        calls.append((caption, opts))
        return real(caption, opts, rng, epoch)

    monkeypatch.setattr(caption_transforms, "transform_caption", spy)
    preview = page.preview
    preview.samples.setValue(8)
    preview.set_options(CaptionOptions(shuffle_caption=True, keep_tokens=2))
    caption = page.store.row(page.editor.row).text
    calls.clear()
    samples = preview.draw_samples()
    assert len(calls) == 8 and all(c == caption and o.keep_tokens == 2 for c, o in calls)
    assert all(split_tags(s.text)[:2] == ["1girl", "solo"] for s in samples)
    assert all(sorted(split_tags(s.text)) == sorted(split_tags(caption)) for s in samples)
    assert len({s.text for s in samples}) > 1  # shuffled differently on different steps
    assert samples == preview.draw_samples()  # seeded: the same draw until Reroll
    preview.reroll.click()
    assert samples != preview.draw_samples()
    html = preview.output.toHtml()
    assert "<b>" in html or "font-weight" in html
    preview.set_options(CaptionOptions(caption_dropout_rate=1.0))
    assert all(s.text == "" for s in preview.draw_samples())
    assert "caption dropout" in preview.output.toPlainText()


def test_token_limit_cut_is_shown_in_chips_and_preview(qtbot, page: CaptionsPage):
    long = ", ".join(f"tag number {n}" for n in range(40))
    page.store.set_text(page.editor.row, long)
    split = page.editor.split
    assert split is not None and split.cut and split.tokens_used <= 75
    chips = page.editor.chips
    assert chips.chips[len(split.kept)].property("cut") and not chips.chips[0].property("cut")
    assert f"the 75-token limit cuts {len(split.cut)} tags" in page.editor.token_label.text()
    assert all(s.split is not None and s.split.cut == split.cut for s in page.preview.draw_samples())
    page.editor.set_mode("text")  # the raw text shades what is cut off, from the first cut tag on
    (shade,) = page.editor.raw.extraSelections()
    assert shade.cursor.selectedText() == long[long.index(split.cut[0]):]
    page.preview.max_tokens.setCurrentIndex(2)  # 225 tokens: the editor follows
    assert page.editor.limit == 225 and not page.editor.split.cut


def test_conflict_banner_when_the_file_changes_on_disk(qtbot, page: CaptionsPage):
    i = page.editor.row
    path = caption_file(page, "dnl_01")
    page.store.set_text(i, "1girl, mine")  # unsaved for up to a second...
    path.write_text("1girl, theirs, written by another program\n", encoding="utf-8")  # ...while this happens
    qtbot.waitUntil(lambda: page.problems.conflict.isVisible(), timeout=TIMEOUT)
    assert "dnl_01.txt" in page.problems.conflict.label.text()
    assert path.read_text(encoding="utf-8") == "1girl, theirs, written by another program\n"  # never overwritten
    assert page.editor.state.text() == "dnl_01.txt · changed on disk"
    assert page.problems.conflict.action_texts() == ["Show", "Reload from disk", "Keep mine"]
    page.problems.conflict.trigger("Reload from disk")
    assert page.store.row(i).text == "1girl, theirs, written by another program"
    assert page.editor.chips.tags() == ["1girl", "theirs", "written by another program"]
    assert not page.problems.conflict.isVisible()
    page.undo()  # the reload is a step: undo brings back mine, which is then saved
    qtbot.waitUntil(lambda: path.read_text(encoding="utf-8").startswith("1girl, mine"), timeout=TIMEOUT)


def test_a_clean_caption_changed_on_disk_is_reloaded_without_asking(qtbot, page: CaptionsPage):
    path = caption_file(page, "dnl_02")
    path.write_text("1girl, retagged by a job", encoding="utf-8")
    assert page.check_disk() == [store_row(page, "dnl_02")]
    assert page.store.row(store_row(page, "dnl_02")).text == "1girl, retagged by a job"
    assert not page.problems.conflict.isVisible()


def test_a_caption_that_is_not_utf8_is_named_and_converted(qtbot, settings: QSettings, demo_project: Project):
    bad = demo_project.root / "images" / "dnl_02.txt"
    bad.write_bytes("1girl, café, naïve".encode("cp1252"))
    page = CaptionsPage(settings)
    qtbot.addWidget(page)
    page.show()
    page.set_project(demo_project)
    qtbot.waitUntil(lambda: page.store is not None, timeout=TIMEOUT)
    assert page.problems.encoding.isVisible()
    assert "dnl_02.txt" in page.problems.encoding.label.text() and "not a UTF-8" in page.problems.encoding.label.text()
    assert "Convert to UTF-8…" in page.problems.encoding.action_texts()
    row = page.store.index_of(demo_project.root / "images" / "dnl_02.jpg")
    page.select_store_row(row)
    assert not page.editor.input.isEnabled() and page.editor.notice.isVisible()
    page.problems.convert_encoding(row, "cp1252")
    assert page.store.row(row).text == "1girl, café, naïve"
    assert bad.read_text(encoding="utf-8") == "1girl, café, naïve"
    assert (bad.parent / "dnl_02.txt.bak").read_bytes() == "1girl, café, naïve".encode("cp1252")
    assert not page.problems.encoding.isVisible() and page.editor.input.isEnabled()


def test_keyboard_workflow_and_rebinding(qtbot, page: CaptionsPage):
    field = page.editor.input
    press(qtbot, page.view, "Ctrl+T")
    assert field.hasFocus()
    qtbot.keyClicks(field, "earrings")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert page.store.row(store_row(page, "dnl_01")).tags[-1] == "earrings"
    press(qtbot, field, "PgDown")  # next image, the focus stays in the tag input
    assert page.editor.row == store_row(page, "dnl_02") and field.hasFocus()
    press(qtbot, field, "Ctrl+Z")  # the empty tag input leaves undo to the store
    assert "earrings" not in page.store.row(store_row(page, "dnl_01")).tags
    assert page.editor.row == store_row(page, "dnl_01")  # undo shows the caption it changed
    press(qtbot, field, "Ctrl+Shift+Z")
    assert page.store.row(store_row(page, "dnl_01")).tags[-1] == "earrings"
    QTest.keyClick(field, Qt.Key.Key_Backspace)  # empty input: step back into the chips
    assert page.editor.chips.chips[-1].hasFocus()
    press(qtbot, page.editor.chips.chips[-1], "Ctrl+D")
    assert "earrings" not in page.store.row(store_row(page, "dnl_01")).tags
    press(qtbot, field, "PgUp")
    assert page.editor.row == store_row(page, "dnl_01")
    press(qtbot, field, "Ctrl+E")
    assert page.editor.mode() == "text" and page.editor.raw.hasFocus()
    QTest.keyClick(page.editor.raw, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.editor.raw, ", hat")
    assert page.store.row(page.editor.row).text.endswith("simple background, hat")
    assert page.store.history.undo_label == "Edit caption"
    press(qtbot, page.editor.raw, "Ctrl+Z")  # five keystrokes, one undo step
    assert page.store.row(page.editor.row).text.endswith("simple background")

    page.shortcuts.set("next_image", QKeySequence("Alt+N"))
    page.apply_shortcuts()
    press(qtbot, page.editor.raw, "PgDown")
    assert page.editor.row == store_row(page, "dnl_01")
    press(qtbot, page.editor.raw, "Alt+N")
    assert page.editor.row == store_row(page, "dnl_02")
    assert page.settings.value("captions/shortcuts/next_image") == "Alt+N"


def test_bulk_caption_edits_over_all_images(qtbot, page: CaptionsPage):
    assert page.bulk.add_text("dnl-girl", at_front=True) == 12
    assert all(row.tags[0] == "dnl-girl" for row in page.store.rows)
    assert page.bulk.add_text("dnl-girl", at_front=True) == 0  # not doubled
    assert page.bulk.sort_tags("alpha", keep_first=1) == 12
    tags = page.store.row(0).tags
    assert tags[0] == "dnl-girl" and list(tags[1:]) == sorted(tags[1:], key=str.casefold)
    assert page.bulk.find_replace(r"(\w+) eyes", r"\1-eyed", regex=True, ignore_case=False) == 12
    assert "brown-eyed" in page.store.row(0).tags
    with pytest.raises(ValueError, match="invalid regular expression"):
        page.bulk.find_replace("(unclosed", "", regex=True, ignore_case=False)
    page.store.set_text(0, page.store.row(0).text + ", solo")
    assert page.bulk.remove_duplicates() == 1
    page.autosaver.save_now()
    assert page.change_extension(".caption") is None
    assert sorted(p.suffix for p in page.folder.glob("dnl_01.*")) == [".caption", ".jpg"]
    assert (page.folder / "dnl_01.caption").read_text(encoding="utf-8").startswith("dnl-girl, 1girl")


def test_captions_page_in_the_main_window(qtbot, window):
    page = window.pages["captions"]
    qtbot.waitUntil(lambda: page.store is not None and page.model.rowCount() == 12, timeout=TIMEOUT)
    assert page.folder == window.project.root / "images"


def test_big_saves_run_on_the_thread_pool(qtbot, page: CaptionsPage, monkeypatch):
    from desktop.pages import captions_saving

    ran: list[object] = []
    real = captions_saving.run_in_background

    def recording(work, on_done, owner=None):
        ran.append(work)
        real(work, on_done, owner)

    monkeypatch.setattr(captions_saving, "run_in_background", recording)
    page.store.set_text(0, page.store.row(0).text + ", one")
    assert 0 < page.autosaver.timer.remainingTime() <= 1000  # due within a second of the edit
    qtbot.waitUntil(lambda: text_of(page, "dnl_01").endswith(", one"), timeout=TIMEOUT)
    assert ran == []  # one file: written at once
    assert page.bulk.add_tag("two") == 12
    qtbot.waitUntil(lambda: all(text_of(page, f"dnl_{n:02d}").endswith("two") for n in range(1, 13)), timeout=TIMEOUT)
    assert len(ran) == 1  # twelve files: one batch on the pool
    qtbot.waitUntil(lambda: not page.store.dirty_rows() and not page.autosaver.busy(), timeout=TIMEOUT)
    assert page.header.subtitle.text().endswith("all changes saved")


def test_dialogs_check_their_input_before_they_run(qtbot, page: CaptionsPage):
    from desktop.pages.captions_bulk import FindReplaceDialog, TagPromptDialog
    from desktop.pages.captions_shortcuts import ShortcutsDialog

    dialog = FindReplaceDialog(page.bulk, page)
    qtbot.addWidget(dialog)
    dialog.find.setText("(unclosed")
    assert "invalid regular expression" in dialog.info.text()
    dialog.find.setText(r"(brown|blue) eyes")
    dialog.replace.setText(r"\1-eyed")
    assert dialog.info.text() == "Changes 12 captions of all 12 images."
    assert dialog.run() == 12 and "brown-eyed" in page.store.row(0).tags

    prompt = TagPromptDialog("Rename tag", "to:", "Rename", ["smile", "solo"], "smile", page)
    qtbot.addWidget(prompt)
    ok = prompt.buttons.button(prompt.buttons.StandardButton.Ok)
    assert ok.isEnabled()
    prompt.field.setText("  ")
    assert not ok.isEnabled()

    keys = ShortcutsDialog(page.shortcuts, page)
    qtbot.addWidget(keys)
    keys.edits["redo"].setKeySequence(QKeySequence("Ctrl+Z"))
    assert "“Undo” and “Redo” have the same keys" in keys.problem.text()
    assert not keys.buttons.button(keys.buttons.StandardButton.Ok).isEnabled()
    keys.edits["redo"].setKeySequence(QKeySequence("Ctrl+Y"))
    keys.accept()
    page.apply_shortcuts()
    assert page.actions["redo"].shortcut() == QKeySequence("Ctrl+Y")


def test_the_editor_mode_is_remembered(qtbot, page: CaptionsPage, settings: QSettings):
    page.editor.toggle_mode()
    assert page.editor.mode() == "text" and page.editor.raw.toPlainText() == text_of(page, "dnl_01")
    again = CaptionsPage(settings)
    qtbot.addWidget(again)
    assert again.editor.mode() == "text"


def test_empty_states_and_other_folders(qtbot, settings: QSettings, tmp_path: Path, demo_project: Project):
    from dataprep.project import create_project

    page = CaptionsPage(settings)
    qtbot.addWidget(page)
    assert page.empty.title.text() == "No project open" and not page.images_button.isVisibleTo(page)
    page.set_project(create_project(tmp_path / "bare", "Bare"))
    qtbot.waitUntil(lambda: page.empty.title.text() == "No images to caption yet", timeout=TIMEOUT)
    with qtbot.waitSignal(page.navigate) as asked:
        page.images_button.click()
    assert asked.args == ["images"]
    page.open_folder(demo_project.root / "images")  # "Other folder…"
    qtbot.waitUntil(lambda: page.store is not None and len(page.store) == 12, timeout=TIMEOUT)
    assert page.folder_box.currentText() == str(demo_project.root / "images")
    assert page.stack.currentWidget() is page.splitter
