"""Reference figures in the offers' units: months × months a year, days × 21.75 paid days,
hours × 8 hours more; one-off sums and counts have no yearly value."""

from __future__ import annotations

import pytest

from tracker.domain.enums import RoleCategory
from tracker.domain.reference import (
    Benchmark,
    BenchmarkKind,
    Figure,
    FigurePeriod,
    Source,
    Text,
    assumes_twelve_months,
    benchmarks_for,
    monthly_range,
    yearly_range,
)

LABEL = Text("x", "x")


def figure(low: float, high: float, period: FigurePeriod, months: int | None = None,
           unit: str = "CNY") -> Figure:  # fmt: skip
    return Figure(LABEL, low, high, unit, period, months, 2025)


@pytest.mark.parametrize(
    ("given", "yearly", "monthly"),
    [
        # DeepSeek research roles: 80–110K a month × 14 → 1.12M–1.54M a year.
        (
            figure(80_000, 110_000, FigurePeriod.MONTH, 14),
            (1_120_000, 1_540_000),
            (80_000, 110_000),
        ),
        # Months a year not stated: twelve.
        (figure(14_000, 17_500, FigurePeriod.MONTH), (168_000, 210_000), (14_000, 17_500)),
        # 475K a year, months unknown: 475K / 12 a month.
        (
            figure(475_000, 475_000, FigurePeriod.YEAR),
            (475_000, 475_000),
            (475_000 / 12, 475_000 / 12),
        ),
        # A year stated with 14 months: the month is a fourteenth of it.
        (figure(420_000, 420_000, FigurePeriod.YEAR, 14), (420_000, 420_000), (30_000, 30_000)),
    ],
)
def test_figures_convert_to_a_year_and_a_month(
    given: Figure, yearly: tuple[float, float], monthly: tuple[float, float]
) -> None:
    assert yearly_range(given) == pytest.approx(yearly)
    assert monthly_range(given) == pytest.approx(monthly)


@pytest.mark.parametrize(
    ("given", "monthly"),
    [
        # Interns at 500–1000 a day: × 21.75 working days a month, and never a year.
        (figure(500, 1000, FigurePeriod.DAY), (10_875, 21_750)),
        # An hour: × 8 × 21.75 a month, and never a year.
        (figure(100, 100, FigurePeriod.HOUR), (17_400, 17_400)),
    ],
)
def test_day_and_hour_rates_are_never_made_a_yearly_salary(
    given: Figure, monthly: tuple[float, float]
) -> None:
    assert yearly_range(given) is None
    assert monthly_range(given) == pytest.approx(monthly)


def test_a_year_of_monthly_pay_without_stated_months_is_an_assumption() -> None:
    assert assumes_twelve_months(figure(14_000, 17_500, FigurePeriod.MONTH))
    assert not assumes_twelve_months(figure(80_000, 110_000, FigurePeriod.MONTH, 14))
    assert not assumes_twelve_months(figure(475_000, 475_000, FigurePeriod.YEAR))


def test_one_off_sums_and_counts_have_no_rate() -> None:
    assert yearly_range(figure(70_000, 70_000, FigurePeriod.ONCE)) is None
    assert monthly_range(figure(70_000, 70_000, FigurePeriod.ONCE)) is None
    assert yearly_range(figure(4e6, 4e6, FigurePeriod.YEAR, unit="people")) is None


def test_benchmarks_of_a_category_are_pay_only_and_newest_first() -> None:
    source = Source("a", "t")

    def bench(key: str, year: int, kind: BenchmarkKind = BenchmarkKind.PAY,
              category: RoleCategory = RoleCategory.AI_TRAINER) -> Benchmark:  # fmt: skip
        pay = Figure(LABEL, 1, 2, "CNY", FigurePeriod.MONTH, None, year)
        return Benchmark(key, kind, LABEL, category, pay, source)

    chosen = benchmarks_for(
        (
            bench("old", 2023),
            bench("new", 2026),
            bench("demand", 2030, BenchmarkKind.CONTEXT),
            bench("other", 2026, category=RoleCategory.RESEARCH),
        ),
        RoleCategory.AI_TRAINER,
    )
    assert [b.key for b in chosen] == ["new", "old"]
