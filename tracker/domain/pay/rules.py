"""The rules of pay as plain frozen values: tax tables, deductions, contributions by city.

Every rule carries its provenance (sources and how far they can be trusted). The services layer
reads them from ``resources/pay_rules``; nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from itertools import pairwise

from tracker.domain.pay.money import ZERO, Rounding


class Confidence(StrEnum):
    """How far a figure can be trusted, best first."""

    OFFICIAL = "official"  # read in the government's own text
    THIRD_PARTY = "third_party"  # only aggregators or other calculators publish it
    RECALLED = "recalled"  # remembered, not found in a source
    ASSUMED = "assumed"  # no source gives it: a stated assumption, said in the output

    @property
    def rank(self) -> int:
        return _CONFIDENCE_ORDER.index(self)


_CONFIDENCE_ORDER = tuple(Confidence)


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True, slots=True)
class Provenance:
    confidence: Confidence
    sources: tuple[Source, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class Bracket:
    """One band of a progressive table: amounts up to `upper` (inclusive; None: no limit)."""

    upper: Decimal | None
    rate: Decimal
    quick_deduction: Decimal


@dataclass(frozen=True, slots=True)
class TaxTable:
    """A progressive table read with the quick-deduction formula ``amount × rate − quick``."""

    brackets: tuple[Bracket, ...]

    def bracket_for(self, amount: Decimal) -> Bracket:
        """The band `amount` falls in; an upper bound belongs to its own band."""
        for bracket in self.brackets:
            if bracket.upper is None or amount <= bracket.upper:
                return bracket
        return self.brackets[-1]

    def tax(self, amount: Decimal) -> Decimal:
        """The exact (unrounded) tax on `amount`; nothing on zero or less."""
        if amount <= 0:
            return ZERO
        bracket = self.bracket_for(amount)
        return max(amount * bracket.rate - bracket.quick_deduction, ZERO)

    def divided(self, divisor: int) -> TaxTable:
        """The same table with bounds and quick deductions divided, e.g. by 12 for months."""
        return TaxTable(
            tuple(
                Bracket(
                    None if b.upper is None else b.upper / divisor,
                    b.rate,
                    b.quick_deduction / divisor,
                )
                for b in self.brackets
            )
        )


def table_problem(table: TaxTable) -> str | None:
    """Why `table` is not a proper progressive table, or None: bounds rising, only the last band
    open, rates rising, and the tax continuous at every bound."""
    brackets = table.brackets
    if brackets[0].quick_deduction != 0:
        return "the first band has a quick deduction"
    for index, (below, above) in enumerate(pairwise(brackets)):
        if below.upper is None:
            return f"band {index} is open but not last"
        if above.upper is not None and above.upper <= below.upper:
            return f"band {index + 1} does not rise"
        if above.rate <= below.rate:
            return f"rate {index + 1} does not rise"
        edge = below.upper
        if edge * below.rate - below.quick_deduction != edge * above.rate - above.quick_deduction:
            return f"the tax jumps at {edge}"
    if brackets[-1].upper is not None:
        return "the last band has an upper bound"
    return None


@dataclass(frozen=True, slots=True)
class DeductionItem:
    """One special additional deduction (专项附加扣除) as published: an amount per period."""

    key: str
    amount: Decimal
    per: str  # "month" or "year"
    note: str = ""


@dataclass(frozen=True, slots=True)
class LabourWithholding:
    """Per-payment withholding on labour remuneration (劳务报酬) and its share at settlement."""

    small_payment_limit: Decimal  # payments up to this subtract `fixed_expense` ...
    fixed_expense: Decimal
    expense_rate: Decimal  # ... larger ones subtract this share
    table: TaxTable  # 预扣率表二
    income_share: Decimal  # the share of income that joins comprehensive income (80 %)


@dataclass(frozen=True, slots=True)
class BonusSeparateOption:
    """Separate taxation of the annual one-time bonus, available until `valid_to`."""

    valid_to: date | None


@dataclass(frozen=True, slots=True)
class TaxRules:
    """The individual income tax rules in force for one tax year."""

    annual_table: TaxTable
    basic_deduction_monthly: Decimal
    special_deductions: tuple[DeductionItem, ...]
    bonus_separate: BonusSeparateOption | None
    labour: LabourWithholding
    housing_fund_deduction_rate_cap: Decimal
    provenance: tuple[tuple[str, Provenance], ...] = ()
    monthly_table: TaxTable = field(init=False, compare=False)

    def __post_init__(self) -> None:
        # Derived, never stored: the monthly-converted table is the annual one divided by 12.
        object.__setattr__(self, "monthly_table", self.annual_table.divided(12))


@dataclass(frozen=True, slots=True)
class ContributionItem:
    """One social-insurance line: ``base × rate + fixed`` on a base clamped to the bounds."""

    rate: Decimal
    fixed: Decimal
    base_min: Decimal | None
    base_max: Decimal | None
    rounding: Rounding
    provenance: Provenance

    def clamp(self, salary: Decimal) -> Decimal:
        base = salary
        if self.base_max is not None:
            base = min(base, self.base_max)
        if self.base_min is not None:
            base = max(base, self.base_min)
        return base


@dataclass(frozen=True, slots=True)
class HousingFundRules:
    """The housing fund (住房公积金): rates the employer may choose, base bounds, rounding.

    A rate above `rate_max` is paid as a supplementary fund (Shanghai's 补充公积金), up to
    `supplementary_rate_max` more, each share rounded on its own.
    """

    rate_min: Decimal
    rate_max: Decimal
    supplementary_rate_max: Decimal
    default_rate: Decimal
    base_min: Decimal | None
    base_max: Decimal | None
    rounding: Rounding
    provenance: Provenance
    tax_free_base_max: Decimal | None = None  # where the city states one apart from base_max

    def clamp(self, salary: Decimal) -> Decimal:
        base = salary
        if self.base_max is not None:
            base = min(base, self.base_max)
        if self.base_min is not None:
            base = max(base, self.base_min)
        return base

    @property
    def deduction_base_max(self) -> Decimal | None:
        """The highest wage whose capped share is tax-free: three times the local average wage,
        which is the base cap unless the city states it apart."""
        return self.tax_free_base_max if self.tax_free_base_max is not None else self.base_max

    @property
    def highest_rate(self) -> Decimal:
        return self.rate_max + self.supplementary_rate_max


@dataclass(frozen=True, slots=True)
class MedicalTier:
    """One tier of a city whose medical insurance has several (Shenzhen's 一档 / 二档), each
    with its own rate and bounds: a person is in one of them, never a mix."""

    key: str  # "1", "2"
    name_zh: str
    name_en: str
    item: ContributionItem


@dataclass(frozen=True, slots=True)
class ContributionPeriod:
    """A city's employee contributions from `valid_from` to `valid_to` (None: until replaced).

    Where medical insurance has tiers, `medical` is the default tier's line and
    `medical_tiers` lists every tier, the default named by `default_medical_tier`."""

    valid_from: date
    valid_to: date | None
    pension: ContributionItem
    medical: ContributionItem
    unemployment: ContributionItem
    housing_fund: HousingFundRules
    medical_tiers: tuple[MedicalTier, ...] = ()
    default_medical_tier: str = ""

    def medical_for(self, tier: str | None) -> ContributionItem:
        """The medical line of `tier`; the default line for None or a city without tiers.

        Raises:
            KeyError: A tier the city does not have.
        """
        if not tier or not self.medical_tiers:
            return self.medical
        for known in self.medical_tiers:
            if known.key == tier:
                return known.item
        raise KeyError(tier)

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    @property
    def confidence(self) -> Confidence:
        """The weakest confidence of its figures."""
        marks = (
            self.pension.provenance.confidence,
            self.medical.provenance.confidence,
            self.unemployment.provenance.confidence,
            self.housing_fund.provenance.confidence,
            *(tier.item.provenance.confidence for tier in self.medical_tiers),
        )
        return max(marks, key=lambda mark: mark.rank)


@dataclass(frozen=True, slots=True)
class Region:
    """A city (or the national default) with its contribution periods, oldest first."""

    key: str
    name_zh: str
    name_en: str
    aliases: tuple[str, ...]
    periods: tuple[ContributionPeriod, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.key, self.name_zh, self.name_en, *self.aliases)

    def period_for(self, day: date) -> tuple[ContributionPeriod, bool]:
        """The period covering `day`, and True; else the nearest one, and False."""
        for period in reversed(self.periods):
            if period.covers(day):
                return period, True
        earlier = [period for period in self.periods if period.valid_from <= day]
        return (earlier[-1] if earlier else self.periods[0]), False
