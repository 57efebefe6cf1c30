"""The bundled demo project: its pictures, captions and the copy the app installs."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from dataprep.demo import DEMO_RESOURCE, HEIGHT, LOOKS, WIDTH, caption_for, install_demo_project, render_look
from dataprep.imagefiles import list_images
from dataprep.project import load_project


def test_bundled_demo_matches_its_generator():
    images = list_images(DEMO_RESOURCE / "images")
    assert [p.stem for p in images] == [look.stem for look in LOOKS]
    assert len(images) == 12
    assert sum(p.stat().st_size for p in images) < 1_500_000
    for look, path in zip(LOOKS, images, strict=True):
        with Image.open(path) as im:
            assert im.size == (WIDTH, HEIGHT) and im.format == "JPEG"
        caption = path.with_suffix(".txt").read_text(encoding="utf-8").strip()
        assert caption == caption_for(look)
        assert caption.startswith("1girl, solo, red scarf")
    assert "CC0" in (DEMO_RESOURCE / "LICENSE.txt").read_text(encoding="utf-8")


def test_rendering_is_deterministic():
    first, second = render_look(LOOKS[2]), render_look(LOOKS[2])
    assert first.tobytes() == second.tobytes()
    assert first.getextrema() != ((0, 0), (0, 0), (0, 0))


def test_demo_project_file():
    project = load_project(DEMO_RESOURCE)
    assert project.name == "Danlu demo" and project.sources == ["images"]
    (concept,) = project.concepts
    assert (concept.identifier, concept.class_token, concept.repeats) == ("dnlz", "girl", 10)


def test_install_copies_and_keeps_the_users_edits(tmp_path: Path):
    dest = tmp_path / "demo"
    project = install_demo_project(dest)
    assert project.root == dest.resolve()
    assert len(list_images(project.source_paths()[0])) == 12
    caption = dest / "images" / "dnl_01.txt"
    caption.write_text("1girl, my own caption\n", encoding="utf-8")
    (dest / "images" / "dnl_02.jpg").unlink()
    project.name = "renamed"
    project.save()
    again = install_demo_project(dest)
    assert again.name == "renamed"
    assert caption.read_text(encoding="utf-8") == "1girl, my own caption\n"
    assert (dest / "images" / "dnl_02.jpg").read_bytes() == (DEMO_RESOURCE / "images" / "dnl_02.jpg").read_bytes()
    assert (DEMO_RESOURCE / "images" / "dnl_01.txt").read_text(encoding="utf-8") != "1girl, my own caption\n"
