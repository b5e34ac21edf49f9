"""A year of wages: cumulative withholding, contributions, mid-year starts, the settlement.

Each case names its source: [STA] the State Taxation Administration's interpretation of
国家税务总局公告2018年第61号, [TBX] MmzMing/ToolBox salary-calculator tests, [JJGS]
ystarlongzi/jijiangeshui tax-calculator tests, [NORB] norbital-ai/templates CN-shanghai payslips
(hand-computed from the official notices). The national region has the usual rates (8 / 2 /
0.5 %, housing fund 12 %), no floor and a cap (3 × the national average wage) above every plain
case's base, the same as [TBX]'s and [JJGS]'s plain cases.
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
    RuleBook,
    YearResult,
    compute_year,
)
from tracker.services.pay_rules import load_rule_book

D = Decimal
OFF = BaseChoice(enabled=False)


@cache
def book() -> RuleBook:
    return load_rule_book()


def rules(city: str | None = None, year: int = 2026) -> PayRules:
    return book().rules_for(year, city)


def custom(amount: str) -> BaseChoice:
    return BaseChoice(policy=ContributionBase.CUSTOM, amount=D(amount))


def year(monthly: str, city: str | None = None, tax_year: int = 2026, **terms: Any) -> YearResult:
    return compute_year(PayInput(D(monthly), **terms), rules(city, tax_year))


def withheld(result: YearResult) -> list[Decimal]:
    return [line.iit for line in result.months]


def codes(result: YearResult) -> set[NoticeCode]:
    return {notice.code for notice in result.notices}


# ------------------------------------------------------------------ published schedules


def test_c1_the_sta_cumulative_withholding_example() -> None:
    # C1 [STA]: 30,000 a month, 三险一金 4,500, child education + elderly support 2,000:
    # Jan 555, Feb 625, Mar 1,850. The 4,500 is 22.5 % of a 20,000 base at national rates.
    result = year(
        "30000", social_insurance=custom("20000"), housing_fund=custom("20000"),
        special_deductions=D(2000),
    )  # fmt: skip
    assert result.months[0].contributions.deductible == D(4500)
    assert withheld(result)[:3] == [D(555), D(625), D(1850)]
    assert result.months[1].cumulative_taxable == D(37000)  # "already in the 10 % band"


def test_the_monthly_schedule_steps_up_in_april() -> None:
    # [TBX] "withholds month by month and steps into the next bracket in month four": 20,000 a
    # month, no city, housing fund 12 %: contributions 4,500; tax 315 × 3, 735, then 1,050.
    result = year("20000")
    assert result.months[0].social_insurance + result.months[0].housing_fund == D(4500)
    assert withheld(result) == [D(315)] * 3 + [D(735)] + [D(1050)] * 8
    assert result.iit_total == D(10080) and result.iit_annual == D(10080)
    assert result.settlement == 0
    # [TBX] take-home first 15,185, last 14,450, average 14,660; [JJGS]: August 1,050 and
    # 5,880 withheld to date, cumulative taxable 84,000.
    assert result.months[0].take_home == D(15185) and result.months[-1].take_home == D(14450)
    assert result.take_home_total / 12 == D(14660)
    assert sum(withheld(result)[:8]) == D(5880) and result.months[7].cumulative_taxable == 84000
    # [TBX] "reports housing fund paid into the personal account": 2,400 a side, 57,600 a year.
    assert result.housing_fund_total + result.housing_fund_employer_total == D(57600)
    assert result.cash_plus_housing_fund == result.take_home_total + D(57600)


def test_the_recalled_second_sta_example() -> None:
    # Research §4 (recalled, not verified): 10,000 a month, 三险一金 1,500, child education 1,000
    # → (10,000 − 5,000 − 1,500 − 1,000) × 3 % = 75 every month. The 1,500 enters the tax the
    # same way as a deduction, so it is given as one here.
    result = year("10000", social_insurance=OFF, housing_fund=OFF, special_deductions=D(2500))
    assert set(withheld(result)) == {D(75)} and result.iit_total == D(900)


def test_sixty_thousand_up_front() -> None:
    # 国家税务总局公告2020年第19号 (research §1.3). Derived: 20,000 a month with 4,500 of
    # contributions: cumulative taxable 15,500 × m − 60,000 is negative until April (2,000 →
    # 60), then 525 − 60 = 465 in May; the year still ends at 10,080.
    result = year("20000", basic_deduction_up_front=True)
    assert withheld(result)[:5] == [0, 0, 0, D(60), D(465)]
    assert result.iit_total == D(10080) and result.settlement == 0
    with pytest.raises(PayInputError) as caught:
        year("20000", basic_deduction_up_front=True, start_month=3)
    assert caught.value.code is PayInputCode.CONFLICT


def test_special_deductions_lower_the_withholding() -> None:
    # [JJGS] "专项附加扣除会降低累计预扣": 20,000, 2,000 a month: August taxable 68,000, tax 850,
    # take-home 14,650.
    result = year("20000", special_deductions=D(2000))
    assert result.months[7].cumulative_taxable == D(68000)
    assert result.months[7].iit == D(850) and result.months[7].take_home == D(14650)


def test_separate_bases_for_insurance_and_fund() -> None:
    # [JJGS] "社保和公积金基数可以不同": wage 20,000, fund base 10,000: pension 1,600, fund 1,200,
    # contributions 3,300; August taxable 93,600, tax 1,170, take-home 15,530.
    result = year("20000", housing_fund=custom("10000"))
    august = result.months[7]
    assert august.contributions.pension == D(1600) and august.housing_fund == D(1200)
    assert august.social_insurance + august.housing_fund == D(3300)
    assert august.cumulative_taxable == D(93600)
    assert august.iit == D(1170) and august.take_home == D(15530)
    # [TBX] "honours explicit social and fund bases": 10,000 and 10,000 → 2,250 a month.
    both = year("20000", social_insurance=custom("10000"), housing_fund=custom("10000"))
    assert both.months[0].social_insurance + both.months[0].housing_fund == D(2250)


def test_a_negative_cumulative_taxable_income_is_no_tax() -> None:
    # [TBX] "keeps a negative cumulative taxable income at zero tax": 14,400 of deductions a
    # month (3 children, 2 infants, a degree, a mortgage, elderly 3,000) → December −46,800.
    result = year("20000", special_deductions=D(14400))
    assert result.months[-1].cumulative_taxable == D(-46800)
    assert result.iit_total == 0 and result.iit_annual == 0


def test_personal_pension_counts_as_a_monthly_deduction() -> None:
    # [TBX] "lowers withheld tax by the marginal rate": 12,000 a year of personal pension, 1,000 a
    # month, takes the year's withholding from 10,080 to 8,880.
    assert year("20000", special_deductions=D(1000)).iit_total == D(8880)


def test_an_over_contributed_fund_is_deductible_up_to_12_percent_of_the_wage() -> None:
    # [TBX] "over-contributed housing fund": wage 20,000, fund base 30,000 → 3,600 a month, of
    # which 1,200 is above 12 % of the wage; contributions 5,700, take-home 13,985, and the tax
    # stays 10,080 for the year.
    result = year("20000", housing_fund=custom("30000"))
    first = result.months[0]
    assert first.housing_fund == D(3600) and first.contributions.housing_fund_deductible == D(2400)
    assert first.social_insurance + first.housing_fund == D(5700)
    assert first.take_home == D(13985) and result.iit_total == D(10080)
    assert result.housing_fund_taxed == D(1200 * 12)
    assert NoticeCode.HOUSING_FUND_OVER_CAP in codes(result)


# ------------------------------------------------------------------ starting mid-year


def test_a_mid_year_start_counts_only_the_months_employed() -> None:
    # [TBX] "counts only the months actually worked": start in July: 6 months, 120,000, tax
    # 3,780, average take-home 14,870.
    result = year("20000", start_month=7)
    assert [line.month for line in result.months] == [7, 8, 9, 10, 11, 12]
    assert result.gross_total == D(120000) and result.iit_total == D(3780)
    assert result.take_home_total / 6 == D(14870)
    assert result.settlement == 0  # no first job: the rest of the year is someone else's


def test_the_first_job_of_the_year_counts_calendar_months() -> None:
    # [STA13] via [TBX] "uses calendar months for the basic deduction on a first job that year":
    # July deducts 35,000, so no tax in July; December cumulative taxable 33,000; tax 990.
    result = year("20000", start_month=7, first_job_this_year=True)
    assert result.months[0].iit == 0
    assert result.months[-1].cumulative_taxable == D(33000)
    assert result.iit_total == D(990) and result.iit_annual == D(990)


def test_the_annual_figure_follows_the_first_job_rule() -> None:
    # Derived: a July start's annual figure counts 60,000 of basic deduction only under the
    # first-job rule (33,000 taxable → 990); otherwise the six months employed (63,000 → 3,780,
    # the earlier months being another employer's), so withholding and liability agree.
    plain = year("20000", start_month=7)
    first = year("20000", start_month=7, first_job_this_year=True)
    assert plain.iit_annual == D(3780) and first.iit_annual == D(990)


# ------------------------------------------------------------------ city payslips [NORB]


def test_norb_sh05_1_a_december_start_in_shanghai() -> None:
    # CN-SH05-1: hired 1 December 2025 on 20,000, fund 7 %: 1,600 + 400 + 100 + 1,400; tax
    # (20,000 − 3,500 − 5,000) × 3 % = 345; net 16,155.
    line = year("20000", "shanghai", 2025, start_month=12).months[0]
    lines = line.contributions
    assert (lines.pension, lines.medical, lines.unemployment) == (D(1600), D(400), D(100))
    assert line.housing_fund == D(1400) and line.iit == D(345) and line.take_home == D(16155)


@pytest.mark.parametrize(
    ("wage", "tax", "net"),
    [("50000", "1327.23", "42145.06"), ("47527.71", "1080", "39920")],
)
def test_norb_sh05_2_contributions_at_the_2025_caps(wage: str, tax: str, net: str) -> None:
    # CN-SH05-2: both bases clamp to 37,302: 2,984.16 + 746.04 + 186.51, fund 2,611.14 → 2,611
    # (rounded to the yuan); 47,527.71 lands exactly on the 36,000 band seam.
    line = year(wage, "shanghai", 2025, start_month=12).months[0]
    lines = line.contributions
    assert lines.si_base == D(37302) and lines.hf_base == D(37302)
    assert (lines.pension, lines.medical, lines.unemployment) == (
        D("2984.16"), D("746.04"), D("186.51"),
    )  # fmt: skip
    assert line.housing_fund == D(2611)
    assert line.iit == D(tax) and line.take_home == D(net)


def test_norb_sh40_1_the_2026_caps_and_a_supplementary_fund() -> None:
    # CN-SH40-1: from 1 July 2026 on 40,000 with 7 % + 5 % supplementary fund: 3,018.48 +
    # 754.62 + 188.66 (188.655 half up) and 2,641 + 1,887 = 4,528; tax 795.31; net 30,714.93.
    # On 4,100: the insurance floor 7,546 (603.68 + 150.92 + 37.73), fund 287 + 205; no tax;
    # net 2,815.67.
    high = year("40000", "shanghai", start_month=7, housing_fund_rate=D("0.12")).months[0]
    assert high.social_insurance == D("3961.76") and high.housing_fund == D(4528)
    assert high.contributions.unemployment == D("188.66")
    assert high.iit == D("795.31") and high.take_home == D("30714.93")
    low = year("4100", "shanghai", start_month=7, housing_fund_rate=D("0.12")).months[0]
    assert low.contributions.si_base == D(7546) and low.social_insurance == D("792.33")
    assert low.housing_fund == D(492) and low.iit == 0 and low.take_home == D("2815.67")


def test_norb_sh01_1_net_exactly_the_minimum_wage() -> None:
    # CN-SH01-1: 3,798.33 from July 2026: insurance on the 7,546 floor, fund 265.88 → 266; net
    # 2,740.00.
    line = year("3798.33", "shanghai", start_month=7).months[0]
    assert line.housing_fund == D(266) and line.take_home == D("2740.00")


def test_norb_sh50_1_january_uses_the_period_still_in_force() -> None:
    # CN-SH50-1: 43,500 in January and February 2026 clamps to the 2025-07 cap 37,302 (the 2026
    # bounds start in July): January 959.17, February 2,915.29.
    result = year("43500", "shanghai")
    assert result.months[0].contributions.si_base == D(37302)
    assert withheld(result)[:2] == [D("959.17"), D("2915.29")]
    assert result.months[6].contributions.si_base == D(37731)


def test_norb_n10_1_a_january_bonus_separately_and_a_13th_month_merged() -> None:
    # CN-N10-1: January 2026, 20,000 a month. A 36,000 bonus taxed separately: 345 + 1,080, net
    # 51,075. A 20,000 13th month taxed with the wages: (40,000 − 3,500 − 5,000) × 3 % = 945,
    # net 35,555.
    separate = year(
        "20000", "shanghai", bonus=D(36000), bonus_method=BonusMethod.SEPARATE, bonus_month=1
    ).months[0]
    assert separate.iit == D(1425) and separate.bonus_tax == D(1080)
    assert separate.take_home == D(51075)
    merged_year = year(
        "20000", "shanghai", months_paid=D(13), bonus_method=BonusMethod.MERGED, bonus_month=1
    )
    merged = merged_year.months[0]
    assert merged_year.bonus.taxation is BonusTaxation.MERGED and merged.bonus_tax == 0
    assert merged.iit == D(945) and merged.take_home == D(35555)


def test_beijing_adds_3_yuan_of_medical_and_changes_bounds_in_july() -> None:
    # Beijing's official figures (research §2.1–2.2): medical 2 % + 3; 2025-07 bounds
    # 7,162–35,811, 2026-07 bounds 7,270–36,348 (third-party). Derived: at 50,000 the
    # pension is 35,811 × 8 % = 2,864.88 until June, 36,348 × 8 % = 2,907.84 from July; medical
    # 716.22 + 3 = 719.22; unemployment 179.055 → 179.06 (half up).
    result = year("50000", "beijing")
    january, july = result.months[0].contributions, result.months[6].contributions
    assert (january.pension, january.medical, january.unemployment) == (
        D("2864.88"), D("719.22"), D("179.06"),
    )  # fmt: skip
    assert july.pension == D("2907.84") and july.medical == D("729.96")
    assert january.housing_fund == D("4297.32")  # 35,811 × 12 %
    assert NoticeCode.THIRD_PARTY_FIGURES in codes(result)


def test_guangzhou_clamps_insurance_but_not_the_fund_below_its_own_cap() -> None:
    # [TBX] "defaults the fund base to the gross salary rather than the capped social base":
    # Guangzhou 40,000 → insurance base 27,549, fund base 40,000 (cap 41,697).
    line = year("40000", "guangzhou").months[0]
    assert line.contributions.si_base == D(27549) and line.contributions.hf_base == D(40000)


def test_no_social_insurance_and_no_fund() -> None:
    # Derived: 10,000 with neither: 5,000 taxable a month, 150 at 3 % until the cumulative
    # 40,000 of August crosses 36,000: 40,000 × 10 % − 2,520 − 1,050 = 430, then 500 a month;
    # the year 60,000 × 10 % − 2,520 = 3,480.
    result = year("10000", social_insurance=OFF, housing_fund=OFF)
    assert withheld(result) == [D(150)] * 7 + [D(430)] + [D(500)] * 4
    assert result.iit_annual == D(3480) and result.take_home_total == D(116520)


def test_a_city_without_figures_for_early_months_says_so() -> None:
    # Shenzhen's only period starts 2025-07-01: January–June 2025 borrow it, with a notice.
    result = year("20000", "shenzhen", 2025)
    notice = next(n for n in result.notices if n.code is NoticeCode.CITY_FIGURES_OUT_OF_PERIOD)
    assert notice.months == (1, 2, 3, 4, 5, 6) and notice.text == "2025-07-01"


def test_a_later_year_uses_the_latest_rules_and_says_so() -> None:
    result = year("20000", "beijing", 2031)
    assert result.year == 2031 and result.rule_year == 2026
    assert NoticeCode.YEAR_BEYOND_RULES in codes(result)
    assert result.months[0].contributions.si_base == D(20000)


# ------------------------------------------------------------------ errors


@pytest.mark.parametrize(
    ("terms", "field", "code"),
    [
        ({"monthly": D(-1)}, "monthly", PayInputCode.NEGATIVE),
        ({"bonus": D(-1)}, "bonus", PayInputCode.NEGATIVE),
        ({"special_deductions": D(-1)}, "deductions", PayInputCode.NEGATIVE),
        ({"monthly": D(10) ** 11}, "monthly", PayInputCode.TOO_LARGE),
        ({"start_month": 13}, "start_month", PayInputCode.OUT_OF_RANGE),
        ({"start_month": 0}, "start_month", PayInputCode.OUT_OF_RANGE),
        ({"months_paid": D(11)}, "months", PayInputCode.OUT_OF_RANGE),
        ({"housing_fund_rate": D("0.13")}, "hf_rate", PayInputCode.OUT_OF_RANGE),
        ({"housing_fund_rate": D(-1)}, "hf_rate", PayInputCode.OUT_OF_RANGE),
        ({"social_insurance": custom("-5")}, "si_base", PayInputCode.NEGATIVE),
        ({"bonus_month": 3, "start_month": 5}, "bonus_month", PayInputCode.CONFLICT),
    ],
)
def test_bad_input_is_a_pay_input_error_naming_it(
    terms: dict[str, object], field: str, code: PayInputCode
) -> None:
    values: dict[str, Any] = {"monthly": D(20000), **terms}
    with pytest.raises(PayInputError) as caught:
        compute_year(PayInput(**values), rules())
    assert caught.value.field == field and caught.value.code is code


def test_a_rate_below_the_minimum_is_allowed_with_a_notice() -> None:
    result = year("20000", housing_fund_rate=D("0.03"))
    assert result.months[0].housing_fund == D(600)
    assert NoticeCode.HOUSING_FUND_RATE_BELOW_MINIMUM in codes(result)


def test_shanghai_allows_up_to_12_percent_including_the_supplementary_fund() -> None:
    with pytest.raises(PayInputError):
        year("20000", "shanghai", housing_fund_rate=D("0.13"))
    assert year("20000", "shanghai", housing_fund_rate=D("0.12")).months[0].housing_fund == 2400
