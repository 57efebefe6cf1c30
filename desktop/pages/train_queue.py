"""The Runs view of the Train page: this session's queue and the project's past runs, the run on show (followed
live or replayed from its events.jsonl), loss overlays, and the job runner's news about the page's train jobs.

A mixin of TrainPage (its strings keep the TrainPage translation context): the page builds the widgets and
connects the runner's signals; this holds what they do.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QToolButton

from dataprep.project import Project
from desktop.jobs.runner import FINISHED, QUEUED, RUNNING, Job, JobRunner
from desktop.pages.folders_work import LatestTasks
from desktop.pages.train_history import RunHistory, load_history
from desktop.pages.train_monitor import RunMonitor
from desktop.pages.train_runs import RunEntry, RunList, job_entry, scan_runs
from desktop.pages.train_speed import record_speed
from training.config import TrainConfig

PAST_HISTORIES_KEPT = 4  # replayed past runs kept in memory (a long run is ~100k points)
MIN_STEPS_FOR_SPEED = 10


class RunQueueMixin:
    """What the Runs view does; TrainPage provides the attributes below and ``_say``/``_update_checks``."""

    project: Project | None
    runner: JobRunner
    settings: QSettings
    tasks: LatestTasks
    jobs: dict[int, Path]  # this page's train jobs -> their run folders
    job_configs: dict[int, TrainConfig]
    histories: dict[Path, RunHistory]  # this session's runs, fed live
    past: OrderedDict[Path, RunHistory]  # replayed runs, newest use last
    past_entries: list[RunEntry]
    shown: Path | None
    run_list: RunList
    monitor: RunMonitor
    runs_button: QToolButton
    _changed_jobs: dict[int, Job]
    _listed_states: dict[int, str]
    _list_timer: QTimer

    # ---- runs
    def _scan_runs(self) -> None:
        project = self.project
        if project is None:
            return
        self.tasks.start("runs", lambda: scan_runs(project.runs_dir), self._on_scanned)

    def _on_scanned(self, entries: list[RunEntry] | Exception) -> None:
        if isinstance(entries, Exception):
            self._say(QCoreApplication.translate("TrainPage", "Could not list the runs: {error}").format(error=entries))
            return
        self.past_entries = entries
        self._refresh_runs()

    def my_jobs(self) -> list[Job]:
        return [job for job in self.runner.jobs() if job.id in self.jobs]

    def _refresh_runs(self) -> None:
        """Running first, then the queue in its order, then ended runs newest first."""
        jobs = self.my_jobs()
        active = sorted((j for j in jobs if j.active), key=lambda j: j.state != RUNNING)
        ended = [j for j in reversed(jobs) if not j.active]
        entries = [job_entry(j, self.jobs[j.id]) for j in active + ended]
        known = {e.run_dir for e in entries}
        entries += [e for e in self.past_entries if e.run_dir not in known]
        self.run_list.set_entries(entries)
        self._update_runs_button()

    def _update_runs_button(self) -> None:
        running = sum(j.state == RUNNING for j in self.my_jobs())
        queued = sum(j.state == QUEUED for j in self.my_jobs())
        if running and queued:
            text = QCoreApplication.translate("TrainPage", "Runs ({running} running, {queued} queued)")
        elif running:
            text = QCoreApplication.translate("TrainPage", "Runs ({running} running)")
        elif queued:
            text = QCoreApplication.translate("TrainPage", "Runs ({queued} queued)")
        else:
            text = QCoreApplication.translate("TrainPage", "Runs")
        self.runs_button.setText(text.format(running=running, queued=queued))

    def _job_of(self, run_dir: Path | None) -> Job | None:
        return next((j for j in self.my_jobs() if self.jobs[j.id] == run_dir), None)

    def show_run(self, run_dir: Path | None) -> None:
        self.shown = run_dir
        if run_dir is None:
            self.monitor.show_run(QCoreApplication.translate("TrainPage", "No run selected"), None, live=False)
            return
        job = self._job_of(run_dir)
        history = self.histories.get(run_dir) or self.past.get(run_dir)
        if history is not None:
            self.monitor.show_run(run_dir.name, history, live=job is not None and job.active)
            if job is not None:
                for entry in job.log:
                    self.monitor.add_output(entry)  # its stderr (the events are in the history)
                if not job.active:
                    self.monitor.ended(job.state, job.message)
            return
        title = QCoreApplication.translate("TrainPage", "{run} (reading its events…)").format(run=run_dir.name)
        self.monitor.show_run(title, None, live=False)
        self.tasks.start("replay", lambda: load_history(run_dir), lambda h: self._on_replayed(run_dir, h))

    def _on_replayed(self, run_dir: Path, history: RunHistory | Exception) -> None:
        if isinstance(history, Exception):
            title = QCoreApplication.translate("TrainPage", "{run}: cannot read its events ({error})").format(
                run=run_dir.name, error=history)
            self.monitor.show_run(title, None, live=False)
            return
        self._remember_past(run_dir, history)
        if self.shown == run_dir:
            self.monitor.show_run(run_dir.name, history, live=False)

    def _remember_past(self, run_dir: Path, history: RunHistory) -> None:
        self.past[run_dir] = history
        self.past.move_to_end(run_dir)
        while len(self.past) > PAST_HISTORIES_KEPT:
            self.past.popitem(last=False)

    def _on_overlay(self, run_dir: Path, on: bool) -> None:
        name = run_dir.name
        if not on:
            self.monitor.graph.remove_overlay(name)
            return
        history = self.histories.get(run_dir) or self.past.get(run_dir)
        if history is not None:
            self._draw_overlay(run_dir, history)
        else:
            self.tasks.start(f"overlay:{run_dir}", lambda: load_history(run_dir),
                             lambda h: self._on_overlay_loaded(run_dir, h))

    def _on_overlay_loaded(self, run_dir: Path, history: RunHistory | Exception) -> None:
        if isinstance(history, Exception):
            self._say(QCoreApplication.translate("TrainPage", "Cannot overlay {run}: {error}").format(
                run=run_dir.name, error=history))
            return
        self._remember_past(run_dir, history)
        if run_dir in self.run_list.overlays:
            self._draw_overlay(run_dir, history)

    def _draw_overlay(self, run_dir: Path, history: RunHistory) -> None:
        columns = history.loss_columns()
        self.monitor.graph.set_overlay(run_dir.name, columns[:, 0], columns[:, 2])

    # ---- the runner's news about this page's jobs
    def _on_job_event(self, job: Job, event: dict[str, Any]) -> None:
        run_dir = self.jobs.get(job.id)
        if run_dir is None:
            return
        if run_dir == self.shown and self.monitor.history is self.histories[run_dir]:
            self.monitor.apply(event)
        else:
            self.histories[run_dir].apply(event)

    def _on_job_output(self, job: Job, entry: tuple[str, Any]) -> None:
        if self.jobs.get(job.id) == self.shown and entry[0] == "stderr":
            self.monitor.add_output(entry)

    def _on_job_changed(self, job: Job) -> None:
        if job.id not in self.jobs:
            return
        self._changed_jobs[job.id] = job
        if self._listed_states.get(job.id) != job.state:
            self._update_changed_jobs()  # a new state shows at once, progress within a state at most every 250 ms
        elif not self._list_timer.isActive():
            self._list_timer.start()

    def _update_changed_jobs(self) -> None:
        self._list_timer.stop()
        for job in self._changed_jobs.values():
            self.run_list.update_entry(job_entry(job, self.jobs[job.id]))
            self._listed_states[job.id] = job.state
        self._changed_jobs.clear()
        self._update_runs_button()

    def _on_job_finished(self, job: Job) -> None:
        run_dir = self.jobs.get(job.id)
        if run_dir is None:
            return
        history = self.histories[run_dir]
        speed = history.steady_it_per_s()
        if job.state == FINISHED and speed is not None and len(history.rows) >= MIN_STEPS_FOR_SPEED:
            record_speed(self.settings, self.job_configs[job.id], speed)
        if run_dir == self.shown:
            self.monitor.flush_log()
            self.monitor.ended(job.state, job.message)
        self._refresh_runs()
        self._update_checks()

    # ---- queue actions
    def _selected_job(self) -> Job | None:
        entry = self.run_list.current_entry()
        return entry.job if entry is not None else None

    def _move(self, offset: int) -> None:
        job = self._selected_job()
        if job is not None and self.runner.move(job.id, offset):
            self.run_list.select(self.jobs[job.id])

    def cancel_selected(self) -> None:
        job = self._selected_job()
        if job is not None:
            self.runner.cancel(job.id)

    def send_command(self, command: str) -> bool:
        job = self._selected_job()
        if job is None or not self.runner.send_command(job.id, command):
            return False
        if command == "save":
            text = QCoreApplication.translate("TrainPage",
                                              "Asked {run} to save a checkpoint at its next step ({time}).")
        else:
            text = QCoreApplication.translate("TrainPage", "Asked {run} to render samples at its next step ({time}).")
        self._say(text.format(run=self.jobs[job.id].name, time=time.strftime("%H:%M:%S")))
        return True

    def _open_folder(self) -> None:
        run_dir = self.run_list.current_dir()
        if run_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(run_dir)))
