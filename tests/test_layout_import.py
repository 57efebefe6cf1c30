"""Importing a kohya layout back into concepts."""

import pytest
from PIL import Image

from dataprep.layout import LayoutError, build_layout, plan_layout
from dataprep.layout_import import import_layout
from dataprep.project import Concept, Project, create_project


def make(folder, n=1, ext=".txt"):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        Image.new("RGB", (4, 4)).save(folder / f"{i}.png")
        (folder / f"{i}{ext}").write_text("x", encoding="utf-8")


def test_seed_001_layout(tmp_path):
    # Train: 100_ai-caline girl, 10_ai-caline girl portrait, 5_ai-caline girl full body;
    # Reg: 5_girl, 1_portrait, 1_full body
    root = tmp_path / "kohya"
    for name in ["100_ai-caline girl", "10_ai-caline girl portrait", "5_ai-caline girl full body"]:
        make(root / "img" / name)
    for name in ["5_girl", "1_portrait", "1_full body"]:
        make(root / "reg" / name)
    result = import_layout(root)
    assert result.issues == []
    got = {(c.repeats, c.identifier, c.class_token, c.reg_repeats, c.reg_class_tokens) for c in result.concepts}
    assert got == {(100, "ai-caline", "girl", 5, "girl"), (10, "ai-caline", "girl portrait", 1, "portrait"),
                   (5, "ai-caline", "girl full body", 1, "full body")}
    by_class = {c.class_token: c for c in result.concepts}
    assert by_class["girl portrait"].reg_source == str((root / "reg/1_portrait").resolve())
    # the concepts rebuild the same folder names
    project = Project(tmp_path, concepts=result.concepts)
    names = sorted(f.rel for f in plan_layout(result.concepts, project))
    assert names == sorted(["img/100_ai-caline girl", "img/10_ai-caline girl portrait",
                            "img/5_ai-caline girl full body", "reg/5_girl", "reg/1_portrait", "reg/1_full body"])


def test_folder_of_repeats_folders_and_malformed_names(tmp_path):
    make(tmp_path / "50_hina lora-girl", ext=".caption")
    make(tmp_path / "hina", 1)
    make(tmp_path / "x_bad")
    make(tmp_path / "7_solo")
    Image.new("RGB", (4, 4)).save(tmp_path / "loose.png")
    result = import_layout(tmp_path, project_root=tmp_path)
    assert [(c.repeats, c.identifier, c.class_token, c.source, c.caption_extension) for c in result.concepts] == [
        (50, "hina", "lora-girl", "50_hina lora-girl", ".caption"), (7, "solo", "", "7_solo", ".txt")]
    text = " | ".join(i.message for i in result.issues)
    assert "Folder 'hina'" in text and "Folder 'x_bad'" in text
    assert "'<repeats>_<identifier> <class>' such as '10_ohwx woman'" in text
    assert "lie directly in" in text


def test_unmatched_reg_folder_and_empty_layout(tmp_path):
    make(tmp_path / "img" / "10_ohwx woman")
    make(tmp_path / "img" / "10_sks cat")
    make(tmp_path / "reg" / "1_dog")
    make(tmp_path / "reg" / "bad name")
    result = import_layout(tmp_path)
    assert [c.reg_source for c in result.concepts] == ["", ""]
    text = " | ".join(i.message for i in result.issues)
    assert "'1_dog' matches no concept" in text and "'bad name'" in text and "'<repeats>_<class>'" in text
    empty = tmp_path / "empty"
    empty.mkdir()
    assert import_layout(empty).issues[0].level == "error"
    with pytest.raises(LayoutError, match="not a folder"):
        import_layout(tmp_path / "missing")


def test_round_trip_through_a_build(tmp_path):
    project = create_project(tmp_path / "p")
    make(project.root / "a", 2)
    make(project.root / "r", 3)
    project.concepts = [Concept("ohwx", "woman", 12, "a", "r", 2, reg_class="person")]
    build_layout(project)
    back = import_layout(project.train_dir, project.root).concepts
    assert [(c.identifier, c.class_token, c.repeats, c.reg_repeats, c.reg_class, c.source, c.reg_source)
            for c in back] == [("ohwx", "woman", 12, 2, "person", "train/img/12_ohwx woman", "train/reg/2_person")]
