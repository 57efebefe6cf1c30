"""Writing LoRA files: atomically, checked after writing, named and rotated as sd-scripts does.

A checkpoint is reported (``checkpoint`` event) only after the file on disk has been read back and
found complete: kohya key names, a down/up/alpha triple per module with matching ranks, finite
values, the metadata present. A crash mid-write leaves the previous file, never a torn one.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import torch
from safetensors import safe_open
from safetensors.torch import save

from dataprep.fsutil import atomic_write_bytes
from dataprep.jobs import JobError
from dataprep.phrases import Phrase
from training.lora import KEY_PATTERN
from training.lora_metadata import minimal_metadata, progress_metadata, tensor_data_hash

SAVE_DTYPES = {"fp16": torch.float16, "bf16": torch.bfloat16, "float": torch.float32}
REQUIRED_METADATA = ("ss_network_dim", "ss_network_alpha", "ss_base_model_version", "modelspec.architecture")


def canonical_header(data: bytes) -> bytes:
    """The same safetensors file with its JSON header's keys sorted.

    safetensors writes the metadata in hash-map order, which differs from run to run; sorted, the
    same weights and settings give the same bytes (reproducible files, comparable hashes).
    """
    length = int.from_bytes(data[:8], "little")
    header = json.dumps(json.loads(data[8 : 8 + length]), sort_keys=True, separators=(",", ":")).encode()
    header += b" " * (-len(header) % 8)  # the format pads the header to 8-byte alignment with spaces
    return len(header).to_bytes(8, "little") + header + data[8 + length :]


def lora_file_bytes(state: dict[str, torch.Tensor], dtype: torch.dtype, metadata: dict[str, str]) -> bytes:
    """The .safetensors bytes; ``sshs_model_hash`` covers the tensor data, as sd-scripts computes it."""
    tensors = {k: v.detach().to("cpu", dtype).contiguous() for k, v in sorted(state.items())}
    meta = dict(metadata)
    meta["sshs_model_hash"] = tensor_data_hash(save(tensors))
    return canonical_header(save(tensors, metadata=meta))


def verify_lora_file(path: Path, expected: dict[str, tuple[int, ...]], with_metadata: bool) -> None:
    """Raise JobError(io) unless *path* holds exactly the *expected* tensors, finite, kohya-named."""
    try:
        with safe_open(str(path), framework="pt") as fh:
            keys = set(fh.keys())
            metadata = fh.metadata() or {}
            problems = [k for k in keys if not KEY_PATTERN.match(k)]
            problems += [f"missing {k}" for k in expected if k not in keys]
            problems += [f"unexpected {k}" for k in keys if k not in expected]
            for key in keys & set(expected):
                tensor = fh.get_tensor(key)
                if tuple(tensor.shape) != expected[key]:
                    problems.append(f"{key} has shape {tuple(tensor.shape)}, expected {expected[key]}")
                elif not bool(torch.isfinite(tensor.float()).all()):
                    problems.append(f"{key} holds NaN or infinite values")
    except Exception as exc:
        raise JobError("io", Phrase("{path}: the saved LoRA cannot be read back ({error}).", path=str(path),
                                    error=str(exc)), Phrase("Check the disk.")) from exc
    for name in (k[: -len(".lora_down.weight")] for k in expected if k.endswith(".lora_down.weight")):
        down, up = expected[f"{name}.lora_down.weight"], expected[f"{name}.lora_up.weight"]
        if down[0] != up[1] or f"{name}.alpha" not in expected:
            problems.append(f"{name}: rank of lora_down/lora_up differ or alpha missing")
    required = REQUIRED_METADATA if with_metadata else ("modelspec.architecture",)
    problems += [f"metadata lacks {k}" for k in required if k not in metadata]
    if problems:
        raise JobError("io", Phrase("{path}: the saved LoRA failed its check: {problems}.", path=str(path),
                                    problems="; ".join(problems[:5])), Phrase("Report this bug."))


def save_failed(path: Path, exc: Exception) -> JobError:
    """A file of the run (LoRA, training state) that could not be written (a full or read-only disk, a file where
    the folder should be): what the user does about it. Writes are atomic, so the files saved before stay whole."""
    return JobError(
        "io",
        Phrase("{path}: could not be written ({error}).", path=str(path), error=str(exc)),
        Phrase("Free space on that disk or pick a saving.output_dir you can write to, then train again (or resume "
               "from the last saved state). The files saved before are unchanged."),
    )


def check_writable(folder: Path) -> None:
    """Fail before training, not at the first save hours later, when the output folder cannot take a file."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".danlu-write-test-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise save_failed(folder, exc) from exc


@dataclass
class Saved:
    path: Path
    epoch: int
    step: int
    kind: str  # "epoch", "step" or "final"


@dataclass
class CheckpointWriter:
    """Names, writes, checks and rotates a run's LoRA files."""

    out_dir: Path
    name: str
    dtype: torch.dtype
    metadata: dict[str, str]
    with_metadata: bool = True
    keep_last_epochs: int | None = None
    keep_last_steps: int | None = None
    saved: list[Saved] = field(default_factory=list)

    def path_for(self, kind: str, epoch: int, step: int) -> Path:
        if kind == "epoch":
            return self.out_dir / f"{self.name}-{epoch:06d}.safetensors"
        if kind == "step":
            return self.out_dir / f"{self.name}-step{step:08d}.safetensors"
        return self.out_dir / f"{self.name}.safetensors"

    def save(self, state: dict[str, torch.Tensor], kind: str, epoch: int, step: int) -> Path:
        path = self.path_for(kind, epoch, step)
        meta = dict(self.metadata)
        meta.update(progress_metadata(epoch, step, time_now()))
        if not self.with_metadata:
            meta = minimal_metadata(meta)
        try:
            atomic_write_bytes(path, lora_file_bytes(state, self.dtype, meta))
        except OSError as exc:
            raise save_failed(path, exc) from exc
        verify_lora_file(path, {k: tuple(v.shape) for k, v in state.items()}, self.with_metadata)
        self.saved = [s for s in self.saved if s.path != path] + [Saved(path, epoch, step, kind)]
        self._rotate(kind, epoch, step)
        return path

    def _rotate(self, kind: str, epoch: int, step: int) -> None:
        for old in stale_saves(self.saved, kind, step, self.keep_last_epochs, self.keep_last_steps):
            old.path.unlink(missing_ok=True)
            self.saved.remove(old)


def stale_saves(
    saved: list[Saved], kind: str, step: int, keep_epochs: int | None, keep_steps: int | None
) -> list[Saved]:
    """sd-scripts' save_last_n_epochs / save_last_n_steps (and their ``_state`` twins): the older saves of *kind*
    to delete after a save of that kind at *step*."""
    if kind == "epoch" and keep_epochs:
        epochs = [s for s in saved if s.kind == "epoch"]
        return epochs[: max(0, len(epochs) - keep_epochs)]
    if kind == "step" and keep_steps:
        return [s for s in saved if s.kind == "step" and s.step <= step - keep_steps]
    return []


def time_now() -> float:
    """Wall time, or SOURCE_DATE_EPOCH when set (reproducible files, the reproducible-builds convention)."""
    fixed = os.environ.get("SOURCE_DATE_EPOCH")
    return float(fixed) if fixed and fixed.isdigit() else time.time()
