"""A year joined after January: the extra months (N薪) prorated by the months employed unless
the letter promises them in full, and a first job's special additional deductions counted by
the months of eligibility.

The reading of the deduction rule: the special additional deductions are the person's, month
by month from the month they became eligible; with no other employer that year nobody else took
them, and what the employer does not deduct is claimed back at the annual settlement
(国家税务总局公告2018年第60号). So a first job of the year counts every month since eligibility,
in the withholding (as 国家税务总局公告2020年第13号 does for the basic deduction) and in the year's
tax; a later job of the year counts only its own months, the earlier employer having taken the
rest."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

from tracker.domain.pay import (
    BonusProration,
    NoticeCode,
    PayInput,
    PayInputCode,
    PayInputError,
    PayRules,
    compute_compensation,
    compute_year,
)
from tracker.domain.pay.money import cents
from tracker.services.pay_rules import load_rule_book

D = Decimal


@cache
def rules(city: str | None = None) -> PayRules:
    return load_rule_book().rules_for(2026, city)


def test_a_july_start_pays_half_of_the_extra_months_by_default_and_says_so() -> None:
    pay = PayInput(D(20_000), months_paid=D(14), start_month=7)
    result = compute_year(pay, rules("beijing"))
    assert result.bonus.amount == D(40_000) * 6 / 12
    (notice,) = [n for n in result.notices if n.code is NoticeCode.BONUS_PRORATED]
    assert (notice.amount, notice.lower, notice.months) == (D(40_000), D(20_000), (6,))


def test_a_letter_promising_the_whole_bonus_pays_it_in_full() -> None:
    pay = PayInput(D(20_000), months_paid=D(14), start_month=7, bonus_proration="full")
    result = compute_year(pay, rules("beijing"))
    assert result.bonus.amount == D(40_000)
    assert NoticeCode.BONUS_PAID_IN_FULL in {n.code for n in result.notices}
    prorated = compute_year(PayInput(D(20_000), months_paid=D(14), start_month=7), rules("beijing"))
    assert result.gross_total - prorated.gross_total == D(20_000)


def test_a_further_bonus_amount_is_kept_as_given() -> None:
    pay = PayInput(D(20_000), months_paid=D(13), bonus=D(30_000), start_month=10)
    assert compute_year(pay, rules()).bonus.amount == cents(D(20_000) * 3 / 12) + D(30_000)


def test_a_january_start_and_the_steady_year_are_never_prorated() -> None:
    january = compute_year(PayInput(D(20_000), months_paid=D(15)), rules())
    assert january.bonus.amount == D(60_000)
    assert not {NoticeCode.BONUS_PRORATED, NoticeCode.BONUS_PAID_IN_FULL} & {
        n.code for n in january.notices
    }
    late = compute_compensation(PayInput(D(20_000), months_paid=D(15), start_month=9), rules())
    assert late.joining_year.bonus.amount == D(60_000) * 4 / 12
    assert late.steady_year.bonus.amount == D(60_000)
    assert late.annualised_tc == D(20_000) * 12 + D(60_000)


def test_a_bad_proration_is_refused() -> None:
    with pytest.raises(PayInputError) as refused:
        PayInput(D(20_000), bonus_proration="half")  # type: ignore[arg-type]
    assert refused.value.code is PayInputCode.OUT_OF_RANGE
    assert BonusProration("prorated") is BonusProration.PRORATED


def _year_tax(pay: PayInput, city_rules: PayRules, deduction_months: int) -> Decimal:
    """The year's tax from the rule: wages less contributions, 5,000 for each calendar month
    (a first job) and the special deductions for the months that count."""
    result = compute_year(pay, city_rules)
    wages = pay.monthly * len(result.months)
    contributions = sum((m.contributions.deductible for m in result.months), D(0))
    taxable = wages - contributions - D(5_000) * 12 - pay.special_deductions * deduction_months
    return cents(city_rules.tax.annual_table.tax(taxable))


def test_a_first_job_from_july_counts_every_month_of_eligibility() -> None:
    pay = PayInput(D(30_000), start_month=7, first_job_this_year=True, special_deductions=D(2_000))
    result = compute_year(pay, rules())
    assert result.iit_annual == _year_tax(pay, rules(), 12)
    july = result.months[0]
    assert july.cumulative_taxable == (
        D(30_000) - july.contributions.deductible - D(5_000) * 7 - D(2_000) * 7
    )
    (notice,) = [n for n in result.notices if n.code is NoticeCode.DEDUCTIONS_BY_ELIGIBLE_MONTHS]
    assert notice.months == (12,) and notice.amount == D(2_000) and notice.text == "1"


def test_eligibility_from_september_counts_four_months() -> None:
    pay = PayInput(
        D(30_000), start_month=7, first_job_this_year=True, special_deductions=D(2_000),
        deductions_from_month=9,
    )  # fmt: skip
    result = compute_year(pay, rules())
    assert result.iit_annual == _year_tax(pay, rules(), 4)
    july, august, september = result.months[:3]
    assert september.cumulative_taxable - august.cumulative_taxable == (
        D(30_000) - september.contributions.deductible - D(5_000) - D(2_000)
    )
    assert august.cumulative_taxable - july.cumulative_taxable == (
        D(30_000) - august.contributions.deductible - D(5_000)
    )


def test_a_later_job_of_the_year_counts_only_its_own_months() -> None:
    pay = PayInput(D(30_000), start_month=7, special_deductions=D(2_000))
    result = compute_year(pay, rules())
    employed = len(result.months)
    taxable = (
        D(30_000) * employed
        - sum((m.contributions.deductible for m in result.months), D(0))
        - D(5_000) * employed
        - D(2_000) * employed
    )
    assert result.iit_annual == cents(rules().tax.annual_table.tax(taxable))
    assert NoticeCode.DEDUCTIONS_BY_ELIGIBLE_MONTHS not in {n.code for n in result.notices}
