"""Comma-separated tags and the bulk edits users make to them, as pure functions over caption text.

A caption is either booru-style tags (``1girl, red scarf, earrings``) or a sentence; both are the
same thing here: comma-separated segments, so a sentence without commas is one segment and keeps
its words and spaces. Every operation takes a caption and returns a caption, and returns the input
string itself when it changes nothing: a bulk edit over 10,000 files then rewrites (and records in
the undo history) only the captions it really changed, and keeps each untouched file's own spacing.

Operations match tags exactly (after whitespace normalization); the filter language
(:mod:`dataprep.caption_filter`) is the forgiving one, matching case- and underscore-insensitively
via :func:`tag_key`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Literal

SEPARATOR = ", "

Position = int | Literal["front", "back"]


def normalize_tag(tag: str) -> str:
    """Trim and collapse runs of whitespace (including newlines) to one space."""
    return " ".join(tag.split())


def split_tags(caption: str) -> list[str]:
    """The caption's comma-separated tags (or sentences), normalized, empty segments dropped."""
    if "  " in caption or not caption.isprintable():  # tabs, newlines, odd spaces: the slow path
        parts = [" ".join(part.split()) for part in caption.split(",")]
    else:
        parts = [part.strip() for part in caption.split(",")]
    return [part for part in parts if part]


def join_tags(tags: Iterable[str], separator: str = SEPARATOR) -> str:
    return separator.join(tags)


def normalize_caption(caption: str) -> str:
    """One canonical spelling: normalized tags joined by ``", "``."""
    result = join_tags(split_tags(caption))
    return caption if result == caption else result


@lru_cache(maxsize=1 << 16)
def tag_key(tag: str) -> str:
    """The form tags are compared in by filters and counted in for autocomplete:
    lower case, underscores as spaces (WD taggers write ``long_hair``, people type ``long hair``)."""
    return " ".join(tag.replace("_", " ").lower().split())


def _rewrite(caption: str, before: list[str], after: list[str]) -> str:
    """*caption* itself if its tags *before* the operation are the tags *after* it, else the new
    tags joined."""
    return caption if after == before else join_tags(after)


def _surely_absent(caption: str, tags: Iterable[str]) -> bool:
    """True when none of the (normalized) *tags* can be in *caption*: a quick substring test that
    lets bulk operations skip splitting the captions they would leave alone. A caption with odd
    whitespace may hold a tag in another spelling, so it is never "surely" anything."""
    if "  " in caption or not caption.isprintable():
        return False
    return not any(tag in caption for tag in tags)


def _dedupe(tags: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(tags))


def _index(tags: list[str], position: Position) -> int:
    if position == "front":
        return 0
    if position == "back":
        return len(tags)
    if position < 0:
        return max(0, len(tags) + 1 + position)
    return min(position, len(tags))


# --- single-caption operations -------------------------------------------------------------


def replace_tag(caption: str, old: str, new: str) -> str:
    """Rename *old* to *new* where it occurs, in place.

    *new* may hold several comma-separated tags (split one tag into two) or none (delete). If
    *new* is already in the caption, the two merge: the caption keeps one, at the earlier place.
    """
    old = normalize_tag(old)
    if _surely_absent(caption, (old,)):
        return caption
    tags = split_tags(caption)
    if old not in tags:
        return caption
    replacement = split_tags(new)
    out: list[str] = []
    for tag in tags:
        out.extend(replacement if tag == old else (tag,))
    placed: set[str] = set()
    result = []
    for tag in out:
        if tag in replacement:
            if tag in placed:
                continue
            placed.add(tag)
        result.append(tag)
    return _rewrite(caption, tags, result)


def delete_tags(caption: str, tags: Iterable[str]) -> str:
    """Remove every occurrence of each of *tags*."""
    drop = {normalize_tag(t) for t in tags}
    if _surely_absent(caption, drop):
        return caption
    before = split_tags(caption)
    return _rewrite(caption, before, [t for t in before if t not in drop])


def delete_tag(caption: str, tag: str) -> str:
    return delete_tags(caption, (tag,))


def merge_tags(caption: str, sources: Iterable[str], target: str) -> str:
    """Replace any of *sources* (and *target* itself) by one *target*, at the first one's place."""
    target = normalize_tag(target)
    if not target:
        raise ValueError("merge target is empty: type the tag the others should become")
    group = {normalize_tag(s) for s in sources} | {target}
    if _surely_absent(caption, group):
        return caption
    tags = split_tags(caption)
    if not group.intersection(tags):
        return caption
    result: list[str] = []
    placed = False
    for tag in tags:
        if tag in group:
            if placed:
                continue
            placed = True
            tag = target
        result.append(tag)
    return _rewrite(caption, tags, result)


def add_tag(caption: str, tag: str, position: Position = "back") -> str:
    """Insert *tag* (one or several, comma-separated) at *position* unless the caption has it.

    *position* is "front", "back" or the index the tag gets in the result; negative indices count
    from the back of the result (-1: last, -2: before the last tag).
    """
    tags = split_tags(caption)
    new = [t for t in _dedupe(split_tags(tag)) if t not in tags]
    if not new:
        return caption
    i = _index(tags, position)
    return _rewrite(caption, tags, tags[:i] + new + tags[i:])


def move_tag(caption: str, tag: str, position: Position) -> str:
    """Move *tag* to *position* (see :func:`add_tag`); a caption without it is left alone."""
    tag = normalize_tag(tag)
    if _surely_absent(caption, (tag,)):
        return caption
    tags = split_tags(caption)
    if tag not in tags:
        return caption
    rest = [t for t in tags if t != tag]
    i = _index(rest, position)
    return _rewrite(caption, tags, rest[:i] + [tag] * (len(tags) - len(rest)) + rest[i:])


def sort_tags(
    caption: str,
    by: Literal["alpha", "count"] = "alpha",
    counts: Mapping[str, int] | None = None,
    keep_first: int = 0,
) -> str:
    """Sort tags alphabetically (case-insensitive) or by dataset count (most common first).

    The first *keep_first* tags stay where they are: the trigger word and class that the trainer's
    keep_tokens holds in front.
    """
    tags = split_tags(caption)
    head, tail = tags[:keep_first], tags[keep_first:]
    if by == "alpha":
        tail.sort(key=lambda t: (t.casefold(), t))
    elif by == "count":
        if counts is None:
            raise ValueError("sorting by count needs the dataset's tag counts")
        tail.sort(key=lambda t: (-counts.get(t, 0), t.casefold(), t))
    else:
        raise ValueError(f"unknown sort order {by!r}: use 'alpha' or 'count'")
    return _rewrite(caption, tags, head + tail)


def remove_duplicates(caption: str) -> str:
    """Keep the first occurrence of each tag."""
    tags = split_tags(caption)
    return _rewrite(caption, tags, _dedupe(tags))


def compile_find(pattern: str, *, regex: bool = True, ignore_case: bool = False) -> re.Pattern[str]:
    """Compile a find pattern once for a bulk replace; a bad regex raises ValueError saying where."""
    flags = re.IGNORECASE if ignore_case else 0
    if not regex:
        return re.compile(re.escape(pattern), flags)
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        where = f" at position {exc.pos + 1}" if exc.pos is not None else ""
        raise ValueError(f"invalid regular expression {pattern!r}: {exc.msg}{where}") from None


def regex_replace(caption: str, pattern: re.Pattern[str], replacement: str) -> str:
    """Find/replace over the raw text (not tag by tag), with ``\\1`` group references."""
    try:
        result = pattern.sub(replacement, caption)
    except re.error as exc:
        raise ValueError(f"invalid replacement {replacement!r}: {exc.msg}") from None
    return caption if result == caption else result


def prepend_text(caption: str, text: str, separator: str = SEPARATOR) -> str:
    """Put *text* (a trigger word, say) in front, unless the caption already starts with it.

    Idempotent, so running it twice over a dataset does not double the trigger word.
    """
    head = split_tags(text)
    if not head or split_tags(caption)[: len(head)] == head:
        return caption
    text = join_tags(head)
    return text + separator + caption if caption.strip() else text


def append_text(caption: str, text: str, separator: str = SEPARATOR) -> str:
    """Put *text* at the end, unless the caption already ends with it."""
    tail = split_tags(text)
    tags = split_tags(caption)
    if not tail or (len(tags) >= len(tail) and tags[len(tags) - len(tail) :] == tail):
        return caption
    text = join_tags(tail)
    body = caption.rstrip()
    return body + separator + text if body else text


# --- dataset-wide views --------------------------------------------------------------------


def tag_counts(tag_lists: Iterable[Sequence[str]]) -> Counter[str]:
    """How many captions hold each tag (a tag twice in one caption counts once)."""
    counts: Counter[str] = Counter()
    for tags in tag_lists:
        counts.update(set(tags))
    return counts


def rank_completions(
    prefix: str,
    counts: Mapping[str, int],
    vocabulary: Iterable[str] = (),
    limit: int = 20,
) -> list[str]:
    """Autocomplete candidates for *prefix*: the dataset's own tags by count, then *vocabulary*
    (the tagger's tag list, in its own order of popularity).

    Tags starting with the prefix come before tags with a later word starting with it ("scarf"
    finds "scarf" before "red scarf"); matching ignores case and underscores.
    """
    key = tag_key(prefix)
    if not key:
        return []

    def rank(tag: str) -> int | None:
        k = tag_key(tag)
        if k.startswith(key):
            return 0
        if f" {key}" in k:
            return 1
        return None

    scored: dict[str, tuple[int, int, int]] = {}
    for tag, n in counts.items():
        r = rank(tag)
        if r is not None:
            scored[tag] = (r, 0, -n)
    seen = {tag_key(t) for t in scored}
    for order, tag in enumerate(vocabulary):
        k = tag_key(tag)
        r = None if k in seen else rank(tag)
        if r is not None:
            seen.add(k)
            scored[tag] = (r, 1, order)
    return sorted(scored, key=lambda t: (*scored[t], t))[:limit]
