"""The interface language: the choice and its resolution, compiling the catalogs (also when a `git pull`
made them stale), loading them before the window is built, and the Settings page's switch."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QProcess, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from desktop import i18n
from desktop.i18n import (
    LANGUAGE_KEY,
    LANGUAGES,
    NATIVE_NAMES,
    catalog_name,
    ensure_catalog,
    install_translators,
    resolve_locale,
    saved_language,
)
from desktop.jobs.runner import JobRunner
from desktop.main_window import TOOLS, WORKFLOW, MainWindow
from desktop.pages.settings import SettingsPage


def _ts(path: Path, locale: str, entries: dict[tuple[str, str], str]) -> Path:
    body = "".join(
        f"<context><name>{ctx}</name><message><source>{src}</source><translation>{tr}</translation></message>"
        f"</context>" for (ctx, src), tr in entries.items())
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{locale}">'
                    f"{body}</TS>\n", encoding="utf-8")
    return path


@pytest.fixture
def catalogs(tmp_path: Path) -> Path:
    """A resources/i18n stand-in: two areas per locale, so the merged catalog is seen to hold both."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    _ts(folder / "app.zh_CN.ts", "zh_CN", {("ProbeWindow", "Images"): "图片"})
    _ts(folder / "train.zh_CN.ts", "zh_CN", {("ProbePage", "Settings"): "设置"})
    _ts(folder / "app.zh_TW.ts", "zh_TW", {("ProbeWindow", "Images"): "圖片"})
    _ts(folder / "train.zh_TW.ts", "zh_TW", {("ProbePage", "Settings"): "設定"})
    return folder


@pytest.fixture
def english_after(qapp, tmp_path: Path):
    """Take the translators and the font a test installed off the application again."""
    app = qapp
    font = app.font()
    yield app
    assert install_translators(app, _settings(tmp_path, "en")) == "en"
    app.setFont(font)


def _settings(tmp_path: Path, language: str) -> QSettings:
    settings = QSettings(str(tmp_path / f"settings-{language}.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, language)
    return settings


@pytest.mark.parametrize(("system", "expected"), [
    ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("zh_MO", "zh_TW"),
    ("zh_Hant_CN", "zh_TW"), ("en_US", "en"), ("de_DE", "en"), ("ja_JP", "en"),
])
def test_the_system_choice_follows_language_and_script(system: str, expected: str) -> None:
    assert resolve_locale("system", QLocale(system)) == expected
    assert resolve_locale("zh_TW", QLocale(system)) == "zh_TW"  # an explicit choice wins


def test_the_choice_is_read_from_settings(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert saved_language(settings) == "system"
    settings.setValue(LANGUAGE_KEY, "zh_TW")
    assert saved_language(settings) == "zh_TW"
    settings.setValue(LANGUAGE_KEY, "klingon")
    assert saved_language(settings) == "system"


def test_a_missing_catalog_is_compiled_from_every_area_and_loaded(catalogs: Path, tmp_path: Path, english_after,
                                                                   capsys) -> None:
    app = english_after
    cache = tmp_path / "c"
    assert install_translators(app, _settings(tmp_path, "zh_CN"), i18n_dir=catalogs, cache_dir=cache) == "zh_CN"
    assert "not compiled yet" in capsys.readouterr().err
    assert (catalogs / "compiled" / catalog_name("zh_CN")).is_file()
    assert QCoreApplication.translate("ProbeWindow", "Images") == "图片"
    assert QCoreApplication.translate("ProbePage", "Settings") == "设置"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own catalog
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert "Noto Sans CJK SC" in app.font().families()

    assert install_translators(app, _settings(tmp_path, "zh_TW"), i18n_dir=catalogs, cache_dir=cache) == "zh_TW"
    assert QCoreApplication.translate("ProbePage", "Settings") == "設定"

    assert install_translators(app, _settings(tmp_path, "en"), i18n_dir=catalogs) == "en"
    assert QCoreApplication.translate("ProbePage", "Settings") == "Settings"


def test_a_catalog_older_than_a_source_is_compiled_again(catalogs: Path, tmp_path: Path, capsys) -> None:
    qm = ensure_catalog("zh_CN", catalogs, cache_dir=tmp_path / "c")
    built = qm.stat().st_mtime_ns
    capsys.readouterr()
    assert ensure_catalog("zh_CN", catalogs, cache_dir=tmp_path / "c") == qm  # current: left alone
    assert qm.stat().st_mtime_ns == built and capsys.readouterr().err == ""

    source = _ts(catalogs / "train.zh_CN.ts", "zh_CN", {("ProbePage", "Settings"): "设定"})  # a git pull
    later = qm.stat().st_mtime + 5
    os.utime(source, (later, later))
    assert ensure_catalog("zh_CN", catalogs, cache_dir=tmp_path / "c") == qm
    assert "changed since they were compiled" in capsys.readouterr().err
    assert qm.stat().st_mtime >= later - 5 and qm.stat().st_mtime_ns != built
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("ProbePage", "Settings") == "设定"


def test_a_read_only_install_compiles_into_the_user_cache(catalogs: Path, tmp_path: Path, monkeypatch,
                                                          capsys) -> None:
    monkeypatch.setattr(i18n, "_writable", lambda folder: False)
    qm = ensure_catalog("zh_TW", catalogs, cache_dir=tmp_path / "cache")
    assert qm == tmp_path / "cache" / catalog_name("zh_TW") and qm.is_file()
    assert str(qm) in capsys.readouterr().err
    assert ensure_catalog("zh_TW", catalogs, cache_dir=tmp_path / "cache") == qm  # found there next time


def test_a_folder_that_refuses_the_write_falls_back_to_the_cache(catalogs: Path, tmp_path: Path, monkeypatch,
                                                                  capsys) -> None:
    """os.access can say a folder is writable where writing fails (Windows' Program Files)."""
    real = i18n.compile_catalog

    def refuse_install_folder(sources: list[Path], qm: Path) -> None:
        if qm.parent == catalogs / "compiled":
            raise PermissionError(13, "Access is denied", str(qm))
        real(sources, qm)

    monkeypatch.setattr(i18n, "compile_catalog", refuse_install_folder)
    qm = ensure_catalog("zh_CN", catalogs, cache_dir=tmp_path / "cache")
    assert qm == tmp_path / "cache" / catalog_name("zh_CN") and qm.is_file()
    assert "cannot write" in capsys.readouterr().err


def test_without_lrelease_the_interface_stays_english_and_says_why(catalogs: Path, tmp_path: Path, monkeypatch,
                                                                   english_after, capsys) -> None:
    monkeypatch.setattr(i18n, "lrelease_command", lambda: None)
    assert install_translators(english_after, _settings(tmp_path, "zh_CN"), i18n_dir=catalogs,
                               cache_dir=tmp_path / "c") == "en"
    err = capsys.readouterr().err
    assert "pyside6-lrelease was not found" in err and "stays in English" in err
    assert QCoreApplication.translate("ProbePage", "Settings") == "Settings"


def test_compile_command_writes_one_catalog_per_locale(catalogs: Path, tmp_path: Path) -> None:
    written = i18n.compile_all(catalogs, tmp_path / "out")
    assert sorted(p.name for p in written) == ["danlu_zh_CN.qm", "danlu_zh_TW.qm"]


# ---- the real catalogs, in the real window


def _window_texts(qtbot, runner: JobRunner, tmp_path: Path, language: str) -> dict[str, str]:
    settings = _settings(tmp_path, language)
    assert install_translators(QApplication.instance(), settings, cache_dir=tmp_path / "cache") == language
    window = MainWindow(runner, settings, tmp_path / "demo-project")
    qtbot.addWidget(window)
    texts = {key: window.nav_item(key).text() for key, _label in (*WORKFLOW, *TOOLS)}
    texts["settings header"] = window.pages["settings"].findChild(QLabel, "pageTitle").text()
    return texts


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_the_window_is_built_in_the_chosen_language(qtbot, runner: JobRunner, tmp_path: Path, english_after) -> None:
    english = _window_texts(qtbot, runner, tmp_path, "en")
    assert [english[key] for key, _label in WORKFLOW] == [label for _key, label in WORKFLOW]
    assert english["settings header"] == "Settings"
    simplified = _window_texts(qtbot, runner, tmp_path, "zh_CN")
    untranslated = {key: text for key, text in simplified.items() if not _is_chinese(text)}
    assert not untranslated, f"shown in English under zh_CN: {untranslated}"
    traditional = _window_texts(qtbot, runner, tmp_path, "zh_TW")
    assert all(_is_chinese(text) for text in traditional.values()), traditional
    assert traditional != simplified  # 设置/設定, 图片/圖片: the Traditional catalog is its own


# ---- Settings page


def test_settings_offers_each_language_under_its_own_name(qtbot, runner: JobRunner, settings: QSettings,
                                                          tmp_path: Path) -> None:
    from desktop.recent_projects import RecentProjects

    settings.setValue(LANGUAGE_KEY, "zh_TW")
    page = SettingsPage(runner, settings, RecentProjects(settings))
    qtbot.addWidget(page)
    combo = page.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(LANGUAGES)
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["English", "简体中文", "繁體中文"]
    assert NATIVE_NAMES[resolve_locale("system")] in combo.itemText(0)
    assert combo.currentData() == "zh_TW"


def test_switching_language_stores_it_and_restart_can_wait(qtbot, window: MainWindow, monkeypatch) -> None:
    page: SettingsPage = window.pages["settings"]
    asked = []
    monkeypatch.setattr(page, "ask_restart", lambda: asked.append(True) or False)
    started = []
    monkeypatch.setattr(QProcess, "startDetached", lambda *args: started.append(args) or True)
    other = "zh_CN" if page.language_shown != "zh_CN" else "zh_TW"
    page.language_combo.setCurrentIndex(LANGUAGES.index(other))
    assert asked == [True] and started == []
    assert saved_language(window.settings) == other
    assert window.isVisible()
    # back to the language this run shows: nothing to restart for
    page.language_combo.setCurrentIndex(LANGUAGES.index(page.language_shown))
    assert asked == [True] and saved_language(window.settings) == page.language_shown


def test_restart_now_reopens_the_same_project(qtbot, window: MainWindow, monkeypatch) -> None:
    page: SettingsPage = window.pages["settings"]
    monkeypatch.setattr(page, "ask_restart", lambda: True)
    started = []
    monkeypatch.setattr(QProcess, "startDetached", lambda *args: started.append(args) or True)
    monkeypatch.setattr(QCoreApplication, "quit", lambda: started.append("quit"))
    other = "zh_TW" if page.language_shown != "zh_TW" else "en"
    page.language_combo.setCurrentIndex(LANGUAGES.index(other))
    assert started == [(sys.executable, ["-m", "desktop.launcher", "gui", str(window.project.root)]), "quit"]
    assert not window.isVisible()
    assert QSettings(window.settings.fileName(), QSettings.Format.IniFormat).value(LANGUAGE_KEY) == other


def test_restart_waits_when_the_window_stays_open(qtbot, window: MainWindow, monkeypatch) -> None:
    """Closing asks about running jobs; 'Cancel' there means no restart."""
    page: SettingsPage = window.pages["settings"]
    monkeypatch.setattr(window, "close", lambda: False)
    started = []
    monkeypatch.setattr(QProcess, "startDetached", lambda *args: started.append(args) or True)
    assert page.restart() is False and started == []
