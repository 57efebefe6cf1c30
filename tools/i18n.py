"""Translation sources: which desktop files feed which .ts file, and the commands that keep them current.

The interface text lives in `resources/i18n/<area>.<locale>.ts` (Qt Linguist sources, one pair per area so
that people translating different pages never edit the same file). Simplified Chinese is written by hand;
Traditional Chinese starts from it through OpenCC's `s2twp` (Taiwan vocabulary) and can then be edited:
`tw` only fills entries that have no finished Traditional translation yet.

    python tools/i18n.py update [AREA...]   # run pyside6-lupdate: add new source strings, drop vanished ones
    python tools/i18n.py tw [AREA...]       # fill unfinished zh_TW entries from finished zh_CN ones
    python tools/i18n.py status [AREA...]   # count unfinished entries per file
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.i18n import LOCALES  # one list: the app loads the catalogs these tools write

REPO = Path(__file__).resolve().parents[1]
I18N_DIR = REPO / "resources" / "i18n"

# area → glob patterns (relative to the repository) of the Python files whose tr() strings it holds.
# Every file under desktop/ belongs to exactly one area (tests/desktop/test_i18n_sources.py checks it).
AREAS: dict[str, tuple[str, ...]] = {
    "app": ("desktop/*.py", "desktop/jobs/*.py", "desktop/widgets/*.py", "desktop/pages/__init__.py",
            "desktop/pages/jobs.py", "desktop/pages/settings*.py"),
    "images": ("desktop/pages/images*.py",),
    "folders": ("desktop/pages/folders*.py",),
    "captions": ("desktop/pages/captions*.py",),
    "regularization": ("desktop/pages/regularization*.py",),
    "train": ("desktop/pages/train*.py",),
    "compare": ("desktop/pages/compare*.py",),
    "welcome": ("desktop/welcome/*.py",),
}


def area_files(area: str) -> list[Path]:
    """The source files of one area, sorted, so lupdate's output does not depend on directory order."""
    files: set[Path] = set()
    for pattern in AREAS[area]:
        files.update(p for p in REPO.glob(pattern) if p.is_file())
    return sorted(files)


def ts_path(area: str, locale: str) -> Path:
    return I18N_DIR / f"{area}.{locale}.ts"


def _lupdate() -> str:
    exe = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    if not exe:
        raise SystemExit("pyside6-lupdate not found: install PySide6 into this Python "
                         "(bash installer/install.sh --dev)")
    return exe


def update(area: str) -> None:
    """Refresh the area's .ts files from the sources (keeps existing translations, drops obsolete ones)."""
    files = area_files(area)
    if not files:
        return
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    outputs = [str(ts_path(area, loc)) for loc in LOCALES]
    cmd = [_lupdate(), "-no-obsolete", "-locations", "none", *map(str, files), "-ts", *outputs]
    subprocess.run(cmd, check=True, cwd=REPO)


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    out = {}
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source", ""))] = msg
    return out


def unfinished(path: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry with no finished translation."""
    bad = []
    for key, msg in _messages(path).items():
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip():
            bad.append(key)
    return bad


def fill_tw(area: str) -> int:
    """Convert finished zh_CN entries into the unfinished zh_TW ones; returns how many were filled."""
    import opencc  # dev-only tool dependency, see pyproject's dev extra

    conv = opencc.OpenCC("s2twp")
    cn = _messages(ts_path(area, "zh_CN"))
    tw_path = ts_path(area, "zh_TW")
    tree = ET.parse(tw_path)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") is None and (tr.text or "").strip():
                continue
            src = cn.get((name, msg.findtext("source", "")))
            cn_tr = src.find("translation") if src is not None else None
            if cn_tr is None or cn_tr.get("type") is not None or not (cn_tr.text or "").strip():
                continue
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            tr.text = conv.convert(cn_tr.text)
            tr.attrib.pop("type", None)
            filled += 1
    write_ts(tree, tw_path)
    return filled


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write a .ts file the way lupdate does (XML declaration and DOCTYPE), atomically."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    tmp = path.with_suffix(".ts.tmp")
    tmp.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("update", "tw", "status"))
    parser.add_argument("areas", nargs="*", help=f"areas (default: all): {', '.join(AREAS)}")
    args = parser.parse_args(argv)
    areas = args.areas or list(AREAS)
    for area in areas:
        if area not in AREAS:
            parser.error(f"unknown area {area!r}; known: {', '.join(AREAS)}")
        if args.command == "update":
            update(area)
        elif args.command == "tw":
            print(f"{area}: {fill_tw(area)} zh_TW entries filled from zh_CN")
            update(area)  # back to lupdate's own layout and escaping, so the next update shows no churn
        else:
            for loc in LOCALES:
                p = ts_path(area, loc)
                print(f"{p.relative_to(REPO)}: " + (f"{len(unfinished(p))} unfinished" if p.exists() else "missing"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
