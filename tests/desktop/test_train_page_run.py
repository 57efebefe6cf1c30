"""A real training run launched from the Train page: the tiny SD 1.x model, 64 px images, 12 steps.

The run goes through everything a user's run does: the run folder and run.toml, the job runner's child
process (``python -m training train``), its events driving the graph and the progress bar step by step,
checkpoints drawn as markers, the speed remembered for the next estimate.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from dataprep.project import Concept, Project, create_project
from desktop.jobs.runner import FINISHED, JobRunner
from desktop.pages.train import TrainPage
from desktop.pages.train_speed import estimate
from training.config import load_config

STEPS = 12


def tiny_project(root: Path) -> Project:
    """Four 64 px images with captions, as a concept and as its built layout folder train/img/2_shs thing."""
    project = create_project(root, "tiny")
    layout = project.train_dir / "img" / "2_shs thing"
    for folder in (project.prepared_dir, layout):
        folder.mkdir(parents=True)
        for i in range(4):
            im = Image.new("RGB", (64, 64), (40 * i, 120, 200 - 30 * i))
            ImageDraw.Draw(im).ellipse((8 * i, 8, 8 * i + 32, 40), fill=(250, 250 - 50 * i, 20))
            im.save(folder / f"img{i}.png")
            (folder / f"img{i}.txt").write_text(f"shs, shape{i}, plain background", encoding="utf-8")
    project.concepts = [Concept("shs", "thing", 2, "prepared")]
    project.save()
    return project


@pytest.mark.slow
def test_a_tiny_run_from_the_page_updates_graph_and_progress(qtbot, tiny_models, settings, tmp_path: Path):
    runner = JobRunner(grace_s=5.0, env={"OMP_NUM_THREADS": "1"})
    page = TrainPage(runner, settings)
    qtbot.addWidget(page)
    page.resize(1200, 780)
    page.show()
    project = tiny_project(tmp_path / "proj")
    page.set_project(project)
    qtbot.waitUntil(lambda: not page.busy(), timeout=30_000)
    form = page.form
    for key, value in {
        "model.pretrained_model_name_or_path": str(tiny_models.sd1),
        "dataset.resolution": "64",
        "dataset.min_bucket_reso": 64,
        "dataset.max_bucket_reso": 128,
        "dataset.bucket_reso_steps": 16,
        "dataset.train_batch_size": 2,
        "network.network_dim": 4,
        "network.network_alpha": 4.0,
        "optimizer.learning_rate": 1e-2,
        "schedule.max_train_epochs": 3,
        "schedule.seed": 3,
        "precision.mixed_precision": "no",
        "saving.save_precision": "float",
        "saving.save_every_n_epochs": 1,
    }.items():
        form.set_value(key, value)
    qtbot.waitUntil(lambda: not page.busy(), timeout=30_000)
    assert page.steps is not None and page.steps["total_steps"] == STEPS  # 8 samples / batch 2 × 3 epochs
    assert page.checks.start_button.isEnabled(), page.checks.checks.text()

    seen: list[tuple[int, int, int]] = []  # (step, points drawn so far, progress value) at each metrics event

    def on_event(job, event):
        if event["event"] == "metrics":
            page.monitor.graph.flush()
            seen.append((event["step"], page.monitor.graph.point_count(), page.monitor.progress.value()))

    runner.job_event.connect(on_event)  # connected after the page: the page has handled the event already
    try:
        job = page.start()
        assert job is not None and page.views.currentIndex() == 1
        run_dir = page.jobs[job.id]
        assert run_dir.parent == project.runs_dir and load_config(run_dir / "run.toml").network.network_dim == 4
        qtbot.waitUntil(lambda: not job.active, timeout=180_000)
    finally:
        runner.shutdown(wait_ms=5000)
    assert job.state == FINISHED, job.message + "\n" + "\n".join(job.stderr_tail)

    assert [s for s, _, _ in seen] == list(range(1, STEPS + 1))
    assert all(points == step for step, points, _ in seen)  # drawn step by step while it ran
    graph = page.monitor.graph
    assert graph.point_count() == STEPS and len(graph.raw_curve.xData) == STEPS
    assert graph.epoch_steps == [4.5, 8.5]
    assert [s for s, _ in graph.checkpoints] == [4.0, 8.0, 12.0]  # epochs 1 and 2, then the final file
    assert page.monitor.progress.value() == page.monitor.progress.maximum() == STEPS
    assert page.monitor.state.text() == "finished"
    assert page.run_list.entries[0].state == FINISHED
    assert (run_dir / "tiny.safetensors").is_file() and (run_dir / "events.jsonl").is_file()  # the project name
    assert estimate(settings, form.config(), STEPS) is not None  # the speed is remembered for this machine
    assert page.checks.time.text().startswith("About ")
