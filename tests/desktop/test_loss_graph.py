"""The loss graph: growing buffers, curves, epoch lines, checkpoint markers, lr axis, log scale, overlays."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.widgets.loss_graph import INITIAL_CAPACITY, MAX_EPOCH_LINES, LossGraph, SeriesBuffer


@pytest.fixture
def graph(qtbot) -> LossGraph:
    graph = LossGraph()
    qtbot.addWidget(graph)
    graph.resize(800, 400)
    graph.show()
    return graph


def test_series_buffer_grows_by_doubling_and_keeps_every_row():
    buf = SeriesBuffer(2, capacity=4)
    for i in range(10):
        buf.append((i, i * 2.0, i * 3.0))
    assert buf.n == 10 and len(buf.data) == 16
    assert buf.column(0).tolist() == list(range(10))
    assert buf.column(2).tolist() == [i * 3.0 for i in range(10)]
    buf.set(np.ones((3000, 3)))
    assert buf.n == 3000 and len(buf.data) == 4096 and buf.column(1).sum() == 3000


def test_appended_steps_are_drawn_after_a_flush(graph: LossGraph):
    for step in range(1, 2001):
        graph.append(step, 1.0 / step, 0.5 / step, [1e-4, 2e-4])
    assert graph.raw_curve.xData is None or len(graph.raw_curve.xData) == 0  # drawn on the timer, not per point
    graph.flush()
    assert len(graph.raw_curve.xData) == 2000 and graph.raw_curve.yData[-1] == pytest.approx(1 / 2000)
    assert graph.avg_curve.yData[0] == 0.5
    assert len(graph.loss.data) >= 2000 > INITIAL_CAPACITY
    assert graph.lr_groups == 2
    assert graph.lr_curves[0].yData[0] == 1e-4 and graph.lr_curves[1].yData[0] == 2e-4
    assert all(c.isVisible() for c in graph.lr_curves)
    assert graph.status.text() == "2,000 steps"


def test_the_redraw_timer_flushes_by_itself(qtbot, graph: LossGraph):
    graph.append(1, 0.3, 0.3, [1e-4])
    qtbot.waitUntil(lambda: graph.raw_curve.xData is not None and len(graph.raw_curve.xData) == 1)
    assert graph.lr_groups == 1 and graph.lr_curves[0].isVisible() and not graph.lr_curves[1].isVisible()


def test_epoch_lines_and_checkpoint_markers(graph: LossGraph):
    for step in range(1, 31):
        if step in (11, 21):
            graph.add_epoch_boundary(step - 0.5)
        graph.append(step, 0.2, step / 100, [1e-4])
    graph.add_checkpoint(10, "run/lora-000001.safetensors")
    graph.add_checkpoint(20, "run/lora-000002.safetensors")
    graph.flush()
    assert [line.value() for line in graph._epoch_lines] == [10.5, 20.5]
    x, y = graph.checkpoint_marks.xData, graph.checkpoint_marks.yData
    assert x.tolist() == [10, 20] and y.tolist() == [0.1, 0.2]  # on the average curve
    assert graph.status.text() == "30 steps · 3 epochs"


def test_set_series_replaces_everything(graph: LossGraph):
    graph.append(1, 9.0, 9.0, [1.0])
    columns = np.column_stack([np.arange(1, 101), np.full(100, 0.2), np.full(100, 0.1)]).astype(float)
    lr = np.column_stack([np.arange(1, 101), np.full(100, 1e-4), np.full(100, 1e-4)]).astype(float)
    graph.set_series(columns, lr, 1, [50.5], [(100.0, "final.safetensors")])
    assert len(graph.raw_curve.xData) == 100 and graph.raw_curve.yData.max() == 0.2
    assert graph.epoch_steps == [50.5] and graph.checkpoints == [(100.0, "final.safetensors")]


def test_log_scale_and_lr_axis_toggles(graph: LossGraph):
    item = graph.plot.getPlotItem()
    graph.log_scale.setChecked(True)
    assert item.ctrl.logYCheck.isChecked()
    graph.set_log_y(False)
    assert not graph.log_scale.isChecked() and not item.ctrl.logYCheck.isChecked()
    graph.show_lr.setChecked(False)
    assert not graph.lr_view.isVisible() and not item.getAxis("right").isVisible()


def test_overlays_of_other_runs(graph: LossGraph):
    graph.set_overlay("run-a", np.arange(5.0), np.ones(5))
    graph.set_overlay("run-b", np.arange(3.0), np.ones(3))
    graph.set_overlay("run-a", np.arange(7.0), np.ones(7))
    assert graph.overlay_names() == ["run-a", "run-b"]
    assert len(graph._overlays["run-a"].xData) == 7
    graph.remove_overlay("run-a")
    assert graph.overlay_names() == ["run-b"]


def test_clear_forgets_the_run_but_keeps_overlays(graph: LossGraph):
    graph.set_overlay("other", np.arange(3.0), np.ones(3))
    graph.append(1, 0.1, 0.1, [1e-4])
    graph.add_epoch_boundary(0.5)
    graph.clear()
    assert graph.point_count() == 0 and graph.epoch_steps == [] and graph._epoch_lines == []
    assert graph.overlay_names() == ["other"] and graph.status.text() == "No steps yet"


def test_many_epochs_draw_at_most_a_bounded_number_of_lines(graph: LossGraph):
    columns = np.column_stack([np.arange(1, 1001), np.ones(1000), np.ones(1000)]).astype(float)
    graph.set_series(columns, columns, 1, [s + 0.5 for s in range(1, 1000)], [])
    assert len(graph.epoch_steps) == 999 and len(graph._epoch_lines) <= MAX_EPOCH_LINES
    for step in range(20):
        graph.add_epoch_boundary(2000.5 + step)
    assert len(graph._epoch_lines) <= MAX_EPOCH_LINES + 1


def test_axes_follow_the_run_without_rescaling_every_step(graph: LossGraph):
    graph.set_live(True)
    for step in range(1, 101):
        graph.append(step, 1.0, 1.0, [1e-4])
    graph.flush()
    x_lo, x_hi = graph.view.viewRange()[0]
    assert x_lo <= 1 and x_hi >= 100 * 1.2  # room for the steps to come
    graph.append(101, 1.0, 1.0, [1e-4])
    graph.flush()
    assert graph.view.viewRange()[0] == [x_lo, x_hi]  # the next step changes no range
    graph.append(102, 5.0, 1.0, [1e-4])  # a spike grows the y range
    graph.flush()
    assert graph.view.viewRange()[1][1] >= 5.0
    graph.set_live(False)
    assert graph.view.viewRange()[0][1] == pytest.approx(102)  # a finished run fills the width


def test_a_users_zoom_stops_following_until_fit(graph: LossGraph):
    for step in range(1, 51):
        graph.append(step, 1.0 / step, 1.0 / step, [])
    graph.flush()
    graph.view.sigRangeChangedManually.emit([True, True])  # what a drag or a wheel turn emits
    graph.view.setRange(xRange=(10, 20), padding=0)
    graph.append(51, 0.01, 0.01, [])
    graph.flush()
    assert graph.view.viewRange()[0] == [10, 20]
    graph.fit()
    assert graph.following and graph.view.viewRange()[0][1] >= 51
