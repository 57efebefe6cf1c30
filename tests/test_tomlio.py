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
