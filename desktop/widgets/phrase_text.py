"""Messages from dataprep/ and training/ (Phrases, dataprep/phrases.py) in the interface language.

Their templates are in the ``config`` catalog beside the settings' texts (``tools/i18n_config.py``); a job's
event or result carries them under ``"phrases"`` beside the English.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from dataprep.phrases import Phrase
from desktop.widgets.config_text import tr_config


def tr_phrase(text: str | dict[str, Any]) -> str:
    """A message from dataprep/training in the interface language: a Phrase (or its JSON from a job's event)
    has its template translated, then filled in with its values (Phrases among them translated too); any
    other text (a parser's own words) shows as it is."""
    if isinstance(text, dict):
        text = Phrase.from_json(text)
    if not isinstance(text, Phrase):
        return text
    values = {k: " ".join(map(tr_phrase, v)) if isinstance(v, list) else tr_phrase(v) if isinstance(v, Phrase) else v
              for k, v in text.values.items()}
    try:
        return tr_config(text.template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a placeholder of its own: the English is right
        return str(text)


def event_text(event: dict[str, Any], key: str) -> str:
    """A field of a job's event (``message``, ``hint``) in the interface language when the job sent it as a
    Phrase, else as the job wrote it."""
    phrase = (event.get("phrases") or {}).get(key)
    return tr_phrase(phrase) if phrase else str(event.get(key) or "")


def listed(parts: Iterable[str]) -> str:
    """Words of the interface in a list: joined by a comma in English, by 、 in Chinese."""
    return QCoreApplication.translate("List", ", ").join(parts)
