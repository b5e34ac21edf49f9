"""Companies as records: what the user keeps about one, and their history with it (every
application there, however it ended, and the people who work there)."""

from __future__ import annotations

from tracker.db import applications as store
from tracker.db import listing, search_index
from tracker.db.database import Database
from tracker.db.models import Company, utc_now
from tracker.domain.companies import CompanyDraft, validate_company
from tracker.domain.errors import NotFoundError
from tracker.domain.records import ApplicationRow


def _draft(row: Company) -> CompanyDraft:
    assert row.id is not None
    return CompanyDraft(
        row.id, row.name, row.website or "", row.industry or "", row.size or "",
        row.funding_stage or "", row.city or "", row.notes,
    )  # fmt: skip


class CompanyService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def named(self, name: str) -> CompanyDraft:
        """The company of this name (width and case aside)."""
        with self._database.read_session() as session:
            row = store.company_by_name(session, name)
            if row is None:
                raise NotFoundError("company", 0)
            return _draft(row)

    def history(self, company_id: int) -> list[ApplicationRow]:
        """Every application at the company outside the trash, archived ones too, newest
        first."""
        with self._database.read_session() as session:
            ids = store.application_ids_of_company(session, company_id)
        with self._database.reading() as connection:
            rows = listing.application_rows(connection, ids=ids) if ids else []
        return sorted(rows, key=lambda row: row.stage_changed_at, reverse=True)

    def save(self, draft: CompanyDraft) -> CompanyDraft:
        """Keep what the user says about the company; returns it as it was, for undoing."""
        validate_company(draft)
        with self._database.write_session() as session:
            row = session.get(Company, draft.id)
            if row is None:
                raise NotFoundError("company", draft.id)
            before = _draft(row)
            row.website = draft.website.strip() or None
            row.industry = draft.industry.strip() or None
            row.size = draft.size.strip() or None
            row.funding_stage = draft.funding_stage.strip() or None
            row.city = draft.city.strip() or None
            row.notes = draft.notes
            row.updated_at = utc_now()
            session.add(row)
            session.flush()
            search_index.reindex(session.connection(), "company", [draft.id])
            return before
