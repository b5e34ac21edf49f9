"""Fast reads for lists and forms (plain SQL over the light connection)."""

from __future__ import annotations

from tracker.db import listing
from tracker.db.database import Database
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
