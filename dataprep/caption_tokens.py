"""How many CLIP tokens a caption costs: for the ``tokens>75`` filter and the editor's 75/150/225 counter.

Tokenizing 10,000 captions with the Hugging Face tokenizer takes over a second here.
Captions of one dataset share most of their words, so :class:`ClipTokenCounter` splits the text
the way CLIP's tokenizer does before BPE (same normalization, same pre-tokenizer pattern) and
caches the BPE length of each word: the count is exact and a whole dataset costs about one regex
pass per caption.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import regex
from tokenizers import Tokenizer, models, pre_tokenizers

from resources import resource_path

TokenCounter = Callable[[str], int]

CLIP_TOKENIZER_DIR = resource_path("tokenizers", "clip-vit-large-patch14")
BOS = "<|startoftext|>"
EOS = "<|endoftext|>"

# CLIP's tokenizer: NFC, whitespace runs → one space, lower case; then this pre-tokenizer split
# (copied from its tokenizer.json); BPE runs inside each piece.
_PRE_TOKENIZE = regex.compile(
    r"""<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+"""
)
# The same split for ASCII text with the standard library's faster engine (\s spelled out: Python's
# \s also takes \x1c-\x1f, which CLIP's does not).
_PRE_TOKENIZE_ASCII = re.compile(
    r"""<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[A-Za-z]+|[0-9]|[^ \t\n\v\f\rA-Za-z0-9]+"""
)


class TokenizerMissingError(RuntimeError):
    pass


class ClipTokenCounter:
    """Counts a caption's CLIP tokens, without the start and end tokens (what "x/75" counts)."""

    def __init__(self, bpe: Tokenizer) -> None:
        self._encode = bpe.encode
        self._word_lengths: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        # Whitespace only separates pieces, so CLIP's whitespace normalization changes no count.
        if text.isascii():
            words = _PRE_TOKENIZE_ASCII.findall(text.lower())
        else:
            words = _PRE_TOKENIZE.findall(unicodedata.normalize("NFC", text).lower())
        lengths = self._word_lengths
        try:
            return sum(map(lengths.__getitem__, words))
        except KeyError:
            for word in words:
                if word not in lengths:
                    lengths[word] = len(self._encode(word, add_special_tokens=False).ids)
            return sum(map(lengths.__getitem__, words))


def load_clip_bpe(folder: Path) -> Tokenizer:
    """CLIP's byte-level BPE from ``vocab.json`` + ``merges.txt``, for single pre-split words.

    Built with the ``tokenizers`` library alone: importing transformers for this would cost the
    GUI seconds. tests/test_caption_tokens.py checks the counts against transformers' CLIPTokenizer.
    """
    vocab = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
    lines = (folder / "merges.txt").read_text(encoding="utf-8").splitlines()
    merges = [tuple(line.split()) for line in lines if line and not line.startswith("#version")]
    bpe = Tokenizer(models.BPE(vocab, merges, unk_token=EOS, end_of_word_suffix="</w>", fuse_unk=False))
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    bpe.add_special_tokens([BOS, EOS])
    return bpe


@lru_cache(maxsize=4)
def clip_token_counter(folder: Path = CLIP_TOKENIZER_DIR) -> ClipTokenCounter:
    """The counter for the CLIP tokenizer in *folder* (the bundled CLIP ViT-L/14 one by default)."""
    folder = Path(folder)
    if not (folder / "vocab.json").is_file() or not (folder / "merges.txt").is_file():
        raise TokenizerMissingError(
            f"{folder}: CLIP tokenizer files (vocab.json, merges.txt) not found, so token counts are "
            f"unavailable. Reinstall Danlu, or regenerate them with `python -m training.tokenizer_files`."
        )
    return ClipTokenCounter(load_clip_bpe(folder))
