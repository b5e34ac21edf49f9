"""Queries and writes on interview rounds and their questions."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from tracker.db.models import Company, InterviewQuestion, InterviewRound, JobApplication
from tracker.domain.errors import NotFoundError


def get_round(session: Session, round_id: int) -> InterviewRound:
    found = session.get(InterviewRound, round_id)
    if found is None or found.deleted_at is not None:
        raise NotFoundError("interview round", round_id)
    return found


def rounds_of(session: Session, application_id: int) -> Sequence[InterviewRound]:
    return session.exec(
        select(InterviewRound)
        .where(
            InterviewRound.application_id == application_id,
            col(InterviewRound.deleted_at).is_(None),
        )
        .order_by(col(InterviewRound.scheduled_at).is_(None), col(InterviewRound.scheduled_at))
    ).all()


def questions_of(session: Session, round_id: int) -> Sequence[InterviewQuestion]:
    return session.exec(
        select(InterviewQuestion)
        .where(InterviewQuestion.round_id == round_id, col(InterviewQuestion.deleted_at).is_(None))
        .order_by(col(InterviewQuestion.position), col(InterviewQuestion.id))
    ).all()


def rounds_with_roles(
    session: Session, round_ids: list[int] | None
) -> Sequence[tuple[InterviewRound, str, str]]:
    """Rounds (the scheduled ones, or those of ``round_ids``) outside the trash, of
    applications outside the trash, soonest first, with the role and the company's name."""
    query = (
        select(InterviewRound, JobApplication.role_title, Company.name)
        .join(JobApplication, col(JobApplication.id) == col(InterviewRound.application_id))
        .join(Company, col(Company.id) == col(JobApplication.company_id))
        .where(
            col(InterviewRound.deleted_at).is_(None),
            col(JobApplication.deleted_at).is_(None),
        )
        .order_by(col(InterviewRound.scheduled_at), col(InterviewRound.id))
    )
    if round_ids is None:
        query = query.where(col(InterviewRound.scheduled_at).is_not(None))
    else:
        query = query.where(col(InterviewRound.id).in_(round_ids))
    return session.exec(query).all()
