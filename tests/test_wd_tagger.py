"""WD tagger: preprocessing against independent computations, tag selection options, the ONNX runner."""

from __future__ import annotations

import hashlib
import math
import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from dataprep.image_pipeline import load_rgb
from dataprep.model_registry import ModelFileError
from dataprep.wd_preprocess import pad_to_square, prepare_image
from dataprep.wd_tagger import WDTagger, make_session, model_digest
from dataprep.wd_tags import (
    KAOMOJIS,
    Labels,
    TagOptions,
    display_name,
    mcut_threshold,
    select_tags,
    tag_match_key,
    tag_strings,
)

# ---------------------------------------------------------------- independent references


def pattern(h: int, w: int) -> np.ndarray:
    """A busy deterministic RGB image (no RNG, so it is the same on every numpy)."""
    y, x = np.mgrid[0:h, 0:w]
    c = np.arange(3)
    return ((x[..., None] * 37 + y[..., None] * 91 + c * 53 + (x * y)[..., None] % 17) % 256).astype(np.uint8)


def padded_reference(rgb: np.ndarray) -> np.ndarray:
    h, w, _ = rgb.shape
    n = max(h, w)
    out = np.full((n, n, 3), 255.0)
    out[(n - h) // 2 : (n - h) // 2 + h, (n - w) // 2 : (n - w) // 2 + w] = rgb
    return out


def area_matrix(n_in: int, n_out: int) -> np.ndarray:
    """Weight of source pixel i in output pixel j: the length of [i, i+1) ∩ [j·s, (j+1)·s), over s."""
    s = n_in / n_out
    weights = np.zeros((n_out, n_in))
    for j in range(n_out):
        lo, hi = j * s, (j + 1) * s
        for i in range(int(lo), min(n_in, math.ceil(hi))):
            weights[j, i] = max(0.0, min(hi, i + 1) - max(lo, i))
    return weights / s


def lanczos_matrix(n_in: int, n_out: int) -> np.ndarray:
    """Lanczos a=4 from its textbook formula, pixel centers aligned, edge pixels repeated (float)."""
    weights = np.zeros((n_out, n_in))
    for j in range(n_out):
        center = (j + 0.5) * n_in / n_out - 0.5
        first = math.floor(center) - 3
        taps = []
        for i in range(first, first + 8):
            d = math.pi * (center - i)
            taps.append(1.0 if abs(d) < 1e-9 else 4 * math.sin(d) * math.sin(d / 4) / d**2)
        total = sum(taps)
        for i, k in zip(range(first, first + 8), taps, strict=True):
            weights[j, min(max(i, 0), n_in - 1)] += k / total
    return weights


def reference_resize(rgb: np.ndarray, size: int) -> np.ndarray:
    """Unrounded float64 result of pad + area/Lanczos resize, RGB."""
    square = padded_reference(rgb)
    n = square.shape[0]
    if n == size:
        return square
    m = area_matrix(n, size) if n > size else lanczos_matrix(n, size)
    return np.stack([m @ square[:, :, c] @ m.T for c in range(3)], axis=-1)


def as_rgb(prepared: np.ndarray) -> np.ndarray:
    return prepared[:, :, ::-1].astype(np.float64)


# ---------------------------------------------------------------- preprocessing


@pytest.mark.parametrize(("h", "w"), [(2000, 3000), (100, 70), (65, 64), (64, 129)])
def test_shrinking_is_the_exact_area_average_rounded(h: int, w: int) -> None:
    rgb = pattern(h, w)
    ours = as_rgb(prepare_image(rgb, 64))
    exact = reference_resize(rgb, 64)
    assert np.abs(ours - exact).max() <= 0.5 + 1e-3  # the nearest integer to the exact average
    clear = np.abs(exact - np.floor(exact) - 0.5) > 1e-3  # away from .5 ties, rounding is unambiguous
    assert np.array_equal(ours[clear], np.floor(exact[clear] + 0.5))


@pytest.mark.parametrize(("h", "w"), [(3, 5), (5, 3), (37, 50), (1, 1), (63, 64)])
def test_enlarging_is_lanczos4(h: int, w: int) -> None:
    rgb = pattern(h, w)
    ours = as_rgb(prepare_image(rgb, 64))
    exact = np.clip(reference_resize(rgb, 64), 0, 255)
    # OpenCV computes in 11-bit fixed point; that moves some pixels by one level, never more.
    assert np.abs(ours - exact).max() <= 1.0
    assert np.abs(ours - exact).mean() < 0.3  # rounding alone averages 0.25


# sha256 of OpenCV 5.0's cv2.resize output (pad as sd-scripts, INTER_AREA / INTER_LANCZOS4), as BGR float32.
OPENCV_DIGESTS = {
    (3, 5, 64): "ece8cad71e8265a3baf975de0c81faa836ffd59b145e418f9ef869996ff370b7",
    (5, 3, 64): "6f72e651ce0293332da884e7944abec5ecdb8279a8adae85387f1d550013ab36",
    (37, 50, 64): "72c9deeba11b1cf63ff7a0bb0d77a624a8e183d7c9efbaf9d9c75791ead18213",
    (100, 70, 64): "17ebb24b596786d8b2e3568219f9d341cd7ed4266487b56a60c92526254b08bf",
    (2000, 3000, 64): "ee55d2798e501c95601366f210c6bde53033802578f5567dccdac4547d426dc3",
    (3000, 2000, 64): "e1a1e79b49c423ddeaf2b4adaab8755d4d06dbe0332a9c2213f53634df189309",
    (896, 600, 448): "fd07486c4f38588db0c5ad9cb68f2b9d0f69927b7517e1a9b192386fee36c73a",
}


@pytest.mark.parametrize("case", sorted(OPENCV_DIGESTS))
def test_matches_recorded_opencv_output(case: tuple[int, int, int]) -> None:
    h, w, size = case
    digest = hashlib.sha256(prepare_image(pattern(h, w), size).tobytes()).hexdigest()
    assert digest == OPENCV_DIGESTS[case]


def test_output_is_bgr_float32_nhwc_unnormalized() -> None:
    rgb = np.zeros((64, 64, 3), np.uint8)
    rgb[..., 0] = 200  # red
    rgb[..., 2] = 10  # blue
    out = prepare_image(rgb, 64)
    assert out.dtype == np.float32 and out.shape == (64, 64, 3) and out.flags.c_contiguous
    assert out[0, 0].tolist() == [10.0, 0.0, 200.0]


def test_padding_is_white_and_centered_odd_pixel_last() -> None:
    rgb = np.zeros((3, 6, 3), np.uint8)
    square = pad_to_square(rgb)
    assert square.shape == (6, 6, 3)
    rows_black = [bool((square[r] == 0).all()) for r in range(6)]
    assert rows_black == [False, True, True, True, False, False]  # 1 white row above, 2 below
    assert (square[0] == 255).all() and (square[5] == 255).all()


def test_transparency_goes_onto_white(tmp_path: Path) -> None:
    h, w = 4, 7
    rgba = np.zeros((h, w, 4), np.uint8)
    rgba[..., 0] = 30
    rgba[..., 1] = 120
    rgba[..., 2] = 250
    rgba[..., 3] = np.linspace(0, 255, w, dtype=np.uint8)[None, :]
    path = tmp_path / "alpha.png"
    Image.fromarray(rgba, "RGBA").save(path)
    loaded = np.asarray(load_rgb(path), dtype=np.float64)
    alpha = rgba[..., 3:4] / 255.0
    expected = rgba[..., :3] * alpha + 255.0 * (1 - alpha)
    assert np.abs(loaded - expected).max() <= 1.0
    assert (loaded[:, 0] == 255).all()  # fully transparent column is pure white, not the hidden colour
    ours = as_rgb(prepare_image(load_rgb(path), 64))
    assert np.abs(ours - np.clip(reference_resize(loaded.astype(np.uint8), 64), 0, 255)).max() <= 1.0


def test_palette_transparency_and_la_images(tmp_path: Path) -> None:
    pal = Image.new("P", (5, 5), 0)
    pal.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    pal.putpixel((2, 2), 1)
    pal.info["transparency"] = 0
    pal.save(tmp_path / "pal.png", transparency=0)
    rgb = np.asarray(load_rgb(tmp_path / "pal.png"))
    assert rgb[0, 0].tolist() == [255, 255, 255] and rgb[2, 2].tolist() == [255, 0, 0]
    Image.fromarray(np.full((3, 3, 2), (0, 0), np.uint8), "LA").save(tmp_path / "la.png")
    assert (np.asarray(load_rgb(tmp_path / "la.png")) == 255).all()


def test_a_16_bit_grey_scan_is_scaled_not_turned_white(tmp_path: Path) -> None:
    ramp = (np.arange(64 * 48).reshape(48, 64) * 21).astype(np.uint16)  # 0 … 64491
    Image.fromarray(ramp).save(tmp_path / "scan.png")
    rgb = np.asarray(load_rgb(tmp_path / "scan.png"), dtype=np.int16)
    assert rgb.shape == (48, 64, 3) and (rgb == 255).mean() < 0.01
    assert np.abs(rgb[..., 0] - np.rint(ramp / 257.0)).max() <= 1


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    im = Image.new("RGB", (40, 20), (0, 0, 255))
    im.paste((255, 0, 0), (0, 0, 20, 20))  # left half red
    exif = Image.Exif()
    exif[0x0112] = 6  # displayed rotated 90° clockwise
    im.save(tmp_path / "rot.jpg", exif=exif, quality=95)
    upright = np.asarray(load_rgb(tmp_path / "rot.jpg"))
    assert upright.shape == (40, 20, 3)
    assert upright[5, 10, 0] > 200 and upright[35, 10, 2] > 200  # red on top, blue below


# ---------------------------------------------------------------- tag selection


def make_labels() -> Labels:
    names = ["general", "sensitive", "questionable", "explicit",
             "long_hair", "smile", "star_(symbol)", "^_^", "red_scarf", "solo",
             "hatsune_miku", "hakurei_reimu"]  # fmt: skip
    return Labels.from_names(names, [9, 9, 9, 9, 0, 0, 0, 0, 0, 0, 4, 4])


SCORES = np.array([0.1, 0.7, 0.15, 0.05, 0.9, 0.35, 0.6, 0.5, 0.2, 0.95, 0.86, 0.3])


def names(options: TagOptions, scores: np.ndarray = SCORES) -> list[str]:
    return tag_strings(select_tags(scores, make_labels(), options), options)


def test_mcut_on_a_hand_made_vector() -> None:
    probs = np.array([0.1, 0.9, 0.3, 0.85, 0.25])
    # sorted: .9 .85 .3 .25 .1 -> gaps .05 .55 .05 .15 -> largest after .85 -> (.85 + .3) / 2
    assert mcut_threshold(probs) == pytest.approx(0.575)
    assert mcut_threshold(np.array([0.4])) == pytest.approx(0.4)


def test_defaults_threshold_strictly_above_and_order_by_score() -> None:
    # general > 0.35: solo .95, long_hair .9, star .6, ^_^ .5 (smile at exactly .35 is out); character > .85: miku
    assert names(TagOptions()) == ["solo", "long hair", "hatsune miku", "star (symbol)", "^_^"]


def test_thresholds() -> None:
    assert names(TagOptions(general_threshold=0.8, character_threshold=0.2)) == [
        "solo", "long hair", "hatsune miku", "hakurei reimu"]  # fmt: skip


def test_mcut_general_and_character_floor() -> None:
    # general scores .9 .35 .6 .5 .2 .95 -> sorted .95 .9 .6 .5 .35 .2 -> biggest gap .9→.6 -> cut .75
    assert names(TagOptions(general_mcut=True)) == ["solo", "long hair", "hatsune miku"]
    low = SCORES.copy()
    low[10], low[11] = 0.1, 0.05  # character MCut would be .075; the floor keeps it at .15
    assert names(TagOptions(character_mcut=True, general_threshold=0.99), low) == []
    assert names(TagOptions(character_mcut=True, general_threshold=0.99)) == ["hatsune miku"]  # cut (.86+.3)/2


def test_max_tags_keeps_highest_scores() -> None:
    assert names(TagOptions(max_tags=2)) == ["solo", "long hair"]


def test_rating_first_last_none() -> None:
    assert names(TagOptions(rating="first"))[0] == "sensitive"
    assert names(TagOptions(rating="last"))[-1] == "sensitive"
    assert "sensitive" not in names(TagOptions())


def test_always_first_tags_stay_ahead_of_a_rating_put_first() -> None:
    """As sd-scripts' --use_rating_tags with --always_first_tags: "1girl, general, ..."."""
    out = names(TagOptions(rating="first", always_first_tags=("^_^", "long hair")))
    assert out == ["^_^", "long hair", "sensitive", "solo", "hatsune miku", "star (symbol)"]
    assert names(TagOptions(rating="first", always_first_tags=("1girl",)))[0] == "sensitive"  # not detected
    assert names(TagOptions(rating="first", always_first_tags=("^_^", "solo"), max_tags=1)) == ["^_^", "sensitive"]


def test_character_tags_first() -> None:
    assert names(TagOptions(character_tags_first=True))[:1] == ["hatsune miku"]


def test_undesired_tags_match_any_spelling() -> None:
    out = names(TagOptions(undesired_tags=("Long_Hair", "star \\(symbol\\)", "hatsune miku")))
    assert out == ["solo", "^_^"]


def test_always_first_in_given_order_only_when_detected() -> None:
    out = names(TagOptions(always_first_tags=("^_^", "star_(symbol)", "1girl")))
    assert out == ["^_^", "star (symbol)", "solo", "long hair", "hatsune miku"]


def test_replacements_rename_drop_and_merge() -> None:
    options = TagOptions(replacements=(("long_hair", "very long hair"), ("^_^", ""), ("star (symbol)", "solo")))
    assert names(options) == ["solo", "very long hair", "hatsune miku"]


def test_underscores_and_kaomoji() -> None:
    assert "^_^" in KAOMOJIS
    kept = names(TagOptions(underscores_to_spaces=False))
    assert "long_hair" in kept and "^_^" in kept
    assert "^_^" in names(TagOptions())  # kaomoji keep underscores even when converting


def test_parentheses_not_escaped_unless_asked() -> None:
    assert "star (symbol)" in names(TagOptions())
    assert "star \\(symbol\\)" in names(TagOptions(escape_parentheses=True))
    typed_escaped = TagOptions(escape_parentheses=True, replacements=(("long hair", "hair \\(long\\)"),))
    assert "hair \\(long\\)" in names(typed_escaped)  # escaped once, not twice


def test_tag_match_key() -> None:
    assert tag_match_key(" Long_Hair ") == tag_match_key("long hair") == "long hair"
    assert tag_match_key("star \\(symbol\\)") == "star (symbol)"
    assert tag_match_key(">_<") == ">_<"


def test_bad_options_are_refused() -> None:
    with pytest.raises(ValueError, match="rating"):
        TagOptions(rating="middle")
    with pytest.raises(ValueError, match="general_threshold"):
        TagOptions(general_threshold=1.5)


# ---------------------------------------------------------------- the ONNX model


@pytest.fixture
def images(tmp_path: Path) -> list[Path]:
    paths = []
    for i, (h, w) in enumerate([(40, 60), (64, 64), (3, 5), (300, 200), (90, 30)]):
        rgb = np.roll(pattern(h, w), 40 * i, axis=2)
        rgb[: h // 2, :, i % 3] = 255 - 40 * i
        path = tmp_path / f"{i:02d}.png"
        Image.fromarray(rgb).save(path)
        paths.append(path)
    return paths


def test_reads_input_size_and_batching_from_the_model(tiny_models) -> None:
    v3 = WDTagger(tiny_models.wd_tagger, provider="cpu", batch_size=4)
    v2 = WDTagger(tiny_models.wd_tagger_v2, provider="cpu", batch_size=4)
    assert v3.image_size == 64 and v3.fixed_batch is None and v3.batch_size == 4
    assert v2.fixed_batch == 1 and v2.batch_size == 1


def test_batched_pipeline_equals_one_image_at_a_time(tiny_models, images: list[Path]) -> None:
    bad = images[0].parent / "broken.png"
    bad.write_bytes(b"not a png")
    paths = [*images[:2], bad, *images[2:]]
    tagger = WDTagger(tiny_models.wd_tagger, provider="cpu", batch_size=2, workers=3)
    streamed = list(tagger.score_paths(paths))
    assert [p for p, _ in streamed] == paths
    assert isinstance(streamed[2][1], Exception)
    for path, scores in streamed:
        if path != bad:
            single = tagger.predict(tagger.load_and_prepare(path)[None])[0]
            assert np.allclose(scores, single, atol=1e-6)
    v2 = WDTagger(tiny_models.wd_tagger_v2, provider="cpu")
    assert [t for _, t in v2.caption_paths(images)] == [t for _, t in tagger.caption_paths(images)]


def test_tags_come_from_the_scores(tiny_models, images: list[Path]) -> None:
    options = TagOptions(general_threshold=0.0, character_threshold=0.0, rating="first")
    tagger = WDTagger(tiny_models.wd_tagger, options, provider="cpu")
    (_, tags), *_ = tagger.caption_paths(images[:1])
    general = len(tagger.labels.general) + len(tagger.labels.character)
    assert len(tags) == general + 1 and tags[0] in {"general", "sensitive", "questionable", "explicit"}


def test_cpu_fallback_is_reported(tiny_models, monkeypatch: pytest.MonkeyPatch) -> None:
    import onnxruntime as ort

    real = ort.InferenceSession

    class FallsBack(real):  # what onnxruntime-gpu does without a usable GPU: CPU only, no error
        def __init__(self, path: str, providers: list[str]) -> None:
            self.requested = providers
            super().__init__(path, providers=["CPUExecutionProvider"])

    monkeypatch.setattr(ort, "get_available_providers", lambda: ["CUDAExecutionProvider", "CPUExecutionProvider"])
    monkeypatch.setattr(ort, "InferenceSession", FallsBack)
    session, warning = make_session(tiny_models.wd_tagger / "model.onnx", "auto")
    assert session.requested[0] == "CUDAExecutionProvider"
    assert warning is not None and "CPU" in warning and "GPU" in warning
    _, warning = make_session(tiny_models.wd_tagger / "model.onnx", "cpu")
    assert warning is None


def test_truncated_model_is_a_clear_error(tiny_models, tmp_path: Path) -> None:
    folder = tmp_path / "tagger"
    shutil.copytree(tiny_models.wd_tagger, folder)
    model = folder / "model.onnx"
    model.write_bytes(model.read_bytes()[: model.stat().st_size // 2])
    with pytest.raises(ModelFileError, match=r"model\.onnx.*damaged or incomplete"):
        WDTagger(folder, provider="cpu")


def test_tag_list_that_does_not_fit_the_model(tiny_models, tmp_path: Path) -> None:
    folder = tmp_path / "tagger"
    shutil.copytree(tiny_models.wd_tagger, folder)
    csv = folder / "selected_tags.csv"
    csv.write_text("".join(csv.read_text(encoding="utf-8").splitlines(keepends=True)[:-1]), encoding="utf-8")
    with pytest.raises(ModelFileError, match=r"selected_tags\.csv.*does not belong"):
        WDTagger(folder, provider="cpu")
    csv.write_text("id,tag\n1,x\n", encoding="utf-8")
    with pytest.raises(ModelFileError, match="not a WD tagger tag list"):
        WDTagger(folder, provider="cpu")



def test_a_tag_list_saved_by_a_spreadsheet_reads_the_same(tiny_models, tmp_path: Path, images: list[Path]) -> None:
    """Excel / Notepad copies of selected_tags.csv: a BOM, CRLF, blank lines at the end, categories as 9.0."""
    folder = tmp_path / "tagger"
    shutil.copytree(tiny_models.wd_tagger, folder)
    csv = folder / "selected_tags.csv"
    lines = csv.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace(",9,", ",9.0,")
    csv.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode() + b"\r\n\r\n,,,\r\n")
    edited = WDTagger(folder, provider="cpu")
    original = WDTagger(tiny_models.wd_tagger, provider="cpu")
    assert edited.labels.names == original.labels.names
    assert np.array_equal(edited.labels.categories, original.labels.categories)
    assert [t for _, t in edited.caption_paths(images)] == [t for _, t in original.caption_paths(images)]
    csv.write_text("tag_id,name,category,count\n1,general,9,5\n\n2,solo,0.5,3\n", encoding="utf-8")
    with pytest.raises(ModelFileError, match="bad row 4"):  # the line in the file, blank lines counted
        Labels.load(csv)



def with_input_type(folder: Path, elem_type: int) -> None:
    """Make the tagger in *folder* take *elem_type* pixels (cast to float inside), as a half-precision export does."""
    import onnx
    from onnx import helper

    model = onnx.load(folder / "model.onnx")
    graph = model.graph
    inner = graph.input[0].name
    graph.input[0].name = "pixels"
    graph.input[0].type.tensor_type.elem_type = elem_type
    graph.node.insert(0, helper.make_node("Cast", ["pixels"], [inner], to=onnx.TensorProto.FLOAT))
    onnx.save(model, folder / "model.onnx")


def test_a_half_precision_tagger_gets_float16_pixels(tiny_models, tmp_path: Path, images: list[Path]) -> None:
    from onnx import TensorProto

    folder = tmp_path / "tagger"
    shutil.copytree(tiny_models.wd_tagger, folder)
    with_input_type(folder, TensorProto.FLOAT16)
    half = WDTagger(folder, TagOptions(general_threshold=0.0), provider="cpu")
    full = WDTagger(tiny_models.wd_tagger, TagOptions(general_threshold=0.0), provider="cpu")
    scores = dict(half.score_paths(images))
    for path, reference in full.score_paths(images):
        assert scores[path].dtype == np.float32 and np.allclose(scores[path], reference, atol=1e-3)
    shutil.copy(tiny_models.wd_tagger / "model.onnx", folder / "model.onnx")
    with_input_type(folder, TensorProto.UINT8)
    with pytest.raises(ModelFileError, match=r"model\.onnx: not a WD tagger \(input type tensor\(uint8\)"):
        WDTagger(folder, provider="cpu")


# ---------------------------------------------------------------- fast mode


def jpeg(path: Path, w: int, h: int) -> Path:
    """A smooth JPEG (a photo-like gradient with soft blobs): what the reduced-size decode is made for."""
    y, x = np.mgrid[0:h, 0:w] / max(w, h)
    rgb = np.stack([np.sin(6 * x + c) * np.cos(5 * y - c) for c in range(3)], -1)
    Image.fromarray(((rgb + 1) * 127.5).astype(np.uint8)).save(path, quality=92)
    return path


def test_reduced_jpeg_decode_keeps_the_long_side_at_least_the_model_size(tmp_path: Path) -> None:
    big = jpeg(tmp_path / "big.jpg", 1600, 1200)
    assert load_rgb(big, 448).size == (800, 600)  # 1/4 would give 400 px, under 448
    assert load_rgb(big, 200).size == (200, 150)  # 1/8, libjpeg's smallest scale
    assert load_rgb(big).size == (1600, 1200)
    small = jpeg(tmp_path / "small.jpg", 400, 300)
    assert load_rgb(small, 448).size == (400, 300)
    png = tmp_path / "big.png"
    Image.open(big).save(png)
    assert load_rgb(png, 448).size == (1600, 1200)  # only JPEGs have a cheap reduced decode


def test_reduced_jpeg_decode_stays_close_to_the_reference_preprocessing(tmp_path: Path) -> None:
    """Not the reference's pixels (libjpeg's scaled IDCT, then the area resize), but within a few levels
    on a photo-like image. The output rows (columns) at the edge of the white padding differ more: the
    padding of the reduced image is a whole number of its pixels, up to half a pixel off the scaled
    reference's."""
    for w, h in ((3000, 2000), (1200, 2400)):
        path = jpeg(tmp_path / f"{w}x{h}.jpg", w, h)
        full = prepare_image(load_rgb(path), 64)
        reduced = prepare_image(load_rgb(path, 64), 64)
        diff = np.abs(full - reduced)
        assert diff.mean() < 1.0, (w, h, diff.mean())
        first = round((max(w, h) - min(w, h)) / 2 / max(w, h) * 64)  # first output line of the image
        inside = diff[first + 1 : 63 - first] if w > h else diff[:, first + 1 : 63 - first]
        assert np.percentile(inside, 99) <= 4 and diff.max() < 40, (w, h, np.percentile(inside, 99), diff.max())


@pytest.fixture
def own_tagger(tiny_models, tmp_path: Path) -> Path:
    """A copy of the tiny tagger: the fast mode writes its int8 copy beside the model."""
    folder = tmp_path / "tagger"
    shutil.copytree(tiny_models.wd_tagger, folder)
    return folder


def test_fast_mode_scores_close_to_fp32_and_its_int8_copy_is_reused(own_tagger: Path, images: list[Path]) -> None:
    exact = WDTagger(own_tagger, provider="cpu")
    logs: list[str] = []
    fast = WDTagger(own_tagger, provider="cpu", fast=True, log=logs.append)
    digest = hashlib.sha256((own_tagger / "model.onnx").read_bytes()).hexdigest()
    copy = own_tagger / f"model.int8-{digest[:16]}-pcr.onnx"
    assert fast.int8 and copy.is_file() and [p.name for p in own_tagger.glob("*.int8-*")] == [copy.name]
    assert any("Building the int8 copy" in m for m in logs) and any("Fast mode" in m for m in logs)
    reference = np.stack([s for _, s in exact.score_paths(images)])
    scores = np.stack([s for _, s in fast.score_paths(images)])
    drift = np.abs(scores - reference).max()
    assert 0 < drift < 0.05  # int8: close, not equal
    for ref, got in zip(reference, scores, strict=True):  # only tags that were within the drift of a threshold
        changed = set(exact.tags_for(ref)) ^ set(fast.tags_for(got))  # may change (their order may, too)
        index = {display_name(n): i for i, n in enumerate(exact.labels.names)}
        assert all(min(abs(ref[index[t]] - 0.35), abs(ref[index[t]] - 0.85)) <= drift for t in changed), changed
    built = copy.stat().st_mtime_ns
    logs.clear()
    WDTagger(own_tagger, provider="cpu", fast=True, log=logs.append)
    assert copy.stat().st_mtime_ns == built and not any("Building" in m for m in logs)


def test_int8_copy_is_rebuilt_when_the_model_changes(own_tagger: Path) -> None:
    from dataprep.tiny_models import build_tiny_wd_tagger

    WDTagger(own_tagger, provider="cpu", fast=True)
    (old,) = own_tagger.glob("model.int8-*.onnx")
    build_tiny_wd_tagger(own_tagger, seed=1)  # a new model.onnx in the same folder
    tagger = WDTagger(own_tagger, provider="cpu", fast=True)
    (new,) = own_tagger.glob("model.int8-*.onnx")
    assert new != old and not old.exists()
    scores = tagger.predict(np.full((1, 64, 64, 3), 128.0, np.float32))
    reference = WDTagger(own_tagger, provider="cpu").predict(np.full((1, 64, 64, 3), 128.0, np.float32))
    assert np.abs(scores - reference).max() < 0.05


def test_a_failed_int8_build_leaves_nothing_behind(own_tagger: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import onnxruntime.quantization as quantization

    def dies_midway(model_input: Path, model_output: str, **kwargs: object) -> None:
        Path(model_output).write_bytes(b"half a model")
        raise RuntimeError("killed")

    monkeypatch.setattr(quantization, "quantize_dynamic", dies_midway)
    with pytest.raises(ModelFileError, match=r"model\.onnx: onnxruntime cannot quantize this model \(RuntimeError"):
        WDTagger(own_tagger, provider="cpu", fast=True)
    assert sorted(p.name for p in own_tagger.iterdir()) == ["model.onnx", "selected_tags.csv"]


def test_fast_mode_keeps_the_float_model_on_the_gpu(own_tagger: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import onnxruntime as ort

    monkeypatch.setattr(ort, "get_available_providers", lambda: ["CUDAExecutionProvider", "CPUExecutionProvider"])
    tagger = WDTagger(own_tagger, provider="auto", fast=True)
    assert not tagger.int8 and tagger.fast and not list(own_tagger.glob("*.int8-*"))


def test_model_digest_takes_a_hugging_face_blob_name_as_is(tmp_path: Path) -> None:
    name = "ab" * 32
    (tmp_path / "blobs").mkdir()
    (tmp_path / "blobs" / name).write_bytes(b"model bytes")
    (tmp_path / "model.onnx").symlink_to(tmp_path / "blobs" / name)
    assert model_digest(tmp_path / "model.onnx") == name  # the cache names blobs by their SHA-256
    (tmp_path / "plain.onnx").write_bytes(b"model bytes")
    assert model_digest(tmp_path / "plain.onnx") == hashlib.sha256(b"model bytes").hexdigest()
