"""Images page: the project's source pictures in a thumbnail grid, and the job that builds the thumbnails."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dataprep.image_import import IMPORT_EXTENSIONS
from dataprep.imagefiles import list_images
from dataprep.project import Project
from dataprep.thumbnails import DEFAULT_SIZE
from desktop.background import run_in_background
from desktop.image_list_model import ImageListModel
from dataprep.job_config import write_job_config
from desktop.jobs.runner import FAILED, Job, JobRunner, job_argv
from desktop.thumbnail_loader import ThumbnailLoader
from desktop.widgets.empty_state import EmptyState
from desktop.widgets.page_header import PageHeader


def _scan(folders: list[Path]) -> tuple[list[Path], list[Path]]:
    """(images, missing folders): runs on the thread pool, a big folder on a slow disk takes a while.
    Lists the same files the thumbnails and import jobs read."""
    images: list[Path] = []
    missing: list[Path] = []
    for folder in folders:
        try:
            images += list_images(folder, extensions=IMPORT_EXTENSIONS)
        except FileNotFoundError:
            missing.append(folder)
    return images, missing


class ImagesPage(QWidget):
    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.project: Project | None = None
        self._missing: list[Path] = []
        self._scan_token = 0
        self._jobs: dict[int, Job] = {}

        self.loader = ThumbnailLoader(self)
        self.model = ImageListModel(self.loader, self)
        self.model.dataChanged.connect(self._update_summary)

        self.header = PageHeader("Images", "")
        self.add_folder_button = QPushButton("Add image folder…")
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.build_button = QPushButton("Build thumbnails", objectName="primary")
        self.build_button.setToolTip("Make small previews of every image (a background job; originals are not changed)")
        self.build_button.clicked.connect(self.build_thumbnails)
        self.header.add_action(self.add_folder_button)
        self.header.add_action(self.build_button)

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(240)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status = QLabel(objectName="muted")
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setRange(96, DEFAULT_SIZE)
        self.size_slider.setSingleStep(16)
        self.size_slider.setValue(160)
        self.size_slider.setMaximumWidth(160)
        self.size_slider.setToolTip("Thumbnail size")
        self.size_slider.valueChanged.connect(self._apply_icon_size)
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(QLabel("Size", objectName="muted"))
        status_row.addWidget(self.size_slider)

        self.view = QListView()
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setSpacing(6)
        self.view.setModel(self.model)
        self._apply_icon_size(self.size_slider.value())

        self.empty = EmptyState("images", "")
        self.empty.add_button("Add image folder…", self.choose_folder, primary=True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addLayout(status_row)
        layout.addWidget(self.stack, 1)

        runner.job_event.connect(self._on_job_event)
        runner.job_changed.connect(self._on_job_changed)
        self.set_project(None)

    # ---- project and listing
    def set_project(self, project: Project | None) -> None:
        self.project = project
        self._jobs.clear()
        self.progress.hide()
        self.refresh()

    def refresh(self) -> None:
        """List the source folders again (on the thread pool)."""
        self._scan_token += 1
        token = self._scan_token
        project = self.project
        self.model.set_images([], None)
        if project is None or not project.sources:
            self._missing = []
            self._show_state()
            return
        self.status.setText("Looking for images…")
        folders = project.source_paths()
        run_in_background(lambda: _scan(folders), lambda result: self._on_scanned(token, result), self)

    def _on_scanned(self, token: int, result: tuple[list[Path], list[Path]]) -> None:
        if token != self._scan_token or self.project is None:
            return  # a newer listing was asked for meanwhile
        images, self._missing = result
        self.model.set_images(images, self.project.thumbs_dir)
        self._show_state()

    def _show_state(self) -> None:
        project = self.project
        has_images = self.model.rowCount() > 0
        self.stack.setCurrentWidget(self.view if has_images else self.empty)
        self.build_button.setEnabled(has_images and not self._building())
        self.add_folder_button.setEnabled(project is not None)
        if project is None:
            self.empty.title.setText("No project open")
            self.empty.set_paragraphs(["Use <b>File → New project…</b> or <b>File → Open project…</b>."])
        elif not project.sources:
            self.empty.title.setText("No image folders yet")
            self.empty.set_paragraphs([
                "Add the folder that holds your training pictures. Danlu never changes the originals: "
                "crops, resized copies and captions go into the project folder.",
            ])
        elif not has_images:
            folders = ", ".join(str(p) for p in project.source_paths())
            kinds = " ".join(IMPORT_EXTENSIONS)
            self.empty.title.setText("No images found")
            self.empty.set_paragraphs([f"Danlu looked in {folders} for {kinds} files and found none.",
                                       "Add another folder, or copy your pictures into that one."])
        self._update_summary()

    def _update_summary(self) -> None:
        project = self.project
        if project is None:
            self.header.subtitle.setText("")
            self.status.setText("")
            return
        count = self.model.rowCount()
        folders = len(project.sources)
        text = f"{count} image{'s' * (count != 1)} in {folders} folder{'s' * (folders != 1)}"
        if self._missing:
            text += " · missing: " + ", ".join(str(p) for p in self._missing)
        self.header.subtitle.setText(text)
        if not self._building():
            missing = count - self.model.thumbnail_count()
            self.status.setText(f"{missing} image{'s' * (missing != 1)} without a thumbnail yet: "
                                "Build thumbnails to see them." if missing > 0 else "")

    def choose_folder(self) -> None:
        if self.project is None:
            return
        folder = QFileDialog.getExistingDirectory(self, "Add image folder", str(self.project.root))
        if folder:
            self.add_folder(Path(folder))

    def add_folder(self, folder: Path) -> None:
        """Add *folder* to the project's sources (relative when it lies inside the project)."""
        project = self.project
        if project is None:
            return
        folder = folder.resolve()
        entry = str(folder.relative_to(project.root)) if folder.is_relative_to(project.root) else str(folder)
        if entry not in project.sources:
            project.sources.append(entry)
            project.save()
        self.refresh()

    # ---- thumbnails job
    def build_thumbnails(self) -> list[Job]:
        """Queue one thumbnails job per existing source folder."""
        project = self.project
        if project is None or self._building():
            return []
        submitted = []
        for folder in project.source_paths():
            if folder in self._missing:
                continue
            config = write_job_config(project, "thumbnails", {
                "source": str(folder), "cache": str(project.thumbs_dir), "size": DEFAULT_SIZE,
            })
            job = self.runner.submit(f"Thumbnails · {folder.name}", job_argv("dataprep", "thumbnails", config),
                                     kind="cpu", cwd=project.root)
            self._jobs[job.id] = job
            submitted.append(job)
        self._on_job_changed(None)
        return submitted

    def _building(self) -> bool:
        return any(job.active for job in self._jobs.values())

    def _on_job_event(self, job: Job, event: dict) -> None:
        if job.id in self._jobs and event["event"] == "result":
            data = event["data"]
            self.model.thumbnail_ready(str(data["image"]), str(data["thumbnail"]))

    def _on_job_changed(self, job: Job | None) -> None:
        if job is not None and job.id not in self._jobs:
            return
        jobs = list(self._jobs.values())
        building = self._building()
        self.build_button.setEnabled(not building and self.model.rowCount() > 0)
        self.build_button.setText("Building thumbnails…" if building else "Build thumbnails")
        if building:
            done, total = sum(j.done for j in jobs), sum(j.total for j in jobs)
            self.progress.setRange(0, max(total, 1) if total else 0)
            self.progress.setValue(done)
            self.progress.setFormat(f"{done} / {total}")
            self.progress.show()
            self.status.setText("Building thumbnails in the background…")
            return
        self.progress.hide()
        failed = [j for j in jobs if j.state == FAILED]
        if failed:
            self.status.setText(f"Thumbnails failed: {failed[-1].message} (details on the Jobs page)")
        else:
            self._update_summary()

    def _apply_icon_size(self, size: int) -> None:
        self.view.setIconSize(QSize(size, size))
        self.view.setGridSize(QSize(size + 24, size + 36))
