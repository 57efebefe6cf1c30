"""CLIP (open_clip) embeddings of images and texts: the reg-set check and the comparison grid's scores.

Embeddings are unit length, so a dot product is a cosine similarity.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from dataprep.jobs import JobError
from dataprep.phrases import Phrase

DEFAULT_CLIP = "hf-hub:laion/CLIP-ViT-B-32-laion2B-s34B-b79K"


@dataclass
class ClipModel:
    """An open_clip model, its image preprocessing and tokenizer, on a device."""

    model: Any
    preprocess: Any
    tokenizer: Any
    device: Any

    def embed_images(self, paths: Sequence[Path], batch_size: int = 32,
                     progress: Callable[[int], None] | None = None) -> np.ndarray:
        """Unit-length image embeddings, one row per path; *progress* gets the count done after each batch
        (and may raise to cancel)."""
        import torch
        from PIL import Image

        rows = []
        for start in range(0, len(paths), batch_size):
            tensors = []
            for path in paths[start:start + batch_size]:
                try:
                    with Image.open(path) as im:
                        tensors.append(self.preprocess(im.convert("RGB")))
                except OSError as exc:
                    raise JobError("io", Phrase("{path}: cannot read this image ({error}).", path=str(path),
                                                error=str(exc)),
                                   Phrase("Remove or re-export it, then check again.")) from None
            with torch.no_grad(), torch.autocast(self.device.type, enabled=self.device.type == "cuda"):
                features = self.model.encode_image(torch.stack(tensors).to(self.device)).float()
            rows.append(torch.nn.functional.normalize(features, dim=-1).cpu().numpy())
            if progress is not None:
                progress(min(start + batch_size, len(paths)))
        return np.concatenate(rows) if rows else np.zeros((0, 0), dtype=np.float32)

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        import torch

        with torch.no_grad(), torch.autocast(self.device.type, enabled=self.device.type == "cuda"):
            features = self.model.encode_text(self.tokenizer(list(texts)).to(self.device)).float()
        return torch.nn.functional.normalize(features, dim=-1).cpu().numpy()


def load_clip(name: str = DEFAULT_CLIP, device: str = "auto") -> ClipModel:
    """An open_clip model by name: ``hf-hub:org/repo`` (from the Hugging Face cache; downloaded unless
    offline), ``local-dir:<folder>`` or a folder path (``open_clip_config.json`` + weights)."""
    import open_clip
    import torch

    if Path(name).expanduser().is_dir():
        name = f"local-dir:{Path(name).expanduser()}"
    dev = torch.device("cuda" if device == "auto" and torch.cuda.is_available() else
                       "cpu" if device == "auto" else device)
    try:
        model, _, preprocess = open_clip.create_model_and_transforms(name, device=dev)
        tokenizer = open_clip.get_tokenizer(name)
    except (RuntimeError, OSError, ValueError) as exc:  # open_clip wraps hub errors in RuntimeError
        raise JobError("model", Phrase("CLIP model '{name}' could not be loaded ({error}).", name=name,
                                       error=f"{type(exc).__name__}: {exc}"),
                       Phrase("Download it once while online (it goes to the Hugging Face cache), or set clip_model "
                              "to a local open_clip folder.")) from exc
    model.eval()
    return ClipModel(model, preprocess, tokenizer, dev)
