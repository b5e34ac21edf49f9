"""Negotiating an offer: each ask and counter as the terms on the table at that step, and the
offer as it would stand on those terms (whatever a step leaves out stays as the offer says)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from tracker.domain.enums import NegotiationSide
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.offers import OfferDraft

MAX_AMOUNT = 1e9
MONTHS = (1.0, 36.0)  # 薪数 a step may state


@dataclass(frozen=True, slots=True)
class StepDraft:
    offer_id: int
    side: NegotiationSide = NegotiationSide.ASK
    occurred_on: date | None = None
    salary_text: str = ""
    monthly_base: float | None = None
    months_per_year: float | None = None
    bonus_months: float | None = None
    sign_on_bonus: float | None = None
    equity_value: float | None = None
    note: str = ""
    id: int | None = None

    @property
    def terms(self) -> tuple[float | None, ...]:
        return (self.monthly_base, self.months_per_year, self.bonus_months,
                self.sign_on_bonus, self.equity_value)  # fmt: skip


def validate_step(draft: StepDraft) -> None:
    problems: dict[str, FieldProblem] = {}
    if all(term is None for term in draft.terms) and not draft.note.strip():
        problems["monthly_base"] = FieldProblem.REQUIRED
    for name in ("monthly_base", "bonus_months", "sign_on_bonus", "equity_value"):
        value = getattr(draft, name)
        if value is not None and not 0 <= value <= MAX_AMOUNT:
            problems[name] = FieldProblem.OUT_OF_RANGE
    months = draft.months_per_year
    if months is not None and not MONTHS[0] <= months <= MONTHS[1]:
        problems["months_per_year"] = FieldProblem.OUT_OF_RANGE
    if len(draft.salary_text) > 200:
        problems["salary_text"] = FieldProblem.TOO_LONG
    if len(draft.note) > 100_000:
        problems["note"] = FieldProblem.TOO_LONG
    if problems:
        raise ValidationError(problems)


def on_terms(offer: OfferDraft, step: StepDraft) -> OfferDraft:
    """The offer as it would stand on the step's terms."""
    terms = {
        "monthly_base": step.monthly_base, "months_per_year": step.months_per_year,
        "bonus_months": step.bonus_months, "sign_on_bonus": step.sign_on_bonus,
        "equity_value": step.equity_value,
    }  # fmt: skip
    changes: dict[str, object] = {k: v for k, v in terms.items() if v is not None}
    if step.salary_text.strip():
        changes["salary_text"] = step.salary_text.strip()
    return replace(offer, **changes)  # type: ignore[arg-type]
