"""Fixtures for the GUI tests: a job runner that cleans up its children, isolated settings, the demo."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from dataprep.demo import install_demo_project
from dataprep.project import Project
from desktop.jobs.runner import JobRunner

FAKE_JOB = Path(__file__).with_name("fake_job.py")


def _fake_argv(mode: str, config: Path | None = None) -> list[str]:
    return [sys.executable, str(FAKE_JOB), mode, *([str(config)] if config else [])]


@pytest.fixture
def fake_argv():
    """argv of fake_job.py in one of its modes."""
    return _fake_argv


@pytest.fixture
def runner(qtbot):
    runner = JobRunner(grace_s=5.0)
    yield runner
    runner.shutdown(wait_ms=2000)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def demo_project(tmp_path: Path) -> Project:
    return install_demo_project(tmp_path / "demo-project")
