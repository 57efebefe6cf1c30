"""list_images: which files it finds and the order it gives them in (the grid, the thumbnails and the import
jobs all rely on the same files in the same order)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dataprep.image_import import find_image_files
from dataprep.imagefiles import FolderReadError, list_images
from dataprep.masks import split_sibling_masks


def _touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


def test_recursive_listing_is_in_path_order(tmp_path: Path):
    # names chosen so that a folder sorts between files of its parent ("b" < "b.jpg" < "b0.png"), with
    # upper case, digits and nesting
    _touch(tmp_path, "b.jpg", "b0.png", "B.PNG", "a.webp", "b/c.jpg", "b/a/z.jpeg", "b/a.bmp", "c/d/e.jpg",
           "10.jpg", "9.jpg", "b/notes.txt", "readme")
    found = list_images(tmp_path, recursive=True)
    expected = [tmp_path / n for n in ("10.jpg", "9.jpg", "B.PNG", "a.webp", "b/a.bmp", "b/a/z.jpeg", "b/c.jpg",
                                       "b.jpg", "b0.png", "c/d/e.jpg")]
    assert found == sorted(expected)
    assert found == sorted(found)
    assert all(type(p) is type(tmp_path) for p in found)


def test_flat_listing_skips_subfolders_hidden_entries_and_other_files(tmp_path: Path):
    _touch(tmp_path, "one.JPG", "two.jpeg", ".hidden.jpg", ".danlu/thumbs/x.jpg", "sub/three.jpg", "four.txt",
           "five")
    assert list_images(tmp_path) == [tmp_path / "one.JPG", tmp_path / "two.jpeg"]
    assert list_images(tmp_path, recursive=True) == [tmp_path / "one.JPG", tmp_path / "sub/three.jpg",
                                                     tmp_path / "two.jpeg"]
    assert list_images(tmp_path, extensions=(".TXT",)) == [tmp_path / "four.txt"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_linked_folders_are_not_followed_but_linked_files_are(tmp_path: Path):
    _touch(tmp_path, "real/a.jpg")
    (tmp_path / "real/loop").symlink_to(tmp_path / "real", target_is_directory=True)
    (tmp_path / "real/link.jpg").symlink_to(tmp_path / "real/a.jpg")
    assert list_images(tmp_path / "real", recursive=True) == [tmp_path / "real/a.jpg", tmp_path / "real/link.jpg"]


def test_a_missing_folder_is_named(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="gone: not a folder"):
        list_images(tmp_path / "gone")


def locked(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """*folder* cannot be listed, as a drive's System Volume Information or lost+found for a user (not root)."""
    real = os.scandir

    def scandir(path: Path) -> object:
        if Path(path) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_a_sub_folder_that_cannot_be_listed_is_named_with_what_to_do(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch):
    _touch(tmp_path, "a.jpg", "lost+found/b.jpg")
    locked(monkeypatch, tmp_path / "lost+found")
    assert list_images(tmp_path) == [tmp_path / "a.jpg"]  # not searched, not a problem
    with pytest.raises(FolderReadError) as info:
        list_images(tmp_path, recursive=True)
    assert isinstance(info.value, OSError) and str(info.value) == (
        f"{tmp_path / 'lost+found'}: cannot list this folder (Permission denied). Give yourself permission to read "
        f"it, or choose a source folder that does not hold it.")


def test_sibling_masks_are_not_listed_as_images_and_a_lone_mask_stays(tmp_path: Path):
    """What the Images grid, import scan, prepare and the trainer count as training images."""
    _touch(tmp_path, "a.png", "a_mask.png", "b.jpg", "b_mask.jpg", "c_mask.png", "d.webp", "d_mask.png",
           "sub/e.png", "sub/e_mask.png", "sub/a_mask.png")
    found = [p.relative_to(tmp_path).as_posix() for _, p in find_image_files([tmp_path], recursive=True)]
    # c_mask has no c.* beside it, sub/a_mask no sub/a.*: images of their own
    assert found == ["a.png", "b.jpg", "c_mask.png", "d.webp", "sub/a_mask.png", "sub/e.png"]
    images, masked = split_sibling_masks(list_images(tmp_path, recursive=True))
    assert [p.relative_to(tmp_path).as_posix() for p in images] == found
    assert {p.relative_to(tmp_path).as_posix() for p in masked} == {"a.png", "b.jpg", "d.webp", "sub/e.png"}
