"""Fast reads for lists and forms (plain SQL over the light connection)."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from tracker.db import listing
from tracker.db.database import Database
from tracker.db.pragmas import read_apart
from tracker.domain.agenda import OfferDeadline
from tracker.domain.records import ApplicationRow


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

    def offer_deadlines(self, until: date) -> list[OfferDeadline]:
        with self._database.reading() as connection:
            return listing.offer_deadlines(connection, until)


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
