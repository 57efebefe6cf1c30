"""Tag parsing and every bulk operation over one caption."""

from __future__ import annotations

from collections import Counter

import pytest

from dataprep import tags as T


def test_split_normalizes_and_drops_empty_segments() -> None:
    assert T.split_tags(" 1girl ,  red   scarf,,earrings , ") == ["1girl", "red scarf", "earrings"]
    assert T.split_tags("") == []
    assert T.split_tags("a\nb, c") == ["a b", "c"]


def test_sentence_without_commas_is_one_segment() -> None:
    sentence = "a woman with a red scarf standing in a park"
    assert T.split_tags(sentence) == [sentence]
    assert T.prepend_text(sentence, "ohwx") == "ohwx, " + sentence
    assert T.replace_tag(sentence, "red scarf", "x") is sentence  # no tag equals that phrase


def test_normalize_caption_and_tag_key() -> None:
    assert T.normalize_caption("a,b ,  c") == "a, b, c"
    assert T.tag_key("  Long_Hair ") == "long hair"


def test_unchanged_caption_is_returned_as_is() -> None:
    caption = "a,b ,  c"  # odd spacing a user might have; operations that change nothing keep it
    for result in (
        T.replace_tag(caption, "zzz", "y"),
        T.delete_tag(caption, "zzz"),
        T.merge_tags(caption, ["x"], "y"),
        T.add_tag(caption, "b"),
        T.move_tag(caption, "zzz", "front"),
        T.sort_tags(caption),
        T.remove_duplicates(caption),
        T.regex_replace(caption, T.compile_find("q"), "r"),
        T.prepend_text(caption, "a"),
        T.append_text(caption, "c"),
    ):
        assert result is caption


def test_replace_tag_in_place_and_split_and_merge() -> None:
    assert T.replace_tag("1girl, holding phone, smile", "holding phone", "holding cup") == "1girl, holding cup, smile"
    assert T.replace_tag("a, scarf, b", "scarf", "red scarf, scarf") == "a, red scarf, scarf, b"
    # renaming onto a tag that is already there merges them at the earlier place
    assert T.replace_tag("smile, a, grin", "grin", "smile") == "smile, a"
    assert T.replace_tag("grin, a, smile", "grin", "smile") == "smile, a"
    assert T.replace_tag("x, a, x", "x", "y") == "y, a"
    assert T.replace_tag("a, b", "b", "") == "a"


def test_delete_tags() -> None:
    assert T.delete_tag("1girl, holding phone, smile, holding phone", "holding phone") == "1girl, smile"
    assert T.delete_tags("a, b, c", ["a", " c "]) == "b"
    assert T.delete_tag("a", "a") == ""


def test_merge_tags() -> None:
    assert T.merge_tags("grin, a, smiling, smile", ["grin", "smiling"], "smile") == "smile, a"
    assert T.merge_tags("a, smiling", ["grin", "smiling"], "smile") == "a, smile"
    with pytest.raises(ValueError, match="empty"):
        T.merge_tags("a", ["a"], " ")


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        ("back", "a, b, c, x"),
        ("front", "x, a, b, c"),
        (0, "x, a, b, c"),
        (1, "a, x, b, c"),
        (99, "a, b, c, x"),
        (-1, "a, b, c, x"),
        (-2, "a, b, x, c"),
        (-99, "x, a, b, c"),
    ],
)
def test_add_tag_positions(position: T.Position, expected: str) -> None:
    assert T.add_tag("a, b, c", "x", position) == expected


def test_add_tag_skips_present_and_adds_several() -> None:
    assert T.add_tag("a, b", "b, c, c") == "a, b, c"
    assert T.add_tag("", "x") == "x"


def test_move_tag() -> None:
    assert T.move_tag("a, b, ohwx", "ohwx", "front") == "ohwx, a, b"
    assert T.move_tag("ohwx, a, b", "ohwx", "back") == "a, b, ohwx"
    assert T.move_tag("a, b, c", "c", 1) == "a, c, b"


def test_sort_tags() -> None:
    assert T.sort_tags("b, C, a") == "a, b, C"
    assert T.sort_tags("ohwx, woman, b, a", keep_first=2) == "ohwx, woman, a, b"
    counts = Counter({"common": 10, "rare": 1, "mid": 5})
    assert T.sort_tags("rare, mid, common, unknown", by="count", counts=counts) == "common, mid, rare, unknown"
    with pytest.raises(ValueError, match="counts"):
        T.sort_tags("a", by="count")


def test_remove_duplicates() -> None:
    assert T.remove_duplicates("a, b, a, c, b") == "a, b, c"


def test_regex_replace_over_raw_text() -> None:
    pattern = T.compile_find(r"holding (\w+) phone")
    assert T.regex_replace("1girl, holding a phone", pattern, r"holding \1 cup") == "1girl, holding a cup"
    literal = T.compile_find("a.b", regex=False)
    assert T.regex_replace("a.b, axb", literal, "c") == "c, axb"
    folded = T.compile_find("RED", regex=False, ignore_case=True)
    assert T.regex_replace("red scarf", folded, "blue") == "blue scarf"


def test_bad_regex_says_where() -> None:
    with pytest.raises(ValueError, match=r"invalid regular expression '\(ab': missing \), unterminated subpattern"):
        T.compile_find("(ab")
    with pytest.raises(ValueError, match="invalid replacement"):
        T.regex_replace("ab", T.compile_find("a"), r"\2")


def test_prepend_and_append_are_idempotent() -> None:
    assert T.prepend_text("1girl, smile", "ohwx, woman") == "ohwx, woman, 1girl, smile"
    assert T.prepend_text("ohwx, woman, 1girl", "ohwx, woman") == "ohwx, woman, 1girl"
    assert T.prepend_text("ohwx woman, 1girl", "ohwx") == "ohwx, ohwx woman, 1girl"
    assert T.prepend_text("", "ohwx") == "ohwx"
    assert T.append_text("1girl, smile", "best quality") == "1girl, smile, best quality"
    assert T.append_text("1girl, best quality", "best quality") == "1girl, best quality"
    assert T.append_text("a photo", "by X", separator=" ") == "a photo by X"


def test_tag_counts_count_captions_not_occurrences() -> None:
    counts = T.tag_counts([["a", "b", "a"], ["a"], ["c"]])
    assert counts == Counter({"a": 2, "b": 1, "c": 1})


def test_rank_completions() -> None:
    counts = Counter({"red scarf": 3, "scarf": 1, "scarlet dress": 9, "smile": 20})
    vocabulary = ["scary", "scarf", "long_hair", "striped_scarf"]
    assert T.rank_completions("scar", counts, vocabulary) == [
        "scarlet dress",
        "scarf",
        "scary",
        "red scarf",
        "striped_scarf",
    ]
    assert T.rank_completions("long h", counts, vocabulary) == ["long_hair"]
    assert T.rank_completions("SCARF", counts, limit=1) == ["scarf"]
    assert T.rank_completions(" ", counts) == []
