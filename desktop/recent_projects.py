"""The recent-projects list, kept in QSettings: newest first, at most ten, vanished folders dropped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "projects/recent"
LIMIT = 10


class RecentProjects:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def _stored(self) -> list[str]:
        value = self.settings.value(KEY, [])
        if isinstance(value, str):  # QSettings gives a one-element list back as a plain string
            value = [value]
        return [str(v) for v in value or [] if v]

    def _store(self, paths: list[Path]) -> None:
        self.settings.setValue(KEY, [str(p) for p in paths[:LIMIT]])

    def paths(self) -> list[Path]:
        """Stored projects whose folders still exist; the others are forgotten."""
        stored = [Path(p) for p in self._stored()]
        existing = [p for p in stored if p.is_dir()]
        if existing != stored:
            self._store(existing)
        return existing[:LIMIT]

    def add(self, path: Path) -> None:
        path = Path(path).resolve()
        self._store([path, *(p for p in self.paths() if p != path)])

    def remove(self, path: Path) -> None:
        path = Path(path).resolve()
        self._store([p for p in self.paths() if p != path])

    def clear(self) -> None:
        self._store([])
