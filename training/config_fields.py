"""Field metadata for typed config sections, and the TOML round trip generated from it.

A config section is a dataclass whose fields are declared with :func:`setting`. Each field then
carries everything a GUI form needs (label, help, range or choices, whether a beginner sees it,
when it applies) and everything the TOML reader needs (type, default). One declaration, no hand
wiring: the Train page's form, the TOML reader and writer and the validation messages all read it.
"""

from __future__ import annotations

import dataclasses
import difflib
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Union

from dataprep.tomlio import ConfigFileError

META_KEY = "danlu"


# the words of When.describe(), kept apart so the GUI can translate them (tools/i18n_config.py lists them)
WHEN_PHRASES = {
    "is": "'{name}' is {values}",
    "is not": "'{name}' is not {values}",
    "set": "'{name}' is set",
    "off": "'{name}' is off",
    "or": " or ",
}


@dataclass(frozen=True)
class When:
    """A field applies only while *key* (``"section.name"``) has one of *values* (or is truthy)."""

    key: str
    values: tuple[Any, ...] = ()
    negate: bool = False

    def holds(self, value: Any) -> bool:
        hit = value in self.values if self.values else bool(value)
        return hit != self.negate

    def describe(self, name: str = "", tr: Callable[[str], str] = str) -> str:
        """The rule in words; a form passes the field's label as *name* and its translator as *tr*."""
        phrases = {k: tr(v) for k, v in WHEN_PHRASES.items()}
        if self.values:
            shown = phrases["or"].join(repr(v) for v in self.values)
            return phrases["is not" if self.negate else "is"].format(name=name or self.key, values=shown)
        return phrases["off" if self.negate else "set"].format(name=name or self.key)


# where a setting comes from in kohya's world, for the "coming from kohya_ss" tables and the importer's notes
ORIGINS = {
    "arg": "an sd-scripts argument of the same name",
    "network_args": "an entry of sd-scripts' network_args (name=value)",
    "accelerate": "an option of accelerate launch",
    "gui": "a kohya_ss GUI field (sd-scripts has no such argument)",
    "danlu": "Danlu's own; sd-scripts and kohya_ss have no such setting",
}


@dataclass(frozen=True)
class FieldSpec:
    """What a form and the validator know about one setting."""

    label: str
    help: str
    choices: tuple[Any, ...] | None = None
    min: float | None = None
    max: float | None = None
    simple: bool = False
    when: tuple[When, ...] = ()
    widget: str = ""  # "dir", "file", "path" or "" (derived from the type)
    origin: str = "arg"  # a key of ORIGINS


def setting(
    default: Any,
    label: str,
    help: str,
    *,
    choices: tuple[Any, ...] | None = None,
    min: float | None = None,
    max: float | None = None,
    simple: bool = False,
    when: tuple[When, ...] | When = (),
    widget: str = "",
    origin: str = "arg",
) -> Any:
    """A dataclass field with Danlu's metadata; lists get a fresh copy of *default* per instance."""
    if origin not in ORIGINS:
        raise ValueError(f"origin {origin!r}: one of {', '.join(ORIGINS)}")
    spec = FieldSpec(
        label=label,
        help=help,
        choices=choices,
        min=min,
        max=max,
        simple=simple,
        when=(when,) if isinstance(when, When) else tuple(when),
        widget=widget,
        origin=origin,
    )
    if isinstance(default, list):
        return dataclasses.field(default_factory=lambda: list(default), metadata={META_KEY: spec})
    return dataclasses.field(default=default, metadata={META_KEY: spec})


@dataclass(frozen=True)
class FieldInfo:
    """One setting as a form generator sees it."""

    section: str
    name: str
    type: type  # int, float, str, bool or list (of str)
    optional: bool  # None (absent from the TOML) is allowed
    default: Any
    spec: FieldSpec

    @property
    def key(self) -> str:
        return f"{self.section}.{self.name}"


def _base_type(hint: Any) -> tuple[type, bool]:
    """(int|float|str|bool|list, optional) from a field's type hint."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        base, _ = _base_type(args[0])
        return base, True
    if origin is list or hint is list:
        return list, False
    if hint in (int, float, str, bool):
        return hint, False
    raise TypeError(f"unsupported config field type {hint!r}")


def section_fields(section_name: str, cls: type) -> list[FieldInfo]:
    hints = typing.get_type_hints(cls)
    infos = []
    for f in dataclasses.fields(cls):
        base, optional = _base_type(hints[f.name])
        default = f.default if f.default is not dataclasses.MISSING else f.default_factory()  # type: ignore[misc]
        infos.append(FieldInfo(section_name, f.name, base, optional, default, f.metadata[META_KEY]))
    return infos


def coerce(info: FieldInfo, value: Any, where: str) -> Any:
    """*value* from a TOML file as the field's type, or ConfigFileError naming *where* and the key."""
    if value is None:
        if info.optional:
            return None
        raise ConfigFileError(f"{where}: {info.key} must be set.")
    expected = info.type
    ok = (
        isinstance(value, bool)
        if expected is bool
        else isinstance(value, int) and not isinstance(value, bool)
        if expected is int
        else isinstance(value, (int, float)) and not isinstance(value, bool)
        if expected is float
        else isinstance(value, str)
        if expected is str
        else isinstance(value, list) and all(isinstance(v, str) for v in value)
    )
    if not ok:
        kind = {bool: "true or false", int: "a whole number", float: "a number", str: "text"}.get(
            expected, "a list of text values"
        )
        raise ConfigFileError(f"{where}: {info.key} must be {kind}, not {value!r}.")
    if expected is float:
        value = float(value)
    spec = info.spec
    if spec.choices is not None and value not in spec.choices:
        shown = ", ".join(repr(c) for c in spec.choices)
        raise ConfigFileError(f"{where}: {info.key} = {value!r} is not one of {shown}.")
    if spec.min is not None and value < spec.min:
        raise ConfigFileError(f"{where}: {info.key} = {value!r} is below its minimum {spec.min:g}.")
    if spec.max is not None and value > spec.max:
        raise ConfigFileError(f"{where}: {info.key} = {value!r} is above its maximum {spec.max:g}.")
    return list(value) if expected is list else value


def unknown_key_message(where: str, key: str, known: list[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1)
    hint = f" Did you mean '{close[0]}'?" if close else ""
    return f"{where}: unknown key '{key}'.{hint} Remove it or fix its spelling."
