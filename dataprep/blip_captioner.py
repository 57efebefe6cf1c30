"""BLIP image captioning (Salesforce/blip-image-captioning-*) with transformers, batched.

Sentences rather than tags: beam search (deterministic, the default) or nucleus sampling, lengths in
generated tokens (the prompt prefix is not counted), fp16 on a CUDA GPU. A prefix such as "a photo
of" conditions the caption; BLIP repeats it at the start of its output, and it is removed there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from dataprep.image_pipeline import chunks, default_workers, load_rgb, ordered_map
from dataprep.model_registry import damaged_file_error
from dataprep.phrases import Phrase

DEVICES = ("auto", "cuda", "cpu")


@dataclass(frozen=True)
class BlipOptions:
    beam_search: bool = True  # False: nucleus sampling
    num_beams: int = 3
    top_p: float = 0.9
    temperature: float = 1.0
    min_length: int = 5
    max_length: int = 75
    repetition_penalty: float = 1.0
    prefix: str = ""
    seed: int = 0  # sampling only: the same seed gives the same captions

    def __post_init__(self) -> None:
        if self.num_beams < 1:
            raise ValueError(f"num_beams must be 1 or more, got {self.num_beams}")
        if not 0.0 < self.top_p <= 1.0:
            raise ValueError(f"top_p must be in (0, 1], got {self.top_p}")
        if self.temperature <= 0:
            raise ValueError(f"temperature must be above 0, got {self.temperature}")
        if not 0 <= self.min_length <= self.max_length:
            raise ValueError(f"need 0 <= min_length <= max_length, got {self.min_length} and {self.max_length}")
        if self.max_length < 1:  # generate() refuses to make no tokens
            raise ValueError(f"max_length must be 1 or more, got {self.max_length}")
        if self.repetition_penalty <= 0:  # 1 is none; generate() refuses 0 and below
            raise ValueError(f"repetition_penalty must be above 0 (1: no penalty), got {self.repetition_penalty}")

    def generate_kwargs(self) -> dict[str, object]:
        common: dict[str, object] = {
            "min_new_tokens": self.min_length,
            "max_new_tokens": self.max_length,
            "repetition_penalty": self.repetition_penalty,
        }
        if self.beam_search:
            return {**common, "do_sample": False, "num_beams": self.num_beams}
        return {**common, "do_sample": True, "num_beams": 1, "top_p": self.top_p, "temperature": self.temperature}


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+|[^\w\s]", text.casefold())


def strip_prefix(caption: str, prefix: str) -> str:
    """*caption* without a leading *prefix*, compared word by word (BLIP lower-cases and re-spaces it)."""
    caption = caption.strip()
    want = _words(prefix)
    if not want:
        return caption
    pos = 0
    for word in want:
        match = re.compile(r"\s*" + re.escape(word), re.IGNORECASE).match(caption, pos)
        if match is None:
            return caption
        pos = match.end()
    return caption[pos:].strip()


def pick_device(device: str = "auto") -> str:
    import torch

    if device not in DEVICES:
        raise ValueError(f"device must be one of {', '.join(DEVICES)}, got {device!r}")
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return device


class BlipCaptioner:
    """A loaded BLIP model; ``caption_paths`` streams one sentence per image."""

    def __init__(
        self,
        model_dir: Path,
        options: BlipOptions | None = None,
        device: str = "auto",
        batch_size: int = 8,
        workers: int = 0,
    ) -> None:
        import torch
        from transformers import BlipForConditionalGeneration, BlipProcessor

        model_dir = Path(model_dir)
        self.options = options or BlipOptions()
        self.device = pick_device(device)
        self.device_warning = None
        if device == "cuda" and not torch.cuda.is_available():
            self.device = "cpu"
            self.device_warning = Phrase("Captioning on the CPU, not the GPU: torch sees no CUDA GPU. This is much "
                                         "slower.")
        self.dtype = torch.float16 if self.device == "cuda" else torch.float32
        try:
            self.processor = BlipProcessor.from_pretrained(model_dir, local_files_only=True)
            model = BlipForConditionalGeneration.from_pretrained(model_dir, local_files_only=True, dtype=self.dtype)
        except (OSError, ValueError, RuntimeError) as exc:
            raise damaged_file_error(model_dir, Phrase("transformers cannot load this BLIP model"), str(exc)) from None
        self.model = model.to(self.device).eval()
        self.batch_size = max(1, int(batch_size))
        self.workers = workers or default_workers()
        prompt = self.options.prefix.strip()
        self._prompt_ids = self.processor.tokenizer(prompt, return_tensors="pt").input_ids if prompt else None

    def prepare(self, path: Path) -> np.ndarray:
        pixels = self.processor.image_processor(load_rgb(path), return_tensors="np")["pixel_values"]
        return np.asarray(pixels[0], dtype=np.float32)

    def caption_batch(self, pixels: np.ndarray) -> list[str]:
        import torch

        values = torch.from_numpy(pixels).to(self.device, self.dtype)
        kwargs = self.options.generate_kwargs()
        prompt_len = self._prompt_ids.shape[1] if self._prompt_ids is not None else 1
        room = self.model.config.text_config.max_position_embeddings - prompt_len  # longer would crash
        kwargs["max_new_tokens"] = min(int(kwargs["max_new_tokens"]), room)  # type: ignore[call-overload]
        kwargs["min_new_tokens"] = min(int(kwargs["min_new_tokens"]), kwargs["max_new_tokens"])  # type: ignore[call-overload]
        if self._prompt_ids is not None:
            kwargs["input_ids"] = self._prompt_ids.repeat(len(pixels), 1).to(self.device)
        if kwargs["do_sample"]:
            torch.manual_seed(self.options.seed)
        with torch.inference_mode():
            out = self.model.generate(pixel_values=values, **kwargs)
        texts = self.processor.batch_decode(out, skip_special_tokens=True)
        return [strip_prefix(t, self.options.prefix) for t in texts]

    def caption_paths(self, paths: Iterable[Path]) -> Iterator[tuple[Path, list[str] | Exception]]:
        """``(path, [sentence])`` in input order; an unreadable image yields its exception."""
        prepared = ordered_map(self.prepare, paths, self.workers, ahead=2 * self.batch_size)
        try:
            for batch in chunks(prepared, self.batch_size):
                good = [a for _, a in batch if not isinstance(a, Exception)]
                texts = iter(self.caption_batch(np.stack(good)) if good else [])
                for path, item in batch:
                    yield path, item if isinstance(item, Exception) else [next(texts)]
        finally:
            prepared.close()
