"""Offers: saved, read back, moved to the trash and back."""

from __future__ import annotations

from dataclasses import fields

from tracker.db import offers as store
from tracker.db.applications import get_application
from tracker.db.database import Database
from tracker.db.models import Offer, utc_now
from tracker.db.offer_listing import OfferColumns, live_offers
from tracker.db.session import Session
from tracker.domain.enums import ContributionBase, OfferStatus, RoleCategory, WorkSchedule
from tracker.domain.errors import NotFoundError
from tracker.domain.offer_rules import validate_offer
from tracker.domain.offers import Criterion, OfferDraft, OfferRead
from tracker.domain.pay import BonusProration

# Fields stored as they are (the enums, ratings and ids are converted on the way).
_PLAIN_FIELDS = tuple(
    f.name
    for f in fields(OfferDraft)
    if f.name
    not in {
        "application_id",
        "id",
        "ratings",
        "contribution_base",
        "status",
        "work_schedule",
        "bonus_proration",
    }
)


def _rating_column(criterion: Criterion) -> str:
    return f"rating_{criterion.value}"


def _draft(row: Offer | OfferColumns) -> OfferDraft:
    """The offer of a stored row (a record, or a row of its columns: both name them)."""
    assert row.id is not None
    ratings = {
        criterion: value
        for criterion in Criterion
        if (value := getattr(row, _rating_column(criterion))) is not None
    }
    plain = {name: getattr(row, name) for name in _PLAIN_FIELDS}
    plain["city"] = plain["city"] or ""
    return OfferDraft(
        application_id=row.application_id,
        contribution_base=ContributionBase(row.contribution_base),
        status=OfferStatus(row.status),
        work_schedule=WorkSchedule(row.work_schedule),
        bonus_proration=BonusProration(row.bonus_proration),
        ratings=ratings,
        id=row.id,
        **plain,
    )


def _read(row: Offer | OfferColumns, company: str, role: str, category: str) -> OfferRead:
    assert row.id is not None
    return OfferRead(
        id=row.id,
        uuid=row.uuid,
        draft=_draft(row),
        company_name=company,
        role_title=role,
        role_category=RoleCategory(category),
    )


def _store(row: Offer, draft: OfferDraft) -> None:
    for name in _PLAIN_FIELDS:
        value = getattr(draft, name)
        setattr(row, name, value.strip() if isinstance(value, str) and name != "notes" else value)
    row.city = draft.city.strip() or None
    row.contribution_base = draft.contribution_base.value
    row.status = draft.status.value
    row.work_schedule = draft.work_schedule.value
    row.bonus_proration = draft.bonus_proration.value
    row.medical_tier = (draft.medical_tier or "").strip() or None
    for criterion in Criterion:
        setattr(row, _rating_column(criterion), draft.ratings.get(criterion))
    row.updated_at = utc_now()


class OfferService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list(self) -> list[OfferRead]:
        """Every live offer, the soonest reply deadline first."""
        with self._database.reading() as connection:
            return [
                _read(row, row.company_name, row.role_title, row.role_category)
                for row in live_offers(connection)
            ]

    def get(self, offer_id: int) -> OfferRead:
        with self._database.read_session() as session:
            return self._get(session, offer_id)

    def _get(self, session: Session, offer_id: int) -> OfferRead:
        row = store.get_offer(session, offer_id)
        return _read(row, *store.names_of(session, row.application_id))

    def save(self, draft: OfferDraft) -> OfferRead:
        """Create or update an offer in one transaction."""
        validate_offer(draft)
        with self._database.write_session() as session:
            get_application(session, draft.application_id)
            if draft.id is None:
                row = Offer(application_id=draft.application_id)
            else:
                row = store.get_offer(session, draft.id)
                row.application_id = draft.application_id
            _store(row, draft)
            session.add(row)
            session.flush()
            assert row.id is not None
            return self._get(session, row.id)

    def set_deleted(self, offer_id: int, deleted: bool) -> None:
        """Move an offer to the trash, or bring it back."""
        with self._database.write_session() as session:
            row = session.get(Offer, offer_id)
            if row is None:
                raise NotFoundError("offer", offer_id)
            row.deleted_at = utc_now() if deleted else None
            session.add(row)
