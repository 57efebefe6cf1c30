"""The training settings' texts as a translation area of their own: ``resources/i18n/config.<locale>.ts``.

A setting's label and help are declared once in ``training/config/`` (``setting(...)``), and training/
never imports Qt, so no ``tr()`` call holds them for lupdate to find. This module collects every text the
Train page's form shows from those declarations (labels, help, section titles, the phrases of a ``When``
rule) and from the templates of the messages built as ``Phrase("...")`` (dataprep/phrases.py: config
validation, step counts), and writes them in lupdate's format under one context, ``config``, so that a label repeated in
another setting's help reads the same everywhere. ``desktop/widgets/config_text.py`` looks them up when the
form is built.

    python tools/i18n_config.py update   # add new texts as unfinished, drop vanished ones, keep translations
    python tools/i18n_config.py tw       # fill unfinished zh_TW entries from finished zh_CN ones (OpenCC)
    python tools/i18n_config.py status   # count unfinished entries per file
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tools`, `training` and `desktop` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.i18n import LOCALES, REPO, fill_tw, ts_path, unfinished, write_ts

AREA = "config"
CONTEXT = "config"  # desktop.widgets.config_text.CONTEXT


def catalog() -> dict[str, str]:
    """Every source text of the form, in the form's order, with a note for translators (where it shows)."""
    from desktop.widgets.config_text import section_title
    from training.config import SECTIONS, all_fields
    from training.config_fields import WHEN_PHRASES

    notes: dict[str, list[str]] = {}

    def add(text: str, note: str) -> None:
        if text:
            notes.setdefault(text, []).append(note)

    for section in SECTIONS:
        add(section_title(section), f"section title ({section})")
    for info in all_fields():
        add(info.spec.label, f"label of {info.key}")
        add(info.spec.help, f"help of {info.key}")
    for phrase in WHEN_PHRASES.values():
        add(phrase, "why a setting is greyed out: 'Applies when <this>.'")
    for template, source in phrase_templates():
        add(template, f"message ({source}); keep {{placeholders}}, keys and quoted values as they are")
    return {text: "; ".join(where[:4]) + (" …" if len(where) > 4 else "") for text, where in notes.items()}


def phrase_templates() -> list[tuple[str, str]]:
    """(template, file) of every ``Phrase("...")`` call in the modules that make them, in source order."""
    from dataprep.phrases import SOURCES

    found = []
    for source in SOURCES:
        tree = ast.parse((REPO / source).read_text(encoding="utf-8"))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "Phrase"]
        for call in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):
            first = call.args[0] if call.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                raise SystemExit(f"{source}:{call.lineno}: Phrase() needs its template as a literal string, "
                                 "so that it can be translated")
            found.append((first.value, Path(source).name))
    return found


def expected_messages() -> set[tuple[str, str]]:
    """(context, source) of every entry the config .ts files must hold (the completeness test's reference)."""
    return {(CONTEXT, text) for text in catalog()}


def _translations(path: Path) -> dict[str, ET.Element]:
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()
    return {msg.findtext("source", ""): msg.find("translation") for ctx in root.iter("context")
            if ctx.findtext("name") == CONTEXT for msg in ctx.iter("message")}


def update() -> None:
    """Rewrite both .ts files from the current declarations, keeping every translation whose source stays."""
    texts = catalog()
    for locale in LOCALES:
        path = ts_path(AREA, locale)
        old = _translations(path)
        root = ET.Element("TS", version="2.1", language=locale)
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = CONTEXT
        for text, note in texts.items():
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "extracomment").text = note
            kept = old.get(text)
            translation = ET.SubElement(message, "translation")
            if kept is not None and kept.get("type") is None and (kept.text or "").strip():
                translation.text = kept.text
            else:
                translation.set("type", "unfinished")
                translation.text = kept.text if kept is not None else None
        path.parent.mkdir(parents=True, exist_ok=True)
        write_ts(ET.ElementTree(root), path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("update", "tw", "status"))
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "tw":
        print(f"{AREA}: {fill_tw(AREA)} zh_TW entries filled from zh_CN")
    else:
        for locale in LOCALES:
            path = ts_path(AREA, locale)
            count = f"{len(unfinished(path))} unfinished" if path.exists() else "missing"
            print(f"{path.relative_to(REPO)}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
