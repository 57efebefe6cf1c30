"""The training form in Chinese: labels, tooltips, help, section titles and greyed-out reasons come from
resources/i18n/config.<locale>.ts; keys and choice values stay as the TOML file has them; a search finds a
setting by its English or its translated words."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.i18n import compile_catalog
from desktop.widgets.config_form import ConfigForm
from desktop.widgets.config_text import CONTEXT
from tools.i18n import ts_path
from tools.i18n_config import AREA


def _catalog(locale: str) -> dict[str, str]:
    root = ET.parse(ts_path(AREA, locale)).getroot()
    return {m.findtext("source", ""): m.findtext("translation", "") for m in root.iter("message")}


@pytest.fixture(params=["zh_CN", "zh_TW"])
def translated(request, qapp, tmp_path: Path):
    """(form built under the locale's compiled config catalog, source → translation)."""
    qm = tmp_path / f"config_{request.param}.qm"
    compile_catalog([ts_path(AREA, request.param)], qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    form = ConfigForm()
    yield form, _catalog(request.param)
    form.deleteLater()
    QCoreApplication.removeTranslator(translator)


def test_labels_tooltips_help_and_sections_are_translated(translated) -> None:
    form, zh = translated
    row = form.rows["optimizer.learning_rate"]
    assert row.label.text() == zh["Learning rate"] != "Learning rate"
    tip = row.label.toolTip()
    assert zh["Learning rate"] in tip and "<code>optimizer.learning_rate</code>" in tip
    assert zh[row.info.spec.help][:20] in tip and row.info.spec.help[:20] not in tip
    form.show_help(row)
    assert zh["Learning rate"] in form.help.text() and "optimizer.learning_rate" in form.help.text()
    titles = {w.text() for w in form.findChildren(type(row.label)) if w.objectName() == "sectionTitle"}
    assert {zh["Optimizer"], zh["Noise"]} <= titles
    assert QCoreApplication.translate(CONTEXT, "Noise") == zh["Noise"]


def test_choices_stay_the_values_the_toml_file_holds(translated) -> None:
    form, _ = translated
    combo = form.rows["schedule.lr_scheduler"].editor.combo
    assert "cosine_with_restarts" in [combo.itemText(i) for i in range(combo.count())]


def test_a_greyed_out_setting_names_the_rule_in_the_language(translated) -> None:
    form, zh = translated
    form.set_value("schedule.lr_scheduler", "constant")
    reason = form.rows["schedule.lr_scheduler_num_cycles"].reason
    expected = zh["'{name}' is {values}"].format(name=zh["LR scheduler"], values="'cosine_with_restarts'")
    assert reason == expected


@pytest.mark.parametrize("words", ["learning rate", "optimizer.learning_rate"])
def test_search_finds_a_setting_by_english_words_too(translated, words: str) -> None:
    form, _ = translated
    form.search.setText(words)
    assert "optimizer.learning_rate" in form.visible_keys()


def test_search_finds_a_setting_by_its_translated_label(translated) -> None:
    form, zh = translated
    form.search.setText(zh["Noise offset"])
    assert "noise.noise_offset" in form.visible_keys()
    assert "optimizer.learning_rate" not in form.visible_keys()
