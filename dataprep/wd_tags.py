"""Which of a WD tagger's scores become tags, and how they are written.

Tag selection follows the wd-tagger space: a tag is kept when its score is above the threshold
(general 0.35, character 0.85), or above the MCut threshold (Largeron et al., 2012; for characters
never below 0.15); tags are ordered by score; underscores become spaces except in kaomoji; the rating
is the arg-max of the rating rows. The options of sd-scripts' tagger (rating first/last, character
tags first, undesired tags, always-first tags, replacements) are applied on top.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from dataprep.model_registry import damaged_file_error
from dataprep.phrases import Phrase
from dataprep.tags import tag_key

# Tags that keep their underscores (they are faces, not words); the list the wd-tagger space uses.
KAOMOJIS = frozenset(
    ("0_0", "(o)_(o)", "+_+", "+_-", "._.", "<o>_<o>", "<|>_<|>", "=_=", ">_<", "3_3", "6_9", ">_o", "@_@",
     "^_^", "o_o", "u_u", "x_x", "|_|", "||_||")
)  # fmt: skip

RATING, GENERAL, CHARACTER = 9, 0, 4
CHARACTER_MCUT_FLOOR = 0.15
RATING_PLACES = ("none", "first", "last")


def mcut_threshold(probs: np.ndarray) -> float:
    """Maximum Cut: the midpoint of the largest gap between consecutive sorted scores."""
    if len(probs) < 2:
        return float(probs[0]) if len(probs) else 1.0
    ordered = np.sort(np.asarray(probs, dtype=np.float64))[::-1]
    t = int(np.argmax(ordered[:-1] - ordered[1:]))
    return float((ordered[t] + ordered[t + 1]) / 2)


def display_name(raw: str, underscores_to_spaces: bool = True) -> str:
    return raw.replace("_", " ") if underscores_to_spaces and raw not in KAOMOJIS else raw


def tag_match_key(tag: str) -> str:
    """:func:`dataprep.tags.tag_key` (``Long_Hair`` matches ``long hair``), and also: an escaped
    ``\\(`` matches ``(``, and kaomoji keep their underscores (``^_^`` is not ``^ ^``)."""
    tag = tag.strip().replace("\\(", "(").replace("\\)", ")")
    return tag.casefold() if tag in KAOMOJIS else tag_key(tag)


_UNESCAPED_PARENTHESIS = re.compile(r"(?<!\\)([()])")


def escape_parentheses(tag: str) -> str:
    """``star (symbol)`` → ``star \\(symbol\\)``; a parenthesis already escaped (in a replacement the user
    typed so) is left as it is."""
    return _UNESCAPED_PARENTHESIS.sub(r"\\\1", tag)


@dataclass(frozen=True)
class TagOptions:
    """What to keep of a tagger's scores and how to write it; defaults are the wd-tagger space's."""

    general_threshold: float = 0.35
    character_threshold: float = 0.85
    general_mcut: bool = False
    character_mcut: bool = False
    max_tags: int = 0  # general + character tags kept, highest scores first; 0 keeps all
    rating: str = "none"  # "first", "last" or "none"
    character_tags_first: bool = False
    undesired_tags: tuple[str, ...] = ()
    always_first_tags: tuple[str, ...] = ()
    replacements: tuple[tuple[str, str], ...] = ()  # (source, target); an empty target drops the tag
    underscores_to_spaces: bool = True
    escape_parentheses: bool = False

    def __post_init__(self) -> None:
        for name in ("general_threshold", "character_threshold"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {value}")
        if self.rating not in RATING_PLACES:
            raise ValueError(f"rating must be one of {', '.join(RATING_PLACES)}, got {self.rating!r}")
        if self.max_tags < 0:
            raise ValueError(f"max_tags must be 0 (no limit) or more, got {self.max_tags}")


@dataclass(frozen=True)
class ScoredTag:
    name: str
    score: float
    category: int


@dataclass(frozen=True)
class Labels:
    """``selected_tags.csv``: raw tag names and their categories, in model output order."""

    names: tuple[str, ...]
    categories: np.ndarray
    rating: np.ndarray = field(repr=False)
    general: np.ndarray = field(repr=False)
    character: np.ndarray = field(repr=False)

    @classmethod
    def from_names(cls, names: Iterable[str], categories: Iterable[int]) -> Labels:
        cats = np.asarray(list(categories), dtype=np.int64)
        return cls(
            tuple(names),
            cats,
            np.flatnonzero(cats == RATING),
            np.flatnonzero(cats == GENERAL),
            np.flatnonzero(cats == CHARACTER),
        )

    @classmethod
    def load(cls, path: Path) -> Labels:
        """Read SmilingWolf's ``tag_id,name,category,count`` table; errors name the file and row.

        A copy saved by a spreadsheet or text editor reads the same: a UTF-8 byte order mark, CRLF line
        ends, blank lines (at the end, typically) and categories written as ``9.0`` are accepted."""
        try:
            with open(path, encoding="utf-8-sig", newline="") as fh:
                reader = csv.reader(fh)
                rows = [(reader.line_num, row) for row in reader if any(cell.strip() for cell in row)]
        except (OSError, UnicodeDecodeError) as exc:
            raise damaged_file_error(path, Phrase("cannot read the tag list"), str(exc)) from None
        if not rows or [c.strip() for c in rows[0][1][:3]] != ["tag_id", "name", "category"]:
            raise damaged_file_error(path, Phrase("not a WD tagger tag list"),
                                     "the header must start tag_id,name,category")
        names, categories = [], []
        for line, row in rows[1:]:
            try:
                category = float(row[2])
                if not category.is_integer():
                    raise ValueError(row[2])
                names.append(row[1])
                categories.append(int(category))
            except (IndexError, ValueError):
                raise damaged_file_error(path, Phrase("bad row {line}", line=line), f"{row!r}") from None
        if not names:
            raise damaged_file_error(path, Phrase("the tag list is empty"), "no rows after the header")
        return cls.from_names(names, categories)


def _above(probs: np.ndarray, labels: Labels, indexes: np.ndarray, threshold: float) -> list[ScoredTag]:
    picked = [i for i in indexes if probs[i] > threshold]
    picked.sort(key=lambda i: -probs[i])  # stable: equal scores keep the table's order
    return [ScoredTag(labels.names[i], float(probs[i]), int(labels.categories[i])) for i in picked]


def select_tags(probs: np.ndarray, labels: Labels, options: TagOptions) -> list[ScoredTag]:
    """The tags of one image in caption order, names as they will be written (before escaping)."""
    probs = np.asarray(probs, dtype=np.float64)
    general_t = options.general_threshold
    if options.general_mcut and len(labels.general):
        general_t = mcut_threshold(probs[labels.general])
    character_t = options.character_threshold
    if options.character_mcut and len(labels.character):
        character_t = max(CHARACTER_MCUT_FLOOR, mcut_threshold(probs[labels.character]))
    general = _above(probs, labels, labels.general, general_t)
    characters = _above(probs, labels, labels.character, character_t)
    if options.character_tags_first:
        ordered = characters + general
    else:
        ordered = sorted(characters + general, key=lambda t: -t.score)

    replace = {tag_match_key(src): dst.strip() for src, dst in options.replacements}
    undesired = {tag_match_key(t) for t in options.undesired_tags}
    seen: set[str] = set()

    def final(tag: ScoredTag) -> ScoredTag | None:
        name = display_name(tag.name, options.underscores_to_spaces)
        name = replace.get(tag_match_key(name), name)
        key = tag_match_key(name)
        if not name or key in undesired or key in seen:
            return None
        seen.add(key)
        return ScoredTag(name, tag.score, tag.category)

    kept = [t for t in map(final, ordered) if t is not None]
    leading = 0  # always-first tags found: they stay ahead of a rating put first too, as in sd-scripts
    for first in reversed(options.always_first_tags):
        key = tag_match_key(first)
        hits = [t for t in kept if tag_match_key(t.name) == key]
        if hits:
            kept.remove(hits[0])
            kept.insert(0, hits[0])
            leading += 1
    if options.max_tags:
        kept = kept[: options.max_tags]
    if options.rating != "none" and len(labels.rating):
        best = labels.rating[int(np.argmax(probs[labels.rating]))]
        rating = final(ScoredTag(labels.names[best], float(probs[best]), RATING))
        if rating is not None:
            kept.insert(min(leading, len(kept)) if options.rating == "first" else len(kept), rating)
    return kept


def tag_strings(tags: list[ScoredTag], options: TagOptions) -> list[str]:
    return [escape_parentheses(t.name) if options.escape_parentheses else t.name for t in tags]
