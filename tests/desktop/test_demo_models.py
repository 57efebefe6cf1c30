"""The tiny demo models in the app: the build job, the bar on the model pages, and what the demo project's pages
fill in once the kit is there."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from dataprep.events import Emitter
from dataprep.jobs import JobContext
from desktop.jobs.runner import FINISHED
from desktop.widgets.demo_models_bar import DemoModelsBar
from training.demo_models import demo_models_job, folder_settings, is_demo_model, project_kit, ready_kit

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="points the user cache elsewhere with XDG_CACHE_HOME")

TIMEOUT = 10_000


def kit_cache(root: Path, tiny_models) -> Path:
    """An XDG cache folder whose danlu/tiny-models is the session's tiny kit."""
    (root / "danlu").mkdir(parents=True)
    (root / "danlu" / "tiny-models").symlink_to(tiny_models.sd1.parent.parent, target_is_directory=True)
    return root


def test_the_job_reports_the_kit_and_pages_see_it_only_for_the_demo_project(tiny_models, demo_project, tmp_path,
                                                                             monkeypatch):
    stream = io.StringIO()
    cache = tiny_models.sd1.parent.parent
    ctx = JobContext("demo-models", {"cache": str(cache)}, None, Emitter(stream=stream), None)
    assert demo_models_job(ctx) == [str(tiny_models.sd1.parent)]
    events = [json.loads(line) for line in stream.getvalue().splitlines()]
    (result,) = [e["data"] for e in events if e["event"] == "result"]
    assert result["sd1"] == str(tiny_models.sd1) and result["wd_tagger"] == str(tiny_models.wd_tagger)

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "empty"))
    assert ready_kit() is None and project_kit(demo_project) is None
    monkeypatch.setenv("XDG_CACHE_HOME", str(kit_cache(tmp_path / "cache", tiny_models)))
    assert demo_project.demo_models and project_kit(demo_project) == ready_kit()
    assert is_demo_model(ready_kit().sd1) and not is_demo_model(tmp_path)
    demo_project.demo_models = False
    assert project_kit(demo_project) is None


def test_build_from_the_bar_then_every_model_page_fills_in_the_tiny_models(qtbot, window, tiny_models, tmp_path,
                                                                            monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "empty"))
    window.open_demo()
    train = window.pages["train"]
    bar: DemoModelsBar = train.demo_bar
    assert bar.isVisibleTo(train) and bar.kit() is None and bar.build_button.isVisibleTo(bar)
    assert "needs a model" in bar.text.text()
    settings = window.pages["settings"]  # Settings → Models offers the same build
    assert settings.demo_bar.isVisibleTo(settings) and settings.demo_bar.build_button.isVisibleTo(settings.demo_bar)
    welcome = window.pages["welcome"]  # and the welcome page, next to "Open the demo project"
    assert welcome.demo_models.isVisibleTo(welcome) and welcome.demo_models.build_button.isVisibleTo(welcome)
    assert train.form.value("model.pretrained_model_name_or_path") == ""
    assert window.pages["folders"].schedule.config()["resolution"] == int(folder_settings()["resolution"]) == 64

    # the job finds the kit already built (the session's, through the cache folder) and finishes
    monkeypatch.setenv("XDG_CACHE_HOME", str(kit_cache(tmp_path / "cache", tiny_models)))
    kit = ready_kit()
    assert kit is not None
    job = bar.build()
    assert job.argv[1:4] == ["-m", "training", "demo-models"] and bar.build() is job  # one build at a time
    qtbot.waitUntil(lambda: not job.active, timeout=120_000)
    assert job.state == FINISHED, job.message + "\n".join(job.stderr_tail)

    assert train.form.value("model.pretrained_model_name_or_path") == str(kit.sd1)
    assert train.form.value("schedule.max_train_epochs") == 2
    assert not bar.build_button.isVisibleTo(bar) and "random weights" in bar.text.text()
    reg = window.pages["regularization"]
    qtbot.waitUntil(lambda: reg.form.values()["model"] == str(kit.sd1), timeout=TIMEOUT)
    assert (reg.form.values()["width"], reg.form.values()["steps"]) == (64, 4)
    assert reg.check_panel.clip_model.text() == str(kit.open_clip)
    captions = window.pages["captions"]
    qtbot.waitUntil(lambda: captions.store is not None, timeout=TIMEOUT)
    dialog = captions.open_autocaption()
    assert dialog is not None and dialog.model() == str(kit.wd_tagger)
    assert "random weights" in dialog.model_box.currentText()
    dialog.close()


def test_the_bar_stays_hidden_for_other_projects(qtbot, runner, tmp_path):
    from dataprep.project import create_project

    bar = DemoModelsBar(runner)
    qtbot.addWidget(bar)
    bar.set_project(create_project(tmp_path / "mine"))
    assert bar.isHidden() and bar.kit() is None
