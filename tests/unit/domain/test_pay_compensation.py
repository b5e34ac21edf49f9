"""Total compensation over four years and the value of an hour.

levels.fyi's definition as the research summarises it (§5.1): annualised TC = base + the grant's
average yearly value + bonus + sign-on ÷ 4; a first-year view counts the whole sign-on instead.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

from tracker.domain.enums import WorkSchedule
from tracker.domain.pay import (
    EquityGrant,
    PayInput,
    PayInputError,
    PayRules,
    compute_compensation,
    compute_year,
    hourly_value,
)
from tracker.services.pay_rules import load_rule_book

D = Decimal


@cache
def rules(city: str | None = "beijing") -> PayRules:
    return load_rule_book().rules_for(2026, city)


OFFER = PayInput(D(25000), months_paid=D(16), start_month=7, sign_on=D(50000))


def test_annualised_and_first_year_tc() -> None:
    # Derived: 25,000 × 12 + 4 months (100,000) + 400,000 ÷ 4 + 50,000 ÷ 4 = 512,500; the first
    # year: 400,000 of cash + 50,000 sign-on + 100,000 vested = 550,000.
    result = compute_compensation(OFFER, rules(), EquityGrant.evenly(D(400000)))
    assert result.annualised_tc == D(512500)
    assert result.first_year_tc == D(550000)
    assert [year.equity for year in result.years] == [D(100000)] * 4
    assert [year.sign_on for year in result.years] == [D(50000), 0, 0, 0]
    assert result.years[1].gross_total == D(500000)
    assert result.four_year_gross == D(2050000)


def test_the_joining_year_and_a_steady_year() -> None:
    result = compute_compensation(OFFER, rules())
    assert result.joining_year.months[0].month == 7
    assert result.joining_year == compute_year(OFFER, rules())
    assert result.steady_year.months[0].month == 1 and result.steady_year.gross_total == 400000
    assert result.first_year_cash == result.joining_year.take_home_after_settlement
    assert result.steady_yearly_cash == result.steady_year.take_home_after_settlement
    # The first full year carries the sign-on, taxed as wages: more cash than a steady year.
    assert result.years[0].cash > result.years[1].cash == result.steady_yearly_cash
    assert result.years[1].cash_plus_housing_fund == result.steady_year.cash_plus_housing_fund


def test_irregular_vesting_and_a_haircut() -> None:
    # levels.fyi's Amazon example, 5 / 15 / 40 / 40, on 400,000 with a 50 % haircut for
    # unlisted options: 10,000 / 30,000 / 80,000 / 80,000; annualised averages 50,000 a year.
    grant = EquityGrant(D(400000), (D("0.05"), D("0.15"), D("0.40"), D("0.40")), D("0.5"))
    result = compute_compensation(OFFER, rules(), grant)
    assert [year.equity for year in result.years] == [D(10000), D(30000), D(80000), D(80000)]
    assert result.annualised_tc == D(300000 + 100000 + 50000 + 12500)


@pytest.mark.parametrize(
    "grant",
    [
        EquityGrant(D(100), (D("0.6"), D("0.6"))),
        EquityGrant(D(100), ()),
        EquityGrant(D(100), (D(1),), D(2)),
        EquityGrant(D(-1), (D(1),)),
    ],
)
def test_bad_grants(grant: EquityGrant) -> None:
    with pytest.raises(PayInputError):
        compute_compensation(OFFER, rules(), grant)


def test_the_official_hourly_wage_of_a_five_day_week() -> None:
    # [NORB] CN-SH03-1 (人社部发〔2025〕2号): 21,750 ÷ 21.75 ÷ 8 = 125 an hour; a year of it is
    # 261,000 over 2,088 hours.
    value = hourly_value(D(261000), WorkSchedule.FIVE_DAY)
    assert value.work_hours == D(2088) and value.per_work_hour == D(125)
    assert value.per_hour_with_commute == D(125)


def test_longer_schedules_and_commuting_lower_the_hour() -> None:
    # Derived: 大小周 44 h × 52.2 = 2,296.8 h; 996 72 h × 52.2 = 3,758.4 h; an hour of commuting
    # a day on six days adds 313.2 h.
    amount = D(261000)
    alternating = hourly_value(amount, WorkSchedule.ALTERNATING)
    nine_nine_six = hourly_value(amount, WorkSchedule.NINE_NINE_SIX, commute_minutes=D(60))
    assert alternating.work_hours == D("2296.8")
    assert nine_nine_six.work_hours == D("3758.4") and nine_nine_six.commute_hours == D("313.2")
    assert nine_nine_six.per_work_hour == D("69.44")  # 261,000 ÷ 3,758.4
    assert nine_nine_six.per_hour_with_commute == D("64.10")  # ÷ 4,071.6


def test_weekly_hours_override_and_other_needs_them() -> None:
    value = hourly_value(D(104400), WorkSchedule.OTHER, weekly_hours=D(50))
    assert value.work_hours == D(2610) and value.per_work_hour == D(40)
    with pytest.raises(PayInputError):
        hourly_value(D(100), WorkSchedule.OTHER)
    with pytest.raises(PayInputError):
        hourly_value(D(100), WorkSchedule.FIVE_DAY, weekly_hours=D(200))
    with pytest.raises(PayInputError):
        hourly_value(D(100), WorkSchedule.FIVE_DAY, commute_minutes=D(-5))
