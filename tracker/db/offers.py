"""Queries on offers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row
from sqlmodel import Session, col, select

from tracker.db.models import Company, JobApplication, Offer
from tracker.domain.errors import NotFoundError

OfferColumns = Row[Any]  # an offer's columns by name, as ``live_offers`` reads them


def get_offer(session: Session, offer_id: int) -> Offer:
    found = session.get(Offer, offer_id)
    if found is None or found.deleted_at is not None:
        raise NotFoundError("offer", offer_id)
    return found


def live_offers(session: Session) -> Sequence[OfferColumns]:
    """Every offer not in the trash whose application is not either: its columns as a row
    (read without building a record object for each: the Offers page lists them all), with
    ``company_name``, ``role_title`` and ``role_category``; the soonest reply deadline first,
    then the newest."""
    offer = Offer.__table__  # type: ignore[attr-defined]
    return session.execute(
        select(
            offer,
            col(Company.name).label("company_name"),
            JobApplication.role_title,
            JobApplication.role_category,
        )
        .join(JobApplication, col(JobApplication.id) == Offer.application_id)
        .join(Company, col(Company.id) == JobApplication.company_id)
        .where(col(Offer.deleted_at).is_(None), col(JobApplication.deleted_at).is_(None))
        .order_by(
            col(Offer.reply_deadline).is_(None),
            col(Offer.reply_deadline),
            col(Offer.id).desc(),
        )
    ).all()


def names_of(session: Session, application_id: int) -> tuple[str, str, str]:
    """The company's name, the role and its category of an application."""
    row = session.exec(
        select(Company.name, JobApplication.role_title, JobApplication.role_category)
        .join(Company, col(Company.id) == JobApplication.company_id)
        .where(JobApplication.id == application_id)
    ).first()
    if row is None:
        raise NotFoundError("application", application_id)
    return row[0], row[1], row[2]
