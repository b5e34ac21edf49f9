"""Properties of the pay engine that hold for any offer, checked with Hypothesis."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from decimal import Decimal
from functools import cache
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tracker.domain.pay import (
    BonusMethod,
    BonusTaxation,
    PayInput,
    PayInputError,
    PayRules,
    YearResult,
    compute_year,
    trap_zones,
)
from tracker.services.pay_rules import load_rule_book

D = Decimal
CITIES = [None, "beijing", "shanghai", "hangzhou", "shenzhen", "guangzhou", "chengdu",
          "nanjing", "suzhou", "wuhan", "xian", "tianjin", "chongqing"]  # fmt: skip
PROPERTY = settings(max_examples=300, deadline=None)


@cache
def rules(city: str | None, year: int = 2026) -> PayRules:
    return load_rule_book().rules_for(year, city)


money = st.integers(min_value=0, max_value=200_000).map(D)
cents_amount = st.integers(min_value=0, max_value=20_000_000).map(lambda c: D(c) / 100)
offers = st.builds(
    PayInput,
    monthly=cents_amount,
    months_paid=st.sampled_from([D(12), D(13), D("13.5"), D(14), D(16)]),
    bonus=st.one_of(st.just(D(0)), money),
    bonus_method=st.sampled_from(list(BonusMethod)),
    start_month=st.integers(min_value=1, max_value=12),
    first_job_this_year=st.booleans(),
    special_deductions=st.sampled_from([D(0), D(1500), D(2000), D(5500), D(14400)]),
    sign_on=st.one_of(st.just(D(0)), money),
)


@PROPERTY
@given(offer=offers, city=st.sampled_from(CITIES))
def test_take_home_never_exceeds_gross_and_tax_never_exceeds_income(
    offer: PayInput, city: str | None
) -> None:
    result = compute_year(offer, rules(city))
    assert result.take_home_total <= result.gross_total
    assert result.take_home_after_settlement <= result.gross_total
    assert 0 <= result.iit_total <= result.gross_total
    assert 0 <= result.iit_annual <= result.gross_total
    for line in result.months:
        assert 0 <= line.iit <= line.gross and line.take_home <= line.gross
    assert sum((line.iit for line in result.months), D(0)) == result.iit_total
    assert result.iit_total == result.iit_wages + result.bonus_tax


@PROPERTY
@given(
    low=st.integers(min_value=0, max_value=300_000),
    raise_by=st.integers(min_value=5, max_value=100_000),
    city=st.sampled_from(CITIES),
    start=st.integers(min_value=1, max_value=12),
    deductions=st.sampled_from([D(0), D(3000), D(14400)]),
)
def test_more_salary_never_lowers_the_year_s_take_home(
    low: int, raise_by: int, city: str | None, start: int, deductions: Decimal
) -> None:
    """With no bonus. Raises are of at least 5 yuan: Shanghai rounds each fund share to the
    whole yuan, so a raise of a few fen can add a yuan of fund (and lower take-home by less)."""
    before = PayInput(D(low), start_month=start, special_deductions=deductions)
    after = replace(before, monthly=D(low + raise_by))
    lower, higher = compute_year(before, rules(city)), compute_year(after, rules(city))
    assert higher.take_home_total >= lower.take_home_total
    assert higher.take_home_after_settlement >= lower.take_home_after_settlement


def _in_a_trap_zone_above(low: Decimal, high: Decimal) -> bool:
    """Whether `high` sits in a trap zone whose edge lies in [low, high)."""
    zones = trap_zones(rules(None).tax.monthly_table)
    return any(low <= zone.edge < high and zone.contains(high) for zone in zones)


@PROPERTY
@given(
    monthly=st.integers(min_value=0, max_value=120_000).map(D),
    low=st.integers(min_value=0, max_value=1_300_000),
    extra=st.integers(min_value=1, max_value=200_000),
    method=st.sampled_from([BonusMethod.AUTO, BonusMethod.SEPARATE, BonusMethod.MERGED]),
    deductions=st.sampled_from([D(0), D(3000), D(14400)]),
)
def test_more_bonus_lowers_take_home_only_inside_a_trap_zone(
    monthly: Decimal, low: int, extra: int, method: BonusMethod, deductions: Decimal
) -> None:
    offer = PayInput(monthly, bonus=D(low), bonus_method=method, special_deductions=deductions)
    smaller = compute_year(offer, rules(None))
    larger = compute_year(replace(offer, bonus=D(low + extra)), rules(None))
    if larger.take_home_after_settlement < smaller.take_home_after_settlement:
        assert method is not BonusMethod.MERGED
        assert larger.bonus.taxation is BonusTaxation.SEPARATE
        assert _in_a_trap_zone_above(D(low), D(low + extra))


@PROPERTY
@given(
    monthly=st.integers(min_value=0, max_value=120_000).map(D),
    zone_index=st.integers(min_value=0, max_value=5),
    share=st.floats(min_value=0.0, max_value=1.0, exclude_min=True, exclude_max=True),
)
def test_inside_each_zone_separate_taxation_leaves_less_than_at_its_edge(
    monthly: Decimal, zone_index: int, share: float
) -> None:
    """The converse: every bonus strictly inside a zone is worse off than the edge itself."""
    zone = trap_zones(rules(None).tax.monthly_table)[zone_index]
    bonus = (zone.edge + (zone.upper - zone.edge) * D(repr(share))).quantize(D("0.01"))
    assume(zone.contains(bonus) and zone.upper - bonus >= D("0.01"))
    offer = PayInput(monthly, bonus=zone.edge, bonus_method=BonusMethod.SEPARATE)
    at_edge = compute_year(offer, rules(None))
    inside = compute_year(replace(offer, bonus=bonus), rules(None))
    assert inside.take_home_after_settlement < at_edge.take_home_after_settlement
    past = compute_year(replace(offer, bonus=zone.upper.quantize(D(1)) + 1), rules(None))
    assert past.take_home_after_settlement >= at_edge.take_home_after_settlement


def _annual(offer: PayInput, method: BonusMethod, city: str | None) -> YearResult:
    return compute_year(replace(offer, bonus_method=method), rules(city))


@PROPERTY
@given(offer=offers, city=st.sampled_from(CITIES))
def test_auto_is_never_worse_than_either_method(offer: PayInput, city: str | None) -> None:
    auto = _annual(offer, BonusMethod.AUTO, city)
    separate = _annual(offer, BonusMethod.SEPARATE, city)
    merged = _annual(offer, BonusMethod.MERGED, city)
    assert auto.iit_annual <= separate.iit_annual and auto.iit_annual <= merged.iit_annual
    assert auto.take_home_after_settlement >= separate.take_home_after_settlement
    assert auto.take_home_after_settlement >= merged.take_home_after_settlement
    if auto.bonus.liability_separate is not None:
        assert auto.iit_annual == min(auto.bonus.liability_separate, auto.bonus.liability_merged)


@PROPERTY
@given(offer=offers)
def test_a_december_bonus_at_one_employer_withholds_exactly_the_year_s_tax(
    offer: PayInput,
) -> None:
    """Under one set of bounds all year (the national rules), cumulative withholding ends on the
    annual liability when pay is the same each month. A sign-on or a bonus before December can
    be over-withheld and refunded at the settlement; nothing else is."""
    result = compute_year(replace(offer, bonus_month=None, sign_on=D(0)), rules(None))
    assert result.settlement == 0


odd_numbers = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.text(max_size=8),
    st.none(),
)


@PROPERTY
@given(
    monthly=odd_numbers,
    months_paid=odd_numbers,
    bonus=odd_numbers,
    rate=odd_numbers,
    deductions=odd_numbers,
    start=st.one_of(st.integers(min_value=-3, max_value=15), st.floats(), st.booleans()),
    city=st.sampled_from(CITIES),
)
def test_bad_input_is_only_ever_a_pay_input_error(
    monthly: Any,
    months_paid: Any,
    bonus: Any,
    rate: Any,
    deductions: Any,
    start: Any,
    city: str | None,
) -> None:
    """Whatever a caller hands in, the engine answers or raises PayInputError, nothing else."""
    values = {
        "monthly": monthly,
        "months_paid": months_paid,
        "bonus": bonus,
        "housing_fund_rate": rate,
        "special_deductions": deductions,
        "start_month": start,
    }
    terms = {key: value for key, value in values.items() if value is not None}
    terms.setdefault("monthly", D(0))
    with contextlib.suppress(PayInputError):
        compute_year(PayInput(**terms), rules(city))
