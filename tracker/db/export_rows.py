"""What a spreadsheet export reads: every application (or the chosen ones) with its company,
its stage history and its notes, in three plain queries."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from tracker.domain.application_fields import COMPANY_FIELD, SALARY_COLUMNS, STORED_FIELDS

# The declared fields, what was read from the salary, and the record's state.
_STATE = ("current_stage", "outcome", "stage_changed_at", "archived")
_STORED = (*(spec.column for spec in STORED_FIELDS), *SALARY_COLUMNS, *_STATE)
_COLUMNS = ("a.id", "c.name", *(f"a.{column}" for column in _STORED))
NAMES = ("id", COMPANY_FIELD, *_STORED)


def application_rows(
    connection: sqlite3.Connection, ids: Sequence[int] | None
) -> list[dict[str, Any]]:
    """The applications not in the trash, in the order of ``ids`` (or by date applied)."""
    query = (
        f"SELECT {', '.join(_COLUMNS)} FROM job_application a "
        "JOIN company c ON c.id = a.company_id WHERE a.deleted_at IS NULL"
    )
    rows = [dict(zip(NAMES, row, strict=True)) for row in connection.execute(query)]
    if ids is None:
        return sorted(rows, key=lambda row: (row["applied_on"] or "", row["id"]))
    by_id = {row["id"]: row for row in rows}
    return [by_id[id_] for id_ in ids if id_ in by_id]


def histories(connection: sqlite3.Connection) -> dict[int, list[tuple[str, str | None, str]]]:
    """Application id → its moves (stage, outcome, when as stored), oldest first."""
    moves: dict[int, list[tuple[str, str | None, str]]] = defaultdict(list)
    for application_id, stage, outcome, at in connection.execute(
        "SELECT application_id, to_stage, to_outcome, occurred_at FROM stage_event "
        "ORDER BY application_id, occurred_at, id"
    ):
        moves[application_id].append((stage, outcome, at))
    return moves


def note_bodies(connection: sqlite3.Connection) -> dict[int, list[str]]:
    """Application id → the bodies of its notes, oldest first."""
    bodies: dict[int, list[str]] = defaultdict(list)
    for application_id, body in connection.execute(
        "SELECT application_id, body FROM note WHERE deleted_at IS NULL "
        "ORDER BY application_id, created_at, id"
    ):
        bodies[application_id].append(body)
    return bodies


def stage_keys(connection: sqlite3.Connection) -> list[str]:
    """The pipeline's stage keys in order, for the export's date columns."""
    return [
        key for (key,) in connection.execute("SELECT key FROM pipeline_stage ORDER BY position")
    ]
