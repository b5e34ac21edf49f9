"""Reminders: worked out from the records each time (``tracker.domain.reminders``), with what
became of each kept in the database by key."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, tzinfo

from tracker.db import reminder_store
from tracker.db.database import Database
from tracker.domain.pipeline import Pipeline
from tracker.domain.records import ApplicationRow
from tracker.domain.reminders import Reminder, ReminderState, reminders_for
from tracker.services.interview_queries import InterviewQueries
from tracker.services.queries import ApplicationQueries

# Rounds and deadlines further ahead than this remind of nothing yet (the earliest reminder is
# two days before); the window checks again well before then.
LOOK_AHEAD = timedelta(days=8)


class ReminderService:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._rounds = InterviewQueries(database)
        self._queries = ApplicationQueries(database)

    def reminders(
        self, rows: Iterable[ApplicationRow], pipeline: Pipeline, now: datetime, here: tzinfo
    ) -> list[Reminder]:
        """Every reminder of the open applications in ``rows`` (those outside the trash)."""
        rounds = self._rounds.upcoming(now - timedelta(days=1), now + LOOK_AHEAD)
        deadlines = self._queries.offer_deadlines((now + LOOK_AHEAD).date())
        follow_ups = self._queries.follow_ups((now + LOOK_AHEAD).date())
        return reminders_for(rows, rounds, deadlines, pipeline, here, follow_ups)

    def state(self) -> ReminderState:
        with self._database.reading() as connection:
            return reminder_store.read_state(connection)

    def mark_shown(self, keys: Iterable[str], when: datetime | None = None) -> None:
        """Never show these reminders again (they were shown, or the user said done)."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return
        with self._database.write_session() as session:
            reminder_store.mark_shown(session.connection(), wanted, when or datetime.now(UTC))

    def snooze(self, keys: Iterable[str], until: datetime) -> None:
        """Show these reminders again at ``until``."""
        with self._database.write_session() as session:
            for key in dict.fromkeys(keys):
                reminder_store.snooze(session.connection(), key, until)
