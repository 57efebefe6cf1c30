"""Images benchmark: thumbnails/s and prepare images/s on a generated folder of JPEGs (mixed
512–3000 px), with prepare compared to a plain single-process Pillow loop in the same run.

Goals (issue 3): ≥ 200 thumbnails/s and prepare ≥ 1.8× the plain loop on 2 cores.

    .venv/bin/python tests/benchmarks/bench_images.py [--n 10000] [--plain-n 1000] [--workers 0] [--keep DIR]

The plain loop is what a script would do (open → exif_transpose → convert → resize → save, one
process); it runs on the first --plain-n images (sizes are shuffled, so they are representative) to
keep the run short, and the ratio compares images per second. Both write JPEG quality 95 at a
768 px long side, so the encoder is the same and only the pipeline differs.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageOps

from dataprep.events import Emitter
from dataprep.jobs import EXIT_OK, JobContext, execute
from dataprep.parallel import cpu_count, parallel_map
from dataprep.prepare import prepare_job
from dataprep.thumbnails import thumbnails_job

MAX_SIDE = 768
QUALITY = 95
_grain: list[Image.Image] = []  # one noise field per process: Image.effect_noise is the slow part of generating


def grain(w: int, h: int, rng: np.random.Generator) -> Image.Image:
    if not _grain:
        _grain.append(Image.effect_noise((3200, 3200), 12).convert("RGB"))
    x, y = int(rng.integers(0, 3200 - w + 1)), int(rng.integers(0, 3200 - h + 1))
    return _grain[0].crop((x, y, x + w, y + h))


def photo_like(index: int) -> bytes:
    """A JPEG with smooth gradients, shapes and a little grain (decodes like a photo, not like noise)."""
    rng = np.random.default_rng(index)
    w, h = (int(v) for v in rng.integers(512, 3001, 2))
    small = Image.fromarray(rng.integers(0, 255, (6, 8, 3), dtype=np.uint8))
    im = small.resize((w, h), Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(im)
    for _ in range(12):
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        r = int(rng.integers(20, max(21, min(w, h) // 3)))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(int(v) for v in rng.integers(0, 255, 3)))
    im = Image.blend(im, grain(w, h, rng), 0.08)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def _write(index: int, folder: str) -> int:
    data = photo_like(index)
    Path(folder, f"{index:05d}.jpg").write_bytes(data)
    return len(data)


def generate(folder: Path, n: int) -> int:
    import functools

    return sum(size for _, size in parallel_map(functools.partial(_write, folder=str(folder)), range(n)))


class _Null(io.StringIO):
    def write(self, s: str) -> int:
        return len(s)


def run(job: object, config: dict, folder: Path) -> float:
    ctx = JobContext("bench", config, folder / "bench.toml", Emitter(stream=_Null()))
    start = time.perf_counter()
    rc = execute(ctx, job, listen_stdin=False)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    if rc != EXIT_OK:
        raise SystemExit(f"{job} failed with exit code {rc}")
    return elapsed


def plain_loop(sources: list[Path], out: Path) -> float:
    """The single-process reference: what a user's own script would do, same size and encoder."""
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for path in sources:
        with Image.open(path) as im:
            im = ImageOps.exif_transpose(im).convert("RGB")
            scale = min(1.0, MAX_SIDE / max(im.size))
            im = im.resize((round(im.width * scale), round(im.height * scale)), Image.Resampling.LANCZOS)
            im.save(out / (path.stem + ".jpg"), "JPEG", quality=QUALITY)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10000, help="images to generate (default 10000)")
    parser.add_argument("--plain-n", type=int, default=1000, help="images the plain loop processes (default 1000)")
    parser.add_argument("--workers", type=int, default=0, help="worker processes for the jobs (0: all cores)")
    parser.add_argument("--keep", type=Path, help="reuse/keep the generated images in this folder")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="danlu-bench-images-"))
    src = args.keep or root / "src"
    src.mkdir(parents=True, exist_ok=True)
    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
          f"{cpu_count()} usable cores, load average {os.getloadavg()}")
    existing = len(list(src.glob("*.jpg")))
    if existing != args.n:
        for old in src.glob("*.jpg"):
            old.unlink()
        start = time.perf_counter()
        total = generate(src, args.n)
        print(f"generated {args.n} JPEGs, {total / 1e9:.2f} GB, in {time.perf_counter() - start:.1f} s")
    sources = sorted(src.glob("*.jpg"))

    try:
        seconds = run(thumbnails_job, {"source": str(src), "cache": str(root / "thumbs"), "size": 256,
                                       "workers": args.workers}, root)
        print(f"thumbnails (256 px, dataprep.thumbnails job): {len(sources)} in {seconds:.1f} s = "
              f"{len(sources) / seconds:.0f} /s")

        prepare = {"source": str(src), "output": str(root / "prepared"), "crop": "none", "max_side": MAX_SIDE,
                   "format": "jpg", "quality": QUALITY, "workers": args.workers}
        seconds = run(prepare_job, prepare, root)
        prepare_rate = len(sources) / seconds
        print(f"prepare (768 px JPEG q95, all cores): {len(sources)} in {seconds:.1f} s = {prepare_rate:.1f} /s")

        subset = sources[: args.plain_n]
        seconds = plain_loop(subset, root / "plain")
        plain_rate = len(subset) / seconds
        print(f"plain Pillow loop (1 process): {len(subset)} in {seconds:.1f} s = {plain_rate:.1f} /s")
        print(f"prepare / plain loop: {prepare_rate / plain_rate:.2f}x")
        print(f"load average after: {os.getloadavg()}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
