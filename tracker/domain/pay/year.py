"""A year of wages month by month: contributions, cumulative withholding, the annual bonus, and
the annual settlement.

Withholding follows 国家税务总局公告2018年第61号 art. 6: each month the tax on the year's
cumulative taxable pay, less what was already withheld (never a refund during the year). The
annual liability applies the same table to the year's totals; `settlement` is withheld − liability,
positive for a refund.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from tracker.domain.enums import ContributionBase
from tracker.domain.pay.bonus import (
    BonusMethod,
    BonusProration,
    BonusTaxation,
    TrapZone,
    separate_bonus_tax,
    trap_zone_of,
)
from tracker.domain.pay.book import PayRules
from tracker.domain.pay.contributions import BaseChoice, ContributionLines, monthly_contributions
from tracker.domain.pay.errors import PayInputCode, PayInputError
from tracker.domain.pay.money import MONTHS_IN_YEAR, ZERO, cents, check_amount, to_decimal
from tracker.domain.pay.notices import NoticeCode, PayNotice
from tracker.domain.pay.results import BonusOutcome, MonthLine, YearResult
from tracker.domain.pay.rules import Confidence, TaxRules

MIN_MONTHS_PAID = Decimal(12)
MAX_MONTHS_PAID = Decimal(36)
DECLARED_ON_SALARY = BaseChoice()


@dataclass(frozen=True, slots=True)
class PayInput:
    """An offer's figures for one tax year.

    Attributes:
        monthly: Gross monthly wage (月薪).
        months_paid: Months paid a year (薪数); those beyond 12 are paid as the annual bonus.
        bonus: A further annual bonus amount, added to that bonus.
        bonus_method: How the bonus is taxed; AUTO picks the lower annual tax.
        bonus_month: The month the bonus is paid (default December).
        start_month: The first month employed this year.
        first_job_this_year: The first wage income of the year (国家税务总局公告2020年第13号):
            the basic deduction counts calendar months, not months employed, and so do the
            special additional deductions, from the month the person became eligible (no other
            employer took them; what the employer does not deduct is claimed back at the
            annual settlement, 国家税务总局公告2018年第60号).
        social_insurance: How the social-insurance base is declared, or that there is none.
        housing_fund: How the housing-fund base is declared, or that there is none.
        housing_fund_rate: Each side's rate; None for the city's default, 0 for no fund.
        special_deductions: Special additional deductions a month (专项附加扣除).
        deductions_from_month: The month the person became eligible for them this year.
        bonus_proration: With a start after January, whether the extra months (N薪) are
            prorated by the months employed (the default) or paid in full.
        medical_tier: In a city with medical tiers (Shenzhen), the tier's key; None for the
            city's default tier.
        extra_months_base: The monthly figure the extra months are counted on, where it is
            not `monthly` (an offer's allowances are paid monthly but not in the 13th month).
        sign_on: A sign-on payment with the first month's wage, taxed as wages.
        basic_deduction_up_front: The employer deducts the year's 60,000 from January
            (国家税务总局公告2020年第19号: the same employer paid at most 60,000 in every month of
            the previous year); only with a January start.
    """

    monthly: Decimal
    months_paid: Decimal = MIN_MONTHS_PAID
    bonus: Decimal = ZERO
    bonus_method: BonusMethod = BonusMethod.AUTO
    bonus_month: int | None = None
    start_month: int = 1
    first_job_this_year: bool = False
    social_insurance: BaseChoice = DECLARED_ON_SALARY
    housing_fund: BaseChoice = DECLARED_ON_SALARY
    housing_fund_rate: Decimal | None = None
    special_deductions: Decimal = ZERO
    sign_on: Decimal = ZERO
    basic_deduction_up_front: bool = False
    deductions_from_month: int = 1
    bonus_proration: BonusProration = BonusProration.PRORATED
    medical_tier: str | None = None
    extra_months_base: Decimal | None = None

    def __post_init__(self) -> None:
        # Callers may hand in ints, floats or text; the engine computes in Decimal, and anything
        # that is no number is a PayInputError, never a TypeError later.
        for name, field_name in _NUMBER_FIELDS:
            value = getattr(self, name)
            if value is None and name not in ("housing_fund_rate", "extra_months_base"):
                raise PayInputError(PayInputCode.NOT_A_NUMBER, field_name)
            if value is not None and not isinstance(value, Decimal):
                object.__setattr__(self, name, to_decimal(value, field_name))
            elif isinstance(value, Decimal) and not value.is_finite():
                raise PayInputError(PayInputCode.NOT_A_NUMBER, field_name)
        try:
            object.__setattr__(self, "bonus_method", BonusMethod(self.bonus_method))
        except ValueError:
            raise PayInputError(PayInputCode.OUT_OF_RANGE, "bonus_method") from None
        try:
            object.__setattr__(self, "bonus_proration", BonusProration(self.bonus_proration))
        except ValueError:
            raise PayInputError(PayInputCode.OUT_OF_RANGE, "bonus_proration") from None
        for name in ("start_month", "bonus_month", "deductions_from_month"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise PayInputError(PayInputCode.OUT_OF_RANGE, name, ("1", "12"))
        for attribute, field_name in (("social_insurance", "si_base"), ("housing_fund", "hf_base")):
            choice = getattr(self, attribute)
            if choice.amount is not None and not isinstance(choice.amount, Decimal):
                amount = to_decimal(choice.amount, field_name)
                object.__setattr__(self, attribute, replace(choice, amount=amount))

    @property
    def extra_months_pay(self) -> Decimal:
        """The months beyond twelve (N薪) as a sum, before any proration."""
        base = self.monthly if self.extra_months_base is None else self.extra_months_base
        return (self.months_paid - MIN_MONTHS_PAID) * base

    @property
    def months_employed(self) -> int:
        return MONTHS_IN_YEAR - self.start_month + 1

    @property
    def annual_bonus(self) -> Decimal:
        """The year's bonus: the extra months, prorated by the months employed unless the
        offer pays them in full, and the further bonus amount as given."""
        extra = self.extra_months_pay
        if self.bonus_proration is BonusProration.PRORATED:
            extra = cents(extra * self.months_employed / MONTHS_IN_YEAR)
        return extra + self.bonus

    def deduction_months(self, through_month: int) -> int:
        """How many months of special additional deductions count up to `through_month`: the
        months employed, or for a first job of the year every month since eligibility."""
        if self.first_job_this_year:
            return max(0, through_month - self.deductions_from_month + 1)
        first = max(self.start_month, self.deductions_from_month)
        return max(0, through_month - first + 1)


_NUMBER_FIELDS = (
    ("monthly", "monthly"),
    ("months_paid", "months"),
    ("bonus", "bonus"),
    ("housing_fund_rate", "hf_rate"),
    ("special_deductions", "deductions"),
    ("sign_on", "sign_on"),
    ("extra_months_base", "monthly"),
)


def _check_month(value: int, field_name: str) -> None:
    if not 1 <= value <= MONTHS_IN_YEAR:
        raise PayInputError(PayInputCode.OUT_OF_RANGE, field_name, ("1", "12"))


def _validate(pay: PayInput, rules: PayRules) -> list[PayNotice]:
    """Raise for unusable input; return notices about usable but unusual input."""
    check_amount(pay.monthly, "monthly")
    check_amount(pay.bonus, "bonus")
    check_amount(pay.special_deductions, "deductions")
    check_amount(pay.sign_on, "sign_on")
    for name, choice in (("si_base", pay.social_insurance), ("hf_base", pay.housing_fund)):
        if choice.amount is not None:
            check_amount(choice.amount, name)
    if not MIN_MONTHS_PAID <= pay.months_paid <= MAX_MONTHS_PAID:
        raise PayInputError(PayInputCode.OUT_OF_RANGE, "months", ("12", "36"))
    _check_month(pay.start_month, "start_month")
    _check_month(pay.deductions_from_month, "deductions_from_month")
    if pay.bonus_month is not None:
        _check_month(pay.bonus_month, "bonus_month")
        if pay.bonus_month < pay.start_month:
            raise PayInputError(PayInputCode.CONFLICT, "bonus_month")
    if pay.basic_deduction_up_front and pay.start_month != 1:
        raise PayInputError(PayInputCode.CONFLICT, "basic_deduction_up_front")
    if pay.bonus_method is BonusMethod.SEPARATE and rules.tax.bonus_separate is None:
        raise PayInputError(PayInputCode.METHOD_UNAVAILABLE, "bonus_method")
    notices: list[PayNotice] = _medical_tier_notices(pay, rules)
    rate = pay.housing_fund_rate
    if rate is not None and pay.housing_fund.enabled:
        periods = {rules.period(m).housing_fund for m in range(pay.start_month, 13)}
        highest = min(fund.highest_rate for fund in periods)
        if not rate.is_finite() or not ZERO <= rate <= highest:
            raise PayInputError(PayInputCode.OUT_OF_RANGE, "hf_rate", ("0", str(highest)))
        lowest = max(fund.rate_min for fund in periods)
        if ZERO < rate < lowest:
            notices.append(
                PayNotice(NoticeCode.HOUSING_FUND_RATE_BELOW_MINIMUM, amount=rate, lower=lowest)
            )
    return notices


def _medical_tier_notices(pay: PayInput, rules: PayRules) -> list[PayNotice]:
    """Which medical tier prices the months, in a city that has tiers; refuses an unknown one."""
    # The first month's period with tiers (periods are compared by identity: hashing them
    # walks every rate they hold, which cost a fifth of a year's valuation).
    months = (rules.period(month) for month in range(pay.start_month, 13))
    period = next((period for period in months if period.medical_tiers), None)
    if period is None:
        if pay.medical_tier:
            raise PayInputError(PayInputCode.OUT_OF_RANGE, "medical_tier")
        return []
    key = pay.medical_tier or period.default_medical_tier
    tier = next((t for t in period.medical_tiers if t.key == key), None)
    if tier is None:
        keys = tuple(t.key for t in period.medical_tiers)
        raise PayInputError(PayInputCode.OUT_OF_RANGE, "medical_tier", (keys[0], keys[-1]))
    return [
        PayNotice(
            NoticeCode.MEDICAL_TIER,
            text=tier.key,
            names=(tier.name_zh, tier.name_en),
            by_default=not pay.medical_tier,
            upper=tier.item.rate,
        )
    ]


def _assumed_figures(pay: PayInput, rules: PayRules) -> list[PayNotice]:
    """Which lines of the months priced rest on an assumption rather than a source."""
    lines: list[str] = []
    periods = {id(period): period for period in map(rules.period, range(pay.start_month, 13))}
    for period in periods.values():  # each period once, in the order of its months
        items = (
            ("pension", period.pension),
            ("medical", period.medical_for(pay.medical_tier)),
            ("unemployment", period.unemployment),
            ("housing_fund", period.housing_fund),
        )
        for name, item in items:
            if item.provenance.confidence is Confidence.ASSUMED and name not in lines:
                lines.append(name)
    return [PayNotice(NoticeCode.ASSUMED_FIGURES, names=tuple(lines))] if lines else []


def _withhold(
    pay: PayInput,
    tax: TaxRules,
    lines: list[ContributionLines],
    merged_bonus: Decimal,
    bonus_month: int,
) -> list[tuple[Decimal, Decimal]]:
    """(tax withheld, cumulative taxable pay) for each month employed."""
    income = deducted = withheld = ZERO
    rows: list[tuple[Decimal, Decimal]] = []
    for index, line in enumerate(lines):
        month = pay.start_month + index
        income += pay.monthly + (pay.sign_on if index == 0 else ZERO)
        if month == bonus_month:
            income += merged_bonus
        deducted += line.deductible
        special = pay.special_deductions * pay.deduction_months(month)
        counted = month if pay.first_job_this_year else index + 1
        if pay.basic_deduction_up_front:
            counted = MONTHS_IN_YEAR
        taxable = income - deducted - special - tax.basic_deduction_monthly * counted
        due = cents(tax.annual_table.tax(taxable))
        this_month = max(due - withheld, ZERO)
        withheld += this_month
        rows.append((this_month, taxable))
    return rows


def _choose(
    method: BonusMethod, separate: Decimal | None, merged: Decimal, bonus: Decimal
) -> BonusTaxation:
    if bonus <= 0:
        return BonusTaxation.NONE
    if separate is None or method is BonusMethod.MERGED:
        return BonusTaxation.MERGED
    if method is BonusMethod.SEPARATE or separate <= merged:
        return BonusTaxation.SEPARATE
    return BonusTaxation.MERGED


def _refuse_bases_beyond_pay(pay: PayInput, lines: list[ContributionLines]) -> None:
    """A base declared by hand that takes more in contributions than the month pays is a
    mistake in the base (take-home cannot be negative), never a figure to show."""
    custom = [
        name
        for name, choice in (("si_base", pay.social_insurance), ("hf_base", pay.housing_fund))
        if choice.enabled and choice.policy is ContributionBase.CUSTOM and choice.amount is not None
    ]
    if not custom:
        return
    for line in lines:
        if line.social_insurance + line.housing_fund > pay.monthly:
            raise PayInputError(PayInputCode.CONTRIBUTIONS_EXCEED_PAY, custom[0])


def _clamped_bases(
    pay: PayInput, months: list[int], lines: list[ContributionLines]
) -> list[PayNotice]:
    """A notice for each base declared by hand that the city's floor or cap held."""
    notices = []
    sides = (
        (pay.social_insurance, NoticeCode.SOCIAL_INSURANCE_BASE_CLAMPED, "si_base"),
        (pay.housing_fund, NoticeCode.HOUSING_FUND_BASE_CLAMPED, "hf_base"),
    )
    for choice, code, attribute in sides:
        asked = choice.amount
        if choice.policy is not ContributionBase.CUSTOM or asked is None or not choice.enabled:
            continue
        held: dict[Decimal, list[int]] = {}
        for month, line in zip(months, lines, strict=True):
            used = getattr(line, attribute)
            if used not in (asked, ZERO):
                held.setdefault(used, []).append(month)
        notices += [
            PayNotice(code, amount=asked, lower=used, months=tuple(held_months))
            for used, held_months in held.items()
        ]
    return notices


def _joining_notices(pay: PayInput) -> list[PayNotice]:
    """What a year joined after January, or a first job, did to the bonus and deductions."""
    notices = []
    employed = (pay.months_employed,)
    extra = pay.extra_months_pay
    if pay.start_month > 1 and extra > 0:
        if pay.bonus_proration is BonusProration.PRORATED:
            paid = pay.annual_bonus - pay.bonus
            notices.append(
                PayNotice(NoticeCode.BONUS_PRORATED, amount=extra, lower=paid, months=employed)
            )
        else:
            notices.append(PayNotice(NoticeCode.BONUS_PAID_IN_FULL, amount=extra, months=employed))
    if pay.first_job_this_year and pay.special_deductions > 0:
        notices.append(
            PayNotice(
                NoticeCode.DEDUCTIONS_BY_ELIGIBLE_MONTHS,
                amount=pay.special_deductions,
                months=(pay.deduction_months(MONTHS_IN_YEAR),),
                text=str(pay.deductions_from_month),
            )
        )
    return notices


def compute_year(pay: PayInput, rules: PayRules) -> YearResult:
    """The tax year of `pay` under `rules`: pure, and fast enough to run for many offers a frame.

    Raises:
        PayInputError: An input is negative, out of range, or asks for an unavailable method.
    """
    notices = [*rules.notices, *_validate(pay, rules)]
    tax = rules.tax
    months = list(range(pay.start_month, MONTHS_IN_YEAR + 1))
    # The same wage every month: a month's contributions differ only with the period its
    # rules belong to (a year usually has two), so each period's are worked out once.
    by_period: dict[int, ContributionLines] = {}
    lines = []
    for month in months:
        period = rules.period(month)
        line = by_period.get(id(period))
        if line is None:
            line = by_period[id(period)] = monthly_contributions(
                period,
                pay.monthly,
                social_insurance=pay.social_insurance,
                housing_fund=pay.housing_fund,
                housing_fund_rate=(
                    period.housing_fund.default_rate
                    if pay.housing_fund_rate is None
                    else pay.housing_fund_rate
                ),
                deduction_rate_cap=tax.housing_fund_deduction_rate_cap,
                medical_tier=pay.medical_tier,
            )
        lines.append(line)
    _refuse_bases_beyond_pay(pay, lines)
    notices += _clamped_bases(pay, months, lines)
    notices += _joining_notices(pay)
    notices += _assumed_figures(pay, rules)
    bonus = pay.annual_bonus
    bonus_month = pay.bonus_month or MONTHS_IN_YEAR

    employed = len(months)
    counted = MONTHS_IN_YEAR if pay.first_job_this_year or pay.start_month == 1 else employed
    deductions = sum((line.deductible for line in lines), ZERO) + (
        pay.special_deductions * pay.deduction_months(MONTHS_IN_YEAR)
    )
    wage_taxable = (
        pay.monthly * employed + pay.sign_on - deductions - tax.basic_deduction_monthly * counted
    )
    liability_wages = cents(tax.annual_table.tax(wage_taxable))
    liability_merged = cents(tax.annual_table.tax(wage_taxable + bonus))
    separate_tax = (
        None if tax.bonus_separate is None else separate_bonus_tax(bonus, tax.monthly_table)
    )
    liability_separate = None if separate_tax is None else liability_wages + separate_tax
    taxation = _choose(pay.bonus_method, liability_separate, liability_merged, bonus)

    wage_rows = _withhold(pay, tax, lines, ZERO, bonus_month)
    iit_wages = sum((row[0] for row in wage_rows), ZERO)
    rows = wage_rows
    bonus_tax_in_month = ZERO
    trap: TrapZone | None = None
    if taxation is BonusTaxation.MERGED:
        rows = _withhold(pay, tax, lines, bonus, bonus_month)
        bonus_tax = sum((row[0] for row in rows), ZERO) - iit_wages
        iit_annual = liability_merged
    elif taxation is BonusTaxation.SEPARATE:
        bonus_tax = bonus_tax_in_month = separate_tax or ZERO
        iit_annual = liability_separate or ZERO
        trap = trap_zone_of(bonus, tax.monthly_table)
    else:
        bonus_tax = ZERO
        iit_annual = liability_wages

    if trap is not None:
        notices.append(
            PayNotice(NoticeCode.BONUS_TRAP_ZONE, amount=bonus, lower=trap.edge, upper=trap.upper)
        )
    if bonus > 0 and tax.bonus_separate is None:
        notices.append(PayNotice(NoticeCode.BONUS_SEPARATE_UNAVAILABLE))
    over_cap = sum((line.housing_fund - line.housing_fund_deductible for line in lines), ZERO)
    if over_cap > 0:
        notices.append(PayNotice(NoticeCode.HOUSING_FUND_OVER_CAP, amount=over_cap))

    month_lines = tuple(
        MonthLine(
            month=month,
            wage=pay.monthly + (pay.sign_on if index == 0 else ZERO),
            bonus=bonus if month == bonus_month else ZERO,
            contributions=line,
            cumulative_taxable=row[1],
            iit=row[0] + (bonus_tax_in_month if month == bonus_month else ZERO),
            bonus_tax=bonus_tax_in_month if month == bonus_month else ZERO,
        )
        for index, (month, line, row) in enumerate(zip(months, lines, rows, strict=True))
    )
    outcome = BonusOutcome(
        amount=bonus,
        taxation=taxation,
        tax=bonus_tax,
        separate_tax=separate_tax,
        liability_separate=liability_separate,
        liability_merged=liability_merged,
        trap_zone=trap,
    )
    return YearResult(
        year=rules.year,
        rule_year=rules.rule_year,
        region_key=rules.region.key,
        months=month_lines,
        bonus=outcome,
        iit_wages=iit_wages,
        iit_annual=iit_annual,
        notices=tuple(notices),
    )
