"""Validation messages that the interface can show in the user's language.

training/ has no Qt, so a message is written in English here; a :class:`Problem` is that English text
(it is a ``str``: the CLI, the logs and ``ConfigFileError`` use it as it is) and also keeps its template
and values. The Train page looks the template up in ``resources/i18n/config.<locale>.ts`` and fills in
the same values (``desktop.widgets.config_text.tr_problem``); ``tools/i18n_config.py`` finds every
template by reading the ``Problem("...")`` calls of the modules in :data:`SOURCES`.
"""

from __future__ import annotations

from typing import Any

# the modules whose Problem("...") templates go into the translation catalog (paths from the repository)
SOURCES = ("training/config/validation.py", "training/network_args.py")


class Problem(str):
    """*template* filled with *values*; the values are names, numbers and keys, which stay untranslated."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Problem:
        self = super().__new__(cls, template.format(**values))
        self.template = template
        self.values = values
        return self


def names(keys: list[str]) -> str:
    """Setting names in a message: ``a, b``. A comma, not 'and', so that no English word sits in a value."""
    return ", ".join(keys)
