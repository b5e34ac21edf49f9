"""Fast reads for lists and forms (plain SQL over the light connection)."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from tracker.db import listing
from tracker.db.database import Database
from tracker.db.pragmas import read_apart
from tracker.domain.agenda import FollowUp, OfferDeadline
from tracker.domain.enums import Outcome
from tracker.domain.records import ApplicationRow

# How far back a rejection or a silence at a company is worth a word when applying there again.
RECENT_CLOSURE = timedelta(days=183)


class ClosedBefore(NamedTuple):
    """An application at the same company that ended badly not long ago."""

    application_id: int
    role_title: str
    outcome: Outcome
    closed_at: datetime


class ApplicationQueries:
    def __init__(self, database: Database) -> None:
        self._database = database

    def rows(self) -> list[ApplicationRow]:
        with self._database.reading() as connection:
            return listing.application_rows(connection)

    def rows_by_id(self, ids: list[int]) -> list[ApplicationRow]:
        with self._database.reading() as connection:
            return listing.application_rows(connection, ids=ids)

    def company_names(self) -> list[str]:
        with self._database.reading() as connection:
            return listing.company_names(connection)

    def duplicates(
        self, company_name: str, role_title: str, *, exclude_id: int | None = None
    ) -> list[int]:
        """Applications already logged for the same company and role."""
        with self._database.reading() as connection:
            found = listing.same_company_and_role(connection, company_name, role_title)
        return [id_ for id_ in found if id_ != exclude_id]

    def same_link(self, link: str, *, exclude_id: int | None = None) -> list[int]:
        """Applications already logged with this job link."""
        with self._database.reading() as connection:
            found = listing.same_link(connection, link)
        return [id_ for id_ in found if id_ != exclude_id]

    def recently_closed(self, company_name: str, now: datetime) -> ClosedBefore | None:
        """The latest application at this company that ended in a rejection or in silence in
        the last six months, if any (worth knowing before applying there again)."""
        since = now - RECENT_CLOSURE
        outcomes = (Outcome.REJECTED.value, Outcome.GHOSTED.value)
        with self._database.reading() as connection:
            found = listing.closed_at_company(connection, company_name, outcomes, since)
        if not found:
            return None
        id_, role, outcome, when = found[0]
        return ClosedBefore(id_, role, Outcome(outcome), when)

    def offer_deadlines(self, until: date) -> list[OfferDeadline]:
        with self._database.reading() as connection:
            return listing.offer_deadlines(connection, until)

    def follow_ups(self, until: date) -> list[FollowUp]:
        """People to get back in touch with by ``until``, for the Agenda."""
        with self._database.reading() as connection:
            return listing.follow_ups(connection, until)


class RowsPrefetch:
    """The applications list read in a thread as the program starts, while the window's code
    loads; used only if the file then opens unchanged (no upgrade ran)."""

    def __init__(self, path: Path) -> None:
        self._rows: list[ApplicationRow] | None = None
        self._thread = threading.Thread(target=self._read, args=(path,), daemon=True)
        self._thread.start()

    def _read(self, path: Path) -> None:
        # None for an older schema or a damaged file: read the ordinary way.
        self._rows = read_apart(path, listing.application_rows)

    def take(self) -> list[ApplicationRow] | None:
        self._thread.join()
        rows, self._rows = self._rows, None
        return rows
