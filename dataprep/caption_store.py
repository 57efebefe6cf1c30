"""A folder of images and their sidecar captions, as the caption editor edits it (no Qt).

Rows are indexed like a list model: ``store.row(i)`` is the i-th image in path order. Every text
change goes through one place, which records an undo step (:mod:`dataprep.caption_history`),
keeps the tag counts current, marks the row dirty and tells subscribers which rows changed, so a
Qt model on top only forwards :class:`Change` to ``dataChanged``.

Saving is driven from outside: the GUI's timer asks :meth:`CaptionStore.next_save_in` and calls
:meth:`CaptionStore.autosave`; the policy (:class:`AutosavePolicy`) writes once edits pause for
0.3 s and at the latest 1 s after the first unsaved edit, so a crash or a kill loses at most
about a second of typing. Big saves can run off the GUI thread: :meth:`prepare_save` (GUI thread)
→ ``SaveBatch.write`` (any thread, touches only files) → :meth:`finish_save` (GUI thread).
Before each write the file is compared with the snapshot taken when it was read; a file changed
on disk is reported as a conflict, never overwritten.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from dataprep import caption_io
from dataprep.caption_filter import Node, compile_query, parse, uses_field
from dataprep.caption_history import History
from dataprep.caption_io import (
    CAPTION_EXTENSIONS,
    CaptionConflictError,
    CaptionEncodingError,
    FileSnapshot,
    caption_path_for,
    changed_on_disk,
    read_caption,
    unreadable_caption,
)
from dataprep.caption_rows import CaptionRow, read_rows
from dataprep.caption_save import AutosavePolicy, PlannedWrite, SaveBatch, SaveReport
from dataprep.caption_tokens import TokenCounter, clip_token_counter
from dataprep.masks import list_training_images
from dataprep.phrases import exception_text

__all__ = ["AutosavePolicy", "CaptionRow", "CaptionStore", "Change", "SaveBatch", "SaveReport"]


@dataclass(frozen=True)
class Change:
    """What subscribers hear: *reason* is edit, undo, redo, reload, saved, conflict or save_failed."""

    reason: str
    rows: tuple[int, ...]
    label: str = ""


class CaptionStore:
    """The rows of one folder, their undo history and their saving. Use it from one thread."""

    def __init__(
        self,
        rows: list[CaptionRow],
        *,
        history: History | None = None,
        autosave: AutosavePolicy | None = None,
        token_counter: TokenCounter | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._rows = rows
        self.history = history or History()
        self.policy = autosave or AutosavePolicy()
        self._token_counter = token_counter
        self._clock = clock
        self._index = {row.image: i for i, row in enumerate(rows)}
        owners = Counter(row.path for row in rows)
        self._shared = {i for i, row in enumerate(rows) if owners[row.path] > 1}  # stay read-only
        self._counts: Counter[str] = Counter()
        for row in rows:
            self._counts.update(set(row.tags))
        self._dirty: set[int] = set()
        self._in_flight: set[int] = set()
        self._first_unsaved: float | None = None
        self._last_edit: float | None = None
        self._listeners: list[Callable[[Change], None]] = []

    @classmethod
    def open(
        cls,
        folder: Path,
        *,
        recursive: bool = False,
        extensions: tuple[str, ...] = CAPTION_EXTENSIONS,
        default_extension: str = ".txt",
        history: History | None = None,
        autosave: AutosavePolicy | None = None,
        token_counter: TokenCounter | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> CaptionStore:
        """Load every image of *folder* with its caption (files read on a few threads)."""
        rows = read_rows(list_training_images(Path(folder), recursive=recursive), extensions, default_extension)
        return cls(rows, history=history, autosave=autosave, token_counter=token_counter, clock=clock)

    # --- row access ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._rows)

    def row(self, i: int) -> CaptionRow:
        return self._rows[i]

    @property
    def rows(self) -> tuple[CaptionRow, ...]:
        return tuple(self._rows)

    def index_of(self, image: Path) -> int:
        return self._index[Path(image)]

    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        """Call *listener* with every Change; returns the function that unsubscribes it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # --- the one place texts change --------------------------------------------------------------

    def _set_text(self, i: int, text: str) -> None:
        row = self._rows[i]
        old = set(row.tags)
        row._set(text)
        new = set(row.tags)
        counts = self._counts
        for tag in old - new:  # an edit usually changes a tag or two of twenty: count only those
            n = counts[tag] - 1
            if n:
                counts[tag] = n
            else:
                del counts[tag]
        for tag in new - old:
            counts[tag] += 1
        row.save_error = None
        if row.dirty:
            self._dirty.add(i)
        else:
            self._dirty.discard(i)

    def _commit(self, rows: list[int], texts: list[str], reason: str, label: str) -> Change:
        change = Change(reason, tuple(rows), label)
        if not rows:
            return change
        for i, text in zip(rows, texts, strict=True):
            self._set_text(i, text)
        now = self._clock()
        self._last_edit = now
        if self._first_unsaved is None and self.pending_saves():
            self._first_unsaved = now
        self._notify(change)
        return change

    def _editable(self, i: int) -> CaptionRow:
        row = self._rows[i]
        if row.error:
            raise ValueError(row.error)
        return row

    # --- editing -------------------------------------------------------------------------------

    def set_text(
        self, i: int, text: str, label: str = "Edit caption", merge_key: Hashable | None = None
    ) -> Change | None:
        """Replace one caption. Pass the same *merge_key* for consecutive keystrokes in one
        editing session so they undo as one step."""
        row = self._editable(i)
        if text == row.text:
            return None
        self.history.record(label, [i], [row.text], [text], merge_key)
        return self._commit([i], [text], "edit", label)

    def apply(
        self, op: Callable[[str], str], rows: Iterable[int] | None = None, label: str = "Edit captions"
    ) -> Change:
        """Run a caption operation (see :mod:`dataprep.tags`) over all rows or the given ones (a
        selection, a filter result) as one undo step. Rows it leaves unchanged are not touched;
        unreadable rows are skipped. If *op* raises, nothing has changed."""
        indices = range(len(self._rows)) if rows is None else sorted(set(rows))
        changed: list[int] = []
        befores: list[str] = []
        afters: list[str] = []
        for i in indices:
            row = self._rows[i]
            if row.error:
                continue
            new = op(row.text)
            if new is not row.text and new != row.text:
                changed.append(i)
                befores.append(row.text)
                afters.append(new)
        if changed:
            self.history.record(label, changed, befores, afters)
        return self._commit(changed, afters, "edit", label)

    def undo(self) -> Change | None:
        step = self.history.take_undo()
        if step is None:
            return None
        rows = step.rows.tolist()
        return self._commit(rows, step.undo_texts([self._rows[i].text for i in rows]), "undo", step.label)

    def redo(self) -> Change | None:
        step = self.history.take_redo()
        if step is None:
            return None
        rows = step.rows.tolist()
        return self._commit(rows, step.redo_texts([self._rows[i].text for i in rows]), "redo", step.label)

    # --- queries -------------------------------------------------------------------------------

    def filter(self, query: str | Node, flags: Mapping[Path, Collection[str]] | None = None) -> list[int]:
        """Indices of the rows matching a filter-language query (see :mod:`dataprep.caption_filter`)."""
        node = parse(query) if isinstance(query, str) else query
        if uses_field(node, "tokens"):
            self._count_tokens()
        predicate = compile_query(node, flags=flags, token_count=lambda row: row.tokens)
        return [i for i, row in enumerate(self._rows) if predicate(row)]

    def _count_tokens(self) -> None:
        counter = self._token_counter = self._token_counter or clip_token_counter()
        for row in self._rows:
            if row.tokens is None:
                row.tokens = counter(row.text)

    def token_count(self, i: int) -> int:
        """The caption's CLIP token count (cached until the text changes)."""
        row = self._rows[i]
        if row.tokens is None:
            self._token_counter = self._token_counter or clip_token_counter()
            row.tokens = self._token_counter(row.text)
        return row.tokens

    def tag_counts(self, rows: Iterable[int] | None = None) -> Counter[str]:
        """How many captions hold each tag, over all rows (kept current) or the given ones."""
        if rows is None:
            return Counter(self._counts)
        counts: Counter[str] = Counter()
        for i in rows:
            counts.update(set(self._rows[i].tags))
        return counts

    # --- saving --------------------------------------------------------------------------------

    def dirty_rows(self) -> list[int]:
        return sorted(self._dirty)

    def pending_saves(self) -> list[int]:
        """Dirty rows autosave will write: not in conflict, not failed, not being written."""
        rows = self._rows
        return sorted(
            i
            for i in self._dirty
            if not rows[i].conflict and rows[i].save_error is None and not rows[i].error and i not in self._in_flight
        )

    def next_save_in(self, now: float | None = None) -> float | None:
        """Seconds until autosave is due (0: now), or None when nothing waits; for a GUI timer."""
        if self._first_unsaved is None or self._last_edit is None:
            return None
        now = self._clock() if now is None else now
        due = min(self._last_edit + self.policy.idle_s, self._first_unsaved + self.policy.max_delay_s)
        return max(0.0, due - now)

    def autosave(self, now: float | None = None) -> SaveReport | None:
        """Save the pending rows if the policy says it is time; None if it is not."""
        if self.next_save_in(now) != 0.0:
            return None
        return self.save_dirty()

    def save_dirty(self, rows: Iterable[int] | None = None, retry_failed: bool = False) -> SaveReport:
        """Write the pending rows (or the given dirty ones) now, on this thread."""
        batch = self.prepare_save(rows, retry_failed)
        batch.write()
        return self.finish_save(batch)

    def prepare_save(self, rows: Iterable[int] | None = None, retry_failed: bool = False) -> SaveBatch:
        """The writes for the pending rows; they count as in flight until :meth:`finish_save`.

        *retry_failed* also takes rows whose last write failed (an explicit Save does; autosave
        does not, so a read-only file is not retried and reported every second).
        """
        if rows is None:
            rows = self.pending_saves()
            if retry_failed:
                rows = sorted(
                    {*rows, *(i for i in self._dirty if self._rows[i].save_error and not self._rows[i].conflict)}
                )
        writes = []
        for i in rows:
            row = self._rows[i]
            if i in self._dirty and i not in self._in_flight and not row.conflict and not row.error:
                writes.append(PlannedWrite(i, row.path, row.text, row.format, row.snapshot))
        self._in_flight.update(w.row for w in writes)
        return SaveBatch(writes)

    def finish_save(self, batch: SaveBatch) -> SaveReport:
        report = SaveReport()
        for w, outcome in zip(batch.writes, batch.outcomes, strict=True):
            self._in_flight.discard(w.row)
            row = self._rows[w.row]
            if isinstance(outcome, FileSnapshot):
                row.snapshot = outcome
                row.saved_text = w.text
                if not row.dirty:
                    self._dirty.discard(w.row)
                report.saved.append(w.row)
            elif isinstance(outcome, CaptionConflictError):
                row.conflict = True
                report.conflicts.append(w.row)
            else:
                row.save_error = f"{w.path}: could not be saved ({outcome}). Check that the folder is writable."
                report.failed[w.row] = row.save_error
        if not self.pending_saves():
            self._first_unsaved = None
        for reason, rows in (("saved", report.saved), ("conflict", report.conflicts), ("save_failed", report.failed)):
            if rows:
                self._notify(Change(reason, tuple(rows)))
        return report

    # --- changes on disk -----------------------------------------------------------------------

    def scan_disk(self, rows: Iterable[int] | None = None) -> list[int]:
        """Rows whose caption file changed on disk since it was read or written (one stat each
        when nothing changed). Those with unsaved edits become conflicts; the GUI offers reload
        for the rest, or reloads them outright since no edit of the user's is at stake."""
        changed = []
        new_conflicts = []
        for i in range(len(self._rows)) if rows is None else rows:
            row = self._rows[i]
            if i in self._in_flight or not changed_on_disk(row.path, row.snapshot):
                continue
            changed.append(i)
            if row.dirty and not row.conflict:
                row.conflict = True
                new_conflicts.append(i)
        if new_conflicts:
            self._notify(Change("conflict", tuple(new_conflicts)))
        return changed

    def reload(self, rows: Iterable[int]) -> Change:
        """Take the disk's version of these captions (theirs wins a conflict). Undoable: undo
        brings back the editor's text, which then saves over the file."""
        changed: list[int] = []
        texts: list[str] = []
        fresh: list[int] = []
        for i in sorted(set(rows)):
            if i in self._in_flight or i in self._shared:
                continue
            row = self._rows[i]
            try:
                cap = read_caption(row.path)
            except FileNotFoundError:
                text, fmt, snap = "", row.format, None
            except CaptionEncodingError as exc:
                row.error = exception_text(exc)
                row.snapshot = FileSnapshot.take(row.path)
                continue
            except OSError as exc:  # a folder of that name, a file that may not be read: nothing to snapshot
                row.error = unreadable_caption(row.path, exc)
                continue
            else:
                text, fmt, snap = cap.text, cap.format, cap.snapshot
            row.format, row.snapshot, row.saved_text = fmt, snap, text
            row.conflict, row.error = False, None
            if not row.loaded:  # first successful read: nothing in the history refers to it
                row.loaded = True
                fresh.append(i)
            elif text != row.text:
                changed.append(i)
                texts.append(text)
            else:
                self._dirty.discard(i)
        if changed:
            self.history.record("Reload from disk", changed, [self._rows[i].text for i in changed], texts)
        return self._commit(
            changed + fresh, texts + [self._rows[i].saved_text for i in fresh], "reload", "Reload from disk"
        )

    def keep_mine(self, rows: Iterable[int]) -> SaveReport:
        """Resolve conflicts in favour of the editor's text: overwrite the files."""
        batch = SaveBatch(
            [
                PlannedWrite(i, self._rows[i].path, self._rows[i].text, self._rows[i].format, caption_io.UNCHECKED)
                for i in sorted(set(rows))
                if i not in self._in_flight
            ]
        )
        for w in batch.writes:
            self._rows[w.row].conflict = False
        self._in_flight.update(w.row for w in batch.writes)
        batch.write()
        return self.finish_save(batch)

    def convert_encoding(self, i: int, encoding: str | None = None) -> Path:
        """Convert row *i*'s non-UTF-8 caption file to UTF-8 (backup kept) and load it; returns the
        backup's path."""
        backup = caption_io.convert_to_utf8(self._rows[i].path, encoding)
        self.reload([i])
        return backup

    def change_extension(self, extension: str, rows: Iterable[int] | None = None) -> list[str]:
        """Rename caption files to *extension* (``.txt`` ↔ ``.caption``); returns the problems
        (an existing file of the new name is never replaced)."""
        problems = []
        for i in range(len(self._rows)) if rows is None else rows:
            row = self._rows[i]
            target = caption_path_for(row.image, extension)
            if target == row.path:
                continue
            if row.error:
                problems.append(f"{row.path}: not renamed ({row.error})")
                continue
            if i in self._in_flight:
                problems.append(f"{row.path}: being saved; try again.")
                continue
            if row.snapshot is not None or row.path.exists():
                if target.exists():
                    problems.append(f"{target}: already exists; {row.path.name} was not renamed.")
                    continue
                try:
                    os.rename(row.path, target)
                except OSError as exc:
                    problems.append(f"{row.path}: could not be renamed ({exc.strerror or exc}).")
                    continue
            row.path = target
        return problems
