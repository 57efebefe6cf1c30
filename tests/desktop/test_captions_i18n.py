"""The Captions page in Simplified Chinese from the committed catalogs: its own texts, counts filled into
translated sentences, and the caption store's own undo step (named in English by dataprep) shown translated."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from dataprep.project import Project
from desktop.i18n import LANGUAGE_KEY, install_translators
from desktop.pages.captions import CaptionsPage

TIMEOUT = 10_000


def _settings(tmp_path: Path, language: str) -> QSettings:
    settings = QSettings(str(tmp_path / f"language-{language}.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, language)
    return settings


@pytest.fixture
def chinese(qapp, tmp_path: Path):
    font = qapp.font()
    assert install_translators(qapp, _settings(tmp_path, "zh_CN"), cache_dir=tmp_path / "qm") == "zh_CN"
    yield
    assert install_translators(qapp, _settings(tmp_path, "en")) == "en"
    qapp.setFont(font)


def test_the_captions_page_speaks_simplified_chinese(qtbot, chinese, settings: QSettings, demo_project: Project):
    page = CaptionsPage(settings)
    qtbot.addWidget(page)
    assert page.empty.title.text() == "没有打开的项目"
    page.set_project(demo_project)
    qtbot.waitUntil(lambda: page.store is not None and page.model.rowCount() == 12, timeout=TIMEOUT)
    assert page.header.title.text() == "打标"  # as the navigation names it
    assert page.header.subtitle.text() == "images/ 中有 12 张图片 · 所有改动已保存"
    assert page.count_label.text() == "12 张图片"
    assert page.scope_box.currentText() == "全部图片（12）"
    assert [page.side.tabText(i) for i in range(2)] == ["标签", "训练器视角"]
    headers = [page.tag_panel.model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
    assert headers == ["标签", "图片数", "显示中"]
    assert page.preview.shuffle.text() == "打乱标注顺序"  # a training setting's label, from the config catalog

    row = page.editor.row
    caption = page.store.row(row).path
    caption.write_text("1girl, solo, changed elsewhere", encoding="utf-8")
    page.check_disk()  # another program wrote it: the store reloads it as an undo step of its own
    qtbot.waitUntil(lambda: page.store.history.undo_label is not None, timeout=TIMEOUT)
    assert page.actions["undo"].text() == "撤销 从磁盘重新加载"
    page.undo()
    assert page.status_label.text() == "已撤销“从磁盘重新加载”（1 条标注）"
    page.autosaver.flush()


def test_auto_caption_choices_and_preview_words_are_translated(qtbot, chinese):
    """The boxes show the choices in Chinese, the job still gets the values it knows."""
    from dataprep.caption_job import CaptionChange, CaptionOptions
    from desktop.pages.captions_autocaption_options import OptionsForm
    from desktop.pages.captions_autocaption_preview import preview_html

    form = OptionsForm(CaptionOptions, ("mode", "device"))
    qtbot.addWidget(form)
    mode = form.controls["mode"]
    assert [mode.itemText(i) for i in range(mode.count())] == ["覆盖", "追加", "跳过"]
    mode.setCurrentIndex(2)
    assert form.values()["mode"] == "skip"
    form.set_values(CaptionOptions(mode="append"))
    assert mode.currentText() == "追加"
    html = preview_html([CaptionChange(Path("a.png"), Path("a.txt"), "1girl", "1girl, solo", "write")], ", ")
    assert "当前：" in html and "新：" in html
