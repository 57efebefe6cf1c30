"""OpenAI CLIP's BPE tokenizer files, rebuilt from the vocabulary open_clip ships.

Single-file checkpoints carry no tokenizer, and tests may not download one: Danlu bundles the two
folders SD needs (CLIP ViT-L/14 for SD 1.x and SDXL's first encoder, and SDXL's ``tokenizer_2``
whose pad token is ``!``) under ``resources/tokenizers/``. Regenerate them with
``python -m training.tokenizer_files``.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

from dataprep.fsutil import atomic_write_text
from resources import resource_path

CLIP_L = "clip-vit-large-patch14"
CLIP_BIGG = "clip-vit-bigG-14"

BOS = "<|startoftext|>"
EOS = "<|endoftext|>"
_N_MERGES = 49152 - 256 - 2  # the merges OpenAI's vocabulary uses, as open_clip and HF count them
_PAD_TOKENS = {CLIP_L: EOS, CLIP_BIGG: "!"}


def _added_token(content: str, *, with_type: bool) -> dict[str, object]:
    token: dict[str, object] = {"__type": "AddedToken"} if with_type else {}
    token.update(content=content, lstrip=False, normalized=True, rstrip=False, single_word=False)
    return token


def _open_clip_bpe_path() -> Path:
    spec = importlib.util.find_spec("open_clip")
    if spec is None or spec.origin is None:
        raise RuntimeError("open_clip is not installed: it ships the CLIP BPE vocabulary Danlu's tokenizers use")
    return Path(spec.origin).parent / "bpe_simple_vocab_16e6.txt.gz"


def clip_vocab_and_merges() -> tuple[dict[str, int], list[str]]:
    """OpenAI CLIP's 49408-token vocabulary and its merges, in the order (and ids) OpenAI gave them."""
    from open_clip.tokenizer import bytes_to_unicode

    lines = gzip.decompress(_open_clip_bpe_path().read_bytes()).decode("utf-8").split("\n")
    merges = lines[1 : _N_MERGES + 1]
    symbols = list(bytes_to_unicode().values())
    tokens = symbols + [s + "</w>" for s in symbols] + ["".join(m.split()) for m in merges] + [BOS, EOS]
    return {token: i for i, token in enumerate(tokens)}, merges


def _configs(name: str) -> tuple[dict[str, object], dict[str, object]]:
    """(tokenizer_config.json, special_tokens_map.json) as the Hugging Face repos of *name* have them."""
    pad = _PAD_TOKENS[name]
    config: dict[str, object] = {
        "add_prefix_space": False,
        "bos_token": _added_token(BOS, with_type=True),
        "do_lower_case": True,
        "eos_token": _added_token(EOS, with_type=True),
        "errors": "replace",
        "model_max_length": 77,
        "pad_token": pad,
        "tokenizer_class": "CLIPTokenizer",
        "unk_token": _added_token(EOS, with_type=True),
    }
    if name == CLIP_BIGG:
        config["clean_up_tokenization_spaces"] = True
    special = {
        "bos_token": _added_token(BOS, with_type=False),
        "eos_token": _added_token(EOS, with_type=False),
        "pad_token": pad,
        "unk_token": _added_token(EOS, with_type=False),
    }
    return config, special


def _dump(obj: object) -> str:
    return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_clip_tokenizer(dest: Path, name: str = CLIP_L) -> Path:
    """Write the tokenizer folder *name* (``CLIP_L`` or ``CLIP_BIGG``) into *dest*; returns *dest*."""
    if name not in _PAD_TOKENS:
        raise ValueError(f"unknown CLIP tokenizer {name!r}: expected one of {sorted(_PAD_TOKENS)}")
    dest = Path(dest)
    vocab, merges = clip_vocab_and_merges()
    config, special = _configs(name)
    atomic_write_text(dest / "vocab.json", json.dumps(vocab, ensure_ascii=False) + "\n")
    atomic_write_text(dest / "merges.txt", "#version: 0.2\n" + "\n".join(merges) + "\n")
    atomic_write_text(dest / "tokenizer_config.json", _dump(config))
    atomic_write_text(dest / "special_tokens_map.json", _dump(special))
    return dest


def bundled_tokenizer_dir(name: str = CLIP_L) -> Path:
    """The committed tokenizer folder *name* (load it with ``CLIPTokenizer.from_pretrained``)."""
    return resource_path("tokenizers", name)


if __name__ == "__main__":
    for _name in _PAD_TOKENS:
        print(write_clip_tokenizer(bundled_tokenizer_dir(_name), _name))
