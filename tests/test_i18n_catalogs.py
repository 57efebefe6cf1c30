"""The committed translations are complete and current, for Simplified and Traditional Chinese.

Every translation area of tools/i18n.py (plus `config`, the training settings' texts) has a `.ts` file per
locale; every entry is finished; lupdate run on today's sources finds no string the committed file lacks
(a string wrapped since the last `python tools/i18n.py update` fails here, by file, context and text); and
each translation keeps the source's placeholders, so `.format(n=...)` and `%1` still fill them.
"""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools.i18n import AREAS, LOCALES, REPO, _lupdate, area_files, ts_path, unfinished

ALL_AREAS = (*AREAS, "config")
# Python format fields ({n}, {seconds:.1f}; not the escaped {{ }}) and Qt's %1..%99 and %n.
PLACEHOLDER = re.compile(r"(?<!\{)\{[A-Za-z_]\w*(?:[!:][^{}]*)?\}(?!\})|%\d{1,2}|%n")

Key = tuple[str, str, str]  # context, source, disambiguation comment


def _has_sources(area: str) -> bool:
    return area == "config" or bool(area_files(area))


def messages(path: Path) -> dict[Key, ET.Element]:
    """The .ts file's entries by (context, source, comment)."""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source", ""), msg.findtext("comment", ""))] = msg
    return out


def translations(msg: ET.Element) -> list[str]:
    """The translated text(s) of an entry (one per plural form when it has them)."""
    tr = msg.find("translation")
    if tr is None:
        return []
    forms = [f.text or "" for f in tr.iter("numerusform")]
    return forms or [tr.text or ""]


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def lupdate_keys(files: list[Path], tmp_path: Path) -> set[Key]:
    """The entries lupdate finds in *files* (written into a fresh .ts under *tmp_path*)."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run([_lupdate(), "-silent", "-no-obsolete", "-locations", "none", *map(str, files),
                    "-ts", str(fresh)], check=True, cwd=REPO, capture_output=True)
    return set(messages(fresh)) if fresh.exists() else set()


def expected_keys(area: str, tmp_path: Path) -> set[Key]:
    """What the area's .ts must hold: lupdate's reading of the current sources (config: tools/i18n_config)."""
    if area == "config":
        from tools.i18n_config import expected_messages

        return {(ctx, src, "") for ctx, src in expected_messages()}
    return lupdate_keys(area_files(area), tmp_path)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("area", ALL_AREAS)
def test_every_area_has_a_catalog(area: str, locale: str) -> None:
    if not _has_sources(area):
        pytest.skip(f"area {area!r} has no source files yet")
    path = ts_path(area, locale)
    assert path.is_file(), f"{path.relative_to(REPO)} is missing: run `python tools/i18n.py update {area}`"


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("area", ALL_AREAS)
def test_every_entry_is_translated(area: str, locale: str) -> None:
    path = ts_path(area, locale)
    if not path.is_file():
        pytest.skip("no catalog (test_every_area_has_a_catalog says whether one is due)")
    missing = unfinished(path)
    listing = "\n".join(f"  [{ctx}] {src!r}" for ctx, src in missing[:25])
    assert not missing, (f"{path.relative_to(REPO)}: {len(missing)} entries without a finished translation "
                         f"(Qt Linguist: pyside6-linguist {path.relative_to(REPO)}):\n{listing}")


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("area", ALL_AREAS)
def test_translations_keep_the_placeholders(area: str, locale: str) -> None:
    path = ts_path(area, locale)
    if not path.is_file():
        pytest.skip("no catalog (test_every_area_has_a_catalog says whether one is due)")
    wrong = []
    for (ctx, src, _comment), msg in messages(path).items():
        want = placeholders(src)
        for text in translations(msg):
            if text and placeholders(text) != want:
                wrong.append(f"  [{ctx}] {src!r}\n      → {text!r}: has {sorted(placeholders(text))}, "
                             f"needs {sorted(want)}")
    assert not wrong, f"{path.relative_to(REPO)}: placeholders changed in translation:\n" + "\n".join(wrong)


@pytest.mark.parametrize("area", ALL_AREAS)
def test_catalogs_hold_every_wrapped_string(area: str, tmp_path: Path) -> None:
    if not _has_sources(area):
        pytest.skip(f"area {area!r} has no source files yet")
    wanted = expected_keys(area, tmp_path)
    problems = []
    for locale in LOCALES:
        path = ts_path(area, locale)
        if not path.is_file():
            problems.append(f"{path.relative_to(REPO)} is missing")
            continue
        lacking = sorted(wanted - set(messages(path)))
        problems += [f"{path.relative_to(REPO)} lacks [{ctx}] {src!r}" + (f" ({comment})" if comment else "")
                     for ctx, src, comment in lacking[:25]]
    command = "python tools/i18n_config.py update" if area == "config" else f"python tools/i18n.py update {area}"
    assert not problems, f"run `{command}` and translate the new entries:\n" + "\n".join(problems)


def wrapped_literals(path: Path) -> set[str]:
    """The literal texts *path* gives to tr / translate / QT_TRANSLATE_NOOP / QT_TR_NOOP."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        index = {"translate": 1, "QT_TRANSLATE_NOOP": 1, "QT_TR_NOOP": 0}.get(name)
        if name == "tr" and isinstance(func, ast.Attribute):
            index = 0
        if index is not None and len(node.args) > index:
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(arg.value)
    return found


@pytest.mark.parametrize("area", AREAS)
def test_lupdate_reads_every_wrapped_literal(area: str, tmp_path: Path) -> None:
    """A wrapped text lupdate cannot parse (a parenthesised concatenation, say) never reaches the catalog,
    and the catalog checks above cannot see it: compare lupdate's reading with Python's."""
    if not _has_sources(area):
        pytest.skip(f"area {area!r} has no source files yet")
    read = {src for _, src, _ in expected_keys(area, tmp_path)}
    unread = sorted(f"{path.relative_to(REPO)}: {text[:80]!r}" for path in area_files(area)
                    for text in wrapped_literals(path) - read)
    assert not unread, "lupdate does not read these wrapped texts (write them without parentheses " \
                       "around the concatenation):\n" + "\n".join(unread)


# ---- the checks themselves, on a tiny area written here


def _ts(path: Path, entries: list[tuple[str, str, str | None]]) -> Path:
    """A .ts file with (context, source, translation or None for unfinished) entries."""
    root = ET.Element("TS", version="2.1", language="zh_CN")
    for ctx_name in dict.fromkeys(c for c, _s, _t in entries):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = ctx_name
        for c, src, tr_text in entries:
            if c != ctx_name:
                continue
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = src
            tr = ET.SubElement(msg, "translation")
            if tr_text is None:
                tr.set("type", "unfinished")
            else:
                tr.text = tr_text
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return path


def test_lupdate_reading_finds_a_newly_wrapped_string(tmp_path: Path) -> None:
    page = tmp_path / "probe_page.py"
    page.write_text(
        "from PySide6.QtWidgets import QWidget\n"
        "class ProbePage(QWidget):\n"
        "    def build(self, n):\n"
        "        self.setWindowTitle(self.tr('Probe'))\n"
        "        self.label = self.tr('{n} images left').format(n=n)\n",
        encoding="utf-8",
    )
    wanted = lupdate_keys([page], tmp_path)
    assert wanted == {("ProbePage", "Probe", ""), ("ProbePage", "{n} images left", "")}
    committed = _ts(tmp_path / "probe.zh_CN.ts", [("ProbePage", "Probe", "探针")])
    assert wanted - set(messages(committed)) == {("ProbePage", "{n} images left", "")}


def test_unfinished_and_placeholder_checks_see_mistakes(tmp_path: Path) -> None:
    path = _ts(tmp_path / "probe.zh_CN.ts", [
        ("Page", "{n} images", "{n} 张图片"),
        ("Page", "{done} of {total}", "{done}/{totl}"),
        ("Page", "Open %1", "打开"),
        ("Page", "Save", None),
        ("Page", "Quit", ""),
    ])
    assert sorted(src for _ctx, src in unfinished(path)) == ["Quit", "Save"]
    changed = sorted(src for (_c, src, _m), msg in messages(path).items()
                     if any(t and placeholders(t) != placeholders(src) for t in translations(msg)))
    assert changed == ["Open %1", "{done} of {total}"]
    assert placeholders("{seconds:.1f} s, {{literal}}, %2") == {"{seconds:.1f}", "%2"}
