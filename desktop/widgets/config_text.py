"""The training settings' texts in the interface language.

Labels, help and rule phrases are English where they are declared (training/ has no Qt); they are
translated here, where a form shows them, from ``resources/i18n/config.<locale>.ts`` (context ``config``,
kept current by ``tools/i18n_config.py``; the same catalog holds the messages built as Phrases, which
``desktop.widgets.phrase_text`` words).
Keys (``optimizer.learning_rate``) and choice values stay as they are: they are what the TOML file and
sd-scripts read.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from training.config_fields import FieldInfo, When

CONTEXT = "config"


def tr_config(text: str) -> str:
    """*text* (a string declared in training.config) in the interface language."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


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
