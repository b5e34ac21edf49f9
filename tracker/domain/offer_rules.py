"""What an offer must be before it is saved, and how its salary text fills its pay fields."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.domain.enums import SalaryPeriod, WorkSchedule
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.offers import RATING_RANGE, OfferDraft
from tracker.domain.salary import (
    DEFAULT_CURRENCY,
    Salary,
    SalaryIssue,
    SalaryParseError,
    parse_salary,
)

MAX_MONEY = 100_000_000.0
# Bounds of what a letter can say; the pay engine refuses anything beyond them.
LIMITS: dict[str, tuple[float, float]] = {
    "monthly_base": (1.0, 10_000_000.0),
    "months_per_year": (12.0, 36.0),
    "bonus_months": (0.0, 24.0),
    "bonus_amount": (0.0, MAX_MONEY),
    "bonus_expected_payout": (0.0, 1.0),
    "sign_on_bonus": (0.0, MAX_MONEY),
    "equity_value": (0.0, MAX_MONEY),
    "equity_vesting_years": (1.0, 10.0),
    "monthly_allowances": (0.0, 1_000_000.0),
    "social_insurance_base": (0.0, 1_000_000.0),
    "housing_fund_base": (0.0, 1_000_000.0),
    "housing_fund_rate": (0.0, 0.12),
    "probation_months": (0.0, 6.0),  # the Labour Contract Law's longest probation
    "probation_pay_ratio": (0.5, 1.0),
    "weekly_hours": (1.0, 168.0),
    "commute_minutes": (0.0, 1440.0),
    "start_month": (1.0, 12.0),
}
TEXT_LIMITS = {"salary_text": 200, "city": 100, "notes": 20_000}


@dataclass(frozen=True, slots=True)
class LetterPay:
    """What a salary as people write it (``25K×16``, ``500元/天``) says about an offer's pay."""

    monthly_base: float | None  # None for a day or an hour rate
    months_per_year: int | None
    rate: float | None  # a day or an hour rate
    period: SalaryPeriod


def read_letter_pay(text: str) -> LetterPay:
    """The pay in an offer's salary text. A range takes its lower end: an offer states one
    figure, and a range in a letter is read cautiously.

    Raises:
        SalaryParseError: The text is not a salary Pivot can read (its ``issue`` says why).
    """
    salary: Salary = parse_salary(text)
    if salary.currency != DEFAULT_CURRENCY:
        raise SalaryParseError(text, SalaryIssue.UNRECOGNIZED)  # the pay rules are China's
    if salary.up_to:
        raise SalaryParseError(text, SalaryIssue.UPPER_BOUND_ONLY)  # no figure to take
    amount = salary.minimum
    if salary.period is SalaryPeriod.YEAR:
        months = salary.months_per_year or 12
        return LetterPay(amount / months, salary.months_per_year, None, salary.period)
    if salary.period is SalaryPeriod.MONTH:
        return LetterPay(amount, salary.months_per_year, None, salary.period)
    return LetterPay(None, None, amount, salary.period)


def is_day_rate(draft: OfferDraft) -> bool:
    """An offer paid by the day or the hour (an internship): its salary text says so and no
    monthly base is given."""
    if draft.monthly_base is not None or not draft.salary_text.strip():
        return False
    try:
        return read_letter_pay(draft.salary_text).rate is not None
    except SalaryParseError:
        return False


def validate_offer(draft: OfferDraft) -> None:
    problems: dict[str, FieldProblem] = {}
    for name, limit in TEXT_LIMITS.items():
        if len(getattr(draft, name)) > limit:
            problems[name] = FieldProblem.TOO_LONG
    if draft.monthly_base is None and not is_day_rate(draft):
        problems["monthly_base"] = FieldProblem.REQUIRED
    for name, (low, high) in LIMITS.items():
        value = getattr(draft, name)
        if value is not None and not low <= value <= high:
            problems[name] = FieldProblem.OUT_OF_RANGE
    if draft.work_schedule is WorkSchedule.OTHER and draft.weekly_hours is None:
        problems["weekly_hours"] = FieldProblem.REQUIRED
    if (
        draft.received_on is not None
        and draft.reply_deadline is not None
        and draft.reply_deadline < draft.received_on
    ):
        problems["reply_deadline"] = FieldProblem.OUT_OF_RANGE
    if any(rating not in RATING_RANGE for rating in draft.ratings.values()):
        problems["ratings"] = FieldProblem.OUT_OF_RANGE
    if problems:
        raise ValidationError(problems)
