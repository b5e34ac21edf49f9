"""Choosing the rules for a tax year and a city from a book of dated versions."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Generic, TypeVar

from tracker.domain.pay.errors import PayInputCode, PayInputError
from tracker.domain.pay.money import MONTHS_IN_YEAR
from tracker.domain.pay.notices import NoticeCode, PayNotice
from tracker.domain.pay.rules import (
    BonusSeparateOption,
    Confidence,
    ContributionPeriod,
    DeductionItem,
    LabourWithholding,
    MedicalTier,
    Provenance,
    Region,
    TaxRules,
    TaxTable,
)

T = TypeVar("T")
NATIONAL = "national"


@dataclass(frozen=True, slots=True)
class Version(Generic[T]):
    """One dated version of a rule: in force from `valid_from` to `valid_to` (None: open)."""

    valid_from: date
    valid_to: date | None
    value: T
    provenance: Provenance

    def overlaps_year(self, year: int) -> bool:
        return self.valid_from <= date(year, 12, 31) and (
            self.valid_to is None or self.valid_to >= date(year, 1, 1)
        )


@dataclass(frozen=True, slots=True)
class TaxVersions:
    """Every tax rule with all its dated versions, oldest first."""

    annual_table: tuple[Version[TaxTable], ...]
    basic_deduction: tuple[Version[Decimal], ...]
    special_deductions: tuple[Version[tuple[DeductionItem, ...]], ...]
    annual_bonus_separate: tuple[Version[None], ...]
    labour_withholding: tuple[Version[LabourWithholding], ...]
    housing_fund_deduction: tuple[Version[Decimal], ...]

    def first_year(self) -> int:
        """The first tax year for which every required rule has a version."""
        required = (
            self.annual_table,
            self.basic_deduction,
            self.special_deductions,
            self.labour_withholding,
            self.housing_fund_deduction,
        )
        return max(min(v.valid_from.year for v in versions) for versions in required)


@dataclass(frozen=True, slots=True)
class PayRules:
    """Everything the engine needs for one tax year in one place.

    Attributes:
        year: The tax year asked for.
        rule_year: The year whose rules were used (the latest known when `year` is later).
        months: The contribution period applied in each calendar month, January first.
        notices: What the choice of rules wants the reader to know.
    """

    year: int
    rule_year: int
    tax: TaxRules
    region: Region
    months: tuple[ContributionPeriod, ...]
    notices: tuple[PayNotice, ...]

    def period(self, month: int) -> ContributionPeriod:
        return self.months[month - 1]

    def medical_tiers(self) -> tuple[MedicalTier, ...]:
        """The medical tiers of the year's periods, each key once (none in most cities)."""
        seen: dict[str, MedicalTier] = {}
        for period in self.months:
            for tier in period.medical_tiers:
                seen.setdefault(tier.key, tier)
        return tuple(seen.values())


def _fold(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def _pick(versions: tuple[Version[T], ...], year: int) -> Version[T] | None:
    """The newest version in force at some point of `year`."""
    for version in reversed(versions):
        if version.overlaps_year(year):
            return version
    return None


@dataclass(frozen=True, slots=True)
class RuleBook:
    """All the rules known: tax versions, regions, and the latest tax year they were checked for."""

    latest_year: int
    tax: TaxVersions
    regions: tuple[Region, ...]

    @property
    def cities(self) -> tuple[Region, ...]:
        return tuple(region for region in self.regions if region.key != NATIONAL)

    def region(self, name: str | None) -> Region:
        """The region called `name` (key, Chinese name, English name or alias, any case or
        width, with or without 市); the national default for None or an empty name.

        Raises:
            PayInputError: UNKNOWN_CITY, listing the known cities.
        """
        wanted = _fold(name or "") or NATIONAL
        wanted_short = wanted.removesuffix("市").removesuffix("shi") or wanted
        for region in self.regions:
            folded = {_fold(alias) for alias in region.names}
            if wanted in folded or wanted_short in folded:
                return region
        known = tuple(f"{city.name_zh}/{city.key}" for city in self.cities)
        raise PayInputError(PayInputCode.UNKNOWN_CITY, "city", known)

    def tax_rules(self, year: int) -> TaxRules:
        """The tax rules in force in `year`.

        Raises:
            PayInputError: YEAR_NOT_COVERED before the first year of the current rules.
        """
        annual = _pick(self.tax.annual_table, year)
        basic = _pick(self.tax.basic_deduction, year)
        special = _pick(self.tax.special_deductions, year)
        labour = _pick(self.tax.labour_withholding, year)
        cap = _pick(self.tax.housing_fund_deduction, year)
        if annual is None or basic is None or special is None or labour is None or cap is None:
            first = str(self.tax.first_year())
            raise PayInputError(PayInputCode.YEAR_NOT_COVERED, "year", (first, "…"))
        bonus = _pick(self.tax.annual_bonus_separate, year)
        provenance = [
            ("annual_table", annual.provenance),
            ("basic_deduction", basic.provenance),
            ("special_deductions", special.provenance),
            ("labour_withholding", labour.provenance),
            ("housing_fund_deduction", cap.provenance),
        ]
        if bonus is not None:
            provenance.append(("annual_bonus_separate", bonus.provenance))
        return TaxRules(
            annual_table=annual.value,
            basic_deduction_monthly=basic.value,
            special_deductions=special.value,
            bonus_separate=None if bonus is None else BonusSeparateOption(bonus.valid_to),
            labour=labour.value,
            housing_fund_deduction_rate_cap=cap.value,
            provenance=tuple(provenance),
        )

    def rules_for(self, year: int, city: str | None = None) -> PayRules:
        """The rules for tax year `year` in `city` (None: the national default).

        A year after `latest_year` is computed with the latest rules known, and says so. Dated
        ends stay in force: the separate bonus option is gone after its last day whatever the
        year of the other rules.

        Raises:
            PayInputError: UNKNOWN_CITY, or YEAR_NOT_COVERED before the current tax law.
        """
        region = self.region(city)
        tax = self.tax_rules(year)
        notices: list[PayNotice] = []
        rule_year = min(year, self.latest_year)
        if year > self.latest_year:
            notices.append(PayNotice(NoticeCode.YEAR_BEYOND_RULES, year=year, rule_year=rule_year))
        months: list[ContributionPeriod] = []
        stand_ins: dict[tuple[ContributionPeriod, NoticeCode], list[int]] = {}
        last = region.periods[-1]
        for month in range(1, MONTHS_IN_YEAR + 1):
            day = date(year, month, 1)
            period, inside = region.period_for(day)
            months.append(period)
            if not inside:
                later = period is last and last.valid_to is not None and day > last.valid_to
                code = (
                    NoticeCode.CITY_FIGURES_NOT_YET_KNOWN
                    if later
                    else NoticeCode.CITY_FIGURES_OUT_OF_PERIOD
                )
                stand_ins.setdefault((period, code), []).append(month)
        for (period, code), covered in stand_ins.items():
            notices.append(
                PayNotice(code, text=period.valid_from.isoformat(), months=tuple(covered))
            )
        if region.key == NATIONAL:
            notices.append(PayNotice(NoticeCode.NATIONAL_DEFAULT_BOUNDS))
        if region.key != NATIONAL and any(
            period.confidence is not Confidence.OFFICIAL for period in set(months)
        ):
            notices.append(PayNotice(NoticeCode.THIRD_PARTY_FIGURES, text=region.key))
        return PayRules(year, rule_year, tax, region, tuple(months), tuple(notices))
