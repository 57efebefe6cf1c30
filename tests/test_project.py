"""danlu.toml edited by hand: every wrong value stops the opening with a message that names the file and the
key, never a TypeError from deep inside a page."""

from __future__ import annotations

from pathlib import Path

import pytest

from dataprep.phrases import Phrase
from dataprep.project import load_project
from dataprep.tomlio import ConfigFileError


@pytest.mark.parametrize(("text", "expected"), [
    ("format_version = 'two'\n", "format_version must be a whole number, not 'two'"),
    ("name = 3\n", "name must be text in quotes, not 3"),
    ("sources = 'photos'\n", "sources must be a list in square brackets, not 'photos'"),
    ("sources = [1]\n", "sources must be text in quotes, not 1"),
    ("concepts = 3\n", "concepts must be a list in square brackets, not 3"),
    ("concepts = ['zkx']\n", "concept 1: a concept must be a [[concepts]] table"),
    ("[[concepts]]\nidentifier = 1\nclass_token = 'man'\n", "concept 1: identifier must be text in quotes, not 1"),
    ("[[concepts]]\nidentifier = 'zkx'\nclass_token = 'man'\nrepeats = '10'\n",
     "concept 1: repeats must be a whole number, not '10'"),
    ("[[concepts]]\nidentifier = 'zkx'\nclass_token = 'man'\nrepeats = true\n",
     "concept 1: repeats must be a whole number, not True"),
    ("[[concepts]]\nidentifier = 'zkx'\nclass_token = 'man'\ncaption_extension = 3\n",
     "concept 1: caption_extension must be text in quotes, not 3"),
])
def test_a_value_of_the_wrong_type_names_the_file_and_the_key(tmp_path: Path, text: str, expected: str):
    (tmp_path / "danlu.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigFileError) as caught:
        load_project(tmp_path)
    message = caught.value.args[0]
    assert isinstance(message, Phrase)  # the interface shows it in the user's language
    assert message.startswith(str(tmp_path / "danlu.toml")) and expected in message
    assert message.endswith("Correct it in a text editor and open the project again.")


def test_missing_keys_take_their_defaults(tmp_path: Path):
    (tmp_path / "danlu.toml").write_text("[[concepts]]\nidentifier = 'zkx'\nclass_token = 'man'\n", encoding="utf-8")
    project = load_project(tmp_path)
    assert project.name == tmp_path.name and project.sources == []
    assert project.concepts[0].repeats == 10 and project.concepts[0].caption_extension == ".txt"


def test_keys_danlu_does_not_know_survive_a_save(tmp_path: Path):
    (tmp_path / "danlu.toml").write_text(
        "notes = 'shot in March'\nname = 'zkx'\n[[concepts]]\nidentifier = 'zkx'\nclass_token = 'man'\n"
        "[mytool]\nlast_export = 3\n", encoding="utf-8")
    project = load_project(tmp_path)
    project.concepts[0].repeats = 20
    project.snapshot().concepts[0].repeats = 5  # a copy: editing it leaves the project as it was
    project.save()
    again = load_project(tmp_path)
    assert again.extra == {"notes": "shot in March", "mytool": {"last_export": 3}}
    assert again.name == "zkx" and again.concepts[0].repeats == 20
