"""Error dialogs say what happened, to which file or folder, and what to do next."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from desktop import main_window as main_window_module
from desktop.main_window import MainWindow


def _denied(path: Path):
    def fail(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    return fail


@pytest.mark.parametrize(
    ("target", "call", "title", "advice"),
    [
        ("create_project", lambda w, p: w.create_project(p, "x"), "Cannot create the project",
         "Pick a folder you can write to"),
        ("load_project", lambda w, p: w.open_project(p), "Cannot open the project", "Check that the folder is still"),
        ("install_demo_project", lambda w, p: w.open_demo(), "Cannot open the demo project",
         "Check that this folder can be written"),
    ],
)
def test_a_file_system_error_names_the_place_and_what_to_do(window: MainWindow, tmp_path: Path, errors, monkeypatch,
                                                           target, call, title, advice):
    place = tmp_path / "somewhere"
    place.mkdir()
    (place / "danlu.toml").write_text("name = 'x'\n", encoding="utf-8")
    monkeypatch.setattr(main_window_module, target, _denied(place / "danlu.toml"))
    assert call(window, place) is False
    ((shown_title, message),) = errors
    assert shown_title == title
    assert "Permission denied" in message and str(place) in message
    assert advice in message
