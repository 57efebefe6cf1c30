"""CaptionStore: loading, bulk operations over all/selected/filtered rows, undo/redo, saving,
autosave policy, external changes and conflicts."""

from __future__ import annotations

import codecs
import functools
from pathlib import Path

import pytest

from dataprep import caption_io, tags
from dataprep.caption_store import CaptionStore, Change


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def make_folder(folder: Path, captions: dict[str, str | bytes | None]) -> Path:
    """One tiny "image" per name (the store never decodes them) and its caption (None: none)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, caption in captions.items():
        (folder / f"{name}.png").write_bytes(b"\x89PNG")
        if isinstance(caption, bytes):
            (folder / f"{name}.txt").write_bytes(caption)
        elif caption is not None:
            (folder / f"{name}.txt").write_text(caption, encoding="utf-8")
    return folder


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> CaptionStore:
    make_folder(
        tmp_path / "ds",
        {
            "0001": "1girl, earrings, holding phone, smile",
            "0002": "1girl,holding phone ,  long hair",
            "0003": "a woman wearing a red scarf in a park",
            "0004": "earrings, scarf, smile, earrings",
            "0005": None,
        },
    )
    return CaptionStore.open(tmp_path / "ds", clock=clock)


def texts(store: CaptionStore) -> list[str]:
    return [row.text for row in store.rows]


def on_disk(store: CaptionStore, i: int) -> str:
    return store.row(i).path.read_text(encoding="utf-8")


# --- loading ---------------------------------------------------------------------------------


def test_open_reads_rows_in_path_order(store: CaptionStore, tmp_path: Path) -> None:
    assert [row.image.name for row in store.rows] == ["0001.png", "0002.png", "0003.png", "0004.png", "0005.png"]
    assert store.row(0).tags == ("1girl", "earrings", "holding phone", "smile")
    assert store.row(2).tags == ("a woman wearing a red scarf in a park",)
    assert store.row(4).text == "" and store.row(4).path == tmp_path / "ds" / "0005.txt"
    assert store.row(4).snapshot is None
    assert store.index_of(tmp_path / "ds" / "0003.png") == 2
    assert store.tag_counts()["1girl"] == 2
    assert not store.dirty_rows()


def test_open_finds_caption_extension_files(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "ds", {"a": None})
    (folder / "a.caption").write_text("from caption file")
    store = CaptionStore.open(folder)
    assert store.row(0).text == "from caption file"
    assert store.row(0).path.suffix == ".caption"


def test_non_utf8_row_is_read_only_with_an_error_naming_the_file(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "ds", {"a": "café".encode("latin-1"), "b": "ok"})
    store = CaptionStore.open(folder)
    row = store.row(0)
    assert row.error is not None and str(folder / "a.txt") in row.error
    with pytest.raises(ValueError, match="not a UTF-8"):
        store.set_text(0, "x")
    change = store.apply(functools.partial(tags.add_tag, tag="new"))
    assert change.rows == (1,)
    store.save_dirty()
    assert (folder / "a.txt").read_bytes() == "café".encode("latin-1")


def test_convert_encoding_loads_the_row_without_an_undo_step(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "ds", {"a": "café, crème".encode("latin-1")})
    store = CaptionStore.open(folder)
    backup = store.convert_encoding(0)
    assert backup.read_bytes() == "café, crème".encode("latin-1")
    assert store.row(0).error is None
    assert store.row(0).tags == ("café", "crème")
    assert not store.row(0).dirty
    assert not store.history.can_undo
    store.set_text(0, "café")
    store.undo()
    assert store.row(0).text == "café, crème"


def test_two_images_sharing_one_caption_file_are_flagged(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "ds", {"a": "shared"})
    (folder / "a.jpg").write_bytes(b"\xff\xd8")
    store = CaptionStore.open(folder)
    assert len(store) == 2
    for row in store.rows:
        assert row.error is not None and "a.jpg" in row.error and "a.png" in row.error
    store.reload([0, 1])
    assert all(row.error for row in store.rows)


# --- bulk operations and undo -------------------------------------------------------------------


def test_apply_to_all_rows_changes_only_matching_captions(store: CaptionStore) -> None:
    before = texts(store)
    change = store.apply(functools.partial(tags.delete_tag, tag="holding phone"), label="Delete tag")
    assert change == Change("edit", (0, 1), "Delete tag")
    assert texts(store) == ["1girl, earrings, smile", "1girl, long hair", *before[2:]]
    assert store.tag_counts()["holding phone"] == 0
    assert "holding phone" not in store.tag_counts()
    assert store.dirty_rows() == [0, 1]


def test_apply_to_selection_and_to_filter_results(store: CaptionStore) -> None:
    store.apply(functools.partial(tags.add_tag, tag="selected", position="front"), rows=[3, 2, 3])
    assert store.row(2).text.startswith("selected, ") and store.row(3).text.startswith("selected, ")
    assert not store.row(0).text.startswith("selected")
    matches = store.filter("tag:earrings -tag:scarf")
    assert matches == [0]
    store.apply(functools.partial(tags.replace_tag, old="smile", new="grin"), rows=matches)
    assert store.row(0).tags[-1] == "grin"
    assert "smile" in store.row(3).tags and "grin" not in store.row(3).tags


def test_every_bulk_operation_undoes_and_redoes_exactly(store: CaptionStore) -> None:
    pattern = tags.compile_find(r"holding (\w+)")
    operations = [
        tags.normalize_caption,
        functools.partial(tags.replace_tag, old="1girl", new="1woman"),
        functools.partial(tags.delete_tags, tags=["long hair", "absent"]),
        tags.remove_duplicates,
        functools.partial(tags.merge_tags, sources=["earrings", "scarf"], target="accessory"),
        functools.partial(tags.add_tag, tag="outdoors", position=1),
        functools.partial(tags.move_tag, tag="smile", position="front"),
        tags.sort_tags,
        functools.partial(tags.regex_replace, pattern=pattern, replacement=r"holding a \1"),
        functools.partial(tags.prepend_text, text="ohwx"),
        functools.partial(tags.append_text, text="best quality"),
    ]
    original = texts(store)
    states = [original]
    for op in operations:
        assert store.apply(op).rows, op  # each one changes something here
        states.append(texts(store))
    assert len(store.history) == len(operations)
    for state in reversed(states[:-1]):
        store.undo()
        assert texts(store) == state
    assert store.undo() is None
    assert not store.dirty_rows()
    for state in states[1:]:
        store.redo()
        assert texts(store) == state
    assert store.redo() is None


def test_a_new_edit_clears_redo(store: CaptionStore) -> None:
    store.apply(functools.partial(tags.add_tag, tag="x"), label="Add tag")
    store.undo()
    assert store.history.redo_label == "Add tag"
    store.set_text(0, "new")
    assert not store.history.can_redo


def test_failing_operation_changes_nothing(store: CaptionStore) -> None:
    before = texts(store)
    bad = functools.partial(tags.regex_replace, pattern=tags.compile_find("e"), replacement=r"\9")
    with pytest.raises(ValueError, match="invalid replacement"):
        store.apply(bad)
    assert texts(store) == before
    assert not store.history.can_undo


def test_typing_merges_into_one_undo_step(store: CaptionStore) -> None:
    original = store.row(3).text
    for n in range(1, 6):
        store.set_text(3, original + ", blush"[:n], merge_key=("typing", 3))
    store.set_text(3, original + ", blush", merge_key=("typing", 3))  # no change: no step
    assert len(store.history) == 1
    store.undo()
    assert store.row(3).text == original
    store.set_text(2, "x", merge_key="k")
    store.set_text(2, "a woman wearing a red scarf in a park", merge_key="k")  # typed back to the start
    assert len(store.history) == 0


def test_subscribers_hear_every_change(store: CaptionStore) -> None:
    heard: list[Change] = []
    unsubscribe = store.subscribe(heard.append)
    store.set_text(1, "x")
    store.undo()
    store.redo()
    store.save_dirty()
    assert [(c.reason, c.rows) for c in heard] == [("edit", (1,)), ("undo", (1,)), ("redo", (1,)), ("saved", (1,))]
    unsubscribe()
    store.set_text(1, "y")
    assert len(heard) == 4


def test_filter_with_tokens_uses_the_store_counter(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "ds", {"a": "one two three", "b": "one"})
    calls: list[str] = []

    def words(text: str) -> int:
        calls.append(text)
        return len(text.split())

    store = CaptionStore.open(folder, token_counter=words)
    assert store.filter("tokens>2") == [0]
    assert store.filter("tokens<=1") == [1]
    assert len(calls) == 2  # counted once per row, then cached
    store.set_text(1, "one two three four")
    assert store.filter("tokens>2") == [0, 1]
    assert store.token_count(1) == 4
    assert len(calls) == 3


# --- saving -----------------------------------------------------------------------------------


def test_save_keeps_bom_and_crlf(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "ds", {"a": codecs.BOM_UTF8 + b"1girl, phone\r\n"})
    store = CaptionStore.open(folder)
    store.apply(functools.partial(tags.delete_tag, tag="phone"))
    report = store.save_dirty()
    assert report.saved == [0]
    assert (folder / "a.txt").read_bytes() == codecs.BOM_UTF8 + b"1girl\r\n"
    assert not store.dirty_rows()


def test_row_without_caption_file_gets_one_when_edited(store: CaptionStore, tmp_path: Path) -> None:
    store.set_text(4, "new caption")
    store.save_dirty()
    assert (tmp_path / "ds" / "0005.txt").read_bytes() == b"new caption"


def test_undo_back_to_saved_text_is_clean(store: CaptionStore) -> None:
    store.set_text(0, "changed")
    assert store.dirty_rows() == [0]
    store.undo()
    assert store.dirty_rows() == []


def test_autosave_policy_with_idle_and_max_delay(store: CaptionStore, clock: FakeClock) -> None:
    assert store.next_save_in() is None
    assert store.autosave() is None
    store.set_text(0, "a")
    assert store.next_save_in() == pytest.approx(0.3)
    clock.now += 0.2
    assert store.autosave() is None
    store.set_text(0, "ab")  # still typing: the idle timer restarts...
    assert store.next_save_in() == pytest.approx(0.3)
    for _ in range(4):
        clock.now += 0.2
        store.set_text(0, store.row(0).text + "c")
    # ...but never past 1 s after the first unsaved edit
    assert store.next_save_in() == pytest.approx(0.0)
    report = store.autosave()
    assert report is not None and report.saved == [0]
    assert on_disk(store, 0) == "abcccc"
    assert store.next_save_in() is None


def test_save_during_a_background_write_is_not_a_conflict(store: CaptionStore) -> None:
    store.set_text(0, "first")
    batch = store.prepare_save()
    assert store.pending_saves() == []  # in flight
    store.set_text(0, "second")  # edited while the batch writes on another thread
    batch.write()
    report = store.finish_save(batch)
    assert report.saved == [0]
    assert on_disk(store, 0) == "first"
    assert store.pending_saves() == [0]
    assert store.save_dirty().saved == [0]
    assert on_disk(store, 0) == "second"


def test_interrupted_save_leaves_the_old_file(store: CaptionStore, monkeypatch: pytest.MonkeyPatch) -> None:
    original = on_disk(store, 0)
    store.set_text(0, "new")

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(caption_io, "atomic_write_bytes", disk_full)
    report = store.save_dirty()
    assert list(report.failed) == [0] and "0001.txt" in report.failed[0]
    assert on_disk(store, 0) == original
    # autosave does not retry a failed row every second; an explicit save does
    assert store.pending_saves() == []
    monkeypatch.undo()
    assert store.save_dirty(retry_failed=True).saved == [0]
    assert on_disk(store, 0) == "new"


# --- changes on disk ----------------------------------------------------------------------------


def test_external_change_is_a_conflict_never_overwritten(store: CaptionStore) -> None:
    path = store.row(0).path
    store.set_text(0, "mine")
    path.write_text("theirs, edited in another program", encoding="utf-8")
    report = store.save_dirty()
    assert report.conflicts == [0]
    assert path.read_text(encoding="utf-8") == "theirs, edited in another program"
    assert store.row(0).conflict
    assert store.pending_saves() == []
    assert store.save_dirty().saved == []  # still not overwritten


def test_conflict_resolved_by_reload(store: CaptionStore) -> None:
    path = store.row(0).path
    store.set_text(0, "mine")
    path.write_text("theirs", encoding="utf-8")
    store.save_dirty()
    change = store.reload([0])
    assert change.rows == (0,)
    assert store.row(0).text == "theirs" and not store.row(0).conflict and not store.row(0).dirty
    assert store.tag_counts()["theirs"] == 1
    store.undo()  # undoing the reload brings the editor's text back, to be saved over theirs
    assert store.row(0).text == "mine"
    assert store.save_dirty().saved == [0]
    assert path.read_text(encoding="utf-8") == "mine"


def test_a_caption_that_becomes_unreadable_is_a_row_error_on_reload_and_on_opening(store: CaptionStore,
                                                                                    tmp_path: Path) -> None:
    path = store.row(2).path
    path.unlink()
    path.mkdir()  # a folder of the caption's name reads like a file one may not read
    store.reload([2])
    expected = f"{path}: cannot read this caption file ("
    assert store.row(2).error.startswith(expected) and store.row(2).error.template.startswith("{path}: cannot read")
    assert store.row(2).text == "a woman wearing a red scarf in a park"  # the editor's text is kept
    reopened = CaptionStore.open(tmp_path / "ds")
    assert reopened.row(2).error.startswith(expected)


def test_conflict_resolved_by_keeping_mine(store: CaptionStore) -> None:
    path = store.row(0).path
    store.set_text(0, "mine")
    path.write_text("theirs", encoding="utf-8")
    store.save_dirty()
    assert store.keep_mine([0]).saved == [0]
    assert path.read_text(encoding="utf-8") == "mine"
    assert not store.row(0).conflict and not store.row(0).dirty


def test_scan_disk_finds_changed_new_and_deleted_files(store: CaptionStore, tmp_path: Path) -> None:
    assert store.scan_disk() == []
    store.set_text(1, "unsaved edit")
    store.row(0).path.write_text("changed outside", encoding="utf-8")
    store.row(1).path.write_text("also changed outside", encoding="utf-8")
    store.row(3).path.unlink()
    (tmp_path / "ds" / "0005.txt").write_text("written by the auto-captioner", encoding="utf-8")
    heard: list[Change] = []
    store.subscribe(heard.append)
    assert store.scan_disk() == [0, 1, 3, 4]
    assert [r.conflict for r in store.rows] == [False, True, False, False, False]
    assert heard == [Change("conflict", (1,))]
    store.reload([0, 3, 4])
    assert store.row(0).text == "changed outside"
    assert store.row(3).text == "" and store.row(3).snapshot is None
    assert store.row(4).text == "written by the auto-captioner"
    assert store.scan_disk() == [1]


def test_change_extension_renames_sidecars(store: CaptionStore, tmp_path: Path) -> None:
    folder = tmp_path / "ds"
    (folder / "0002.caption").write_text("already there")
    store.set_text(0, "dirty edit")
    problems = store.change_extension(".caption")
    assert problems == [f"{folder / '0002.caption'}: already exists; 0002.txt was not renamed."]
    assert (folder / "0001.caption").is_file() and not (folder / "0001.txt").exists()
    assert store.row(4).path == folder / "0005.caption"
    assert store.save_dirty().saved == [0]
    assert (folder / "0001.caption").read_text() == "dirty edit"


# --- history limits -------------------------------------------------------------------------------


def test_history_drops_oldest_steps_past_its_limits(store: CaptionStore) -> None:
    store.history.max_steps = 3
    for n in range(5):
        store.set_text(0, f"v{n}")
    assert len(store.history) == 3
    while store.undo():
        pass
    assert store.row(0).text == "v1"


def test_history_drops_oldest_past_its_memory_cap(store: CaptionStore) -> None:
    store.history.max_bytes = 1  # always over: only the newest step is kept
    store.set_text(0, "a")
    store.set_text(0, "b")
    assert len(store.history) == 1
    store.undo()
    assert store.row(0).text == "a"


def test_loss_masks_are_not_caption_rows(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "ds", {"a": "a photo", "a_mask": None, "b_mask": None})
    store = CaptionStore.open(folder)
    assert [row.image.name for row in store.rows] == ["a.png", "b_mask.png"]  # b_mask has no b.*: a picture
