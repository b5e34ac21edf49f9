"""The trash: records deleted by the user (``deleted_at`` set) that can still come back, and
emptying it for good, in a session the caller owns."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection

_PARENT = (
    "(SELECT c.name || ' · ' || a.role_title FROM job_application a"
    " JOIN company c ON c.id = a.company_id WHERE a.id = t.application_id)"
)
# kind → (table, title, detail, extra condition: only records whose parent is not in the trash)
_KINDS: dict[str, tuple[str, str, str, str]] = {
    "application": (
        "job_application", "t.role_title", "(SELECT name FROM company WHERE id = t.company_id)",
        "",
    ),
    "note": (
        "note", "substr(t.body, 1, 80)", _PARENT,
        " AND (SELECT deleted_at FROM job_application WHERE id = t.application_id) IS NULL",
    ),
    "posting": (
        "posting_snapshot", "substr(t.text, 1, 80)", _PARENT,
        " AND (SELECT deleted_at FROM job_application WHERE id = t.application_id) IS NULL",
    ),
    "round": (
        "interview_round", "t.round_name", _PARENT,
        " AND (SELECT deleted_at FROM job_application WHERE id = t.application_id) IS NULL",
    ),
    "question": (
        "interview_question", "substr(t.question, 1, 80)",
        "(SELECT c.name || ' · ' || a.role_title || ' · ' || r.round_name FROM interview_round r"
        " JOIN job_application a ON a.id = r.application_id JOIN company c ON c.id = a.company_id"
        " WHERE r.id = t.round_id)",
        " AND (SELECT r.deleted_at IS NULL AND a.deleted_at IS NULL FROM interview_round r"
        " JOIN job_application a ON a.id = r.application_id WHERE r.id = t.round_id)",
    ),
    "offer": (
        "offer", "coalesce(nullif(t.salary_text, ''), '')", _PARENT,
        " AND (SELECT deleted_at FROM job_application WHERE id = t.application_id) IS NULL",
    ),
    "negotiation": (
        "negotiation_step", "coalesce(nullif(t.salary_text, ''), substr(t.note, 1, 80))",
        "(SELECT c.name || ' · ' || a.role_title FROM offer o JOIN job_application a"
        " ON a.id = o.application_id JOIN company c ON c.id = a.company_id"
        " WHERE o.id = t.offer_id)",
        " AND (SELECT o.deleted_at IS NULL AND a.deleted_at IS NULL FROM offer o"
        " JOIN job_application a ON a.id = o.application_id WHERE o.id = t.offer_id)",
    ),
    "story": ("own_story", "t.title", "t.source_title", ""),
    "benchmark": ("own_benchmark", "t.role", "t.source_title", ""),
    "contact": ("contact", "t.name", "(SELECT name FROM company WHERE id = t.company_id)", ""),
    "document": ("document", "t.title", "''", ""),
    "version": (
        "document_version", "t.label", "(SELECT title FROM document WHERE id = t.document_id)",
        " AND (SELECT deleted_at FROM document WHERE id = t.document_id) IS NULL",
    ),
}  # fmt: skip
# Tables whose deleted records emptying the trash removes (children go with their parents).
_EMPTIED = ("interview_question", "note", "posting_snapshot", "interview_round",
            "negotiation_step", "offer",
            "job_application", "own_story", "own_benchmark", "contact", "document_version",
            "document")  # fmt: skip
_SEARCH = {
    "search_company": "company", "search_application": "job_application",
    "search_note": "note", "search_posting": "posting_snapshot",
    "search_round": "interview_round",
    "search_question": "interview_question", "search_contact": "contact",
}  # fmt: skip


def trashed(connection: Connection) -> list[tuple[str, int, str, str, str]]:
    """(kind, id, title, detail, deleted_at as stored) of everything in the trash."""
    rows: list[tuple[str, int, str, str, str]] = []
    for kind, (table, title, detail, extra) in _KINDS.items():
        query = (
            f"SELECT t.id, {title}, coalesce({detail}, ''), t.deleted_at FROM {table} AS t"
            f" WHERE t.deleted_at IS NOT NULL{extra}"
        )
        rows += [(kind, *row) for row in connection.exec_driver_sql(query)]
    return sorted(rows, key=lambda row: row[4], reverse=True)


def set_deleted(connection: Connection, kind: str, ids: list[int], when: datetime | None) -> None:
    table = _KINDS[kind][0]
    marks = ",".join("?" * len(ids))
    stamp: Any = when.strftime("%Y-%m-%d %H:%M:%S.%f") if when else None
    connection.exec_driver_sql(
        f"UPDATE {table} SET deleted_at = ? WHERE id IN ({marks})", (stamp, *ids)
    )


def revive_companies_of(connection: Connection, application_ids: list[int]) -> None:
    """Companies an undone import hid come back with an application restored from the trash."""
    marks = ",".join("?" * len(application_ids))
    connection.exec_driver_sql(
        "UPDATE company SET deleted_at = NULL WHERE deleted_at IS NOT NULL AND id IN"
        f" (SELECT company_id FROM job_application WHERE id IN ({marks}))",
        tuple(application_ids),
    )


def empty(connection: Connection) -> int:
    """Delete every record in the trash for good (and its entries in the search index);
    returns how many records the user had put there."""
    count = len(trashed(connection))
    for table in _EMPTIED:
        connection.exec_driver_sql(f"DELETE FROM {table} WHERE deleted_at IS NOT NULL")
    # A company left with nothing of the user's goes too (companies exist for applications).
    connection.exec_driver_sql(
        "DELETE FROM company WHERE id NOT IN (SELECT company_id FROM job_application)"
        " AND id NOT IN (SELECT company_id FROM contact WHERE company_id IS NOT NULL)"
    )
    for index, table in _SEARCH.items():
        connection.exec_driver_sql(
            f"DELETE FROM {index} WHERE rowid NOT IN (SELECT id FROM {table})"
        )
    return count
