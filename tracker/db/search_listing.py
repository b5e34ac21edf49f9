"""Reading the full-text index: for each kind of record, the newest whose index entry matches,
then their rows, leaving out what is in the trash. Plain SQL over the light connection; the
index itself is written by ``tracker.db.search_index``."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from tracker.db.errors import problem_of
from tracker.domain.application_fields import FIELDS
from tracker.domain.search_results import SearchKind

SEPARATOR = " · "

_APPLICATION = "JOIN job_application AS a ON a.id = {0}.application_id AND a.deleted_at IS NULL"
_COMPANY = "JOIN company AS c ON c.id = a.company_id"
# An application's searched fields other than those of its title, where a snippet is looked for.
_APPLICATION_TEXTS = ", ".join(
    f"coalesce(a.{spec.column}, '')"
    for spec in FIELDS
    if spec.searchable and spec.name not in ("company_name", "role_title")
)

# kind → SELECT of the visible records among some ids: id, application id, title, two parts of
# the context, then the searched texts in the order a snippet is looked for (the title's last:
# the snippet shows what the title does not).
_ROWS: dict[SearchKind, str] = {
    SearchKind.COMPANY: (
        "SELECT id, NULL, name, coalesce(industry, ''), coalesce(city, ''),"
        " notes, coalesce(industry, ''), coalesce(city, ''), name"
        " FROM company WHERE deleted_at IS NULL AND id IN ({marks})"
    ),
    SearchKind.CONTACT: (
        "SELECT p.id, NULL, p.name, coalesce(c.name, ''), p.role,"
        " p.notes, p.how_met, p.email, p.phone, p.wechat, coalesce(c.name, ''), p.role, p.name"
        " FROM contact AS p LEFT JOIN company AS c ON c.id = p.company_id"
        " WHERE p.deleted_at IS NULL AND p.id IN ({marks})"
    ),
    SearchKind.APPLICATION: (
        f"SELECT a.id, a.id, a.role_title || '{SEPARATOR}' || c.name, coalesce(a.city, ''), '',"
        f" {_APPLICATION_TEXTS}, a.role_title, c.name"
        f" FROM job_application AS a {_COMPANY}"
        " WHERE a.deleted_at IS NULL AND a.id IN ({marks})"
    ),
    SearchKind.POSTING: (
        "SELECT p.id, a.id, a.role_title || '" + SEPARATOR + "' || c.name, '', '', p.text"
        f" FROM posting_snapshot AS p {_APPLICATION.format('p')} {_COMPANY}"
        " WHERE p.deleted_at IS NULL AND p.id IN ({marks})"
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


def visible_rows(
    connection: sqlite3.Connection, kind: SearchKind, expression: str, wanted: int
) -> list[Sequence[Any]] | None:
    """Up to ``wanted`` rows of matching records outside the trash, newest first; None when
    the expression is not one the index can run (the query's fault, not the disk's: a disk
    failure is raised as it is)."""
    try:
        return _visible_rows(connection, kind, expression, wanted)
    except sqlite3.OperationalError as error:
        if problem_of(error) is not None:
            raise
        return None


def _visible_rows(
    connection: sqlite3.Connection, kind: SearchKind, expression: str, wanted: int
) -> list[Sequence[Any]]:
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
