"""Caption editor benchmark on 10,000 generated captions on disk (goal: each edit < 1 s).

Times: open the folder, rename a tag present in 5,000 captions, filter with a 3-clause query,
undo the rename, save the 5,000 changed files, the first ``tokens>`` query (which tokenizes every
caption), and the memory 200 undo steps of such renames hold.

    .venv/bin/python tests/benchmarks/bench_captions.py [--images 10000] [--steps 200] [--keep DIR]
"""

from __future__ import annotations

import argparse
import functools
import os
import platform
import random
import shutil
import tempfile
import time
from pathlib import Path

import psutil

from dataprep import tags
from dataprep.caption_store import CaptionStore
from dataprep.caption_tokens import clip_token_counter

VOCABULARY = [f"tag {i}" for i in range(400)] + [
    "1girl",
    "solo",
    "long hair",
    "looking at viewer",
    "smile",
    "earrings",
    "red scarf",
    "hair clip",
    "outdoors",
    "blurry background",
]


def generate(folder: Path, n: int, seed: int = 0) -> None:
    """*n* images (empty stand-ins: the store never decodes them) with 15–30 tags each;
    "holding phone" in every other caption."""
    rng = random.Random(seed)
    for i in range(n):
        chosen = rng.sample(VOCABULARY, rng.randint(15, 30))
        if i % 2 == 0:
            chosen.insert(rng.randrange(len(chosen) + 1), "holding phone")
        (folder / f"{i:05d}.png").write_bytes(b"")
        (folder / f"{i:05d}.txt").write_text(", ".join(chosen), encoding="utf-8")


def timed(title: str, fn: object, /, *args: object, **kwargs: object) -> object:
    start = time.perf_counter()
    result = fn(*args, **kwargs)  # type: ignore[operator]
    print(f"{title:<44} {time.perf_counter() - start:8.3f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--images", type=int, default=10_000)
    parser.add_argument("--steps", type=int, default=200, help="undo steps for the memory measurement")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="danlu-bench-captions-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(
        f"{platform.machine()}, {psutil.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d')}, load average before: {os.getloadavg()[0]:.1f}"
    )
    try:
        timed(f"generate {args.images} captions", generate, folder, args.images)
        store: CaptionStore = timed("open (read every caption)", CaptionStore.open, folder)  # type: ignore[assignment]

        rename = functools.partial(tags.replace_tag, old="holding phone", new="holding cup")
        change = timed("rename a tag in 5,000 captions", store.apply, rename, label="Rename tag")
        assert len(change.rows) == args.images // 2, len(change.rows)  # type: ignore[attr-defined]

        query = "tag:earrings -tag:smile (tag:*scarf OR tags>25)"
        matches = timed(f"filter {query!r}", store.filter, query)
        print(f"{'':<44} {len(matches)} matches")  # type: ignore[arg-type]

        timed("undo the rename", store.undo)
        assert "holding phone" in store.row(0).tags
        timed("redo the rename", store.redo)
        report = timed("save the 5,000 changed files (atomic, fsync)", store.save_dirty)
        assert len(report.saved) == args.images // 2  # type: ignore[attr-defined]
        timed("scan the folder for external changes", store.scan_disk)
        timed("load the CLIP tokenizer (once per process)", clip_token_counter)
        timed("first tokens>75 query (counts every caption)", store.filter, "tokens>75")
        timed("second tokens>75 query (cached)", store.filter, "tokens>75")

        rss = psutil.Process().memory_info().rss
        names = ["holding cup", "holding phone"]
        start = time.perf_counter()
        for step in range(args.steps - 1):  # the rename above is the first step
            old, new = names[step % 2], names[(step + 1) % 2]
            store.apply(functools.partial(tags.replace_tag, old=old, new=new), label="Rename tag")
        elapsed = time.perf_counter() - start
        grown = (psutil.Process().memory_info().rss - rss) / 2**20
        kept, mib = len(store.history), store.history.nbytes / 2**20
        print(
            f"{args.steps} rename steps of 5,000 rows: {kept} kept, history ~{mib:.1f} MiB "
            f"(RSS +{grown:.1f} MiB), {elapsed / (args.steps - 1):.3f} s per step"
        )
        start = time.perf_counter()
        while store.undo():
            pass
        print(f"{'undo all of them':<44} {time.perf_counter() - start:8.3f} s")
        assert "holding phone" in store.row(0).tags
    finally:
        if args.keep is None:
            shutil.rmtree(folder)


if __name__ == "__main__":
    main()
