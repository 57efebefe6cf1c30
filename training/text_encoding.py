"""Captions to the U-Net's conditioning, with sd-scripts' clip_skip and 75-token chunking.

For max_token_length 150/225 a caption is tokenized to 152/227 ids and encoded as 2/3 windows of
``<BOS> 75 tokens <EOS>``; the windows' states are joined back as ``<BOS> 225 states <EOS>`` (the
layout A1111 and sd-scripts train and sample with).

SDXL (sd-scripts' ``get_hidden_states_sdxl``): CLIP-L's and bigG's penultimate hidden states, without
their final layer norm, concatenated along the feature axis; bigG's projected pooled output (of the
first window) is the U-Net's ``text_embeds``. sd-scripts ignores clip_skip for SDXL, and so does Danlu.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

import torch
from torch import nn

WINDOW = 75  # tokens between BOS and EOS in one CLIP window


def tokenize(tokenizer: object, captions: list[str], max_token_length: int) -> torch.Tensor:
    """(batch, windows, 77) token ids; one window for 75 tokens, 2 or 3 for 150/225."""
    total = max_token_length + 2
    ids = tokenizer(  # type: ignore[operator]
        captions, padding="max_length", truncation=True, max_length=total, return_tensors="pt"
    ).input_ids
    return to_windows(tokenizer, ids, max_token_length)


def to_windows(tokenizer: object, ids: torch.Tensor, max_token_length: int) -> torch.Tensor:
    """(batch, max_token_length + 2) padded ids as (batch, windows, 77) ``<BOS> 75 tokens <EOS>`` windows."""
    if max_token_length <= WINDOW:
        return ids.unsqueeze(1)
    eos, pad = tokenizer.eos_token_id, tokenizer.pad_token_id  # type: ignore[attr-defined]
    windows = []
    for start in range(1, max_token_length + 1, WINDOW):
        body = ids[:, start : start + WINDOW]
        window = torch.cat([ids[:, :1], body, ids[:, -1:]], dim=1)
        if pad != eos:  # SD 2.x: a window cut in mid-text must still end with EOS; an empty one starts with it
            cut_mid_text = (window[:, -2] != eos) & (window[:, -2] != pad)
            window[cut_mid_text, -1] = eos
            empty = window[:, 1] == pad
            window[empty, 1] = eos
        windows.append(window)
    return torch.stack(windows, dim=1)


def encode(text_encoder: nn.Module, ids: torch.Tensor, clip_skip: int) -> torch.Tensor:
    """Hidden states (batch, 77 or 2 + 75·windows, dim) for ids from :func:`tokenize`."""
    batch, n_windows, length = ids.shape
    flat = ids.reshape(batch * n_windows, length).to(text_encoder.device)  # type: ignore[attr-defined]
    if clip_skip <= 1:
        states = text_encoder(flat)[0]
    else:
        out = text_encoder(flat, output_hidden_states=True, return_dict=True)
        core = getattr(text_encoder, "text_model", text_encoder)
        states = core.final_layer_norm(out.hidden_states[-clip_skip])
    return _join_windows(states, batch, n_windows)


def _join_windows(states: torch.Tensor, batch: int, n_windows: int) -> torch.Tensor:
    """(batch·windows, 77, dim) window states as (batch, 2 + 75·windows, dim): <BOS> bodies <EOS>."""
    if n_windows == 1:
        return states
    length = states.shape[1]
    states = states.reshape(batch, n_windows, length, -1)
    inner = states[:, :, 1 : length - 1].reshape(batch, n_windows * (length - 2), -1)
    return torch.cat([states[:, 0, :1], inner, states[:, -1, -1:]], dim=1)


def encode_sdxl(
    text_encoder: nn.Module, text_encoder_2: nn.Module, ids: torch.Tensor, ids_2: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    """(hidden states (batch, tokens, dim1 + dim2), pooled (batch, projection dim)) for SDXL's U-Net."""
    batch, n_windows, length = ids.shape
    out1 = text_encoder(ids.reshape(-1, length).to(text_encoder.device), output_hidden_states=True)  # type: ignore[attr-defined]
    out2 = text_encoder_2(ids_2.reshape(-1, length).to(text_encoder_2.device), output_hidden_states=True)  # type: ignore[attr-defined]
    states = torch.cat([out1.hidden_states[-2], out2.hidden_states[-2].to(out1.hidden_states[-2].dtype)], dim=-1)
    pooled = out2.text_embeds.reshape(batch, n_windows, -1)[:, 0]
    return _join_windows(states, batch, n_windows), pooled


Encoded = tuple[torch.Tensor, ...]  # per caption: (states,) for SD 1.x/2.x, (states, pooled) for SDXL


class FrozenTextCache:
    """Remembers the encoders' outputs per token sequence while the text encoders are not trained.

    With frozen text encoders the same caption always yields the same states; recomputing them
    every step costs ~6% of an SD 1.5 step. Bounded (least recently used goes first) because shuffled
    or dropped tags make new sequences.
    """

    def __init__(self, max_entries: int = 2048) -> None:
        self.max_entries = max_entries
        self._store: OrderedDict[bytes, Encoded] = OrderedDict()

    def clear(self) -> None:
        self._store.clear()

    def get(self, keys: list[bytes], compute: Callable[[list[int]], Encoded]) -> Encoded:
        """The batched outputs for *keys*; *compute* gets the batch rows not cached yet."""
        missing = [i for i, k in enumerate(keys) if k not in self._store]
        if missing:
            with torch.no_grad():
                fresh = compute(missing)
            for j, i in enumerate(missing):
                self._store[keys[i]] = tuple(t[j] for t in fresh)
        for k in keys:
            self._store.move_to_end(k)
        while len(self._store) > self.max_entries:
            self._store.popitem(last=False)
        rows = [self._store[k] for k in keys]
        return tuple(torch.stack(parts) for parts in zip(*rows, strict=True))
