"""What the U-Net is conditioned on for a batch: ``(encoder_hidden_states, added_cond_kwargs)``.

SD 1.x/2.x: the text encoder's states (clip_skip, 75-token windows; training.text_encoding), no
added kwargs. SDXL: CLIP-L + bigG penultimate states, and ``{"text_embeds": bigG pooled, "time_ids":
original size, crop top-left, target size}`` per sample (the ids come from training.data). The
trainer only calls :class:`Conditioner`, whatever the family.

Caching: while the text encoders are frozen, outputs are remembered per token sequence (always on,
bounded). ``cache_text_encoder_outputs`` encodes every caption before training instead, so the text
encoders can leave the GPU; ``..._to_disk`` keeps those outputs in files keyed by the encoders'
weights, the text settings and the caption, so a changed caption or another base model is encoded
again and nothing stale is read. Files of the same encoders whose caption is no longer in the dataset
are deleted at the next run (edited captions would otherwise pile up, ~0.6 MB each on SDXL).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file, save

from dataprep.fsutil import atomic_write_bytes
from training.models import SDModel
from training.text_encoding import Encoded, FrozenTextCache, encode, encode_sdxl, tokenize

TEXT_CACHE_FORMAT = "2"  # 2: files named <encoders>-<caption>, so stale captions can be pruned
_PARTS = ("states", "pooled")


def encoder_fingerprint(model: SDModel, clip_skip: int, max_token_length: int) -> str:
    """Hash of what determines a caption's encoding: the text encoders' weights and the text settings."""
    digest = hashlib.sha256(f"{TEXT_CACHE_FORMAT}|{model.is_sdxl}|{clip_skip}|{max_token_length}".encode())
    for encoder in model.text_encoders:
        for name, tensor in encoder.state_dict().items():
            digest.update(name.encode())
            digest.update(tensor.detach().to("cpu", torch.float32).contiguous().numpy().tobytes())
    return digest.hexdigest()


class Conditioner:
    """Captions (and SDXL's size ids) of a batch to the U-Net's conditioning."""

    def __init__(self, model: SDModel, clip_skip: int, max_token_length: int) -> None:
        self.model = model
        self.clip_skip = 1 if model.is_sdxl else clip_skip  # SDXL always reads the penultimate layers
        self.max_token_length = max_token_length
        self.frozen = FrozenTextCache()
        self.fixed: dict[str, Encoded] | None = None  # cache_text_encoder_outputs: caption -> outputs (CPU)
        self._ids: dict[str, tuple[torch.Tensor, ...]] = {}
        self.pruned = 0  # disk cache files of changed captions deleted by the last precompute
        self.write_error: OSError | None = None  # the disk cache could not be written (full disk): memory only

    def _output_shapes(self) -> tuple[tuple[int, ...], ...]:
        """One caption's (states, and SDXL's pooled) shapes: a cached file of other shapes is not used."""
        tokens = self.max_token_length + 2
        encoders = self.model.text_encoders
        if not self.model.is_sdxl:
            return ((tokens, encoders[0].config.hidden_size),)
        width = sum(te.config.hidden_size for te in encoders)
        return (tokens, width), (encoders[1].config.projection_dim,)

    def clear(self) -> None:
        """Forget the frozen-encoder cache (the text encoders' LoRA changed or stopped training)."""
        self.frozen.clear()

    def _tokenizers(self) -> list[Any]:
        return [self.model.tokenizer] + ([self.model.tokenizer_2] if self.model.is_sdxl else [])

    def token_ids(self, captions: list[str]) -> tuple[torch.Tensor, ...]:
        """Per tokenizer, (batch, windows, 77) ids; remembered per caption."""
        rows = []
        for caption in captions:
            ids = self._ids.get(caption)
            if ids is None:
                ids = tuple(tokenize(t, [caption], self.max_token_length)[0] for t in self._tokenizers())
                if len(self._ids) < 65536:
                    self._ids[caption] = ids
            rows.append(ids)
        return tuple(torch.stack(parts) for parts in zip(*rows, strict=True))

    def _encode(self, ids: tuple[torch.Tensor, ...]) -> Encoded:
        model = self.model
        if model.is_sdxl:
            return encode_sdxl(model.text_encoder, model.text_encoder_2, ids[0], ids[1])
        return (encode(model.text_encoder, ids[0], self.clip_skip),)

    def text(self, captions: list[str], train_te: bool, device: torch.device) -> Encoded:
        """The encoders' outputs for *captions*: fresh when the encoders train, else from a cache."""
        if self.fixed is not None:
            missing = [c for c in captions if c not in self.fixed]
            if missing:
                raise RuntimeError(f"caption not in the text encoder output cache: {missing[0]!r}")
            rows = [self.fixed[c] for c in captions]
            return tuple(torch.stack(parts).to(device) for parts in zip(*rows, strict=True))
        ids = self.token_ids(captions)
        if train_te:
            return self._encode(ids)
        keys = [b"".join(t[i].numpy().tobytes() for t in ids) for i in range(len(captions))]
        return self.frozen.get(keys, lambda rows: self._encode(tuple(t[rows] for t in ids)))

    def __call__(
        self, captions: list[str], time_ids: torch.Tensor, train_te: bool, device: torch.device
    ) -> tuple[torch.Tensor, dict[str, torch.Tensor] | None]:
        """``(encoder_hidden_states, added_cond_kwargs)`` for ``unet(noisy, t, states, added_cond_kwargs=...)``;
        *time_ids* are the batch's SDXL size ids (training.data.size_conditioning), unused for SD 1.x/2.x."""
        encoded = self.text(captions, train_te, device)
        if not self.model.is_sdxl:
            return encoded[0], None
        pooled = encoded[1]
        return encoded[0], {"text_embeds": pooled, "time_ids": time_ids.to(device, pooled.dtype)}

    def precompute(
        self,
        captions: list[str],
        disk_dir: Path | None,
        autocast: Callable[[], contextlib.AbstractContextManager[Any]],
        progress: Callable[[int, int], None],
        batch_size: int = 8,
    ) -> tuple[int, int]:
        """Encode every caption now (cache_text_encoder_outputs); returns (encoded, read from disk).

        With *disk_dir*, files of these encoders for captions not in *captions* are deleted
        (``self.pruned`` says how many)."""
        unique = list(dict.fromkeys(captions))
        fixed: dict[str, Encoded] = {}
        files: dict[str, Path] = {}
        self.pruned = 0
        if disk_dir is not None:
            encoders = encoder_fingerprint(self.model, self.clip_skip, self.max_token_length)[:16]
            for caption in unique:
                digest = hashlib.sha256(caption.encode()).hexdigest()[:40]
                files[caption] = disk_dir / f"{encoders}-{digest}.safetensors"
            self.pruned = _prune(disk_dir, encoders, set(files.values()))
            shapes = self._output_shapes()
            for caption in unique:
                stored = _read_outputs(files[caption], shapes)
                if stored is not None:
                    fixed[caption] = stored
        reused = len(fixed)
        todo = [c for c in unique if c not in fixed]
        for start in range(0, len(todo), batch_size):
            chunk = todo[start : start + batch_size]
            with torch.no_grad(), autocast():
                outputs = self._encode(self.token_ids(chunk))
            for i, caption in enumerate(chunk):
                fixed[caption] = tuple(t[i].detach().to("cpu").contiguous() for t in outputs)
                if caption in files and self.write_error is None:
                    data = save(dict(zip(_PARTS, fixed[caption], strict=False)), metadata={"caption": caption})
                    try:
                        atomic_write_bytes(files[caption], data, fsync=False)
                    except OSError as exc:  # a cache is no reason to stop the run: keep the rest in memory
                        self.write_error = exc
            progress(min(start + batch_size, len(todo)), len(todo))
        self.fixed = fixed
        return len(todo), reused


def _read_outputs(path: Path, shapes: tuple[tuple[int, ...], ...]) -> Encoded | None:
    """A caption's cached outputs, or None (encode it again) when the file is missing, torn or holds other shapes."""
    if not path.is_file():
        return None
    try:
        stored = load_file(str(path))
    except Exception:  # torn by a crash or a full disk
        return None
    parts = tuple(stored.get(k) for k in _PARTS[: len(shapes)])
    if any(t is None or tuple(t.shape) != shape for t, shape in zip(parts, shapes, strict=True)):
        return None
    return parts  # type: ignore[return-value]


def _prune(disk_dir: Path, encoders: str, keep: set[Path]) -> int:
    """Delete this encoder set's files that no caption of the run needs, and files of the unprunable
    format-1 naming (a bare 64-hex name); other encoders' files (another base model) stay."""
    if not disk_dir.is_dir():
        return 0
    removed = 0
    for path in disk_dir.glob("*.safetensors"):
        stem = path.stem
        legacy = len(stem) == 64 and all(c in "0123456789abcdef" for c in stem)
        if (stem.startswith(encoders + "-") and path not in keep) or legacy:
            try:
                path.unlink(missing_ok=True)
            except OSError:  # a read-only cache folder: the stale files stay (they are never read)
                return removed
            removed += 1
    return removed
