"""The services one open database offers, built once by the composition root.

The applications service (and with it SQLAlchemy and SQLModel) is created on first use; the
window asks for it right after its first paint, so no click ever waits for the import.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from tracker.db.database import Database
from tracker.services.interview_queries import InterviewQueries
from tracker.services.pipeline import PipelineService
from tracker.services.queries import ApplicationQueries
from tracker.services.search import SearchService

if TYPE_CHECKING:
    from tracker.services.applications import ApplicationService
    from tracker.services.companies import CompanyService
    from tracker.services.documents import DocumentService
    from tracker.services.importing import ImportService
    from tracker.services.insights import InsightService
    from tracker.services.interviews import InterviewService
    from tracker.services.negotiation import NegotiationService
    from tracker.services.offer_values import OfferValues
    from tracker.services.offers import OfferService
    from tracker.services.people import PeopleService
    from tracker.services.postings import PostingService
    from tracker.services.reference import ReferenceService
    from tracker.services.reminders import ReminderService
    from tracker.services.trash import TrashService


class Services:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.queries = ApplicationQueries(database)
        self.pipeline = PipelineService(database)
        self.search = SearchService(database)
        self.interview_queries = InterviewQueries(database)

    @cached_property
    def applications(self) -> ApplicationService:
        from tracker.services.applications import ApplicationService

        return ApplicationService(self.database)

    @cached_property
    def companies(self) -> CompanyService:
        from tracker.services.companies import CompanyService

        return CompanyService(self.database)

    @cached_property
    def reminders(self) -> ReminderService:
        from tracker.services.reminders import ReminderService

        return ReminderService(self.database)

    @cached_property
    def postings(self) -> PostingService:
        from tracker.services.postings import PostingService

        return PostingService(self.database)

    @cached_property
    def interviews(self) -> InterviewService:
        from tracker.services.interviews import InterviewService

        return InterviewService(self.database)

    @cached_property
    def insights(self) -> InsightService:
        from tracker.services.insights import InsightService

        return InsightService(self.database)

    @cached_property
    def reference(self) -> ReferenceService:
        from tracker.services.reference import ReferenceService

        return ReferenceService(self.database)

    @cached_property
    def offers(self) -> OfferService:
        from tracker.services.offers import OfferService

        return OfferService(self.database)

    @cached_property
    def negotiation(self) -> NegotiationService:
        from tracker.services.negotiation import NegotiationService

        return NegotiationService(self.database)

    @cached_property
    def people(self) -> PeopleService:
        from tracker.services.people import PeopleService

        return PeopleService(self.database)

    @cached_property
    def documents(self) -> DocumentService:
        from tracker.services.documents import DocumentService

        return DocumentService(self.database)

    @cached_property
    def offer_values(self) -> OfferValues:
        """Reads the user's own pay rules from the database's folder too."""
        from tracker.services.offer_values import OfferValues

        return OfferValues(self.database.path.parent)

    def _back_up(self, label: str) -> object:
        """A verified backup into the database folder's backups (before imports, before
        emptying the trash)."""
        from tracker.services.maintenance import back_up

        return back_up(self.database.path, self.database.path.parent / "backups", label=label)

    @cached_property
    def imports(self) -> ImportService:
        """Imports back the database up first."""
        from tracker.services.importing import ImportService

        return ImportService(self.database, self.pipeline.current, backup=self._back_up)

    @cached_property
    def trash(self) -> TrashService:
        """Emptying the trash backs the database up first."""
        from tracker.services.trash import TrashService

        return TrashService(self.database, self._back_up)

    def close(self) -> None:
        self.database.close()
