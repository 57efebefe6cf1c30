"""Regularization page: per concept, generate a reg set with the base model, watch it fill in, check it with CLIP.

"Generate" and "Check set" queue the real ``reg`` job (training/reg_job.py, training/reg_check.py) on the GPU
queue with a config written to ``.danlu/jobs/``; its ``result`` events put previews (thumbnails decoded off the
GUI thread) and check flags into the grid. Reading the folder, the count suggestion, the last settings and the
last report happens on the thread pool (regularization_work.py). The page holds no reg logic of its own.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dataprep.project import Project
from desktop.jobs.runner import Job, JobRunner, starting_messages
from desktop.pages.folders_work import LatestTasks
from desktop.pages.images_thumbs import ThumbnailCache
from desktop.pages.regularization_check import CheckPanel
from desktop.pages.regularization_count import CountPanel
from desktop.pages.regularization_form import RegSettingsForm
from desktop.pages.regularization_grid import RegGridModel, RegGridView
from desktop.pages.regularization_jobs import CHECK, GENERATE, RegJob
from desktop.pages.regularization_work import (
    ConceptState,
    concept_key,
    load_concept_state,
    preview_prompts,
    reject,
)
from desktop.welcome.start import StartButtons
from desktop.widgets.demo_models_bar import DemoModelsBar
from desktop.widgets.empty_state import EmptyState
from desktop.widgets.page_header import PageHeader
from desktop.widgets.phrase_text import tr_phrase
from training.demo_models import project_kit, reg_settings

PREVIEW_DELAY_MS = 300
PREVIEW_CHARS = 90


def _shorten(text: str) -> str:
    return text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS - 1].rstrip(" ,") + "…"


class RegularizationPage(QWidget):
    navigate = Signal(str)  # asks the main window to show another page (by key)
    start_requested = Signal(str)  # "No project open": the demo, a new project or an existing one

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.index = 0  # the concept shown
        self.state: ConceptState | None = None
        self.edits: dict[int, dict[str, Any]] = {}  # per concept: settings changed on the page, with "count"
        self.tasks = LatestTasks(self)

        self.header = PageHeader(self.tr("Regularization"), "")
        self.concept = QComboBox(minimumContentsLength=18)
        self.concept.setToolTip(self.tr("The concept whose reg set is shown"))
        self.concept.currentIndexChanged.connect(self._on_concept)
        self.check_button = QPushButton(self.tr("Check set"))
        self.check_button.setToolTip(self.tr("Score every reg image with CLIP: copies of training images, images as "
                                             "close as the subject's own photos, images off the class"))
        self.check_button.clicked.connect(self.check)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(lambda: self.jobs.cancel())
        self.generate_button = QPushButton(self.tr("Generate"), objectName="primary")
        self.generate_button.clicked.connect(self.generate)
        for widget in (self.concept, self.check_button, self.cancel_button, self.generate_button):
            self.header.add_action(widget)
        self.progress = QProgressBar(maximumWidth=240)
        self.progress.hide()
        self.status = QLabel(objectName="muted", wordWrap=True)
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status, 1)

        self.form = RegSettingsForm()
        self.form.changed.connect(self._on_form_changed)
        self.form.prompts_changed.connect(lambda: self._preview_timer.start())
        self.count = CountPanel()
        self.count.count.setMaximumWidth(220)
        self.count.changed.connect(self._on_count_changed)
        settings = QWidget()
        column = QVBoxLayout(settings)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        column.addWidget(self.form)
        column.addWidget(self.count)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(settings)
        scroll.setMinimumWidth(380)

        self.thumbs = ThumbnailCache(self)
        self.grid_model = RegGridModel(self.thumbs, self)
        self.grid = RegGridView(self.grid_model)
        self.grid_title = QLabel(objectName="sectionTitle")
        self.grid_note = QLabel(objectName="muted", wordWrap=True)
        self.grid_empty = EmptyState("regularization", "")
        self.grid_empty_model = self.grid_empty.add_button(self.tr("Choose base model…"), self.form.choose_model,
                                                             primary=True)
        self.grid_stack = QStackedWidget()
        self.grid_stack.addWidget(self.grid_empty)
        self.grid_stack.addWidget(self.grid)
        self.check_panel = CheckPanel()
        self.check_panel.reject_requested.connect(self.reject_flagged)
        self.check_panel.regenerate_requested.connect(self.generate)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.setSpacing(6)
        right_layout.addWidget(self.grid_title)
        right_layout.addWidget(self.grid_note)
        right_layout.addWidget(self.grid_stack, 1)
        right_layout.addWidget(self.check_panel)
        content = QSplitter(Qt.Orientation.Horizontal)
        content.addWidget(scroll)
        content.addWidget(right)
        content.setStretchFactor(0, 2)
        content.setStretchFactor(1, 3)
        content.setSizes([440, 600])
        self.content = content

        self.empty = EmptyState("regularization", "")
        self.empty_folders = self.empty.add_button(self.tr("Open the Folders page"),
                                                   lambda: self.navigate.emit("folders"), primary=True)
        self.start_buttons = self.empty.add_widget(StartButtons(self.start_requested))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        self.demo_bar = DemoModelsBar(runner)
        self.demo_bar.ready.connect(self.load)
        layout.addWidget(self.demo_bar)
        layout.addLayout(status_row)
        layout.addWidget(self.stack, 1)

        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.preview)
        self.jobs = RegJob(runner, self)
        self.jobs.result.connect(self._on_result)
        self.jobs.changed.connect(self._on_job_changed)
        self.set_project(None)

    # ---- project and concept
    def set_project(self, project: Project | None) -> None:
        opened = project is not self.project
        if opened:
            self.edits.clear()
            self._say("")
        self.project = project
        if opened:
            self.jobs.set_project(project)
        self.demo_bar.set_project(project)
        self.thumbs.set_cache_dir(project.thumbs_dir if project else None)
        self._fill_concepts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fill_concepts()  # the Folders page may have changed them

    def _concept_labels(self) -> list[str]:
        project = self.project
        if project is None:
            return []
        return [f"{c.identifier} {c.class_token}".strip() or self.tr("concept {n}").format(n=i + 1)
                for i, c in enumerate(project.concepts)]

    def _fill_concepts(self) -> None:
        labels = self._concept_labels()
        current = [self.concept.itemText(i) for i in range(self.concept.count())]
        if labels != current:
            self.concept.blockSignals(True)
            self.concept.clear()
            self.concept.addItems(labels)
            self.index = min(self.index, max(0, len(labels) - 1))
            self.concept.setCurrentIndex(self.index)
            self.concept.blockSignals(False)
        self.concept.setVisible(len(labels) > 1)
        self._show_state()
        self.load()

    def _on_concept(self, index: int) -> None:
        if index >= 0:
            self.index = index
            self.load()

    def _show_state(self) -> None:
        project = self.project
        has_concepts = project is not None and bool(project.concepts)
        self.stack.setCurrentWidget(self.content if has_concepts else self.empty)
        self.empty_folders.setVisible(project is not None)
        self.start_buttons.setVisible(project is None)
        if project is None:
            self.header.subtitle.setText(self.tr("Class images that keep the LoRA from taking over the whole class."))
            self.empty.title.setText(self.tr("No project open"))
            self.empty.set_paragraphs([self.tr("Use <b>File → New project…</b> or <b>File → Open project…</b>.")])
        elif not has_concepts:
            self.header.subtitle.setText(self.tr("Class images that keep the LoRA from taking over the whole class."))
            self.empty.title.setText(self.tr("No concepts yet"))
            self.empty.set_paragraphs([
                self.tr("Reg images are made per concept: for <code>ohwx woman</code>, pictures of <i>women</i> "
                        "(the class) that are not your subject, generated with the base model."),
                self.tr("Add a concept on the <b>Folders</b> page (its identifier, class and image folder) and come "
                        "back."),
            ])
        self._update_buttons()

    def load(self) -> None:
        """Read the concept's reg set, suggestion, last settings and report on the pool."""
        project = self.project
        if project is None or not project.concepts:
            self.tasks.cancel("state")
            self.state = None
            return
        snapshot, index = project.snapshot(), self.index
        self.grid_title.setText(self.tr("Reading the reg folder…"))
        self.tasks.start("state", lambda: load_concept_state(snapshot, index), self._on_state)

    def _on_state(self, state: ConceptState | str) -> None:
        project = self.project
        if isinstance(state, str) or project is None or self.index >= len(project.concepts):
            self._say(self.tr("Could not read the reg folder: {error}").format(error=state) if isinstance(state, str)
                      else "")
            return
        self.state = state
        concept = project.concepts[self.index]
        if state.reg_source and not concept.reg_source:
            concept.reg_source = state.reg_source  # the reg job linked the set in danlu.toml
        self.header.subtitle.setText(
            self.tr("Class images for “{concept}” in {folder}: made with the base model, checked with CLIP.").format(
                concept=f"{concept.identifier} {concept.class_token}", folder=self._folder_text()))
        self.grid_model.set_images(state.images)
        edits = self.edits.get(self.index, {})
        settings = {**state.settings, **edits}
        if not settings.get("model") and state.run_model:
            settings["model"] = state.run_model
        kit = project_kit(project)
        if kit is not None and not settings.get("model"):
            settings.update(reg_settings(kit))
        self.form.set_values(settings)
        self.count.set_suggestion(state.suggestion, state.suggestion_error, settings.get("count"))
        self.check_panel.clip_model.setText(str(kit.open_clip) if kit is not None and not state.clip_model
                                            else state.clip_model)
        self.show_check(state.report)
        self._update_texts()
        self.preview()

    def _folder_text(self) -> str:
        if self.state is None or self.project is None:
            return ""
        folder = self.state.folder
        return folder.relative_to(self.project.root).as_posix() if self.project.root in folder.parents else str(folder)

    # ---- edits
    def _on_form_changed(self) -> None:
        self.edits.setdefault(self.index, {}).update(self.form.values())
        self._update_texts()

    def _on_count_changed(self, count: int) -> None:
        self.edits.setdefault(self.index, {})["count"] = count
        self._update_texts()

    def preview(self) -> None:
        self._preview_timer.stop()
        project = self.project
        if project is None or not project.concepts:
            return
        v = self.form.values()
        snapshot, index = project.snapshot(), self.index
        self.tasks.start("preview", lambda: preview_prompts(snapshot, index, v["source"], v["remove_tags"],
                                                            v["prompt_file"]), self._on_preview)

    def _on_preview(self, result: tuple[list[str], int] | str) -> None:
        if isinstance(result, str):
            self.form.preview.setText(tr_phrase(result))
            return
        prompts, total = result
        shown = "<br>".join(f"• {html.escape(_shorten(p))}" for p in prompts) + (
            "<br>• …" if total > len(prompts) else "")
        text = (self.tr("{n} prompt, cycled over the images:<br>{prompts}") if total == 1 else
                self.tr("{n} prompts, cycled over the images:<br>{prompts}"))
        self.form.preview.setText(text.format(n=total, prompts=shown))

    # ---- what the page says
    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _missing(self) -> int:
        have = self.grid_model.indices()
        return sum(1 for i in range(self.count.value()) if i not in have)

    def _update_texts(self) -> None:
        state, model = self.state, self.form.values()["model"]
        if state is None:
            return
        have, count = len(self.grid_model.cells), self.count.value()
        missing = self._missing()
        if count != have:
            title = self.tr("{folder}: {have} of {count} images")
        else:
            title = self.tr("{folder}: {have} image") if have == 1 else self.tr("{folder}: {have} images")
        self.grid_title.setText(title.format(folder=self._folder_text(), have=f"{have:,}", count=f"{count:,}"))
        if have and missing:
            self.grid_note.setText(self.tr("Generate renders the {n} missing; the images there are kept. Each number "
                                           "always gets the same seed, so a stopped run resumes where it left "
                                           "off.").format(n=f"{missing:,}"))
        elif have:
            self.grid_note.setText(self.tr("The set is complete. Check it, or raise the count to add images."))
        else:
            self.grid_note.setText("")
        self.grid_stack.setCurrentWidget(self.grid if have else self.grid_empty)
        self.grid_empty_model.setVisible(not model)
        if not model:
            self.grid_empty.title.setText(self.tr("Choose the base model"))
            self.grid_empty.set_paragraphs([
                self.tr("Reg images must come from the model the LoRA will train on, so that they show what it "
                        "already draws for the class. Choose its .safetensors checkpoint or diffusers folder (or type "
                        "a downloaded Hugging Face repo id) above."),
                self.tr("A run set up on the <b>Train</b> page fills this in for you.")])
        else:
            self.grid_empty.title.setText(self.tr("No reg images yet"))
            self.grid_empty.set_paragraphs([
                self.tr("<b>Generate</b> renders {count} images into <code>{folder}</code>, each with its caption. "
                        "They appear here as they are made; the job runs on the GPU queue (see the Jobs page) and "
                        "can be stopped and resumed.").format(count=f"{count:,}", folder=self._folder_text())])
        if model and model == state.run_model:
            self.form.model_note.setText(
                self.tr("The base model of run “{run}”, which the LoRA trains on.").format(run=state.run_name))
        elif not model:
            self.form.model_note.setText(self.tr("No run names a base model yet: choose the one the LoRA will train "
                                                 "on."))
        elif state.run_model:
            self.form.model_note.setText(
                self.tr("Use the model the LoRA will train on. Run “{run}” trains on {model}.").format(
                    run=state.run_name, model=state.run_model))
        else:
            self.form.model_note.setText(self.tr("Use the model the LoRA will train on."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        active = self.jobs.active
        ready = self.state is not None and self.project is not None and bool(self.project.concepts)
        model = bool(self.form.values()["model"])
        self.generate_button.setEnabled(ready and model and not active)
        missing = self._missing()
        self.generate_button.setToolTip(
            self.tr("Choose the base model first") if not model else
            self.tr("Render the {n} missing images; the images there are kept").format(n=f"{missing:,}")
            if self.grid_model.cells else self.tr("Render {n} images").format(n=f"{missing:,}"))
        self.check_button.setEnabled(ready and bool(self.grid_model.cells) and not active)
        self.cancel_button.setVisible(active)
        self.concept.setEnabled(not active)
        self.check_panel.reject_button.setEnabled(ready and bool(self.grid_model.flagged()) and not active)
        self.check_panel.regenerate_button.setEnabled(ready and model and not active and missing > 0)

    # ---- jobs
    def _config(self, mode: str) -> dict[str, Any]:
        assert self.project is not None
        config: dict[str, Any] = {"project": str(self.project.root), "concept": concept_key(self.project, self.index),
                                  "mode": mode}
        if mode == GENERATE:
            return {**config, **self.form.values(), "count": self.count.value()}
        clip = self.check_panel.clip_model.text().strip()
        return {**config, **({"clip_model": clip} if clip else {})}

    def generate(self) -> Job | None:
        """Queue the reg job for the missing images of the set."""
        project, state = self.project, self.state
        if project is None or state is None or self.jobs.active:
            return None
        if not self.form.values()["model"]:
            self._say(self.tr("Choose the base model first."))
            return None
        missing, count = self._missing(), self.count.value()
        job = self.jobs.start(project, self._config(GENERATE), state.folder, self.tr("Reg images · {concept}").format(
            concept=self.concept.currentText() or project.concepts[0].identifier))
        if isinstance(job, str):
            self._say(job)
            return None
        kept = count - missing
        text = (self.tr("Generating {n} image(s) into {folder}; the {kept} already there are kept.") if kept else
                self.tr("Generating {n} image(s) into {folder}."))
        self._say(text.format(n=f"{missing:,}", folder=self._folder_text(), kept=f"{kept:,}"))
        return job

    def check(self) -> Job | None:
        """Queue the reg job in check mode."""
        project, state = self.project, self.state
        if project is None or state is None or self.jobs.active:
            return None
        job = self.jobs.start(project, self._config(CHECK), state.folder, self.tr("Check reg set · {concept}").format(
            concept=self.concept.currentText() or project.concepts[0].identifier))
        if isinstance(job, str):
            self._say(job)
            return None
        self._say(self.tr("Checking the set with CLIP (the first check loads the model)…"))
        return job

    def _on_result(self, data: dict[str, Any]) -> None:
        state = self.state
        if state is None or self.jobs.folder != state.folder:
            return  # the job of a concept not on show
        if self.jobs.mode == GENERATE:
            self.grid_model.add_image(Path(data["image"]), data)
            self._update_texts()
        else:
            self.show_check(data)

    def show_check(self, data: dict[str, Any] | None) -> None:
        """A check's result (the job's result event, or the report read from the folder)."""
        self.check_panel.show_report(data)
        self.grid_model.set_scores(data["flagged"] if data else [])
        self._update_buttons()

    def _on_job_changed(self) -> None:
        job = self.jobs.job
        active = self.jobs.active
        self.progress.setVisible(active)
        if job is not None and active:
            unit = job.unit or "image"
            self.progress.setRange(0, max(job.total, 0))
            self.progress.setValue(job.done)
            self.progress.setFormat((self.tr("{done} / {total} images") if unit == "image" else
                                     self.tr("{done} / {total} {unit}s")).format(done=job.done, total=job.total,
                                                                                unit=unit)
                                    if job.total else self.tr("starting…"))
            if job.message and job.message not in starting_messages():
                self._say(job.message)
        elif job is not None:
            self._say(self.jobs.outcome())
            if self.jobs.mode == GENERATE:
                self.load()  # the folder as the job left it (and the concept's reg_source)
        self._update_buttons()

    def reject_flagged(self) -> None:
        """Move the flagged images to .rejected/ (training.reg_check), so Regenerate renders them anew."""
        project, state = self.project, self.state
        paths = self.grid_model.flagged()
        if project is None or state is None or not paths or self.jobs.active:
            return
        folder, ext = state.folder, project.concepts[self.index].caption_extension
        self._say(self.tr("Moving {n} flagged image(s) aside…").format(n=len(paths)))
        self.tasks.start("reject", lambda: reject(folder, paths, ext), self._on_rejected)

    def _on_rejected(self, result: list[int] | str) -> None:
        if isinstance(result, str):
            self._say(self.tr("Not rejected: {error}").format(error=tr_phrase(result)))
            return
        self.grid_model.remove_indices(set(result))
        self.thumbs.set_cache_dir(self.project.thumbs_dir if self.project else None)  # the numbers get new images
        self._update_texts()
        self._say(self.tr("Moved {n} image(s) to {folder}/.rejected/. Regenerate missing renders those numbers again "
                          "with new seeds (same prompts).").format(n=len(result), folder=self._folder_text()))
