"""Images page: the project's source pictures in a thumbnail grid with quality badges and a flag filter,
the import scan, the crop editor, the full-size viewer, and the prepare panel with its bucket preview.

Everything slow happens elsewhere: listing, reading the scan report, re-flagging and the bucket
preview run on the thread pool (images_records, images_buckets); thumbnails on their own workers
(images_thumbs); scanning, thumbnails for the whole folder and prepare are dataprep jobs in child
processes (images_jobs). The page wires them together and shows the results.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dataprep.image_import import IMPORT_EXTENSIONS
from dataprep.image_quality import QualityThresholds
from dataprep.project import Project
from dataprep.thumbnails import DEFAULT_SIZE
from desktop.background import run_in_background
from desktop.jobs.runner import FINISHED, JobRunner
from desktop.pages.images_crop_editor import CropEditor
from desktop.pages.images_edits import EditStore
from desktop.pages.images_filter_bar import FlagFilterBar, GridControls
from desktop.pages.images_grid_model import ImageGridModel
from desktop.pages.images_grid_view import ImageGridView
from desktop.pages.images_jobs import FollowedJobs
from desktop.pages.images_prepare import PreparePanel
from desktop.pages.images_problems import ProblemsBar
from desktop.pages.images_records import (
    Flags,
    GridRecord,
    ScanState,
    flags_of,
    list_records,
    load_scan,
    read_file_facts,
    reflag,
)
from desktop.pages.images_thresholds import ThresholdsPanel
from desktop.pages.images_thumbs import ThumbnailCache
from desktop.pages.images_viewer import ImageViewer
from desktop.welcome.start import StartButtons
from desktop.widgets.empty_state import EmptyState
from desktop.widgets.page_header import PageHeader

REFLAG_DELAY_MS = 60
DETAILS_DELAY_MS = 1000  # after a listing or the last thumbnail to arrive, at the latest
DETAILS_AT_MOST_MS = 5000  # after the listing, however long thumbnails keep coming (a user scrolling on)
AFTER_PAINT_MS = 30  # once the visible thumbnails are in: their paint (a low-priority event) goes first


class ImagesPage(QWidget):
    start_requested = Signal(str)  # "No project open": the demo, a new project or an existing one

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.project: Project | None = None
        self.scan = ScanState()
        self._missing: list[Path] = []
        self._token = 0  # bumps with each listing: answers for an older one are dropped
        self._reflag_token = 0
        self.thumbs = ThumbnailCache(self)
        self.edits = EditStore(self)
        self.model = ImageGridModel(self.thumbs, self.edits, self)
        self.scan_jobs = FollowedJobs(runner, "import-scan", self)
        self.thumb_jobs = FollowedJobs(runner, "thumbnails", self)
        self.viewer: ImageViewer | None = None

        self.header = PageHeader(self.tr("Images"), "")
        self.add_folder_button = QPushButton(self.tr("Add image folder…"))
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.scan_button = QPushButton(self.tr("Scan images"))
        self.scan_button.setToolTip(self.tr("Check every file and measure sharpness, size and duplicates (a "
                                            "background job; originals are not changed)"))
        self.scan_button.clicked.connect(self.scan_images)
        self.build_button = QPushButton(self.tr("Build thumbnails"), objectName="primary")
        self.build_button.setToolTip(self.tr("Make the previews of every image now instead of as you scroll (a "
                                             "background job)"))
        self.build_button.clicked.connect(self.build_thumbnails)
        for button in (self.add_folder_button, self.scan_button, self.build_button):
            self.header.add_action(button)

        self.filter_bar = FlagFilterBar()
        self.filter_bar.filter_changed.connect(self.model.set_filter)
        self.filter_bar.filter_changed.connect(lambda _flags: self._update_summary())
        self.thresholds = ThresholdsPanel()
        self.thresholds.hide()
        self.filter_bar.thresholds_toggled.connect(self.thresholds.setVisible)
        self.thresholds.thresholds_changed.connect(lambda _t: self._reflag_timer.start())
        self.problems = ProblemsBar()

        self.view = ImageGridView(self.model)
        self.view.open_requested.connect(self.open_viewer)
        self.view.crop_requested.connect(self.open_crop_editor)
        self.view.exclude_requested.connect(self.set_excluded)
        self.view.visible_rows_changed.connect(self.thumbs.set_visible_count)
        self.editor = CropEditor(self.edits)
        self.editor.back.connect(self.close_crop_editor)
        self.editor.current_changed.connect(lambda path: self.view.select_paths([path], path))
        self.empty = EmptyState("images", "")
        self.empty_add = self.empty.add_button(self.tr("Add image folder…"), self.choose_folder, primary=True)
        self.start_buttons = self.empty.add_widget(StartButtons(self.start_requested))
        self.stack = QStackedWidget()
        for widget in (self.empty, self.view, self.editor):
            self.stack.addWidget(widget)

        self.prepare = PreparePanel(runner, self.edits, self._preview_images)
        self.prepare.options_changed.connect(self._options_changed)
        self.prepare.sizes_read.connect(self.model.apply_sizes)
        side = QScrollArea()
        side.setWidget(self.prepare)
        side.setWidgetResizable(True)
        side.setFrameShape(QScrollArea.Shape.NoFrame)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setMinimumWidth(280)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([700, 320])

        self.progress = QProgressBar(maximumWidth=200)
        self.progress.hide()
        self.status = QLabel(objectName="muted")
        self.status.setWordWrap(True)
        self.controls = GridControls()
        self.controls.sort_changed.connect(self.model.set_sort)
        self.controls.icon_size_changed.connect(self.view.set_icon_size)
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.controls)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        for widget in (self.header, self.filter_bar, self.thresholds, self.problems):
            layout.addWidget(widget)
        layout.addLayout(status_row)
        layout.addWidget(self.splitter, 1)

        self._reflag_timer = QTimer(self, singleShot=True, interval=REFLAG_DELAY_MS)
        self._reflag_timer.timeout.connect(self._reflag)
        self._deferred_token = -1
        self._deferred_timer = QTimer(self, singleShot=True, interval=DETAILS_DELAY_MS)
        self._deferred_timer.timeout.connect(self._load_details)
        self._listed_clock = QElapsedTimer()
        self.thumbs.ready.connect(self._postpone_details)
        self.thumbs.failed.connect(self._postpone_details)
        self.thumbs.idle.connect(lambda: self._deferred_token >= 0 and self._deferred_timer.start(AFTER_PAINT_MS))
        self.edits.changed.connect(lambda _paths: self._edits_changed())
        self.edits.loaded.connect(self._edits_changed)
        self.edits.error.connect(self.status.setText)
        for jobs in (self.scan_jobs, self.thumb_jobs):
            jobs.changed.connect(self._update_status)
        self.scan_jobs.finished.connect(self._on_scan_finished)
        self.set_project(None)

    # ---- project and listing
    def set_project(self, project: Project | None) -> None:
        self.project = project
        for jobs in (self.scan_jobs, self.thumb_jobs):
            jobs.set_project(project)
        self.prepare.set_project(project)
        self.edits.set_project(project.root if project else None)
        self.close_crop_editor()
        self.refresh()

    def refresh(self) -> None:
        """List the source folders again and re-read the scan report (on the thread pool)."""
        self._token += 1
        token, project = self._token, self.project
        self.thumbs.set_cache_dir(project.thumbs_dir if project else None)
        self.model.set_records([])
        self._apply_scan(ScanState())
        if project is None or not project.sources:
            self._missing = []
            self._show_state()
            return
        self.status.setText(self.tr("Looking for images…"))
        folders = project.source_paths()
        run_in_background(lambda: list_records(folders), lambda result: self._on_listed(token, result), self)

    def _current(self, token: int) -> bool:
        return token == self._token and self.project is not None

    def _on_listed(self, token: int, result: tuple[list[GridRecord], list[Path]]) -> None:
        if not self._current(token):
            return
        records, self._missing = result
        self.model.set_records(records)
        self._show_state()
        self._deferred_token = token
        self._listed_clock.start()
        self._deferred_timer.start(DETAILS_DELAY_MS)

    def _postpone_details(self, _path: str) -> None:
        """A thumbnail came: the first screen is still filling in, the details wait (they would compete
        with it for the CPU and the interpreter: 10,000 stats, a report to parse, a model reset)."""
        if self._deferred_token >= 0:
            left = DETAILS_AT_MOST_MS - self._listed_clock.elapsed()
            self._deferred_timer.start(max(0, min(DETAILS_DELAY_MS, left)))

    def _load_details(self) -> None:
        """File dates and sizes, the scan report and the bucket preview: read once the first screen of
        thumbnails is in and painted (or after a moment without thumbnails, e.g. when the grid is not on
        screen), so they do not slow it."""
        token, project = self._deferred_token, self.project
        self._deferred_token = -1
        self._deferred_timer.stop()
        if not self._current(token) or project is None:
            return
        images, root = self.model.all_paths(), project.root
        run_in_background(lambda: read_file_facts(images),
                          lambda facts: self._current(token) and self.model.apply_facts(facts), self)
        run_in_background(lambda: load_scan(root), lambda scan: self._current(token) and self._on_scan_read(scan), self)

    def _show_state(self) -> None:
        project = self.project
        has_images = bool(self.model.records)
        if self.stack.currentWidget() is not self.editor or not has_images:
            self.stack.setCurrentWidget(self.view if has_images else self.empty)
        for button in (self.scan_button, self.build_button):
            button.setEnabled(has_images)
        self.add_folder_button.setEnabled(project is not None)
        self.empty_add.setVisible(project is not None)
        self.start_buttons.setVisible(project is None)
        if project is None:
            self.empty.title.setText(self.tr("No project open"))
            self.empty.set_paragraphs([self.tr("Use <b>File → New project…</b> or <b>File → Open project…</b>.")])
        elif not project.sources:
            self.empty.title.setText(self.tr("No image folders yet"))
            self.empty.set_paragraphs([
                self.tr("Add the folder that holds your training pictures. Danlu never changes the originals: "
                        "crops, resized copies and captions go into the project folder."),
            ])
        elif not has_images:
            folders = ", ".join(str(p) for p in project.source_paths())
            self.empty.title.setText(self.tr("No images found"))
            self.empty.set_paragraphs([
                self.tr("Danlu looked in {folders} for {extensions} files and found none.").format(
                    folders=folders, extensions=" ".join(IMPORT_EXTENSIONS)),
                self.tr("Add another folder, or copy your pictures into that one."),
            ])
        self._update_summary()
        self._update_status()

    def choose_folder(self) -> None:
        if self.project is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add image folder"), str(self.project.root))
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
            try:
                project.save()
            except OSError as exc:
                project.sources.remove(entry)  # the page shows what danlu.toml holds
                QMessageBox.critical(self, self.tr("Cannot add the folder"), self.tr(
                    "Could not save {file}: {error}\n\nCheck that the project folder is writable and its disk has "
                    "free space, then add the folder again.").format(file=project.file, error=exc.strerror or exc))
                return
        self.refresh()

    # ---- scan report and flags
    def _apply_scan(self, scan: ScanState) -> None:
        self.scan = scan
        self.model.apply_scan(scan)
        self._update_status()
        self.thresholds.set_thresholds(scan.thresholds)
        self.thresholds.set_clip_available(scan.report is not None and scan.report.embeddings is not None)
        self.problems.set_problems(scan.problems)
        self._apply_flags(flags_of(scan.images))

    def _on_scan_read(self, scan: ScanState) -> None:
        self._apply_scan(scan)
        self.prepare.schedule_preview()  # the report has the sizes the preview needs

    def _reflag(self) -> None:
        """Flags for the sliders' thresholds, from the scan's numbers (no file is read)."""
        report = self.scan.report
        if report is None:
            return
        self._reflag_token += 1
        token, thresholds = self._reflag_token, self.thresholds.thresholds()
        images, embeddings = report.images, report.embeddings
        run_in_background(lambda: reflag(images, thresholds, embeddings),
                          lambda flags: token == self._reflag_token and self._apply_flags(flags), self)

    def _apply_flags(self, flags: Flags) -> None:
        self.model.apply_flags(flags)
        self._update_summary()

    def _update_summary(self) -> None:
        project = self.project
        if project is None:
            self.header.subtitle.setText("")
            return
        total, shown = len(self.model.records), self.model.rowCount()
        counts = self.model.counts()
        self.filter_bar.set_counts(counts, total)
        folders = len(project.sources)
        parts = [self.tr("{images} in {folders}").format(
            images=(self.tr("{n} image") if total == 1 else self.tr("{n} images")).format(n=total),
            folders=(self.tr("{n} folder") if folders == 1 else self.tr("{n} folders")).format(n=folders))]
        if shown != total:
            parts.append(self.tr("{n} shown").format(n=shown))
        if counts["excluded"]:
            parts.append(self.tr("{n} excluded").format(n=counts["excluded"]))
        if self._missing:
            parts.append(self.tr("missing: {folders}").format(folders=", ".join(str(p) for p in self._missing)))
        self.header.subtitle.setText(" · ".join(parts))

    def _update_status(self) -> None:
        for jobs, doing in ((self.scan_jobs, self.tr("Scanning images in the background…")),
                            (self.thumb_jobs, self.tr("Building thumbnails in the background…"))):
            if jobs.active:
                done, total = jobs.progress()
                self.progress.setRange(0, total)
                self.progress.setValue(done)
                self.progress.setFormat(f"{done} / {total}")
                self.progress.show()
                self.status.setText(doing)
                self.scan_button.setEnabled(not self.scan_jobs.active)
                self.build_button.setEnabled(not self.thumb_jobs.active)
                return
        self.progress.hide()
        has_images = bool(self.model.records)
        self.scan_button.setEnabled(has_images)
        self.build_button.setEnabled(has_images)
        problem = self.scan_jobs.outcome() or self.thumb_jobs.outcome()
        if problem:
            self.status.setText(problem)
        elif not has_images:
            self.status.setText("")
        elif self.scan.error:
            self.status.setText(self.scan.error)
        elif self.scan.report is None:
            self.status.setText(self.tr("Not scanned yet: Scan images to flag blurry, small and duplicate pictures."))
        else:
            self.status.setText("")

    # ---- jobs
    def scan_images(self) -> None:
        """Queue the import-scan job with the thresholds the sliders show."""
        project = self.project
        if project is None or self.scan_jobs.active:
            return
        thresholds: QualityThresholds = self.thresholds.thresholds()
        job = self.scan_jobs.start(project, self.tr("Scan images · {project}").format(project=project.name),
                                   {"project": str(project.root), "thresholds": asdict(thresholds)})
        if isinstance(job, str):
            self.status.setText(job)

    def _on_scan_finished(self) -> None:
        project = self.project
        if project is None or not self.scan_jobs.jobs or self.scan_jobs.jobs[-1].state != FINISHED:
            return
        token, root = self._token, project.root
        run_in_background(lambda: load_scan(root), lambda scan: self._current(token) and self._on_scan_read(scan), self)

    def build_thumbnails(self) -> None:
        """Queue one thumbnails job per existing source folder."""
        project = self.project
        if project is None or self.thumb_jobs.active:
            return
        for folder in project.source_paths():
            if folder not in self._missing:
                job = self.thumb_jobs.start(project, self.tr("Thumbnails · {folder}").format(folder=folder.name),
                                            {"source": str(folder), "cache": str(project.thumbs_dir),
                                             "size": DEFAULT_SIZE})
                if isinstance(job, str):
                    self.status.setText(job)
                    return

    # ---- edits, viewer, crop editor
    def set_excluded(self, paths: list[Path], excluded: bool) -> None:
        if not self.edits.set_excluded(paths, excluded) and self.edits.load_error:
            self.status.setText(self.edits.load_error)

    def _edits_changed(self) -> None:
        self._update_summary()
        self.prepare.schedule_preview()

    def open_viewer(self, row: int) -> None:
        if self.viewer is None:
            self.viewer = ImageViewer(self)
            self.viewer.current_changed.connect(lambda path: self.view.select_paths([path], path))
        self.viewer.show_images(self.model.shown_paths(), row)

    def open_crop_editor(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        self._options_changed()
        self._show_grid_tools(False)  # the picture gets the room
        self.stack.setCurrentWidget(self.editor)
        self.editor.open(self.model.shown_paths(), row)

    def close_crop_editor(self) -> None:
        if self.stack.currentWidget() is self.editor:
            self._show_grid_tools(True)
            self.stack.setCurrentWidget(self.view)
            self.view.setFocus()

    def _show_grid_tools(self, shown: bool) -> None:
        self.filter_bar.setVisible(shown)
        self.controls.setVisible(shown)
        self.thresholds.setVisible(shown and self.filter_bar.thresholds_button.isChecked())
        self.problems.setVisible(shown and bool(self.scan.problems))

    def _options_changed(self) -> None:
        options = self.prepare.options()
        if not isinstance(options, str):
            self.editor.set_bucket_settings(options.bucket)

    def _preview_images(self) -> list[tuple[Path, tuple[int, int] | None]]:
        """What the bucket preview counts: readable images, with their size where it is known."""
        return [(r.path, (r.width, r.height) if r.width else None) for r in self.model.records if not r.problem]
