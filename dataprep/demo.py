"""The bundled demo project: a dozen illustrated portraits of one made-up character, with captions.

The images in ``resources/demo/images`` are the committed output of :func:`write_demo_images`
(run ``python -m dataprep.demo resources/demo/images`` to regenerate them). The app never touches
those originals: :func:`install_demo_project` copies them into a folder the user can write to.
"""

from __future__ import annotations

import math
import random
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from dataprep.project import Project, load_project
from resources import resource_path

DEMO_RESOURCE = resource_path("demo")
WIDTH, HEIGHT = 512, 640
_SS = 2  # drawn at twice the size, then downsampled: smooth edges without an antialiasing renderer

RGB = tuple[int, int, int]

SKIN: RGB = (252, 224, 203)
SKIN_SHADE: RGB = (236, 196, 172)
HAIR: RGB = (38, 32, 40)
HAIR_SHINE: RGB = (82, 72, 92)
SCARF: RGB = (200, 30, 42)
SCARF_SHADE: RGB = (150, 18, 30)
LINE: RGB = (60, 40, 40)


@dataclass(frozen=True)
class Look:
    """One demo picture: what is drawn, and the tags that describe it."""

    stem: str
    background: str
    bg_colors: tuple[RGB, RGB]
    shirt: RGB
    shirt_tag: str
    eyes: RGB
    eye_tag: str
    expression: str  # smile | grin | closed_smile | wink | neutral | surprised
    accessory: str = ""  # hairclip | glasses | beret | headphones | hair_flower
    tilt: float = 0.0  # degrees, positive leans the head to the viewer's left
    zoom: float = 1.0  # >1 is a closer portrait
    shift: int = 0  # horizontal offset of the figure in output pixels
    seed: int = 0


LOOKS: tuple[Look, ...] = (
    Look("dnl_01", "plain", ((236, 226, 208), (236, 226, 208)), (245, 245, 240), "white shirt",
         (120, 70, 40), "brown eyes", "smile"),
    Look("dnl_02", "sky", ((120, 180, 235), (200, 228, 250)), (70, 90, 140), "blue sweater",
         (120, 70, 40), "brown eyes", "grin", "", -5, 1.0, 30, 2),
    Look("dnl_03", "snow", ((170, 190, 215), (228, 236, 246)), (90, 70, 60), "brown coat",
         (120, 70, 40), "brown eyes", "closed_smile", "beret", 4, 1.0, -20, 3),
    Look("dnl_04", "night", ((18, 24, 60), (52, 48, 110)), (60, 60, 70), "black jacket",
         (70, 110, 170), "blue eyes", "neutral", "headphones", 0, 1.15, 0, 4),
    Look("dnl_05", "dots", ((252, 214, 222), (255, 240, 244)), (250, 250, 250), "white shirt",
         (120, 70, 40), "brown eyes", "wink", "hairclip", 6, 1.0, 0, 5),
    Look("dnl_06", "stripes", ((206, 232, 214), (236, 248, 238)), (230, 200, 120), "yellow sweater",
         (120, 70, 40), "brown eyes", "smile", "glasses", 0, 1.2, 0, 6),
    Look("dnl_07", "autumn", ((240, 196, 140), (250, 230, 190)), (120, 60, 40), "brown sweater",
         (120, 70, 40), "brown eyes", "closed_smile", "", -4, 1.0, -30, 7),
    Look("dnl_08", "window", ((226, 214, 196), (200, 186, 168)), (110, 140, 110), "green sweater",
         (120, 70, 40), "brown eyes", "surprised", "", 0, 1.0, 20, 8),
    Look("dnl_09", "sunset", ((250, 150, 90), (120, 70, 140)), (60, 60, 80), "dark coat",
         (120, 70, 40), "brown eyes", "smile", "hair_flower", 3, 1.1, 0, 9),
    Look("dnl_10", "gradient", ((150, 130, 210), (230, 210, 250)), (245, 245, 240), "white shirt",
         (70, 110, 170), "blue eyes", "grin", "headphones", 0, 1.0, 0, 10),
    Look("dnl_11", "plain", ((190, 214, 236), (190, 214, 236)), (40, 50, 80), "navy sweater",
         (120, 70, 40), "brown eyes", "neutral", "glasses", -3, 1.25, 0, 11),
    Look("dnl_12", "snow", ((120, 140, 170), (200, 212, 230)), (160, 40, 50), "red coat",
         (120, 70, 40), "brown eyes", "wink", "beret", 0, 1.0, 0, 12),
)

_BACKGROUND_TAGS = {
    "plain": "simple background",
    "gradient": "gradient background",
    "sky": "outdoors, blue sky, cloud, day",
    "snow": "outdoors, snow, snowing, winter",
    "night": "night, starry sky, crescent moon",
    "dots": "polka dot background",
    "stripes": "striped background",
    "autumn": "outdoors, autumn leaves, falling leaves",
    "window": "indoors, window, curtains",
    "sunset": "outdoors, sunset, orange sky",
}
_EXPRESSION_TAGS = {
    "smile": "smile, closed mouth",
    "grin": "smile, open mouth",
    "closed_smile": "smile, closed eyes",
    "wink": "smile, one eye closed",
    "neutral": "expressionless",
    "surprised": "surprised, open mouth",
}
_ACCESSORY_TAGS = {
    "hairclip": "hairclip",
    "glasses": "glasses",
    "beret": "beret",
    "headphones": "headphones",
    "hair_flower": "hair flower",
}


def caption_for(look: Look) -> str:
    """Booru-style tags, the way WD-tagger captions and hand-written ones usually read."""
    tags = ["1girl", "solo", "red scarf", "short hair", "black hair", "bangs", look.eye_tag,
            *_EXPRESSION_TAGS[look.expression].split(", ")]
    if look.accessory:
        tags.append(_ACCESSORY_TAGS[look.accessory])
    tags.append(look.shirt_tag)
    tags.append("portrait" if look.zoom > 1.05 else "upper body")
    if look.tilt:
        tags.append("head tilt")
    if look.expression not in ("closed_smile",):
        tags.append("looking at viewer")
    tags.extend(_BACKGROUND_TAGS[look.background].split(", "))
    return ", ".join(tags)


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def _darker(c: RGB, f: float = 0.8) -> RGB:
    return tuple(round(x * f) for x in c)  # type: ignore[return-value]


def _background(look: Look, w: int, h: int) -> Image.Image:
    top, bottom = look.bg_colors
    im = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(im)
    for y in range(h):
        draw.line([(0, y), (w, y)], fill=_mix(top, bottom, y / (h - 1)))
    rnd = random.Random(look.seed)
    kind = look.background
    if kind == "sky":
        draw.ellipse((w * 0.72, h * 0.06, w * 0.9, h * 0.2), fill=(255, 244, 200))
        for _ in range(4):
            x, y = rnd.uniform(0, w), rnd.uniform(h * 0.05, h * 0.45)
            for dx, r in ((0, 60), (60, 80), (130, 55)):
                draw.ellipse((x + dx - r, y - r * 0.7, x + dx + r, y + r * 0.7), fill=(250, 252, 255))
    elif kind == "snow":
        draw.rectangle((0, h * 0.78, w, h), fill=(244, 248, 252))
        for _ in range(140):
            x, y, r = rnd.uniform(0, w), rnd.uniform(0, h), rnd.uniform(4, 11)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(255, 255, 255))
    elif kind == "night":
        for _ in range(90):
            x, y, r = rnd.uniform(0, w), rnd.uniform(0, h * 0.8), rnd.uniform(2, 5)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(255, 250, 220))
        draw.ellipse((w * 0.08, h * 0.06, w * 0.24, h * 0.19), fill=(255, 240, 180))
        draw.ellipse((w * 0.12, h * 0.04, w * 0.28, h * 0.17), fill=_mix(top, bottom, 0.08))
    elif kind == "dots":
        step = 110
        for row, y in enumerate(range(0, h + step, step)):
            for x in range(-step // 2 if row % 2 else 0, w + step, step):
                draw.ellipse((x - 18, y - 18, x + 18, y + 18), fill=(246, 170, 190))
    elif kind == "stripes":
        for x in range(-h, w, 120):
            draw.polygon([(x, h), (x + 50, h), (x + 50 + h, 0), (x + h, 0)], fill=(180, 218, 192))
    elif kind == "autumn":
        for _ in range(26):
            x, y, r = rnd.uniform(0, w), rnd.uniform(0, h), rnd.uniform(30, 56)
            color = rnd.choice([(214, 96, 40), (230, 150, 40), (180, 60, 40), (200, 120, 60)])
            a = rnd.uniform(0, math.pi)
            pts = [(x + r * math.cos(a + t) * (1 if i % 2 == 0 else 0.45),
                    y + r * math.sin(a + t) * (1 if i % 2 == 0 else 0.45))
                   for i, t in enumerate(k * math.pi / 4 for k in range(8))]
            draw.polygon(pts, fill=color)
    elif kind == "window":
        draw.rectangle((w * 0.1, h * 0.08, w * 0.62, h * 0.62), fill=(250, 250, 246))
        draw.rectangle((w * 0.13, h * 0.11, w * 0.59, h * 0.59), fill=(170, 210, 240))
        draw.rectangle((w * 0.355, h * 0.11, w * 0.375, h * 0.59), fill=(250, 250, 246))
        draw.rectangle((w * 0.13, h * 0.34, w * 0.59, h * 0.36), fill=(250, 250, 246))
        draw.rectangle((w * 0.02, h * 0.05, w * 0.12, h * 0.7), fill=(190, 90, 80))
        draw.rectangle((w * 0.6, h * 0.05, w * 0.7, h * 0.7), fill=(190, 90, 80))
    elif kind == "sunset":
        draw.ellipse((w * 0.55, h * 0.42, w * 0.85, h * 0.66), fill=(255, 210, 120))
        draw.polygon([(0, h * 0.62), (w * 0.3, h * 0.52), (w * 0.6, h * 0.6), (w, h * 0.5), (w, h), (0, h)],
                     fill=(70, 40, 80))
    return im


def _eye(draw: ImageDraw.ImageDraw, x: float, y: float, color: RGB, closed: bool) -> None:
    if closed:  # a happy "^" arc
        draw.arc((x - 42, y - 20, x + 42, y + 40), 200, 340, fill=LINE, width=9)
        return
    draw.ellipse((x - 34, y - 44, x + 34, y + 44), fill=(255, 255, 255))
    draw.ellipse((x - 28, y - 36, x + 28, y + 44), fill=color)
    draw.ellipse((x - 16, y - 12, x + 16, y + 24), fill=_darker(color, 0.45))
    draw.ellipse((x - 18, y - 30, x - 2, y - 14), fill=(255, 255, 255))
    draw.arc((x - 44, y - 52, x + 44, y + 40), 200, 340, fill=LINE, width=11)


def _mouth(draw: ImageDraw.ImageDraw, x: float, y: float, expression: str) -> None:
    if expression in ("smile", "closed_smile", "wink"):
        draw.arc((x - 34, y - 26, x + 34, y + 18), 20, 160, fill=LINE, width=7)
    elif expression == "grin":
        draw.chord((x - 40, y - 28, x + 40, y + 34), 0, 180, fill=(150, 40, 50))
        draw.chord((x - 24, y + 6, x + 24, y + 34), 0, 180, fill=(230, 120, 120))
    elif expression == "surprised":
        draw.ellipse((x - 16, y - 10, x + 16, y + 26), fill=(150, 40, 50))
    else:
        draw.line((x - 20, y + 4, x + 20, y + 4), fill=LINE, width=6)


def _figure(look: Look, w: int, h: int) -> Image.Image:
    """The character on a transparent layer, centred on (cx, ...) at the doubled size."""
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    cx = w / 2
    shirt = look.shirt
    # shoulders and body
    d.rounded_rectangle((cx - 430, 940, cx + 430, 2000), radius=260, fill=shirt, outline=_darker(shirt, 0.75), width=8)
    d.rectangle((cx - 58, 700, cx + 58, 960), fill=SKIN_SHADE)
    # hair behind the head (a bob that ends at the jaw)
    d.rounded_rectangle((cx - 250, 250, cx + 250, 820), radius=210, fill=HAIR)
    if look.accessory == "headphones":
        d.arc((cx - 262, 210, cx + 262, 760), 190, 350, fill=(60, 60, 66), width=34)
    # face
    d.ellipse((cx - 200, 300, cx + 200, 790), fill=SKIN)
    d.polygon([(cx - 178, 620), (cx, 800), (cx + 178, 620)], fill=SKIN)
    # fringe: a cap of hair with a jagged lower edge
    d.chord((cx - 232, 230, cx + 232, 700), 180, 360, fill=HAIR)
    edge = [(cx - 232, 465)]
    for i in range(9):
        x0 = cx - 232 + i * 464 / 9
        edge += [(x0 + 464 / 18, 520 + (16 if i % 2 else 0)), (x0 + 464 / 9, 458)]
    d.polygon(edge, fill=HAIR)
    for side in (-1, 1):  # side locks framing the face
        d.polygon([(cx + side * 232, 440), (cx + side * 250, 820), (cx + side * 160, 790),
                   (cx + side * 178, 520)], fill=HAIR)
    d.arc((cx - 170, 280, cx + 80, 520), 200, 260, fill=HAIR_SHINE, width=12)
    # face details
    d.arc((cx - 125, 478, cx - 45, 520), 200, 340, fill=HAIR, width=8)
    d.arc((cx + 45, 478, cx + 125, 520), 200, 340, fill=HAIR, width=8)
    _eye(d, cx - 85, 590, look.eyes, look.expression == "closed_smile")
    _eye(d, cx + 85, 590, look.eyes, look.expression in ("closed_smile", "wink"))
    d.line((cx + 2, 660, cx - 6, 680), fill=SKIN_SHADE, width=6)
    _mouth(d, cx, 720, look.expression)
    # accessories
    if look.accessory == "glasses":
        for ex in (cx - 85, cx + 85):
            d.ellipse((ex - 62, 530, ex + 62, 650), outline=(70, 50, 40), width=9)
        d.arc((cx - 30, 560, cx + 30, 600), 200, 340, fill=(70, 50, 40), width=8)
    elif look.accessory == "hairclip":
        d.rounded_rectangle((cx + 100, 420, cx + 200, 446), radius=12, fill=(250, 200, 60))
    elif look.accessory == "beret":
        d.ellipse((cx - 280, 200, cx + 230, 400), fill=_darker(look.shirt, 0.9))
        d.rounded_rectangle((cx - 40, 180, cx - 10, 220), radius=8, fill=_darker(look.shirt, 0.7))
    elif look.accessory == "headphones":
        for side in (-1, 1):
            d.rounded_rectangle((cx + side * 250 - 42, 520, cx + side * 250 + 42, 680), radius=34,
                                fill=(60, 60, 66))
    elif look.accessory == "hair_flower":
        fx, fy = cx + 190, 430
        for k in range(5):
            a = k * 2 * math.pi / 5
            px, py = fx + 30 * math.cos(a), fy + 30 * math.sin(a)
            d.ellipse((px - 26, py - 26, px + 26, py + 26), fill=(250, 170, 200))
        d.ellipse((fx - 16, fy - 16, fx + 16, fy + 16), fill=(250, 220, 90))
    # red scarf: a wrapped band, a knot and a hanging tail with fringe
    d.rounded_rectangle((cx - 200, 830, cx + 200, 990), radius=70, fill=SCARF)
    d.rounded_rectangle((cx - 190, 900, cx + 190, 922), radius=10, fill=SCARF_SHADE)
    d.polygon([(cx + 40, 940), (cx + 150, 940), (cx + 190, 1260), (cx + 70, 1260)], fill=SCARF)
    d.polygon([(cx + 60, 1050), (cx + 162, 1050), (cx + 166, 1080), (cx + 64, 1080)], fill=SCARF_SHADE)
    for k in range(6):
        x = cx + 74 + k * 22
        d.line((x, 1258, x + 2, 1300), fill=SCARF, width=10)
    d.ellipse((cx + 40, 900, cx + 150, 1000), fill=SCARF_SHADE)
    # blush, soft
    blush = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    bd = ImageDraw.Draw(blush)
    for bx in (cx - 125, cx + 125):
        bd.ellipse((bx - 40, 650, bx + 40, 684), fill=(245, 130, 140, 120))
    return Image.alpha_composite(layer, blush.filter(ImageFilter.GaussianBlur(8)))


def render_look(look: Look) -> Image.Image:
    """One demo picture at WIDTH×HEIGHT."""
    w, h = WIDTH * _SS, HEIGHT * _SS
    bg = _background(look, w, h).convert("RGBA")
    figure = _figure(look, w, h)
    if look.tilt:
        figure = figure.rotate(look.tilt, resample=Image.Resampling.BICUBIC, center=(w / 2, 1000))
    if look.zoom != 1.0:  # a closer crop of the figure layer, centred on the face
        cw, ch = w / look.zoom, h / look.zoom
        top = 560 - ch * 0.44
        figure = figure.resize((w, h), Image.Resampling.BICUBIC, box=(w / 2 - cw / 2, top, w / 2 + cw / 2, top + ch))
    if look.shift:
        figure = figure.transform(figure.size, Image.Transform.AFFINE, (1, 0, -look.shift * _SS, 0, 1, 0))
    bg.alpha_composite(figure)
    return bg.convert("RGB").resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)


def write_demo_images(dest: Path) -> list[Path]:
    """Write the demo pictures (JPEG) and their caption files into *dest*; same bytes every run."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for look in LOOKS:
        path = dest / f"{look.stem}.jpg"
        render_look(look).save(path, "JPEG", quality=90, optimize=True)
        (dest / f"{look.stem}.txt").write_text(caption_for(look) + "\n", encoding="utf-8")
        written.append(path)
    return written


def install_demo_project(dest: Path, source: Path = DEMO_RESOURCE) -> Project:
    """Copy the bundled demo project to *dest* (a folder the user may write to) and load it.

    Only missing files are copied, so re-installing over an existing copy keeps the user's edits.
    """
    dest = Path(dest)
    for src in sorted(source.rglob("*")):
        if src.is_file():
            target = dest / src.relative_to(source)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, target)
    return load_project(dest)


if __name__ == "__main__":
    for written_path in write_demo_images(Path(sys.argv[1] if len(sys.argv) > 1 else DEMO_RESOURCE / "images")):
        print(written_path)
