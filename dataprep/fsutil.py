"""Atomic file writes: a crash or a kill mid-write leaves the old file, never a torn one."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

# A write that fails with one of these finds the disk full or read-only: every later write there fails the same
# way, so a job stops at the first instead of failing each file in turn.
OUT_OF_ROOM = frozenset({errno.ENOSPC, errno.EROFS, getattr(errno, "EDQUOT", errno.ENOSPC)})


def out_of_room(exc: OSError) -> bool:
    """Whether *exc* says the disk is full (or the user's quota used up) or mounted read-only."""
    return exc.errno in OUT_OF_ROOM


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
