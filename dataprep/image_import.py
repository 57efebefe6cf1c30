"""Reading users' images safely: every file either opens as an upright RGB picture or yields one
message that names the file and says what to do. Originals are only ever read.

Users' folders hold phone photos with EXIF rotation, PNGs with transparency, CMYK JPEGs from print
shops, 16-bit scans, files renamed to the wrong extension, half-finished downloads and the odd text
file. sd-scripts crashes or silently trains on a sideways or black-background image in those cases;
here each one is normalized or reported.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError, features

from dataprep.grey_depth import is_wide_grey, wide_to_8bit
from dataprep.imagefiles import IMAGE_EXTENSIONS, PREPARE_ONLY_EXTENSIONS, list_images
from dataprep.masks import split_sibling_masks
from dataprep.phrases import Phrase

try:  # optional plug-ins that teach Pillow more formats
    import pillow_heif

    pillow_heif.register_heif_opener()
except ImportError:
    pillow_heif = None
try:
    import pillow_avif  # noqa: F401  (registers itself on import)

    _AVIF_PLUGIN = True
except ImportError:
    _AVIF_PLUGIN = False

# What an import scan looks at: the trainer's formats, plus those only prepare reads
IMPORT_EXTENSIONS = (*IMAGE_EXTENSIONS, *PREPARE_ONLY_EXTENSIONS)

# Pillow's own limit (89.5 megapixels): above every camera but medium format.
DEFAULT_MAX_PIXELS = 89_478_485

WHITE = (255, 255, 255)
RGB = tuple[int, int, int]

# The Pillow format each extension promises, and the extension each format should have.
EXPECTED_FORMAT = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP", ".bmp": "BMP",
                   ".tif": "TIFF", ".tiff": "TIFF", ".gif": "GIF", ".avif": "AVIF", ".heic": "HEIF", ".heif": "HEIF"}
FORMAT_EXTENSION = {"JPEG": ".jpg", "MPO": ".jpg", "PNG": ".png", "WEBP": ".webp", "BMP": ".bmp", "TIFF": ".tif",
                    "AVIF": ".avif", "HEIF": ".heic", "GIF": ".gif"}

# ImageReadError kinds
EMPTY = "empty"
TRUNCATED = "truncated"
DAMAGED = "damaged"
NOT_IMAGE = "not-image"
TOO_LARGE = "too-large"
NEEDS_PLUGIN = "needs-plugin"
UNREADABLE = "unreadable"
UNSUPPORTED_MODE = "unsupported-mode"

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_ORIENTATION_TAG = 0x0112


class ImageReadError(OSError):
    """A file that cannot be used as an image; *message* names the file and what to do. An OSError, like
    Pillow's own UnidentifiedImageError, so callers that catch OSError keep working."""

    def __init__(self, path: Path, kind: str, message: Phrase) -> None:
        super().__init__(message)
        self.path = Path(path)
        self.kind = kind
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:  # raised in a worker process, re-raised in the job
        return type(self), (self.path, self.kind, self.message)


@dataclass(frozen=True)
class ImageHeader:
    """What the file header says, without decoding pixels. Sizes are (width, height)."""

    path: Path
    format: str
    mode: str
    stored_size: tuple[int, int]
    orientation: int  # EXIF orientation 1–8; 5–8 swap width and height

    @property
    def size(self) -> tuple[int, int]:
        """The size upright, as the user sees the picture (crops are in these coordinates)."""
        w, h = self.stored_size
        return (h, w) if self.orientation in (5, 6, 7, 8) else (w, h)

    @property
    def extension_note(self) -> str:
        """A message when the extension lies about the format (readable, but other tools may choke)."""
        ext = self.path.suffix.lower()
        expected = EXPECTED_FORMAT.get(ext)
        actual = "JPEG" if self.format == "MPO" else self.format
        if expected is None or expected == actual:
            return ""
        good = FORMAT_EXTENSION.get(actual, f".{actual.lower()}")
        return (f"{self.path}: this is a {actual} file named {self.path.suffix}. Danlu reads it, but other "
                f"tools may not: rename it to {self.path.stem}{good}.")


def parse_color(value: str | Sequence[int]) -> RGB:
    """``"#rrggbb"``, ``"rrggbb"`` or ``[r, g, b]`` → an RGB tuple."""
    if isinstance(value, str):
        text = value.strip().lstrip("#")
        if re.fullmatch(r"[0-9a-fA-F]{6}", text):
            return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)
    elif len(value) == 3 and all(isinstance(v, int) and 0 <= v <= 255 for v in value):
        return int(value[0]), int(value[1]), int(value[2])
    raise ValueError(f"colour {value!r} is not '#rrggbb' or [r, g, b] with values 0–255.")


def sniff_format(head: bytes) -> str:
    """The format the first bytes announce ("" when none): tells a truncated image from a stray file."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "TIFF"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"avif", b"avis"):
            return "AVIF"
        if brand in _HEIF_BRANDS:
            return "HEIF"
    if head.startswith(b"BM") and len(head) >= 26:
        return "BMP"
    return ""


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:  # a multi-byte character cut at the end of the sample is still text
        return exc.start >= len(head) - 3
    return True


def _plugin_hint(fmt: str) -> str:
    """The package to install for *fmt*, or "" when Pillow already reads it."""
    if fmt == "HEIF" and pillow_heif is None:
        return "pillow-heif"
    if fmt == "AVIF" and not features.check("avif") and not _AVIF_PLUGIN:
        return "pillow-avif-plugin"
    return ""


def _too_large(path: Path, pixels: int, max_pixels: int) -> ImageReadError:
    return ImageReadError(path, TOO_LARGE, Phrase(
        "{path}: the image has {pixels} megapixels, over the limit of {limit} megapixels (a guard against "
        "decompression bombs). Downscale it, or raise max_pixels if you trust the file.", path=str(path),
        pixels=f"{pixels / 1e6:.1f}", limit=f"{max_pixels / 1e6:.1f}"))


def classify_failure(path: Path, head: bytes, exc: BaseException, max_pixels: int = DEFAULT_MAX_PIXELS
                     ) -> ImageReadError:
    """The user-facing reason *path* (whose first bytes are *head*) failed to open or decode with *exc*."""
    path = Path(path)
    if isinstance(exc, Image.DecompressionBombError):
        found = re.search(r"\((\d+) pixels\)", str(exc))
        return _too_large(path, int(found.group(1)) if found else max_pixels + 1, max_pixels)
    if not head:
        return ImageReadError(path, EMPTY, Phrase("{path}: the file is empty (0 bytes), as after a failed download or "
                                                  "copy. Copy the image again from its source, or delete this file.",
                                                  path=str(path)))
    sniffed = sniff_format(head)
    expected = EXPECTED_FORMAT.get(path.suffix.lower(), "")
    hint = _plugin_hint(sniffed or expected)
    if hint and isinstance(exc, UnidentifiedImageError):
        if hint == "pillow-heif":
            message = Phrase("{path}: skipped: HEIC images need the pillow-heif plug-in. Install it (pip install "
                             "pillow-heif) and scan again, or convert it to JPEG.", path=str(path))
        else:
            message = Phrase("{path}: skipped: AVIF images need Pillow 11.3+ or the pillow-avif-plugin. Install one "
                             "(pip install pillow-avif-plugin) and scan again, or convert it to JPEG.", path=str(path))
        return ImageReadError(path, NEEDS_PLUGIN, message)
    text = str(exc)
    starts_like_image = bool(sniffed) and isinstance(exc, UnidentifiedImageError)
    if "truncated" in text.lower() or isinstance(exc, EOFError) or starts_like_image:
        return ImageReadError(path, TRUNCATED, Phrase(
            "{path}: the file is truncated (its {format} data ends early, as after an interrupted download or copy). "
            "Copy the image again from its source, or delete this file.", path=str(path),
            format=sniffed or expected or "image"))
    if isinstance(exc, UnidentifiedImageError):
        if _looks_like_text(head):
            return ImageReadError(path, NOT_IMAGE, Phrase("{path}: not an image, the file holds text. Move it out of "
                                                          "the image folder.", path=str(path)))
        return ImageReadError(path, NOT_IMAGE, Phrase(
            "{path}: not an image Danlu can read (the contents match no known image format). Re-export it as PNG or "
            "JPEG, or move it out of the image folder.", path=str(path)))
    if sniffed == "WEBP" and "decoder" in text:  # libwebp refuses partial files without saying why
        declared = int.from_bytes(head[4:8], "little") + 8
        if declared > path.stat().st_size:
            return classify_failure(path, head, OSError("image file is truncated"), max_pixels)
    return ImageReadError(path, DAMAGED, Phrase(
        "{path}: the {format} data is damaged ({error}). Re-export the image from its source, or delete this file.",
        path=str(path), format=sniffed or expected or "image", error=text))


def _unreadable(path: Path, exc: OSError) -> ImageReadError:
    return ImageReadError(path, UNREADABLE, Phrase("{path}: cannot read the file ({error}). Check that it still "
                                                   "exists and that you may read it.", path=str(path),
                                                   error=str(exc.strerror or exc)))


def read_image_bytes(path: Path) -> bytes:
    """The bytes of an image file; ImageReadError (UNREADABLE) when it vanished or may not be read."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from None


def image_error(path: Path, exc: BaseException, max_pixels: int = DEFAULT_MAX_PIXELS) -> ImageReadError:
    """Why *path* failed to open or decode with *exc*, for code that opens images with Pillow itself (the
    captioners): the same message the import scan gives."""
    if isinstance(exc, ImageReadError):
        return exc
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
    except OSError as err:
        return _unreadable(path, err)
    return classify_failure(path, head, exc, max_pixels)


def _allow_pixels(max_pixels: int) -> None:
    """Pillow warns above its global limit and refuses twice that before we can look; lift it to ours
    when ours is higher (our own check, right after opening, then decides)."""
    if Image.MAX_IMAGE_PIXELS is not None and max_pixels > Image.MAX_IMAGE_PIXELS:
        Image.MAX_IMAGE_PIXELS = max_pixels


def open_bytes(path: Path, data: bytes, max_pixels: int = DEFAULT_MAX_PIXELS) -> tuple[Image.Image, ImageHeader]:
    """Open *data* (the bytes of *path*) lazily: header parsed and checked, pixels not decoded yet."""
    _allow_pixels(max_pixels)
    head = data[:64]
    try:
        im = Image.open(io.BytesIO(data))
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as exc:
        raise classify_failure(path, head, exc, max_pixels) from None
    width, height = im.size
    if width * height > max_pixels:
        im.close()
        raise _too_large(path, width * height, max_pixels)
    try:
        orientation = int(im.getexif().get(_ORIENTATION_TAG, 1))
    except (OSError, SyntaxError, ValueError, TypeError):  # a broken EXIF block must not lose the picture
        orientation = 1
    header = ImageHeader(Path(path), im.format or "", im.mode, (width, height),
                         orientation if 1 <= orientation <= 8 else 1)
    return im, header


def read_header(path: Path, max_pixels: int = DEFAULT_MAX_PIXELS) -> ImageHeader:
    """Format, mode, size and orientation of *path*, raising ImageReadError for files that fail the header checks."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
            fh.seek(0)
            _allow_pixels(max_pixels)
            try:
                with Image.open(fh) as im:
                    width, height = im.size
                    orientation = int(im.getexif().get(_ORIENTATION_TAG, 1))
                    fmt, mode = im.format or "", im.mode
            except (OSError, SyntaxError, ValueError, EOFError, TypeError, Image.DecompressionBombError) as exc:
                raise classify_failure(path, head, exc, max_pixels) from None
    except ImageReadError:  # an OSError too: it already says what is wrong with the file
        raise
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if width * height > max_pixels:
        raise _too_large(path, width * height, max_pixels)
    return ImageHeader(path, fmt, mode, (width, height), orientation if 1 <= orientation <= 8 else 1)


def draft_for(im: Image.Image, header: ImageHeader, scale: float, mode: str | None = None, gap: float = 2.0) -> None:
    """Let a JPEG decode at 1/2, 1/4 or 1/8 size when only *scale* of its pixels (per side) are needed.

    libjpeg's DCT scaling is much faster than decoding everything and resizing; it keeps at least
    *gap* × the needed size (like Pillow's ``reducing_gap``), so the final Lanczos resize still does
    the real filtering.
    """
    if header.format not in ("JPEG", "MPO") or scale * gap >= 1:
        return
    w, h = header.stored_size
    im.draft(mode, (max(1, math.ceil(w * scale * gap)), max(1, math.ceil(h * scale * gap))))


def _to_srgb(im: Image.Image) -> Image.Image:
    """Apply an embedded colour profile (Display P3 phone photos, CMYK print files) so colours stay true."""
    icc = im.info.get("icc_profile")
    if not icc or im.mode not in ("RGB", "RGBA", "CMYK", "L"):
        return im
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if "srgb" in ImageCms.getProfileDescription(profile).lower():
            return im
        out_mode = "RGBA" if im.mode == "RGBA" else "RGB"
        converted = ImageCms.profileToProfile(im, profile, ImageCms.createProfile("sRGB"), outputMode=out_mode)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return im  # a broken profile: the plain conversion below is still a usable picture
    return converted if converted is not None else im


def to_rgb(im: Image.Image, background: RGB = WHITE, color_manage: bool = True) -> Image.Image:
    """Any Pillow mode → RGB: transparency flattened on *background*, CMYK/palette/16-bit converted."""
    if is_wide_grey(im.mode):
        im = wide_to_8bit(im)
    if im.mode == "LAB":  # Pillow's own LAB → RGB conversion only relabels the channels
        im = ImageCms.profileToProfile(im, ImageCms.createProfile("LAB"), ImageCms.createProfile("sRGB"),
                                       outputMode="RGB")
    if color_manage:
        im = _to_srgb(im)
    has_alpha = im.mode in ("RGBA", "LA", "PA", "RGBa") or (im.mode == "P" and "transparency" in im.info)
    if has_alpha:
        rgba = im.convert("RGBA")
        flat = Image.new("RGBA", rgba.size, (*background, 255))
        return Image.alpha_composite(flat, rgba).convert("RGB")
    return im if im.mode == "RGB" else im.convert("RGB")


def rgb_of(path: Path, im: Image.Image, background: RGB = WHITE, color_manage: bool = True) -> Image.Image:
    """:func:`to_rgb` for a decoded file: a mode Pillow cannot convert becomes an ImageReadError naming it."""
    try:
        return to_rgb(im, background, color_manage)
    except (ValueError, OSError) as exc:
        raise ImageReadError(path, UNSUPPORTED_MODE, Phrase(
            "{path}: its colour mode {mode} cannot be converted to RGB ({error}). Re-export it as an 8-bit RGB PNG or "
            "JPEG.", path=str(path), mode=im.mode, error=str(exc))) from None


def decode(path: Path, im: Image.Image, head: bytes, max_pixels: int = DEFAULT_MAX_PIXELS) -> Image.Image:
    """Decode the pixels of an opened image and turn it upright; decoding errors become ImageReadError."""
    try:
        ImageOps.exif_transpose(im, in_place=True)  # loads; no copy when there is nothing to turn
        return im
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as exc:
        raise classify_failure(path, head, exc, max_pixels) from None


def load_image(path: Path, max_pixels: int = DEFAULT_MAX_PIXELS, background: RGB = WHITE, scale: float = 1.0,
               color_manage: bool = True, fit_side: int = 0, draft_gap: float = 2.0) -> tuple[Image.Image, ImageHeader]:
    """The upright RGB picture in *path* and its header. *scale* < 1 says only that fraction of the pixels
    per side is needed, *fit_side* that only enough for a fit in fit_side×fit_side is; big JPEGs then
    decode reduced (keeping *draft_gap* × what is needed), so the image may be smaller than header.size."""
    data = read_image_bytes(path)
    im, header = open_bytes(path, data, max_pixels)
    with im:
        if fit_side:
            scale = min(scale, fit_side / max(header.size))
        draft_for(im, header, scale, gap=draft_gap)
        upright = decode(path, im, data[:64], max_pixels)
        return rgb_of(path, upright, background, color_manage), header


def find_image_files(folders: Iterable[Path], recursive: bool = False) -> list[tuple[Path, Path]]:
    """(source folder, file) for every candidate image under *folders*, leaving out the images' loss masks
    (``<stem>_mask`` files, see dataprep.masks); FileNotFoundError names a missing folder."""
    found = []
    for folder in folders:
        images, _masked = split_sibling_masks(list_images(Path(folder), recursive, IMPORT_EXTENSIONS))
        found.extend((Path(folder), p) for p in images)
    return found
