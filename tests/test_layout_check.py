"""Validation messages on small folders of tiny images."""

import json
from pathlib import Path

import pytest
from PIL import Image

from dataprep.layout_check import (
    check_project,
    common_words,
    identifier_token_count,
)
from dataprep.project import Concept, create_project


def bytes_to_unicode() -> dict[int, str]:
    """GPT-2/CLIP's byte → printable character map (the alphabet of a byte-level BPE vocab)."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), 256))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, map(chr, cs), strict=True))


@pytest.fixture(scope="module")
def tiny_tokenizer(tmp_path_factory) -> Path:
    """A real CLIP BPE tokenizer with a toy vocabulary: 'ohwx' is one token, other words one per letter."""
    folder = tmp_path_factory.mktemp("clip-tok")
    chars = list(bytes_to_unicode().values())
    merges = ["o h", "oh w", "ohw x</w>"]
    tokens = chars + [c + "</w>" for c in chars] + ["oh", "ohw", "ohwx</w>", "<|startoftext|>", "<|endoftext|>"]
    (folder / "vocab.json").write_text(json.dumps({t: i for i, t in enumerate(tokens)}), encoding="utf-8")
    (folder / "merges.txt").write_text("#version: 0.2\n" + "\n".join(merges) + "\n", encoding="utf-8")
    return folder


def image(path: Path, color=(0, 0, 0), caption: str | None = "a photo", ext=".txt"):
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (8, 8), color).save(path)
    if caption is not None:
        path.with_suffix(ext).write_text(caption, encoding="utf-8")


def messages(issues, level=None):
    return [i.message for i in issues if level is None or i.level == level]


@pytest.fixture
def project(tmp_path):
    proj = create_project(tmp_path / "p")
    for i in range(3):
        image(proj.root / "prepared" / f"{i}.png", (i * 40, 0, 0))
    proj.concepts = [Concept("ohwx", "woman", 2, "prepared")]
    return proj


def test_clean_project_has_no_issues(project, tiny_tokenizer):
    assert check_project(project, tiny_tokenizer) == []


def test_token_count_with_a_real_tokenizer(tiny_tokenizer, tmp_path):
    assert identifier_token_count("ohwx", tiny_tokenizer) == 1
    assert identifier_token_count("zqxj", tiny_tokenizer) == 4
    assert identifier_token_count("ohwx", tmp_path / "absent") is None


def test_identifier_checks(project, tiny_tokenizer, tmp_path):
    project.concepts[0].identifier = "girl"
    assert any("common English word" in m for m in messages(check_project(project, tiny_tokenizer), "warning"))
    project.concepts[0].identifier = "zqxjv"
    assert any("5 CLIP tokens" in m for m in messages(check_project(project, tiny_tokenizer), "warning"))
    info = messages(check_project(project, tmp_path / "no-tokenizer"), "info")
    assert any("tokenizer files not found" in m for m in info)
    assert "ohwx" not in common_words() and "woman" in common_words()


def test_empty_and_missing_folders(project, tiny_tokenizer):
    (project.root / "empty").mkdir()
    project.concepts.append(Concept("sks", "dog", 1, "empty"))
    project.concepts.append(Concept("zz", "cat", 1, "gone"))
    issues = check_project(project, tiny_tokenizer)
    errors = messages(issues, "error")
    assert any("holds no images" in m and "1_sks dog" in m for m in errors)
    assert any("gone does not exist" in m for m in errors)
    assert issues[0].level == "error"  # errors come first


def test_caption_problems(project, tiny_tokenizer):
    root = project.root / "prepared"
    image(root / "nocap.png", (1, 2, 3), caption=None)
    (root / "orphan.txt").write_text("lonely", encoding="utf-8")
    image(root / "empty.png", (4, 5, 6), caption="")
    image(root / "lines.png", (7, 8, 9), caption="first line\nsecond line")
    image(root / "bom.png", (3, 9, 9), caption="\ufefftag, other")
    image(root / "latin.png", (9, 9, 9), caption=None)
    (root / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    issues = check_project(project, tiny_tokenizer)
    warnings, errors = messages(issues, "warning"), messages(issues, "error")
    assert any("bom.txt starts with a UTF-8 byte-order mark" in m for m in warnings)
    assert any("1 of 8 images" in m and "nocap.png" in m and "class tokens 'ohwx woman'" in m for m in warnings)
    assert any("orphan.txt" in m and "no image" in m for m in warnings)
    assert any("empty.txt is empty" in m for m in errors)
    assert any("lines.txt has several lines" in m for m in warnings)
    assert any("latin.txt: not a UTF-8 text file" in m and "sd-scripts stops" in m for m in errors)


def test_wrong_caption_extension(project, tiny_tokenizer):
    project.concepts[0].caption_extension = ".caption"
    assert any("have .txt captions but this concept reads .caption" in m
               for m in messages(check_project(project, tiny_tokenizer)))


def test_reg_smaller_and_larger(project, tiny_tokenizer):
    # 3 images × 2 repeats = 6 training samples
    for i in range(2):
        image(project.root / "reg" / f"r{i}.png", (0, i * 50 + 1, 0), caption=None)
    project.concepts[0].reg_source = "reg"
    small = messages(check_project(project, tiny_tokenizer), "warning")
    assert any("2 images × repeats for 6 training" in m and "3.0×" in m for m in small)
    for i in range(2, 10):
        image(project.root / "reg" / f"r{i}.png", (0, i * 20 + 1, 5), caption=None)
    large = messages(check_project(project, tiny_tokenizer), "info")
    assert any("Only 6 of 10 regularization images" in m and "other 4" in m for m in large)


def test_duplicates_across_concepts_and_reg(project, tiny_tokenizer):
    image(project.root / "other" / "copy.png", (0, 0, 0))  # same pixels and encoder as prepared/0.png
    image(project.root / "other" / "x.png", (5, 5, 5))
    image(project.root / "reg" / "r.png", (40, 0, 0), caption=None)  # same as prepared/1.png
    project.concepts.append(Concept("sks", "man", 1, "other"))
    project.concepts[0].reg_source = "reg"
    warnings = messages(check_project(project, tiny_tokenizer), "warning")
    assert any("in both 'img/1_sks man' and 'img/2_ohwx woman'" in m for m in warnings)
    assert any("both training folder and regularization folder" in m for m in warnings)
    assert len(messages(check_project(project, tiny_tokenizer, duplicates=False), "warning")) == len(warnings) - 2


def test_unnameable_folder_is_an_error(project, tiny_tokenizer):
    project.concepts[0].identifier = "a:b"
    issues = check_project(project, tiny_tokenizer)
    assert issues[0].level == "error" and "cannot be in a folder name" in issues[0].message


def test_a_caption_or_image_that_may_not_be_read_is_reported_not_a_crash(project, tiny_tokenizer, monkeypatch):
    import dataprep.caption_io as caption_io
    import dataprep.layout_check as layout_check

    image(project.root / "prepared" / "copy.png", (0, 0, 0))  # same bytes as 0.png: the duplicate check hashes both
    locked = {project.root / "prepared" / "1.txt", project.root / "prepared" / "0.png"}
    real_read, real_open = caption_io.read_caption, open

    def read_caption(path, *args, **kwargs):
        if Path(path) in locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path, *args, **kwargs)

    def guarded_open(path, *args, **kwargs):
        if Path(path) in locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(layout_check, "read_caption", read_caption)
    monkeypatch.setattr("builtins.open", guarded_open)
    errors = messages(check_project(project, tiny_tokenizer), "error")
    assert errors == [f"{project.root / 'prepared' / '1.txt'}: cannot read this caption file (Permission denied). "
                      "Move it away, or make it a text file you may read."]


def test_images_sd_scripts_does_not_read_are_named_with_what_to_do(project, tiny_tokenizer):
    Image.new("RGB", (8, 8), (9, 9, 9)).save(project.root / "prepared" / "scan.tif")
    Image.new("RGB", (8, 8), (9, 9, 8)).save(project.root / "prepared" / "reaction.gif")
    warnings = messages(check_project(project, tiny_tokenizer), "warning")
    assert (f"2 image(s) in {project.root / 'prepared'} are in a format sd-scripts does not read (reaction.gif, "
            "scan.tif), so they are not trained. Prepare this folder on the Images page (it writes PNG, WebP or JPEG) "
            "and train on the prepared set, or convert them.") in warnings
