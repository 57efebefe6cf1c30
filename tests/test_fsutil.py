"""Atomic writes: never a torn file, and the file mode users expect."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from dataprep.fsutil import atomic_write_bytes, atomic_write_text


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old")

    with pytest.raises(TypeError):
        atomic_write_bytes(target, object())  # type: ignore[arg-type]
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_new_files_get_the_default_mode_and_replaced_files_keep_theirs(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.txt"
        atomic_write_text(fresh, "x")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        kept = tmp_path / "kept.txt"
        kept.write_text("y")
        kept.chmod(0o600)
        atomic_write_text(kept, "z")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600 and kept.read_text() == "z"
    finally:
        os.umask(umask)
