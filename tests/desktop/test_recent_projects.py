"""Recent projects in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.recent_projects import KEY, LIMIT, RecentProjects


def test_newest_first_without_duplicates_and_capped(tmp_path: Path, settings: QSettings):
    recent = RecentProjects(settings)
    folders = [tmp_path / f"p{i}" for i in range(LIMIT + 3)]
    for folder in folders:
        folder.mkdir()
        recent.add(folder)
    recent.add(folders[5])
    paths = recent.paths()
    assert len(paths) == LIMIT
    assert paths[0] == folders[5].resolve()
    assert paths[1] == folders[-1].resolve()
    assert len(set(paths)) == LIMIT


def test_missing_folders_are_dropped_and_survive_a_reload(tmp_path: Path, settings: QSettings):
    kept, gone = tmp_path / "kept", tmp_path / "gone"
    kept.mkdir()
    gone.mkdir()
    recent = RecentProjects(settings)
    recent.add(kept)
    recent.add(gone)
    gone.rmdir()
    settings.sync()
    reloaded = RecentProjects(QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert reloaded.paths() == [kept.resolve()]
    reloaded.remove(kept)
    assert reloaded.paths() == []


def test_a_single_stored_entry_reads_back(tmp_path: Path, settings: QSettings):
    settings.setValue(KEY, str(tmp_path))  # what QSettings returns for a one-element list on some back ends
    assert RecentProjects(settings).paths() == [tmp_path]
