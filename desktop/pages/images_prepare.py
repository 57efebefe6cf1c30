"""The prepare panel: how the originals become the training set (crop mode, target size or exact
bucket, output format), the Prepare button that queues the ``prepare`` job and follows its progress,
and the bucket preview those settings give."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dataprep.buckets import BucketError, Size
from dataprep.crops import ASPECT_PRESETS, FREE
from dataprep.prepare import PrepareOptions
from dataprep.project import Project
from desktop.background import run_in_background
from desktop.jobs.runner import JobRunner
from desktop.pages.images_buckets import BucketPreview, BucketPreviewData, plan_preview
from desktop.pages.images_edits import EditStore
from desktop.pages.images_jobs import FollowedJobs

# (label, translated where shown with the "PreparePanel" context; the option's value)
CROPS = ((QT_TRANSLATE_NOOP("PreparePanel", "Own crops (crop editor)"), "per-image"),
         (QT_TRANSLATE_NOOP("PreparePanel", "Center crop"), "center"),
         (QT_TRANSLATE_NOOP("PreparePanel", "No crop"), "none"))
SIZES = ((QT_TRANSLATE_NOOP("PreparePanel", "Long side 512"), "512"),
         (QT_TRANSLATE_NOOP("PreparePanel", "Long side 768"), "768"),
         (QT_TRANSLATE_NOOP("PreparePanel", "Long side 1024"), "1024"),
         (QT_TRANSLATE_NOOP("PreparePanel", "Exact bucket (bucket-fit)"), "bucket"),
         (QT_TRANSLATE_NOOP("PreparePanel", "Keep size"), "none"))  # a number: the long side
RESOLUTIONS = (512, 640, 768, 896, 1024)
PREVIEW_DELAY_MS = 200
FORMATS = (("PNG", "png"), ("JPEG", "jpg"), ("WebP", "webp"))


def _combo(items: tuple[tuple[str, Any], ...], current: Any) -> QComboBox:
    """A combo box of (label, value) items; labels of the tables above are translated, numbers stay."""
    combo = QComboBox()
    for text, data in items:
        combo.addItem(QCoreApplication.translate("PreparePanel", text), data)
    combo.setCurrentIndex(combo.findData(current))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)  # the side panel may be narrow
    return combo


class PreparePanel(QWidget):
    """``options_changed()`` when a setting changes (snap-to-bucket follows); ``sizes_read(sizes)`` with the
    image sizes the bucket preview read from files. *images* gives the preview's (path, size or None)."""

    options_changed = Signal()
    sizes_read = Signal(dict)

    def __init__(self, runner: JobRunner, edits: EditStore, images: Callable[[], list[tuple[Path, Size | None]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.images = images
        self._preview_token = 0
        self._preview_running = False
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._update_preview)
        self.project: Project | None = None
        self.jobs = FollowedJobs(runner, "prepare", self)
        self.jobs.changed.connect(self._on_job_changed)
        title = QLabel(self.tr("Prepare"), objectName="emptyTitle")
        title.setToolTip(self.tr("Writes the training set to prepared/ (originals untouched; captions copied along)"))
        self.crop_combo = _combo(CROPS, "per-image")
        self.crop_combo.setToolTip(self.tr("Own crops: each image's crop from the crop editor; images without one "
                                           "get a centred crop of the aspect below (the whole image when free)"))
        self.aspect_combo = _combo(tuple((self.tr("free") if name == FREE else name, name) for name in ASPECT_PRESETS),
                                   FREE)
        self.size_combo = _combo(SIZES, "768")
        self.size_combo.setToolTip(self.tr("Long side: scale the long side down to this. Exact bucket: write each "
                                           "image at the bucket the trainer would use, so it has nothing left to "
                                           "scale or cut"))
        self.resolution_combo = _combo(tuple((str(r), r) for r in RESOLUTIONS), 768)
        self.resolution_combo.setToolTip(self.tr("Training resolution: the buckets' area (for bucket-fit, the "
                                                 "preview and snap to bucket)"))
        self.upscale_box = QCheckBox(self.tr("Enlarge smaller images"))
        self.no_upscale_box = QCheckBox(self.tr("Never upscale"), checked=True)
        self.no_upscale_box.setToolTip(self.tr("bucket_no_upscale: buckets never enlarge an image, each gets the "
                                               "largest multiple of 64 inside it (bucket-fit, and the trainer "
                                               "setting the preview assumes)"))
        self.format_combo = _combo(FORMATS, "png")
        self.format_combo.setToolTip(self.tr("PNG is lossless; JPEG and WebP are smaller"))
        self.quality_spin = QSpinBox(minimum=60, maximum=100, value=95)
        self.quality_spin.setToolTip(self.tr("JPEG/WebP quality (90 and more keep full colour resolution)"))
        self.alpha_mask_box = QCheckBox(self.tr("Transparency as a loss mask"), checked=True)
        self.alpha_mask_box.setToolTip(self.tr("An image with transparent parts and no mask file of its own gets "
                                               "<name>_mask.png: training leaves the transparent parts out "
                                               "(with masked loss on). The picture is still flattened on white."))
        fmt_row = QHBoxLayout()
        fmt_row.addWidget(self.format_combo, 1)
        fmt_row.addWidget(QLabel(self.tr("quality"), objectName="muted"))
        fmt_row.addWidget(self.quality_spin)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Crop"), self.crop_combo)
        form.addRow(self.tr("Aspect"), self.aspect_combo)
        form.addRow(self.tr("Size"), self.size_combo)
        form.addRow("", self.upscale_box)
        form.addRow(self.tr("Resolution"), self.resolution_combo)
        form.addRow("", self.no_upscale_box)
        form.addRow(self.tr("Format"), fmt_row)
        form.addRow("", self.alpha_mask_box)

        self.prepare_button = QPushButton(self.tr("Prepare"), objectName="primary")
        self.prepare_button.setToolTip(self.tr("Write the training set to prepared/ (a background job; originals "
                                               "untouched, captions copied along; a re-run only redoes what changed)"))
        self.prepare_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.jobs.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.prepare_button, 1)
        buttons.addWidget(self.cancel_button)
        self.status = QLabel(objectName="muted")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.buckets = BucketPreview()
        self._error = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addSpacing(8)
        layout.addWidget(self.buckets)
        layout.addStretch(1)

        for combo in (self.crop_combo, self.aspect_combo, self.size_combo, self.resolution_combo, self.format_combo):
            combo.currentIndexChanged.connect(self._changed)
        for box in (self.upscale_box, self.no_upscale_box, self.alpha_mask_box):
            box.toggled.connect(self._changed)
        self.quality_spin.valueChanged.connect(self._changed)
        self.buckets.batch_spin.valueChanged.connect(self._changed)
        self._changed()

    def config(self) -> dict[str, Any]:
        """The job's option keys (docs/images.md's prepare.toml)."""
        size = str(self.size_combo.currentData())
        resize = "max-side" if size.isdigit() else size
        config: dict[str, Any] = {
            "crop": self.crop_combo.currentData(), "aspect": self.aspect_combo.currentData(), "resize": resize,
            "upscale": self.upscale_box.isChecked(), "resolution": self.resolution_combo.currentData(),
            "bucket_no_upscale": self.no_upscale_box.isChecked(), "format": self.format_combo.currentData(),
            "quality": self.quality_spin.value(), "alpha_mask": self.alpha_mask_box.isChecked(),
        }
        if size.isdigit():
            config["max_side"] = int(size)
        return config

    def options(self) -> PrepareOptions | str:
        """The options, or what is wrong with them (e.g. a center crop needs an aspect)."""
        try:
            return PrepareOptions.from_config(self.config())
        except (ValueError, BucketError) as exc:
            return str(exc)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self.jobs.set_project(project)
        self._say(self._error)

    def run(self) -> None:
        """Queue the prepare job for the project, with the crops saved first (the job reads crops.json)."""
        project, options = self.project, self.options()
        if project is None or self.jobs.active or isinstance(options, str):
            return
        error = self.edits.flush()
        self._say(error)
        if not error:
            job = self.jobs.start(project, self.tr("Prepare · {project}").format(project=project.name),
                                  {"project": str(project.root), **options.to_config()})
            if isinstance(job, str):
                self._say(job)

    def _on_job_changed(self) -> None:
        running = self.jobs.active
        done, total = self.jobs.progress()
        self.prepare_button.setEnabled(not running and not self._error)
        self.prepare_button.setText(self.tr("Preparing…") if running else self.tr("Prepare"))
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(f"{done} / {total}")
            return
        data = self.jobs.result()
        problem = self.jobs.outcome()
        if problem:
            self._say(problem)
        elif data:
            self._say(self.tr("Wrote {written}, kept {skipped} unchanged, left out {excluded} excluded; {failed} "
                              "failed → {output}").format(
                written=data.get("written", 0), skipped=data.get("skipped", 0), excluded=data.get("excluded", 0),
                failed=data.get("failed", 0), output=data.get("output", "")))

    def _changed(self) -> None:
        self.upscale_box.setEnabled(str(self.size_combo.currentData()).isdigit())
        self.quality_spin.setEnabled(self.format_combo.currentData() != "png")
        self.aspect_combo.setEnabled(self.crop_combo.currentData() != "none")
        options = self.options()
        error = options if isinstance(options, str) else ""
        if error or self.status.text() == self._error:
            self._say(error)
        self._error = error
        self.prepare_button.setEnabled(not error and not self.jobs.active)
        self.options_changed.emit()
        self.schedule_preview()

    # ---- bucket preview
    def schedule_preview(self) -> None:
        """Count the buckets again shortly (changes in a row are counted once, on the thread pool)."""
        self._preview_timer.start()

    @property
    def preview_pending(self) -> bool:
        return self._preview_timer.isActive() or self._preview_running

    def _update_preview(self) -> None:
        self._preview_token += 1  # an answer still on its way is out of date
        token, options, images = self._preview_token, self.options(), self.images()
        if isinstance(options, str) or not images:
            self._preview_running = False
            self.buckets.set_data(BucketPreviewData(error=options if isinstance(options, str) else ""))
            return
        self._preview_running = True
        store, batch = self.edits.snapshot(), self.buckets.batch_spin.value()
        self.buckets.set_busy()
        run_in_background(lambda: plan_preview(images, store, options, options.bucket, batch),
                          lambda data: token == self._preview_token and self._on_preview(data), self)

    def _on_preview(self, data: BucketPreviewData) -> None:
        self._preview_running = False
        self.sizes_read.emit(data.read_sizes)
        self.buckets.set_data(data)
