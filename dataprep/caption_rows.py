"""The rows of the caption editor: one image and its sidecar caption each, read from disk."""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from dataprep.caption_io import (
    CAPTION_EXTENSIONS,
    DEFAULT_FORMAT,
    CaptionEncodingError,
    CaptionFormat,
    FileSnapshot,
    caption_path_for,
    read_caption,
    unreadable_caption,
)
from dataprep.phrases import exception_text
from dataprep.tags import split_tags, tag_key

IO_WORKERS = 8  # small files: reads and fsyncs wait on the disk, not the CPU
_CHUNK = 256


class CaptionRow:
    """One image and its caption. Read its attributes; only the store changes them."""

    __slots__ = (
        "_tag_keys",
        "conflict",
        "error",
        "format",
        "image",
        "loaded",
        "path",
        "save_error",
        "saved_text",
        "snapshot",
        "tags",
        "text",
        "tokens",
    )

    def __init__(
        self,
        image: Path,
        path: Path,
        text: str = "",
        fmt: CaptionFormat = DEFAULT_FORMAT,
        snapshot: FileSnapshot | None = None,
        error: str | None = None,
    ) -> None:
        self.image = image
        self.path = path  # where the caption is (or will be written)
        self.format = fmt
        self.snapshot = snapshot  # the file as last read or written; None: no file
        self.error = error  # unreadable (encoding, shared sidecar): the row is read-only
        self.loaded = error is None  # False until its text was ever read: it has no undo history
        self.conflict = False  # changed on disk while it had unsaved edits
        self.save_error: str | None = None  # the last write failed; autosave skips it until edited
        self.saved_text = text  # what the file holds, as far as we know
        self._set(text)

    def _set(self, text: str) -> None:
        self.text = text
        self.tags = tuple(split_tags(text))
        self._tag_keys: frozenset[str] | None = None
        self.tokens: int | None = None

    @property
    def tag_keys(self) -> frozenset[str]:
        """The tags as filters compare them (computed when a filter first asks)."""
        if self._tag_keys is None:
            self._tag_keys = frozenset(map(tag_key, self.tags))
        return self._tag_keys

    @property
    def dirty(self) -> bool:
        return self.text != self.saved_text

    def __repr__(self) -> str:
        return f"CaptionRow({self.image.name!r}, {self.text!r})"


def read_row(
    image: Path, extensions: tuple[str, ...] = CAPTION_EXTENSIONS, default_extension: str = ".txt"
) -> CaptionRow:
    """The row for *image*: its sidecar's text (the first of *extensions* that exists), or an empty
    caption at the default path."""
    for ext in extensions:
        path = caption_path_for(image, ext)
        try:
            cap = read_caption(path)
        except FileNotFoundError:
            continue
        except CaptionEncodingError as exc:
            return CaptionRow(image, path, snapshot=FileSnapshot.take(path), error=exception_text(exc))
        except OSError as exc:
            return CaptionRow(image, path, error=unreadable_caption(path, exc))
        return CaptionRow(image, path, cap.text, cap.format, cap.snapshot)
    return CaptionRow(image, caption_path_for(image, default_extension))


def read_rows(
    images: Iterable[Path], extensions: tuple[str, ...] = CAPTION_EXTENSIONS, default_extension: str = ".txt"
) -> list[CaptionRow]:
    """The rows of *images*, read on a few threads. Images that share one caption file (``a.png``
    and ``a.jpg`` both own ``a.txt``, so editing one would silently edit the other) are marked
    unreadable."""
    images = list(images)
    chunks = [images[i : i + _CHUNK] for i in range(0, len(images), _CHUNK)]  # few futures, little locking
    with ThreadPoolExecutor(IO_WORKERS) as pool:
        parts = pool.map(lambda chunk: [read_row(im, extensions, default_extension) for im in chunk], chunks)
        rows = [row for part in parts for row in part]
    owner: dict[Path, CaptionRow] = {}
    for row in rows:
        other = owner.setdefault(row.path, row)
        if other is not row:
            for r in (other, row):
                r.error = (
                    f"{row.path}: is the caption of both {other.image.name} and {row.image.name}. "
                    f"Rename one of the images so each has its own caption file."
                )
    return rows
