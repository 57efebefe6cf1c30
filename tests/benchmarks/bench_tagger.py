"""WD tagger throughput: Danlu's pipelined, batched tagger vs. a one-image-at-a-time loop, same run.

The model is tagger-sized: a ViT-B/16 at 448×448 (the architecture of SmilingWolf/wd-vit-tagger-v3)
with random weights and a 10,861-tag sigmoid head, built with timm and exported to ONNX here, with a
WD-style NHWC/BGR/0–255 input and a dynamic batch. The folder holds generated images shaped like a
real dataset: mostly JPEG photos of 512 to 4000 px on the long side, some PNGs with transparency.

Both contenders decode with the same code, preprocess with the same code (pad + area/Lanczos resize)
and run the same onnxruntime session settings; the loop does decode → preprocess → run for each image
on one thread, as sd-scripts' tagger does with its defaults. Danlu decodes and preprocesses in worker
threads, batches, and runs the session on its own thread. The scores of both are compared, so the
two do the same work; they take turns over slices of the folder so that a change in the host's load
hits both alike. A third contender is Danlu's fast mode (``wd_fast``: an int8 copy of the model on
the CPU, JPEGs decoded at reduced size), with how far its scores are from the loop's. A last figure,
decode + preprocess alone, shows how fast the pipeline can feed a fast GPU.

    python tests/benchmarks/bench_tagger.py                       # 2,000 images on the CPU
    python tests/benchmarks/bench_tagger.py --n 64 --batch-size 8
    python tests/benchmarks/bench_tagger.py --provider cuda       # needs onnxruntime-gpu and a GPU

A machine that allows only so long per command runs the rounds in parts and adds them up:

    python tests/benchmarks/bench_tagger.py --rounds 8 --only-rounds 1-3 --json part1.json   # then 4-6, 7-8
    python tests/benchmarks/bench_tagger.py --merge part1.json part2.json part3.json
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dataprep.image_pipeline import default_workers, load_rgb, ordered_map
from dataprep.wd_preprocess import prepare_image
from dataprep.wd_tagger import WDTagger, make_session

N_TAGS = 10861  # rows of wd-vit-tagger-v3's selected_tags.csv
IMAGE_SIZE = 448


def build_model(folder: Path) -> Path:
    """model.onnx + selected_tags.csv of a random-weight ViT-B/16 tagger (cached in *folder*)."""
    model_path = folder / "model.onnx"
    if model_path.is_file() and (folder / "selected_tags.csv").is_file():
        return folder
    import timm
    import torch

    class Tagger(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.net = timm.create_model(
                "vit_base_patch16_224", pretrained=False, img_size=IMAGE_SIZE, num_classes=N_TAGS
            )

        def forward(self, x: torch.Tensor) -> torch.Tensor:  # N×H×W×3 BGR 0..255, as the WD taggers take it
            x = x.permute(0, 3, 1, 2).flip(1) / 127.5 - 1.0
            return torch.sigmoid(self.net(x))

    folder.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(0)
    model = Tagger().eval()
    dummy = torch.zeros(1, IMAGE_SIZE, IMAGE_SIZE, 3)
    tmp = folder / "model.onnx.tmp"
    torch.onnx.export(
        model, (dummy,), str(tmp), input_names=["input"], output_names=["output"], opset_version=17,
        dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}}, dynamo=False,
    )  # fmt: skip
    with open(folder / "selected_tags.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(("tag_id", "name", "category", "count"))
        for i in range(N_TAGS):
            category = 9 if i < 4 else (4 if i >= N_TAGS - 2000 else 0)
            writer.writerow((i, f"tag_{i}", category, N_TAGS - i))
    os.replace(tmp, model_path)
    return folder


def _make_image(args: tuple[Path, int]) -> Path:
    path, seed = args
    rng = np.random.default_rng(seed)
    long_side = int(rng.choice([512, 768, 1024, 1536, 2048, 3024, 4000], p=[0.1, 0.2, 0.2, 0.15, 0.15, 0.1, 0.1]))
    aspect = float(rng.choice([1.0, 4 / 3, 3 / 2, 16 / 9]))
    w, h = (long_side, int(long_side / aspect)) if rng.random() < 0.6 else (int(long_side / aspect), long_side)
    # smooth colour fields plus texture: compresses like a photo, not like noise
    y, x = np.mgrid[0:h:8, 0:w:8]
    base = np.stack([np.sin(x / (37 + seed % 50) + c) * np.cos(y / (53 + c * 7)) for c in range(3)], -1)
    small = ((base + 1) * 127.5).astype(np.uint8)
    im = Image.fromarray(small).resize((w, h), Image.Resampling.BILINEAR)
    noise = Image.fromarray(rng.integers(0, 24, (h, w, 3), dtype=np.uint8))
    im = Image.blend(im, noise, 0.15)
    if path.suffix == ".png":
        radius = np.hypot(*np.mgrid[-1 : 1 : h * 1j, -1 : 1 : w * 1j])  # opaque centre, transparent corners
        im.putalpha(Image.fromarray((np.clip(radius, 0, 1) * 255).astype(np.uint8)))
        im.save(path)
    else:
        im.save(path, quality=90)
    return path


def folder_paths(folder: Path, n: int) -> list[Path]:
    """The names of the folder's *n* images: one in seven a PNG."""
    return [folder / f"{i:05d}.{'png' if i % 7 == 3 else 'jpg'}" for i in range(n)]


def make_images(paths: list[Path]) -> None:
    """Generate *paths* (cached: those already there are kept); an image's content follows its number, so
    a part of the folder made in one call is the same as made in another."""
    paths[0].parent.mkdir(parents=True, exist_ok=True)
    todo = [(p, int(p.stem)) for p in paths if not p.is_file()]
    with ThreadPoolExecutor(max_workers=default_workers()) as pool:
        list(pool.map(_make_image, todo))


def loop_baseline(session: object, paths: list[Path]) -> list[np.ndarray]:
    """decode → preprocess → run, one image at a time, on one thread."""
    name = session.get_inputs()[0].name  # type: ignore[attr-defined]
    return [
        session.run(None, {name: prepare_image(load_rgb(p), IMAGE_SIZE)[None]})[0][0]  # type: ignore[attr-defined]
        for p in paths
    ]


def danlu(tagger: WDTagger, paths: list[Path]) -> list[np.ndarray]:
    return [s for _, s in tagger.score_paths(paths)]  # type: ignore[misc]


def timed(fn: Callable[[list[Path]], list[np.ndarray]], paths: list[Path]) -> tuple[float, list[np.ndarray]]:
    start = time.perf_counter()
    out = fn(paths)
    return time.perf_counter() - start, out


def max_difference(reference: list[np.ndarray], other: list[np.ndarray]) -> float:
    return max(float(np.abs(a - b).max()) for a, b in zip(reference, other, strict=True))


def feed_only(paths: list[Path], workers: int) -> float:
    """Images/s of decode + preprocess alone through the worker pool (what a fast GPU could be fed)."""
    start = time.perf_counter()
    for _ in ordered_map(lambda p: prepare_image(load_rgb(p), IMAGE_SIZE), paths, workers, ahead=4 * workers):
        pass
    return len(paths) / (time.perf_counter() - start)


def drift(reference: list[np.ndarray], other: list[np.ndarray], tagger: WDTagger) -> dict[str, float]:
    """How far *other*'s scores are from *reference*'s: the largest and the mean absolute difference,
    the share of the top 20 tags they agree on, and the share of images whose default tags (thresholds
    0.35 / 0.85) are the same."""
    ref, got = np.stack(reference), np.stack(other)
    top = [len(set(np.argsort(-a)[:20]) & set(np.argsort(-b)[:20])) / 20 for a, b in zip(ref, got, strict=True)]
    same = [tagger.tags_for(a) == tagger.tags_for(b) for a, b in zip(ref, got, strict=True)]
    return {"max_abs": round(float(np.abs(ref - got).max()), 5), "mean_abs": round(float(np.abs(ref - got).mean()), 6),
            "top20_agreement": round(float(np.mean(top)), 4), "same_tags": round(float(np.mean(same)), 4),
            "reference_score_std": round(float(ref.std()), 5)}  # fmt: skip


def machine() -> dict[str, object]:
    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import onnxruntime

    return {"cpu": cpu, "cores": os.cpu_count(), "onnxruntime": onnxruntime.__version__,
            "python": platform.python_version()}  # fmt: skip


def parse_rounds(text: str, rounds: int) -> list[int]:
    """'3-5' → [2, 3, 4] (rounds are numbered from 1 on the command line); '' → all of them."""
    if not text:
        return list(range(rounds))
    first, _, last = text.partition("-")
    chosen = list(range(int(first) - 1, int(last or first)))
    if not chosen or chosen[0] < 0 or chosen[-1] >= rounds:
        raise SystemExit(f"--only-rounds {text}: the rounds are 1 to {rounds}")
    return chosen


def measure(args: argparse.Namespace) -> dict[str, object]:
    """Time the contenders over the chosen rounds; one entry per round with its times and score comparisons."""
    workers = args.workers or default_workers()
    t0 = time.perf_counter()
    model_dir = build_model(args.work_dir / "model")
    paths = folder_paths(args.work_dir / f"images-{args.n}", args.n)
    parts = np.array_split(np.array(paths, dtype=object), args.rounds)
    chosen = parse_rounds(args.only_rounds, args.rounds)
    make_images([p for i in chosen for p in parts[i]])
    print(f"setup {time.perf_counter() - t0:.0f} s: model + {sum(len(parts[i]) for i in chosen)} images of "
          f"{len(paths)} in {args.work_dir}", flush=True)  # fmt: skip
    load_before = os.getloadavg()

    session, _ = make_session(model_dir / "model.onnx", args.provider)
    tagger = WDTagger(model_dir, provider=args.provider, batch_size=args.batch_size, workers=workers)
    runs: dict[str, Callable[[list[Path]], list[np.ndarray]]] = {
        "loop": lambda part: loop_baseline(session, part),
        "danlu": lambda part: danlu(tagger, part),
    }
    if not args.no_fast:
        fast = WDTagger(model_dir, provider=args.provider, batch_size=args.batch_size, workers=workers, fast=True,
                        log=print)  # fmt: skip
        runs["danlu_fast"] = lambda part: danlu(fast, part)
    warm = list(parts[chosen[0]][:2])
    for run in runs.values():
        run(warm)  # warm up (first run allocations, thread pools)
    # Take turns over slices of the folder, so a change in the host's load hits all alike.
    names, rounds = list(runs), []
    for i in chosen:
        part, seconds, scores = list(parts[i]), {}, {}
        for name in names[i % len(names) :] + names[: i % len(names)]:
            seconds[name], scores[name] = timed(runs[name], part)
        entry: dict[str, object] = {
            "index": i + 1,
            "images": len(part),
            "seconds": seconds,
            "max_score_difference": max_difference(scores["loop"], scores["danlu"]),
        }
        if "danlu_fast" in scores:
            entry["fast_drift"] = drift(scores["loop"], scores["danlu_fast"], tagger)
        rounds.append(entry)
        print(f"round {i + 1}/{args.rounds}: " + ", ".join(f"{k} {v:.1f} s" for k, v in seconds.items()), flush=True)
    feed_1, feed_n = feed_only(list(parts[chosen[0]][:200]), 1), feed_only(list(parts[chosen[0]][:200]), workers)
    return {
        "n": len(paths), "rounds": args.rounds, "provider": args.provider, "provider_warning": tagger.device_warning,
        "batch_size": args.batch_size, "workers": workers, "per_round": rounds,
        "feed_only_images_per_s": {"1 thread": round(feed_1, 1), f"{workers} threads": round(feed_n, 1)},
        "load_average_before": load_before, "load_average_after": os.getloadavg(), **machine(),
        "date": time.strftime("%Y-%m-%d"),
    }  # fmt: skip


SAME_IN_EVERY_PART = ("n", "rounds", "provider", "batch_size", "workers", "cpu", "cores", "onnxruntime")


def summary(parts: list[dict[str, object]]) -> dict[str, object]:
    """Rates and ratios over the rounds of one or more measured parts (runs split over several calls)."""
    for key in SAME_IN_EVERY_PART:
        if len({json.dumps(p[key]) for p in parts}) > 1:
            raise SystemExit(f"the parts differ in {key}: {[p[key] for p in parts]}")
    rounds = [r for p in parts for r in p["per_round"]]  # type: ignore[attr-defined]
    done = sorted(r["index"] for r in rounds)
    if len(set(done)) < len(done):
        raise SystemExit(f"a round was measured twice: {done}")
    images = sum(r["images"] for r in rounds)
    names = list(rounds[0]["seconds"])
    rates = {name: images / sum(r["seconds"][name] for r in rounds) for name in names}
    result: dict[str, object] = {
        key: parts[0][key] for key in (*SAME_IN_EVERY_PART, "python", "provider_warning", "feed_only_images_per_s")
    }
    result.update({
        "images_measured": images, "rounds_measured": done,
        "complete": done == list(range(1, int(parts[0]["rounds"]) + 1)),
        "loop_images_per_s": round(rates["loop"], 3), "danlu_images_per_s": round(rates["danlu"], 3),
        "ratio": round(rates["danlu"] / rates["loop"], 2),
        "max_score_difference": max(r["max_score_difference"] for r in rounds),
        "load_average": [p["load_average_before"] for p in parts] + [parts[-1]["load_average_after"]],
        "date": parts[-1]["date"],
    })  # fmt: skip
    for name in names[1:]:  # of the per-round ratios: a burst of load in one round moves it less than the total
        ratios = [r["seconds"]["loop"] / r["seconds"][name] for r in rounds]
        result[f"{name}_median_round_ratio"] = round(float(np.median(ratios)), 2)
    if "danlu_fast" in rates:
        drifts = [(r["images"], r["fast_drift"]) for r in rounds]
        result["danlu_fast_images_per_s"] = round(rates["danlu_fast"], 3)
        result["fast_ratio"] = round(rates["danlu_fast"] / rates["loop"], 2)
        result["fast_drift"] = {"max_abs": max(d["max_abs"] for _, d in drifts)} | {
            key: round(sum(k * d[key] for k, d in drifts) / images, 6)
            for key in ("mean_abs", "top20_agreement", "same_tags", "reference_score_std")
        }  # the mean of the per-round figures, weighted by images (for the std an approximation)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000, help="images in the folder (default 2000)")
    parser.add_argument("--rounds", type=int, default=4, help="alternations of the contenders (default 4)")
    parser.add_argument("--only-rounds", default="", help="run these rounds only, e.g. 1-3 (the rest in another "
                        "call); --merge adds the parts up")  # fmt: skip
    parser.add_argument("--merge", type=Path, nargs="+", help="the JSON of parts measured apart: print the whole")
    parser.add_argument("--json", type=Path, help="also write the result here")
    parser.add_argument("--provider", choices=("cpu", "cuda"), default="cpu")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--workers", type=int, default=0, help="decode threads (0: one per core, at most 8)")
    parser.add_argument("--work-dir", type=Path, default=Path("/tmp/danlu-bench-tagger"))
    parser.add_argument("--no-fast", action="store_true", help="leave out Danlu's fast mode")
    args = parser.parse_args()
    if args.merge:
        result = summary([json.loads(path.read_text()) for path in args.merge])
    else:
        part = measure(args)
        if args.json:
            args.json.write_text(json.dumps(part, indent=1))
        result = summary([part])
    print(f"{result['images_measured']} images, rounds {result['rounds_measured']} of {result['rounds']}: "
          f"one-at-a-time loop {result['loop_images_per_s']:.2f} images/s; Danlu (batch {result['batch_size']}, "
          f"{result['workers']} decode threads) {result['danlu_images_per_s']:.2f} images/s, "
          f"ratio {result['ratio']:.2f}"
          + (f"; fast mode {result['danlu_fast_images_per_s']:.2f} images/s, ratio {result['fast_ratio']:.2f}"
             if "fast_ratio" in result else ""), flush=True)  # fmt: skip
    print(json.dumps(result))


if __name__ == "__main__":
    main()
