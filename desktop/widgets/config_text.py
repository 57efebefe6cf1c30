"""The training settings' texts in the interface language.

Labels, help, rule phrases and the messages built as Phrases (validation, step counts) are English where
they are declared (training/ has no Qt); they are translated here, where a form shows them, from
``resources/i18n/config.<locale>.ts`` (context ``config``, kept current by ``tools/i18n_config.py``).
Keys (``optimizer.learning_rate``) and choice values stay as they are: they are what the TOML file and
sd-scripts read.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from dataprep.phrases import Phrase
from training.config_fields import FieldInfo, When

CONTEXT = "config"


def tr_config(text: str) -> str:
    """*text* (a string declared in training.config) in the interface language."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


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


def section_title(section: str) -> str:
    """The English title of a config section (``noise_offset`` → ``Noise offset``), the catalog's source."""
    return section.replace("_", " ").capitalize()


def section_label(section: str) -> str:
    return tr_config(section_title(section))


def label(info: FieldInfo) -> str:
    return tr_config(info.spec.label)


def help_text(info: FieldInfo) -> str:
    return tr_config(info.spec.help)


def rule_text(rule: When, labels: dict[str, str]) -> str:
    """Why a rule fails, naming the other setting by its (translated) label: ``'LR scheduler' is 'cosine'``."""
    name = labels.get(rule.key)
    return rule.describe(tr_config(name) if name else rule.key, tr_config)


def search_text(info: FieldInfo) -> str:
    """What a search looks in: the key and the label and help in English and in the interface language."""
    spec = info.spec
    return " ".join((info.key, spec.label, spec.help, label(info), help_text(info))).casefold()
