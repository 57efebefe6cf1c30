"""kill -9 of the editor 1.5 s after an edit loses nothing: the store's autosave policy has
written it by then (the GUI drives the same next_save_in/autosave loop from a timer)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("caption_autosave_child.py")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_after_an_edit_loses_nothing(tmp_path: Path) -> None:
    (tmp_path / "0001.png").write_bytes(b"\x89PNG")
    caption = tmp_path / "0001.txt"
    caption.write_text("1girl, holding phone", encoding="utf-8")
    edited = "1girl, earrings, red scarf"
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(tmp_path), edited],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "edited"
        time.sleep(1.5)
        assert proc.poll() is None, "the child must still be running when it is killed"
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert caption.read_text(encoding="utf-8") == edited
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
