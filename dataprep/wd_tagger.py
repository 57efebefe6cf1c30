"""SmilingWolf's WD taggers (ONNX) on onnxruntime: reference preprocessing, batching, tag selection.

Preprocessing follows the reference taggers pixel for pixel: transparency composited onto white
(SmilingWolf's wd-tagger space), then sd-scripts' ``tag_images_by_wd14_tagger.py``: pad to a square
with white (centered, the odd pixel right/bottom), resize to the model's input size with OpenCV's
``INTER_AREA`` when shrinking and ``INTER_LANCZOS4`` when enlarging, rounded to 8 bits, float32 0–255,
BGR, NHWC. Both resizes are reimplemented here in numpy (no OpenCV dependency): ``INTER_AREA`` is the
exact area average (each output pixel is the mean of the source area it covers, fractional pixels
weighted by coverage; computed as banded matrix products with the padding folded into the weights),
rounded half up as OpenCV's integer-ratio path does; ``INTER_LANCZOS4`` is the
8-tap Lanczos (a=4) on pixel centers, edge pixels repeated, in OpenCV's 11-bit fixed point.

Tag selection follows the wd-tagger space: a tag is kept when its score is above the threshold
(general 0.35, character 0.85), or above the MCut threshold (Largeron et al., 2012; for characters
never below 0.15); tags are ordered by score; underscores become spaces except in kaomoji; the rating
is the arg-max of the rating rows. The options of sd-scripts' tagger (rating first/last, character
tags first, undesired tags, always-first tags, replacements) are applied on top.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import hashlib
import math
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from dataprep.image_pipeline import chunks, default_workers, load_rgb, ordered_map
from dataprep.model_registry import ModelFileError, damaged_file_error, verify_model
from dataprep.tags import tag_key

# Tags that keep their underscores (they are faces, not words); the list the wd-tagger space uses.
KAOMOJIS = frozenset(
    ("0_0", "(o)_(o)", "+_+", "+_-", "._.", "<o>_<o>", "<|>_<|>", "=_=", ">_<", "3_3", "6_9", ">_o", "@_@",
     "^_^", "o_o", "u_u", "x_x", "|_|", "||_||")
)  # fmt: skip

RATING, GENERAL, CHARACTER = 9, 0, 4
CHARACTER_MCUT_FLOOR = 0.15
RATING_PLACES = ("none", "first", "last")
PROVIDERS = ("auto", "cuda", "cpu")
_COEF_SCALE = 2048  # OpenCV's INTER_RESIZE_COEF_SCALE for 8-bit images


# ---------------------------------------------------------------- preprocessing


def _round_u8(x: np.ndarray) -> np.ndarray:
    return np.clip(np.floor(x + 0.5), 0, 255).astype(np.uint8)


AreaPlan = tuple[tuple[tuple[int, int, int, int, np.ndarray], ...], np.ndarray]
_AREA_CHUNK = 8  # output rows per matrix product: few Python steps, little wasted arithmetic


@functools.lru_cache(maxsize=64)
def _area_plan(length: int, padded: int, offset: int, n_out: int) -> AreaPlan:
    """INTER_AREA along one axis as banded matrix products.

    The axis is *padded* long with white around *length* image pixels starting at *offset*; output
    pixel j covers [j·s, (j+1)·s), s = padded / n_out, and each source pixel weighs the length of its
    overlap with that span, over s. Returns chunks ``(out_lo, out_hi, in_lo, in_hi, weights)`` over
    the image pixels, and the weight each output pixel gives the white padding (so no padded copy of
    the image is ever made).
    """
    s = padded / n_out
    white = np.zeros(n_out)
    chunks = []
    for lo in range(0, n_out, _AREA_CHUNK):
        hi = min(n_out, lo + _AREA_CHUNK)
        first = max(0, math.floor(lo * s) - offset)
        last = max(first, min(length, math.ceil(hi * s) - offset))  # image pixels [first, last) touch it
        weights = np.zeros((hi - lo, last - first))
        for j in range(lo, hi):
            start, end = j * s, (j + 1) * s
            for p in range(math.floor(start), min(padded, math.ceil(end))):
                overlap = (min(end, p + 1) - max(start, p)) / s
                if offset <= p < offset + length:
                    weights[j - lo, p - offset - first] += overlap
                else:
                    white[j] += overlap
        chunks.append((lo, hi, first, last, weights.astype(np.float32)))
    return tuple(chunks), white.astype(np.float32)


def _area_axis0(a: np.ndarray, plan: AreaPlan) -> np.ndarray:
    """Apply an area plan to the rows of 2-D *a* (uint8 or float32): n_out × a.shape[1], float32."""
    chunks, white = plan
    out = np.empty((len(white), a.shape[1]), np.float32)
    for lo, hi, first, last, weights in chunks:
        np.matmul(weights, a[first:last].astype(np.float32, copy=False), out=out[lo:hi])
    out += 255.0 * white[:, None]
    return out


def _area_resize(rgb: np.ndarray, size: int) -> np.ndarray:
    """INTER_AREA of the white-padded square of *rgb* (h×w×3 uint8) to size×size×3, float32 unrounded."""
    h, w, _ = rgb.shape
    n = max(h, w)
    rows = _area_axis0(rgb.reshape(h, w * 3), _area_plan(h, n, (n - h) // 2, size))
    cols = np.ascontiguousarray(rows.reshape(size, w, 3).transpose(1, 0, 2)).reshape(w, size * 3)
    return _area_axis0(cols, _area_plan(w, n, (n - w) // 2, size)).reshape(size, size, 3).transpose(1, 0, 2)


@functools.lru_cache(maxsize=32)
def lanczos4_matrix(n_in: int, n_out: int) -> np.ndarray:
    """n_out × n_in weights of OpenCV's 8-bit INTER_LANCZOS4 along one axis, as OpenCV stores them:
    rounded to integers in units of 1/2048, edge pixels repeated. Integer-valued float64 (read-only)."""
    taps = np.arange(8)
    fx = (np.arange(n_out) + 0.5) * (n_in / n_out) - 0.5
    sx = np.floor(fx)
    t = (fx - sx)[:, None] + 3 - taps  # distance of each of the 8 taps sx-3 .. sx+4
    k = np.sinc(t) * np.sinc(t / 4)
    k /= k.sum(axis=1, keepdims=True)
    weights = np.zeros((n_out, n_in))
    columns = np.clip(sx[:, None].astype(np.int64) - 3 + taps, 0, n_in - 1)
    np.add.at(weights, (np.repeat(np.arange(n_out), 8), columns.ravel()), np.rint(k * _COEF_SCALE).ravel())
    weights.flags.writeable = False
    return weights


def _lanczos_square(square: np.ndarray, size: int) -> np.ndarray:
    """INTER_LANCZOS4 enlargement in OpenCV's fixed point: the sums are integers (exact in float64),
    scaled by 2048² and rounded half up at the end."""
    n = square.shape[0]
    m = lanczos4_matrix(n, size)
    rows = (m @ square.astype(np.float64).reshape(n, n * 3)).reshape(size, n, 3)
    cols = np.ascontiguousarray(rows.transpose(1, 0, 2)).reshape(n, size * 3)
    return (m @ cols).reshape(size, size, 3).transpose(1, 0, 2) / _COEF_SCALE**2


def pad_to_square(rgb: np.ndarray) -> np.ndarray:
    """White padding to a square, centered; the odd pixel goes right/bottom (as sd-scripts does)."""
    h, w, _ = rgb.shape
    n = max(h, w)
    if h == w:
        return rgb
    top, left = (n - h) // 2, (n - w) // 2
    square = np.full((n, n, 3), 255, np.uint8)
    square[top : top + h, left : left + w] = rgb
    return square


def prepare_image(image: Image.Image | np.ndarray, size: int) -> np.ndarray:
    """The tagger's input for one RGB image: size×size×3 float32, BGR, 0–255 (see the module doc)."""
    rgb = np.asarray(image, dtype=np.uint8)
    if rgb.ndim != 3 or rgb.shape[2] != 3:
        raise ValueError(f"expected an RGB image, got an array of shape {rgb.shape}")
    n = max(rgb.shape[:2])
    if n > size:
        square = _round_u8(_area_resize(rgb, size))
    elif n < size:
        square = _round_u8(_lanczos_square(pad_to_square(rgb), size))
    else:
        square = pad_to_square(rgb)
    return np.ascontiguousarray(square[:, :, ::-1], dtype=np.float32)


# ---------------------------------------------------------------- tags


def mcut_threshold(probs: np.ndarray) -> float:
    """Maximum Cut: the midpoint of the largest gap between consecutive sorted scores."""
    if len(probs) < 2:
        return float(probs[0]) if len(probs) else 1.0
    ordered = np.sort(np.asarray(probs, dtype=np.float64))[::-1]
    t = int(np.argmax(ordered[:-1] - ordered[1:]))
    return float((ordered[t] + ordered[t + 1]) / 2)


def display_name(raw: str, underscores_to_spaces: bool = True) -> str:
    return raw.replace("_", " ") if underscores_to_spaces and raw not in KAOMOJIS else raw


def tag_match_key(tag: str) -> str:
    """:func:`dataprep.tags.tag_key` (``Long_Hair`` matches ``long hair``), and also: an escaped
    ``\\(`` matches ``(``, and kaomoji keep their underscores (``^_^`` is not ``^ ^``)."""
    tag = tag.strip().replace("\\(", "(").replace("\\)", ")")
    return tag.casefold() if tag in KAOMOJIS else tag_key(tag)


def escape_parentheses(tag: str) -> str:
    return tag.replace("(", "\\(").replace(")", "\\)")


@dataclass(frozen=True)
class TagOptions:
    """What to keep of a tagger's scores and how to write it; defaults are the wd-tagger space's."""

    general_threshold: float = 0.35
    character_threshold: float = 0.85
    general_mcut: bool = False
    character_mcut: bool = False
    max_tags: int = 0  # general + character tags kept, highest scores first; 0 keeps all
    rating: str = "none"  # "first", "last" or "none"
    character_tags_first: bool = False
    undesired_tags: tuple[str, ...] = ()
    always_first_tags: tuple[str, ...] = ()
    replacements: tuple[tuple[str, str], ...] = ()  # (source, target); an empty target drops the tag
    underscores_to_spaces: bool = True
    escape_parentheses: bool = False

    def __post_init__(self) -> None:
        for name in ("general_threshold", "character_threshold"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {value}")
        if self.rating not in RATING_PLACES:
            raise ValueError(f"rating must be one of {', '.join(RATING_PLACES)}, got {self.rating!r}")
        if self.max_tags < 0:
            raise ValueError(f"max_tags must be 0 (no limit) or more, got {self.max_tags}")


@dataclass(frozen=True)
class ScoredTag:
    name: str
    score: float
    category: int


@dataclass(frozen=True)
class Labels:
    """``selected_tags.csv``: raw tag names and their categories, in model output order."""

    names: tuple[str, ...]
    categories: np.ndarray
    rating: np.ndarray = field(repr=False)
    general: np.ndarray = field(repr=False)
    character: np.ndarray = field(repr=False)

    @classmethod
    def from_names(cls, names: Iterable[str], categories: Iterable[int]) -> Labels:
        cats = np.asarray(list(categories), dtype=np.int64)
        return cls(
            tuple(names),
            cats,
            np.flatnonzero(cats == RATING),
            np.flatnonzero(cats == GENERAL),
            np.flatnonzero(cats == CHARACTER),
        )

    @classmethod
    def load(cls, path: Path) -> Labels:
        """Read SmilingWolf's ``tag_id,name,category,count`` table; errors name the file and row."""
        try:
            with open(path, encoding="utf-8", newline="") as fh:
                rows = list(csv.reader(fh))
        except (OSError, UnicodeDecodeError) as exc:
            raise damaged_file_error(path, "cannot read the tag list", str(exc)) from None
        if not rows or [c.strip() for c in rows[0][:3]] != ["tag_id", "name", "category"]:
            raise damaged_file_error(path, "not a WD tagger tag list", "the header must start tag_id,name,category")
        names, categories = [], []
        for line, row in enumerate(rows[1:], start=2):
            try:
                names.append(row[1])
                categories.append(int(row[2]))
            except (IndexError, ValueError):
                raise damaged_file_error(path, f"bad row {line}", f"{row!r}") from None
        if not names:
            raise damaged_file_error(path, "the tag list is empty", "no rows after the header")
        return cls.from_names(names, categories)


def _above(probs: np.ndarray, labels: Labels, indexes: np.ndarray, threshold: float) -> list[ScoredTag]:
    picked = [i for i in indexes if probs[i] > threshold]
    picked.sort(key=lambda i: -probs[i])  # stable: equal scores keep the table's order
    return [ScoredTag(labels.names[i], float(probs[i]), int(labels.categories[i])) for i in picked]


def select_tags(probs: np.ndarray, labels: Labels, options: TagOptions) -> list[ScoredTag]:
    """The tags of one image in caption order, names as they will be written (before escaping)."""
    probs = np.asarray(probs, dtype=np.float64)
    general_t = options.general_threshold
    if options.general_mcut and len(labels.general):
        general_t = mcut_threshold(probs[labels.general])
    character_t = options.character_threshold
    if options.character_mcut and len(labels.character):
        character_t = max(CHARACTER_MCUT_FLOOR, mcut_threshold(probs[labels.character]))
    general = _above(probs, labels, labels.general, general_t)
    characters = _above(probs, labels, labels.character, character_t)
    if options.character_tags_first:
        ordered = characters + general
    else:
        ordered = sorted(characters + general, key=lambda t: -t.score)

    replace = {tag_match_key(src): dst.strip() for src, dst in options.replacements}
    undesired = {tag_match_key(t) for t in options.undesired_tags}
    seen: set[str] = set()

    def final(tag: ScoredTag) -> ScoredTag | None:
        name = display_name(tag.name, options.underscores_to_spaces)
        name = replace.get(tag_match_key(name), name)
        key = tag_match_key(name)
        if not name or key in undesired or key in seen:
            return None
        seen.add(key)
        return ScoredTag(name, tag.score, tag.category)

    kept = [t for t in map(final, ordered) if t is not None]
    for first in reversed(options.always_first_tags):
        key = tag_match_key(first)
        hits = [t for t in kept if tag_match_key(t.name) == key]
        if hits:
            kept.remove(hits[0])
            kept.insert(0, hits[0])
    if options.max_tags:
        kept = kept[: options.max_tags]
    if options.rating != "none" and len(labels.rating):
        best = labels.rating[int(np.argmax(probs[labels.rating]))]
        rating = final(ScoredTag(labels.names[best], float(probs[best]), RATING))
        if rating is not None:
            kept.insert(0 if options.rating == "first" else len(kept), rating)
    return kept


def tag_strings(tags: list[ScoredTag], options: TagOptions) -> list[str]:
    return [escape_parentheses(t.name) if options.escape_parentheses else t.name for t in tags]


# ---------------------------------------------------------------- the model


def _wants_cuda(provider: str) -> tuple[bool, bool]:
    """(CUDA wanted, this onnxruntime build has the CUDA provider)."""
    import onnxruntime as ort

    if provider not in PROVIDERS:
        raise ValueError(f"provider must be one of {', '.join(PROVIDERS)}, got {provider!r}")
    has_cuda = "CUDAExecutionProvider" in ort.get_available_providers()
    return provider == "cuda" or (provider == "auto" and has_cuda), has_cuda


def make_session(model_path: Path, provider: str = "auto") -> tuple[object, str | None]:
    """An onnxruntime session and, when the GPU was wanted but is not used, a warning saying so.

    onnxruntime falls back to the CPU silently when the CUDA provider cannot start (no GPU, missing
    CUDA/cuDNN libraries); comparing ``get_providers()`` with the request is the only way to know.
    """
    import onnxruntime as ort

    cuda = "CUDAExecutionProvider"
    want_cuda, has_cuda = _wants_cuda(provider)
    requested = [cuda, "CPUExecutionProvider"] if want_cuda and has_cuda else ["CPUExecutionProvider"]
    if cuda in requested and hasattr(ort, "preload_dlls"):
        # CUDA/cuDNN from the nvidia-* wheels torch installs; a failure shows up as the fallback warning below
        with contextlib.suppress(Exception):
            ort.preload_dlls()
    try:
        session = ort.InferenceSession(str(model_path), providers=requested)
    except Exception as exc:  # onnxruntime raises its own Fail/InvalidProtobuf/... types
        damaged = verify_model(Path(model_path).parent) if Path(model_path).is_symlink() else []
        detail = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        if Path(model_path).name in damaged:
            detail += "; its checksum does not match the download"
        raise damaged_file_error(Path(model_path), "onnxruntime cannot load this model", detail) from None
    warning = None
    if want_cuda and cuda not in session.get_providers():
        why = (
            "this onnxruntime build has no CUDA support (install onnxruntime-gpu)"
            if not has_cuda
            else "onnxruntime could not start its CUDA provider (no NVIDIA GPU or driver, or CUDA/cuDNN libraries "
            "missing)"
        )
        warning = f"Tagging on the CPU, not the GPU: {why}. This is much slower."
    return session, warning


_SHA256 = re.compile(r"[0-9a-f]{64}")
_INT8_RECIPE = "pcr"  # per channel, reduced range: part of the int8 copy's name, so a new recipe rebuilds it


def model_digest(model_path: Path) -> str:
    """SHA-256 of a model file. A Hugging Face cache file links to a blob named by its SHA-256, which
    is used as is (hashing a 1.2 GB eva02 tagger again would cost seconds at every job start)."""
    blob = Path(os.path.realpath(model_path))
    if _SHA256.fullmatch(blob.name):
        return blob.name
    with open(blob, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def int8_model(model_path: Path, log: Callable[[str], None] | None = None) -> Path:
    """An int8 copy of *model_path* for the CPU, built once and kept beside it.

    onnxruntime's dynamic quantization: MatMul weights stored as int8, activations quantized on the
    fly at each call, so no calibration images are needed. Per channel: on the benchmark's ViT the
    scores moved 6× less on average than with one scale per tensor, at the same speed. Reduced range
    (7-bit weights): without VNNI, the AVX2/AVX-512 u8×s8 kernels can saturate on full-range weights
    (onnxruntime's advice); with it the scores moved 4× less than per tensor. Conv layers stay float (onnxruntime's
    ConvInteger ran slower than its float Conv on the ViT's patch embedding). The copy is named after
    the SHA-256 of the float model and this recipe (``model.int8-<16 hex>-pcr.onnx``): a changed or
    re-downloaded model gets a new copy and the stale ones are removed. Written to a hidden temporary
    file and renamed, so a killed build never leaves a copy that would be loaded later.
    """
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model_path = Path(model_path)
    try:
        digest = model_digest(model_path)
    except OSError as exc:
        raise damaged_file_error(model_path, "cannot read the model", str(exc.strerror)) from None
    target = model_path.with_name(f"{model_path.stem}.int8-{digest[:16]}-{_INT8_RECIPE}.onnx")
    if target.is_file():
        return target
    if log:
        log(f"Building the int8 copy of {model_path.name} for the CPU (once; the next runs reuse {target.name}).")
    start = time.monotonic()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise ModelFileError(
            f"{target.parent}: cannot write the int8 copy of {model_path.name} there ({exc.strerror}). Turn "
            "the fast mode off, or copy the model to a folder you can write to."
        ) from None
    os.close(fd)
    try:
        quantize_dynamic(
            model_path, tmp, weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul"], per_channel=True,
            reduce_range=True,
        )  # fmt: skip
        os.replace(tmp, target)
    except Exception as exc:  # onnx/onnxruntime raise their own types for a damaged file
        Path(tmp).unlink(missing_ok=True)
        detail = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        raise damaged_file_error(model_path, "onnxruntime cannot quantize this model", detail) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    for stale in model_path.parent.glob(f"{model_path.stem}.int8-*.onnx"):
        if stale != target:
            stale.unlink(missing_ok=True)
    if log:
        log(f"int8 copy built in {time.monotonic() - start:.0f} s.")
    return target


class WDTagger:
    """A loaded WD tagger. ``caption_paths`` streams tags for many images, decoding ahead in threads and
    running batches on a separate thread so the session is never idle waiting for pixels."""

    def __init__(
        self,
        model_dir: Path,
        options: TagOptions | None = None,
        provider: str = "auto",
        batch_size: int = 8,
        workers: int = 0,
        fast: bool = False,
        log: Callable[[str], None] | None = None,
    ) -> None:
        """*fast*: faster and approximate — JPEGs decoded at reduced size (``load_rgb``'s *reduce_to*)
        and, when the model runs on the CPU, its int8 copy (:func:`int8_model`); the scores differ
        slightly from the reference tagger's. *log* hears about building the int8 copy."""
        model_dir = Path(model_dir)
        self.options = options or TagOptions()
        self.labels = Labels.load(model_dir / "selected_tags.csv")
        model_path = model_dir / "model.onnx"
        self.fast = fast
        self.int8 = fast and not _wants_cuda(provider)[0]
        if self.int8:
            model_path = int8_model(model_path, log)
        if fast and log:
            log(f"Fast mode: {'an int8 model on the CPU, ' if self.int8 else ''}JPEGs decoded at reduced size; "
                "the scores differ slightly from the reference tagger's.")  # fmt: skip
        self.session, self.device_warning = make_session(model_path, provider)
        inp = self.session.get_inputs()[0]  # type: ignore[attr-defined]
        out = self.session.get_outputs()[0]  # type: ignore[attr-defined]
        shape = list(inp.shape)
        if len(shape) != 4 or shape[3] != 3 or not isinstance(shape[1], int) or shape[1] != shape[2]:
            raise damaged_file_error(model_dir / "model.onnx", "not a WD tagger", f"input shape {shape}, want N×S×S×3")
        self.input_name, self.output_name = inp.name, out.name
        self.image_size: int = shape[1]
        self.fixed_batch: int | None = shape[0] if isinstance(shape[0], int) and shape[0] > 0 else None
        n_out = out.shape[-1]
        if isinstance(n_out, int) and n_out != len(self.labels.names):
            raise damaged_file_error(
                model_dir / "selected_tags.csv",
                "does not belong to this model.onnx",
                f"{len(self.labels.names)} tags listed, the model scores {n_out}",
            )
        self.batch_size = self.fixed_batch or max(1, int(batch_size))
        self.workers = workers or default_workers()

    @property
    def providers(self) -> list[str]:
        return list(self.session.get_providers())  # type: ignore[attr-defined]

    def load_and_prepare(self, path: Path) -> np.ndarray:
        return prepare_image(load_rgb(path, self.image_size if self.fast else None), self.image_size)

    def predict(self, batch: np.ndarray) -> np.ndarray:
        """Scores for a stack of prepared images (n × S × S × 3); fixed-batch models get padded slices."""
        step = self.fixed_batch or len(batch)
        parts = []
        for i in range(0, len(batch), step):
            part = batch[i : i + step]
            if len(part) < step:
                part = np.concatenate([part, np.zeros((step - len(part), *part.shape[1:]), np.float32)])
            scores = self.session.run([self.output_name], {self.input_name: part})[0]  # type: ignore[attr-defined]
            parts.append(np.asarray(scores)[: min(step, len(batch) - i)])
        return np.concatenate(parts)

    def tags_for(self, scores: np.ndarray) -> list[str]:
        return tag_strings(select_tags(scores, self.labels, self.options), self.options)

    def score_paths(self, paths: Iterable[Path]) -> Iterator[tuple[Path, np.ndarray | Exception]]:
        """``(path, scores)`` in input order; an unreadable image yields its exception."""
        prepared = ordered_map(self.load_and_prepare, paths, self.workers, ahead=2 * self.batch_size + self.workers)
        runner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="danlu-onnx")
        in_flight: tuple[list[tuple[Path, np.ndarray | Exception]], Future[np.ndarray] | None] | None = None
        try:
            for batch in chunks(prepared, self.batch_size):
                arrays = [a for _, a in batch if not isinstance(a, Exception)]
                future = runner.submit(self.predict, np.stack(arrays)) if arrays else None
                if in_flight is not None:
                    yield from _unbatch(*in_flight)
                in_flight = (batch, future)
            if in_flight is not None:
                yield from _unbatch(*in_flight)
        finally:
            runner.shutdown(wait=True, cancel_futures=True)
            prepared.close()

    def caption_paths(self, paths: Iterable[Path]) -> Iterator[tuple[Path, list[str] | Exception]]:
        """``(path, tags)`` in input order; an unreadable image yields its exception."""
        for path, scores in self.score_paths(paths):
            yield path, scores if isinstance(scores, Exception) else self.tags_for(scores)


def _unbatch(
    batch: list[tuple[Path, np.ndarray | Exception]], future: Future[np.ndarray] | None
) -> Iterator[tuple[Path, np.ndarray | Exception]]:
    scores = future.result() if future is not None else None
    k = 0
    for path, item in batch:
        if isinstance(item, Exception):
            yield path, item
        else:
            assert scores is not None
            yield path, scores[k]
            k += 1
