"""A strip on the pages that need a model, shown while the demo project is open: build the tiny demo models,
or say that the filled-in model is one (random weights, pictures are noise).

Which paths and settings the pages fill in is :mod:`training.demo_models`'s; the build is its
``demo-models`` job, run by the job runner like every other job. Every bar watches the runner, so a build
started on one page shows on all of them, and each emits ``ready`` when it finishes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from dataprep.project import Project
from desktop.jobs.runner import FAILED, FINISHED, Job, JobRunner, job_argv
from training.demo_models import project_kit
from training.tiny_models import TinyModels

JOB = "demo-models"


def is_build_job(job: Job) -> bool:
    return JOB in job.argv[:4]


class DemoModelsBar(QFrame):
    """Hidden unless the open project asks for the demo models (``demo_models = true`` in its danlu.toml)."""

    ready = Signal()  # a build finished: the pages fill in the kit's models

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="demoModelsBar")
        self.runner = runner
        self.project: Project | None = None
        self.text = QLabel(wordWrap=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.build_button = QPushButton(self.tr("Build demo models"), objectName="primary")
        self.build_button.setToolTip(self.tr("Build a tiny Stable Diffusion, WD tagger and CLIP model with random "
                                             "weights on this machine (no download), for the demo project"))
        self.build_button.clicked.connect(self.build)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.build_button)
        runner.job_added.connect(self._on_job)
        runner.job_changed.connect(self._on_job)
        self.setStyleSheet("QFrame#demoModelsBar { background: palette(alternate-base); "
                           "border: 1px dashed palette(mid); border-radius: 6px; }")
        self.set_project(None)

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self._update()

    def kit(self) -> TinyModels | None:
        """The kit when the demo project is open and the kit is built."""
        return project_kit(self.project)

    def build_job(self) -> Job | None:
        """The newest build job (running, queued or ended), if any."""
        return next((j for j in reversed(self.runner.jobs()) if is_build_job(j)), None)

    def build(self) -> Job:
        """Queue the build, or return the one already under way."""
        job = self.build_job()
        if job is not None and job.active:
            return job
        return self.runner.submit(self.tr("Build the tiny demo models"), job_argv("training", JOB), kind="cpu")

    def _on_job(self, job: Job) -> None:
        if not is_build_job(job):
            return
        self._update()
        if job.state == FINISHED and self.project is not None and self.project.demo_models:
            self.ready.emit()

    def _update(self) -> None:
        project = self.project
        self.setVisible(project is not None and project.demo_models)
        job = self.build_job()
        building = job is not None and job.active
        kit = self.kit()
        self.build_button.setVisible(kit is None)
        self.build_button.setEnabled(not building)
        if kit is not None:
            self.text.setText(self.tr("Demo project: the tiny demo models are filled in — random weights, pictures "
                                      "are noise. They show that every step works; for a real LoRA choose a real "
                                      "base model."))
        elif building and job is not None:
            self.text.setText(self.tr("Building the tiny demo models: {done} of {total}…").format(
                done=job.done, total=job.total or "?"))
        elif job is not None and job.state == FAILED:
            self.text.setText(self.tr("Building the demo models failed: {message} (details on the Jobs page)").format(
                message=job.message))
        else:
            self.text.setText(self.tr("Demo project: this step needs a model. Build the tiny demo models (random "
                                      "weights, no download, a minute or two) to try the whole path; the pictures "
                                      "they make are noise."))
