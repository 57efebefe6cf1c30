"""SmilingWolf's WD taggers (ONNX) on onnxruntime: the session (CPU or CUDA, the int8 copy of fast mode) and batching.

The input is made by :mod:`dataprep.wd_preprocess`, the scores become tags in :mod:`dataprep.wd_tags`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np

from dataprep.image_pipeline import chunks, default_workers, load_rgb, ordered_map
from dataprep.model_registry import ModelFileError, damaged_file_error, verify_model
from dataprep.phrases import Phrase
from dataprep.wd_preprocess import prepare_image
from dataprep.wd_tags import Labels, TagOptions, select_tags, tag_strings

PROVIDERS = ("auto", "cuda", "cpu")


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
        raise damaged_file_error(Path(model_path), Phrase("onnxruntime cannot load this model"), detail) from None
    warning = None
    if want_cuda and cuda not in session.get_providers():
        if not has_cuda:
            warning = Phrase("Tagging on the CPU, not the GPU: this onnxruntime build has no CUDA support (install "
                             "onnxruntime-gpu). This is much slower.")
        else:
            warning = Phrase("Tagging on the CPU, not the GPU: onnxruntime could not start its CUDA provider (no "
                             "NVIDIA GPU or driver, or CUDA/cuDNN libraries missing). This is much slower.")
    return session, warning


# onnxruntime's input types a tagger may take; the pixels (0-255 floats) are cast to it. A half-precision
# export takes float16 and rejects float32 arrays outright.
_INPUT_DTYPES = {"tensor(float)": np.float32, "tensor(float16)": np.float16, "tensor(double)": np.float64}
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
        raise damaged_file_error(model_path, Phrase("cannot read the model"), str(exc.strerror)) from None
    target = model_path.with_name(f"{model_path.stem}.int8-{digest[:16]}-{_INT8_RECIPE}.onnx")
    if target.is_file():
        return target
    if log:
        log(f"Building the int8 copy of {model_path.name} for the CPU (once; the next runs reuse {target.name}).")
    start = time.monotonic()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise ModelFileError(Phrase(
            "{folder}: cannot write the int8 copy of {file} there ({error}). Turn the fast mode off, or copy the model "
            "to a folder you can write to.", folder=str(target.parent), file=model_path.name, error=str(exc.strerror)
        )) from None
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
        raise damaged_file_error(model_path, Phrase("onnxruntime cannot quantize this model"), detail) from None
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
            raise damaged_file_error(model_dir / "model.onnx", Phrase("not a WD tagger"),
                                     f"input shape {shape}, want N×S×S×3")
        self.input_dtype = _INPUT_DTYPES.get(inp.type)
        if self.input_dtype is None:
            raise damaged_file_error(model_dir / "model.onnx", Phrase("not a WD tagger"),
                                     f"input type {inp.type}, want float")
        self.input_name, self.output_name = inp.name, out.name
        self.image_size: int = shape[1]
        self.fixed_batch: int | None = shape[0] if isinstance(shape[0], int) and shape[0] > 0 else None
        n_out = out.shape[-1]
        if isinstance(n_out, int) and n_out != len(self.labels.names):
            raise damaged_file_error(
                model_dir / "selected_tags.csv",
                Phrase("does not belong to this model.onnx"),
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
            feed = {self.input_name: part.astype(self.input_dtype, copy=False)}
            scores = self.session.run([self.output_name], feed)[0]  # type: ignore[attr-defined]
            parts.append(np.asarray(scores, dtype=np.float32)[: min(step, len(batch) - i)])
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
