"""load_toml: every way a config file cannot be read is a ConfigFileError naming the file, which is what its
callers (project, run files, job configs, prompt files) catch."""

from __future__ import annotations

from pathlib import Path

import pytest

from dataprep.phrases import Phrase
from dataprep.tomlio import ConfigFileError, load_toml


def test_a_path_that_cannot_be_read_is_a_config_file_error(tmp_path: Path):
    folder = tmp_path / "run.toml"
    folder.mkdir()
    with pytest.raises(ConfigFileError) as caught:
        load_toml(folder)
    message = caught.value.args[0]
    assert isinstance(message, Phrase)
    assert message.startswith(f"{folder}: cannot be read (Is a directory).")
    assert message.endswith("Check that it is a file you may read, then try again.")


def test_no_permission_is_a_config_file_error(tmp_path: Path, monkeypatch):
    path = tmp_path / "danlu.toml"
    path.write_text("name = 'x'\n", encoding="utf-8")

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(ConfigFileError, match=r"danlu.toml: cannot be read \(Permission denied\)"):
        load_toml(path)


def test_a_byte_order_mark_and_windows_line_ends_are_read(tmp_path: Path):
    """Notepad's UTF-8 with a BOM, CRLF line ends: a config edited on Windows reads as it does in sd-scripts."""
    path = tmp_path / "run.toml"
    path.write_bytes('\ufeff[model]\r\npretrained_model_name_or_path = "C:\\\\models\\\\ß.safetensors"\r\n'.encode())
    assert load_toml(path) == {"model": {"pretrained_model_name_or_path": "C:\\models\\ß.safetensors"}}


def test_a_syntax_error_names_the_file_and_the_line(tmp_path: Path):
    path = tmp_path / "jöb.toml"
    path.write_text("a = 1\nb = \nc = 3\n", encoding="utf-8")
    with pytest.raises(ConfigFileError) as caught:
        load_toml(path)
    message = caught.value.args[0]
    assert isinstance(message, Phrase) and message.startswith(f"{path}: not valid TOML")
    assert "line 2" in message
    with pytest.raises(ConfigFileError) as missing:
        load_toml(tmp_path / "gone.toml")
    assert isinstance(missing.value.args[0], Phrase) and "file not found" in missing.value.args[0]
