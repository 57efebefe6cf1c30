"""Weighted captions, ``(word:1.3)`` / ``(word)`` / ``[word]``, read and applied as sd-scripts does.

The parser follows A1111's prompt-attention syntax, which sd-scripts copied for ``--weighted_captions``:
``(text)`` multiplies the weight by 1.1, ``[text]`` divides it by 1.1, ``(text:w)`` multiplies it by w,
brackets nest (their factors multiply), ``\\(`` ``\\)`` ``\\[`` ``\\]`` ``\\\\`` are literal characters. A
closing bracket without an open one is literal text; a bracket left open weighs everything up to the end;
``(text: 1.3)`` may have spaces around the number (A1111; sd-scripts' copy of the pattern predates that).
Hand-written: no maintained library parses this syntax for training (compel has another syntax; the
diffusers "lpw" pipelines are community scripts, not importable modules).

Tokens get the weight of the text they come from. The text encoder's hidden states are multiplied by
their token's weight, then the whole caption's states are scaled back to their unweighted mean
(sd-scripts' ``get_weighted_text_embeddings``). Unlike sd-scripts' weighted path, the token ids keep
the plain captions' layout (padding, 75-token windows), so a caption without brackets trains exactly
as it does with weighted captions off.
"""

from __future__ import annotations

import re

import torch

ROUND = 1.1
SQUARE = 1 / 1.1

_ATTENTION = re.compile(
    r"""
\\\(|\\\)|\\\[|\\]|\\\\|\\|   # escapes, and a lone backslash
\(|\[|                        # openers
:\s*([+-]?[.\d]+)\s*\)|       # ':weight)' closes a round bracket with an explicit weight
\)|]|                         # closers
[^\\()\[\]:]+|                # plain text
:                             # a colon that is not a weight
""",
    re.X,
)


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:  # '1.2.3' or '.': not a weight
        return None


def parse_weighted(text: str) -> list[tuple[str, float]]:
    """(text, weight) runs of *text*; neighbouring runs of equal weight are merged."""
    runs: list[list[str | float]] = []
    round_open: list[int] = []
    square_open: list[int] = []

    def multiply(start: int, factor: float) -> None:
        for run in runs[start:]:
            run[1] = float(run[1]) * factor

    for match in _ATTENTION.finditer(text):
        token, weight = match.group(0), match.group(1)
        if token.startswith("\\"):  # an escaped character; a lone backslash is dropped (A1111)
            runs.append([token[1:], 1.0])
        elif token == "(":
            round_open.append(len(runs))
        elif token == "[":
            square_open.append(len(runs))
        elif weight is not None and round_open and _number(weight) is not None:
            multiply(round_open.pop(), float(weight))
        elif token == ")" and round_open:
            multiply(round_open.pop(), ROUND)
        elif token == "]" and square_open:
            multiply(square_open.pop(), SQUARE)
        else:
            runs.append([token, 1.0])
    for start in round_open:
        multiply(start, ROUND)
    for start in square_open:
        multiply(start, SQUARE)
    merged: list[tuple[str, float]] = []
    for piece, w in runs:
        if merged and merged[-1][1] == w:
            merged[-1] = (merged[-1][0] + str(piece), float(w))
        else:
            merged.append((str(piece), float(w)))
    return merged or [("", 1.0)]


def plain_text(text: str) -> str:
    """The caption without its weighting syntax (what the text encoder reads)."""
    return "".join(piece for piece, _ in parse_weighted(text))


def has_comma_in_brackets(text: str) -> bool:
    """Whether a weighted group spans a comma: shuffling or dropping tags would split it apart."""
    depth = 0
    escaped = False
    for ch in text:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "," and depth:
            return True
    return False


def token_weights(tokenizer: object, caption: str, max_token_length: int) -> tuple[list[int], list[float]]:
    """Token ids (no BOS/EOS) and a weight per token, each run tokenized on its own as sd-scripts does."""
    ids: list[int] = []
    weights: list[float] = []
    for piece, weight in parse_weighted(caption):
        piece_ids = tokenizer(piece).input_ids[1:-1]  # type: ignore[operator]
        ids += piece_ids
        weights += [weight] * len(piece_ids)
        if len(ids) >= max_token_length:
            break
    return ids[:max_token_length], weights[:max_token_length]


def weighted_ids(tokenizer: object, captions: list[str], max_token_length: int) -> tuple[torch.Tensor, torch.Tensor]:
    """(batch, max_token_length + 2) ids laid out as the tokenizer pads a plain caption, and their weights
    (1 for BOS, EOS and padding). The states of :func:`training.text_encoding.encode` line up with them."""
    total = max_token_length + 2
    bos, eos = tokenizer.bos_token_id, tokenizer.eos_token_id  # type: ignore[attr-defined]
    pad = tokenizer.pad_token_id  # type: ignore[attr-defined]
    rows, weight_rows = [], []
    for caption in captions:
        ids, weights = token_weights(tokenizer, caption, max_token_length)
        padding = total - len(ids) - 2
        rows.append([bos, *ids, eos] + [pad] * padding)
        weight_rows.append([1.0, *weights, 1.0] + [1.0] * padding)
    return torch.tensor(rows, dtype=torch.long), torch.tensor(weight_rows, dtype=torch.float32)


MEAN_TOLERANCE = 1e-3  # a caption's mean below this share of its mean magnitude is rounding noise


def apply_weights(states: torch.Tensor, weights: torch.Tensor) -> torch.Tensor:
    """Each token's states times its weight, rescaled so each caption keeps its mean (sd-scripts).

    sd-scripts divides by the weighted mean as it is. When the states' mean is about zero (a final
    LayerNorm with zero bias centres every token) that ratio is 0/0 = NaN for a caption without
    weights and rounding noise of any size or sign for one with weights; such captions, and any
    whose ratio would flip the sign, keep the plain weighted states."""
    weights = weights.to(states.device, states.dtype)
    weighted = states * weights.unsqueeze(-1)
    dims = (-2, -1)
    before, after = states.float().mean(dim=dims), weighted.float().mean(dim=dims)
    meaningful = (before.abs() > MEAN_TOLERANCE * states.float().abs().mean(dim=dims)) & (
        after.abs() > MEAN_TOLERANCE * weighted.float().abs().mean(dim=dims)
    )
    ratio = before / torch.where(meaningful, after, torch.ones_like(after))
    scale = torch.where(meaningful & (ratio > 0), ratio, torch.ones_like(ratio))
    return weighted * scale.to(states.dtype)[..., None, None]


class CaptionWeights:
    """What the text encoder reads for weighted captions, and the weight of each of its tokens.

    The runs of a caption joined by spaces tokenize as the runs one by one (CLIP's tokenizer never
    merges across whitespace), so the usual tokenization and its caches serve weighted captions too,
    and the weights line up with the encoder's states. Remembered per caption."""

    def __init__(self, tokenizer: object, max_token_length: int) -> None:
        self.tokenizer = tokenizer
        self.max_token_length = max_token_length
        self._known: dict[str, tuple[str, torch.Tensor]] = {}

    def __call__(self, captions: list[str]) -> tuple[list[str], torch.Tensor]:
        texts, rows = [], []
        for caption in captions:
            known = self._known.get(caption)
            if known is None:
                text = " ".join(piece for piece, _ in parse_weighted(caption))
                known = (text, weighted_ids(self.tokenizer, [caption], self.max_token_length)[1][0])
                if len(self._known) < 65536:
                    self._known[caption] = known
            texts.append(known[0])
            rows.append(known[1])
        return texts, torch.stack(rows)
