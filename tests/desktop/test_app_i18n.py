"""The app area in Chinese (resources/i18n/app.<locale>.ts): what the user reads is translated while the
keys the code compares (tab names, job states, theme keys) stay English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator

from dataprep.events import PROGRESS_UNITS
from desktop.i18n import compile_catalog
from desktop.jobs.runner import CANCELLED, Job, JobRunner
from desktop.jobs.table_model import PROGRESS_FORMATS, STATE_COL, JobsTableModel, progress_text, state_text
from desktop.pages.settings import SettingsPage
from desktop.recent_projects import RecentProjects
from desktop.theme import THEMES
from desktop.widgets.config_form import TABS, ConfigForm
from tools.i18n import ts_path


def _catalog(locale: str) -> dict[tuple[str, str], str]:
    root = ET.parse(ts_path("app", locale)).getroot()
    return {(ctx.findtext("name", ""), m.findtext("source", "")): m.findtext("translation", "")
            for ctx in root.iter("context") for m in ctx.iter("message")}


@pytest.fixture(params=["zh_CN", "zh_TW"])
def zh(request, qapp, tmp_path: Path):
    """The app catalog of the locale installed; (context, source) → translation."""
    qm = tmp_path / f"app_{request.param}.qm"
    compile_catalog([ts_path("app", request.param)], qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield _catalog(request.param)
    QCoreApplication.removeTranslator(translator)


def test_form_tabs_show_translated_names_under_english_keys(qtbot, zh) -> None:
    form = ConfigForm()
    qtbot.addWidget(form)
    assert [form.tabs.tabText(i) for i in range(len(TABS))] == [zh["ConfigForm", name] for name in TABS]
    assert form.current_tab() == "Basic"
    form.search.setText("learning")
    advanced = TABS.index("Advanced")
    assert form.tabs.tabText(advanced).startswith(zh["ConfigForm", "Advanced"])
    form.reveal("optimizer.learning_rate")
    assert form.current_tab() in TABS


def test_number_entry_problems_are_whole_translated_sentences(qtbot, zh) -> None:
    form = ConfigForm()
    qtbot.addWidget(form)
    editor = form.rows["optimizer.learning_rate"].editor
    editor.edit.setText("fast")
    editor.edit.textEdited.emit("fast")
    assert editor.problem() == zh["NumberEditor", "'{text}' is not a number."].format(text="fast")


def test_job_states_are_shown_translated_and_kept_as_keys(qtbot, zh, runner: JobRunner) -> None:
    model = JobsTableModel(runner)
    job = Job(1, "probe", ["true"], state=CANCELLED)
    model._on_added(job)
    assert model.index(0, STATE_COL).data() == zh["JobsTableModel", "Cancelled"] == state_text(CANCELLED)
    assert job.state == "cancelled"
    header = model.headerData(STATE_COL, Qt.Orientation.Horizontal)
    assert header == zh["JobsTableModel", "State"]


def test_theme_choices_are_translated_and_keep_their_keys(qtbot, zh, runner: JobRunner, settings: QSettings) -> None:
    page = SettingsPage(runner, settings, RecentProjects(settings))
    qtbot.addWidget(page)
    combo = page.theme_combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(THEMES)
    assert combo.itemText(THEMES.index("dark")) == zh["SettingsPage", "Dark"] != "Dark"


def test_every_progress_unit_of_the_protocol_has_its_phrases() -> None:
    assert set(PROGRESS_FORMATS) == set(PROGRESS_UNITS)


def test_progress_is_shown_with_the_translated_counter_word(qtbot, zh) -> None:
    job = Job(1, "probe", ["true"])
    job.apply({"event": "progress", "done": 3, "total": 12, "unit": "image"}, 0.0)
    assert progress_text(job) == zh["JobsTableModel", "{done} / {total} images"].format(done=3, total=12)
    assert "3" in progress_text(job) and "images" not in progress_text(job)
