"""What an offer is worth in money: the pay engine's figures for it, ready to compare.

Figures are for a full year of employment under the rules of ``rules.rule_year``: the steady
year (no sign-on) for the yearly rows, the first twelve months (with the sign-on and the first
year's vesting) and four years for the longer views. An offer paid by the day or the hour is an
internship paid as labour remuneration: no social insurance or housing fund, tax withheld per
payment and squared at the annual settlement. Estimates from published rules, not tax advice.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from tracker.domain.enums import SalaryPeriod
from tracker.domain.offer_rules import is_day_rate, read_letter_pay
from tracker.domain.offers import OfferDraft
from tracker.domain.pay import (
    BaseChoice,
    CompensationResult,
    EquityGrant,
    NoticeCode,
    PayInput,
    PayNotice,
    PayRules,
    compute_compensation,
    compute_labour,
    hourly_value,
)
from tracker.domain.pay.hourly import HOURS_PER_DAY, WEEKS_PER_YEAR

MONTHS = 12
FULL_WEEK_HOURS = Decimal(40)


@dataclass(frozen=True, slots=True)
class Scenario:
    """What-ifs applied to every offer: ``bonus_share`` of the year-end bonus (months beyond
    12, bonus months and amount) is paid (1 as stated, 0.5 half, 0 none); equity may be left
    out of the longer views."""

    bonus_share: float = 1.0
    count_equity: bool = True


AS_STATED = Scenario()


@dataclass(frozen=True, slots=True)
class ComponentStack:
    """Where a year's gross pay goes, for one offer's bar in the comparison chart (yuan a
    year). ``take_home + tax + social_insurance + housing_fund`` is the gross; the employer's
    housing-fund deposit comes on top of it."""

    label: str
    take_home: float
    tax: float
    social_insurance: float
    housing_fund: float
    housing_fund_employer: float


@dataclass(frozen=True, slots=True)
class ReferenceBand:
    """A market figure as yearly gross pay (yuan), drawn as a band behind the offers' bars:
    a bar's full length without the employer's fund is its gross, so the two compare."""

    label: str  # with its year, e.g. "AI trainer offers (2024)"
    low: float
    high: float


@dataclass(frozen=True, slots=True)
class OfferValue:
    """An offer's money a year (yuan). ``take_home`` is cash after tax, contributions and the
    annual settlement; ``cash_plus_housing_fund`` adds both sides' housing-fund deposits."""

    gross: float
    social_insurance: float
    housing_fund: float
    housing_fund_employer: float
    tax: float
    take_home: float
    cash_plus_housing_fund: float
    # The first year: cash, both funds, sign-on, vested equity; the calendar year joined when
    # the offer states its start month, else twelve months from a January start.
    first_year: float
    four_years: float
    hourly: float  # take-home per hour worked or commuting
    bonus: float  # the year-end bonus counted (after the scenario)
    rule_year: int
    internship: bool
    notices: tuple[PayNotice, ...]

    def stack(self, label: str) -> ComponentStack:
        return ComponentStack(
            label,
            self.take_home,
            self.tax,
            self.social_insurance,
            self.housing_fund,
            self.housing_fund_employer,
        )


def _d(value: float | None) -> Decimal:
    return Decimal(str(value)) if value else Decimal(0)


def yearly_bonus(draft: OfferDraft, scenario: Scenario = AS_STATED) -> Decimal:
    """The year-end bonus counted: months paid beyond 12, bonus months and a bonus amount,
    the last two at their expected payout, all at the scenario's share."""
    base = _d(draft.monthly_base)
    extra_months = max(Decimal(0), _d(draft.months_per_year) - MONTHS)
    performance = (_d(draft.bonus_months) * base + _d(draft.bonus_amount)) * _d(
        draft.bonus_expected_payout
    )
    return (extra_months * base + performance) * _d(scenario.bonus_share)


def pay_input(draft: OfferDraft, scenario: Scenario = AS_STATED) -> PayInput:
    """The pay engine's input for a wage offer: the extra months (N薪) as months on the base,
    so that a year joined late prorates them as the offer says; the performance bonus as an
    amount. Both at the scenario's share."""
    si = BaseChoice(True, draft.contribution_base, _maybe(draft.social_insurance_base))
    hf = BaseChoice(True, draft.contribution_base, _maybe(draft.housing_fund_base))
    base = _d(draft.monthly_base)
    share = _d(scenario.bonus_share)
    extra_months = max(Decimal(0), _d(draft.months_per_year) - MONTHS)
    return PayInput(
        monthly=base + _d(draft.monthly_allowances),
        months_paid=MONTHS + extra_months * share,
        extra_months_base=base,
        bonus=yearly_bonus(draft, scenario) - extra_months * base * share,
        social_insurance=si,
        housing_fund=hf,
        housing_fund_rate=_maybe(draft.housing_fund_rate),
        sign_on=_d(draft.sign_on_bonus),
        start_month=draft.start_month or 1,
        bonus_proration=draft.bonus_proration,
        medical_tier=draft.medical_tier or None,
    )


def _maybe(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def value_offer(draft: OfferDraft, rules: PayRules, scenario: Scenario = AS_STATED) -> OfferValue:
    """The offer's yearly money under ``rules``.

    Raises:
        PayInputError: Figures the pay engine refuses (they are validated before saving, so
            this means rules that cannot take them).
    """
    if is_day_rate(draft):
        return _internship(draft, rules)
    draft = _tier_the_city_has(draft, rules)
    compensation = compute_compensation(pay_input(draft, scenario), rules, _equity(draft, scenario))
    steady = compensation.steady_year
    take_home = steady.take_home_after_settlement
    both_funds = steady.housing_fund_total + steady.housing_fund_employer_total
    hourly = hourly_value(
        take_home,
        draft.work_schedule,
        weekly_hours=_maybe(draft.weekly_hours),
        commute_minutes=_d(draft.commute_minutes),
    )
    return OfferValue(
        gross=float(steady.gross_total),
        social_insurance=float(steady.social_insurance_total),
        housing_fund=float(steady.housing_fund_total),
        housing_fund_employer=float(steady.housing_fund_employer_total),
        tax=float(steady.iit_annual),
        take_home=float(take_home),
        cash_plus_housing_fund=float(take_home + both_funds),
        first_year=float(_first_year(draft, compensation)),
        four_years=float(compensation.four_year_total),
        hourly=float(hourly.per_hour_with_commute),
        bonus=float(steady.bonus.amount),
        rule_year=steady.rule_year,
        internship=False,
        notices=steady.notices + _joining_notices(draft, compensation),
    )


def _tier_the_city_has(draft: OfferDraft, rules: PayRules) -> OfferDraft:
    """The offer's medical tier where its city has that tier; else the city's default (a tier
    kept from another city, or from rules that have since changed, is not an error)."""
    if not draft.medical_tier:
        return draft
    tiers = {tier.key for tier in rules.medical_tiers()}
    return draft if draft.medical_tier in tiers else replace(draft, medical_tier=None)


def _first_year(draft: OfferDraft, compensation: CompensationResult) -> Decimal:
    """The first twelve months from the start; with a start month stated, the calendar year
    joined (its months, its prorated or full extra months, the sign-on) and the first year's
    equity."""
    if not draft.start_month or draft.start_month == 1:
        return compensation.years[0].total
    joining = compensation.joining_year
    funds = joining.housing_fund_total + joining.housing_fund_employer_total
    return joining.take_home_after_settlement + funds + compensation.years[0].equity


_JOINING_ONLY = (NoticeCode.BONUS_PRORATED, NoticeCode.BONUS_PAID_IN_FULL)


def _joining_notices(draft: OfferDraft, compensation: CompensationResult) -> tuple[PayNotice, ...]:
    """What the first year's figure did with the extra months, when the job starts late."""
    if not draft.start_month or draft.start_month == 1:
        return ()
    return tuple(n for n in compensation.joining_year.notices if n.code in _JOINING_ONLY)


def _equity(draft: OfferDraft, scenario: Scenario) -> EquityGrant | None:
    if not draft.equity_value or not scenario.count_equity:
        return None
    return EquityGrant.evenly(_d(draft.equity_value), draft.equity_vesting_years or 4)


def monthly_labour_pay(draft: OfferDraft) -> Decimal:
    """An internship's pay a month: the day rate over the days worked (from the weekly hours,
    five days without them), or the hour rate over the hours."""
    letter = read_letter_pay(draft.salary_text)
    assert letter.rate is not None
    hours = _maybe(draft.weekly_hours) or FULL_WEEK_HOURS
    weeks_a_month = WEEKS_PER_YEAR / MONTHS
    rate = Decimal(str(letter.rate))
    if letter.period is SalaryPeriod.HOUR:
        return (rate * hours * weeks_a_month).quantize(Decimal("0.01"))
    if letter.period is SalaryPeriod.WEEK:
        return (rate * weeks_a_month).quantize(Decimal("0.01"))
    days = min(hours / HOURS_PER_DAY, Decimal(7))
    return (rate * days * weeks_a_month).quantize(Decimal("0.01"))


def _internship(draft: OfferDraft, rules: PayRules) -> OfferValue:
    monthly = monthly_labour_pay(draft)
    result = compute_labour([monthly] * MONTHS, rules)
    gross = result.gross_total
    tax = result.iit_annual  # after the annual settlement
    take_home = gross - tax
    hourly = hourly_value(
        take_home,
        draft.work_schedule,
        weekly_hours=_maybe(draft.weekly_hours),
        commute_minutes=_d(draft.commute_minutes),
    )
    return OfferValue(
        gross=float(gross),
        social_insurance=0.0,
        housing_fund=0.0,
        housing_fund_employer=0.0,
        tax=float(tax),
        take_home=float(take_home),
        cash_plus_housing_fund=float(take_home),
        first_year=float(take_home),
        four_years=float(take_home * 4),
        hourly=float(hourly.per_hour_with_commute),
        bonus=0.0,
        rule_year=result.rule_year,
        internship=True,
        notices=result.notices,
    )
