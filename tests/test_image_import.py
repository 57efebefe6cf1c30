"""Reading users' images: every bad-input kind gives its exact message; every odd mode ends up as
upright RGB with the right colours."""

from __future__ import annotations

import io
import os
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from dataprep import image_import
from dataprep.image_import import (
    DAMAGED,
    EMPTY,
    NEEDS_PLUGIN,
    NOT_IMAGE,
    TOO_LARGE,
    TRUNCATED,
    UNREADABLE,
    UNSUPPORTED_MODE,
    ImageReadError,
    find_image_files,
    image_error,
    load_image,
    parse_color,
    read_header,
    rgb_of,
    to_rgb,
)


def encoded(fmt: str, size: tuple[int, int] = (96, 64), **save: object) -> bytes:
    rng = np.random.default_rng(0)
    im = Image.fromarray(rng.integers(0, 255, (size[1], size[0], 3), dtype=np.uint8))
    buf = io.BytesIO()
    im.save(buf, fmt, **save)
    return buf.getvalue()


def failure(path: Path, **kwargs: object) -> ImageReadError:
    with pytest.raises(ImageReadError) as info:
        load_image(path, **kwargs)
    return info.value


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.png"
    path.write_bytes(b"")
    err = failure(path)
    assert err.kind == EMPTY
    assert err.message == (f"{path}: the file is empty (0 bytes), as after a failed download or copy. "
                           f"Copy the image again from its source, or delete this file.")


@pytest.mark.parametrize(("name", "fmt", "shown"), [("cut.jpg", "JPEG", "JPEG"), ("cut.png", "PNG", "PNG"),
                                                    ("cut.webp", "WEBP", "WEBP"), ("cut.bmp", "BMP", "BMP")])
def test_truncated_file(tmp_path: Path, name: str, fmt: str, shown: str) -> None:
    data = encoded(fmt)
    path = tmp_path / name
    path.write_bytes(data[: len(data) // 2])
    err = failure(path)
    assert err.kind == TRUNCATED
    assert err.message == (f"{path}: the file is truncated (its {shown} data ends early, as after an interrupted "
                           f"download or copy). Copy the image again from its source, or delete this file.")


def test_png_cut_inside_its_header_is_truncated_not_unknown(tmp_path: Path) -> None:
    path = tmp_path / "header.png"
    path.write_bytes(encoded("PNG")[:20])
    assert failure(path).kind == TRUNCATED


def test_text_file_named_png(tmp_path: Path) -> None:
    path = tmp_path / "notes.png"
    path.write_text("prompt: 1girl, solo, smile\nsteps: 30\n", encoding="utf-8")
    err = failure(path)
    assert err.kind == NOT_IMAGE
    assert err.message == f"{path}: not an image, the file holds text. Move it out of the image folder."


def test_binary_junk_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "junk.jpg"
    path.write_bytes(bytes(range(256)) * 4)
    err = failure(path)
    assert err.kind == NOT_IMAGE
    assert err.message == (f"{path}: not an image Danlu can read (the contents match no known image format). "
                           f"Re-export it as PNG or JPEG, or move it out of the image folder.")


def test_damaged_jpeg_data(tmp_path: Path) -> None:
    data = bytearray(encoded("JPEG", (64, 64)))
    start = data.index(b"\xff\xda")  # start of scan: clobber the marker segment after the header
    data[start:start + 4] = b"\xff\xd9\x00\x00"
    path = tmp_path / "broken.jpg"
    path.write_bytes(bytes(data))
    err = failure(path)
    assert err.kind == DAMAGED
    assert err.message.startswith(f"{path}: ")
    assert err.message.endswith("delete this file.")


def test_png_named_jpg_reads_and_says_to_rename(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(encoded("PNG"))
    im, header = load_image(path)
    assert im.size == (96, 64) and header.format == "PNG"
    assert header.extension_note == (f"{path}: this is a PNG file named .jpg. Danlu reads it, but other tools may "
                                     f"not: rename it to photo.png.")
    ok = tmp_path / "fine.png"
    ok.write_bytes(encoded("PNG"))
    assert read_header(ok).extension_note == ""


def test_decompression_bomb_over_the_configured_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    Image.new("RGB", (2000, 1000)).save(path)
    for call in (lambda: load_image(path, max_pixels=1_000_000), lambda: read_header(path, max_pixels=1_000_000)):
        with pytest.raises(ImageReadError) as info:
            call()
        assert info.value.kind == TOO_LARGE
        assert info.value.message == (
            f"{path}: the image has 2.0 megapixels, over the limit of 1.0 megapixels (a guard against decompression "
            f"bombs). Downscale it, or raise max_pixels if you trust the file.")
    assert load_image(path, max_pixels=2_000_000)[0].size == (2000, 1000)


def test_bomb_refused_by_pillow_itself_gets_the_same_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 500_000)  # Pillow raises above twice this, before we look
    path = tmp_path / "huge.png"
    Image.new("RGB", (1200, 1000)).save(path)
    err = failure(path, max_pixels=300_000)
    assert err.kind == TOO_LARGE
    assert err.message.startswith(f"{path}: the image has 1.2 megapixels, over the limit of 0.3 megapixels")


def test_a_higher_limit_than_pillows_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100_000)
    path = tmp_path / "big.png"
    Image.new("RGB", (600, 500)).save(path)  # 300,000 pixels: over Pillow's 2 × 100,000
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nor does Pillow warn about it
        assert load_image(path, max_pixels=400_000)[0].size == (600, 500)


@pytest.mark.skipif(image_import.pillow_heif is not None, reason="pillow-heif is installed")
def test_heic_without_plugin_is_skipped_with_what_to_install(tmp_path: Path) -> None:
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(200))
    err = failure(path)
    assert err.kind == NEEDS_PLUGIN
    assert err.message == (f"{path}: skipped: HEIC images need the pillow-heif plug-in. Install it "
                           f"(pip install pillow-heif) and scan again, or convert it to JPEG.")


def test_avif_without_support_is_skipped_with_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(image_import.features, "check", lambda name: False)
    monkeypatch.setattr(image_import, "_AVIF_PLUGIN", False)
    path = tmp_path / "a.avif"
    path.write_bytes(b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf" + bytes(200))
    err = failure(path)
    assert err.kind == NEEDS_PLUGIN
    assert err.message == (f"{path}: skipped: AVIF images need Pillow 11.3+ or the pillow-avif-plugin. Install one "
                           f"(pip install pillow-avif-plugin) and scan again, or convert it to JPEG.")


@pytest.mark.skipif(not image_import.features.check("avif"), reason="this Pillow has no AVIF support")
def test_avif_reads_when_pillow_supports_it(tmp_path: Path) -> None:
    path = tmp_path / "a.avif"
    Image.new("RGB", (64, 48), (10, 200, 30)).save(path, "AVIF", quality=90)
    im, header = load_image(path)
    assert header.format == "AVIF" and im.size == (64, 48)


def test_missing_file_and_folder_given_as_image(tmp_path: Path) -> None:
    gone = tmp_path / "gone.jpg"
    err = failure(gone)
    assert err.kind == UNREADABLE
    assert err.message == (f"{gone}: cannot read the file (No such file or directory). Check that it still exists "
                           f"and that you may read it.")
    assert failure(tmp_path).kind == UNREADABLE


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file; POSIX permissions")
def test_unreadable_permissions(tmp_path: Path) -> None:
    path = tmp_path / "locked.jpg"
    path.write_bytes(encoded("JPEG"))
    path.chmod(0)
    assert failure(path).message.startswith(f"{path}: cannot read the file (Permission denied).")


def test_read_errors_are_oserrors_for_callers_that_catch_those(tmp_path: Path) -> None:
    (tmp_path / "e.png").write_bytes(b"")
    with pytest.raises(OSError, match="empty"):
        load_image(tmp_path / "e.png")


def test_read_header_gives_the_reason_not_a_wrapped_unreadable(tmp_path: Path) -> None:
    text, empty, gone = tmp_path / "notes.png", tmp_path / "empty.jpg", tmp_path / "gone.png"
    text.write_text("steps: 30\n", encoding="utf-8")
    empty.write_bytes(b"")
    for path, kind in ((text, NOT_IMAGE), (empty, EMPTY), (gone, UNREADABLE)):
        with pytest.raises(ImageReadError) as info:
            read_header(path)
        assert info.value.kind == kind and info.value.message == failure(path).message


def test_image_error_explains_pillows_own_failures(tmp_path: Path) -> None:
    """What the captioners, which open images with Pillow themselves, say about a bad file."""
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(encoded("JPEG")[:300])
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    for path in (cut, empty, tmp_path / "gone.png"):
        try:
            with Image.open(path) as im:
                im.load()
        except OSError as exc:
            err = image_error(path, exc)
        assert (err.kind, err.message) == (failure(path).kind, failure(path).message)


# ------------------------------------------------------------------------------ normalization


def test_exif_rotated_photo_ends_up_upright(tmp_path: Path) -> None:
    stored = Image.new("RGB", (40, 20), (255, 0, 0))
    stored.paste((0, 0, 255), (20, 0, 40, 20))  # left half red, right half blue, as the sensor saw it
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    path = tmp_path / "phone.jpg"
    stored.save(path, quality=95, exif=exif.tobytes())
    header = read_header(path)
    assert header.stored_size == (40, 20) and header.orientation == 6 and header.size == (20, 40)
    im, _ = load_image(path)
    assert im.size == (20, 40)
    top, bottom = im.getpixel((10, 5)), im.getpixel((10, 35))
    assert top[0] > 240 and top[2] < 15  # red on top
    assert bottom[2] > 240 and bottom[0] < 15


def test_alpha_is_flattened_on_the_chosen_colour(tmp_path: Path) -> None:
    path = tmp_path / "cutout.png"
    im = Image.new("RGBA", (8, 8), (255, 0, 0, 128))
    im.putpixel((0, 0), (0, 255, 0, 0))  # fully transparent: only the background shows
    im.save(path)
    rgb, _ = load_image(path, background=(0, 0, 255))
    assert rgb.mode == "RGB"
    assert rgb.getpixel((0, 0)) == (0, 0, 255)
    r, g, b = rgb.getpixel((4, 4))
    assert abs(r - 128) <= 1 and g == 0 and abs(b - 127) <= 1
    assert load_image(path)[0].getpixel((0, 0)) == (255, 255, 255)  # white by default


def test_la_and_transparent_palette_are_flattened(tmp_path: Path) -> None:
    la = Image.new("LA", (4, 4), (200, 0))
    assert to_rgb(la, (10, 20, 30)).getpixel((1, 1)) == (10, 20, 30)
    pal = Image.new("P", (4, 4), 1)
    pal.putpalette([255, 0, 0, 0, 255, 0] + [0] * 762)
    pal.putpixel((0, 0), 0)
    pal.info["transparency"] = 0
    path = tmp_path / "pal.png"
    pal.save(path, transparency=0)
    rgb, header = load_image(path, background=(1, 2, 3))
    assert header.mode == "P"
    assert rgb.getpixel((0, 0)) == (1, 2, 3) and rgb.getpixel((2, 2)) == (0, 255, 0)


def test_cmyk_jpeg_becomes_rgb(tmp_path: Path) -> None:
    path = tmp_path / "print.jpg"
    Image.new("CMYK", (16, 16), (0, 255, 255, 0)).save(path, quality=95)  # pure red in print inks
    rgb, header = load_image(path)
    assert header.mode == "CMYK" and rgb.mode == "RGB"
    r, g, b = rgb.getpixel((8, 8))
    assert r > 240 and g < 15 and b < 15


@pytest.mark.parametrize("fmt", ["PNG", "TIFF"])
def test_16_bit_grayscale_is_scaled_not_clipped(tmp_path: Path, fmt: str) -> None:
    im = Image.new("I;16", (3, 1))
    for x, value in enumerate((0, 128 * 257, 65535)):
        im.putpixel((x, 0), value)
    path = tmp_path / f"scan.{fmt.lower()}"
    im.save(path, fmt)
    rgb, header = load_image(path)
    assert header.mode.startswith("I")
    assert [rgb.getpixel((x, 0)) for x in range(3)] == [(0, 0, 0), (128, 128, 128), (255, 255, 255)]


def test_32_bit_int_and_float_modes() -> None:
    i32 = Image.fromarray(np.array([[0, 257 * 200, 65535]], dtype=np.int32), "I")
    assert [to_rgb(i32).getpixel((x, 0))[0] for x in range(3)] == [0, 200, 255]
    small_ints = Image.fromarray(np.array([[0, 100, 255]], dtype=np.int32), "I")  # already 8-bit range
    assert [to_rgb(small_ints).getpixel((x, 0))[0] for x in range(3)] == [0, 100, 255]
    floats = Image.fromarray(np.array([[0.0, 0.5, 1.0]], dtype=np.float32), "F")
    assert [to_rgb(floats).getpixel((x, 0))[0] for x in range(3)] == [0, 128, 255]


def test_lab_is_colour_converted_and_unconvertible_modes_are_reported(tmp_path: Path) -> None:
    r, g, b = to_rgb(Image.new("LAB", (2, 2), (136, 208, 195))).getpixel((0, 0))  # L 53, a 80, b 67: red
    assert r > 240 and g < 20 and b < 20
    odd = Image.new("La", (2, 2))  # premultiplied luminance/alpha: Pillow cannot convert it
    with pytest.raises(ImageReadError) as info:
        rgb_of(tmp_path / "odd.tif", odd)
    assert info.value.kind == UNSUPPORTED_MODE
    assert info.value.message == (f"{tmp_path / 'odd.tif'}: its colour mode La cannot be converted to RGB "
                                  f"(conversion from La to L not supported). Re-export it as an 8-bit RGB PNG "
                                  f"or JPEG.")


def test_jpeg_decodes_reduced_when_only_a_fraction_is_needed(tmp_path: Path) -> None:
    path = tmp_path / "big.jpg"
    path.write_bytes(encoded("JPEG", (1600, 1200)))
    assert load_image(path, scale=0.1)[0].size == (400, 300)  # 1/4 scale: at least twice the 160×120 needed
    assert load_image(path, fit_side=200)[0].size == (400, 300)
    assert load_image(path)[0].size == (1600, 1200)


def test_parse_color() -> None:
    assert parse_color("#ff8000") == (255, 128, 0)
    assert parse_color("00ff00") == (0, 255, 0)
    assert parse_color([1, 2, 3]) == (1, 2, 3)
    for bad in ("red", "#12345", [1, 2], [0, 0, 256]):
        with pytest.raises(ValueError, match="is not '#rrggbb'"):
            parse_color(bad)


def test_find_image_files_recursive_skips_hidden_folders_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "a" / ".danlu" / "thumbs").mkdir(parents=True)
    for rel in ("1.jpg", "2.HEIC", "3.tiff", "a/4.png", "a/.danlu/thumbs/t.jpg", "notes.txt", ".hidden.png"):
        (tmp_path / rel).write_bytes(b"x")
    flat = [p.name for _, p in find_image_files([tmp_path])]
    assert flat == ["1.jpg", "2.HEIC", "3.tiff"]
    deep = [p.relative_to(tmp_path).as_posix() for _, p in find_image_files([tmp_path], recursive=True)]
    assert deep == ["1.jpg", "2.HEIC", "3.tiff", "a/4.png"]
    with pytest.raises(FileNotFoundError, match="not a folder"):
        find_image_files([tmp_path / "nope"])


def test_read_error_survives_pickling(tmp_path: Path) -> None:
    """Raised in a worker process, it reaches the job with its kind and translatable message."""
    import pickle

    path = tmp_path / "empty.png"
    path.write_bytes(b"")
    err = pickle.loads(pickle.dumps(failure(path)))
    assert err.kind == EMPTY and err.path == path and err.message.template.startswith("{path}: the file is empty")
