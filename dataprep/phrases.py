"""Messages that the interface can show in the user's language.

dataprep/ and training/ have no Qt, so a message is written in English where it is made; a :class:`Phrase`
is that English text (it is a ``str``: the CLI, the logs and exceptions use it as it is) and also keeps its
template and values, in memory or through a job's JSON events (:meth:`Phrase.to_json`). The interface looks
the template up in ``resources/i18n/config.<locale>.ts`` and fills in the same values
(``desktop.widgets.config_text.tr_phrase``); ``tools/i18n_config.py`` finds every template by reading the
``Phrase("...")`` calls of the modules in :data:`SOURCES`.
"""

from __future__ import annotations

from typing import Any

# the modules whose Phrase("...") templates go into the translation catalog (paths from the repository)
SOURCES = ("training/config/validation.py", "training/network_args.py", "dataprep/steps.py", "training/reg_count.py")


class Phrase(str):
    """*template* filled with *values*; the values are names, numbers and keys, which stay untranslated."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Phrase:
        self = super().__new__(cls, template.format(**values))
        self.template = template
        self.values = values
        return self

    def to_json(self) -> dict[str, Any]:
        return {"template": self.template, "values": self.values}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Phrase:
        return cls(data["template"], **data["values"])


def names(keys: list[str]) -> str:
    """Setting names in a message: ``a, b``. A comma, not 'and', so that no English word sits in a value."""
    return ", ".join(keys)
