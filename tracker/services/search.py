"""Full-text search over companies, applications, notes, interview rounds and questions.

The records come from ``tracker.db.search_listing`` (the newest of each kind whose index entry
matches, leaving out what is in the trash); the query is cut by ``tracker.domain.search_text``;
here they become hits with a snippet around what matched.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from tracker.db.database import Database
from tracker.db.search_listing import SEPARATOR, visible_rows
from tracker.domain.search_results import SearchGroup, SearchHit, SearchKind, SearchResults
from tracker.domain.search_text import match_query

SNIPPET_RADIUS = 30
ELLIPSIS = "…"


class SearchService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def search(self, query: str, *, per_kind: int = 20) -> SearchResults:
        """The newest ``per_kind`` records of each kind containing everything typed."""
        expression = match_query(query)
        if expression is None:
            return SearchResults()
        terms = _terms(expression)
        per_kind = max(per_kind, 0)
        groups: list[SearchGroup] = []
        with self._database.reading() as connection:
            for kind in SearchKind:
                rows = visible_rows(connection, kind, expression, per_kind + 1)
                if rows is None:
                    return SearchResults()  # the query, not the disk: nothing to show
                hits = tuple(_hit(kind, row, terms) for row in rows[:per_kind])
                groups.append(SearchGroup(kind, hits, more=len(rows) > per_kind))
        return SearchResults(tuple(groups))


def _hit(kind: SearchKind, row: Sequence[Any], terms: list[_Term]) -> SearchHit:
    record_id, application_id, title, *context = row[:5]
    first_line = _first_line(title)
    snippet = _snippet([_plain(text) for text in row[5:]], terms)
    return SearchHit(
        kind=kind,
        record_id=record_id,
        application_id=application_id,
        title=first_line,
        context=SEPARATOR.join(part for part in context if part),
        snippet=snippet,
        title_marks=marks(first_line, terms),
        snippet_marks=marks(snippet, terms),
    )


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _plain(value: object) -> str:
    """A stored value as text; a JSON list of tags as the tags."""
    text = str(value or "")
    if text.startswith("[") and text.endswith("]"):
        try:
            return " ".join(str(tag) for tag in json.loads(text))
        except ValueError:
            return text
    return text


# --- Snippets: where the query matches in the original text ---------------------------------

# A term of the query as search compares it, and whether it must start a word.
_Term = tuple[str, bool]


def _terms(expression: str) -> list[_Term]:
    """The terms of a MATCH expression from ``match_query``: a phrase of Chinese pairs is the
    run they came from; a prefix term (``"x"*``) is a Latin word that must start a word, or a
    single Chinese character that may be anywhere."""
    terms: list[_Term] = []
    for clause in expression.split(" AND "):
        words = clause.rstrip("*").strip('"').split()
        text = words[0] + "".join(word[-1] for word in words[1:])
        terms.append((text, clause.endswith("*") and not _is_ideograph(text[0])))
    return terms


def _is_ideograph(char: str) -> bool:
    return unicodedata.name(char, "").startswith("CJK ")


def _fold_text(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    if folded.isascii():
        return folded
    # The index drops accents (unicode61 remove_diacritics): so does the comparison.
    return "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))


def _folded(text: str) -> tuple[str, Callable[[int], int]]:
    """The text as search compares it, and a map from its positions back to the original."""
    folded = _fold_text(text)
    if len(folded) == len(text):
        return folded, int
    origins: list[int] = []
    pieces: list[str] = []
    for position, char in enumerate(text):
        piece = _fold_text(char)
        pieces.append(piece)
        origins.extend([position] * len(piece))
    origins.append(len(text))
    return "".join(pieces), origins.__getitem__


def _find(folded: str, term: _Term, start: int = 0) -> int:
    text, word_start = term
    position = folded.find(text, start)
    while word_start and position > 0:
        before = folded[position - 1]
        if not before.isalnum() or _is_ideograph(before):
            break
        position = folded.find(text, position + 1)
    return position


def marks(text: str, terms: Sequence[_Term]) -> tuple[tuple[int, int], ...]:
    """Where the terms are found in ``text``: (start, end) spans in its characters, in order,
    overlapping ones merged."""
    folded, origin = _folded(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        begin = _find(folded, term)
        while begin >= 0:
            spans.append((origin(begin), origin(begin + len(term[0]))))
            begin = _find(folded, term, begin + max(len(term[0]), 1))
    merged: list[tuple[int, int]] = []
    for begin, end in sorted(spans):
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((begin, end))
    return tuple(merged)


def snippet(texts: Sequence[str], query: str, radius: int = SNIPPET_RADIUS) -> str:
    """The first of ``texts`` that contains a term of the query, cut to ``radius`` characters
    around the earliest match and put on one line; the start of the first non-empty text when
    no term is found as such."""
    expression = match_query(query)
    return _snippet(texts, _terms(expression) if expression else [], radius)


def _snippet(texts: Sequence[str], terms: Sequence[_Term], radius: int = SNIPPET_RADIUS) -> str:
    for text in texts:
        folded, origin = _folded(text)
        matches = [(p, p + len(term[0])) for term in terms if (p := _find(folded, term)) >= 0]
        if matches:
            start, end = min(matches)
            return _cut(text, origin(start), origin(end), radius)
    first = next((text for text in texts if text.strip()), "")
    return _cut(first, 0, 0, radius * 2)


def _cut(text: str, start: int, end: int, radius: int) -> str:
    left, right = max(0, start - radius), min(len(text), end + radius)
    piece = " ".join(text[left:right].split())
    return (ELLIPSIS if left > 0 else "") + piece + (ELLIPSIS if right < len(text) else "")
