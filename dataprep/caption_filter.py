"""The image-list filter language: ``tag:earrings -tag:phone (tokens>75 OR flag:blurry)``.

A tokenizer and a recursive-descent parser turn the query into a small AST; :func:`compile_query`
turns the AST into one Python predicate, so filtering 10,000 captions is one closure call each.
Syntax errors carry the 1-based column of the problem. Grammar, loosest binding first::

    query   := or_expr?                      (an empty query matches everything)
    or_expr := and_expr ("OR" and_expr)*
    and_expr:= not_expr (["AND"] not_expr)*  (juxtaposition means AND)
    not_expr:= ("NOT" | "-") not_expr | primary
    primary := "(" or_expr ")" | term
    term    := field ":" value | countfield op number | value
    value   := word | "quoted string"        (a bare value searches the caption text)

The full reference, with what each field matches, is docs/captions.md.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from dataprep.caption_tokens import clip_token_counter
from dataprep.tags import split_tags, tag_key

TEXT_FIELDS = ("tag", "caption", "name", "flag")
COUNT_FIELDS = ("tags", "tokens")
_COMPARE: dict[str, Callable[[int, int], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
    "=": operator.eq,
    ":": operator.eq,
    "!=": operator.ne,
}
_FIELD_OP = re.compile(r"([A-Za-z]+)(>=|<=|!=|:|>|<|=)")
_KEYWORDS = ("AND", "OR", "NOT")


class FilterSyntaxError(ValueError):
    """A query that does not parse; *column* is 1-based, for a caret under the query."""

    def __init__(self, message: str, query: str, column: int) -> None:
        self.message = message
        self.query = query
        self.column = column
        super().__init__(f"column {column}: {message}")

    def caret(self) -> str:
        """The query with a ``^`` under the problem, for a monospace error label."""
        return f"{self.query}\n{' ' * (self.column - 1)}^"


# --- AST -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    field: str
    op: str
    value: str | int
    column: int


@dataclass(frozen=True)
class Not:
    operand: Node


@dataclass(frozen=True)
class And:
    operands: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    operands: tuple[Node, ...]


@dataclass(frozen=True)
class MatchAll:
    pass


Node = Term | Not | And | Or | MatchAll


# --- tokenizer -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    kind: str  # "(" ")" AND OR NOT - TERM EOF
    column: int
    text: str = ""
    term: Term | None = None


def _read_quoted(query: str, start: int) -> tuple[str, int]:
    """The string opened by the quote at *start* (``\\"`` and ``\\\\`` escape) and the index after it."""
    out = []
    i = start + 1
    while i < len(query):
        ch = query[i]
        if ch == "\\" and i + 1 < len(query) and query[i + 1] in '"\\':
            out.append(query[i + 1])
            i += 2
            continue
        if ch == '"':
            return "".join(out), i + 1
        out.append(ch)
        i += 1
    raise FilterSyntaxError('unterminated quote: add a closing "', query, start + 1)


def _read_word(query: str, start: int) -> tuple[str, int]:
    """An unquoted value: up to whitespace, a quote, or a ``)`` that closes no ``(`` of its own
    (so ``tag:miku_(cosplay)`` is one value)."""
    depth = 0
    i = start
    while i < len(query):
        ch = query[i]
        if ch.isspace() or ch == '"':
            break
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                break
            depth -= 1
        i += 1
    return query[start:i], i


def _read_value(query: str, start: int) -> tuple[str, int]:
    if start < len(query) and query[start] == '"':
        return _read_quoted(query, start)
    return _read_word(query, start)


def _field_term(query: str, start: int, field: str, op: str, value_start: int) -> tuple[Term, int]:
    column = start + 1
    if field not in TEXT_FIELDS + COUNT_FIELDS:
        known = ", ".join(TEXT_FIELDS + COUNT_FIELDS)
        raise FilterSyntaxError(
            f"unknown field {field!r} (fields: {known}); to search for this text, put it in quotes",
            query,
            column,
        )
    value, end = _read_value(query, value_start)
    if value == "":
        raise FilterSyntaxError(f"missing value after {field}{op}", query, value_start + 1)
    if field in TEXT_FIELDS:
        if op != ":":
            raise FilterSyntaxError(
                f"{field} takes ':' ({field}:value); only tags and tokens compare with > >= < <= = !=",
                query,
                start + len(field) + 1,
            )
        return Term(field, op, value, column), end
    try:
        number = int(value)
    except ValueError:
        raise FilterSyntaxError(f"{field}{op} needs a whole number, not {value!r}", query, value_start + 1) from None
    return Term(field, "=" if op == ":" else op, number, column), end


def tokenize(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    i = 0
    n = len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(_Token(ch, i + 1, ch))
            i += 1
        elif ch == "-" and i + 1 < n and not query[i + 1].isspace() and query[i + 1] != ")":
            tokens.append(_Token("-", i + 1, "-"))
            i += 1
        elif ch == '"':
            value, end = _read_quoted(query, i)
            tokens.append(_Token("TERM", i + 1, query[i:end], Term("caption", ":", value, i + 1)))
            i = end
        else:
            m = _FIELD_OP.match(query, i)
            if m:
                term, end = _field_term(query, i, m.group(1), m.group(2), m.end())
                tokens.append(_Token("TERM", i + 1, query[i:end], term))
                i = end
                continue
            word, end = _read_word(query, i)
            if word == "-":
                raise FilterSyntaxError("'-' negates the condition right after it; nothing follows", query, i + 1)
            if word in _KEYWORDS:
                tokens.append(_Token(word, i + 1, word))
            else:
                tokens.append(_Token("TERM", i + 1, word, Term("caption", ":", word, i + 1)))
            i = end
    tokens.append(_Token("EOF", n + 1))
    return tokens


# --- parser ----------------------------------------------------------------------------------


class _Parser:
    def __init__(self, query: str) -> None:
        self.query = query
        self.tokens = tokenize(query)
        self.pos = 0

    def peek(self) -> _Token:
        return self.tokens[self.pos]

    def take(self) -> _Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def error(self, message: str, token: _Token) -> FilterSyntaxError:
        return FilterSyntaxError(message, self.query, token.column)

    def parse(self) -> Node:
        if self.peek().kind == "EOF":
            return MatchAll()
        node = self.or_expr()
        if self.peek().kind != "EOF":  # and_expr takes every token that can start an operand
            raise self.error("')' closes no '('", self.peek())
        return node

    def or_expr(self) -> Node:
        operands = [self.and_expr()]
        while self.peek().kind == "OR":
            self.take()
            operands.append(self.and_expr())
        return operands[0] if len(operands) == 1 else Or(tuple(operands))

    def and_expr(self) -> Node:
        operands = [self.not_expr()]
        while self.peek().kind in ("AND", "NOT", "-", "(", "TERM"):
            if self.peek().kind == "AND":
                self.take()
            operands.append(self.not_expr())
        return operands[0] if len(operands) == 1 else And(tuple(operands))

    def not_expr(self) -> Node:
        if self.peek().kind in ("NOT", "-"):
            self.take()
            return Not(self.not_expr())
        return self.primary()

    def primary(self) -> Node:
        token = self.take()
        if token.kind == "TERM":
            assert token.term is not None
            return token.term
        if token.kind == "(":
            node = self.or_expr()
            if self.peek().kind != ")":
                raise self.error(f"missing ')' to close the '(' at column {token.column}", self.peek())
            self.take()
            return node
        previous = self.tokens[self.pos - 2].text if self.pos >= 2 else ""
        after = f" after {previous!r}" if previous else ""
        if token.kind == "EOF":
            raise self.error(f"the query ends{after}: a condition must follow", token)
        if token.kind == ")":
            raise self.error(f"expected a condition{after}, found ')'", token)
        raise self.error(f"expected a condition{after}, found {token.text!r}", token)


def parse(query: str) -> Node:
    """The AST of *query*; raises FilterSyntaxError with the column of the problem."""
    return _Parser(query).parse()


# --- evaluation ------------------------------------------------------------------------------


class Subject(Protocol):
    """What a filter looks at in one row (the caption store's rows have these)."""

    @property
    def image(self) -> Path: ...
    @property
    def text(self) -> str: ...
    @property
    def tags(self) -> Sequence[str]: ...
    @property
    def tag_keys(self) -> Collection[str]: ...


@dataclass(frozen=True)
class FilterRow:
    """A stand-alone Subject, for filtering captions that are not in a store."""

    image: Path
    text: str
    tags: tuple[str, ...]
    tag_keys: frozenset[str]

    @classmethod
    def from_text(cls, image: Path, text: str) -> FilterRow:
        tags = tuple(split_tags(text))
        return cls(Path(image), text, tags, frozenset(tag_key(t) for t in tags))


Predicate = Callable[[Subject], bool]


def _has_wildcard(value: str) -> bool:
    return "*" in value or "?" in value


def _glob_regex(pattern: str) -> re.Pattern[str]:
    """``*`` any run, ``?`` one character; everything else literal (tags hold [ ] and ( ) freely)."""
    body = "".join(".*" if ch == "*" else "." if ch == "?" else re.escape(ch) for ch in pattern)
    return re.compile(body, re.DOTALL)


def _text_predicate(term: Term, flags: Mapping[Path, Collection[str]] | None) -> Predicate:
    value = str(term.value)
    if term.field == "tag":
        key = tag_key(value)
        if _has_wildcard(key):
            rx = _glob_regex(key)
            return lambda s: any(rx.fullmatch(k) for k in s.tag_keys)
        return lambda s: key in s.tag_keys
    if term.field == "caption":
        needle = value.lower()
        if _has_wildcard(needle):
            rx = _glob_regex(needle)
            return lambda s: rx.search(s.text.lower()) is not None
        return lambda s: needle in s.text.lower()
    if term.field == "name":
        needle = value.lower()
        if _has_wildcard(needle):
            rx = _glob_regex(needle)
            return lambda s: rx.fullmatch(s.image.name.lower()) is not None
        return lambda s: needle in s.image.name.lower()
    flag = value.lower()
    flagged = {Path(image) for image, fs in (flags or {}).items() if flag in {f.lower() for f in fs}}
    return lambda s: s.image in flagged


def compile_query(
    node: Node,
    *,
    flags: Mapping[Path, Collection[str]] | None = None,
    token_count: Callable[[Subject], int] | None = None,
) -> Predicate:
    """One predicate for the whole query.

    *flags* maps an image path to its flags (blurry, duplicate, ...) for ``flag:``. *token_count*
    gives a row's token count for ``tokens``; by default the bundled CLIP tokenizer counts the
    caption text (TokenizerMissingError if its files are absent).
    """
    if isinstance(node, MatchAll):
        return lambda s: True
    if isinstance(node, Not):
        inner = compile_query(node.operand, flags=flags, token_count=token_count)
        return lambda s: not inner(s)
    if isinstance(node, (And, Or)):
        parts = [compile_query(op, flags=flags, token_count=token_count) for op in node.operands]
        if isinstance(node, And):
            return lambda s: all(p(s) for p in parts)
        return lambda s: any(p(s) for p in parts)
    if node.field in TEXT_FIELDS:
        return _text_predicate(node, flags)
    compare = _COMPARE[node.op]
    limit = int(node.value)
    if node.field == "tags":
        return lambda s: compare(len(s.tags), limit)
    count = token_count or _clip_count()
    return lambda s: compare(count(s), limit)


def _clip_count() -> Callable[[Subject], int]:
    counter = clip_token_counter()
    return lambda s: counter(s.text)


def uses_field(node: Node, field: str) -> bool:
    """Whether *node* looks at *field* (the store computes token counts only when a query needs them)."""
    if isinstance(node, Term):
        return node.field == field
    if isinstance(node, Not):
        return uses_field(node.operand, field)
    if isinstance(node, (And, Or)):
        return any(uses_field(op, field) for op in node.operands)
    return False


def filter_indices(
    query: str | Node,
    subjects: Iterable[Subject],
    *,
    flags: Mapping[Path, Collection[str]] | None = None,
    token_count: Callable[[Subject], int] | None = None,
) -> list[int]:
    """Indices of the *subjects* the query matches, in order."""
    node = parse(query) if isinstance(query, str) else query
    predicate = compile_query(node, flags=flags, token_count=token_count)
    return [i for i, s in enumerate(subjects) if predicate(s)]


def quote_value(value: str) -> str:
    """*value* as the filter language reads it back: quoted when it holds spaces, quotes or parens."""
    if value and not any(ch.isspace() or ch in '"()' for ch in value) and value not in _KEYWORDS:
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def tag_query(tag: str) -> str:
    """The query a click on *tag* in the tag panel puts in the filter box."""
    return f"tag:{quote_value(tag)}"
