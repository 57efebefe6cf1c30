"""The trainer's cross-field checks as a list of messages, each tied to the fields it names.

``training.config.validation.problems`` gives the contradictions and the warnings one message each, in
English with their templates; the form shows each message in the interface language, inline next to the
fields it mentions (found in the English text, where the keys are), so they are attributed here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from desktop.widgets.phrase_text import tr_phrase
from training.config import SECTIONS, TrainConfig, field_index
from training.config.validation import problems
from training.config_fields import FieldInfo


@dataclass(frozen=True)
class Message:
    level: str  # "error" (the run would be refused) or "warning" (the setting will do nothing)
    text: str
    keys: tuple[str, ...]  # "section.name" of every field the message names, first = the main one


_SECTION = "|".join(map(re.escape, SECTIONS))
_KEY = re.compile(rf"\b(?:{_SECTION})\.\w+")
_WORD = re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b")


@functools.cache
def _index() -> dict[str, FieldInfo]:
    return field_index()


def _keys(text: str) -> tuple[str, ...]:
    """Full keys first (``dataset.color_aug``), then bare names (``random_crop``) of real fields."""
    index = _index()
    keys: list[str] = []
    for key in _KEY.findall(text):
        section, _, name = key.partition(".")
        if name in index and index[name].section == section and key not in keys:
            keys.append(key)
    for word in _WORD.findall(text):
        info = index.get(word)
        if info is not None and info.key not in keys:
            keys.append(info.key)
    return tuple(keys)


def check(cfg: TrainConfig) -> list[Message]:
    """Errors first, then warnings, as the trainer would report them for *cfg*."""
    errors, warnings = problems(cfg)
    return [Message(level, tr_phrase(text), _keys(text)) for level, texts in (("error", errors), ("warning", warnings))
            for text in texts]
