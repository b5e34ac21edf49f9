"""Negotiation steps, inside a session the caller owns."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from tracker.db.models import NegotiationStep


def steps_of(session: Session, offer_id: int) -> Sequence[NegotiationStep]:
    """An offer's steps outside the trash: by day (undated last), then as entered."""
    return session.exec(
        select(NegotiationStep)
        .where(NegotiationStep.offer_id == offer_id, col(NegotiationStep.deleted_at).is_(None))
        .order_by(
            col(NegotiationStep.occurred_on).is_(None),
            col(NegotiationStep.occurred_on),
            col(NegotiationStep.id),
        )
    ).all()
