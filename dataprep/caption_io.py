"""Sidecar caption files: read and write them the way users' other tools left them.

A caption lives beside its image with the same stem (``0001.png`` → ``0001.txt`` or
``0001.caption``). Files written by Windows tools often carry a UTF-8 BOM and CRLF line endings;
we keep both on write so a diff in the user's git or sync tool shows only the words they changed.
Files in any other encoding are refused with :class:`CaptionEncodingError` (guessing wrong would
silently corrupt non-ASCII tags); :func:`convert_to_utf8` converts one and keeps a backup.

Every read returns a :class:`FileSnapshot`; writers pass it back so a file changed on disk since
(by a sync tool, a script, another editor) raises :class:`CaptionConflictError` instead of being
overwritten.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from dataprep.fsutil import atomic_write_bytes
from dataprep.phrases import Phrase

CAPTION_EXTENSIONS: Final = (".txt", ".caption")

# Tried in this order when a file is not UTF-8; the first that decodes cleanly is the default
# choice the GUI offers. latin-1 decodes any bytes, so it is last.
FALLBACK_ENCODINGS: Final = ("cp1252", "gb18030", "big5", "shift_jis", "euc-kr", "latin-1")


class CaptionEncodingError(ValueError):
    """A caption file is not UTF-8; carries the file and the encodings that would decode it."""

    def __init__(self, path: Path, candidates: list[str]) -> None:
        self.path = Path(path)
        self.candidates = candidates
        guess = Phrase(" (it decodes as {encoding})", encoding=candidates[0]) if candidates else ""
        super().__init__(Phrase(
            "{path}: not a UTF-8 text file{guess}. Danlu reads and writes captions as UTF-8; convert this file to "
            "UTF-8 (Danlu can do it and keeps a .bak copy of the original).", path=str(self.path), guess=guess
        ))


def unreadable_caption(path: Path, exc: OSError) -> Phrase:
    """What to say of a caption file that cannot be read: a folder of that name, a file the user may not read."""
    return Phrase("{path}: cannot read this caption file ({error}). Move it away, or make it a text file you may "
                  "read.", path=str(path), error=str(exc.strerror or exc))


class CaptionConflictError(RuntimeError):
    """The file changed on disk since it was read; writing would lose someone else's edit."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        super().__init__(Phrase(
            "{path}: changed on disk since Danlu read it. Reload it to see the new text, or overwrite it with yours.",
            path=str(self.path)
        ))


@dataclass(frozen=True)
class CaptionFormat:
    """The byte-level conventions of one file, so a rewrite keeps them."""

    bom: bool = False
    newline: str = "\n"
    trailing_newline: bool = False


DEFAULT_FORMAT: Final = CaptionFormat()


@dataclass(frozen=True)
class FileSnapshot:
    """What a file looked like when read: stat for a cheap check, a hash to rule out a mere touch."""

    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of_bytes(cls, path: Path, data: bytes) -> FileSnapshot:
        st = os.stat(path)
        return cls(st.st_mtime_ns, st.st_size, hashlib.sha256(data).hexdigest())

    @classmethod
    def take(cls, path: Path) -> FileSnapshot | None:
        """Snapshot of *path* now, or None if it does not exist."""
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            return None
        return cls.of_bytes(path, data)


def changed_on_disk(path: Path, snapshot: FileSnapshot | None) -> bool:
    """Whether *path* differs from *snapshot* (None meaning "did not exist"). Stat first, hash only
    when stat differs, so checking thousands of untouched files costs one stat each."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return snapshot is not None
    if snapshot is None:
        return True
    if st.st_mtime_ns == snapshot.mtime_ns and st.st_size == snapshot.size:
        return False
    if st.st_size != snapshot.size:
        return True
    return hashlib.sha256(Path(path).read_bytes()).hexdigest() != snapshot.sha256


@dataclass(frozen=True)
class CaptionFile:
    path: Path
    text: str
    format: CaptionFormat
    snapshot: FileSnapshot


def caption_path_for(image: Path, extension: str = ".txt") -> Path:
    """The sidecar caption path of *image* (same folder, same stem)."""
    if not extension.startswith("."):
        extension = "." + extension
    return Path(image).with_suffix(extension)


def find_caption(image: Path, extensions: tuple[str, ...] = CAPTION_EXTENSIONS) -> Path | None:
    """The existing sidecar of *image*, preferring earlier *extensions*; None if it has none."""
    for ext in extensions:
        path = caption_path_for(image, ext)
        if path.is_file():
            return path
    return None


def suggest_encodings(data: bytes) -> list[str]:
    """Encodings that decode *data* without error, most likely first (UTF-16 when it has a BOM).

    Most bytes decode as cp1252 too, so the ones that read as letters go first: GBK captions read as
    cp1252 are symbols (``长发`` becomes ``³¤·¢``); ties keep the order of FALLBACK_ENCODINGS."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ["utf-16"]
    found = {}
    for enc in FALLBACK_ENCODINGS:
        try:
            found[enc] = _letter_share(data.decode(enc))
        except UnicodeDecodeError:
            continue
    return sorted(found, key=lambda enc: -found[enc])


def _letter_share(text: str) -> float:
    """The share of *text*'s non-ASCII characters that are letters (1 when it has none)."""
    wide = [c for c in text if ord(c) > 127]
    return sum(unicodedata.category(c).startswith("L") for c in wide) / len(wide) if wide else 1.0


def decode_caption(data: bytes, path: Path) -> tuple[str, CaptionFormat]:
    """Text (with ``\\n`` line endings, no trailing newline) and the file's conventions."""
    bom = data.startswith(codecs.BOM_UTF8)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise CaptionEncodingError(path, suggest_encodings(data))
    try:
        text = data[len(codecs.BOM_UTF8) if bom else 0 :].decode("utf-8")
    except UnicodeDecodeError:
        raise CaptionEncodingError(path, suggest_encodings(data)) from None
    return _split_format(text, bom)


def _split_format(text: str, bom: bool) -> tuple[str, CaptionFormat]:
    newline = "\r\n" if "\r\n" in text else "\n"
    if newline == "\r\n":
        text = text.replace("\r\n", "\n")
    trailing = text.endswith("\n")
    if trailing:
        text = text[:-1]
    return text, CaptionFormat(bom=bom, newline=newline, trailing_newline=trailing)


def encode_caption(text: str, fmt: CaptionFormat = DEFAULT_FORMAT) -> bytes:
    body = text + "\n" if fmt.trailing_newline else text
    if fmt.newline != "\n":
        body = body.replace("\n", fmt.newline)
    data = body.encode("utf-8")
    return codecs.BOM_UTF8 + data if fmt.bom else data


def read_caption(path: Path) -> CaptionFile:
    """Read one caption file; raises CaptionEncodingError for non-UTF-8 files."""
    path = Path(path)
    with open(path, "rb") as fh:
        data = fh.read()
        st = os.fstat(fh.fileno())
    text, fmt = decode_caption(data, path)
    return CaptionFile(path, text, fmt, FileSnapshot(st.st_mtime_ns, st.st_size, hashlib.sha256(data).hexdigest()))


def read_format(path: Path) -> CaptionFormat:
    """The conventions of an existing file, or the defaults if it is missing or unreadable as UTF-8."""
    try:
        return read_caption(path).format
    except (FileNotFoundError, CaptionEncodingError):
        return DEFAULT_FORMAT


class Unchecked:
    def __repr__(self) -> str:
        return "UNCHECKED"


UNCHECKED: Final = Unchecked()


def write_caption(
    path: Path,
    text: str,
    fmt: CaptionFormat | None = None,
    expected: FileSnapshot | Unchecked | None = UNCHECKED,
) -> FileSnapshot:
    """Write *text* atomically and return the new snapshot.

    *fmt* None keeps the conventions of the file being replaced (defaults for a new file).
    *expected* is the snapshot taken when the text was read (None: the file did not exist); if the
    file has changed since, nothing is written and CaptionConflictError is raised. Leave it
    UNCHECKED only when overwriting is what the user asked for.
    """
    path = Path(path)
    if not isinstance(expected, Unchecked) and changed_on_disk(path, expected):
        raise CaptionConflictError(path)
    if fmt is None:
        fmt = read_format(path)
    data = encode_caption(text, fmt)
    atomic_write_bytes(path, data)
    return FileSnapshot.of_bytes(path, data)


def _backup_path(path: Path) -> Path:
    candidate = path.with_name(path.name + ".bak")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.bak{n}")
        n += 1
    return candidate


def convert_to_utf8(path: Path, encoding: str | None = None) -> Path:
    """Re-encode a caption file as UTF-8 (no BOM, same line endings); returns the backup's path.

    *encoding* None takes the first of :func:`suggest_encodings`; pass the one the user picked
    when the guess is wrong. The original bytes are kept as ``<name>.bak`` (``.bak1``, ... if taken).
    """
    path = Path(path)
    data = path.read_bytes()
    if encoding is None:
        candidates = suggest_encodings(data)
        if not candidates:
            raise CaptionEncodingError(path, [])
        encoding = candidates[0]
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ValueError(Phrase("{path}: does not decode as {encoding} ({reason} at byte {byte}).", path=str(path),
                                encoding=encoding, reason=exc.reason, byte=exc.start)) from None
    text = text.removeprefix("\ufeff")
    backup = _backup_path(path)
    atomic_write_bytes(backup, data)
    body, fmt = _split_format(text, bom=False)
    atomic_write_bytes(path, encode_caption(body, fmt))
    return backup
