"""Pages with nothing to show say what belongs there and offer the next step as a working button."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dataprep.project import create_project
from desktop.jobs.runner import JobRunner
from desktop.main_window import MainWindow
from desktop.pages.compare import ComparePage
from desktop.welcome import StartButtons
from training.grid_spec import MANIFEST_VERSION

PROJECT_PAGES = ("images", "captions", "regularization", "folders", "train", "compare")


def start_buttons(window: MainWindow, key: str) -> StartButtons:
    (buttons,) = window.pages[key].findChildren(StartButtons)
    return buttons


@pytest.mark.parametrize("key", PROJECT_PAGES)
def test_no_project_offers_the_demo_a_new_and_an_open_project(qtbot, window: MainWindow, key: str, monkeypatch):
    window.set_project(None)
    window.show_page(key)
    buttons = start_buttons(window, key)
    assert buttons.isVisible()
    opened: list[str] = []
    monkeypatch.setattr(window, "new_project_dialog", lambda: opened.append("new"))
    monkeypatch.setattr(window, "open_project_dialog", lambda: opened.append("open"))
    buttons.new_button.click()
    buttons.open_button.click()
    assert opened == ["new", "open"]
    buttons.demo_button.click()
    assert window.project is not None and window.project.name == "Danlu demo"
    assert window.current_page_key() == "images"
    window.show_page(key)
    # a project is open: the page shows it, or its own next step (the Images page once its folders are listed)
    qtbot.waitUntil(lambda: not buttons.isVisible(), timeout=10_000)


def test_images_page_without_folders_offers_to_add_one_not_to_open_a_project(qtbot, window: MainWindow,
                                                                             tmp_path: Path):
    window.set_project(create_project(tmp_path / "empty", "Empty"))
    page = window.pages["images"]
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title.text() == "No image folders yet"
    assert page.empty_add.isVisible() and not page.start_buttons.isVisible()
    window.set_project(None)
    assert not page.empty_add.isVisible()  # no project: adding a folder would go nowhere


@pytest.fixture
def compare(qtbot, tmp_path: Path):
    runner = JobRunner(grace_s=5.0)
    page = ComparePage(runner)
    qtbot.addWidget(page)
    page.show()
    yield page
    runner.shutdown(wait_ms=2000)


def test_compare_shows_what_to_do_until_a_grid_is_there(qtbot, compare: ComparePage, tmp_path: Path):
    assert compare.grid_stack.currentWidget() is compare.empty
    assert compare.empty.title.text() == "No project open" and compare.start_buttons.isVisible()

    project = create_project(tmp_path / "proj", "proj")
    compare.set_project(project)
    qtbot.waitUntil(lambda: compare.empty.title.text() == "No checkpoints to compare yet", timeout=10_000)
    assert not compare.start_buttons.isVisible()
    assert compare.empty_train.isVisible() and compare.empty_render.isVisible()
    with qtbot.waitSignal(compare.navigate) as navigated:
        compare.empty_train.click()
    assert navigated.args == ["train"]

    manifest = project.runs_dir / "run-1" / "grids" / "grid.json"
    manifest.parent.mkdir(parents=True)
    manifest.write_text(json.dumps({"version": MANIFEST_VERSION, "spec": {"width": 64, "height": 64},
                                    "rows": ["epoch 1"], "columns": ["a prompt"], "cells": []}), encoding="utf-8")
    compare.show_manifest(manifest)
    assert compare.grid_stack.currentWidget() is not compare.empty
    assert compare.view.isVisible()

    compare.set_project(create_project(tmp_path / "other", "other"))  # another project: not its grid
    assert compare.grid_stack.currentWidget() is compare.empty
    assert not compare.export_button.isEnabled()
