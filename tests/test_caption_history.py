"""Undo history: compact splices that restore texts exactly, compression of big steps, limits."""

from __future__ import annotations

import random

from dataprep.caption_history import DEFAULT_MAX_BYTES, History, Step, _Packed
from dataprep.tags import replace_tag


def random_text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ab, 耳環\n") for _ in range(n))


def test_splices_restore_any_pair_of_texts() -> None:
    rng = random.Random(0)
    befores = [random_text(rng, rng.randrange(0, 30)) for _ in range(500)]
    afters = [random_text(rng, rng.randrange(0, 30)) if i % 3 else b + "x" for i, b in enumerate(befores)]
    afters[0] = befores[0]  # identical texts: empty splice
    step = Step("random", range(500), befores, afters)
    assert step.redo_texts(befores) == afters
    assert step.undo_texts(afters) == befores


def test_overlapping_prefix_and_suffix_are_not_double_counted() -> None:
    step = Step("x", [0, 1, 2], ["aaa", "abab", "a, a"], ["aaaa", "ab", "a"])
    assert step.redo_texts(["aaa", "abab", "a, a"]) == ["aaaa", "ab", "a"]
    assert step.undo_texts(["aaaa", "ab", "a"]) == ["aaa", "abab", "a, a"]


def caption(i: int) -> str:
    extra = ", holding phone" if i % 2 else ""
    return f"1girl, solo, long hair, looking at viewer, smile, red scarf, earrings{extra}, outdoors, tag{i}"


def test_a_5000_row_rename_is_small_enough_for_200_steps_on_10k_images() -> None:
    befores = [caption(i) for i in range(10_000)]
    rows = [i for i, text in enumerate(befores) if "holding phone" in text]
    assert len(rows) == 5000
    old = [befores[i] for i in rows]
    new = [replace_tag(t, "holding phone", "holding cup") for t in old]
    step = Step("Rename tag", rows, old, new)
    assert not isinstance(step._before, _Packed)  # short middles stay as shared strings
    full_copies = sum(len(t) for t in old + new)  # what storing whole texts would cost, at least
    assert step.nbytes < full_copies / 5
    assert 200 * step.nbytes < DEFAULT_MAX_BYTES


def test_big_rewrites_are_compressed_and_still_exact() -> None:
    befores = [caption(i) for i in range(3000)]
    afters = [", ".join(reversed(t.split(", "))) for t in befores]  # whole captions change
    step = Step("Sort tags", range(3000), befores, afters)
    assert isinstance(step._after, _Packed)
    assert step.nbytes < sum(len(t) for t in befores + afters) / 2
    assert step.undo_texts(afters) == befores
    assert step.redo_texts(befores) == afters


def test_history_limits_and_redo() -> None:
    history = History(max_steps=2)
    for n in range(3):
        history.record(f"s{n}", [0], [str(n)], [str(n + 1)])
    assert len(history) == 2
    assert history.undo_label == "s2"
    step = history.take_undo()
    assert step is not None and step.undo_texts(["3"]) == ["2"]
    assert history.redo_label == "s2" and history.undo_label == "s1"
    assert history.take_redo() is step
    assert not history.can_redo
    bytes_before = history.nbytes
    history.take_undo()
    history.record("new", [1], ["a"], ["b"])  # drops the redo stack and its memory
    assert not history.can_redo
    assert history.nbytes < bytes_before + Step("new", [1], ["a"], ["b"]).nbytes
    history.clear()
    assert history.nbytes == 0 and not history.can_undo
