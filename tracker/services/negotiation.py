"""An offer's negotiation log: each ask and counter kept in order; a step taken back goes to
the trash (``TrashService.put("negotiation", …)`` brings the same there)."""

from __future__ import annotations

from datetime import UTC, datetime

from tracker.db import negotiation_store as store
from tracker.db.database import Database
from tracker.db.models import NegotiationStep, Offer
from tracker.domain.enums import NegotiationSide
from tracker.domain.errors import NotFoundError
from tracker.domain.negotiation import StepDraft, validate_step


def _draft(row: NegotiationStep) -> StepDraft:
    known = row.side in {side.value for side in NegotiationSide}
    side = NegotiationSide(row.side) if known else NegotiationSide.ASK
    return StepDraft(
        offer_id=row.offer_id, side=side, occurred_on=row.occurred_on,
        salary_text=row.salary_text, monthly_base=row.monthly_base,
        months_per_year=row.months_per_year, bonus_months=row.bonus_months,
        sign_on_bonus=row.sign_on_bonus, equity_value=row.equity_value, note=row.note,
        id=row.id,
    )  # fmt: skip


class NegotiationService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def steps(self, offer_id: int) -> list[StepDraft]:
        """The offer's steps outside the trash, in the order they happened."""
        with self._database.read_session() as session:
            return [_draft(row) for row in store.steps_of(session, offer_id)]

    def save(self, draft: StepDraft) -> int:
        """Add a step (``draft.id`` None) or change one; returns its id."""
        validate_step(draft)
        with self._database.write_session() as session:
            if session.get(Offer, draft.offer_id) is None:
                raise NotFoundError("offer", draft.offer_id)
            row = NegotiationStep(offer_id=draft.offer_id)
            if draft.id is not None:
                found = session.get(NegotiationStep, draft.id)
                if found is None:
                    raise NotFoundError("negotiation step", draft.id)
                row = found
            row.side, row.occurred_on = draft.side.value, draft.occurred_on
            row.salary_text = draft.salary_text.strip()
            row.monthly_base, row.months_per_year = draft.monthly_base, draft.months_per_year
            row.bonus_months, row.sign_on_bonus = draft.bonus_months, draft.sign_on_bonus
            row.equity_value, row.note = draft.equity_value, draft.note
            session.add(row)
            session.flush()
            assert row.id is not None
            return row.id

    def set_deleted(self, step_id: int, deleted: bool) -> None:
        with self._database.write_session() as session:
            row = session.get(NegotiationStep, step_id)
            if row is None:
                raise NotFoundError("negotiation step", step_id)
            row.deleted_at = datetime.now(UTC) if deleted else None
            session.add(row)
