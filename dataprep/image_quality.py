"""Quality flags for a training set: blur, size, aspect, exact and near duplicates.

Metrics are computed once per image (during the import scan) and stored in its ImageRecord;
:func:`assess` turns metrics into flags for a set of thresholds, cheaply, so the Images page can
re-flag 10,000 images while the user drags a slider. A LoRA learns whatever repeats: two copies of
one photo count double, and a blurry one teaches blur — hence these checks.

Perceptual hashes are implemented here with numpy (pHash as in the ImageHash library: DCT of a
32×32 grayscale, low 8×8 frequencies against their median; dHash: 9×8 horizontal gradients) rather
than depending on ImageHash, which would pull in scipy and PyWavelets for two small functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any

import numpy as np
from PIL import Image

# flag names, as the GUI shows them as badges and filters on them
BLURRY = "blurry"
SMALL = "small"
EXTREME_ASPECT = "extreme-aspect"
DUPLICATE = "duplicate"
NEAR_DUPLICATE = "near-duplicate"
WRONG_EXTENSION = "wrong-extension"
FLAGS = (BLURRY, SMALL, EXTREME_ASPECT, DUPLICATE, NEAR_DUPLICATE, WRONG_EXTENSION)

ANALYSIS_SIZE = 512  # sharpness is measured with the long side at this size, so it does not depend on resolution


@dataclass
class QualityThresholds:
    """The user's thresholds; a value of 0 turns its check off."""

    min_sharpness: float = 60.0  # variance of the Laplacian at ANALYSIS_SIZE, below → blurry
    target_resolution: int = 512  # fewer than target² pixels → small (the trainer would upscale it)
    max_aspect: float = 2.5  # long side / short side above this → extreme-aspect
    near_duplicate_distance: int = 4  # bits (of 64) that may differ in both pHash and dHash for a near-duplicate
    clip_similarity: float = 0.95  # cosine similarity of CLIP image embeddings for a near-duplicate

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QualityThresholds:
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ValueError(f"unknown threshold(s) {', '.join(unknown)}; known: {', '.join(known)}.")
        values = {name: type(getattr(cls(), name))(value) for name, value in data.items()}
        thresholds = cls(**values)
        if any(v < 0 for v in values.values()) or thresholds.clip_similarity > 1:
            raise ValueError("thresholds must be 0 or more, and clip_similarity at most 1.")
        return thresholds


@dataclass
class ImageRecord:
    """One readable image: what the scan measured and, after :func:`assess`, its flags."""

    path: str
    width: int  # upright, after EXIF rotation
    height: int
    format: str
    mode: str
    file_size: int
    mtime_ns: int
    sha256: str
    sharpness: float
    phash: str  # 16 hex digits
    dhash: str
    extension_note: str = ""  # the message when the extension does not match the format
    flags: list[str] = field(default_factory=list)
    duplicate_of: str = ""  # the image of its group that is kept (largest, then sharpest)
    match: str = ""  # why: "identical file", "pHash distance 3, dHash distance 1", "CLIP similarity 0.970"

    @property
    def aspect(self) -> float:
        return self.width / self.height

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImageRecord:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def analysis_gray(im: Image.Image) -> Image.Image:
    """8-bit grayscale with the long side at most ANALYSIS_SIZE (*im* is RGB or L)."""
    gray = im if im.mode == "L" else im.convert("L")
    if max(gray.size) > ANALYSIS_SIZE:
        gray = gray.copy() if gray is im else gray
        gray.thumbnail((ANALYSIS_SIZE, ANALYSIS_SIZE), Image.Resampling.LANCZOS, reducing_gap=2.0)
    return gray


def sharpness(gray: Image.Image) -> float:
    """Variance of the 4-neighbour Laplacian: edges make it large, defocus and motion blur make it small."""
    g = np.asarray(gray, dtype=np.float32)
    if g.shape[0] < 3 or g.shape[1] < 3:
        return 0.0
    lap = g[1:-1, :-2] + g[1:-1, 2:] + g[:-2, 1:-1] + g[2:, 1:-1] - 4.0 * g[1:-1, 1:-1]
    return float(lap.var())


def _bits_to_hex(bits: np.ndarray) -> str:
    return np.packbits(bits.astype(bool).ravel()).tobytes().hex()


def _dct_matrix(n: int) -> np.ndarray:
    k = np.arange(n)[:, None]
    return np.cos(np.pi * k * (2 * np.arange(n)[None, :] + 1) / (2 * n))


_DCT32 = _dct_matrix(32)


def phash(gray: Image.Image) -> str:
    """64-bit perceptual hash (hex): survives resizing, recompression and small edits."""
    small = np.asarray(gray.resize((32, 32), Image.Resampling.LANCZOS), dtype=np.float64)
    low = (_DCT32 @ small @ _DCT32.T)[:8, :8]
    return _bits_to_hex(low > np.median(low))


def dhash(gray: Image.Image) -> str:
    """64-bit difference hash (hex): brightness gradients between neighbouring cells of a 9×8 grid."""
    small = np.asarray(gray.resize((9, 8), Image.Resampling.LANCZOS), dtype=np.int16)
    return _bits_to_hex(small[:, 1:] > small[:, :-1])


def hamming(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def near_duplicate_pairs(hashes: Sequence[str], max_distance: int, block: int = 1024) -> list[tuple[int, int, int]]:
    """(i, j, distance) with i < j for every pair of hashes within *max_distance* bits; blockwise, so
    10,000 images (50 million pairs) take a fraction of a second and little memory."""
    if not hashes:
        return []
    values = np.array([int(h, 16) for h in hashes], dtype=np.uint64)
    pairs = []
    for start in range(0, len(values), block):
        rows = values[start:start + block]
        dist = np.bitwise_count(rows[:, None] ^ values[None, :])
        ii, jj = np.nonzero(dist <= max_distance)
        ii = ii + start
        keep = ii < jj
        pairs.extend(zip(ii[keep].tolist(), jj[keep].tolist(), dist[ii[keep] - start, jj[keep]].tolist(),
                         strict=True))
    return pairs


def similar_pairs(embeddings: np.ndarray, min_similarity: float, block: int = 1024) -> list[tuple[int, int, float]]:
    """(i, j, cosine) with i < j for L2-normalized *embeddings* at least *min_similarity* alike."""
    pairs = []
    for start in range(0, len(embeddings), block):
        sims = embeddings[start:start + block] @ embeddings.T
        ii, jj = np.nonzero(sims >= min_similarity)
        ii = ii + start
        keep = ii < jj
        pairs.extend(zip(ii[keep].tolist(), jj[keep].tolist(), sims[ii[keep] - start, jj[keep]].tolist(),
                         strict=True))
    return pairs


class _Groups:
    """Union-find over record indices, remembering why each member joined."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)

    def members(self) -> list[list[int]]:
        groups: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            groups.setdefault(self.find(i), []).append(i)
        return [g for g in groups.values() if len(g) > 1]


def _mark_groups(records: list[ImageRecord], edges: list[tuple[int, int, str]], flag: str) -> None:
    """Flag every member of each connected group but its best image (largest, then sharpest, then first)."""
    groups = _Groups(len(records))
    why: dict[int, str] = {}
    for i, j, reason in edges:
        groups.union(i, j)
        why.setdefault(i, reason)
        why.setdefault(j, reason)
    for members in groups.members():
        keeper = min(members, key=lambda k: (-records[k].width * records[k].height, -records[k].sharpness, k))
        for k in members:
            if k != keeper and not records[k].duplicate_of:
                records[k].flags.append(flag)
                records[k].duplicate_of = records[keeper].path
                records[k].match = why[k]


def assess(records: list[ImageRecord], thresholds: QualityThresholds,
           embeddings: np.ndarray | None = None) -> list[ImageRecord]:
    """Set flags, duplicate_of and match on *records* (in place, also returned). *embeddings*, one
    L2-normalized row per record, add CLIP near-duplicates (same scene, other crop or colours)."""
    t = thresholds
    for r in records:
        r.flags, r.duplicate_of, r.match = [], "", ""
        if t.min_sharpness and r.sharpness < t.min_sharpness:
            r.flags.append(BLURRY)
        if t.target_resolution and r.width * r.height < t.target_resolution ** 2:
            r.flags.append(SMALL)
        if t.max_aspect and max(r.width, r.height) / min(r.width, r.height) > t.max_aspect:
            r.flags.append(EXTREME_ASPECT)
        if r.extension_note:
            r.flags.append(WRONG_EXTENSION)
    by_hash: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        by_hash.setdefault(r.sha256, []).append(i)
    exact = [(g[0], k, "identical file") for g in by_hash.values() for k in g[1:]]
    _mark_groups(records, exact, DUPLICATE)
    near: list[tuple[int, int, str]] = []
    if t.near_duplicate_distance:  # both hashes must agree: one alone matches look-alike compositions
        for i, j, d in near_duplicate_pairs([r.phash for r in records], t.near_duplicate_distance):
            dd = hamming(records[i].dhash, records[j].dhash)
            if dd <= t.near_duplicate_distance:
                near.append((i, j, f"pHash distance {d}, dHash distance {dd}"))
    if embeddings is not None and t.clip_similarity:
        if len(embeddings) != len(records):
            raise ValueError(f"{len(embeddings)} CLIP embeddings for {len(records)} images.")
        near += [(i, j, f"CLIP similarity {s:.3f}") for i, j, s in similar_pairs(embeddings, t.clip_similarity)]
    _mark_groups(records, near, NEAR_DUPLICATE)
    return records


def flag_counts(records: Sequence[ImageRecord]) -> dict[str, int]:
    """How many images carry each flag (every flag listed, zeros included), for the filter menu."""
    counts = dict.fromkeys(FLAGS, 0)
    for r in records:
        for f in r.flags:
            counts[f] = counts.get(f, 0) + 1
    return counts


class ClipEmbedder:
    """Image embeddings from an open_clip model, for similarity beyond pixel hashes.

    torch and open_clip are imported only here, so a scan without CLIP never pays for them.
    """

    def __init__(self, model: Any, preprocess: Any, device: str = "cpu", batch_size: int = 32) -> None:
        self.model = model.eval().to(device)
        self.preprocess = preprocess
        self.device = device
        self.batch_size = batch_size

    @classmethod
    def load(cls, model_name: str, pretrained: str | None = None, device: str = "cpu") -> ClipEmbedder:
        """*model_name* is an open_clip name (``ViT-B-32``, with *pretrained* a tag or file) or
        ``local-dir:<folder>`` holding ``open_clip_config.json`` and the weights."""
        import open_clip

        try:
            model, _, preprocess = open_clip.create_model_and_transforms(model_name, pretrained=pretrained,
                                                                         device=device)
        except (RuntimeError, ValueError, OSError) as exc:
            raise ValueError(f"cannot load CLIP model {model_name!r} ({exc}). Check the model name and weights, "
                             f"or leave clip_model empty to skip the CLIP check.") from None
        return cls(model, preprocess, device)

    @property
    def input_side(self) -> int:
        """The pixel size the model's preprocessing resizes to, so images need not be decoded larger."""
        size = getattr(getattr(self.model, "visual", None), "image_size", 224)
        return int(max(size) if isinstance(size, (tuple, list)) else size)

    def embed(self, images: Sequence[Image.Image]) -> np.ndarray:
        """One L2-normalized float32 row per image."""
        import torch

        rows = []
        with torch.inference_mode():
            for start in range(0, len(images), self.batch_size):
                batch = torch.stack([self.preprocess(im) for im in images[start:start + self.batch_size]])
                features = self.model.encode_image(batch.to(self.device)).float()
                rows.append(torch.nn.functional.normalize(features, dim=-1).cpu().numpy())
        if not rows:
            return np.zeros((0, 0), dtype=np.float32)
        return np.concatenate(rows).astype(np.float32)


def clip_input_side(embedder: ClipEmbedder) -> int:
    """The pixel size the CLIP preprocessing resizes to, so images can be decoded just big enough."""
    size = getattr(getattr(embedder.model, "visual", None), "image_size", 224)
    return int(max(size) if isinstance(size, (tuple, list)) else size)

