"""The cities many AI jobs are in beyond the first five: each with both names, dated periods
that end, sources and a confidence mark on every line, and priced at its own bounds."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tracker.domain.pay import Confidence, PayInput, RuleBook, compute_year
from tracker.domain.pay.money import cents
from tracker.services.pay_rules import load_rule_book

D = Decimal
NEW_CITIES = {
    "chengdu": ("成都", "Chengdu"), "nanjing": ("南京", "Nanjing"), "suzhou": ("苏州", "Suzhou"),
    "wuhan": ("武汉", "Wuhan"), "xian": ("西安", "Xi'an"), "tianjin": ("天津", "Tianjin"),
    "chongqing": ("重庆", "Chongqing"),
}  # fmt: skip


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return load_rule_book()


@pytest.mark.parametrize("key", sorted(NEW_CITIES))
def test_each_city_has_its_names_sources_and_periods_that_end(book: RuleBook, key: str) -> None:
    zh, en = NEW_CITIES[key]
    region = book.region(zh)
    assert (region.key, region.name_en) == (key, en)
    assert book.region(f"{zh}市") is region and book.region(key.upper()) is region
    for period in region.periods:
        assert period.valid_to is not None and period.valid_to > period.valid_from
        for item in (period.pension, period.medical, period.unemployment, period.housing_fund):
            assert item.provenance.sources
            assert item.provenance.confidence in set(Confidence)
            assert item.base_min is not None and item.base_max is not None
            assert 0 < item.base_min < item.base_max
    years = {day.year for p in region.periods for day in (p.valid_from, p.valid_to) if day}
    assert 2026 in years


@pytest.mark.parametrize("key", sorted(NEW_CITIES))
def test_pay_above_the_cap_pays_the_cap_and_below_the_floor_pays_the_floor(
    book: RuleBook, key: str
) -> None:
    rules = book.rules_for(2026, key)
    high = compute_year(PayInput(D(80_000)), rules)
    low = compute_year(PayInput(D(3_000)), rules)
    for result, bound in ((high, "base_max"), (low, "base_min")):
        for line in result.months:
            period = rules.period(line.month)
            base = getattr(period.pension, bound)
            assert line.contributions.si_base == base
            assert line.contributions.pension == cents(base * period.pension.rate)
            medical = cents(base * period.medical.rate) + period.medical.fixed
            assert line.contributions.medical == medical


def test_the_fixed_medical_sums_the_compilations_give(book: RuleBook) -> None:
    fixed = {key: book.rules_for(2026, key).period(1).medical.fixed for key in NEW_CITIES}
    assert fixed == {
        "chengdu": 0, "nanjing": 10, "suzhou": 5, "wuhan": 7, "xian": D("1.6"), "tianjin": 22,
        "chongqing": 5,
    }  # fmt: skip


def test_chengdu_changes_its_bounds_in_october(book: RuleBook) -> None:
    rules = book.rules_for(2026, "成都")
    assert rules.period(9).pension.base_max == 22938
    assert rules.period(10).pension.base_max == 23493
