"""What a tax year of wages comes to: month lines, the bonus, totals and the settlement."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from tracker.domain.pay.bonus import BonusTaxation, TrapZone
from tracker.domain.pay.contributions import ContributionLines
from tracker.domain.pay.money import ZERO
from tracker.domain.pay.notices import PayNotice


@dataclass(frozen=True, slots=True)
class MonthLine:
    """One month employed. `iit` is all tax withheld that month, a separately taxed bonus too."""

    month: int
    wage: Decimal
    bonus: Decimal
    contributions: ContributionLines
    cumulative_taxable: Decimal
    iit: Decimal
    bonus_tax: Decimal

    @property
    def gross(self) -> Decimal:
        return self.wage + self.bonus

    @property
    def social_insurance(self) -> Decimal:
        return self.contributions.social_insurance

    @property
    def housing_fund(self) -> Decimal:
        return self.contributions.housing_fund

    @property
    def take_home(self) -> Decimal:
        return self.gross - self.social_insurance - self.housing_fund - self.iit


@dataclass(frozen=True, slots=True)
class BonusOutcome:
    """The annual bonus and both ways of taxing it.

    Attributes:
        tax: The tax withheld because of the bonus (for MERGED, the extra withholding it caused).
        separate_tax: The separate tax; None when the option has ended.
        liability_separate: The year's tax if taxed separately; None when unavailable.
        liability_merged: The year's tax if merged.
        trap_zone: The zone the bonus sits in when it is taxed separately.
    """

    amount: Decimal
    taxation: BonusTaxation
    tax: Decimal
    separate_tax: Decimal | None
    liability_separate: Decimal | None
    liability_merged: Decimal
    trap_zone: TrapZone | None


@dataclass(frozen=True, slots=True)
class YearResult:
    """A tax year of wages. Money is in yuan, rounded to the fen.

    `take_home_total` is the cash received during the year; `settlement` (withheld − liability,
    positive for a refund) arrives at the annual settlement the next spring.
    """

    year: int
    rule_year: int
    region_key: str
    months: tuple[MonthLine, ...]
    bonus: BonusOutcome
    iit_wages: Decimal
    iit_annual: Decimal
    notices: tuple[PayNotice, ...]
    gross_total: Decimal = field(init=False)
    pension_total: Decimal = field(init=False)
    medical_total: Decimal = field(init=False)
    unemployment_total: Decimal = field(init=False)
    housing_fund_total: Decimal = field(init=False)
    housing_fund_employer_total: Decimal = field(init=False)
    housing_fund_taxed: Decimal = field(init=False)
    iit_total: Decimal = field(init=False)

    def __post_init__(self) -> None:
        def total(values: list[Decimal]) -> Decimal:
            return sum(values, ZERO)

        lines = [month.contributions for month in self.months]
        setter = object.__setattr__
        setter(self, "gross_total", total([month.gross for month in self.months]))
        setter(self, "pension_total", total([line.pension for line in lines]))
        setter(self, "medical_total", total([line.medical for line in lines]))
        setter(self, "unemployment_total", total([line.unemployment for line in lines]))
        setter(self, "housing_fund_total", total([line.housing_fund for line in lines]))
        setter(self, "housing_fund_employer_total", total([x.housing_fund_employer for x in lines]))
        setter(
            self,
            "housing_fund_taxed",
            total([line.housing_fund - line.housing_fund_deductible for line in lines]),
        )
        setter(self, "iit_total", total([month.iit for month in self.months]))

    @property
    def social_insurance_total(self) -> Decimal:
        return self.pension_total + self.medical_total + self.unemployment_total

    @property
    def bonus_tax(self) -> Decimal:
        return self.bonus.tax

    @property
    def settlement(self) -> Decimal:
        return self.iit_total - self.iit_annual

    @property
    def take_home_total(self) -> Decimal:
        return (
            self.gross_total
            - self.social_insurance_total
            - self.housing_fund_total
            - self.iit_total
        )

    @property
    def take_home_after_settlement(self) -> Decimal:
        """Cash for the year once the settlement is paid or refunded: the fair annual figure."""
        return self.take_home_total + self.settlement

    @property
    def cash_plus_housing_fund(self) -> Decimal:
        """Cash after settlement plus both sides' deposits into the housing-fund account."""
        return (
            self.take_home_after_settlement
            + self.housing_fund_total
            + self.housing_fund_employer_total
        )
