"""The annual bonus in a year of wages: separate, merged, whichever is cheaper, trap zones.

[IIT-J] guogin/iit IITCalculatorTest (wages and bonus, nothing deducted), [SDCW]
zhxt809-ui/shuducw-web test-bonus-tax-calculator, [TBX] MmzMing/ToolBox, [JJGS]
ystarlongzi/jijiangeshui bonus-tax.test.ts, [QW] qwerty258 README (F1).
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Any

import pytest

from tracker.domain.enums import ContributionBase
from tracker.domain.pay import (
    BaseChoice,
    BonusMethod,
    BonusTaxation,
    NoticeCode,
    PayInput,
    PayInputCode,
    PayInputError,
    PayRules,
    YearResult,
    compute_year,
)
from tracker.services.pay_rules import load_rule_book

D = Decimal
OFF = BaseChoice(enabled=False)


@cache
def rules(tax_year: int = 2026) -> PayRules:
    return load_rule_book().rules_for(tax_year, None)


def year(
    monthly: str, bonus: str, method: str = "auto", tax_year: int = 2026, **terms: Any
) -> YearResult:
    pay = PayInput(D(monthly), bonus=D(bonus), bonus_method=BonusMethod(method), **terms)
    return compute_year(pay, rules(tax_year))


def bare(monthly: str, bonus: str, method: str = "auto", **terms: Any) -> YearResult:
    """Wages and bonus with nothing deducted but the basic deduction."""
    return year(monthly, bonus, method, social_insurance=OFF, housing_fund=OFF, **terms)


@pytest.mark.parametrize(
    ("monthly", "bonus", "separate", "merged"),
    [
        ("6000", "10000", "660", "660"),  # [IIT-J] 360 + 300; 22,000 × 3 %
        ("10000", "50000", "8270", "8480"),  # [IIT-J] 3,480 + 4,790; 110,000 → 8,480
        ("18000", "300000", "72870", "83880"),  # [IIT-J] 14,280 + 58,590; 456,000 → 83,880
    ],
)
def test_iit_j_annual_tax_both_ways(monthly: str, bonus: str, separate: str, merged: str) -> None:
    forced_separate = bare(monthly, bonus, "separate")
    forced_merged = bare(monthly, bonus, "merged")
    assert forced_separate.iit_annual == D(separate) and forced_merged.iit_annual == D(merged)
    assert forced_separate.bonus.liability_merged == D(merged)
    auto = bare(monthly, bonus)
    assert auto.iit_annual == min(D(separate), D(merged))


def test_sdcw_separate_is_cheaper_with_room_left_in_the_wages() -> None:
    # [SDCW]: wages 120,000, deductions 24,000, bonus 36,000: wages 36,000 taxable → 1,080; separate
    # 1,080 + 1,080 = 2,160; merged 72,000 × 10 % − 2,520 = 4,680; separate saves 2,520.
    result = bare("10000", "36000", special_deductions=D(2000))
    assert result.bonus.liability_separate == D(2160) and result.bonus.liability_merged == D(4680)
    assert result.bonus.taxation is BonusTaxation.SEPARATE and result.iit_annual == D(2160)


def test_sdcw_merging_wins_when_the_wages_leave_deductions_unused() -> None:
    # [SDCW]: wages 50,000 (below the 60,000 basic deduction) + bonus 36,000: separate 1,080;
    # merged 26,000 × 3 % = 780. Here 5,000 a month from March as a first job of the year.
    result = bare("5000", "36000", start_month=3, first_job_this_year=True)
    assert result.gross_total == D(86000)
    assert result.bonus.liability_separate == D(1080) and result.bonus.liability_merged == D(780)
    assert result.bonus.taxation is BonusTaxation.MERGED and result.iit_annual == D(780)
    # [SDCW]: no wages at all: merged 0, separate 1,080.
    none = bare("0", "36000")
    assert none.bonus.liability_merged == 0 and none.bonus.taxation is BonusTaxation.MERGED


def test_tbx_merging_uses_the_unused_deductions_7060_not_7480() -> None:
    # Research §3: 6,000 a month, insurance base 6,000, fund 12 %, bonus 100,000: (72,000 +
    # 100,000 − 60,000 − 16,200) = 95,800 → 7,060. [TBX] expects 7,480 because it clips the
    # negative wage base first; the research says not to copy that.
    base = BaseChoice(policy=ContributionBase.CUSTOM, amount=D(6000))
    result = year("6000", "100000", social_insurance=base, housing_fund=base)
    assert result.bonus.taxation is BonusTaxation.MERGED
    assert result.bonus_tax == D(7060) and result.iit_annual == D(7060)
    assert result.settlement == 0  # merged in December: withheld as it is owed


def test_tbx_auto_keeps_a_small_bonus_separate_and_forced_merging_costs_more() -> None:
    # [TBX]: 20,000 a month + 36,000: separate 1,080, year 11,160; forced merged: 5,400 more
    # than the wages' 10,080 (162,000 × 20 % − 16,920 = 15,480).
    auto = year("20000", "36000")
    assert auto.bonus.taxation is BonusTaxation.SEPARATE and auto.bonus_tax == D(1080)
    assert auto.iit_total == D(11160) and auto.iit_wages == D(10080)
    merged = year("20000", "36000", "merged")
    assert merged.bonus.taxation is BonusTaxation.MERGED and merged.bonus_tax == D(5400)


def test_jjgs_the_default_bonus_example() -> None:
    # [JJGS]: salary 240,000, insurance 54,000, bonus 60,000: wage base 126,000; separate 5,790
    # (net 54,210); merged adds 10,200 (net 49,800); separate cheaper by 4,410.
    result = year("20000", "60000")
    assert result.bonus.separate_tax == D(5790)
    wages_tax = result.bonus.liability_merged - D(10200)
    assert result.bonus.liability_separate == wages_tax + D(5790)
    assert result.bonus.taxation is BonusTaxation.SEPARATE
    assert result.bonus.liability_merged - result.bonus.liability_separate == D(4410)


def test_f1_and_the_qw_figures_that_are_right() -> None:
    # F1 [QW]: 50,000 a month, bonus 50,000, monthly deductions 5,481 (insurance and fund) + 1,500
    # rent + 3,000 elderly = 9,981. Wages alone 73,148.40 and merged 88,148.40 are right; the
    # separate bonus is 4,790, not 2,480. With 12,000 of personal pension: 70,137 / 84,548.40.
    result = bare("50000", "50000", special_deductions=D(9981))
    assert result.iit_wages == D("73148.40") and result.bonus.separate_tax == D(4790)
    assert result.bonus.liability_merged == D("88148.40")
    assert result.bonus.taxation is BonusTaxation.SEPARATE
    assert result.iit_annual == D("77938.40")
    pension = bare("50000", "50000", special_deductions=D(10981))
    assert pension.iit_wages == D("70137.00") and pension.bonus.liability_merged == D("84548.40")


def test_months_beyond_twelve_are_the_bonus_and_the_extra_bonus_is_added() -> None:
    # Derived: 25,000 × 16 → 100,000 of bonus, plus 20,000 → 120,000 in December.
    result = year("25000", "20000", months_paid=D(16))
    assert result.bonus.amount == D(120000)
    assert result.months[-1].bonus == D(120000) and result.gross_total == D(420000)


def test_a_bonus_in_a_trap_zone_is_flagged_when_taxed_separately() -> None:
    # Derived: 20,000 a month + 37,000: separate 10,080 + 3,490 = 13,570 against merged 163,000 →
    # 15,680, so separate; 37,000 is inside (36,000, 38,566.67).
    result = year("20000", "37000")
    assert result.bonus.taxation is BonusTaxation.SEPARATE
    assert result.bonus.trap_zone is not None and result.bonus.trap_zone.edge == D(36000)
    notice = next(n for n in result.notices if n.code is NoticeCode.BONUS_TRAP_ZONE)
    assert notice.lower == D(36000) and notice.amount == D(37000)
    assert not any(n.code is NoticeCode.BONUS_TRAP_ZONE for n in year("20000", "36000").notices)


def test_a_merged_bonus_paid_early_is_over_withheld_and_refunded() -> None:
    # Derived from the 7,060 case: the bonus paid in January is withheld on January's cumulative
    # 106,000 − 5,000 − 1,350 = 99,650 → 7,445; later months add −350 each and withhold nothing;
    # the year owes 7,060, so the settlement refunds 385.
    base = BaseChoice(policy=ContributionBase.CUSTOM, amount=D(6000))
    result = year(
        "6000", "100000", "merged", social_insurance=base, housing_fund=base, bonus_month=1
    )
    assert result.months[0].iit == D(7445) and result.iit_total == D(7445)
    assert result.iit_annual == D(7060) and result.settlement == D(385)
    assert result.take_home_after_settlement == result.take_home_total + D(385)


def test_after_2027_there_is_no_separate_option() -> None:
    # 财政部 税务总局公告2023年第30号: separate taxation runs to 2027-12-31.
    assert rules(2027).tax.bonus_separate is not None
    later = year("20000", "36000", tax_year=2028)
    assert later.bonus.taxation is BonusTaxation.MERGED and later.bonus.separate_tax is None
    assert NoticeCode.BONUS_SEPARATE_UNAVAILABLE in {n.code for n in later.notices}
    with pytest.raises(PayInputError) as caught:
        year("20000", "36000", "separate", tax_year=2028)
    assert caught.value.code is PayInputCode.METHOD_UNAVAILABLE


def test_no_bonus_is_no_method() -> None:
    result = year("20000", "0")
    assert result.bonus.taxation is BonusTaxation.NONE and result.bonus_tax == 0


def test_a_sign_on_is_taxed_as_wages_in_the_first_month() -> None:
    # Derived: 20,000 + 30,000 sign-on in January: (50,000 − 4,500 − 5,000) × 10 % − 2,520 =
    # 1,530; no contributions on it.
    result = year("20000", "0", sign_on=D(30000))
    first = result.months[0]
    assert first.gross == D(50000) and first.social_insurance + first.housing_fund == D(4500)
    assert first.iit == D(1530)
