"""What a spreadsheet export reads: every application (or the chosen ones) with its company,
its stage history and its notes, in three plain queries."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

_COLUMNS = (
    "a.id", "c.name", "a.role_title", "a.role_category", "a.current_stage", "a.outcome",
    "a.applied_on", "a.city", "a.work_mode", "a.channel", "a.referral_code", "a.salary_text",
    "a.salary_min", "a.salary_max", "a.salary_period", "a.salary_months", "a.job_url",
    "a.priority", "a.tags", "a.next_action", "a.next_action_due", "a.resume_version",
    "a.job_description", "a.stage_changed_at", "a.archived",
)  # fmt: skip
NAMES = tuple("company" if column == "c.name" else column[2:] for column in _COLUMNS)


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
