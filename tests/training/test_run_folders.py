"""Run folders: the run.toml files the pages list, newest first."""

from __future__ import annotations

import os

from training.run_folders import RUN_FILE, run_files


def test_run_files_newest_first_and_only_folders_with_a_run_file(tmp_path):
    runs = tmp_path / "runs"
    for name in ("old", "new", "mid"):
        (runs / name).mkdir(parents=True)
        path = runs / name / RUN_FILE
        path.write_text("", encoding="utf-8")
        os.utime(path, ns=(0, {"old": 1, "mid": 2, "new": 3}[name] * 10**9))
    (runs / "empty").mkdir()
    assert [p.parent.name for p in run_files(runs)] == ["new", "mid", "old"]
    assert run_files(tmp_path / "missing") == []
