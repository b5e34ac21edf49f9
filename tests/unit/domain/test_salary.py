from __future__ import annotations

import math
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.enums import SalaryPeriod
from tracker.domain.errors import PivotError
from tracker.domain.salary import Salary, SalaryIssue, SalaryParseError, parse_salary

MONTH = SalaryPeriod.MONTH
YEAR = SalaryPeriod.YEAR
DAY = SalaryPeriod.DAY
HOUR = SalaryPeriod.HOUR

EN_DASH = "\u2013"
TIMES = "\u00d7"
MIDDLE_DOT = "\u00b7"
FULLWIDTH_COMMA = "\uff0c"
FULLWIDTH_YEN = "\uffe5"


def fullwidth(text: str) -> str:
    """The same text with every ASCII character swapped for its full-width form."""
    return "".join(
        "\u3000" if ch == " " else chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text
    )


# text, minimum, maximum, period, currency, months_per_year
PARSED = [
    ("17.5K", 17_500, 17_500, MONTH, "CNY", None),
    ("15-25K", 15_000, 25_000, MONTH, "CNY", None),
    ("15k-25k", 15_000, 25_000, MONTH, "CNY", None),
    ("15K~25K", 15_000, 25_000, MONTH, "CNY", None),
    (fullwidth("15K-25K"), 15_000, 25_000, MONTH, "CNY", None),
    ("15K\uff0d25K", 15_000, 25_000, MONTH, "CNY", None),
    (f"15{EN_DASH}25K", 15_000, 25_000, MONTH, "CNY", None),
    ("15至25K", 15_000, 25_000, MONTH, "CNY", None),
    ("15到25K", 15_000, 25_000, MONTH, "CNY", None),
    (f"25-50K{MIDDLE_DOT}19薪", 25_000, 50_000, MONTH, "CNY", 19),
    ("25-50K*19薪", 25_000, 50_000, MONTH, "CNY", 19),
    (f"25-50k{MIDDLE_DOT}19", 25_000, 50_000, MONTH, "CNY", 19),
    (f"25K{TIMES}16", 25_000, 25_000, MONTH, "CNY", 16),
    ("25Kx16", 25_000, 25_000, MONTH, "CNY", 16),
    (f"20-30K{MIDDLE_DOT}14薪", 20_000, 30_000, MONTH, "CNY", 14),
    (f"15k-25k{MIDDLE_DOT}14薪", 15_000, 25_000, MONTH, "CNY", 14),
    ("20-30K(14薪)", 20_000, 30_000, MONTH, "CNY", 14),
    ("20-30K\uff0814薪\uff09", 20_000, 30_000, MONTH, "CNY", 14),
    ("25-50K 13薪", 25_000, 50_000, MONTH, "CNY", 13),
    (f"20-30K/月{MIDDLE_DOT}14薪", 20_000, 30_000, MONTH, "CNY", 14),
    ("8-11万", 80_000, 110_000, MONTH, "CNY", None),
    ("8-11万/月", 80_000, 110_000, MONTH, "CNY", None),
    ("8-11万/年", 80_000, 110_000, YEAR, "CNY", None),
    ("1.5万/月", 15_000, 15_000, MONTH, "CNY", None),
    ("年包40w", 400_000, 400_000, YEAR, "CNY", None),
    ("年薪50万", 500_000, 500_000, YEAR, "CNY", None),
    ("40W/年", 400_000, 400_000, YEAR, "CNY", None),
    ("1.2千/天", 1_200, 1_200, DAY, "CNY", None),
    ("500元/天", 500, 500, DAY, "CNY", None),
    ("500-1000元/天", 500, 1_000, DAY, "CNY", None),
    ("500元-1000元/天", 500, 1_000, DAY, "CNY", None),
    ("200/天", 200, 200, DAY, "CNY", None),
    ("300/日", 300, 300, DAY, "CNY", None),
    ("30-50元/时", 30, 50, HOUR, "CNY", None),
    ("30元/小时", 30, 30, HOUR, "CNY", None),
    ("30/h", 30, 30, HOUR, "CNY", None),
    ("1万每月", 10_000, 10_000, MONTH, "CNY", None),
    ("12k/mo", 12_000, 12_000, MONTH, "CNY", None),
    ("12k/month", 12_000, 12_000, MONTH, "CNY", None),
    ("12k per month", 12_000, 12_000, MONTH, "CNY", None),
    ("30万每年", 300_000, 300_000, YEAR, "CNY", None),
    ("$150k/yr", 150_000, 150_000, YEAR, "USD", None),
    ("$150k/year", 150_000, 150_000, YEAR, "USD", None),
    ("$150k per year", 150_000, 150_000, YEAR, "USD", None),
    ("\u20ac60k p.a.", 60_000, 60_000, YEAR, "EUR", None),
    ("$50/hour", 50, 50, HOUR, "USD", None),
    ("$50/hr", 50, 50, HOUR, "USD", None),
    ("$400/day", 400, 400, DAY, "USD", None),
    ("$120k", 120_000, 120_000, YEAR, "USD", None),
    ("US$120k-150k", 120_000, 150_000, YEAR, "USD", None),
    ("USD 120,000", 120_000, 120_000, YEAR, "USD", None),
    ("HK$30,000/month", 30_000, 30_000, MONTH, "HKD", None),
    ("HKD 30k", 30_000, 30_000, MONTH, "HKD", None),
    ("EUR 70k", 70_000, 70_000, YEAR, "EUR", None),
    ("\u00a515k", 15_000, 15_000, MONTH, "CNY", None),
    (f"{FULLWIDTH_YEN}12,000", 12_000, 12_000, MONTH, "CNY", None),
    ("RMB 15k", 15_000, 15_000, MONTH, "CNY", None),
    ("15k CNY", 15_000, 15_000, MONTH, "CNY", None),
    ("120,000", 120_000, 120_000, MONTH, "CNY", None),
    (f"12{FULLWIDTH_COMMA}000", 12_000, 12_000, MONTH, "CNY", None),
    (fullwidth("15K"), 15_000, 15_000, MONTH, "CNY", None),
    ("8千-1.2万", 8_000, 12_000, MONTH, "CNY", None),
    ("15K-25K", 15_000, 25_000, MONTH, "CNY", None),
    (" 1 5 - 2 5 k / 月 ", 15_000, 25_000, MONTH, "CNY", None),
]


@pytest.mark.parametrize(("text", "low", "high", "period", "currency", "months"), PARSED)
def test_parses_common_notations(
    text: str, low: float, high: float, period: SalaryPeriod, currency: str, months: int | None
) -> None:
    salary = parse_salary(text)

    assert (salary.minimum, salary.maximum) == (low, high)
    assert salary.period is period
    assert salary.currency == currency
    assert salary.months_per_year == months
    assert salary.raw == text
    assert not salary.open_ended


@pytest.mark.parametrize(
    ("text", "assumed"),
    [
        ("17.5K", True),
        (f"{FULLWIDTH_YEN}12,000", True),
        ("8-11万", True),
        ("$120k", True),
        ("1.5万/月", False),
        ("8-11万/年", False),
        ("年包40w", False),
        ("500元/天", False),
        (f"25-50K{MIDDLE_DOT}19薪", False),
    ],
)
def test_flags_a_period_read_by_convention(text: str, assumed: bool) -> None:
    assert parse_salary(text).period_assumed is assumed


@pytest.mark.parametrize("text", ["15K以上", "15K+", "15K起", "15k及以上", "15K以上/月"])
def test_reads_a_floor_as_open_ended(text: str) -> None:
    salary = parse_salary(text)

    assert (salary.minimum, salary.maximum) == (15_000, 15_000)
    assert salary.open_ended
    assert salary.period is MONTH


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("", SalaryIssue.EMPTY),
        ("   ", SalaryIssue.EMPTY),
        ("\u3000\t\n", SalaryIssue.EMPTY),
        ("面议", SalaryIssue.NEGOTIABLE),
        ("薪资面议", SalaryIssue.NEGOTIABLE),
        ("negotiable", SalaryIssue.NEGOTIABLE),
        ("Negotiable", SalaryIssue.NEGOTIABLE),
        ("待定", SalaryIssue.NEGOTIABLE),
        ("-5000", SalaryIssue.NEGATIVE),
        ("-5k/月", SalaryIssue.NEGATIVE),
        ("0", SalaryIssue.ZERO),
        ("0K", SalaryIssue.ZERO),
        ("0-5K", SalaryIssue.ZERO),
        ("25-15K", SalaryIssue.REVERSED_RANGE),
        ("3万-2万/年", SalaryIssue.REVERSED_RANGE),
        ("2000000万", SalaryIssue.TOO_LARGE),
        ("1000000001", SalaryIssue.TOO_LARGE),
        ("9" * 150, SalaryIssue.TOO_LARGE),
        ("1" * 201, SalaryIssue.TOO_LONG),
        ("15K" + " " * 198, SalaryIssue.TOO_LONG),
        ("500元/天/月", SalaryIssue.CONFLICTING_PERIOD),
        ("年薪50万/月", SalaryIssue.CONFLICTING_PERIOD),
        ("30/h/day", SalaryIssue.CONFLICTING_PERIOD),
        ("1e9", SalaryIssue.UNRECOGNIZED),
        ("abc", SalaryIssue.UNRECOGNIZED),
        ("很多钱", SalaryIssue.UNRECOGNIZED),
        ("K", SalaryIssue.UNRECOGNIZED),
        ("-", SalaryIssue.UNRECOGNIZED),
        ("$", SalaryIssue.UNRECOGNIZED),
        ("元/月", SalaryIssue.UNRECOGNIZED),
        ("15-25-35K", SalaryIssue.UNRECOGNIZED),
        ("1元5", SalaryIssue.UNRECOGNIZED),
        ("$10元", SalaryIssue.UNRECOGNIZED),
        ("15-25K以上", SalaryIssue.UNRECOGNIZED),
        (f"25K{MIDDLE_DOT}5薪", SalaryIssue.UNRECOGNIZED),
        ("1,2345", SalaryIssue.UNRECOGNIZED),
    ],
)
def test_rejects_with_the_reason(text: str, issue: SalaryIssue) -> None:
    with pytest.raises(SalaryParseError) as caught:
        parse_salary(text)

    assert caught.value.issue is issue
    assert caught.value.raw == text


def test_parse_error_is_both_a_pivot_error_and_a_value_error() -> None:
    error = SalaryParseError("面议", SalaryIssue.NEGOTIABLE)

    assert isinstance(error, PivotError)
    assert isinstance(error, ValueError)
    assert (error.raw, error.issue) == ("面议", SalaryIssue.NEGOTIABLE)


def test_a_range_never_gets_swapped() -> None:
    with pytest.raises(SalaryParseError) as caught:
        parse_salary("25-15K")

    assert caught.value.issue is SalaryIssue.REVERSED_RANGE


def test_months_default_to_twelve() -> None:
    assert parse_salary("15-25K").months_or_default == 12
    assert parse_salary(f"15-25K{MIDDLE_DOT}14薪").months_or_default == 14


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"25-50K{MIDDLE_DOT}19薪", (475_000, 950_000)),
        ("15-25K", (180_000, 300_000)),
        ("8-11万/年", (80_000, 110_000)),
        ("$120k", (120_000, 120_000)),
        ("500元/天", None),
        ("30元/小时", None),
    ],
)
def test_yearly_range_scales_monthly_pay_by_months_paid(
    text: str, expected: tuple[float, float] | None
) -> None:
    assert parse_salary(text).yearly_range() == expected


def test_salary_is_immutable() -> None:
    salary = parse_salary("15K")

    with pytest.raises(AttributeError):
        salary.minimum = 1.0  # type: ignore[misc]


def assert_sound(salary: Salary, text: str) -> None:
    assert salary.raw == text
    assert math.isfinite(salary.minimum)
    assert math.isfinite(salary.maximum)
    assert 0 < salary.minimum <= salary.maximum


def parse_or_issue(text: str) -> Salary | SalaryIssue:
    try:
        return parse_salary(text)
    except SalaryParseError as error:
        return error.issue


@dataclass(frozen=True)
class Pieces:
    """Bits of salary text: `usual` ones as posts write them, `odd` ones to stress the parser."""

    usual: list[str]
    odd: list[str]


NUMBERS = Pieces(
    ["15", "25", "8", "11", "1.5", "17.5", "200", "500", "1000", "120,000", "12,000", "40"],
    ["0", "00", "-5", ".5", "1e9", "1,2", "99999999999", "0.0", "3.", ""],
)
UNITS = Pieces(["", "k", "K", "千", "w", "W", "万"], ["kk", "万千", "m"])
SEPARATORS = Pieces(["-", "~", "\uff0d", EN_DASH, "至", "到", " - "], ["--", "", "+", "/"])
PERIODS = Pieces(
    ["", "/月", "/年", "/天", "/日", "/时", "/小时", "每月", "/mo", "/month", " per month",
     "/yr", "/year", " per year", " p.a.", "/hour", "/hr", "/h", "/day"],
    ["/天/月", "/", "/月/月", "per"],
)  # fmt: skip
MONTHS = Pieces(
    ["", f"{MIDDLE_DOT}13薪", "*14薪", f"{TIMES}16", "x16", "(14薪)", "\uff0815薪\uff09",
     f"{MIDDLE_DOT}19", " 13薪"],
    [f"{MIDDLE_DOT}99薪", "薪", "x", "(14薪"],
)  # fmt: skip
CURRENCY_MARKS = Pieces([""], ["\u00a5", FULLWIDTH_YEN, "$", "US$", "HK$", "\u20ac", "RMB "])
CURRENCY_WORDS = Pieces([""], ["元", "RMB", "USD", " HKD", "EUR", "cny"])
PREFIXES = Pieces([""], ["年包", "年薪", "月薪", "时薪"])
OPEN_MARKS = Pieces([""], ["以上", "+", "起"])


@st.composite
def salary_like(draw: st.DrawFn) -> str:
    """Salary text assembled from the pieces real posts use, in sensible and silly combinations."""

    def piece(pieces: Pieces) -> str:
        odd = draw(st.integers(0, 4)) == 4
        return draw(st.sampled_from(pieces.odd if odd else pieces.usual))

    text = piece(PREFIXES) + piece(CURRENCY_MARKS) + piece(NUMBERS) + piece(UNITS)
    if draw(st.booleans()):
        text += piece(SEPARATORS) + piece(CURRENCY_MARKS) + piece(NUMBERS) + piece(UNITS)
    text += piece(CURRENCY_WORDS) + piece(OPEN_MARKS) + piece(PERIODS) + piece(MONTHS)
    return fullwidth(text) if draw(st.booleans()) else text


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_any_text_parses_soundly_or_raises_a_parse_error(text: str) -> None:
    try:
        salary = parse_salary(text)
    except SalaryParseError as error:
        assert error.raw == text
    else:
        assert_sound(salary, text)


@settings(max_examples=500, deadline=None)
@given(salary_like())
def test_salary_like_text_parses_soundly_or_raises_a_parse_error(text: str) -> None:
    try:
        salary = parse_salary(text)
    except SalaryParseError as error:
        assert isinstance(error.issue, SalaryIssue)
    else:
        assert_sound(salary, text)


@settings(max_examples=500, deadline=None)
@given(salary_like())
def test_full_width_text_reads_like_its_ascii_form(text: str) -> None:
    ascii_result = parse_or_issue(text)
    wide_result = parse_or_issue(fullwidth(text))

    if isinstance(ascii_result, Salary):
        assert isinstance(wide_result, Salary)
        assert wide_result.raw == fullwidth(text)
        assert (
            wide_result.minimum,
            wide_result.maximum,
            wide_result.period,
            wide_result.currency,
            wide_result.months_per_year,
            wide_result.period_assumed,
            wide_result.open_ended,
        ) == (
            ascii_result.minimum,
            ascii_result.maximum,
            ascii_result.period,
            ascii_result.currency,
            ascii_result.months_per_year,
            ascii_result.period_assumed,
            ascii_result.open_ended,
        )
    else:
        assert wide_result == ascii_result


UNIT_FACTORS = {"K": 1_000, "k": 1_000, "千": 1_000, "W": 10_000, "万": 10_000}
PERIOD_WORDS = {"/月": MONTH, "/年": YEAR, "/天": DAY, "/小时": HOUR, "/mo": MONTH, "/yr": YEAR}


@settings(max_examples=500, deadline=None)
@given(
    low=st.integers(1, 999),
    extra=st.integers(0, 999),
    unit=st.sampled_from(sorted(UNIT_FACTORS)),
    period=st.sampled_from(sorted(PERIOD_WORDS)),
    months=st.one_of(st.none(), st.integers(12, 24)),
)
def test_well_formed_ranges_read_exactly(
    low: int, extra: int, unit: str, period: str, months: int | None
) -> None:
    high = low + extra
    text = f"{low}-{high}{unit}{period}" + ("" if months is None else f"{MIDDLE_DOT}{months}薪")

    salary = parse_salary(text)

    factor = UNIT_FACTORS[unit]
    assert (salary.minimum, salary.maximum) == (low * factor, high * factor)
    assert salary.period is PERIOD_WORDS[period]
    assert salary.months_per_year == months
    assert salary.currency == "CNY"
    assert not salary.period_assumed


@pytest.mark.parametrize(
    ("text", "period", "low"),
    [
        ("40w", SalaryPeriod.YEAR, 400_000.0),
        ("30-50万", SalaryPeriod.YEAR, 300_000.0),
        ("500K", SalaryPeriod.YEAR, 500_000.0),
        ("8-11万", SalaryPeriod.MONTH, 80_000.0),
        ("40w/月", SalaryPeriod.MONTH, 400_000.0),
    ],
)
def test_a_large_figure_without_a_period_reads_as_yearly(
    text: str, period: SalaryPeriod, low: float
) -> None:
    salary = parse_salary(text)
    assert (salary.period, salary.minimum) == (period, low)
    assert salary.period_assumed is (text != "40w/月")


# -- what boards and recruiters also write -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "high", "period"),
    [("1.5千以下/月", 1_500, MONTH), ("2万以下/年", 20_000, YEAR), ("8K以内", 8_000, MONTH)],
)
def test_an_upper_bound_alone_is_a_ceiling_with_no_floor(
    text: str, high: float, period: SalaryPeriod
) -> None:
    salary = parse_salary(text)
    assert salary.up_to and not salary.open_ended
    assert (salary.minimum, salary.maximum, salary.period) == (0.0, high, period)


def test_a_ceiling_on_a_range_is_refused() -> None:
    with pytest.raises(SalaryParseError) as refused:
        parse_salary("1-2万以下")
    assert refused.value.issue is SalaryIssue.UNRECOGNIZED


def test_weekly_pay_is_a_week_and_a_year_is_fifty_two_of_them() -> None:
    salary = parse_salary("500元/周")
    assert (salary.minimum, salary.period) == (500.0, SalaryPeriod.WEEK)
    assert salary.yearly_range() == (500.0 * 52, 500.0 * 52)
    assert parse_salary("周薪3000").period is SalaryPeriod.WEEK


def test_a_range_of_months_is_kept_as_a_range() -> None:
    salary = parse_salary("25K·13-15薪")
    assert (salary.months_per_year, salary.months_per_year_max) == (13, 15)
    assert salary.yearly_range() == (25_000 * 13, 25_000 * 15)
    with pytest.raises(SalaryParseError) as refused:
        parse_salary("25K·15-13薪")
    assert refused.value.issue is SalaryIssue.REVERSED_RANGE


@pytest.mark.parametrize("text", ["14薪 20-30K", "14薪·20-30K", "20-30K·14薪", "(14薪)20-30K"])
def test_months_may_come_first_or_last(text: str) -> None:
    salary = parse_salary(text)
    assert (salary.minimum, salary.maximum, salary.months_per_year) == (20_000, 30_000, 14)
    assert not salary.period_assumed


def test_a_dot_with_nothing_after_it_is_ignored() -> None:
    salary = parse_salary("20-30K·")
    assert (salary.minimum, salary.maximum, salary.months_per_year) == (20_000, 30_000, None)


@pytest.mark.parametrize("text", ["25-35K(含年终)", "25-35K（含年终奖）", "25-35K 包含年终奖"])
def test_a_figure_that_holds_the_bonus_says_so(text: str) -> None:
    salary = parse_salary(text)
    assert salary.includes_bonus and (salary.minimum, salary.maximum) == (25_000, 35_000)
    assert not parse_salary("25-35K").includes_bonus


@pytest.mark.parametrize(
    ("text", "period", "assumed"),
    [
        ("10-15万", YEAR, True),  # 100K a month and more: a year's pay
        ("年薪10-15万", YEAR, False),
        ("10-15万/月", MONTH, False),  # said outright, believed
        ("1-1.5万", MONTH, True),
        ("8-11万", MONTH, True),
    ],
)
def test_a_bare_wan_range_is_a_year_when_a_month_would_be_implausible(
    text: str, period: SalaryPeriod, assumed: bool
) -> None:
    salary = parse_salary(text)
    assert (salary.period, salary.period_assumed) == (period, assumed)


@settings(max_examples=300, deadline=None)
@given(
    low=st.integers(min_value=1, max_value=300),
    spread=st.integers(min_value=0, max_value=100),
    unit=st.sampled_from(["K", "千", "万", "w", ""]),
    months=st.none() | st.integers(min_value=12, max_value=20),
    more=st.integers(min_value=0, max_value=4),
    months_first=st.booleans(),
)
def test_every_reading_keeps_its_ends_in_order(
    low: int, spread: int, unit: str, months: int | None, more: int, months_first: bool
) -> None:
    figure = f"{low}-{low + spread}{unit}"
    count = "" if months is None else f"{months}-{months + more}薪" if more else f"{months}薪"
    text = f"{count} {figure}" if months_first else f"{figure}·{count}"
    try:
        salary = parse_salary(text)
    except SalaryParseError as error:
        assert error.issue in {SalaryIssue.TOO_LARGE, SalaryIssue.UNRECOGNIZED}
        return
    assert 0 < salary.minimum <= salary.maximum
    yearly = salary.yearly_range()
    assert yearly is not None and yearly[0] <= yearly[1]
    if months is not None:
        assert salary.months_per_year == months
        assert salary.months_per_year_max == (months + more if more else None)
