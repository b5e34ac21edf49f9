"""Read-only listings of interview rounds and questions, in plain SQL over the light connection
(the agenda is read at start-up, before SQLAlchemy is imported)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime

_BANK_SQL = """
SELECT q.id, q.round_id, r.application_id, q.question, q.my_answer, q.tags, q.rating,
       r.round_name, r.scheduled_at, c.name, a.role_title, a.role_category
FROM interview_question AS q
JOIN interview_round AS r ON r.id = q.round_id
JOIN job_application AS a ON a.id = r.application_id
JOIN company AS c ON c.id = a.company_id
WHERE q.deleted_at IS NULL AND r.deleted_at IS NULL AND a.deleted_at IS NULL
ORDER BY r.scheduled_at IS NULL, r.scheduled_at DESC, q.position
"""

_UPCOMING_SQL = """
SELECT r.id, r.application_id, r.round_name, r.kind, r.scheduled_at, r.time_zone,
       c.name, a.role_title
FROM interview_round AS r
CROSS JOIN job_application AS a ON a.id = r.application_id  -- rounds first: by their time
JOIN company AS c ON c.id = a.company_id
WHERE r.deleted_at IS NULL AND a.deleted_at IS NULL AND r.status = 'scheduled'
  AND r.scheduled_at >= ? AND r.scheduled_at < ?
ORDER BY r.scheduled_at
"""


def _utc_text(moment: datetime) -> str:
    """How a UTC datetime is stored (and so compares as text)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def bank_rows(connection: sqlite3.Connection) -> Iterator[tuple[object, ...]]:
    """The question bank's rows, one at a time (read while the connection is held)."""
    return iter(connection.execute(_BANK_SQL))


def upcoming_rows(
    connection: sqlite3.Connection, start: datetime, end: datetime
) -> list[tuple[object, ...]]:
    return connection.execute(_UPCOMING_SQL, (_utc_text(start), _utc_text(end))).fetchall()


def stored_datetime(text: object) -> datetime | None:
    return datetime.fromisoformat(f"{text}+00:00") if text else None


def stored_date(text: object) -> date | None:
    moment = stored_datetime(text)
    return moment.date() if moment else None


def round_of_question(connection: sqlite3.Connection, question_id: int) -> int | None:
    """The round a question was asked in, or None when there is no such question."""
    row = connection.execute(
        "SELECT round_id FROM interview_question WHERE id = ?", (question_id,)
    ).fetchone()
    return int(row[0]) if row else None
