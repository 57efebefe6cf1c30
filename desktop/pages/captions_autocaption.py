"""Captions → Auto-caption: pick a WD tagger or BLIP, set its options, preview what it would change on
a few images, then run the ``caption`` job on the chosen images and watch the captions arrive.

The options form (:class:`OptionsForm`, in ``captions_autocaption_options``) is generated from the caption
job's own dataclasses, so what the form holds is exactly what the job's TOML gets. The preview is
:func:`preview_changes` on the thread pool (``captions_autocaption_preview`` runs and renders it); the run is the
``caption`` job (``python -m dataprep caption``) followed with :class:`FollowedJob`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dataprep.blip_captioner import BlipOptions
from dataprep.caption_job import CaptionChange, CaptionOptions
from dataprep.model_registry import (
    BLIP,
    KNOWN_MODELS,
    CachedModel,
    ModelUnavailableError,
    cached_model_path,
    detect_kind,
    download_command,
    download_model,
    list_cached_models,
    offline_reason,
)
from dataprep.phrases import exception_text
from dataprep.wd_tags import TagOptions
from desktop.background import run_in_background
from desktop.jobs.followed import FollowedJob
from desktop.jobs.project_jobs import write_job
from desktop.jobs.runner import CANCELLED, FAILED, JobRunner, job_argv
from desktop.pages.captions_autocaption_options import TOP_FIELDS, OptionsForm, options_config
from desktop.pages.captions_autocaption_preview import preview_html, preview_or_message
from desktop.pages.captions_bulk import ALL, FILTERED, SELECTED, ScopeBox
from desktop.pages.settings_models import size_text
from desktop.widgets.demo_models_bar import DemoModelsBar
from desktop.widgets.phrase_text import tr_phrase
from training.demo_models import project_kit

if TYPE_CHECKING:
    from desktop.pages.captions import CaptionsPage

PREVIEW_LIMIT = 24  # images a preview captions: enough to judge the settings, quick on a CPU
LOCAL = "local"  # the model combo's entry that asks for a folder


def _cached() -> dict[str, CachedModel] | str:
    try:
        return {m.repo_id: m for m in list_cached_models()}
    except OSError as exc:
        return str(exc)


class AutoCaptionDialog(QDialog):
    """Non-modal: the page stays usable while a job runs, and its rows update as captions are written."""

    def __init__(self, runner: JobRunner, page: CaptionsPage) -> None:
        super().__init__(page)
        self.setWindowTitle(self.tr("Auto-caption"))
        self.setModal(False)
        self.page = page
        self.runner = runner
        self.cached: dict[str, CachedModel] = {}
        self.changes: list[CaptionChange] = []
        self.errors: list[str] = []
        self.written = 0
        self._preview_token = 0
        self.job = FollowedJob(runner, self)
        self.job.result.connect(self._on_result)
        self.job.changed.connect(self._on_job_changed)
        self.download = FollowedJob(runner, self)
        self.download_label = ""  # the model the download job fetches, for its progress line
        self.download.changed.connect(self._on_download_changed)

        # model
        self.model_box = QComboBox()
        for spec in KNOWN_MODELS.values():
            self.model_box.addItem(spec.label, spec.repo_id)
        self.model_box.addItem(self.tr("Local folder…"), LOCAL)
        self.model_box.activated.connect(self._model_activated)
        self.model_box.currentIndexChanged.connect(lambda _i: self._model_changed())
        self.model_state = QLabel(objectName="muted")
        self.model_state.setWordWrap(True)
        self.model_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.download_button = QPushButton(self.tr("Download"))
        self.download_button.setToolTip(
            self.tr("Fetch the model into the Hugging Face cache (a job, with its progress)"))
        self.download_button.clicked.connect(self.start_download)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_box, 1)
        model_row.addWidget(self.download_button)
        model_group = QGroupBox(self.tr("Model"))
        model_col = QVBoxLayout(model_group)
        self.demo_bar = DemoModelsBar(runner)
        self.demo_bar.set_project(page.project)
        self.demo_bar.ready.connect(self.use_demo_model)
        model_col.addWidget(self.demo_bar)
        model_col.addLayout(model_row)
        model_col.addWidget(self.model_state)

        # options
        self.top = OptionsForm(CaptionOptions, TOP_FIELDS)
        self.wd = OptionsForm(TagOptions)
        self.blip = OptionsForm(BlipOptions)
        self.wd_group = QGroupBox(self.tr("Tagger options"))
        QVBoxLayout(self.wd_group).addWidget(self.wd)
        self.blip_group = QGroupBox(self.tr("BLIP options"))
        QVBoxLayout(self.blip_group).addWidget(self.blip)
        write_group = QGroupBox(self.tr("Writing"))
        QVBoxLayout(write_group).addWidget(self.top)
        self.scope_box = ScopeBox()
        self.scope_box.setToolTip(self.tr("The images to caption"))
        self.scope_box.currentIndexChanged.connect(lambda _i: self._update_buttons())
        scope_row = QHBoxLayout()
        scope_row.addWidget(QLabel(self.tr("Caption")))
        scope_row.addWidget(self.scope_box, 1)

        settings = QWidget()
        col = QVBoxLayout(settings)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(model_group)
        col.addLayout(scope_row)
        col.addWidget(write_group)
        col.addWidget(self.wd_group)
        col.addWidget(self.blip_group)
        col.addStretch(1)

        # preview and run
        self.preview_view = QTextBrowser()
        self.preview_view.setPlaceholderText(self.tr(
            "Preview captions the first {n} images in scope with these settings and shows what would "
            "change: added tags marked green, dropped ones struck out. Nothing is written.").format(n=PREVIEW_LIMIT))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.start_preview)
        self.run_button = QPushButton(self.tr("Run"), objectName="primary")
        self.run_button.clicked.connect(self.start_run)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status = QLabel(objectName="muted")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.run_button)
        right = QWidget()
        right_col = QVBoxLayout(right)
        right_col.setContentsMargins(0, 0, 0, 0)
        right_col.addWidget(QLabel(self.tr("Preview")))
        right_col.addWidget(self.preview_view, 1)
        right_col.addWidget(self.progress)
        right_col.addWidget(self.status)
        right_col.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        scroll = QScrollArea()  # the options outgrow a small screen (the demo bar, the offline notice)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(settings)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setSizes([380, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(980, 720)
        store = page.store
        if store is not None and len(store):  # write the files the page reads
            self.top.controls["extension"].setCurrentText(store.row(0).path.suffix)  # type: ignore[attr-defined]
        self._model_changed()
        self.use_demo_model()

    # ---- model
    def model(self) -> str:
        return str(self.model_box.currentData())

    def model_kind(self) -> str | None:
        model = self.model()
        if model in KNOWN_MODELS:
            return KNOWN_MODELS[model].kind
        return detect_kind(Path(model))

    def set_local_model(self, folder: Path, label: str = "") -> None:
        """Use the model in *folder* (the Local folder… entry asks for one); *label* names it in the list."""
        index = self.model_box.findData(str(folder))
        if index < 0:
            index = self.model_box.count() - 1
            self.model_box.insertItem(index, label or self.tr("{name} (local folder)").format(name=folder.name),
                                      str(folder))
        self.model_box.setCurrentIndex(index)

    def use_demo_model(self) -> None:
        """The demo project with the demo models built: its tiny WD tagger, labelled as such."""
        kit = project_kit(self.page.project)
        if kit is not None:
            self.set_local_model(kit.wd_tagger, self.tr("Tiny demo tagger — random weights, its tags are noise"))

    def _model_activated(self, index: int) -> None:
        if self.model_box.itemData(index) != LOCAL:
            return
        title = self.tr("Folder holding the captioning model")
        chosen = QFileDialog.getExistingDirectory(self, title, str(Path.home()))
        if chosen:
            self.set_local_model(Path(chosen))
        else:
            self.model_box.setCurrentIndex(0)

    def refresh_models(self) -> None:
        """Read which models are in the cache (on the pool: a large cache takes a moment)."""
        run_in_background(_cached, self._models_read, self)

    def _models_read(self, result: dict[str, CachedModel] | str) -> None:
        self.cached = result if isinstance(result, dict) else {}
        for i in range(self.model_box.count()):
            repo = self.model_box.itemData(i)
            if repo in KNOWN_MODELS:
                model = self.cached.get(repo)
                where = (self.tr("on disk, {size}").format(size=size_text(model.size_on_disk))
                         if model is not None and model.complete else self.tr("not downloaded"))
                self.model_box.setItemText(i, f"{KNOWN_MODELS[repo].label} — {where}")
        self._model_changed()

    def model_ready(self) -> bool:
        """The chosen model is a local folder or has every file it needs in the cache."""
        model = self.model()
        if model in KNOWN_MODELS:
            return cached_model_path(KNOWN_MODELS[model])[0] is not None
        return model != LOCAL and detect_kind(Path(model)) is not None

    def _model_changed(self) -> None:
        model = self.model()
        kind = self.model_kind()
        self.wd_group.setVisible(kind != BLIP)
        self.blip_group.setVisible(kind == BLIP)
        spec = KNOWN_MODELS.get(model)
        self.download_button.setVisible(spec is not None and not self.model_ready())
        if spec is None:
            self.model_state.setText(model if kind else self.tr("{folder}: no WD tagger or BLIP model in this folder.")
                                     .format(folder=model))
        elif self.model_ready():
            cached = self.cached.get(model)
            if cached is not None:
                text = self.tr("{model}: on disk ({size}).").format(model=spec.repo_id,
                                                                    size=size_text(cached.size_on_disk))
            else:
                text = self.tr("{model}: on disk.").format(model=spec.repo_id)
            self.model_state.setText(text)
        elif offline_reason() is not None:
            try:
                download_model(spec)  # offline: only looks in the cache, and says what is missing and how to get it
            except ModelUnavailableError as exc:
                self.model_state.setText(tr_phrase(exception_text(exc)))
            self.download_button.setEnabled(False)
        else:
            self.download_button.setEnabled(not self.download.active)
            self.model_state.setText(self.tr(
                "{model} is not downloaded yet. Download fetches it into the Hugging Face cache; Run also "
                "downloads it first. Or on another machine: `{command}`.").format(
                    model=spec.repo_id, command=download_command(spec)))
        self._update_buttons()

    def start_download(self) -> None:
        project = self.page.project
        spec = KNOWN_MODELS.get(self.model())
        if project is None or spec is None or self.download.active:
            return
        path = write_job(project, "download-model", {"model": spec.repo_id})
        if isinstance(path, str):
            self.status.setText(path)
            return
        argv = job_argv("dataprep", "download-model", path)
        self.download_label = spec.label
        self.download.follow(self.runner.submit(self.tr("Download {model}").format(model=spec.label), argv, kind="cpu",
                                                cwd=project.root))

    def _on_download_changed(self) -> None:
        job = self.download.job
        if job is None:
            return
        self.download_button.setEnabled(not job.active)
        if job.active:
            done = (self.tr("{done} of {total}").format(done=size_text(job.done), total=size_text(job.total))
                    if job.total else self.tr("starting"))
            self.model_state.setText(
                self.tr("Downloading {model}: {done}…").format(model=self.download_label, done=done))
        elif job.state == FAILED:
            self.model_state.setText(self.tr("Download failed: {message}").format(message=job.message))
        else:
            self.refresh_models()

    # ---- options
    def options(self) -> CaptionOptions:
        """The form as the job's options; raises ValueError with the field that is wrong."""
        kind = self.model_kind()
        wd = TagOptions(**self.wd.values())
        blip = BlipOptions(**self.blip.values())
        return CaptionOptions(model=self.model(), kind=kind, wd=wd, blip=blip, **self.top.values())

    def set_options(self, options: CaptionOptions) -> None:
        if options.model in KNOWN_MODELS:
            self.model_box.setCurrentIndex(self.model_box.findData(options.model))
        else:
            self.set_local_model(Path(options.model))
        self.top.set_values(options)
        self.wd.set_values(options.wd)
        self.blip.set_values(options.blip)

    def job_config(self) -> dict[str, Any]:
        """The caption job's TOML: the options plus the images in scope (the folder when all)."""
        config = options_config(self.options())
        scope = self.scope_box.scope()
        if scope == ALL and self.page.folder is not None:
            config["images"] = str(self.page.folder)
        else:
            config["files"] = [str(p) for p in self.scope_images()]
        return config

    def scope_images(self) -> list[Path]:
        store = self.page.store
        if store is None:
            return []
        scope = self.scope_box.scope()
        rows = (self.page.model.visible_rows() if scope == FILTERED else self.page.selected_rows() if scope == SELECTED
                else range(len(store)))  # fmt: skip
        return [store.row(i).image for i in rows]

    def sync_scope(self, total: int, shown: int, selected: int) -> None:
        """The page's counts; a selection of several images is what people mean to caption."""
        self.scope_box.set_counts(total, shown, selected)
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.job.active
        has_images = bool(self.page.store is not None and self.scope_images())
        self.run_button.setEnabled(has_images and not running and self.page.project is not None)
        self.preview_button.setEnabled(has_images and not running and self.model_ready())
        self.preview_button.setToolTip("" if self.model_ready() else self.tr(
            "Download the model first: the preview runs in this window, on a model on disk"))
        self.cancel_button.setEnabled(running)

    # ---- preview
    def start_preview(self) -> None:
        try:
            options = self.options()
        except ValueError as exc:
            self.status.setText(self.tr("Check the settings: {error}").format(error=exc))
            return
        images = self.scope_images()[:PREVIEW_LIMIT]
        if not images:
            return
        self._preview_token += 1
        token = self._preview_token
        self.preview_button.setEnabled(False)
        self.status.setText(self.tr("Previewing {n} image(s)…").format(n=len(images)))
        run_in_background(lambda: preview_or_message(images, options), lambda r: self._preview_done(token, options, r),
                          self)

    def _preview_done(self, token: int, options: CaptionOptions, result: list[CaptionChange] | str) -> None:
        if token != self._preview_token:
            return
        self._update_buttons()
        if isinstance(result, str):
            self.changes = []
            self.preview_view.clear()
            self.status.setText(self.tr("Preview failed: {error}").format(error=result))
            return
        self.changes = result
        self.preview_view.setHtml(preview_html(result, options.separator))
        n = sum(c.action == "write" for c in result)
        self.status.setText(self.tr("Preview: {n} of {total} caption(s) would change. Nothing was written.").format(
            n=n, total=len(result)))

    # ---- the job
    def start_run(self) -> None:
        project = self.page.project
        if project is None or self.job.active:
            return
        try:
            config = self.job_config()
        except ValueError as exc:
            self.status.setText(self.tr("Check the settings: {error}").format(error=exc))
            return
        n = len(self.scope_images())
        label = self.model_box.currentText().split(" — ")[0]
        path = write_job(project, "caption", config)
        if isinstance(path, str):
            self.status.setText(path)
            return
        self.errors, self.written = [], 0
        title = self.tr("Auto-caption {n} image ({model})") if n == 1 else self.tr("Auto-caption {n} images ({model})")
        self.job.follow(self.runner.submit(title.format(n=n, model=label),
                                           job_argv("dataprep", "caption", path), kind="gpu", cwd=project.root))

    def cancel(self) -> None:
        self.job.cancel()

    def _on_result(self, data: dict[str, Any]) -> None:
        action = data.get("action")
        if action == "error":
            self.errors.append(str(data.get("error", "")))
        elif action == "write":
            self.written += 1
            self.page.check_images_on_disk([Path(str(data["image"]))])

    def _on_job_changed(self) -> None:
        job = self.job.job
        self._update_buttons()
        if job is None:
            return
        self.progress.setVisible(job.active)
        if job.active:
            if job.unit == "byte":
                self.progress.setRange(0, 0)
                self.status.setText(self.tr("Downloading the model: {done} of {total}…").format(
                    done=size_text(job.done), total=size_text(job.total)))
            else:
                self.progress.setRange(0, max(job.total, 1))
                self.progress.setValue(job.done)
                self.progress.setFormat(self.tr("{done} / {total} images").format(done=job.done, total=job.total))
                self.status.setText(self.tr("Captioning… {n} caption(s) written so far. {message}").format(
                    n=self.written, message=job.message))
            return
        self.page.check_disk()  # rows the autosaver held up while results came
        self.refresh_models()
        if job.state == FAILED:
            text = self.tr("Auto-caption failed: {message}").format(message=job.message)
        elif job.state == CANCELLED:
            text = self.tr("Cancelled after {done} of {total} images; {n} caption(s) written are kept.").format(
                done=job.done, total=job.total, n=self.written)
        else:
            text = self.tr("Done: {n} caption(s) written, {total} image(s) looked at.").format(
                n=self.written, total=job.total)
        if self.errors:
            failed = self.tr("{n} image(s) failed, first: {error}")
            text += " " + failed.format(n=len(self.errors), error=self.errors[0])
        self.status.setText(text)
        self.page.show_status(self.status.text())

