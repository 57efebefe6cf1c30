"""Caption file I/O: encodings, line endings, atomic writes, external-change conflicts."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from dataprep import caption_io, fsutil
from dataprep.caption_io import (
    CaptionConflictError,
    CaptionEncodingError,
    CaptionFormat,
    FileSnapshot,
    caption_path_for,
    changed_on_disk,
    convert_to_utf8,
    find_caption,
    read_caption,
    suggest_encodings,
    write_caption,
)


def test_caption_path_for_keeps_stem_and_folder(tmp_path: Path) -> None:
    image = tmp_path / "sub" / "0001.final.png"
    assert caption_path_for(image) == tmp_path / "sub" / "0001.final.txt"
    assert caption_path_for(image, "caption") == tmp_path / "sub" / "0001.final.caption"
    assert caption_path_for(image, ".caption") == tmp_path / "sub" / "0001.final.caption"


def test_find_caption_prefers_txt_then_caption(tmp_path: Path) -> None:
    image = tmp_path / "a.png"
    assert find_caption(image) is None
    (tmp_path / "a.caption").write_text("x")
    assert find_caption(image) == tmp_path / "a.caption"
    (tmp_path / "a.txt").write_text("y")
    assert find_caption(image) == tmp_path / "a.txt"


@pytest.mark.parametrize(
    ("raw", "text", "fmt"),
    [
        (b"1girl, solo", "1girl, solo", CaptionFormat(False, "\n", False)),
        (b"1girl, solo\n", "1girl, solo", CaptionFormat(False, "\n", True)),
        (b"\xef\xbb\xbf1girl, solo\r\n", "1girl, solo", CaptionFormat(True, "\r\n", True)),
        (b"line one\r\nline two", "line one\nline two", CaptionFormat(False, "\r\n", False)),
        ("耳環, 圍巾".encode(), "耳環, 圍巾", CaptionFormat(False, "\n", False)),
    ],
)
def test_read_then_write_round_trips_bytes(tmp_path: Path, raw: bytes, text: str, fmt: CaptionFormat) -> None:
    path = tmp_path / "c.txt"
    path.write_bytes(raw)
    cap = read_caption(path)
    assert cap.text == text
    assert cap.format == fmt
    write_caption(path, cap.text, cap.format, expected=cap.snapshot)
    assert path.read_bytes() == raw


def test_write_keeps_bom_and_crlf_of_the_replaced_file(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"old,\r\nsecond\r\n")
    write_caption(path, "new, tags\nline")
    assert path.read_bytes() == codecs.BOM_UTF8 + b"new, tags\r\nline\r\n"


def test_new_file_gets_plain_utf8(tmp_path: Path) -> None:
    path = tmp_path / "new.txt"
    write_caption(path, "café, 耳環", expected=None)
    assert path.read_bytes() == "café, 耳環".encode()


def test_latin1_file_raises_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "0007.txt"
    path.write_bytes("café, résumé".encode("latin-1"))
    with pytest.raises(CaptionEncodingError) as info:
        read_caption(path)
    assert info.value.path == path
    assert str(path) in str(info.value)
    assert "convert" in str(info.value)
    assert info.value.candidates[0] == "cp1252"


def test_utf16_file_is_refused_and_converts(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes("red scarf, earrings\r\n".encode("utf-16"))
    with pytest.raises(CaptionEncodingError):
        read_caption(path)
    assert suggest_encodings(path.read_bytes()) == ["utf-16"]
    convert_to_utf8(path)
    cap = read_caption(path)
    assert cap.text == "red scarf, earrings"
    assert cap.format == CaptionFormat(False, "\r\n", True)


def test_convert_to_utf8_keeps_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "0007.txt"
    original = "café, crème\r\n".encode("latin-1")
    path.write_bytes(original)
    backup = convert_to_utf8(path)
    assert backup == tmp_path / "0007.txt.bak"
    assert backup.read_bytes() == original
    assert path.read_bytes() == "café, crème\r\n".encode()
    # a second conversion never clobbers the first backup
    path.write_bytes(original)
    assert convert_to_utf8(path, "latin-1") == tmp_path / "0007.txt.bak1"
    assert backup.read_bytes() == original


def test_convert_with_wrong_encoding_says_so(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"\xff\xfe\xfd")
    with pytest.raises(ValueError, match="does not decode as utf-8"):
        convert_to_utf8(path, "utf-8")
    assert path.read_bytes() == b"\xff\xfe\xfd"


def test_big5_caption_suggests_a_chinese_encoding(tmp_path: Path) -> None:
    data = "耳環, 圍巾, 髮夾".encode("big5")
    assert "big5" in suggest_encodings(data)


def test_gbk_caption_is_guessed_as_chinese_not_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "0001.txt"
    path.write_bytes("长发, 红色围巾, 微笑".encode("gbk"))  # every byte of it decodes as cp1252 too
    with pytest.raises(CaptionEncodingError) as info:
        read_caption(path)
    assert info.value.candidates[0] == "gb18030" and "cp1252" in info.value.candidates
    assert "(it decodes as gb18030)" in str(info.value)
    assert suggest_encodings("café, naïve, crème".encode("cp1252"))[0] == "cp1252"


def test_interrupted_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "c.txt"
    path.write_bytes(b"old caption")

    def boom(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(fsutil.os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        write_caption(path, "new caption")
    assert path.read_bytes() == b"old caption"
    assert [p.name for p in tmp_path.iterdir()] == ["c.txt"]  # no temp file left behind


def test_conflict_when_file_changed_since_read(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text("original")
    cap = read_caption(path)
    path.write_text("edited elsewhere, longer")
    with pytest.raises(CaptionConflictError) as info:
        write_caption(path, "mine", expected=cap.snapshot)
    assert info.value.path == path
    assert path.read_text() == "edited elsewhere, longer"


def test_same_size_change_with_new_mtime_is_a_conflict(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text("aaaa")
    snap = read_caption(path).snapshot
    path.write_text("bbbb")
    os.utime(path, ns=(snap.mtime_ns + 10**9, snap.mtime_ns + 10**9))
    assert changed_on_disk(path, snap)


def test_touch_without_content_change_is_not_a_conflict(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text("same")
    snap = read_caption(path).snapshot
    os.utime(path, ns=(snap.mtime_ns + 10**9, snap.mtime_ns + 10**9))
    assert not changed_on_disk(path, snap)
    write_caption(path, "mine", expected=snap)
    assert path.read_text() == "mine"


def test_conflict_for_file_created_or_deleted_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text("appeared")
    with pytest.raises(CaptionConflictError):
        write_caption(path, "mine", expected=None)
    snap = FileSnapshot.take(path)
    path.unlink()
    with pytest.raises(CaptionConflictError):
        write_caption(path, "mine", expected=snap)
    assert not path.exists()


def test_unchecked_write_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text("theirs")
    snap = write_caption(path, "mine", expected=caption_io.UNCHECKED)
    assert path.read_text() == "mine"
    assert not changed_on_disk(path, snap)
