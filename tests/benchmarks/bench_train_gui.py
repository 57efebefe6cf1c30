"""Train page benchmark (goals: the loss graph redraws at > 30 fps with 100,000 points, and the GUI thread never
blocks > 50 ms while a run streams 50 metrics events/s).

1. Redraw rate of the loss graph holding N points (raw loss, average, two lr curves, epoch lines): frames of
   "append one step, push the buffers to the curves, repaint" (what a live run costs), and frames of "pan
   the view, repaint" (what a user's drag costs); each against the same curves without pyqtgraph's peak
   downsampling and clip-to-view.
2. Event-loop latency: the Train page follows a fake job that streams 50 metrics (+ 50 progress) events/s
   through the real JobRunner (a child process, as the trainer); a 10 ms precise QTimer records how late each
   tick arrives. Run twice: a fresh run, and a run whose graph already holds N points. Each phase reports its
   longest event (CPU and wall time of the GUI thread, and what it was), how many events took over 25 ms of CPU
   or 50 ms of wall time, and the longest pass of Python's garbage collector (which runs inside whatever event
   allocated last). The page is built, then the objects so far frozen out of the collector, as run_app does.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_train_gui.py [--points 100000] [--seconds 10]
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import numpy as np

JOB_ARG = "--stream-job"


# ---- the fake trainer (runs in the child process) -------------------------------------------------------------
def stream_job(ctx) -> list[str]:
    """Metrics + progress at *rate*/s for *seconds*, a log line every 100 steps, a checkpoint every 500."""
    rate, seconds, first = float(ctx.config["rate"]), float(ctx.config["seconds"]), int(ctx.config["first_step"])
    emitter = ctx.emitter
    time.sleep(float(ctx.config["delay"]))  # the GUI sets up its view of the run meanwhile
    total = first + int(rate * seconds)
    start = time.perf_counter()
    for i in range(int(rate * seconds)):
        ctx.check_cancelled()
        step = first + i + 1
        emitter.emit("metrics", step=step, epoch=step // 1000 + 1, loss=0.1 + 0.05 * math.sin(step / 7),
                     loss_avg=0.1, lr=[5e-5, 1e-4], it_per_s=rate, vram_gb=7.5)
        emitter.progress(step, total, "step", epoch=step // 1000 + 1)
        if step % 100 == 0:
            emitter.emit("log", message=f"step {step}")
        if step % 500 == 0:
            emitter.emit("checkpoint", path=f"lora-step{step:08d}.safetensors", step=step, epoch=step // 1000 + 1)
        wait = start + (i + 1) / rate - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
    return []


# ---- 1. redraw rate ----------------------------------------------------------------------------------------------
def synthetic_run(n: int) -> tuple[np.ndarray, np.ndarray, list[float]]:
    rng = np.random.default_rng(0)
    steps = np.arange(1, n + 1, dtype=np.float64)
    loss = 0.1 + 0.05 * np.exp(-steps / (n / 5)) + rng.normal(0, 0.02, n)
    avg = np.convolve(loss, np.ones(50) / 50, mode="full")[:n]
    lr = 1e-4 * 0.5 * (1 + np.cos(np.pi * steps / n))
    epochs = [float(s) + 0.5 for s in range(n // 40, n, n // 40)]  # 40 epochs
    return np.column_stack([steps, loss, avg]), np.column_stack([steps, lr / 2, lr]), epochs


def frames_per_second(app, frame, seconds: float = 3.0) -> tuple[float, float]:
    """(frames per second of wall time, frames per second of this thread's CPU time).

    The second one is what the frame costs when the GUI thread has a core to itself; on a shared,
    loaded machine the first one also counts the time other processes held the CPU."""
    frame()  # warm-up (first paint builds caches)
    app.processEvents()
    count, start, cpu = 0, time.perf_counter(), time.thread_time()
    while time.perf_counter() - start < seconds:
        frame()
        count += 1
    return count / (time.perf_counter() - start), count / (time.thread_time() - cpu)


def redraw_rates(app, graph, n: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """(live append fps, pan fps) of *graph* holding *n* points, each as (wall, CPU)."""
    viewport = graph.plot.viewport()
    view = graph.plot.getPlotItem().getViewBox()
    step, offset = [float(n)], [0]

    def live_frame() -> None:
        step[0] += 1
        graph.append(step[0], 0.1, 0.1, [5e-5, 1e-4])
        graph.flush()
        viewport.repaint()

    def pan_frame() -> None:
        offset[0] = (offset[0] + 1) % 100
        view.setXRange(offset[0] * n / 400, n / 2 + offset[0] * n / 400, padding=0)
        viewport.repaint()

    return frames_per_second(app, live_frame), frames_per_second(app, pan_frame)


def bench_redraw(app, n: int) -> None:
    from desktop.widgets.loss_graph import LossGraph

    columns, lr, epochs = synthetic_run(n)
    for fast in (True, False):
        graph = LossGraph()
        graph.resize(1000, 480)
        graph.show()
        graph.set_series(columns, lr, 2, epochs, [(float(s), "x") for s in range(5000, n, 5000)])
        if not fast:
            for curve in (graph.raw_curve, graph.avg_curve, *graph.lr_curves):
                curve.setDownsampling(auto=False)
                curve.setClipToView(False)
        (live, live_cpu), (pan, pan_cpu) = redraw_rates(app, graph, n)
        label = "downsampled + clip to view" if fast else "plain curves (no downsampling)"
        print(f"redraw, {n:,} points, {label:<31} live append {live:6.1f} fps ({live_cpu:6.1f} by CPU time)   "
              f"pan {pan:6.1f} fps ({pan_cpu:6.1f} by CPU time)")
        graph.close()
        graph.deleteLater()
        app.processEvents()


# ---- 2. event-loop latency ---------------------------------------------------------------------------------------
def make_app(argv: list[str]):
    """A QApplication that records how long each event dispatched from the event loop keeps the GUI thread
    (wall and this thread's CPU time): the blocks a user would feel, with and without the other processes."""
    from PySide6.QtWidgets import QApplication

    class TimedApp(QApplication):
        depth = 0
        blocks: list[tuple[float, float, str, float]] = []  # noqa: RUF012 (one app per process)

        def notify(self, receiver, event) -> bool:
            TimedApp.depth += 1
            wall, cpu = time.perf_counter(), time.thread_time()
            try:
                return super().notify(receiver, event)
            finally:
                TimedApp.depth -= 1
                if TimedApp.depth == 0:
                    what = f"{type(receiver).__name__} {event.type().name}"
                    TimedApp.blocks.append((time.perf_counter() - wall, time.thread_time() - cpu, what, wall))

    app = TimedApp(argv)
    app.gc = GcPauses()
    return app


def timer_delays(app, seconds: float, skip: float = 0.0, until=None) -> np.ndarray:
    """How late (ms) each tick of a precise 10 ms QTimer comes while the event loop runs for *seconds*."""
    from PySide6.QtCore import Qt, QTimer

    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    while time.perf_counter() - start < seconds and (until is None or until()):
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    return np.diff([t for t in ticks if t > start + skip]) * 1000 - 10.0


class GcPauses:
    """The CPU time of each pass of Python's cyclic garbage collector: (seconds, generation, when)."""

    def __init__(self) -> None:
        self.passes: list[tuple[float, int, float]] = []
        self._start = 0.0
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.thread_time()
        else:
            self.passes.append((time.thread_time() - self._start, info["generation"], time.perf_counter()))

    def longest_since(self, start: float) -> str:
        passes = [p for p in self.passes if p[2] > start]
        if not passes:
            return "no GC pass"
        cpu, generation, _ = max(passes)
        return f"longest GC pass {cpu * 1000:.1f} ms (generation {generation}, {len(passes)} passes)"


def report(label: str, gaps: np.ndarray, blocks: list[tuple[float, float, str, float]], gc_note: str,
           extra: str = "") -> None:
    wall, cpu, what, _ = max(blocks, key=lambda b: b[1]) if blocks else (0.0, 0.0, "", 0.0)
    over_cpu = sum(b[1] > 0.025 for b in blocks)
    over_wall = sum(b[0] > 0.050 for b in blocks)
    print(f"latency, {label}\n    delay of a 10 ms timer: median {statistics.median(gaps):5.2f} ms, "
          f"p99 {float(np.percentile(gaps, 99)):6.2f} ms, max {gaps.max():6.2f} ms\n"
          f"    longest event: {cpu * 1000:5.1f} ms CPU ({wall * 1000:5.1f} ms wall), {what}; "
          f"of {len(blocks):,} events {over_cpu} took > 25 ms CPU, {over_wall} > 50 ms wall; {gc_note}{extra}")


def bench_latency(app, seconds: float, rate: float, prefill: int, workdir: Path) -> None:
    from PySide6.QtCore import QSettings

    from dataprep.project import create_project
    from desktop.jobs.runner import JobRunner
    from desktop.pages.train import TrainPage
    from desktop.pages.train_history import RunHistory

    project = create_project(workdir / f"proj-{prefill}", "bench")
    (project.train_dir / "img").mkdir(parents=True)
    runner = JobRunner()
    page = TrainPage(runner, QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat))
    page.resize(1240, 780)
    page.show()
    page.set_project(project)
    gc.freeze()  # as run_app does once the window is built
    page.form.set_value("model.pretrained_model_name_or_path", "models/sd15")
    config = workdir / f"stream-{prefill}.toml"
    config.write_text(f"rate = {rate}\nseconds = {seconds}\nfirst_step = {prefill}\ndelay = 1.5\n", encoding="utf-8")
    page.argv_for = lambda _toml: [sys.executable, __file__, JOB_ARG, "stream", str(config)]
    job = page.start()
    assert job is not None, page.checks.checks.text()
    run_dir = page.jobs[job.id]
    if prefill:  # a run late in training: its history (and graph) already hold *prefill* steps
        columns, lr, _ = synthetic_run(prefill)
        history = RunHistory(rows=[tuple(r) for r in columns.tolist()], lr_rows=[tuple(r) for r in lr.tolist()],
                             lr_groups=2)
        page.histories[run_dir] = history
        page.show_run(run_dir)

    events = [0]
    runner.job_event.connect(lambda _job, e: events.__setitem__(0, events[0] + (e["event"] == "metrics")))
    app.processEvents()
    app.blocks.clear()
    start = time.perf_counter()
    gaps = timer_delays(app, seconds + 30, skip=1.5, until=lambda: job.active)  # from the first streamed event
    blocks = [b for b in app.blocks if b[3] > start + 1.5]
    runner.shutdown()
    report(f"{prefill:,} points before, {events[0]:,} metrics in {seconds:g} s (graph "
           f"{page.monitor.graph.point_count():,} points, job {job.state})", gaps, blocks,
           app.gc.longest_since(start + 1.5))
    page.close()
    page.deleteLater()
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=50.0, help="metrics events per second")
    args = parser.parse_args()
    import tempfile

    from desktop.theme import apply_theme

    app = make_app(sys.argv[:1])
    apply_theme(app, "light")
    print(f"{platform.node()} · {platform.processor() or platform.machine()} · {os.cpu_count()} CPUs · load "
          f"{os.getloadavg()[0]:.1f} · Qt platform {app.platformName()} · {time.strftime('%Y-%m-%d %H:%M')}")
    bench_redraw(app, args.points)
    app.blocks.clear()
    start = time.perf_counter()
    report("an idle event loop (this machine's noise floor)", timer_delays(app, args.seconds), list(app.blocks),
           app.gc.longest_since(start))
    with tempfile.TemporaryDirectory() as tmp:
        for prefill in (0, args.points):
            bench_latency(app, args.seconds, args.rate, prefill, Path(tmp))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == JOB_ARG:
        from dataprep.jobs import JobSpec, run_job_cli

        sys.exit(run_job_cli(Path(__file__).name, {"stream": JobSpec(stream_job, "stream metrics")}, sys.argv[2:]))
    main()
