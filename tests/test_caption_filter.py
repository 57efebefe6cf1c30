"""The filter language: tokenizer, parser (precedence, error columns) and evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest

from dataprep.caption_filter import (
    And,
    FilterRow,
    FilterSyntaxError,
    MatchAll,
    Not,
    Or,
    Term,
    filter_indices,
    parse,
    quote_value,
    tag_query,
    uses_field,
)


def t(field: str, value: str | int, column: int, op: str = ":") -> Term:
    return Term(field, op, value, column)


# --- parser ----------------------------------------------------------------------------------


def test_terms_of_every_field() -> None:
    assert parse("tag:earrings") == t("tag", "earrings", 1)
    assert parse('caption:"red scarf"') == t("caption", "red scarf", 1)
    assert parse("name:0001*") == t("name", "0001*", 1)
    assert parse("flag:blurry") == t("flag", "blurry", 1)
    assert parse("tags>20") == t("tags", 20, 1, ">")
    assert parse("tokens>=75") == t("tokens", 75, 1, ">=")
    assert parse("tokens<=75") == t("tokens", 75, 1, "<=")
    assert parse("tags<3") == t("tags", 3, 1, "<")
    assert parse("tags=3") == t("tags", 3, 1, "=")
    assert parse("tags:3") == t("tags", 3, 1, "=")
    assert parse("tags!=3") == t("tags", 3, 1, "!=")
    assert parse("smile") == t("caption", "smile", 1)
    assert parse('"red scarf"') == t("caption", "red scarf", 1)


def test_empty_query_matches_all() -> None:
    assert parse("") == MatchAll()
    assert parse("   ") == MatchAll()


def test_negation_forms() -> None:
    assert parse("-tag:phone") == Not(t("tag", "phone", 2))
    assert parse("NOT tag:phone") == Not(t("tag", "phone", 5))
    assert parse("-(a OR b)") == Not(Or((t("caption", "a", 3), t("caption", "b", 8))))
    assert parse("NOT NOT a") == Not(Not(t("caption", "a", 9)))


def test_implicit_and_equals_explicit_and() -> None:
    implicit = parse("tag:a -tag:b c")
    assert implicit == And((t("tag", "a", 1), Not(t("tag", "b", 8)), t("caption", "c", 14)))
    assert parse("tag:a AND -tag:b AND c") == And((t("tag", "a", 1), Not(t("tag", "b", 12)), t("caption", "c", 22)))


def test_precedence_not_over_and_over_or() -> None:
    # a OR b c  ==  a OR (b AND c)
    assert parse("a OR b c") == Or((t("caption", "a", 1), And((t("caption", "b", 6), t("caption", "c", 8)))))
    # NOT a OR b  ==  (NOT a) OR b
    assert parse("NOT a OR b") == Or((Not(t("caption", "a", 5)), t("caption", "b", 10)))
    # a AND b OR c AND d  ==  (a AND b) OR (c AND d)
    node = parse("a AND b OR c AND d")
    assert isinstance(node, Or) and all(isinstance(op, And) for op in node.operands)
    # parentheses override
    assert parse("(a OR b) c") == And((Or((t("caption", "a", 2), t("caption", "b", 7))), t("caption", "c", 10)))
    assert parse("a OR b OR c") == Or((t("caption", "a", 1), t("caption", "b", 6), t("caption", "c", 11)))


def test_lowercase_keywords_are_search_words() -> None:
    assert parse("cat or dog") == And((t("caption", "cat", 1), t("caption", "or", 5), t("caption", "dog", 8)))


def test_quoted_values_and_escapes() -> None:
    assert parse(r'caption:"say \"hi\" \\ now"') == t("caption", 'say "hi" \\ now', 1)
    assert parse('tag:"AND"') == t("tag", "AND", 1)
    assert parse('"OR"') == t("caption", "OR", 1)


def test_parentheses_inside_values() -> None:
    assert parse("tag:hatsune_miku_(cosplay)") == t("tag", "hatsune_miku_(cosplay)", 1)
    assert parse("(tag:miku_(cosplay) OR x)") == Or((t("tag", "miku_(cosplay)", 2), t("caption", "x", 24)))


@pytest.mark.parametrize(
    ("query", "column", "message"),
    [
        ('caption:"red scarf', 9, "unterminated quote"),
        ("(tag:a OR tag:b", 16, "missing ')' to close the '(' at column 1"),
        ("tag:a)", 6, "')' closes no '('"),
        ("tag:a AND", 10, "the query ends after 'AND'"),
        ("tag:a AND OR tag:b", 11, "expected a condition after 'AND', found 'OR'"),
        ("OR tag:b", 1, "expected a condition, found 'OR'"),
        ("()", 2, "expected a condition after '(', found ')'"),
        ("tga:earrings", 1, "unknown field 'tga'"),
        ("a tag:", 7, "missing value after tag:"),
        ("tags>many", 6, "tags> needs a whole number, not 'many'"),
        ("tokens>7.5", 8, "needs a whole number"),
        ("x tag>3", 6, "tag takes ':'"),
        ("a - b", 3, "'-' negates"),
        ("NOT", 4, "the query ends after 'NOT'"),
    ],
)
def test_syntax_errors_point_at_the_column(query: str, column: int, message: str) -> None:
    with pytest.raises(FilterSyntaxError) as info:
        parse(query)
    assert info.value.column == column
    assert message in info.value.message
    assert str(info.value).startswith(f"column {column}: ")
    caret_line = info.value.caret().splitlines()[1]
    assert caret_line == " " * (column - 1) + "^"


def test_uses_field() -> None:
    assert uses_field(parse("a (b OR -tokens>75)"), "tokens")
    assert not uses_field(parse("a (b OR -tags>75)"), "tokens")
    assert not uses_field(parse(""), "tokens")


def test_quote_value_round_trips() -> None:
    for value in ["long hair", 'say "x"', "miku_(cosplay)", "plain", "AND", "back\\slash x", "("]:
        assert parse(tag_query(value)) == t("tag", value, 1)
    assert quote_value("plain") == "plain"


# --- evaluation ------------------------------------------------------------------------------


ROWS = [
    FilterRow.from_text(Path("/d/0001.png"), "1girl, earrings, red scarf, smile"),
    FilterRow.from_text(Path("/d/0002.png"), "1girl, holding phone, Long_Hair"),
    FilterRow.from_text(Path("/d/0010.jpg"), "a woman wearing a red scarf in a park"),
    FilterRow.from_text(Path("/d/1001.png"), "earrings, hair clip, scarf, smile, blush, outdoors"),
    FilterRow.from_text(Path("/d/empty.png"), ""),
]


def names(query: str, **kw: object) -> list[str]:
    return [ROWS[i].image.stem for i in filter_indices(query, ROWS, **kw)]  # type: ignore[arg-type]


def test_tag_matches_whole_tags_ignoring_case_and_underscores() -> None:
    assert names("tag:earrings") == ["0001", "1001"]
    assert names("tag:scarf") == ["1001"]  # not "red scarf"
    assert names('tag:"long hair"') == ["0002"]
    assert names("tag:LONG_HAIR") == ["0002"]
    assert names("tag:*scarf") == ["0001", "1001"]
    assert names("tag:h?ir*") == ["1001"]


def test_caption_is_a_case_insensitive_substring() -> None:
    assert names('caption:"red scarf"') == ["0001", "0010"]
    assert names("RED") == ["0001", "0010"]
    assert names('"woman * park"') == ["0010"]


def test_name_glob_and_substring() -> None:
    assert names("name:0001*") == ["0001"]
    assert names("name:00*") == ["0001", "0002", "0010"]
    assert names("name:*.jpg") == ["0010"]
    assert names("name:001") == ["0001", "0010", "1001"]


def test_counts() -> None:
    assert names("tags>4") == ["1001"]
    assert names("tags=0") == ["empty"]
    assert names("tags<=1") == ["0010", "empty"]
    assert names("tags!=3") == ["0001", "0010", "1001", "empty"]


def test_tokens_with_a_supplied_counter() -> None:
    def words(s: FilterRow) -> int:
        return len(s.text.split())

    assert names("tokens>6", token_count=words) == ["0010", "1001"]
    assert names("tokens=9", token_count=words) == ["0010"]


def test_tokens_with_the_bundled_clip_tokenizer() -> None:
    # CLIP counts commas: 9, 9, 9, 12 and 0 tokens
    assert names("tokens>9") == ["1001"]
    assert names("tokens=9") == ["0001", "0002", "0010"]


def test_flags_from_the_caller() -> None:
    flags = {Path("/d/0002.png"): {"Blurry"}, Path("/d/1001.png"): {"duplicate"}}
    assert names("flag:blurry", flags=flags) == ["0002"]
    assert names("-flag:blurry -flag:duplicate", flags=flags) == ["0001", "0010", "empty"]
    assert names("flag:blurry") == []


def test_boolean_combinations() -> None:
    assert names("tag:earrings -tag:blush") == ["0001"]
    assert names("tag:earrings AND NOT tag:blush") == ["0001"]
    assert names("tag:earrings OR tag:1girl") == ["0001", "0002", "1001"]
    assert names("(tag:earrings OR tag:1girl) -tag:smile") == ["0002"]
    assert names("tag:1girl OR tag:earrings tags>5") == ["0001", "0002", "1001"]
    assert names("-(tag:1girl OR tag:earrings)") == ["0010", "empty"]
    assert names("") == ["0001", "0002", "0010", "1001", "empty"]
