"""Full-text search over companies, applications, notes, interview rounds and questions.

Plain SQL over the light connection (no SQLAlchemy): for each kind, the newest records whose
index entry matches, then their rows, leaving out what is in the trash. The index is described
in ``tracker.db.search_index``; the query is cut by ``tracker.domain.search_text``.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from tracker.db.database import Database
from tracker.db.errors import problem_of
from tracker.domain.search_results import SearchGroup, SearchHit, SearchKind, SearchResults
from tracker.domain.search_text import match_query

SNIPPET_RADIUS = 30
ELLIPSIS = "…"
SEPARATOR = " · "

_APPLICATION = "JOIN job_application AS a ON a.id = {0}.application_id AND a.deleted_at IS NULL"
_COMPANY = "JOIN company AS c ON c.id = a.company_id"

# kind → SELECT of the visible records among some ids: id, application id, title, two parts of
# the context, then the searched texts in the order a snippet is looked for (the title's last:
# the snippet shows what the title does not).
_ROWS: dict[SearchKind, str] = {
    SearchKind.COMPANY: (
        "SELECT id, NULL, name, coalesce(industry, ''), coalesce(city, ''),"
        " notes, coalesce(industry, ''), coalesce(city, ''), name"
        " FROM company WHERE deleted_at IS NULL AND id IN ({marks})"
    ),
    SearchKind.APPLICATION: (
        f"SELECT a.id, a.id, a.role_title || '{SEPARATOR}' || c.name, coalesce(a.city, ''), '',"
        " a.job_description, a.tags, a.next_action, a.salary_text, coalesce(a.city, ''),"
        " a.role_title, c.name"
        f" FROM job_application AS a {_COMPANY}"
        " WHERE a.deleted_at IS NULL AND a.id IN ({marks})"
    ),
    SearchKind.NOTE: (
        "SELECT n.id, a.id, n.body, a.role_title, c.name, n.body"
        f" FROM note AS n {_APPLICATION.format('n')} {_COMPANY}"
        " WHERE n.deleted_at IS NULL AND n.id IN ({marks})"
    ),
    SearchKind.ROUND: (
        "SELECT r.id, a.id, r.round_name, a.role_title, c.name,"
        " r.prep_notes, r.reflection, r.interviewers, r.location, r.round_name"
        f" FROM interview_round AS r {_APPLICATION.format('r')} {_COMPANY}"
        " WHERE r.deleted_at IS NULL AND r.id IN ({marks})"
    ),
    SearchKind.QUESTION: (
        "SELECT q.id, a.id, q.question, a.role_title, c.name, q.my_answer, q.tags, q.question"
        " FROM interview_question AS q"
        " JOIN interview_round AS r ON r.id = q.round_id AND r.deleted_at IS NULL"
        f" {_APPLICATION.format('r')} {_COMPANY}"
        " WHERE q.deleted_at IS NULL AND q.id IN ({marks})"
    ),
}
_MATCH = (
    "SELECT rowid FROM search_{kind} WHERE search_{kind} MATCH ? AND rowid <= ?"
    " ORDER BY rowid DESC LIMIT ?"
)
_LARGEST_ID = 2**63 - 1

# Index entries fetched beyond what is shown, so that a few records in the trash cost no
# second query.
_SPARE = 8


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
                try:
                    rows = _visible_rows(connection, kind, expression, per_kind + 1)
                except sqlite3.OperationalError as error:
                    if problem_of(error) is not None:
                        raise
                    return SearchResults()  # the query, not the disk: nothing to show
                hits = tuple(_hit(kind, row, terms) for row in rows[:per_kind])
                groups.append(SearchGroup(kind, hits, more=len(rows) > per_kind))
        return SearchResults(tuple(groups))


def _visible_rows(
    connection: sqlite3.Connection, kind: SearchKind, expression: str, wanted: int
) -> list[Sequence[Any]]:
    """Up to ``wanted`` rows of matching records outside the trash, newest first."""
    found: list[Sequence[Any]] = []
    batch = wanted + _SPARE
    newest = _LARGEST_ID
    while len(found) < wanted:
        match = _MATCH.format(kind=kind)
        ids = [id_ for (id_,) in connection.execute(match, (expression, newest, batch))]
        if not ids:
            break
        marks = ",".join("?" * len(ids))
        by_id = {row[0]: row for row in connection.execute(_ROWS[kind].format(marks=marks), ids)}
        found.extend(by_id[id_] for id_ in ids if id_ in by_id)
        if len(ids) < batch:
            break
        newest = ids[-1] - 1
        batch *= 2
    return found[:wanted]


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
