"""sd-scripts' per-step caption processing, as pure functions."""

from __future__ import annotations

import random

from dataprep.caption_transforms import CaptionOptions, split_fixed, transform_caption, truncate_to_tokens

CAPTION = "shs, red scarf, smile, outdoors, tree, sky"


def test_no_options_leave_caption_alone():
    assert transform_caption(CAPTION, CaptionOptions(), random.Random(0)) == CAPTION


def test_shuffle_keeps_first_tokens_and_all_tags():
    opts = CaptionOptions(shuffle_caption=True, keep_tokens=1)
    outs = {transform_caption(CAPTION, opts, random.Random(seed)) for seed in range(20)}
    assert len(outs) > 5
    for out in outs:
        tags = out.split(", ")
        assert tags[0] == "shs" and sorted(tags) == sorted(CAPTION.split(", "))


def test_same_rng_state_gives_same_caption():
    opts = CaptionOptions(shuffle_caption=True, caption_tag_dropout_rate=0.3)
    assert transform_caption(CAPTION, opts, random.Random(5)) == transform_caption(CAPTION, opts, random.Random(5))


def test_keep_tokens_separator_fixes_head_and_tail():
    caption = "shs, 1girl ||| smile, tree, sky ||| masterpiece"
    opts = CaptionOptions(shuffle_caption=True, keep_tokens=5, keep_tokens_separator="|||")
    assert split_fixed(caption, opts) == (["shs", "1girl"], ["smile", "tree", "sky"], ["masterpiece"])
    for seed in range(10):
        tags = transform_caption(caption, opts, random.Random(seed)).split(", ")
        assert tags[:2] == ["shs", "1girl"] and tags[-1] == "masterpiece"
    assert transform_caption(caption, CaptionOptions(keep_tokens_separator="|||"), random.Random(0)) == (
        "shs, 1girl, smile, tree, sky, masterpiece"
    )


def test_tag_dropout_rate_drops_that_share_of_flexible_tags():
    opts = CaptionOptions(keep_tokens=1, caption_tag_dropout_rate=0.5)
    rng = random.Random(1)
    kept = [len(transform_caption(CAPTION, opts, rng).split(", ")) - 1 for _ in range(2000)]
    assert abs(sum(kept) / len(kept) - 2.5) < 0.15  # 5 flexible tags, half dropped on average
    assert all(transform_caption(CAPTION, opts, rng).startswith("shs") for _ in range(50))


def test_caption_dropout_rate_and_every_n_epochs():
    rng = random.Random(2)
    opts = CaptionOptions(caption_dropout_rate=0.25)
    empty = sum(transform_caption(CAPTION, opts, rng) == "" for _ in range(4000))
    assert abs(empty / 4000 - 0.25) < 0.03
    every = CaptionOptions(caption_dropout_every_n_epochs=3)
    assert [transform_caption(CAPTION, every, rng, epoch) == "" for epoch in (1, 2, 3, 6)] == [False, False, True, True]


def test_truncate_to_tokens_marks_cut_tags():
    count = lambda text: len(text.replace(",", " ,").split())  # noqa: E731 - one token per word and comma
    split = truncate_to_tokens(["a b", "c", "d e f", "g"], count, 6)
    assert split.kept == ["a b", "c"] and split.cut == ["d e f", "g"] and split.tokens_used == 4
    assert truncate_to_tokens(["a"], count, 75).cut == []
