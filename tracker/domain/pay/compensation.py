"""Total compensation: the joining year's cash, a steady year, and four years with equity.

Follows levels.fyi's definition as the research summarises it: annualised TC = base + the average
yearly value of the equity grant + the bonus + sign-on ÷ 4; the first-year view counts the whole
sign-on and the first year's vesting instead.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from tracker.domain.pay.book import PayRules
from tracker.domain.pay.errors import PayInputCode, PayInputError
from tracker.domain.pay.money import MONTHS_IN_YEAR, ONE, ZERO, cents, check_amount, to_decimal
from tracker.domain.pay.results import YearResult
from tracker.domain.pay.year import PayInput, compute_year

FOUR_YEARS = 4
SIGN_ON_SPREAD_YEARS = Decimal(FOUR_YEARS)


@dataclass(frozen=True, slots=True)
class EquityGrant:
    """An equity grant: its total value, the share vesting each year, and a haircut.

    Attributes:
        value: The grant's total value in yuan at offer time.
        vesting: The share of the grant vesting in each year, year one first; sums to at most 1
            (e.g. 0.25 × 4, or 0.05 / 0.15 / 0.40 / 0.40).
        haircut: The share to discount, e.g. for options of an unlisted company (0–1).
    """

    value: Decimal
    vesting: tuple[Decimal, ...]
    haircut: Decimal = ZERO

    @classmethod
    def evenly(cls, value: Decimal, years: int = FOUR_YEARS) -> EquityGrant:
        return cls(value, tuple(ONE / years for _ in range(years)))

    def vested(self, year_index: int) -> Decimal:
        """The discounted value vesting in year `year_index` (0 is the first year)."""
        if year_index >= len(self.vesting):
            return ZERO
        return self.value * self.vesting[year_index] * (ONE - self.haircut)

    @property
    def yearly_average(self) -> Decimal:
        return self.value * (ONE - self.haircut) / len(self.vesting)


@dataclass(frozen=True, slots=True)
class CompensationYear:
    """One year of employment (a full year; the sign-on in the first).

    `cash` is take-home after the annual settlement; `equity` is pre-tax (its tax depends on
    how and when it is sold), so `total` mixes after-tax cash with pre-tax equity.
    """

    index: int
    gross_cash: Decimal
    cash: Decimal
    housing_fund: Decimal  # both sides' deposits
    equity: Decimal
    sign_on: Decimal

    @property
    def cash_plus_housing_fund(self) -> Decimal:
        return self.cash + self.housing_fund

    @property
    def total(self) -> Decimal:
        return self.cash_plus_housing_fund + self.equity

    @property
    def gross_total(self) -> Decimal:
        """levels.fyi's view of the year: gross cash plus equity."""
        return self.gross_cash + self.equity


@dataclass(frozen=True, slots=True)
class CompensationResult:
    """An offer's money over time.

    Attributes:
        joining_year: The calendar year of joining, from the start month, with the sign-on.
        steady_year: A full calendar year without sign-on or first-job relief.
        years: Four full years of employment.
        annualised_tc: levels.fyi's annualised total compensation (gross).
    """

    joining_year: YearResult
    steady_year: YearResult
    years: tuple[CompensationYear, ...]
    annualised_tc: Decimal

    @property
    def first_year_cash(self) -> Decimal:
        """Cash received in the joining calendar year, after its settlement."""
        return self.joining_year.take_home_after_settlement

    @property
    def steady_yearly_cash(self) -> Decimal:
        return self.steady_year.take_home_after_settlement

    @property
    def first_year_tc(self) -> Decimal:
        return self.years[0].gross_total

    @property
    def four_year_total(self) -> Decimal:
        return sum((year.total for year in self.years), ZERO)

    @property
    def four_year_gross(self) -> Decimal:
        return sum((year.gross_total for year in self.years), ZERO)


def _year(index: int, result: YearResult, equity: Decimal, sign_on: Decimal) -> CompensationYear:
    return CompensationYear(
        index=index,
        gross_cash=result.gross_total,
        cash=result.take_home_after_settlement,
        housing_fund=result.housing_fund_total + result.housing_fund_employer_total,
        equity=cents(equity),
        sign_on=sign_on,
    )


def compute_compensation(
    pay: PayInput, rules: PayRules, equity: EquityGrant | None = None
) -> CompensationResult:
    """The joining year, a steady year and a four-year view of `pay` (its `sign_on` included).

    Later years use the same rules: nobody knows next year's bounds.

    Raises:
        PayInputError: Bad pay figures, a negative grant, or vesting shares outside 0–1.
    """
    if equity is not None:
        equity = EquityGrant(
            check_amount(to_decimal(equity.value, "equity"), "equity"),
            tuple(to_decimal(share, "vesting") for share in equity.vesting),
            to_decimal(equity.haircut, "vesting"),
        )
        shares = equity.vesting
        if (
            not shares
            or any(share < 0 for share in shares)
            or sum(shares, ZERO) > ONE
            or not ZERO <= equity.haircut <= ONE
        ):
            raise PayInputError(PayInputCode.OUT_OF_RANGE, "vesting")
    # compute_year is pure: a year whose pay is one already worked out is that result (most
    # offers start in January, many without a sign-on bonus).
    known: list[tuple[PayInput, YearResult]] = []

    def year_of(asked: PayInput) -> YearResult:
        found = next((result for done, result in known if done == asked), None)
        if found is None:
            found = compute_year(asked, rules)
            known.append((asked, found))
        return found

    joining = year_of(pay)
    steady_pay = replace(pay, start_month=1, first_job_this_year=False, sign_on=ZERO)
    steady = year_of(steady_pay)
    first_full = year_of(replace(steady_pay, sign_on=pay.sign_on))
    years = tuple(
        _year(
            index + 1,
            first_full if index == 0 else steady,
            ZERO if equity is None else equity.vested(index),
            pay.sign_on if index == 0 else ZERO,
        )
        for index in range(FOUR_YEARS)
    )
    yearly_equity = ZERO if equity is None else equity.yearly_average
    annualised = (
        pay.monthly * MONTHS_IN_YEAR
        + steady_pay.annual_bonus  # a full year's, whatever the joining year paid
        + yearly_equity
        + pay.sign_on / SIGN_ON_SPREAD_YEARS
    )
    return CompensationResult(joining, steady, years, cents(annualised))
