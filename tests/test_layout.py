"""Building train/ from concepts: links, captions, stale files, user files, unsafe targets, crashes."""

import hashlib
import os
from pathlib import Path

import pytest
from PIL import Image

from dataprep import layout
from dataprep.layout import (
    MANIFEST,
    LayoutError,
    build_layout,
    concept_folder_name,
    parse_folder_name,
    plan_layout,
)
from dataprep.project import Concept, Project, create_project


def make_images(folder: Path, names, size=(8, 8), captions=True, ext=".txt"):
    folder.mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(names):
        Image.new("RGB", size, (i * 20 % 256, 10, 200)).save(folder / name)
        if captions:
            (folder / name).with_suffix(ext).write_text(f"caption {name}", encoding="utf-8")


def tree_hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def project(tmp_path) -> Project:
    proj = create_project(tmp_path / "proj")
    make_images(proj.root / "prepared", ["a.png", "b.jpg"])
    make_images(proj.root / "regimgs", ["r1.png", "r2.png", "r3.png"], captions=False)
    proj.concepts = [Concept("ohwx", "woman", repeats=10, source="prepared", reg_source="regimgs", reg_repeats=1)]
    return proj


def test_folder_names():
    assert concept_folder_name(10, "ohwx", "woman") == "10_ohwx woman"
    assert concept_folder_name(3, "", "girl") == "3_girl"
    assert parse_folder_name("10_ohwx woman") == (10, "ohwx woman")
    assert parse_folder_name("5_my_char girl") == (5, "my_char girl")
    assert parse_folder_name("ohwx woman") is None and parse_folder_name("0_x") is None
    assert parse_folder_name("²_x") is None and parse_folder_name("x_y") is None  # digits int() does not read
    with pytest.raises(LayoutError, match="cannot be in a folder name"):
        concept_folder_name(1, "a/b", "c")
    with pytest.raises(LayoutError, match="ends with a dot"):
        concept_folder_name(1, "ab", "c.")


def test_build_links_images_and_captions_without_touching_sources(project):
    before = tree_hashes(project.root / "prepared") | tree_hashes(project.root / "regimgs")
    result = build_layout(project)
    train = project.train_dir
    assert files(train) == {MANIFEST, "img/10_ohwx woman/a.png", "img/10_ohwx woman/a.txt",
                            "img/10_ohwx woman/b.jpg", "img/10_ohwx woman/b.txt",
                            "reg/1_woman/r1.png", "reg/1_woman/r2.png", "reg/1_woman/r3.png"}
    assert result.placed == 7 and result.linked + result.copied == 7
    assert os.path.samefile(train / "img/10_ohwx woman/a.png", project.root / "prepared/a.png")  # hard link
    assert (train / "img/10_ohwx woman/a.txt").read_text(encoding="utf-8") == "caption a.png"
    assert tree_hashes(project.root / "prepared") | tree_hashes(project.root / "regimgs") == before
    assert not list(project.root.glob(".train.*"))  # no temp folders left


def test_copies_when_links_fail(project, monkeypatch):
    def no_link(src, dst):
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(layout.os, "link", no_link)
    result = build_layout(project)
    assert result.copied == 7 and result.linked == 0
    dest = project.train_dir / "img/10_ohwx woman/a.png"
    assert not os.path.samefile(dest, project.root / "prepared/a.png")
    assert dest.read_bytes() == (project.root / "prepared/a.png").read_bytes()


def test_caption_extension_follows_the_concept(project):
    make_images(project.root / "prepared", ["c.png"], ext=".caption")
    project.concepts[0].caption_extension = ".caption"
    build_layout(project)
    img = project.train_dir / "img/10_ohwx woman"
    assert {p.name for p in img.iterdir()} == {"a.png", "b.jpg", "c.png", "c.caption"}


def test_rebuild_removes_stale_files_and_keeps_user_files(project):
    build_layout(project)
    train = project.train_dir
    (train / "notes.md").write_text("mine", encoding="utf-8")  # a file the user added
    project.concepts[0].repeats = 20
    (project.root / "prepared/b.jpg").unlink()
    (project.root / "prepared/b.txt").unlink()
    before = tree_hashes(project.root / "prepared")
    result = build_layout(project)
    assert files(train) == {MANIFEST, "notes.md", "img/20_ohwx woman/a.png", "img/20_ohwx woman/a.txt",
                            "reg/1_woman/r1.png", "reg/1_woman/r2.png", "reg/1_woman/r3.png"}
    assert not (train / "img/10_ohwx woman").exists()
    assert result.removed == 7 and result.carried_over == ["notes.md"] and result.kept_previous is None
    assert tree_hashes(project.root / "prepared") == before
    # the user's file stays the user's: a third build keeps it again
    assert build_layout(project).carried_over == ["notes.md"]


def test_edit_inside_train_is_kept_aside(project, monkeypatch):
    monkeypatch.setattr(layout.os, "link", lambda s, d: (_ for _ in ()).throw(OSError("no links")))
    build_layout(project)
    edited = project.train_dir / "img/10_ohwx woman/a.txt"
    edited.write_text("edited in train", encoding="utf-8")
    os.utime(edited, ns=(1, 1))
    result = build_layout(project)
    assert result.kept_previous == project.root / "train.previous"
    assert (result.kept_previous / "img/10_ohwx woman/a.txt").read_text(encoding="utf-8") == "edited in train"
    assert edited.read_text(encoding="utf-8") == "caption a.png"  # the new build has the source's caption
    assert any("train.previous" in w for w in result.warnings)


def test_refuses_folder_with_foreign_files(project):
    project.train_dir.mkdir()
    (project.train_dir / "10_old folder").mkdir()
    (project.train_dir / "10_old folder" / "x.png").write_bytes(b"x")
    with pytest.raises(LayoutError, match="Danlu did not place"):
        build_layout(project)


@pytest.mark.parametrize("source, message", [(".", "inside the source folder"),
                                             ("train/10_x", "inside the layout folder")])
def test_refuses_overlapping_source_and_target(project, source, message):
    (project.root / "train/10_x").mkdir(parents=True)
    project.concepts[0].source = source
    with pytest.raises(LayoutError, match=message):
        build_layout(project, target=project.root / "train")


def test_refuses_root_and_home(project):
    with pytest.raises(LayoutError, match="home folder"):
        build_layout(project, target=Path.home())
    with pytest.raises(LayoutError, match="drive root"):
        build_layout(project, target=Path(Path.home().anchor))


def test_missing_source_names_the_folder(project):
    project.concepts[0].source = "nowhere"
    with pytest.raises(LayoutError, match=r"nowhere.*does not exist"):
        build_layout(project)


def test_crash_mid_build_leaves_the_old_layout(project, monkeypatch):
    build_layout(project)
    old = tree_hashes(project.train_dir)
    project.concepts[0].repeats = 30
    calls = {"n": 0}
    real_place = layout._place

    def failing_place(src, dest, link):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        return real_place(src, dest, link)

    monkeypatch.setattr(layout, "_place", failing_place)
    with pytest.raises(OSError, match="disk full"):
        build_layout(project)
    assert tree_hashes(project.train_dir) == old
    assert not list(project.root.glob(".train.*"))


def test_recovers_from_a_crash_between_the_renames(project):
    build_layout(project)
    old = tree_hashes(project.train_dir)
    os.replace(project.train_dir, project.root / f".train.old-{os.getpid() + 1}")  # as if killed mid-swap
    (project.root / ".train.building-99").mkdir()
    result = build_layout(project)
    assert tree_hashes(project.train_dir).keys() == old.keys()
    assert result.removed == 7 and not list(project.root.glob(".train.*"))


def test_concepts_sharing_folders_and_name_clashes(tmp_path):
    proj = create_project(tmp_path / "p")
    make_images(proj.root / "one", ["x.png"])
    make_images(proj.root / "two", ["x.png"])
    make_images(proj.root / "reg", ["r.png"], captions=False)
    proj.concepts = [Concept("ohwx", "woman", 5, "one", "reg", 1), Concept("ohwx", "woman", 5, "two", "reg", 1)]
    folders = plan_layout(proj.concepts, proj)
    assert [(f.rel, len(f.sources), f.concepts) for f in folders] == [
        ("img/5_ohwx woman", 2, [0, 1]), ("reg/1_woman", 1, [0, 1])]
    build_layout(proj)
    assert files(proj.train_dir / "img/5_ohwx woman") == {"x.png", "x.txt", "x-2.png", "x-2.txt"}


def test_reg_class_names_the_reg_folder(project):
    project.concepts[0].reg_class = "person"
    assert [f.rel for f in plan_layout(project.concepts, project)] == ["img/10_ohwx woman", "reg/1_person"]


def test_progress_and_cancel(project):
    seen = []
    build_layout(project, progress=lambda done, total, rel: seen.append((done, total)))
    assert seen[0] == (1, 7) and seen[-1] == (7, 7)

    class Stop(Exception):
        pass

    def cancel():
        raise Stop()

    before = tree_hashes(project.train_dir)
    project.concepts[0].repeats = 2
    with pytest.raises(Stop):
        build_layout(project, check_cancelled=cancel)
    assert tree_hashes(project.train_dir) == before


def test_loss_masks_follow_their_image_and_are_not_counted(tmp_path):
    """A clash rename (x → x-2) takes the x_mask file along as x-2_mask, so the trainer still pairs them;
    the step estimate counts pictures, not masks."""
    from dataprep.steps import folder_subsets

    proj = create_project(tmp_path / "p")
    for name in ("one", "two"):
        make_images(proj.root / name, ["x.png"])
        make_images(proj.root / name, ["x_mask.png"], captions=False)
    make_images(proj.root / "one", ["lone_mask.png"])  # no lone.* beside it: a picture
    proj.concepts = [Concept("ohwx", "woman", 5, "one"), Concept("ohwx", "woman", 5, "two")]
    build_layout(proj)
    assert files(proj.train_dir / "img/5_ohwx woman") == {
        "x.png", "x.txt", "x_mask.png", "x-2.png", "x-2.txt", "x-2_mask.png", "lone_mask.png", "lone_mask.txt"}
    placed = proj.train_dir / "img/5_ohwx woman"
    assert (placed / "x-2_mask.png").read_bytes() == (proj.root / "two" / "x_mask.png").read_bytes()
    (subset,) = folder_subsets(plan_layout(proj.concepts, proj))
    assert len(subset.image_sizes) == 3  # x, x-2, lone_mask
