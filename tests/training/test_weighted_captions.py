"""Weighted captions: the A1111/sd-scripts attention parser, token weights, and the mean-preserving scaling."""

from __future__ import annotations

import pytest
import torch
from transformers import CLIPTokenizer

from training.text_encoding import to_windows, tokenize
from training.weighted_captions import (
    ROUND,
    SQUARE,
    CaptionWeights,
    apply_weights,
    has_comma_in_brackets,
    parse_weighted,
    plain_text,
    weighted_ids,
)


def approx(runs: list[tuple[str, float]]) -> list[tuple[str, float]]:
    return [(text, pytest.approx(w)) for text, w in runs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("normal text", [("normal text", 1.0)]),
        ("an (important) word", [("an ", 1.0), ("important", ROUND), (" word", 1.0)]),
        ("a [quiet] word", [("a ", 1.0), ("quiet", SQUARE), (" word", 1.0)]),
        ("(word:1.3)", [("word", 1.3)]),
        ("(word: 0.5 )", [("word", 0.5)]),  # A1111 allows spaces around the number
        ("((word))", [("word", ROUND * ROUND)]),
        ("[[word]]", [("word", SQUARE * SQUARE)]),
        ("((word:1.5))", [("word", 1.5 * ROUND)]),
        ("([word])", [("word", 1.0)]),
        ("(unnecessary)(parens)", [("unnecessaryparens", ROUND)]),
        # the docstring example of A1111's parse_prompt_attention, which sd-scripts copies
        (
            "a (((house:1.3)) [on] a (hill:0.5), sun, (((sky))).",
            [
                ("a ", 1.0),
                ("house", 1.3 * ROUND * ROUND),
                (" ", ROUND),
                ("on", 1.0),
                (" a ", ROUND),
                ("hill", 0.55),
                (", sun, ", ROUND),
                ("sky", ROUND**4),
                (".", ROUND),
            ],
        ),
    ],
)
def test_parser_weights_and_nesting(text, expected):
    assert parse_weighted(text) == approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (r"\(literal\]", [("(literal]", 1.0)]),
        (r"a \(b\) c", [("a (b) c", 1.0)]),
        (r"back\\slash", [("back\\slash", 1.0)]),
        (r"(\(x\))", [("(x)", ROUND)]),
        ("stray) close] brackets", [("stray) close] brackets", 1.0)]),  # closers with no opener: literal
        ("(unbalanced", [("unbalanced", ROUND)]),  # an opener left open weighs to the end (A1111)
        ("[open (both", [("open ", SQUARE), ("both", SQUARE * ROUND)]),
        ("time 10:30", [("time 10:30", 1.0)]),  # a colon outside a weight is text
        ("(a:1.2.3)", [("a:1.2.3)", ROUND)]),  # not a number: literal, the bracket stays open
        ("", [("", 1.0)]),
    ],
)
def test_parser_escapes_and_unbalanced_brackets(text, expected):
    assert parse_weighted(text) == approx(expected)


def test_plain_text_and_commas_in_groups():
    assert plain_text("shs, (red hat:1.2), [blurry]") == "shs, red hat, blurry"
    assert has_comma_in_brackets("shs, (red, hat:1.2)")
    assert not has_comma_in_brackets("shs, (red hat:1.2), [blurry]")
    assert not has_comma_in_brackets(r"shs, \(a, b\)")


@pytest.fixture(scope="module")
def tokenizers(tiny_models):
    return {
        "sd1": CLIPTokenizer.from_pretrained(tiny_models.sd1 / "tokenizer"),
        "pad_is_not_eos": CLIPTokenizer.from_pretrained(tiny_models.sdxl / "tokenizer_2"),
    }


@pytest.mark.parametrize("kind", ["sd1", "pad_is_not_eos"])
@pytest.mark.parametrize("max_tokens", [75, 150])
def test_plain_captions_get_the_plain_ids_and_unit_weights(tokenizers, kind, max_tokens):
    tok = tokenizers[kind]
    captions = ["shs, a photo of a cat, plain background", "", ", ".join(f"tag{i}" for i in range(60))]
    ids, weights = weighted_ids(tok, captions, max_tokens)
    assert torch.equal(to_windows(tok, ids, max_tokens), tokenize(tok, captions, max_tokens))
    assert torch.all(weights == 1.0)


def test_token_weights_follow_their_text(tokenizers):
    tok = tokenizers["sd1"]
    ids, weights = weighted_ids(tok, ["a (red:1.5) cat [dog]"], 75)
    plain_ids, _ = weighted_ids(tok, ["a red cat dog"], 75)
    assert torch.equal(ids, plain_ids)
    n = len(tok("a red cat dog").input_ids) - 2
    assert weights[0, : n + 2].tolist() == pytest.approx([1.0, 1.0, 1.5, 1.0, SQUARE, 1.0])
    assert torch.all(weights[0, n + 2 :] == 1.0)


def test_long_weighted_captions_are_cut_at_the_token_limit(tokenizers):
    tok = tokenizers["sd1"]
    caption = "(" + ", ".join(f"tag{i}" for i in range(100)) + ":2)"
    ids, weights = weighted_ids(tok, [caption], 75)
    assert ids.shape == weights.shape == (1, 77)
    assert ids[0, -1] == tok.eos_token_id and weights[0, 1:-1].tolist() == [2.0] * 75


def test_apply_weights_scales_tokens_and_keeps_each_captions_mean():
    gen = torch.Generator().manual_seed(0)
    states = torch.randn(2, 5, 4, generator=gen) + 0.5
    weights = torch.tensor([[1.0, 2.0, 1.0, 0.5, 1.0], [1.0, 1.0, 1.0, 1.0, 1.0]])
    out = apply_weights(states, weights)
    scaled = states * weights.unsqueeze(-1)
    factor = states[0].mean() / scaled[0].mean()
    torch.testing.assert_close(out[0], scaled[0] * factor)
    torch.testing.assert_close(out.mean(dim=(1, 2)), states.mean(dim=(1, 2)))
    torch.testing.assert_close(out[1], states[1])  # all weights 1: unchanged


def test_apply_weights_leaves_zero_mean_states_unscaled():
    """A final LayerNorm with zero bias centres every token: the caption's mean is rounding noise, and
    sd-scripts' ratio of means is 0/0 = NaN without weights (a tiny run's loss went NaN at step 1)."""
    gen = torch.Generator().manual_seed(0)
    states = torch.nn.functional.layer_norm(torch.randn(2, 77, 32, generator=gen), (32,))
    assert states.mean(dim=(1, 2)).abs().max() < 1e-6
    weights = torch.ones(2, 77)
    weights[0, 1:4] = torch.tensor([1.5, 1.0, SQUARE])
    out = apply_weights(states, weights)
    assert torch.isfinite(out).all()
    torch.testing.assert_close(out[0], states[0] * weights[0, :, None])
    assert torch.equal(out[1], states[1])  # all weights 1: bit for bit the plain states
    for dtype in (torch.float16, torch.bfloat16):
        half = states.to(dtype)
        assert torch.equal(apply_weights(half, torch.ones(2, 77)), half)


def test_apply_weights_never_flips_a_caption():
    states = torch.tensor([[[1.0, 1.0], [-1.2, -1.0]]])  # mean -0.05: weighting the first token 3x makes it +0.95
    out = apply_weights(states, torch.tensor([[3.0, 1.0]]))
    torch.testing.assert_close(out, states * torch.tensor([3.0, 1.0])[None, :, None])


@pytest.mark.parametrize("kind", ["sd1", "pad_is_not_eos"])
def test_the_spaced_text_tokenizes_as_the_runs(tokenizers, kind):
    """The trainer feeds the runs joined by spaces to the usual tokenizer: the ids must be the run-wise ones."""
    tok = tokenizers[kind]
    captions = [
        "blue(eyes:1.2), it[']s",
        "a (((house:1.3)) [on] a (hill:0.5), sun, (((sky))).",
        r"x\(y\)z, (don't:0.8)stop",
        "",
    ]
    texts, weights = CaptionWeights(tok, 75)(captions)
    ids, expected = weighted_ids(tok, captions, 75)
    assert torch.equal(tokenize(tok, texts, 75)[:, 0], ids)
    assert torch.equal(weights, expected)
