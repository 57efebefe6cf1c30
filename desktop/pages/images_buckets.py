"""The bucket preview: how many prepared images each training bucket would get, from
prepare.planned_sizes and prepare.bucket_histogram (computed on the thread pool), drawn as horizontal
bars, with a warning for buckets holding a single image (a batch of one every epoch)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from dataprep.buckets import BucketCount, BucketError, BucketSettings, Size
from dataprep.crops import CropStore
from dataprep.image_import import ImageReadError, read_header
from dataprep.prepare import PrepareOptions, bucket_histogram, planned_sizes

LONELY_COLOR = "#d68910"
ROW = 20
HEADER_READS = 300  # sizes read from files per preview; beyond that the scan measures them (in its own process)


@dataclass
class BucketPreviewData:
    """What the chart shows; *read_sizes* are image sizes read from headers on the way (no scan yet),
    kept by the page so the next preview needs no file."""

    buckets: list[BucketCount] = field(default_factory=list)
    lonely: list[Size] = field(default_factory=list)
    batch_size: int = 1
    read_sizes: dict[str, Size] = field(default_factory=dict)
    unmeasured: int = 0  # images left out: no size known yet, and too many to read here
    error: str = ""


def plan_preview(images: list[tuple[Path, Size | None]], store: CropStore | None, options: PrepareOptions,
                 training: BucketSettings, batch_size: int) -> BucketPreviewData:
    """Pool thread: up to HEADER_READS sizes unknown to the page are read from the file headers
    (unreadable files are left out, as prepare leaves them out), then planned and bucketed."""
    read: dict[str, Size] = {}
    known: list[tuple[Path, Size]] = []
    unknown = [path for path, size in images if size is None]
    for path in unknown[:HEADER_READS]:
        try:
            read[str(path)] = read_header(path).size
        except ImageReadError:
            continue
    for path, size in images:
        size = size or read.get(str(path))
        if size is not None:
            known.append((path, size))
    unmeasured = max(0, len(unknown) - HEADER_READS)
    try:
        plan, lonely = bucket_histogram(planned_sizes(known, store, options), training, batch_size)
    except BucketError as exc:
        return BucketPreviewData(read_sizes=read, error=str(exc))
    return BucketPreviewData(plan.buckets, lonely, batch_size, read, unmeasured)


class BucketChart(QWidget):
    """One bar per bucket (width×height, images), square-ish buckets first; lonely buckets in amber."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buckets: list[BucketCount] = []
        self.lonely: set[Size] = set()

    def set_buckets(self, buckets: list[BucketCount], lonely: list[Size]) -> None:
        self.buckets = sorted(buckets, key=lambda b: (b.reso[0] / b.reso[1], b.reso))
        self.lonely = set(lonely)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(260, max(1, len(self.buckets)) * ROW + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.buckets:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fm = QFontMetrics(self.font())
        label_w = fm.horizontalAdvance("0000×0000") + 8
        count_w = fm.horizontalAdvance("00000") + 6
        most = max(b.images for b in self.buckets)
        bar_room = max(10, self.width() - label_w - count_w)
        for i, bucket in enumerate(self.buckets):
            top = 2 + i * ROW
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(QRectF(0, top, label_w - 8, ROW),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{bucket.reso[0]}×{bucket.reso[1]}")
            width = max(2.0, bar_room * bucket.images / most)
            color = QColor(LONELY_COLOR) if bucket.reso in self.lonely else palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(label_w, top + 3, width, ROW - 6), 3, 3)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(QRectF(label_w + width + 4, top, count_w, ROW),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(bucket.images))
        painter.end()


class BucketPreview(QWidget):
    """Title, batch size, the chart and the warning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("<b>Buckets</b>"))
        self.batch_spin = QSpinBox(minimum=1, maximum=64, value=2)
        self.batch_spin.setToolTip(self.tr("Training batch size: a bucket with fewer images than this makes a "
                                           "short batch"))
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(QLabel(self.tr("batch"), objectName="muted"))
        head.addWidget(self.batch_spin)
        self.summary = QLabel(objectName="muted")
        self.summary.setWordWrap(True)
        self.chart = BucketChart()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {LONELY_COLOR};")
        self.warning.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(self.warning)
        self.data = BucketPreviewData()

    def set_busy(self) -> None:
        self.summary.setText(self.tr("Counting…"))

    def set_data(self, data: BucketPreviewData) -> None:
        self.data = data
        self.chart.set_buckets(data.buckets, data.lonely)
        if data.error:
            self.summary.setText(data.error)
        else:
            images = sum(b.images for b in data.buckets)
            n = len(data.buckets)
            text = self.tr("{images} in {buckets} (prepared sizes → the trainer's buckets)").format(
                images=(self.tr("{n} image") if images == 1 else self.tr("{n} images")).format(n=images),
                buckets=(self.tr("{n} bucket") if n == 1 else self.tr("{n} buckets")).format(n=n))
            if data.unmeasured:
                text += self.tr("; {n} more not measured yet: Scan images to count them").format(n=data.unmeasured)
            self.summary.setText(text)
        lonely = data.lonely if data.batch_size > 1 and not data.error else []
        if lonely:
            names = ", ".join(f"{w}×{h}" for w, h in lonely)
            warning = (self.tr("⚠ {n} bucket holds a single image ({names}): each makes a batch of one every "
                               "epoch. Crop those images to a common aspect (snap to bucket helps) or exclude them.")
                       if len(lonely) == 1 else
                       self.tr("⚠ {n} buckets hold a single image ({names}): each makes a batch of one every "
                               "epoch. Crop those images to a common aspect (snap to bucket helps) or exclude them."))
            self.warning.setText(warning.format(n=len(lonely), names=names))
        self.warning.setVisible(bool(lonely))
