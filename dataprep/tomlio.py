"""TOML read/write in one place (tomllib is 3.11+, tomli backs it on 3.10)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import tomli_w

from dataprep.fsutil import atomic_write_text
from dataprep.phrases import Phrase

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

TOMLDecodeError = tomllib.TOMLDecodeError


class ConfigFileError(ValueError):
    """A config file that cannot be read; the message names the file and what to do."""


def load_toml(path: Path) -> dict[str, Any]:
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
        # utf-8-sig: Windows editors (Notepad before 2019) start UTF-8 files with a byte-order mark, which
        # TOML itself does not allow; sd-scripts' own reader accepts it too
        return tomllib.loads(raw.decode("utf-8-sig"))
    except FileNotFoundError:
        raise ConfigFileError(Phrase("{path}: file not found. Check the path.", path=str(path))) from None
    except TOMLDecodeError as exc:
        raise ConfigFileError(Phrase("{path}: not valid TOML ({error}). Fix the file or re-save it from Danlu.",
                                     path=str(path), error=str(exc))) from None
    except UnicodeDecodeError:
        raise ConfigFileError(Phrase("{path}: not UTF-8 text. Re-save it as UTF-8.", path=str(path))) from None
    except OSError as exc:  # no permission, a folder of that name: the callers expect a ConfigFileError
        raise ConfigFileError(Phrase("{path}: cannot be read ({error}). Check that it is a file you may read, then "
                                     "try again.", path=str(path), error=exc.strerror or str(exc))) from None


def dumps_toml(data: dict[str, Any]) -> str:
    return tomli_w.dumps(_drop_none(data))


def save_toml(path: Path, data: dict[str, Any]) -> None:
    atomic_write_text(Path(path), dumps_toml(data))


def _drop_none(value: Any) -> Any:
    """TOML has no null: absent means unset."""
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_drop_none(v) for v in value]
    return value
