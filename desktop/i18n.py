"""The interface language: the user's choice, the compiled catalogs, and the Qt translators.

The translations are written in `resources/i18n/<area>.<locale>.ts` (see tools/i18n.py and
docs/translating.md). Qt reads compiled `.qm` catalogs; the installer compiles one per locale, merging
all areas, into `resources/i18n/compiled/` (`python -m desktop.i18n compile`). A `git pull` can bring
newer `.ts` files without a reinstall, so at start a catalog older than any of its sources is compiled
again (pyside6's lrelease takes a fraction of a second), into the same folder when it is writable, else
into the user's cache. Without lrelease the interface stays in English, and says why on stderr.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QStandardPaths,
    QTranslator,
)

from resources import resource_path

LANGUAGE_KEY = "appearance/language"  # in QSettings
# Each language under its own name, so that a person who cannot read the current one finds theirs.
NATIVE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
LANGUAGES = ("system", *NATIVE_NAMES)
LOCALES = tuple(code for code in NATIVE_NAMES if code != "en")  # those with catalogs: English is the source
I18N_DIR = resource_path("i18n")
COMPILED_DIR = I18N_DIR / "compiled"
# Chinese text drawn from a font made for its script variant (Han glyphs differ between SC and TC);
# the first family that exists wins, the UI font keeps the Latin letters.
CJK_FAMILIES = {
    "zh_CN": ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei UI", "Microsoft YaHei",
              "PingFang SC", "WenQuanYi Micro Hei"),
    "zh_TW": ("Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei UI", "Microsoft JhengHei",
              "PingFang TC", "Noto Sans CJK HK"),
}
# The translators in use, referenced here: a QTranslator that is garbage-collected stops translating.
_INSTALLED: list[QTranslator] = []


def _say(message: str) -> None:
    print(f"danlu: {message}", file=sys.stderr)


def saved_language(settings: QSettings) -> str:
    """The stored choice, one of LANGUAGES ("system" when unset or unknown)."""
    choice = str(settings.value(LANGUAGE_KEY, "system"))
    return choice if choice in LANGUAGES else "system"


def resolve_locale(choice: str, system: QLocale | None = None) -> str:
    """"en", "zh_CN" or "zh_TW" for a choice; "system" follows the system locale's language and script."""
    if choice != "system":
        return choice if choice in LANGUAGES else "en"
    loc = system if system is not None else QLocale.system()
    if loc.language() != QLocale.Language.Chinese:
        return "en"
    traditional = (loc.script() == QLocale.Script.TraditionalHanScript
                   or loc.territory() in (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao))
    return "zh_TW" if traditional else "zh_CN"


def catalog_sources(locale: str, i18n_dir: Path) -> list[Path]:
    """Every area's `.ts` file of *locale*, sorted (the config form's parameter texts are one of them)."""
    return sorted(i18n_dir.glob(f"*.{locale}.ts"))


def catalog_name(locale: str) -> str:
    return f"danlu_{locale}.qm"


def is_current(qm: Path, sources: list[Path]) -> bool:
    """True when *qm* exists and no source is newer (a `git pull` touches the files it changes)."""
    if not qm.is_file():
        return False
    built = qm.stat().st_mtime
    return all(src.stat().st_mtime <= built for src in sources)


def lrelease_command() -> str | None:
    """The lrelease that ships with PySide6 (or one on PATH); None when there is none."""
    import PySide6

    exe = Path(PySide6.__file__).resolve().parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if exe.is_file():
        return str(exe)
    return shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease") or shutil.which("lrelease")


def compile_catalog(sources: list[Path], qm: Path) -> None:
    """Merge *sources* into one `.qm` (finished entries only), written atomically; raises RuntimeError."""
    exe = lrelease_command()
    if exe is None:
        raise RuntimeError("pyside6-lrelease was not found (it comes with PySide6: run the installer again)")
    qm.parent.mkdir(parents=True, exist_ok=True)
    tmp = qm.with_name(f"{qm.name}.{os.getpid()}.tmp")  # two processes starting at once each write their own
    proc = subprocess.run([exe, "-silent", "-nounfinished", *map(str, sources), "-qm", str(tmp)],
                          capture_output=True, text=True)
    if proc.returncode != 0 or not tmp.is_file():
        tmp.unlink(missing_ok=True)
        raise RuntimeError(f"lrelease failed on {', '.join(s.name for s in sources)}: "
                           f"{(proc.stderr or proc.stdout).strip() or f'exit code {proc.returncode}'}")
    tmp.replace(qm)


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def user_cache_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base or Path.home() / ".cache" / "danlu") / "i18n"


def ensure_catalog(locale: str, i18n_dir: Path | None = None, compiled_dir: Path | None = None,
                   cache_dir: Path | None = None) -> Path | None:
    """A current compiled catalog of *locale*, compiling it when missing or stale; None: stay in English.

    Defaults: the bundled `resources/i18n`, its `compiled/` folder, and the user's cache folder.
    """
    i18n_dir = i18n_dir if i18n_dir is not None else I18N_DIR
    sources = catalog_sources(locale, i18n_dir)
    if not sources:
        _say(f"no translations for {locale} in {i18n_dir}: the interface stays in English")
        return None
    compiled_dir = compiled_dir if compiled_dir is not None else i18n_dir / "compiled"
    cache_dir = cache_dir if cache_dir is not None else user_cache_dir()
    name = catalog_name(locale)
    for folder in (compiled_dir, cache_dir):
        if is_current(folder / name, sources):
            return folder / name
    # os.access can say yes where writing fails (Windows, network drives): the cache is the second try
    targets = [compiled_dir / name, cache_dir / name] if _writable(compiled_dir) else [cache_dir / name]
    why = ("changed since they were compiled (a git pull without reinstalling?)"
           if (compiled_dir / name).is_file() or (cache_dir / name).is_file() else "are not compiled yet")
    _say(f"the {locale} translations {why}: compiling {len(sources)} .ts files into {targets[0]}")
    for target in targets:
        try:
            compile_catalog(sources, target)
            return target
        except RuntimeError as exc:
            _say(f"{exc}; the interface stays in English")
            return None
        except OSError as exc:
            _say(f"cannot write {target} ({exc})" + (f"; trying {cache_dir / name}" if target != targets[-1] else
                                                      "; the interface stays in English"))
    return None


def compile_all(i18n_dir: Path | None = None, compiled_dir: Path | None = None) -> list[Path]:
    """Compile every locale's catalog (the installer's step); returns the written files."""
    i18n_dir = i18n_dir if i18n_dir is not None else I18N_DIR
    compiled_dir = compiled_dir if compiled_dir is not None else i18n_dir / "compiled"
    written = []
    for locale in LOCALES:
        sources = catalog_sources(locale, i18n_dir)
        if sources:
            compile_catalog(sources, compiled_dir / catalog_name(locale))
            written.append(compiled_dir / catalog_name(locale))
    return written


def install_translators(app: QCoreApplication, settings: QSettings, i18n_dir: Path | None = None,
                        cache_dir: Path | None = None) -> str:
    """Load the chosen language into *app* before any widget exists; returns the locale in effect.

    Danlu's merged catalog plus Qt's own `qtbase_<locale>.qm` (standard buttons, file dialogs). Calling
    it again replaces the translators it installed before (a test switching languages).
    """
    while _INSTALLED:
        old = _INSTALLED.pop()
        app.removeTranslator(old)
        old.deleteLater()
    locale = resolve_locale(saved_language(settings))
    if locale == "en":
        return "en"
    qm = ensure_catalog(locale, i18n_dir, cache_dir=cache_dir)
    if qm is None:
        return "en"
    ours = QTranslator(app)
    if not ours.load(str(qm)):
        _say(f"could not read the compiled translations {qm}: the interface stays in English")
        return "en"
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{locale}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _INSTALLED.append(qt_own)
    _INSTALLED.append(ours)
    for translator in _INSTALLED:
        app.installTranslator(translator)
    from PySide6.QtGui import QFont  # here, so that `compile` runs where the GUI libraries are missing
    from PySide6.QtWidgets import QApplication

    if isinstance(app, QApplication) and locale in CJK_FAMILIES:
        font = QFont(app.font())
        font.setFamilies([font.family(), *CJK_FAMILIES[locale]])
        app.setFont(font)
    return locale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.i18n",
                                     description="Compile the interface translations (the installer runs this).")
    parser.add_argument("command", choices=("compile",))
    parser.parse_args(argv)
    try:
        written = compile_all()
    except (OSError, RuntimeError) as exc:
        _say(f"{exc}; the interface will be in English only")
        return 1
    for qm in written:
        print(f"compiled {qm}")
    if not written:
        print(f"no .ts files in {I18N_DIR}: nothing to compile")
    return 0


if __name__ == "__main__":
    sys.exit(main())
