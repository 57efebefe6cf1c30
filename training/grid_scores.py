"""Scores of a comparison grid (open_clip), and the checkpoint they suggest. A guide; the user decides.

Per cell:

- ``clip_t`` (prompt adherence): cosine similarity of the image and its prompt;
- ``clip_i`` (identity fidelity): cosine similarity of the image and the mean embedding of the
  training images (re-normalised), so it measures "looks like the subject", not "copies image 3";
- ``diversity``: 1 − the mean pairwise similarity of the images that differ only by seed (the same
  value for each of them); a checkpoint that renders the same picture for every seed has overfitted.

Per checkpoint (a LoRA file at a weight, averaged over prompts, seeds and base models) the means of
the three. **Suggested checkpoint**: the baseline CLIP-T is the mean CLIP-T of the no-LoRA cells, or,
without such cells, of the cells at the lowest LoRA weight in the grid. Every checkpoint whose mean
CLIP-T is at least ``baseline − tolerance × |baseline|`` (default: loses at most 10 %) qualifies; of
those, the one with the highest mean CLIP-I wins (ties: the higher CLIP-T). Without training images
there is no CLIP-I and the highest CLIP-T wins. If none qualifies, nothing is suggested: every
checkpoint has stopped following prompts (overtrained), so try earlier epochs or lower weights.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from dataprep.phrases import Phrase, phrase_fields
from training.clip_scores import ClipModel
from training.grid_spec import NO_LORA, CellParams, checkpoint_label


@dataclass
class CellScore:
    clip_t: float
    clip_i: float | None = None
    diversity: float | None = None


def diversity(embeddings: np.ndarray) -> float | None:
    """1 − mean pairwise cosine similarity of unit rows; None for fewer than two."""
    n = len(embeddings)
    if n < 2:
        return None
    sims = embeddings @ embeddings.T
    return float(1.0 - (sims.sum() - np.trace(sims)) / (n * (n - 1)))


def seed_groups(cells: Sequence[CellParams]) -> list[int]:
    """A group number per cell: cells equal in everything but the seed share one."""
    groups: dict[tuple[Any, ...], int] = {}
    out = []
    for params in cells:
        key = tuple(v for k, v in asdict(params).items() if k != "seed")
        out.append(groups.setdefault(key, len(groups)))
    return out


def identity_embedding(clip: ClipModel, training_images: Sequence[Path]) -> np.ndarray | None:
    if not training_images:
        return None
    mean = clip.embed_images(training_images).mean(axis=0)
    return mean / max(float(np.linalg.norm(mean)), 1e-12)


def score_cells(clip: ClipModel, images: Sequence[Path], cells: Sequence[CellParams],
                training_images: Sequence[Path] = (), progress: Callable[[int], None] | None = None
                ) -> list[CellScore]:
    """The three scores of each cell image (see the module doc); *progress* gets images embedded so far."""
    embeds = clip.embed_images(images, progress=progress)
    prompts = list(dict.fromkeys(c.prompt for c in cells))
    texts = dict(zip(prompts, clip.embed_texts(prompts), strict=True))
    identity = identity_embedding(clip, training_images)
    groups = np.array(seed_groups(cells))
    group_div = {int(g): diversity(embeds[groups == g]) for g in set(groups.tolist())}
    return [CellScore(clip_t=float(e @ texts[c.prompt]),
                      clip_i=None if identity is None else float(e @ identity),
                      diversity=group_div[int(g)])
            for e, c, g in zip(embeds, cells, groups, strict=True)]


@dataclass
class CheckpointSummary:
    checkpoint: str
    weight: float
    label: str
    cells: int
    clip_t: float
    clip_i: float | None
    diversity: float | None


def _mean(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return float(np.mean(known)) if known else None


def summary_label(checkpoint: str, weight: float) -> str:
    """A checkpoint at a weight as the scores table names it (the base model has no weight)."""
    label = checkpoint_label(checkpoint)
    return Phrase("{checkpoint} @ {weight}", checkpoint=label, weight=f"{weight:g}") if checkpoint else label


def summarize(cells: Sequence[CellParams], scores: Sequence[CellScore]) -> list[CheckpointSummary]:
    """Means per (checkpoint, weight), in the grid's order; the no-LoRA cells as one entry."""
    grouped: dict[tuple[str, float], list[CellScore]] = {}
    for params, score in zip(cells, scores, strict=True):
        key = (params.checkpoint, params.weight if params.checkpoint else 0.0)
        grouped.setdefault(key, []).append(score)
    out = []
    for (checkpoint, weight), group in grouped.items():
        out.append(CheckpointSummary(checkpoint, weight, summary_label(checkpoint, weight), len(group),
                                     float(np.mean([s.clip_t for s in group])),
                                     _mean([s.clip_i for s in group]), _mean([s.diversity for s in group])))
    return out


@dataclass
class Suggestion:
    checkpoint: str | None  # None: nothing qualifies
    weight: float | None
    reason: str
    baseline_clip_t: float | None
    floor: float | None

    def to_dict(self) -> dict[str, Any]:
        """As the manifest and the ``result`` event keep it; the reason also as its Phrase, for the interface's
        language."""
        data = asdict(self)
        phrases = phrase_fields({"reason": self.reason})
        if phrases:
            data["phrases"] = phrases
        return data


def suggest(summaries: Sequence[CheckpointSummary], tolerance: float = 0.10) -> Suggestion:
    """The module doc's rule, with the reason in words."""
    loras = [s for s in summaries if s.checkpoint != NO_LORA]
    if not loras:
        return Suggestion(None, None, Phrase("The grid has no LoRA checkpoints to choose from."), None, None)
    base = [s for s in summaries if s.checkpoint == NO_LORA]
    if base:
        reference, source = base[0].clip_t, Phrase("the base model without LoRA")
    else:
        low = min(s.weight for s in loras)
        reference = float(np.mean([s.clip_t for s in loras if s.weight == low]))
        source = Phrase("the checkpoints at the lowest weight ({weight})", weight=f"{low:g}")
    floor = reference - tolerance * abs(reference)
    fit = [s for s in loras if s.clip_t >= floor]
    if not fit:
        return Suggestion(None, None, Phrase("Every checkpoint loses more than {tolerance} of the prompt adherence "
                                             "(CLIP-T) of {source}: they override the prompts. Try earlier epochs or "
                                             "lower weights.", tolerance=f"{tolerance:.0%}", source=source),
                          reference, floor)
    with_identity = [s for s in fit if s.clip_i is not None]
    if with_identity:
        best = max(with_identity, key=lambda s: (s.clip_i, s.clip_t))
        why = Phrase("highest identity score (CLIP-I {clip_i}) among the {n} checkpoint(s) that keep prompt "
                     "adherence within {tolerance} of {source} (CLIP-T ≥ {floor})", clip_i=f"{best.clip_i:.3f}",
                     n=len(fit), tolerance=f"{tolerance:.0%}", source=source, floor=f"{floor:.3f}")
    else:
        best = max(fit, key=lambda s: s.clip_t)
        why = Phrase("highest prompt adherence (CLIP-T {clip_t}); no training images were given for CLIP-I",
                     clip_t=f"{best.clip_t:.3f}")
    return Suggestion(best.checkpoint, best.weight, Phrase("{label}: {why}.", label=best.label, why=why), reference,
                      floor)
