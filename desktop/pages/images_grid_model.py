"""The Images grid's model: one small record per picture, sorted and filtered, with thumbnails from the
ThumbnailCache. It holds no pixmaps of its own and never reads a file: a row asks for its thumbnail
when the view draws it, and the cache decodes it on a worker thread."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from dataprep.image_quality import BLURRY, DUPLICATE, EXTREME_ASPECT, FLAGS, NEAR_DUPLICATE, SMALL, WRONG_EXTENSION
from desktop.pages.images_edits import EditStore
from desktop.pages.images_records import UNREADABLE, FileFacts, Flags, GridRecord, ScanState
from desktop.pages.images_thumbs import ThumbnailCache
from desktop.widgets.phrase_text import listed

BadgesRole = Qt.ItemDataRole.UserRole + 1  # tuple of flag names, "excluded" and "unreadable" included
CroppedRole = Qt.ItemDataRole.UserRole + 2
FailedRole = Qt.ItemDataRole.UserRole + 3  # the thumbnail could not be made

EXCLUDED = "excluded"
MASKED = "mask"  # a badge, not a filter: a '<stem>_mask' file lies beside the image (its loss mask)
FILTERS = (*FLAGS, UNREADABLE, EXCLUDED)  # what the flag filter offers
# flag → its full name as tooltips show it (the grid's badges use shorter words: images_delegate.BADGES)
FLAG_NAMES = {
    BLURRY: QT_TRANSLATE_NOOP("ImageFlags", "blurry"), SMALL: QT_TRANSLATE_NOOP("ImageFlags", "small"),
    EXTREME_ASPECT: QT_TRANSLATE_NOOP("ImageFlags", "extreme-aspect"),
    DUPLICATE: QT_TRANSLATE_NOOP("ImageFlags", "duplicate"),
    NEAR_DUPLICATE: QT_TRANSLATE_NOOP("ImageFlags", "near-duplicate"),
    WRONG_EXTENSION: QT_TRANSLATE_NOOP("ImageFlags", "wrong-extension"),
    UNREADABLE: QT_TRANSLATE_NOOP("ImageFlags", "unreadable"), EXCLUDED: QT_TRANSLATE_NOOP("ImageFlags", "excluded"),
    MASKED: QT_TRANSLATE_NOOP("ImageFlags", "mask"),
}

Index = QModelIndex | QPersistentModelIndex


def _name_key(r: GridRecord) -> tuple[str, str]:
    return r.name.lower(), str(r.path)


def flag_name(flag: str) -> str:
    """The flag's full name in the interface language."""
    return QCoreApplication.translate("ImageFlags", FLAG_NAMES.get(flag, flag))


# key → (label, translated where shown with the "GridControls" context; sort key)
SORTS: dict[str, tuple[str, Callable[[GridRecord], Any]]] = {
    "name": (QT_TRANSLATE_NOOP("GridControls", "Name"), _name_key),
    "resolution": (QT_TRANSLATE_NOOP("GridControls", "Resolution"), lambda r: (r.pixels, _name_key(r))),
    "file-size": (QT_TRANSLATE_NOOP("GridControls", "File size"), lambda r: (r.file_size, _name_key(r))),
    "sharpness": (QT_TRANSLATE_NOOP("GridControls", "Sharpness"), lambda r: (r.sharpness, _name_key(r))),
    "date": (QT_TRANSLATE_NOOP("GridControls", "Date modified"), lambda r: (r.mtime_ns, _name_key(r))),
}


def _size_text(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n / 1e3:.0f} KB"


class ImageGridModel(QAbstractListModel):
    def __init__(self, thumbs: ThumbnailCache, edits: EditStore, parent: Any = None) -> None:
        super().__init__(parent)
        self.thumbs = thumbs
        self.edits = edits
        self.records: list[GridRecord] = []
        self._index: dict[str, int] = {}  # path → record index
        self._masked: set[str] = set()  # paths with a '<stem>_mask' file beside them
        self._order: list[int] = []  # record indices in view order (sorted, filtered)
        self._rows: dict[int, int] = {}  # record index → view row
        self.sort_key = "name"
        self.descending = False
        self.filter: frozenset[str] = frozenset()
        thumbs.ready.connect(self._row_changed)
        thumbs.failed.connect(self._row_changed)
        edits.changed.connect(self._on_edits_changed)

    # ---- filling
    def set_records(self, records: list[GridRecord]) -> None:
        """The rows of a new listing (made by images_records.list_records on the pool thread)."""
        self.records = records
        self._index = {str(r.path): i for i, r in enumerate(self.records)}
        self._masked = {str(r.path) for r in self.records if r.masked}
        self._rearrange()

    def apply_facts(self, facts: FileFacts) -> None:
        """File sizes and dates from the second listing pass."""
        for key, (size, mtime) in facts.items():
            i = self._index.get(key)
            if i is not None:
                r = self.records[i]
                r.file_size, r.mtime_ns = size, mtime
        if self.sort_key in ("file-size", "date"):
            self._rearrange()

    def apply_scan(self, scan: ScanState) -> None:
        """Sizes, sharpness and problems from the import report (flags come with apply_flags)."""
        for r in self.records:
            r.width = r.height = 0
            r.sharpness, r.problem = -1.0, ""
        for image in scan.images:
            i = self._index.get(image.path)
            if i is not None:
                r = self.records[i]
                r.width, r.height, r.sharpness = image.width, image.height, image.sharpness
        for path, _kind, message in scan.problems:
            i = self._index.get(path)
            if i is not None:
                self.records[i].problem = message
        self._rearrange()

    def apply_sizes(self, sizes: dict[str, tuple[int, int]]) -> None:
        """Image sizes read from file headers before any scan (for the bucket preview and sorting)."""
        for key, (width, height) in sizes.items():
            i = self._index.get(key)
            if i is not None and not self.records[i].width:
                self.records[i].width, self.records[i].height = width, height
        if sizes and self.sort_key == "resolution":
            self._rearrange()

    def apply_flags(self, flags: Flags) -> None:
        for r in self.records:
            r.flags, r.duplicate_of, r.match = flags.by_path.get(str(r.path), ((), "", ""))
        if self.filter:
            self._rearrange()
        else:
            self._all_changed()

    # ---- order and filter
    def set_sort(self, key: str, descending: bool = False) -> None:
        if key not in SORTS:
            raise ValueError(f"unknown sort {key!r}; known: {', '.join(SORTS)}")
        self.sort_key, self.descending = key, descending
        self._rearrange()

    def set_filter(self, flags: Iterable[str]) -> None:
        """Show only images with any of *flags* (all images when empty)."""
        self.filter = frozenset(flags)
        self._rearrange()

    def badges(self, r: GridRecord, excluded: set[str] | None = None) -> tuple[str, ...]:
        """The record's flags plus ``unreadable`` and ``excluded``, in FILTERS order, then ``mask``."""
        extra = []
        if r.problem:
            extra.append(UNREADABLE)
        if str(r.path) in (excluded if excluded is not None else self.edits.excluded_paths()):
            extra.append(EXCLUDED)
        if str(r.path) in self._masked:
            extra.append(MASKED)
        return (*r.flags, *extra)

    def counts(self) -> dict[str, int]:
        """Images per filter entry, over all images (not only the shown ones)."""
        counts = dict.fromkeys(FILTERS, 0)
        for r in self.records:  # what badges() gives, without a tuple and a path lookup per row
            for flag in r.flags:
                counts[flag] += 1
            if r.problem:
                counts[UNREADABLE] += 1
        counts[EXCLUDED] = sum(path in self._index for path in self.edits.excluded_paths())
        return counts

    def _rearrange(self) -> None:
        self.beginResetModel()
        key = SORTS[self.sort_key][1]
        order = sorted(range(len(self.records)), key=lambda i: key(self.records[i]), reverse=self.descending)
        if self.filter:
            excluded = self.edits.excluded_paths()
            order = [i for i in order if self.filter.intersection(self.badges(self.records[i], excluded))]
        self._order = order
        self._rows = {i: row for row, i in enumerate(order)}
        self.endResetModel()

    def _all_changed(self) -> None:
        if self._order:
            self.dataChanged.emit(self.index(0), self.index(len(self._order) - 1))

    # ---- lookups
    def record(self, row: int) -> GridRecord:
        return self.records[self._order[row]]

    def path(self, row: int) -> Path:
        return self.record(row).path

    def row_of(self, path: Path | str) -> int | None:
        i = self._index.get(str(path))
        return None if i is None else self._rows.get(i)

    def shown_paths(self) -> list[Path]:
        return [self.records[i].path for i in self._order]

    def all_paths(self) -> list[Path]:
        return [r.path for r in self.records]

    # ---- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._order)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._order):
            return None
        r = self.records[self._order[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return r.name
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self.thumbs.pixmap(str(r.path))
            if pixmap is None:
                self.thumbs.request(r.path)  # only drawn rows get here: the visible ones
            return pixmap
        if role == BadgesRole:
            return self.badges(r)
        if role == CroppedRole:
            return self.edits.edit(r.path).crop is not None
        if role == FailedRole:
            return self.thumbs.has_failed(str(r.path))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        return None

    def _tooltip(self, r: GridRecord) -> str:
        lines = [str(r.path)]
        facts = []
        if r.width:
            facts.append(f"{r.width}×{r.height}")
        if r.file_size >= 0:
            facts.append(_size_text(r.file_size))
        if r.sharpness >= 0:
            facts.append(self.tr("sharpness {value}").format(value=f"{r.sharpness:.0f}"))
        if facts:
            lines.append(" · ".join(facts))
        if r.problem:
            lines.append(r.problem)
        if r.duplicate_of:
            lines.append(self.tr("looks like {name} ({match})").format(name=Path(r.duplicate_of).name, match=r.match))
        badges = self.badges(r)
        if badges:
            lines.append(self.tr("flags: {flags}").format(flags=listed(flag_name(b) for b in badges)))
        return "\n".join(lines)

    # ---- updates
    def _row_changed(self, path: str) -> None:
        row = self.row_of(path)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def _on_edits_changed(self, paths: list[str]) -> None:
        if EXCLUDED in self.filter:
            self._rearrange()
            return
        for path in paths:
            self._row_changed(path)
