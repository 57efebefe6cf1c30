"""Undo/redo for caption edits as compact diffs, bounded by steps and by memory.

A step records, for each row it changed, only the span that changed: the lengths of the common
prefix and suffix of the old and new text and the two middles. Renaming a tag in 5,000 captions
stores 5,000 × (three ints + two references to the same two short strings), about 140 kB, instead
of 10,000 caption copies. Steps whose middles are large (sorting every caption rewrites most of
it) keep them zlib-compressed. The oldest steps are dropped first when either limit is reached.

Splices are relative, so they are only valid while every change to a row goes through the
history: the caption store keeps that invariant.
"""

from __future__ import annotations

import sys
import zlib
from array import array
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

DEFAULT_MAX_STEPS = 1000
DEFAULT_MAX_BYTES = 256 * 2**20
_PACK_ABOVE_CHARS = 64 * 1024


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    if a[:n] == b[:n]:
        return n
    lo, hi = 0, n  # a[:lo] == b[:lo] and a[:hi] != b[:hi]
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    """Length of the common suffix of *a* and *b*, at most *limit* characters."""
    la, lb = len(a), len(b)
    if a[la - limit :] == b[lb - limit :]:
        return limit
    lo, hi = 0, limit
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if a[la - mid :] == b[lb - mid :]:
            lo = mid
        else:
            hi = mid
    return lo


@dataclass(frozen=True)
class _Packed:
    """Many strings as one compressed UTF-8 blob plus their lengths."""

    blob: bytes
    lengths: array

    def unpack(self) -> list[str]:
        text = zlib.decompress(self.blob).decode("utf-8")
        out, pos = [], 0
        for n in self.lengths:
            out.append(text[pos : pos + n])
            pos += n
        return out


_Strings = tuple[str, ...] | _Packed


def _store(strings: list[str]) -> tuple[_Strings, int]:
    """The strings in their cheapest form, and its approximate size in bytes."""
    unique: dict[str, str] = {}
    shared = tuple(unique.setdefault(s, s) for s in strings)
    chars = sum(len(s) for s in unique)
    if chars <= _PACK_ABOVE_CHARS:
        return shared, sys.getsizeof(shared) + sum(sys.getsizeof(s) for s in unique)
    packed = _Packed(zlib.compress("".join(strings).encode("utf-8"), 1), array("I", map(len, strings)))
    return packed, len(packed.blob) + packed.lengths.itemsize * len(strings) + 100


def _load(strings: _Strings) -> Sequence[str]:
    return strings.unpack() if isinstance(strings, _Packed) else strings


class Step:
    """One undoable change to some rows."""

    __slots__ = ("_after", "_before", "_prefix", "_suffix", "label", "merge_key", "nbytes", "rows")

    def __init__(
        self,
        label: str,
        rows: Sequence[int],
        befores: Sequence[str],
        afters: Sequence[str],
        merge_key: Hashable | None = None,
    ) -> None:
        self.label = label
        self.merge_key = merge_key
        self.rows = array("I", rows)
        self._prefix = array("I")
        self._suffix = array("I")
        before_mids, after_mids = [], []
        for old, new in zip(befores, afters, strict=True):
            p = _common_prefix(old, new)
            s = _common_suffix(old, new, min(len(old), len(new)) - p)
            self._prefix.append(p)
            self._suffix.append(s)
            before_mids.append(old[p : len(old) - s])
            after_mids.append(new[p : len(new) - s])
        self._before, before_bytes = _store(before_mids)
        self._after, after_bytes = _store(after_mids)
        self.nbytes = 3 * self.rows.itemsize * len(self.rows) + before_bytes + after_bytes + 200

    def _splice(self, current: Sequence[str], mids: _Strings) -> list[str]:
        return [
            text[:p] + mid + text[len(text) - s :]
            for text, p, s, mid in zip(current, self._prefix, self._suffix, _load(mids), strict=True)
        ]

    def undo_texts(self, current: Sequence[str]) -> list[str]:
        """The rows' texts before the step, given their texts after it (in ``rows`` order)."""
        return self._splice(current, self._before)

    def redo_texts(self, current: Sequence[str]) -> list[str]:
        """The rows' texts after the step, given their texts before it."""
        return self._splice(current, self._after)


class History:
    """Undo and redo stacks with limits on step count and on memory (oldest dropped first).

    ``nbytes`` approximates the memory both stacks hold.
    """

    def __init__(self, max_steps: int = DEFAULT_MAX_STEPS, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_steps = max_steps
        self.max_bytes = max_bytes
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self.nbytes = 0

    def __len__(self) -> int:
        return len(self._undo)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def record(
        self,
        label: str,
        rows: Sequence[int],
        befores: Sequence[str],
        afters: Sequence[str],
        merge_key: Hashable | None = None,
    ) -> None:
        """Push a step (clears redo). A step with the same *merge_key* and rows as the last one
        merges into it, so typing in one caption is one undo step, not one per key."""
        self.nbytes -= sum(step.nbytes for step in self._redo)
        self._redo.clear()
        top = self._undo[-1] if self._undo else None
        if merge_key is not None and top is not None and top.merge_key == merge_key and top.rows.tolist() == list(rows):
            befores = top.undo_texts(befores)
            self._undo.pop()
            self.nbytes -= top.nbytes
            if list(befores) == list(afters):
                return
        step = Step(label, rows, befores, afters, merge_key)
        self._undo.append(step)
        self.nbytes += step.nbytes
        drop = 0
        while len(self._undo) - drop > 1 and (len(self._undo) - drop > self.max_steps or self.nbytes > self.max_bytes):
            self.nbytes -= self._undo[drop].nbytes
            drop += 1
        del self._undo[:drop]

    def take_undo(self) -> Step | None:
        """The step to revert (moved onto the redo stack)."""
        if not self._undo:
            return None
        step = self._undo.pop()
        self._redo.append(step)
        return step

    def take_redo(self) -> Step | None:
        """The step to re-apply (moved back onto the undo stack)."""
        if not self._redo:
            return None
        step = self._redo.pop()
        self._undo.append(step)
        return step

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self.nbytes = 0
