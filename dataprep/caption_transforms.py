"""What the trainer does to a caption each time it uses an image, as sd-scripts does it.

Pure functions with an explicit ``random.Random``: the trainer calls them per step, and the caption
editor's "trainer's-eye preview" calls the same code to show what the model will actually read
(shuffled tags, kept tags, dropped tags, the part cut off by the token limit).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class CaptionOptions:
    """sd-scripts' caption settings (same names and meaning)."""

    shuffle_caption: bool = False
    keep_tokens: int = 0
    keep_tokens_separator: str = ""
    caption_dropout_rate: float = 0.0
    caption_dropout_every_n_epochs: int = 0
    caption_tag_dropout_rate: float = 0.0
    token_warmup_min: int = 1
    token_warmup_step: int = 0  # in optimizer steps (the trainer resolves sd-scripts' fraction of all steps)

    @property
    def touches_tags(self) -> bool:
        return self.shuffle_caption or self.caption_tag_dropout_rate > 0 or self.token_warmup_step > 0


def split_tags(text: str) -> list[str]:
    """Comma-separated tags, stripped, empty ones dropped."""
    return [t.strip() for t in text.split(",") if t.strip()]


def split_fixed(caption: str, opts: CaptionOptions) -> tuple[list[str], list[str], list[str]]:
    """(fixed head, flexible middle, fixed tail) tags.

    With a separator, what precedes its first occurrence is fixed, and what follows a second one is a
    fixed tail; otherwise the first ``keep_tokens`` tags are fixed.
    """
    sep = opts.keep_tokens_separator
    if sep and sep in caption:
        head, rest = caption.split(sep, 1)
        tail = ""
        if sep in rest:
            rest, tail = rest.split(sep, 1)
        return split_tags(head), split_tags(rest), split_tags(tail)
    tags = split_tags(caption)
    keep = max(0, opts.keep_tokens)
    return tags[:keep], tags[keep:], []


def drops_whole_caption(opts: CaptionOptions, epoch: int, rng: random.Random) -> bool:
    """Whether this use of the image trains with an empty caption (epochs count from 1)."""
    dropped = opts.caption_dropout_rate > 0 and rng.random() < opts.caption_dropout_rate
    every = opts.caption_dropout_every_n_epochs
    return dropped or (every > 0 and epoch % every == 0)


def warmup_tag_count(opts: CaptionOptions, step: int, flexible: int) -> int | None:
    """How many flexible tags sd-scripts' token warmup keeps at *step* (optimizer steps done), None = all:
    token_warmup_min at step 0, growing linearly to all of them at token_warmup_step."""
    if not opts.token_warmup_step or step >= opts.token_warmup_step:
        return None
    return math.floor(step * (flexible - opts.token_warmup_min) / opts.token_warmup_step) + opts.token_warmup_min


def transform_caption(caption: str, opts: CaptionOptions, rng: random.Random, epoch: int = 1, step: int = 0) -> str:
    """The caption as the text encoder gets it for one step (*step*: optimizer steps done before it)."""
    if drops_whole_caption(opts, epoch, rng):
        return ""
    if not opts.touches_tags:
        if opts.keep_tokens_separator and opts.keep_tokens_separator in caption:
            return ", ".join(t for part in split_fixed(caption, opts) for t in part)
        return caption
    fixed, flex, tail = split_fixed(caption, opts)
    keep = warmup_tag_count(opts, step, len(flex))
    if keep is not None:
        flex = flex[:keep]
    if opts.shuffle_caption:
        rng.shuffle(flex)
    if opts.caption_tag_dropout_rate > 0:
        flex = [t for t in flex if rng.random() >= opts.caption_tag_dropout_rate]
    return ", ".join(fixed + flex + tail)


@dataclass(frozen=True)
class TokenSplit:
    """The tags a text encoder reads within its token limit, and those cut off behind it."""

    kept: list[str]
    cut: list[str]
    tokens_used: int


def truncate_to_tokens(tags: Sequence[str], count_tokens: Callable[[str], int], max_tokens: int) -> TokenSplit:
    """Split *tags* where ", ".join(tags) passes *max_tokens* (75, 150 or 225 for SD).

    *count_tokens* counts a text's tokens without BOS/EOS (e.g. ``len(tokenizer.tokenize(text))``).
    A tag that straddles the limit counts as cut: the model only sees part of it.
    """
    kept: list[str] = []
    used = 0
    for i, tag in enumerate(tags):
        n = count_tokens(", ".join([*kept, tag]))
        if n > max_tokens:
            return TokenSplit(kept, list(tags[i:]), used)
        kept.append(tag)
        used = n
    return TokenSplit(kept, [], used)
