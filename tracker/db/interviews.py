"""Queries and writes on interview rounds and their questions."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from tracker.db.models import InterviewQuestion, InterviewRound
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
