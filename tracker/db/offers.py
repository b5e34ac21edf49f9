"""Queries on offers."""

from __future__ import annotations

from sqlmodel import Session, col, select

from tracker.db.models import Company, JobApplication, Offer
from tracker.domain.errors import NotFoundError


def get_offer(session: Session, offer_id: int) -> Offer:
    found = session.get(Offer, offer_id)
    if found is None or found.deleted_at is not None:
        raise NotFoundError("offer", offer_id)
    return found


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
