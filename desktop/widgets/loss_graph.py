"""The live loss graph: raw loss (thin), its moving average (thick), the learning rate on a second axis,
epoch boundaries, checkpoint markers, other runs overlaid; zoom and pan with the mouse, log scale.

Points go into preallocated numpy buffers (doubling when full); the curves are redrawn at most
every REDRAW_MS from views of those buffers, downsampled to about one point (raw loss: its min and
max) per pixel column and clipped to the view. The axes follow the data from bounds kept while
appending, not from pyqtgraph's auto-range (which scans every point of every curve on each redraw),
until the user pans or zooms; "Fit" follows again. So a redraw costs about the same for 1,000 or
100,000 points.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

REDRAW_MS = 100
INITIAL_CAPACITY = 1024
DOWNSAMPLE_FACTOR = 1.0  # points (raw loss: min/max pairs) per pixel column of the view
LIVE_AHEAD = 0.25  # room left on the x axis of a running run, as a fraction of the steps so far
MAX_EPOCH_LINES = 50  # beyond that, every n-th boundary is drawn (each line costs ~0.15 ms per redraw)
LR_NAMES = {1: (QT_TRANSLATE_NOOP("LossGraph", "lr"),),  # the trainer's param group order
            2: (QT_TRANSLATE_NOOP("LossGraph", "lr text encoder"), QT_TRANSLATE_NOOP("LossGraph", "lr U-Net"))}
RAW_COLOR, AVG_COLOR, LR_COLOR, CHECKPOINT_COLOR = "#e8a29a", "#c0392b", "#2e86c1", "#1e8449"
OVERLAY_COLORS = ("#7d3c98", "#d68910", "#17a589", "#566573", "#a04000", "#2471a3")


class SeriesBuffer:
    """Growing columns of float64: x plus *width* y columns, appended row by row or set in bulk."""

    def __init__(self, width: int, capacity: int = INITIAL_CAPACITY) -> None:
        self.data = np.empty((capacity, width + 1), dtype=np.float64)
        self.n = 0

    def append(self, row: Sequence[float]) -> None:
        if self.n == len(self.data):
            grown = np.empty((2 * len(self.data), self.data.shape[1]), dtype=np.float64)
            grown[: self.n] = self.data
            self.data = grown
        self.data[self.n] = row
        self.n += 1

    def set(self, columns: np.ndarray) -> None:
        """Replace the contents with *columns* (shape n × width+1)."""
        capacity = max(INITIAL_CAPACITY, 1 << max(0, int(len(columns) - 1).bit_length()))
        self.data = np.empty((capacity, columns.shape[1]), dtype=np.float64)
        self.data[: len(columns)] = columns
        self.n = len(columns)

    def column(self, i: int) -> np.ndarray:
        return self.data[: self.n, i]


class Bounds:
    """Running min / max (and smallest positive value, for a log axis) of the finite values seen."""

    def __init__(self) -> None:
        self.lo = self.hi = self.lo_positive = math.nan

    def add(self, *values: float) -> None:
        for v in values:
            if math.isfinite(v):
                self.lo = v if not v >= self.lo else self.lo  # NaN compares False: the first value wins
                self.hi = v if not v <= self.hi else self.hi
                if v > 0 and not v >= self.lo_positive:
                    self.lo_positive = v

    def add_array(self, values: np.ndarray) -> None:
        finite = values[np.isfinite(values)]
        if finite.size:
            positive = finite[finite > 0]
            self.add(float(finite.min()), float(finite.max()), *([float(positive.min())] if positive.size else []))

    def span(self, log: bool) -> tuple[float, float] | None:
        lo, hi = (self.lo_positive, self.hi) if log else (self.lo, self.hi)
        if not (math.isfinite(lo) and math.isfinite(hi)) or (log and hi <= 0):
            return None
        if log:
            lo, hi = math.log10(lo), math.log10(hi)
        if hi - lo < 1e-12:
            pad = abs(lo) * 0.05 or 0.5
            lo, hi = lo - pad, hi + pad
        return lo, hi


def sticky_range(current: Sequence[float], data: tuple[float, float], ahead: float, margin: float
                 ) -> tuple[float, float] | None:
    """A new axis range for *data* (None: keep *current*, which still holds it and is not mostly empty).

    *margin* pads both ends by that fraction of the data's span; *ahead* leaves room after the end
    for the data still to come (the x axis of a running run)."""
    lo, hi = data
    span = hi - lo
    c_lo, c_hi = current
    if c_lo <= lo and hi <= c_hi and span >= 0.5 * (c_hi - c_lo):
        return None
    return lo - margin * span, hi + (margin + ahead) * span


def _curve(color: str, width: float, name: str | None = None, style: Qt.PenStyle = Qt.PenStyle.SolidLine
           ) -> pg.PlotDataItem:
    return pg.PlotDataItem(pen=pg.mkPen(color, width=width, style=style), name=name,
                           autoDownsampleFactor=DOWNSAMPLE_FACTOR)


def _downsample(item: pg.PlotDataItem, method: str) -> None:
    """Per-pixel downsampling and clip-to-view (after the item joined its plot, which sets its own modes)."""
    item.setDownsampling(auto=True, method=method)
    item.setClipToView(True)


class LossGraph(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loss = SeriesBuffer(2)  # step | loss, loss_avg
        self.lr = SeriesBuffer(2)  # step | lr of up to two param groups
        self.lr_groups = 0
        self.epoch_steps: list[float] = []
        self.checkpoints: list[tuple[float, str]] = []  # (step, path)
        self._overlays: dict[str, pg.PlotDataItem] = {}
        self._overlay_bounds: dict[str, tuple[Bounds, Bounds]] = {}  # name -> (x, y)
        self.x_bounds, self.y_bounds, self.lr_bounds = Bounds(), Bounds(), Bounds()
        self.following = True  # the axes show the whole run until the user pans or zooms
        self.live = False  # a running run: the x axis keeps room for the steps to come

        palette = self.palette()
        self.plot = pg.PlotWidget(background=palette.base().color())
        item = self.plot.getPlotItem()
        text = palette.text().color()
        for side in ("left", "bottom", "right"):
            axis = item.getAxis(side)
            axis.setTextPen(text)
            axis.setPen(pg.mkPen(palette.mid().color()))
            axis.enableAutoSIPrefix(False)
        # no grid: its semi-transparent lines cost more than all curves together (measured: ~2x per redraw)
        item.setLabel("bottom", self.tr("step"), color=text.name())
        item.setLabel("left", self.tr("loss"), color=text.name())
        item.setMenuEnabled(False)
        self.view = item.getViewBox()
        self.view.disableAutoRange()
        self.view.sigRangeChangedManually.connect(self._on_user_range)
        self.legend = item.addLegend(offset=(-10, 10), labelTextColor=text)
        self.raw_curve = _curve(RAW_COLOR, 1, self.tr("loss"))
        self.avg_curve = _curve(AVG_COLOR, 2.5, self.tr("average"))
        item.addItem(self.raw_curve)
        item.addItem(self.avg_curve)
        _downsample(self.raw_curve, "peak")  # keeps the spikes of a noisy loss visible
        _downsample(self.avg_curve, "mean")
        self.checkpoint_marks = pg.PlotDataItem(pen=None, symbol="d", symbolSize=11, name=self.tr("checkpoint"),
                                                symbolBrush=CHECKPOINT_COLOR, symbolPen=pg.mkPen("w", width=1))
        item.addItem(self.checkpoint_marks)
        self._epoch_lines: list[pg.InfiniteLine] = []

        # the learning rate on its own y axis (right), sharing the x axis
        self.lr_view = pg.ViewBox()
        self.lr_view.disableAutoRange()
        item.showAxis("right")
        item.scene().addItem(self.lr_view)
        item.getAxis("right").linkToView(self.lr_view)
        item.getAxis("right").setLabel(self.tr("learning rate"), color=text.name())
        self.lr_view.setXLink(item)
        self.lr_view.setMouseEnabled(x=False, y=False)
        self.view.sigResized.connect(self._sync_lr_view)
        self.lr_curves = [_curve(LR_COLOR, 1.5, style=style) for style in (Qt.PenStyle.DashLine,
                                                                             Qt.PenStyle.SolidLine)]
        for curve in self.lr_curves:
            self.lr_view.addItem(curve)
            _downsample(curve, "mean")
        self._lr_legend: tuple[str, ...] = ()

        self.log_scale = QCheckBox(self.tr("Log scale"))
        self.log_scale.setToolTip(self.tr("Logarithmic loss axis: small changes late in a run become visible"))
        self.log_scale.toggled.connect(self.set_log_y)
        self.show_lr = QCheckBox(self.tr("Learning rate"), checked=True)
        self.show_lr.toggled.connect(self._show_lr)
        self.fit_button = QPushButton(self.tr("Fit"))
        self.fit_button.setToolTip(
            self.tr("Show the whole run and follow new steps again (drag to pan, wheel to zoom)"))
        self.fit_button.clicked.connect(self.fit)
        self.status = QLabel(objectName="muted")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.show_lr)
        bar.addWidget(self.log_scale)
        bar.addWidget(self.fit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.plot, 1)
        layout.addLayout(bar)

        self._timer = QTimer(self, singleShot=True, interval=REDRAW_MS)
        self._timer.timeout.connect(self.flush)
        self.flush()

    def _sync_lr_view(self) -> None:
        self.lr_view.setGeometry(self.view.sceneBoundingRect())
        self.lr_view.linkedViewChanged(self.view, self.lr_view.XAxis)

    def _show_lr(self, on: bool) -> None:
        self.lr_view.setVisible(on)
        self.plot.getPlotItem().getAxis("right").setVisible(on)

    # ---- data in
    def clear(self) -> None:
        self.loss = SeriesBuffer(2)
        self.lr = SeriesBuffer(2)
        self.lr_groups = 0
        self.epoch_steps.clear()
        self.checkpoints.clear()
        self.x_bounds, self.y_bounds, self.lr_bounds = Bounds(), Bounds(), Bounds()
        for line in self._epoch_lines:
            self.plot.removeItem(line)
        self._epoch_lines.clear()
        self.flush()
        self.fit()

    def append(self, step: float, loss: float, loss_avg: float, lrs: Sequence[float]) -> None:
        """One optimizer step (drawn with the next redraw)."""
        self.loss.append((step, loss, loss_avg))
        self.x_bounds.add(step)
        self.y_bounds.add(loss, loss_avg)
        if lrs:
            self.lr_groups = max(self.lr_groups, min(2, len(lrs)))
            first, last = lrs[0], lrs[-1]
            self.lr.append((step, first, last))
            self.lr_bounds.add(first, last)
        self._changed()

    def set_series(self, columns: np.ndarray, lr_columns: np.ndarray, lr_groups: int, epoch_steps: list[float],
                   checkpoints: list[tuple[float, str]]) -> None:
        """A whole run at once (replay): loss columns step|loss|avg, lr columns step|lr1|lr2."""
        self.clear()
        self.loss.set(columns)
        self.lr.set(lr_columns)
        self.lr_groups = lr_groups
        self.x_bounds.add_array(columns[:, 0])
        self.y_bounds.add_array(columns[:, 1:])
        self.lr_bounds.add_array(lr_columns[:, 1:])
        self.epoch_steps = list(epoch_steps)
        for step in self.epoch_steps[:: self._epoch_stride() or 1]:
            self._add_epoch_line(step)
        self.checkpoints = list(checkpoints)
        self.flush()
        self.fit()

    def add_checkpoint(self, step: float, path: str) -> None:
        self.checkpoints.append((step, path))
        self._changed()

    def add_epoch_boundary(self, step: float) -> None:
        """A dashed vertical line between two epochs (at *step*, usually half a step before the first one)."""
        self.epoch_steps.append(step)
        if (len(self.epoch_steps) - 1) % self._epoch_stride() == 0:
            self._add_epoch_line(step)

    def _epoch_stride(self) -> int:
        return math.ceil(len(self.epoch_steps) / MAX_EPOCH_LINES)

    def _add_epoch_line(self, step: float) -> None:
        line = pg.InfiniteLine(pos=step, angle=90, movable=False,
                               pen=pg.mkPen(self.palette().mid().color(), width=1, style=Qt.PenStyle.DashLine))
        line.setZValue(-10)
        self.plot.addItem(line, ignoreBounds=True)
        self._epoch_lines.append(line)

    def _changed(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    # ---- overlays of other runs
    def set_overlay(self, name: str, steps: np.ndarray, values: np.ndarray) -> None:
        """Draw another run's average loss under *name* (replacing a curve of that name)."""
        curve = self._overlays.get(name)
        if curve is None:
            color = OVERLAY_COLORS[len(self._overlays) % len(OVERLAY_COLORS)]
            curve = _curve(color, 1.5, name, Qt.PenStyle.SolidLine)
            curve.setZValue(-1)
            self.plot.addItem(curve)
            _downsample(curve, "mean")
            self._overlays[name] = curve
        curve.setData(steps, values)
        x, y = Bounds(), Bounds()
        x.add_array(np.asarray(steps, dtype=np.float64))
        y.add_array(np.asarray(values, dtype=np.float64))
        self._overlay_bounds[name] = (x, y)
        self._follow()

    def remove_overlay(self, name: str) -> None:
        curve = self._overlays.pop(name, None)
        self._overlay_bounds.pop(name, None)
        if curve is not None:
            self.plot.removeItem(curve)
            self._follow()

    def overlay_names(self) -> list[str]:
        return list(self._overlays)

    # ---- drawing
    def flush(self) -> None:
        """Push the buffers to the curves now (the timer does this while points stream in)."""
        self._timer.stop()
        self._follow()  # the range first: the curves then downsample once, for the new range
        x = self.loss.column(0)
        self.raw_curve.setData(x, self.loss.column(1))
        self.avg_curve.setData(x, self.loss.column(2))
        if self.checkpoints:
            steps = np.array([s for s, _ in self.checkpoints], dtype=np.float64)
            at = np.clip(np.searchsorted(x, steps), 0, max(0, len(x) - 1))
            ys = self.loss.column(2)[at] if len(x) else np.zeros_like(steps)
            self.checkpoint_marks.setData(steps, ys)
        else:
            self.checkpoint_marks.setData([], [])
        lr_x = self.lr.column(0)
        names = LR_NAMES.get(self.lr_groups, ())
        if names != self._lr_legend:
            for curve in self.lr_curves:
                self.legend.removeItem(curve)
            for curve, name in zip(self.lr_curves, names, strict=False):
                self.legend.addItem(curve, self.tr(name))
            self._lr_legend = names
        for i, curve in enumerate(self.lr_curves):
            shown = i < len(names)
            curve.setData(lr_x, self.lr.column(i + 1) if shown else lr_x[:0])
            curve.setVisible(shown)
        n = self.loss.n
        if not n:
            status = self.tr("No steps yet")
        elif self.epoch_steps:
            status = self.tr("{steps:,} steps · {epochs} epochs").format(steps=n, epochs=len(self.epoch_steps) + 1)
        else:
            status = self.tr("{steps:,} steps").format(steps=n)
        self.status.setText(status)

    def _follow(self, force: bool = False) -> None:
        """While following: the axes hold every curve. A range grows ahead of the data and shrinks only when the
        data use less than half of it, so most redraws change no range (no axis re-render, no re-downsampling)."""
        if not self.following:
            return
        x, y = Bounds(), Bounds()
        for bx, by in [(self.x_bounds, self.y_bounds), *self._overlay_bounds.values()]:
            x.add(bx.lo, bx.hi)
            y.add(by.lo, by.hi, by.lo_positive)
        (x_now, y_now) = ((math.inf, -math.inf),) * 2 if force else self.view.viewRange()
        x_span, y_span = x.span(False), y.span(self.log_scale.isChecked())
        if x_span is not None and y_span is not None:
            x_new = sticky_range(x_now, x_span, ahead=LIVE_AHEAD if self.live else 0.0, margin=0.0)
            y_new = sticky_range(y_now, y_span, ahead=0.0, margin=0.08)
            if x_new is not None or y_new is not None:
                self.view.setRange(xRange=x_new or x_now, yRange=y_new or y_now, padding=0)
        lr_span = self.lr_bounds.span(False)
        if lr_span is not None:
            lr_now = (math.inf, -math.inf) if force else self.lr_view.viewRange()[1]
            lr_new = sticky_range(lr_now, lr_span, ahead=0.0, margin=0.08)
            if lr_new is not None:
                self.lr_view.setYRange(*lr_new, padding=0)

    def set_live(self, live: bool) -> None:
        """Following a running run leaves room on the right; a finished one fills the width."""
        if live != self.live:
            self.live = live
            if self.following:
                self._follow(force=True)

    def _on_user_range(self) -> None:
        self.following = False

    def set_log_y(self, on: bool) -> None:
        if self.log_scale.isChecked() != on:
            self.log_scale.setChecked(on)
            return
        self.plot.getPlotItem().setLogMode(y=on)
        self.fit()  # a zoomed range in the other scale would show nothing sensible

    def fit(self) -> None:
        self.following = True
        self._follow(force=True)

    def point_count(self) -> int:
        return self.loss.n
