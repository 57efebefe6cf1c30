"""The Compare page with the real grid job on the tiny SD 1.x model (2×2 cells, 64 px, 2 steps): cells
arrive live, a click opens a cell with its parameters, rows hide, the grid exports, a second render is all
cache; heat overlay and the favourite checkpoint on given scores. The grid job as the page follows it: one at a
time, and a job that dies, is cancelled or belongs to another project never leaves the page saying it renders."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from dataprep.project import Concept, create_project, load_project
from dataprep.tomlio import save_toml
from desktop.jobs.runner import CANCELLED, FAILED, FINISHED, QUEUED, JobRunner
from desktop.pages import compare
from desktop.pages.compare import ComparePage
from desktop.pages.compare_cell import CellDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))  # the grid test kit
from gridkit import make_run


@pytest.fixture
def page(qtbot, tiny_models, tmp_path):
    project = create_project(tmp_path / "proj", "tiny")
    project.concepts = [Concept("shs", "thing", 2, "prepared")]
    project.save()
    make_run(tiny_models.sd1, project.runs_dir / "shs-1", epochs=2)
    runner = JobRunner(grace_s=5.0, env={"OMP_NUM_THREADS": "1"})
    page = ComparePage(runner)
    qtbot.addWidget(page)
    page.resize(1200, 780)
    page.show()
    page.set_project(project)
    qtbot.waitUntil(lambda: page.setup.current_run() is not None, timeout=10_000)
    yield page
    runner.shutdown(wait_ms=2000)


def setup_small_grid(page: ComparePage, tiny_models) -> None:
    setup = page.setup
    assert setup.checkpoints.count() == 3  # no LoRA + two epochs
    setup.checkpoints.item(2).setCheckState(Qt.CheckState.Unchecked)
    setup.base_models.setPlainText(str(tiny_models.sd1))
    setup.prompts.setPlainText("shs thing, plain background")
    setup.seeds.setText("1, 2")
    setup.steps.setValue(2)
    setup.width_box.setValue(64)
    setup.height_box.setValue(64)
    setup.sampler.setCurrentIndex(setup.sampler.findData("euler"))
    setup.clip_model.clear()


def render(qtbot, page: ComparePage):
    job = page.render_grid()
    assert job is not None
    qtbot.waitUntil(lambda: not job.active, timeout=120_000)
    assert job.state == FINISHED, job.message
    return job


def test_the_setup_speaks_the_installed_catalog_and_its_presets_still_apply(qtbot, install_catalog):
    """The real compare.zh_CN.ts, compiled: translated axis and preset names; a preset is found by its key, not by
    the (translated) text the menu shows."""
    from desktop.pages.compare_setup import CompareSetup
    from training.grid_spec import GridSpecError

    install_catalog("compare")
    setup = CompareSetup()
    qtbot.addWidget(setup)
    assert setup.rows_axis.currentText() == "检查点"
    index = setup.preset.findData("weights")
    assert setup.preset.itemText(index) == "按 LoRA 权重对比"
    setup.preset.activated.emit(index)
    assert setup.weights.text() == "0.5, 0.76, 1"
    assert setup.columns_axis.currentData() == "weight"
    setup.columns_axis.setCurrentIndex(setup.columns_axis.findData("checkpoint"))
    with pytest.raises(GridSpecError):
        setup.spec()
    assert setup.error.text() == "行和列都设成了检查点；请把其中一个换成别的维度。"


def test_a_small_grid_renders_live_and_can_be_inspected_hidden_and_exported(qtbot, page, tiny_models, tmp_path):
    setup_small_grid(page, tiny_models)
    job = render(qtbot, page)
    view = page.view
    assert view.rows == ["no LoRA", "epoch 1"] and len(view.columns) == 2
    assert set(view.records) == {(0, 0), (0, 1), (1, 0), (1, 1)}
    cells = [e["data"]["cell"] for e in job.events if e["event"] == "result" and "cell" in e["data"]]
    assert len(cells) == 4 and not any(c["cached"] for c in cells)

    # a click on a cell opens it with its exact parameters, copyable
    rect = view.cell_rect(1, 1)
    with qtbot.waitSignal(view.cell_clicked) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(rect.center()))
    record = clicked.args[0]
    assert (record["row"], record["column"]) == (1, 1)
    dialog = CellDialog(record)
    qtbot.addWidget(dialog)
    dialog.copy_parameters()
    text = QGuiApplication.clipboard().text()
    assert "<lora:shs-000001:0.76>" in text and "Seed: 2" in text and "Size: 64x64" in text

    # hiding the first row moves the second up into its place
    top = view.cell_rect(0, 0).top()
    view.set_hidden({0}, set())
    assert view.cell_rect(1, 0).top() == top and not view._items[(0, 0)][0].isVisible()

    out = tmp_path / "grid.png"
    page.export_to(out)
    qtbot.waitUntil(lambda: "Exported" in page.status.text(), timeout=10_000)
    sheet = Image.open(out)
    assert sheet.width > 2 * 256 and 256 < sheet.height < 2 * 256  # 256 px cells, two columns, one row left

    # the same grid again: every cell from the cache
    view.set_hidden(set(), set())
    again = render(qtbot, page)
    assert all(e["data"]["cell"]["cached"] for e in again.events if e["event"] == "result" and "cell" in e["data"])
    assert len(view.records) == 4


def test_scores_tint_cells_star_the_suggestion_and_copy_the_favourite(qtbot, page, tiny_models):
    setup_small_grid(page, tiny_models)
    render(qtbot, page)
    lora = page.records[2]["params"]["checkpoint"]
    scores = {"cells": [{"clip_t": t, "clip_i": i, "diversity": 0.3} for t, i in
                        ((0.30, 0.5), (0.31, 0.52), (0.29, 0.8), (0.28, 0.82))],
              "summary": [{"checkpoint": "", "weight": 0.0, "label": "no LoRA", "cells": 2, "clip_t": 0.305,
                           "clip_i": 0.51, "diversity": 0.3},
                          {"checkpoint": lora, "weight": 0.76, "label": "epoch 1 @ 0.76", "cells": 2,
                           "clip_t": 0.285, "clip_i": 0.81, "diversity": 0.3}],
              "suggestion": {"checkpoint": lora, "weight": 0.76, "reason": "epoch 1 @ 0.76: highest identity"}}
    page._set_scores(scores)
    assert page.overlay.currentData() == "clip_i"  # identity shown first
    heat = [c for c in page.view._items[(1, 1)][0].childItems() if c.data(0) == "heat"]
    assert heat and "Suggested: epoch 1" in page.summary.reason.text()
    assert page.summary.table.item(1, 0).text().startswith("★ ")
    assert page.summary.use_button.isEnabled()
    page.summary.use_button.click()
    qtbot.waitUntil(lambda: "Final LoRA" in page.summary.status.text(), timeout=10_000)
    final = page.project.root / "final" / "shs-1.safetensors"
    assert final.read_bytes() == Path(lora).read_bytes()
    assert final.with_suffix(".json").is_file()
    page.overlay.setCurrentIndex(0)
    assert not [c for c in page.view._items[(1, 1)][0].childItems() if c.data(0) == "heat"]


def test_grid_labels_and_scores_table_in_the_interface_language(qtbot, page, tiny_models, install_catalog):
    """The grid file keeps English labels; the page shows them in the user's language (zh_TW here), also the
    checkpoint list and the scores table, and falls back to the file's words for a spec it cannot read."""
    from dataclasses import asdict

    from training.grid_spec import NO_LORA, GridSpec, plan_grid

    install_catalog("config", "zh_TW")
    install_catalog("compare", "zh_TW")
    run = page.setup.current_run()
    page.setup._run_selected(0)
    assert [page.setup.checkpoints.item(i).text() for i in range(3)] == ["不加 LoRA（僅底模）", "第 1 輪", "第 2 輪"]
    epoch = run.checkpoints[0].path
    spec = GridSpec(checkpoints=[NO_LORA, epoch], prompts=["a", "b"], weights=[0.5, 1.0], seeds=[3],
                    rows=["checkpoint", "weight"], columns=["prompt", "seed"], base_models=[str(tiny_models.sd1)])
    plan = plan_grid(spec)
    assert plan.rows[:3] == ["no LoRA · weight 0.5", "no LoRA · weight 1", "epoch 1 · weight 0.5"]
    manifest = page.project.root / "grid.json"
    page._start_grid(plan.rows, plan.columns, manifest, asdict(spec))
    assert page.view.rows[:3] == ["不加 LoRA · 權重 0.5", "不加 LoRA · 權重 1", "第 1 輪 · 權重 0.5"]
    assert page.view.columns == ["a · 種子 3", "b · 種子 3"]
    page._start_grid(plan.rows, plan.columns, manifest, {**asdict(spec), "rows": ["nonsense"]})
    assert page.view.rows == plan.rows  # not a spec any more: the file's own labels

    page._set_scores({"cells": [], "summary": [
        {"checkpoint": "", "weight": 0.0, "label": "no LoRA", "cells": 2, "clip_t": 0.3, "clip_i": None,
         "diversity": None},
        {"checkpoint": epoch, "weight": 0.5, "label": "epoch 1 @ 0.5", "cells": 2, "clip_t": 0.29, "clip_i": None,
         "diversity": None}]})
    assert [page.summary.table.item(r, 0).text() for r in range(2)] == ["不加 LoRA", "第 1 輪 @ 0.5"]


JOB_TIMEOUT = 20_000


def test_a_grid_job_that_dies_says_so_and_frees_the_render_button(qtbot, page: ComparePage, tiny_models, fake_argv,
                                                                  monkeypatch):
    setup_small_grid(page, tiny_models)
    monkeypatch.setattr(compare, "job_argv", lambda *_args: fake_argv("crash"))  # dies without an error event
    job = page.render_grid()
    assert job is not None
    assert not page.render_button.isEnabled() and page.cancel_button.isVisible()
    assert page.render_grid() is None and page.runner.jobs() == [job]  # a second click queues no second grid
    qtbot.waitUntil(lambda: not job.active, timeout=JOB_TIMEOUT)
    assert job.state == FAILED
    assert page.status.text() == ("Grid failed: The job exited with code 3: RuntimeError: the model file is corrupt "
                                  "(details on the Jobs page)")
    assert page.render_button.isEnabled() and not page.cancel_button.isVisible()


def test_cancel_from_the_page_says_the_cells_are_kept(qtbot, page: ComparePage, tiny_models, fake_argv, monkeypatch):
    setup_small_grid(page, tiny_models)
    monkeypatch.setattr(compare, "job_argv", lambda *_args: fake_argv("until_cancelled"))
    job = page.render_grid()
    qtbot.waitUntil(lambda: job.summary.started, timeout=JOB_TIMEOUT)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not job.active, timeout=JOB_TIMEOUT)
    assert job.state == CANCELLED
    assert page.status.text().startswith("Grid cancelled; the cells rendered so far are kept")
    assert page.render_button.isEnabled() and not page.cancel_button.isVisible()


def test_another_projects_grid_draws_nothing_here_and_is_followed_again_on_return(qtbot, page: ComparePage,
                                                                                 tiny_models, fake_argv,
                                                                                 tmp_path: Path):
    runner = page.runner
    flag = tmp_path / "go"
    save_toml(tmp_path / "wait.toml", {"flag": str(flag)})
    blocker = runner.submit("busy", fake_argv("until_file", tmp_path / "wait.toml"), kind="gpu")
    setup_small_grid(page, tiny_models)
    first = page.project
    job = page.render_grid()  # waits behind the GPU job: queued counts as rendering, no timing involved
    assert job is not None and job.state == QUEUED

    page.set_project(create_project(tmp_path / "other", "other"))
    assert page.job is None and page.render_button.isEnabled() and not page.cancel_button.isVisible()
    runner.job_event.emit(job, {"event": "progress", "done": 1, "total": 4, "unit": "image"})
    assert page.status.text() == "Reading runs…"  # the other project's grid says nothing here

    page.set_project(load_project(first.root))  # File → Open recent on the first project: its grid again
    assert page.job is job and not page.render_button.isEnabled() and page.cancel_button.isVisible()
    assert page.render_grid() is None
    page.cancel_grid()
    assert job.state == CANCELLED and page.render_button.isEnabled()
    flag.touch()
    qtbot.waitUntil(lambda: not blocker.active, timeout=JOB_TIMEOUT)
