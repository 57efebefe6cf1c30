"""Quality flags: sharpness, perceptual hashes, duplicate groups, thresholds, CLIP similarity."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from dataprep.image_quality import (
    BLURRY,
    DUPLICATE,
    EXTREME_ASPECT,
    FLAGS,
    NEAR_DUPLICATE,
    SMALL,
    WRONG_EXTENSION,
    ClipEmbedder,
    ImageRecord,
    QualityThresholds,
    analysis_gray,
    assess,
    dhash,
    flag_counts,
    hamming,
    near_duplicate_pairs,
    phash,
    sharpness,
    similar_pairs,
)


def scene(seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    """A picture with edges at many scales: shapes, lines and a little texture."""
    rng = np.random.default_rng(seed)
    im = Image.new("RGB", size, tuple(int(v) for v in rng.integers(0, 255, 3)))
    draw = ImageDraw.Draw(im)
    w, h = size
    for _ in range(25):
        x0, y0 = int(rng.integers(0, w - 20)), int(rng.integers(0, h - 20))
        x1, y1 = x0 + int(rng.integers(10, w // 2)), y0 + int(rng.integers(10, h // 2))
        color = tuple(int(v) for v in rng.integers(0, 255, 3))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)((x0, y0, x1, y1), fill=color)
    for _ in range(30):
        draw.line([tuple(int(v) for v in rng.integers(0, min(size), 2)) for _ in range(2)], fill=(0, 0, 0), width=2)
    noise = rng.normal(0, 6, (h, w, 3))
    return Image.fromarray(np.clip(np.asarray(im) + noise, 0, 255).astype(np.uint8))


def record(path: str, width: int = 1024, height: int = 1024, sharp: float = 500.0, sha: str = "",
           ph: str = "0" * 16, dh: str = "0" * 16, note: str = "") -> ImageRecord:
    return ImageRecord(path, width, height, "JPEG", "RGB", 1000, 0, sha or path, sharp, ph, dh, note)


def test_sharpness_separates_sharp_from_blurred() -> None:
    sharp = scene(1)
    values = [sharpness(analysis_gray(sharp.filter(ImageFilter.GaussianBlur(r)))) for r in (0, 1, 2, 4)]
    assert values == sorted(values, reverse=True)
    threshold = QualityThresholds().min_sharpness
    assert values[0] > 3 * threshold
    assert values[2] < threshold


def test_sharpness_does_not_depend_on_resolution() -> None:
    big = scene(2, (2048, 1536))
    small = big.resize((1024, 768), Image.Resampling.LANCZOS)
    a, b = sharpness(analysis_gray(big)), sharpness(analysis_gray(small))
    assert analysis_gray(big).size == (512, 384)
    assert abs(a - b) / a < 0.15


def test_hashes_survive_resize_and_recompression_but_tell_scenes_apart() -> None:
    original = scene(3)
    buf = io.BytesIO()
    original.resize((320, 240), Image.Resampling.BILINEAR).save(buf, "JPEG", quality=60)
    copy = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    g0, g1, g2 = analysis_gray(original), analysis_gray(copy), analysis_gray(scene(4))
    assert len(phash(g0)) == 16 and len(dhash(g0)) == 16
    assert hamming(phash(g0), phash(g1)) <= 2 and hamming(dhash(g0), dhash(g1)) <= 3
    assert hamming(phash(g0), phash(g2)) > 12 and hamming(dhash(g0), dhash(g2)) > 12


def test_near_duplicate_pairs_match_brute_force_across_blocks() -> None:
    rng = np.random.default_rng(5)
    base = [int(v) for v in rng.integers(0, 2**63, 40, dtype=np.uint64)]
    values = base + [b ^ (1 << int(rng.integers(0, 64))) for b in base[:10]]  # ten one-bit variants
    hashes = [f"{v:016x}" for v in values]
    expected = sorted((i, j, hamming(hashes[i], hashes[j])) for i in range(len(hashes))
                      for j in range(i + 1, len(hashes)) if hamming(hashes[i], hashes[j]) <= 3)
    assert sorted(near_duplicate_pairs(hashes, 3, block=7)) == expected
    assert len(expected) >= 10
    assert near_duplicate_pairs([], 3) == []


def test_similar_pairs() -> None:
    emb = np.array([[1, 0], [0.99, 0.141], [0, 1]], dtype=np.float32)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    assert [(i, j) for i, j, _ in similar_pairs(emb, 0.95, block=2)] == [(0, 1)]


def test_assess_flags_each_threshold() -> None:
    records = [
        record("ok.jpg"),
        record("blurry.jpg", sharp=10.0, ph="1" * 16, dh="1" * 16),
        record("small.jpg", 400, 600, ph="2" * 16, dh="2" * 16),
        record("panorama.jpg", 3000, 1000, ph="3" * 16, dh="3" * 16),
        record("renamed.jpg", note="renamed.jpg: this is a PNG file named .jpg.", ph="4" * 16, dh="4" * 16),
    ]
    assess(records, QualityThresholds())
    assert [r.flags for r in records] == [[], [BLURRY], [SMALL], [EXTREME_ASPECT], [WRONG_EXTENSION]]
    assess(records, QualityThresholds(min_sharpness=0, target_resolution=0, max_aspect=0))
    assert [r.flags for r in records] == [[], [], [], [], [WRONG_EXTENSION]]


def test_duplicates_keep_the_largest_then_sharpest_image() -> None:
    records = [
        record("a_small_copy.jpg", 800, 800, sha="same", ph="f0f0f0f0f0f0f0f0", dh="0f0f0f0f0f0f0f0f"),
        record("a.jpg", 1600, 1600, sha="same", ph="f0f0f0f0f0f0f0f0", dh="0f0f0f0f0f0f0f0f"),
        record("a_edit.png", 1600, 1600, sharp=300.0, ph="f0f0f0f0f0f0f0f1", dh="0f0f0f0f0f0f0f0f"),
        record("b.jpg", ph="0123456789abcdef", dh="fedcba9876543210"),
    ]
    assess(records, QualityThresholds())
    by_path = {r.path: r for r in records}
    assert by_path["a_small_copy.jpg"].flags == [DUPLICATE]
    assert by_path["a_small_copy.jpg"].duplicate_of == "a.jpg"
    assert by_path["a_small_copy.jpg"].match == "identical file"
    assert by_path["a_edit.png"].flags == [NEAR_DUPLICATE]
    assert by_path["a_edit.png"].duplicate_of == "a.jpg"  # same size, a.jpg is sharper
    assert by_path["a_edit.png"].match == "pHash distance 1, dHash distance 0"
    assert by_path["a.jpg"].flags == [] and by_path["b.jpg"].flags == []
    counts = flag_counts(records)
    assert list(counts) == list(FLAGS) and counts[DUPLICATE] == 1 and counts[NEAR_DUPLICATE] == 1


def test_near_duplicate_needs_both_hashes_close() -> None:
    records = [record("a.jpg", ph="f0f0f0f0f0f0f0f0", dh="0000000000000000"),
               record("look_alike.jpg", ph="f0f0f0f0f0f0f0f1", dh="00000000000000ff")]
    assess(records, QualityThresholds(near_duplicate_distance=4))
    assert records[1].flags == []
    assess(records, QualityThresholds(near_duplicate_distance=8))
    assert records[1].flags == [NEAR_DUPLICATE]


def test_thresholds_from_dict_checks_names_and_values() -> None:
    t = QualityThresholds.from_dict({"min_sharpness": 80, "near_duplicate_distance": 3})
    assert t.min_sharpness == 80.0 and t.near_duplicate_distance == 3
    with pytest.raises(ValueError, match="unknown threshold"):
        QualityThresholds.from_dict({"blur": 1})
    with pytest.raises(ValueError, match="0 or more"):
        QualityThresholds.from_dict({"max_aspect": -1})
    with pytest.raises(ValueError, match="at most 1"):
        QualityThresholds.from_dict({"clip_similarity": 1.5})


def test_record_round_trips_through_json() -> None:
    r = assess([record("x.jpg", 100, 100)], QualityThresholds())[0]
    again = ImageRecord.from_dict(json.loads(json.dumps(r.to_dict())))
    assert again == r and again.flags == [SMALL] and again.aspect == 1.0


# ---------------------------------------------------------------------------------------------- CLIP


TINY_CLIP = {"embed_dim": 16, "vision_cfg": {"image_size": 32, "layers": 1, "width": 32, "patch_size": 8,
                                             "head_width": 16},
             "text_cfg": {"context_length": 8, "vocab_size": 64, "width": 16, "heads": 2, "layers": 1}}


def build_tiny_clip(folder: Path) -> Path:
    """A 25k-parameter open_clip model saved as a ``local-dir:`` folder (config + safetensors), no download."""
    import open_clip
    import torch
    from safetensors.torch import save_file

    torch.manual_seed(0)
    model = open_clip.CLIP(**TINY_CLIP)
    folder.mkdir(parents=True, exist_ok=True)
    config = {"model_cfg": TINY_CLIP, "preprocess_cfg": {"mean": [0.5] * 3, "std": [0.5] * 3}}
    (folder / "open_clip_config.json").write_text(json.dumps(config))
    save_file(model.state_dict(), folder / "open_clip_model.safetensors")
    return folder


@pytest.fixture(scope="module")
def tiny_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_clip(tmp_path_factory.mktemp("clip"))


def test_clip_embedder_loads_a_local_model_and_finds_the_same_picture(tiny_clip: Path) -> None:
    embedder = ClipEmbedder.load(f"local-dir:{tiny_clip}")
    assert embedder.input_side == 32
    pictures = [scene(7, (200, 150)), scene(8, (200, 150)), scene(7, (200, 150)).resize((400, 300))]
    emb = embedder.embed(pictures)
    assert emb.shape == (3, 16) and emb.dtype == np.float32
    assert np.allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-5)
    assert float(emb[0] @ emb[2]) > 0.9999 > float(emb[0] @ emb[1])
    records = [record(f"{i}.jpg", ph=f"{i:016x}", dh=f"{(i + 1) * 0xFF:016x}") for i in range(3)]
    assess(records, QualityThresholds(near_duplicate_distance=0, clip_similarity=0.9999), emb)
    assert [r.flags for r in records] == [[], [], [NEAR_DUPLICATE]]
    assert records[2].duplicate_of == "0.jpg" and records[2].match.startswith("CLIP similarity 1.000")


def test_clip_load_failure_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="leave clip_model empty to skip the CLIP check"):
        ClipEmbedder.load(f"local-dir:{tmp_path / 'missing'}")
