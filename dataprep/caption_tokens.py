"""How many CLIP tokens a caption costs: for the ``tokens>75`` filter and the editor's 75/150/225 counter.

Tokenizing 10,000 captions one by one with the Hugging Face tokenizer takes over a second here.
Captions of one dataset share most of their words, so :class:`ClipTokenCounter` splits the text
the way CLIP's tokenizer does before BPE (same normalization, same pre-tokenizer pattern) and
caches the BPE length of each word: the count is exact and a whole dataset costs about one regex
pass per caption.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from resources import resource_path

TokenCounter = Callable[[str], int]

CLIP_TOKENIZER_DIR = resource_path("tokenizers", "clip-vit-large-patch14")

# CLIP's tokenizer: NFC, whitespace runs → one space, lower case; then this pre-tokenizer split
# (copied from its tokenizer.json); BPE runs inside each piece.
_WHITESPACE = regex.compile(r"\s+")
_PRE_TOKENIZE = regex.compile(
    r"""<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+"""
)


class TokenizerMissingError(RuntimeError):
    pass


class ClipTokenCounter:
    """Counts a caption's CLIP tokens, without the start and end tokens (what "x/75" counts)."""

    def __init__(self, tokenizer: Any) -> None:
        self._encode = tokenizer.backend_tokenizer.encode
        self._word_lengths: dict[str, int] = {}

    def _word_length(self, word: str) -> int:
        n = self._word_lengths.get(word)
        if n is None:
            n = self._word_lengths[word] = len(self._encode(word, add_special_tokens=False).ids)
        return n

    def __call__(self, text: str) -> int:
        normalized = _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).lower()
        lengths = self._word_lengths
        total = 0
        for word in _PRE_TOKENIZE.findall(normalized):
            n = lengths.get(word)
            total += n if n is not None else self._word_length(word)
        return total


@lru_cache(maxsize=4)
def clip_token_counter(folder: Path = CLIP_TOKENIZER_DIR) -> ClipTokenCounter:
    """The counter for the CLIP tokenizer in *folder* (the bundled CLIP ViT-L/14 one by default)."""
    folder = Path(folder)
    if not (folder / "vocab.json").is_file() or not (folder / "merges.txt").is_file():
        raise TokenizerMissingError(
            f"{folder}: CLIP tokenizer files (vocab.json, merges.txt) not found, so token counts are "
            f"unavailable. Reinstall Danlu, or regenerate them with `python -m training.tokenizer_files`."
        )
    from transformers import CLIPTokenizer

    return ClipTokenCounter(CLIPTokenizer.from_pretrained(str(folder), local_files_only=True))
