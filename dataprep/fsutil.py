"""Atomic file writes: a crash or a kill mid-write leaves the old file, never a torn one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _umask()


def _final_mode(path: Path) -> int:
    """Keep the mode of the file being replaced; a new file gets the user's default (mkstemp's is 0600)."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~_UMASK


def atomic_write_bytes(path: Path, data: bytes, fsync: bool = True) -> None:
    """Write *data* to a temp file beside *path*, fsync it, then rename it over *path*.

    ``fsync=False`` keeps the rename (a killed process never leaves a torn file) but skips the flush
    to disk, which costs more than encoding a JPEG: for outputs that can be rebuilt, like prepared images."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if fsync:
                fh.flush()
                os.fsync(fh.fileno())
        os.chmod(tmp, _final_mode(path))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    atomic_write_bytes(path, text.encode(encoding))
