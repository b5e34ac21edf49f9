"""The employee's monthly social insurance and housing fund, and what of it is deductible."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from tracker.domain.enums import ContributionBase
from tracker.domain.pay.money import ZERO, rounded
from tracker.domain.pay.rules import ContributionItem, ContributionPeriod, HousingFundRules


@dataclass(frozen=True, slots=True)
class BaseChoice:
    """How the employer declares a contribution base.

    Attributes:
        enabled: False when the employer does not contribute at all.
        policy: FULL_SALARY clamps the salary to the city's bounds; MINIMUM declares the city's
            floor (the salary where the city has none); CUSTOM clamps `amount` to the bounds
            (a base is never declared outside them).
        amount: The declared base for CUSTOM.
    """

    enabled: bool = True
    policy: ContributionBase = ContributionBase.FULL_SALARY
    amount: Decimal | None = None


@dataclass(frozen=True, slots=True)
class ContributionLines:
    """One month's contributions; `housing_fund_deductible` is the part that lowers taxable pay."""

    si_base: Decimal
    hf_base: Decimal
    pension: Decimal
    medical: Decimal
    unemployment: Decimal
    housing_fund: Decimal
    housing_fund_employer: Decimal
    housing_fund_deductible: Decimal

    @property
    def social_insurance(self) -> Decimal:
        return self.pension + self.medical + self.unemployment

    @property
    def deductible(self) -> Decimal:
        """专项扣除: social insurance in full, the housing fund up to its cap."""
        return self.social_insurance + self.housing_fund_deductible


NO_CONTRIBUTIONS = ContributionLines(ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO)


def _si_base(item: ContributionItem, salary: Decimal, choice: BaseChoice) -> Decimal:
    if choice.policy == ContributionBase.CUSTOM and choice.amount is not None:
        return item.clamp(choice.amount)
    if choice.policy == ContributionBase.MINIMUM:
        return item.base_min if item.base_min is not None else salary
    return item.clamp(salary)


def _line(item: ContributionItem, base: Decimal) -> Decimal:
    return rounded(base * item.rate, item.rounding) + item.fixed


def _hf_base(rules: HousingFundRules, salary: Decimal, choice: BaseChoice) -> Decimal:
    if choice.policy == ContributionBase.CUSTOM and choice.amount is not None:
        return rules.clamp(choice.amount)
    if choice.policy == ContributionBase.MINIMUM:
        return rules.base_min if rules.base_min is not None else salary
    return rules.clamp(salary)


def housing_fund_share(rules: HousingFundRules, base: Decimal, rate: Decimal) -> Decimal:
    """One side's monthly deposit: the basic share up to `rate_max`, any supplementary share
    above it, each rounded as the city rounds."""
    basic_rate = min(rate, rules.rate_max)
    share = rounded(base * basic_rate, rules.rounding)
    if rate > basic_rate:
        share += rounded(base * (rate - basic_rate), rules.rounding)
    return share


def deductible_fund(
    rules: HousingFundRules, salary: Decimal, rate: Decimal, deduction_rate_cap: Decimal
) -> Decimal:
    """The most of a month's housing fund that is tax-free: the capped rate (12 %) on the
    employee's own wage, itself no more than the city's deduction cap (three times the local
    average wage; the base cap where the city states no other)."""
    cap_base = salary if rules.deduction_base_max is None else min(salary, rules.deduction_base_max)
    return housing_fund_share(rules, cap_base, min(rate, deduction_rate_cap))


def monthly_contributions(
    period: ContributionPeriod,
    salary: Decimal,
    *,
    social_insurance: BaseChoice,
    housing_fund: BaseChoice,
    housing_fund_rate: Decimal,
    deduction_rate_cap: Decimal,
    medical_tier: str | None = None,
) -> ContributionLines:
    """The employee's contributions for a month paid `salary`.

    The housing fund counts as a deduction only up to the capped rate on the employee's own wage,
    itself no more than the city's base cap (财税〔2006〕10号, as summarised in the research);
    the rest is taxed.
    """
    pension = medical = unemployment = si_base = ZERO
    if social_insurance.enabled:
        si_base = _si_base(period.pension, salary, social_insurance)
        pension = _line(period.pension, si_base)
        medical_item = period.medical_for(medical_tier)
        medical = _line(medical_item, _si_base(medical_item, salary, social_insurance))
        unemployment = _line(
            period.unemployment, _si_base(period.unemployment, salary, social_insurance)
        )
    fund = employer = deductible = hf_base = ZERO
    if housing_fund.enabled and housing_fund_rate > 0:
        rules = period.housing_fund
        hf_base = _hf_base(rules, salary, housing_fund)
        fund = employer = housing_fund_share(rules, hf_base, housing_fund_rate)
        tax_free = deductible_fund(rules, salary, housing_fund_rate, deduction_rate_cap)
        deductible = min(fund, tax_free)
    return ContributionLines(
        si_base=si_base,
        hf_base=hf_base,
        pension=pension,
        medical=medical,
        unemployment=unemployment,
        housing_fund=fund,
        housing_fund_employer=employer,
        housing_fund_deductible=deductible,
    )
