"""The full-text index: one FTS5 table per kind of record, whose rowid is the record's id and
whose only column holds the record's text cut by ``tracker.domain.search_text``.

Writes through the services keep it in step, in the same transaction as the record; records in
the trash stay indexed and are left out when results are read.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection

from tracker.domain.application_fields import COMPANY_FIELD, FIELDS
from tracker.domain.search_text import index_text

# The declared fields the search finds an application by.
_APPLICATION_TEXTS = ", ".join(
    "c.name" if spec.name == COMPANY_FIELD else f"coalesce(a.{spec.column}, '')"
    for spec in FIELDS
    if spec.searchable
)
# kind → (index table, SELECT giving id and the texts to index)
SOURCES: dict[str, tuple[str, str]] = {
    "company": (
        "search_company",
        "SELECT id, name, coalesce(industry, ''), coalesce(city, ''), notes FROM company",
    ),
    "application": (
        "search_application",
        f"SELECT a.id, {_APPLICATION_TEXTS} FROM job_application AS a"
        " JOIN company AS c ON c.id = a.company_id",
    ),
    "note": ("search_note", "SELECT id, body FROM note"),
    "posting": ("search_posting", "SELECT id, text FROM posting_snapshot"),
    "round": (
        "search_round",
        "SELECT id, round_name, interviewers, location, prep_notes, reflection"
        " FROM interview_round",
    ),
    "question": (
        "search_question",
        "SELECT id, question, my_answer, tags FROM interview_question",
    ),
    "contact": (
        "search_contact",
        "SELECT p.id, p.name, coalesce(c.name, ''), p.role, p.how_met, p.email, p.phone,"
        " p.wechat, p.notes FROM contact AS p LEFT JOIN company AS c ON c.id = p.company_id",
    ),
}
KINDS = tuple(SOURCES)


def create_statement(table: str) -> str:
    return (
        f"CREATE VIRTUAL TABLE {table} USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')"
    )


def _texts(values: Iterable[Any]) -> list[str]:
    texts: list[str] = []
    for value in values:
        text = str(value or "")
        if text.startswith("[") and text.endswith("]"):  # a JSON list of tags
            with contextlib.suppress(ValueError):
                text = " ".join(str(tag) for tag in json.loads(text))
        texts.append(text)
    return texts


def reindex(connection: Connection, kind: str, record_ids: Iterable[int]) -> None:
    """Bring the index entries of these records up to date with their rows."""
    table, select = SOURCES[kind]
    ids = list(record_ids)
    if not ids:
        return
    marks = ",".join("?" * len(ids))
    connection.exec_driver_sql(f"DELETE FROM {table} WHERE rowid IN ({marks})", tuple(ids))
    id_column = {"application": "a.id", "contact": "p.id"}.get(kind, "id")
    rows = connection.exec_driver_sql(f"{select} WHERE {id_column} IN ({marks})", tuple(ids))
    _insert(connection, table, rows)


def _insert(connection: Connection, table: str, rows: Iterable[Any]) -> None:
    entries = [(row[0], index_text(*_texts(row[1:]))) for row in rows]
    if entries:
        connection.exec_driver_sql(f"INSERT INTO {table} (rowid, body) VALUES (?, ?)", entries)


def fill(connection: Connection, table: str, select: str) -> None:
    """Index what ``select`` reads (id, then texts) into ``table``, in place of what it held."""
    connection.exec_driver_sql(f"DELETE FROM {table}")
    _insert(connection, table, connection.exec_driver_sql(select).fetchall())


def rebuild(connection: Connection) -> None:
    """Index every record again (after a bulk insert, or when the cutting rules change)."""
    for table, select in SOURCES.values():
        fill(connection, table, select)
