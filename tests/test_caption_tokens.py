"""The cached CLIP token counter agrees with the tokenizer it stands in for."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from transformers import CLIPTokenizer

from dataprep.caption_tokens import CLIP_TOKENIZER_DIR, TokenizerMissingError, clip_token_counter

SAMPLES = [
    "",
    "1girl, solo, long hair, looking at viewer, smile, red scarf, earrings",
    "a woman wearing a red scarf standing in a park",
    "hatsune_miku_(cosplay), (((masterpiece:1.2))), [blurry], score_9, 4k",
    "İstanbul  ŒUVRE\tthe cat's meow, don't, we'll, I'M",
    "耳環，圍巾, 髮夾, 眼睛看哪裡",
    "x² y³ Ⅻ ½, 12345, 3.14",
    "emoji 😀😀 👩\u200d👩\u200d👧, a\u0301b, cafe\u0301 vs café",
    "<|endoftext|> between <|startoftext|>words",
    "line one\nline two\r\n  spaced   out  ",
    "ascii controls a\x1cb\x1fc\x0bd\x0ce\x00f, tab\tsep, ~!@#$%^&*()_+`-={}|[]\\:;'<>?,./",
    "non-ascii spaces a\x85b\xa0c\u2028d\u3000e\u200bf\ufeffg",
]


def test_counts_match_the_tokenizer() -> None:
    tokenizer = CLIPTokenizer.from_pretrained(str(CLIP_TOKENIZER_DIR), local_files_only=True)
    count = clip_token_counter()
    for text in SAMPLES:
        expected = len(tokenizer(text, add_special_tokens=False)["input_ids"])
        assert count(text) == expected, text
    # a second pass runs from the word cache and must agree too
    assert [count(t) for t in SAMPLES] == [len(tokenizer(t, add_special_tokens=False)["input_ids"]) for t in SAMPLES]


def test_missing_tokenizer_folder_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(TokenizerMissingError, match=r"not found.*training.tokenizer_files"):
        clip_token_counter(tmp_path)


def test_counts_match_on_random_text() -> None:
    tokenizer = CLIPTokenizer.from_pretrained(str(CLIP_TOKENIZER_DIR), local_files_only=True)
    count = clip_token_counter()
    rng = random.Random(1)
    alphabet = "abcXYZ 019,.()'_-\t\n:~耳環é\u0301²Ⅻ😀\xa0"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        assert count(text) == len(tokenizer(text, add_special_tokens=False)["input_ids"]), repr(text)
