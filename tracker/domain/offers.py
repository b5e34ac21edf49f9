"""Offers as the letter states them, and the user's ratings of what money does not measure."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from tracker.domain.enums import ContributionBase, OfferStatus, RoleCategory, WorkSchedule
from tracker.domain.pay.bonus import BonusProration


class Criterion(StrEnum):
    """What an offer is rated on, 1–5, besides money."""

    INTEREST = "interest"
    LEARNING = "learning"
    GROWTH = "growth"
    TEAM = "team"
    STABILITY = "stability"
    WORK_LIFE = "work_life"
    COMMUTE = "commute"


RATING_RANGE = range(1, 6)


@dataclass(frozen=True, slots=True)
class OfferDraft:
    """Every field of an offer as its form holds it; ``id`` None for a new offer.

    Money is in yuan. ``months_per_year`` is 薪数 (months beyond 12 are paid as the year-end
    bonus); ``bonus_months`` and ``bonus_amount`` are a further performance bonus, of which
    ``bonus_expected_payout`` (0–1) is expected to be paid. ``housing_fund_rate`` is each
    side's rate (0.05–0.12); None takes the city's usual one. ``start_month`` is the month
    the job starts (None: not stated, the first year is then a whole one); in that first year
    the extra months are paid as ``bonus_proration`` says. ``medical_tier`` is the tier's key
    in a city whose medical insurance has tiers (None: the city's default).
    """

    application_id: int
    salary_text: str = ""
    monthly_base: float | None = None
    months_per_year: float = 12
    bonus_months: float | None = None
    bonus_amount: float | None = None
    bonus_expected_payout: float = 1.0
    sign_on_bonus: float | None = None
    equity_value: float | None = None
    equity_vesting_years: int | None = None
    monthly_allowances: float | None = None
    city: str = ""
    contribution_base: ContributionBase = ContributionBase.FULL_SALARY
    social_insurance_base: float | None = None
    housing_fund_base: float | None = None
    housing_fund_rate: float | None = None
    received_on: date | None = None
    reply_deadline: date | None = None
    status: OfferStatus = OfferStatus.PENDING
    probation_months: int | None = None
    probation_pay_ratio: float | None = None
    work_schedule: WorkSchedule = WorkSchedule.FIVE_DAY
    weekly_hours: float | None = None
    commute_minutes: int | None = None
    non_compete: bool = False
    outsourced: bool = False
    hukou_support: bool = False
    start_month: int | None = None
    bonus_proration: BonusProration = BonusProration.PRORATED
    medical_tier: str | None = None
    notes: str = ""
    ratings: dict[Criterion, int] = field(default_factory=dict)
    id: int | None = None


@dataclass(frozen=True, slots=True)
class OfferRead:
    id: int
    uuid: str
    draft: OfferDraft
    company_name: str
    role_title: str
    role_category: RoleCategory = RoleCategory.OTHER

    @property
    def title(self) -> str:
        return f"{self.company_name} · {self.role_title}"
