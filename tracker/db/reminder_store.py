"""What became of reminders, by key (plain SQL over the light connection to read, a write
session to change)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from sqlalchemy import Connection

from tracker.domain.reminders import ReminderState

_STAMP = "%Y-%m-%d %H:%M:%S.%f"


def _stored(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_STAMP)


def read_state(connection: sqlite3.Connection) -> ReminderState:
    rows = connection.execute("SELECT key, shown_at, snoozed_until FROM reminder_state")
    shown: set[str] = set()
    snoozed: dict[str, datetime] = {}
    for key, shown_at, until in rows:
        if shown_at:
            shown.add(str(key))
        elif until:
            snoozed[str(key)] = datetime.fromisoformat(f"{until}+00:00")
    return ReminderState(frozenset(shown), snoozed)


def mark_shown(connection: Connection, keys: list[str], when: datetime) -> None:
    """Remember these reminders as shown (or done): they are never shown again."""
    connection.exec_driver_sql(
        "INSERT INTO reminder_state (key, shown_at, snoozed_until) VALUES (?, ?, NULL)"
        " ON CONFLICT(key) DO UPDATE SET shown_at = excluded.shown_at, snoozed_until = NULL",
        [(key, _stored(when)) for key in keys],
    )


def snooze(connection: Connection, key: str, until: datetime) -> None:
    """Show this reminder again at ``until`` (it was shown: the snooze makes it due again)."""
    connection.exec_driver_sql(
        "INSERT INTO reminder_state (key, shown_at, snoozed_until) VALUES (?, NULL, ?)"
        " ON CONFLICT(key) DO UPDATE SET shown_at = NULL, snoozed_until = excluded.snoozed_until",
        (key, _stored(until)),
    )
