"""The trainer's cross-field checks as a list of messages, each tied to the fields it names.

``training.config.validate`` raises one ConfigFileError holding every contradiction (each one
starts with the ``section.name`` it is about) and returns warnings; the form shows each message
inline next to the fields it mentions, so they are split apart and attributed here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from dataprep.tomlio import ConfigFileError
from training.config import SECTIONS, TrainConfig, field_index, validate
from training.config_fields import FieldInfo

WHERE = "settings"


@dataclass(frozen=True)
class Message:
    level: str  # "error" (the run would be refused) or "warning" (the setting will do nothing)
    text: str
    keys: tuple[str, ...]  # "section.name" of every field the message names, first = the main one


_SECTION = "|".join(map(re.escape, SECTIONS))
_STARTS = re.compile(rf"(?<=[.!?]) (?=(?:{_SECTION})\.\w)")
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


def split_errors(text: str) -> list[str]:
    """The single messages of one joined validation error (without the ``where:`` prefix)."""
    body = text.split(": ", 1)[1] if text.startswith(f"{WHERE}: ") else text
    return [part.strip() for part in _STARTS.split(body) if part.strip()]


def check(cfg: TrainConfig) -> list[Message]:
    """Errors first, then warnings, as the trainer would report them for *cfg*."""
    try:
        warnings = validate(cfg, WHERE)
    except ConfigFileError as exc:
        return [Message("error", text, _keys(text)) for text in split_errors(str(exc))]
    return [Message("warning", text, _keys(text)) for text in warnings]
