"""Captions → Auto-caption on a copy of the demo project, with the tiny WD tagger laid out in a Hugging
Face cache under tmp_path as SmilingWolf/wd-vit-tagger-v3 (offline: nothing is downloaded)."""

from __future__ import annotations

import html
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings

from dataprep.caption_job import CaptionOptions, preview_changes
from dataprep.project import Project
from dataprep.tomlio import load_toml, save_toml
from dataprep.wd_tags import TagOptions
from desktop.jobs.runner import CANCELLED, FAILED, FINISHED, JobRunner
from desktop.pages import captions_autocaption
from desktop.pages.captions import CaptionsPage
from desktop.pages.captions_autocaption import AutoCaptionDialog
from desktop.pages.captions_autocaption_options import options_config
from desktop.pages.captions_autocaption_preview import ADDED, REMOVED, preview_html, tag_diff
from desktop.pages.captions_bulk import ALL, SELECTED

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the fake cache layout of the registry tests
from test_model_registry import VIT_V3, add_to_cache, tagger_files

TIMEOUT = 20_000


@pytest.fixture
def hf_cache(tmp_path: Path, tiny_models, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "hf"
    add_to_cache(cache, VIT_V3, tagger_files(tiny_models.wd_tagger))
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))  # the page and its job children read it
    return cache


@pytest.fixture
def page(qtbot, settings: QSettings, demo_project: Project, runner: JobRunner, hf_cache: Path):
    page = CaptionsPage(settings, runner=runner)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.set_project(demo_project)
    qtbot.waitUntil(lambda: page.store is not None and page.model.rowCount() == 12, timeout=TIMEOUT)
    yield page
    page.autosaver.flush()


@pytest.fixture
def dialog(qtbot, page: CaptionsPage) -> AutoCaptionDialog:
    dialog = page.open_autocaption()
    qtbot.waitUntil(lambda: "on disk" in dialog.model_box.currentText(), timeout=TIMEOUT)
    return dialog


def select(page: CaptionsPage, names: list[str]) -> list[Path]:
    selection = page.view.selectionModel()
    selection.clearSelection()
    images = [page.folder / f"{n}.jpg" for n in names]
    for image in images:
        index = page.model.index(page.model.view_row(page.store.index_of(image)))
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)
    return images


def set_combo(box, text: str) -> None:
    box.setCurrentIndex(box.findData(text))


def test_controls_round_trip_into_the_job_toml(dialog: AutoCaptionDialog, tmp_path: Path):
    wanted = CaptionOptions(
        model=VIT_V3, kind="wd_tagger", extension=".caption", mode="append", trigger="ohwx", separator=",",
        batch_size=3, workers=2, device="cpu",
        wd=TagOptions(general_threshold=0.4, character_threshold=0.9, general_mcut=True, max_tags=12, rating="last",
                      character_tags_first=True, undesired_tags=("watermark", "text"), always_first_tags=("1girl",),
                      replacements=(("cat", "feline"), ("signature", "")), underscores_to_spaces=False,
                      escape_parentheses=True),
    )  # fmt: skip
    dialog.set_options(wanted)
    assert dialog.options() == wanted
    toml = tmp_path / "caption.toml"
    save_toml(toml, {**dialog.job_config(), "run_dir": str(tmp_path / "run")})
    assert CaptionOptions.from_config(load_toml(toml)) == wanted

    # edited through the widgets themselves
    dialog.wd.controls["general_threshold"].setValue(0.25)
    dialog.wd.controls["character_mcut"].setChecked(True)
    dialog.wd.controls["undesired_tags"].setText(" solo ,, monochrome ")
    set_combo(dialog.top.controls["mode"], "overwrite")
    config = options_config(dialog.options())
    assert config["mode"] == "overwrite"
    assert config["wd"]["general_threshold"] == 0.25 and config["wd"]["character_mcut"] is True
    assert config["wd"]["undesired_tags"] == ["solo", "monochrome"]

    dialog.wd.controls["replacements"].setText("no equals sign")
    with pytest.raises(ValueError, match="source=target"):
        dialog.options()


def test_a_blip_model_shows_its_own_options(dialog: AutoCaptionDialog):
    assert dialog.wd_group.isVisibleTo(dialog) and not dialog.blip_group.isVisibleTo(dialog)
    dialog.model_box.setCurrentIndex(dialog.model_box.findData("Salesforce/blip-image-captioning-base"))
    assert dialog.blip_group.isVisibleTo(dialog) and not dialog.wd_group.isVisibleTo(dialog)
    assert dialog.model_box.currentText() == "BLIP captioning (base) — not downloaded"
    # offline (the suite's conftest): the registry's message, naming the model and how to get it
    text = dialog.model_state.text()
    assert "Salesforce/blip-image-captioning-base is not downloaded" in text and "hf download" in text
    assert not dialog.preview_button.isEnabled()


def test_tag_diff_marks_additions_and_removals():
    added, removed = tag_diff("ohwx, long_hair, red scarf", "ohwx, long hair, smile", ", ")
    assert added == [("ohwx", False), ("long hair", False), ("smile", True)]
    assert removed == ["red scarf"]
    assert tag_diff(None, "a, b", ", ") == ([("a", True), ("b", True)], [])


def test_preview_on_a_selection_shows_the_diff_and_writes_nothing(qtbot, page: CaptionsPage,
                                                                  dialog: AutoCaptionDialog):
    images = select(page, ["dnl_02", "dnl_05"])
    dialog.scope_box.set_scope(SELECTED)
    set_combo(dialog.top.controls["mode"], "overwrite")
    dialog.top.controls["trigger"].setText("1girl")
    set_combo(dialog.top.controls["device"], "cpu")
    before = {p: p.stat().st_mtime_ns for p in page.folder.iterdir()}
    assert dialog.preview_button.isEnabled()
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Preview"), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bool(dialog.changes), timeout=TIMEOUT)

    expected = preview_changes(images, dialog.options())
    assert [c.image for c in dialog.changes] == images
    assert [(c.old, c.new, c.action) for c in dialog.changes] == [(c.old, c.new, c.action) for c in expected]
    shown = dialog.preview_view.toPlainText()
    marked = preview_html(dialog.changes, ", ")
    for change in dialog.changes:
        added, removed = tag_diff(change.old, change.new, ", ")
        assert change.image.name in shown and change.new in shown
        assert change.action == "write" and removed and any(new for _t, new in added)
        for tag, new in added:
            assert (f"{ADDED}{html.escape(tag)}</span>" in marked) == new
        for tag in removed:
            assert f"{REMOVED}{html.escape(tag)}</s>" in marked
        assert added[0] == ("1girl", "1girl" not in change.old.split(", "))  # the trigger leads
    assert "would change. Nothing was written." in dialog.status.text()
    assert {p: p.stat().st_mtime_ns for p in page.folder.iterdir()} == before
    assert sorted(p.name for p in page.folder.iterdir()) == sorted(p.name for p in before)


def test_a_run_updates_the_rows_and_keeps_unsaved_edits(qtbot, page: CaptionsPage, dialog: AutoCaptionDialog):
    store = page.store
    page.select_store_row(store.index_of(page.folder / "dnl_01.jpg"))  # in the editor
    images = select(page, ["dnl_01", "dnl_03", "dnl_04"])
    dialog.scope_box.set_scope(SELECTED)
    set_combo(dialog.top.controls["mode"], "overwrite")
    set_combo(dialog.top.controls["device"], "cpu")
    expected = {c.image: c.new for c in preview_changes(images, dialog.options())}
    edited = store.index_of(images[0])
    page.autosaver.set_store(None)  # hold the user's edit unsaved while the job runs
    store.set_text(edited, "my own words")
    dialog.run_button.click()
    job = dialog.job.job
    assert job is not None and job.argv[2:4] == ["dataprep", "caption"]
    config = load_toml(Path(job.argv[4]))
    assert config["files"] == [str(p) for p in images] and config["mode"] == "overwrite"
    qtbot.waitUntil(lambda: not job.active, timeout=TIMEOUT)
    assert job.state == FINISHED, job.message
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Done"), timeout=TIMEOUT)
    assert dialog.written == 3
    for image in images[1:]:  # clean rows took the new captions
        row = store.row(store.index_of(image))
        assert row.text == expected[image] == row.path.read_text(encoding="utf-8").strip()
    mine = store.row(edited)
    assert mine.text == "my own words" and mine.conflict  # the user's unsaved text wins…
    assert mine.path.read_text(encoding="utf-8").strip() == expected[images[0]]
    assert page.problems.conflict.isVisible()  # …and a notice says the file changed
    assert "Keep mine" in page.problems.conflict.action_texts()
    assert page.status_label.text().startswith("Done: 3 caption(s) written")


def test_errors_show_the_jobs_message(qtbot, page: CaptionsPage, dialog: AutoCaptionDialog):
    bad = page.folder / "zz_broken.png"
    bad.write_bytes(b"not a png")
    page.set_project(page.project)
    qtbot.waitUntil(lambda: page.store is not None and len(page.store) == 13, timeout=TIMEOUT)
    dialog.scope_box.set_scope(ALL)
    set_combo(dialog.top.controls["mode"], "overwrite")
    set_combo(dialog.top.controls["device"], "cpu")
    dialog.run_button.click()
    job = dialog.job.job
    qtbot.waitUntil(lambda: not job.active, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Done"), timeout=TIMEOUT)
    assert "1 image(s) failed" in dialog.status.text() and "zz_broken.png" in dialog.status.text()

    # a model missing from the cache while offline: the job fails saying which and how to get it
    dialog.model_box.setCurrentIndex(dialog.model_box.findData("SmilingWolf/wd-swinv2-tagger-v3"))
    dialog.run_button.click()
    job = dialog.job.job
    qtbot.waitUntil(lambda: not job.active, timeout=TIMEOUT)
    assert job.state == FAILED
    text = dialog.status.text()
    assert text.startswith("Auto-caption failed:") and "wd-swinv2-tagger-v3 is not downloaded" in text


def test_cancel_stops_the_job(qtbot, page: CaptionsPage, dialog: AutoCaptionDialog, fake_argv, monkeypatch):
    monkeypatch.setattr(captions_autocaption, "job_argv", lambda *_a: fake_argv("until_cancelled"))
    dialog.scope_box.set_scope(ALL)
    assert not dialog.cancel_button.isEnabled()
    dialog.run_button.click()
    job = dialog.job.job
    qtbot.waitUntil(lambda: job.done > 0, timeout=TIMEOUT)
    assert dialog.cancel_button.isEnabled() and not dialog.run_button.isEnabled()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not job.active, timeout=TIMEOUT)
    assert job.state == CANCELLED
    assert dialog.status.text().startswith("Cancelled after")
    assert dialog.run_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_download_runs_as_a_job_when_online(qtbot, page: CaptionsPage, dialog: AutoCaptionDialog, fake_argv,
                                            monkeypatch):
    """Online, a missing model offers Download: the download-model job (a stand-in here: tests never download)."""
    monkeypatch.delenv("HF_HUB_OFFLINE")
    monkeypatch.delenv("DANLU_OFFLINE")
    calls = []
    monkeypatch.setattr(captions_autocaption, "job_argv",
                        lambda *a: (calls.append(a), fake_argv("until_cancelled"))[1])
    dialog.model_box.setCurrentIndex(dialog.model_box.findData("SmilingWolf/wd-eva02-large-tagger-v3"))
    assert dialog.download_button.isVisibleTo(dialog) and dialog.download_button.isEnabled()
    assert "is not downloaded yet" in dialog.model_state.text()
    dialog.download_button.click()
    job = dialog.download.job
    assert calls[0][:2] == ("dataprep", "download-model")
    assert load_toml(calls[0][2])["model"] == "SmilingWolf/wd-eva02-large-tagger-v3"
    qtbot.waitUntil(lambda: job.done > 0, timeout=TIMEOUT)
    assert dialog.model_state.text().startswith("Downloading WD EVA02-Large tagger v3") and \
        not dialog.download_button.isEnabled()
    page.runner.cancel(job.id)
    qtbot.waitUntil(lambda: not job.active, timeout=TIMEOUT)
    assert dialog.download_button.isEnabled()
