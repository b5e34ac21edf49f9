"""Contribution bases stay inside the bounds the rules set, for every way a base is given, and
every month is priced with the bounds of its own period — saying so when they are a stand-in.

Expected figures are derived from the bounds in the rule book (cap × rate), never copied from
the engine's output."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.enums import ContributionBase
from tracker.domain.pay import (
    BaseChoice,
    NoticeCode,
    PayInput,
    PayInputCode,
    PayInputError,
    PayRules,
    RuleBook,
    cents,
    compute_year,
)
from tracker.domain.pay.money import rounded
from tracker.services.pay_rules import load_rule_book

D = Decimal
NATIONAL_AVERAGE_MONTHLY = D(124_110) / 12  # 2024, urban non-private units


@cache
def book() -> RuleBook:
    return load_rule_book()


def rules(city: str | None, year: int = 2026) -> PayRules:
    return book().rules_for(year, city)


def custom(amount: int | str) -> BaseChoice:
    return BaseChoice(policy=ContributionBase.CUSTOM, amount=D(amount))


def notices(result: object, code: NoticeCode) -> list:  # type: ignore[type-arg]
    return [n for n in result.notices if n.code is code]  # type: ignore[attr-defined]


def test_a_base_above_the_cap_is_held_to_each_period_s_cap_and_said() -> None:
    beijing = rules("beijing")
    pay = PayInput(D(50_000), social_insurance=custom(60_000), housing_fund=custom(60_000))
    result = compute_year(pay, beijing)
    for line in result.months:
        period = beijing.period(line.month)
        cap = period.pension.base_max
        assert line.contributions.si_base == cap
        assert line.contributions.pension == rounded(
            cap * period.pension.rate, period.pension.rounding
        )
        fund = period.housing_fund
        assert line.contributions.housing_fund == rounded(fund.base_max * D("0.12"), fund.rounding)
    assert result.months[0].contributions.pension == D("2864.88")  # 35,811 × 8 %
    assert result.months[0].contributions.housing_fund == D("4297.32")  # 35,811 × 12 %
    held = notices(result, NoticeCode.SOCIAL_INSURANCE_BASE_CLAMPED)
    assert [(n.amount, n.lower, n.months) for n in held] == [
        (D(60_000), beijing.period(1).pension.base_max, (1, 2, 3, 4, 5, 6)),
        (D(60_000), beijing.period(7).pension.base_max, (7, 8, 9, 10, 11, 12)),
    ]
    assert len(notices(result, NoticeCode.HOUSING_FUND_BASE_CLAMPED)) == 2


def test_a_base_below_the_floor_is_raised_to_it() -> None:
    beijing = rules("beijing")
    result = compute_year(PayInput(D(20_000), social_insurance=custom(3_000)), beijing)
    floor = beijing.period(1).pension.base_min
    assert result.months[0].contributions.si_base == floor
    (first, _second) = notices(result, NoticeCode.SOCIAL_INSURANCE_BASE_CLAMPED)
    assert first.lower == floor
    assert notices(result, NoticeCode.HOUSING_FUND_BASE_CLAMPED) == []


def test_a_base_inside_the_bounds_is_used_as_given_without_a_notice() -> None:
    result = compute_year(PayInput(D(30_000), social_insurance=custom(20_000)), rules("beijing"))
    assert {line.contributions.si_base for line in result.months} == {D(20_000)}
    assert notices(result, NoticeCode.SOCIAL_INSURANCE_BASE_CLAMPED) == []


def test_a_base_that_would_leave_a_negative_take_home_is_refused() -> None:
    pay = PayInput(D(3_000), social_insurance=custom(100_000))
    with pytest.raises(PayInputError) as refused:
        compute_year(pay, rules("beijing"))
    assert refused.value.code is PayInputCode.CONTRIBUTIONS_EXCEED_PAY
    assert refused.value.field == "si_base"
    with pytest.raises(PayInputError) as refused:
        compute_year(PayInput(D(2_000), housing_fund=custom(40_000)), rules("shanghai"))
    assert refused.value.field == "hf_base"


def test_without_a_city_bases_are_capped_at_three_national_average_wages() -> None:
    national = rules(None)
    cap = NATIONAL_AVERAGE_MONTHLY * 3
    result = compute_year(PayInput(D(80_000), months_paid=D(14)), national)
    line = result.months[0].contributions
    assert line.si_base == cap and line.hf_base == cap
    assert line.social_insurance == cents(cap * D("0.08")) + cents(cap * D("0.02")) + cents(
        cap * D("0.005")
    )
    assert result.social_insurance_total < D(100_800) / 2  # once 80,000 × 10.5 % × 12
    assert result.housing_fund_total == cents(cap * D("0.12")) * 12
    assert notices(result, NoticeCode.NATIONAL_DEFAULT_BOUNDS)
    assert not notices(
        compute_year(PayInput(D(80_000)), rules("beijing")), NoticeCode.NATIONAL_DEFAULT_BOUNDS
    )


def test_beijing_january_to_june_2025_uses_the_2024_07_bounds() -> None:
    beijing = rules("beijing", 2025)
    assert [beijing.period(m).valid_from.isoformat() for m in (1, 6, 7, 12)] == [
        "2024-07-01", "2024-07-01", "2025-07-01", "2025-07-01",
    ]  # fmt: skip
    result = compute_year(PayInput(D(60_000)), beijing)
    assert result.months[0].contributions.si_base == D(35_283)
    assert result.months[6].contributions.si_base == D(35_811)
    assert not notices(result, NoticeCode.CITY_FIGURES_NOT_YET_KNOWN)


def test_months_after_the_last_known_period_use_it_and_say_newer_figures_are_unknown() -> None:
    shenzhen = rules("shenzhen", 2026)
    last = book().region("shenzhen").periods[-1]
    assert last.valid_to is not None and last.valid_to.isoformat() == "2026-06-30"
    (unknown,) = [n for n in shenzhen.notices if n.code is NoticeCode.CITY_FIGURES_NOT_YET_KNOWN]
    assert unknown.months == (7, 8, 9, 10, 11, 12)
    assert unknown.text == last.valid_from.isoformat()
    assert shenzhen.period(9) is last


def test_every_city_period_has_an_end() -> None:
    for region in book().cities:
        for period in region.periods:
            assert period.valid_to is not None and period.valid_to > period.valid_from, region.key


def test_the_fund_above_a_stated_tax_free_cap_is_taxed() -> None:
    beijing = rules("beijing")
    lower = D(30_000)
    months = tuple(
        replace(period, housing_fund=replace(period.housing_fund, tax_free_base_max=lower))
        for period in beijing.months
    )
    stated = replace(beijing, months=months)
    plain = compute_year(PayInput(D(40_000)), beijing)
    capped = compute_year(PayInput(D(40_000)), stated)
    line = capped.months[0].contributions
    assert (
        line.housing_fund == plain.months[0].contributions.housing_fund
    )  # the deposit is the same
    assert line.housing_fund_deductible == cents(lower * D("0.12"))
    (over,) = notices(capped, NoticeCode.HOUSING_FUND_OVER_CAP)
    expected = sum(
        (m.contributions.housing_fund - cents(lower * D("0.12")) for m in capped.months), D(0)
    )
    assert over.amount == expected
    assert capped.iit_annual > plain.iit_annual


CITIES = [None, "beijing", "shanghai", "hangzhou", "shenzhen", "guangzhou", "chengdu",
          "nanjing", "suzhou", "wuhan", "xian", "tianjin", "chongqing"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    city=st.sampled_from(CITIES),
    monthly=st.integers(min_value=20_000, max_value=150_000),
    si_base=st.integers(min_value=0, max_value=500_000),
    hf_base=st.integers(min_value=0, max_value=500_000),
)
def test_a_base_given_by_hand_never_costs_more_than_the_cap_allows(
    city: str | None, monthly: int, si_base: int, hf_base: int
) -> None:
    city_rules = rules(city)
    pay = PayInput(D(monthly), social_insurance=custom(si_base), housing_fund=custom(hf_base))
    try:
        result = compute_year(pay, city_rules)
    except PayInputError as error:
        assert error.code is PayInputCode.CONTRIBUTIONS_EXCEED_PAY
        return
    for line in result.months:
        period = city_rules.period(line.month)
        for item, paid in (
            (period.pension, line.contributions.pension),
            (period.medical, line.contributions.medical),
            (period.unemployment, line.contributions.unemployment),
        ):
            assert item.base_max is not None
            assert paid <= cents(item.base_max * item.rate) + item.fixed + D("0.01")
        fund = period.housing_fund
        assert fund.base_max is not None
        assert line.contributions.housing_fund <= cents(fund.base_max * fund.default_rate) + 1
        assert line.take_home <= line.gross
        assert line.take_home >= 0
