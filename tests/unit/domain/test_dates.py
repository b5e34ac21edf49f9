from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.dates import DateFlag, DateIssue, DateParseError, ParsedDate, parse_date
from tracker.domain.errors import PivotError

EXCEL_EPOCH = date(1899, 12, 30)
JAN_30 = date(2025, 1, 30)
NO_FLAGS: frozenset[DateFlag] = frozenset()
NAIVE = frozenset({DateFlag.NO_TIME_ZONE})
CST = timezone(timedelta(hours=8))


def fullwidth(text: str) -> str:
    """The same text with every ASCII character swapped for its full-width form."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def issue_of(text: str, *, today: date | None = None) -> DateIssue:
    with pytest.raises(DateParseError) as caught:
        parse_date(text, today=today)
    assert caught.value.raw == text
    return caught.value.issue


@pytest.mark.parametrize(
    "text",
    [
        "2025/01/30",
        "2025-1-30",
        "2025.01.30",
        "2025年1月30日",
        "2025年01月30号",
        "2025 年 1 月 30 日",
        "20250130",
        "2025-01-30",
        fullwidth("2025/01/30"),
        "Jan 30, 2025",
        "30 Jan 2025",
        "January 30 2025",
        "Jan. 30th, 2025",
        "30-Jan-2025",
        "30 of January 2025",
        "Thu, Jan 30, 2025",
        "2025年1月30日(周四)",
        "2025年1月30日 星期四",
    ],
)
def test_reads_full_dates_without_flags(text: str) -> None:
    parsed = parse_date(text)

    assert parsed == ParsedDate(text, JAN_30, NO_FLAGS)
    assert type(parsed.value) is date


@pytest.mark.parametrize(
    ("text", "expected", "flags"),
    [
        ("2025-01-30T10:00:00+08:00", datetime(2025, 1, 30, 10, tzinfo=CST), NO_FLAGS),
        ("2025-01-30T02:00:00Z", datetime(2025, 1, 30, 2, tzinfo=UTC), NO_FLAGS),
        ("2025-01-30 10:00 +0800", datetime(2025, 1, 30, 10, tzinfo=CST), NO_FLAGS),
        ("2025-01-30 10:00", datetime(2025, 1, 30, 10), NAIVE),
        ("2025-01-30T10:00:00.25", datetime(2025, 1, 30, 10, 0, 0, 250_000), NAIVE),
        ("2025年1月30日 14:30", datetime(2025, 1, 30, 14, 30), NAIVE),
        ("2025年1月30日下午2:30", datetime(2025, 1, 30, 14, 30), NAIVE),
        ("2025/1/30 下午2:30", datetime(2025, 1, 30, 14, 30), NAIVE),
        ("2025/1/30 上午9:05", datetime(2025, 1, 30, 9, 5), NAIVE),
        ("2025/1/30 晚上8:00", datetime(2025, 1, 30, 20, 0), NAIVE),
        ("2025/1/30 下午14:30", datetime(2025, 1, 30, 14, 30), NAIVE),
        ("Aug 15, 2026 10:00 AM", datetime(2026, 8, 15, 10, 0), NAIVE),
        ("Jan 30, 2025 at 10:00 pm", datetime(2025, 1, 30, 22, 0), NAIVE),
    ],
)
def test_reads_a_time_of_day_into_a_datetime(
    text: str, expected: datetime, flags: frozenset[DateFlag]
) -> None:
    parsed = parse_date(text)

    assert parsed.value == expected
    assert isinstance(parsed.value, datetime)
    assert parsed.value.utcoffset() == expected.utcoffset()
    assert parsed.flags == flags


def test_keeps_the_written_offset_instead_of_converting() -> None:
    value = parse_date("2025-01-30T10:00:00+08:00").value

    assert isinstance(value, datetime)
    assert (value.hour, value.utcoffset()) == (10, timedelta(hours=8))


def test_naive_datetime_has_no_time_zone() -> None:
    value = parse_date("2025-01-30 10:00").value

    assert isinstance(value, datetime)
    assert value.tzinfo is None


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("1月30日", date(2025, 3, 10), date(2025, 1, 30)),
        ("Jan 30", date(2025, 3, 10), date(2025, 1, 30)),
        ("January 30", date(2025, 3, 10), date(2025, 1, 30)),
        ("30 Jan", date(2025, 3, 10), date(2025, 1, 30)),
        ("1月30号", date(2025, 1, 2), date(2025, 1, 30)),
        ("12月20日", date(2025, 1, 10), date(2024, 12, 20)),
        ("Dec 20", date(2025, 1, 10), date(2024, 12, 20)),
        ("Jul 10", date(2025, 1, 10), date(2025, 7, 10)),
        ("Jul 11", date(2025, 1, 10), date(2024, 7, 11)),
        ("Feb 28", date(2025, 8, 31), date(2025, 2, 28)),
        ("Dec 31", date(2025, 12, 31), date(2025, 12, 31)),
    ],
)
def test_fills_a_missing_year_from_today(text: str, today: date, expected: date) -> None:
    parsed = parse_date(text, today=today)

    assert parsed.value == expected
    assert parsed.flags == {DateFlag.YEAR_ASSUMED}


def test_missing_year_with_time_keeps_the_time() -> None:
    parsed = parse_date("1月30日 周四 14:00", today=date(2025, 2, 1))

    assert parsed.value == datetime(2025, 1, 30, 14, 0)
    assert parsed.flags == {DateFlag.YEAR_ASSUMED, DateFlag.NO_TIME_ZONE}


@pytest.mark.parametrize("text", ["1月30日", "Jan 30", "January 30", "30 Jan"])
def test_refuses_a_missing_year_without_today(text: str) -> None:
    assert issue_of(text) is DateIssue.MISSING_YEAR


def test_refuses_february_29_when_the_assumed_year_has_none() -> None:
    assert issue_of("2月29日", today=date(2025, 3, 1)) is DateIssue.INVALID_DATE
    assert parse_date("2月29日", today=date(2024, 3, 1)).value == date(2024, 2, 29)


def test_ambiguous_day_and_month_are_refused_with_both_readings() -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date("01/02/2025")

    assert caught.value.issue is DateIssue.AMBIGUOUS_DAY_MONTH
    assert caught.value.candidates == (date(2025, 1, 2), date(2025, 2, 1))


@pytest.mark.parametrize(
    ("day_first", "expected", "flag"),
    [(True, date(2025, 2, 1), DateFlag.DAY_FIRST), (False, date(2025, 1, 2), DateFlag.MONTH_FIRST)],
)
def test_day_first_settles_an_ambiguous_date(
    day_first: bool, expected: date, flag: DateFlag
) -> None:
    parsed = parse_date("01/02/2025", day_first=day_first)

    assert parsed.value == expected
    assert parsed.flags == {flag}


@pytest.mark.parametrize(
    ("text", "expected", "flags"),
    [
        ("30/01/2025", date(2025, 1, 30), {DateFlag.DAY_FIRST}),
        ("30.01.2025", date(2025, 1, 30), {DateFlag.DAY_FIRST}),
        ("8/15/2026", date(2026, 8, 15), {DateFlag.MONTH_FIRST}),
        ("05/05/2025", date(2025, 5, 5), set()),
    ],
)
def test_the_values_decide_the_order_when_they_can(
    text: str, expected: date, flags: set[DateFlag]
) -> None:
    parsed = parse_date(text)

    assert parsed.value == expected
    assert parsed.flags == flags


def test_the_values_outrank_day_first() -> None:
    assert parse_date("30/01/2025", day_first=False).value == date(2025, 1, 30)
    assert parse_date("8/15/2026", day_first=True).value == date(2026, 8, 15)


def test_reads_a_linkedin_export() -> None:
    parsed = parse_date("8/15/26, 10:00 AM")

    assert parsed.value == datetime(2026, 8, 15, 10, 0)
    assert parsed.flags == {DateFlag.MONTH_FIRST, DateFlag.TWO_DIGIT_YEAR, DateFlag.NO_TIME_ZONE}


@pytest.mark.parametrize(
    ("clock", "hour", "minute"),
    [("12:00 AM", 0, 0), ("12:30 PM", 12, 30), ("1:15 pm", 13, 15), ("11:59 p.m.", 23, 59)],
)
def test_reads_twelve_hour_clocks(clock: str, hour: int, minute: int) -> None:
    value = parse_date(f"8/15/26, {clock}").value

    assert value == datetime(2026, 8, 15, hour, minute)


@pytest.mark.parametrize("year", ["00", "26", "99"])
def test_two_digit_years_fall_in_this_century(year: str) -> None:
    parsed = parse_date(f"8/15/{year}")

    assert parsed.value == date(2000 + int(year), 8, 15)
    assert DateFlag.TWO_DIGIT_YEAR in parsed.flags


def test_reads_excel_serial_days() -> None:
    parsed = parse_date("45687")

    assert parsed.value == JAN_30
    assert parsed.flags == {DateFlag.EXCEL_SERIAL}


def test_reads_excel_serial_fractions_as_time_of_day() -> None:
    parsed = parse_date("45687.5")

    assert parsed.value == datetime(2025, 1, 30, 12, 0)
    assert parsed.flags == {DateFlag.EXCEL_SERIAL, DateFlag.NO_TIME_ZONE}


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("2025-02-30", DateIssue.INVALID_DATE),
        ("0000-00-00", DateIssue.INVALID_DATE),
        ("13/13/2025", DateIssue.INVALID_DATE),
        ("2025-13-01", DateIssue.INVALID_DATE),
        ("32/01/2025", DateIssue.INVALID_DATE),
        ("2025-01-30 25:00", DateIssue.INVALID_DATE),
        ("2025-01-30 10:60", DateIssue.INVALID_DATE),
        ("2025-01-30 13:00 PM", DateIssue.INVALID_DATE),
        ("2025-01-30 上午14:00", DateIssue.INVALID_DATE),
        ("2025-01-30T10:00+24:00", DateIssue.INVALID_DATE),
        ("Fri, Jan 30, 2025", DateIssue.INVALID_DATE),
        ("1969-12-31", DateIssue.OUT_OF_RANGE),
        ("2101-01-01", DateIssue.OUT_OF_RANGE),
        ("1900年1月1日", DateIssue.OUT_OF_RANGE),
        ("19000101", DateIssue.OUT_OF_RANGE),
        ("01/02/1900", DateIssue.OUT_OF_RANGE),
        ("20000", DateIssue.OUT_OF_RANGE),
        ("昨天", DateIssue.RELATIVE),
        ("今天", DateIssue.RELATIVE),
        ("明天", DateIssue.RELATIVE),
        ("下周三", DateIssue.RELATIVE),
        ("周三", DateIssue.RELATIVE),
        ("yesterday", DateIssue.RELATIVE),
        ("Today", DateIssue.RELATIVE),
        ("tomorrow", DateIssue.RELATIVE),
        ("last week", DateIssue.RELATIVE),
        ("next Monday", DateIssue.RELATIVE),
        ("3 days ago", DateIssue.RELATIVE),
        ("3天前", DateIssue.RELATIVE),
        ("today 10:00", DateIssue.RELATIVE),
        ("", DateIssue.EMPTY),
        ("   ", DateIssue.EMPTY),
        ("\u3000\t", DateIssue.EMPTY),
        ("garbage", DateIssue.UNRECOGNIZED),
        ("2025", DateIssue.UNRECOGNIZED),
        ("123", DateIssue.UNRECOGNIZED),
        ("80001", DateIssue.UNRECOGNIZED),
        ("1234567", DateIssue.UNRECOGNIZED),
        ("45687 10:00", DateIssue.UNRECOGNIZED),
        ("10:00", DateIssue.UNRECOGNIZED),
        ("2025-01", DateIssue.UNRECOGNIZED),
        ("2025/01-30", DateIssue.UNRECOGNIZED),
        ("Jan 30 25", DateIssue.UNRECOGNIZED),
        ("Mon Tue Jan 30 2025", DateIssue.UNRECOGNIZED),
        ("2025-01-30 " + "x" * 90, DateIssue.UNRECOGNIZED),
        ("2025-01-30" + " " * 91, DateIssue.UNRECOGNIZED),
    ],
)
def test_refuses_with_the_reason(text: str, issue: DateIssue) -> None:
    assert issue_of(text) is issue


def test_parse_error_is_both_a_pivot_error_and_a_value_error() -> None:
    error = DateParseError("x", DateIssue.UNRECOGNIZED)

    assert isinstance(error, PivotError)
    assert isinstance(error, ValueError)
    assert error.candidates == ()


def test_day_drops_the_time_of_day() -> None:
    assert parse_date("2025-01-30T23:59:59+08:00").day == JAN_30
    assert parse_date("2025-01-30").day == JAN_30


DATES = st.dates(min_value=date(1970, 1, 1), max_value=date(2100, 12, 31))


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_any_text_parses_or_raises_a_parse_error(text: str) -> None:
    try:
        parsed = parse_date(text, today=date(2025, 6, 1))
    except DateParseError as error:
        assert error.raw == text
        assert isinstance(error.issue, DateIssue)
    else:
        assert parsed.raw == text
        assert 1970 <= parsed.value.year <= 2100


@settings(max_examples=500, deadline=None)
@given(DATES)
def test_written_dates_read_back(day: date) -> None:
    for text in (
        day.isoformat(),
        f"{day.year}年{day.month}月{day.day}日",
        day.strftime("%Y/%m/%d"),
        day.strftime("%Y%m%d"),
        day.strftime("%b %d, %Y"),
        day.strftime("%d %B %Y"),
    ):
        assert parse_date(text) == ParsedDate(text, day, NO_FLAGS)


@settings(max_examples=500, deadline=None)
@given(DATES)
def test_excel_serials_read_back(day: date) -> None:
    serial = (day - EXCEL_EPOCH).days

    parsed = parse_date(str(serial))

    assert parsed.value == day
    assert parsed.flags == {DateFlag.EXCEL_SERIAL}


@settings(max_examples=500, deadline=None)
@given(
    moment=st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2100, 12, 31, 23, 59)),
    offset_seconds=st.integers(-86_399, 86_399),
)
def test_aware_datetimes_read_back(moment: datetime, offset_seconds: int) -> None:
    aware = moment.replace(tzinfo=timezone(timedelta(seconds=offset_seconds)))

    parsed = parse_date(aware.isoformat())

    assert parsed.value == aware
    assert isinstance(parsed.value, datetime)
    assert parsed.value.utcoffset() == aware.utcoffset()
    assert parsed.flags == NO_FLAGS


@settings(max_examples=500, deadline=None)
@given(DATES, st.booleans())
def test_slash_dates_read_back_in_either_order(day: date, day_first: bool) -> None:
    if day_first:
        text, flag = f"{day.day}/{day.month}/{day.year}", DateFlag.DAY_FIRST
    else:
        text, flag = f"{day.month}/{day.day}/{day.year}", DateFlag.MONTH_FIRST

    parsed = parse_date(text, day_first=day_first)

    assert parsed.value == day
    assert parsed.flags == (NO_FLAGS if day.day == day.month else {flag})


@settings(max_examples=500, deadline=None)
@given(DATES, st.dates(min_value=date(1971, 1, 1), max_value=date(2099, 12, 31)))
def test_an_assumed_year_is_never_far_ahead_of_today(day: date, today: date) -> None:
    if (day.month, day.day) == (2, 29):
        return
    text = f"{day.month}月{day.day}日"

    assumed = parse_date(text, today=today).value

    assert (assumed.month, assumed.day) == (day.month, day.day)
    assert assumed.year in (today.year, today.year - 1)
    assert today - timedelta(days=366) < assumed <= today + timedelta(days=184)


@pytest.mark.parametrize(
    ("text", "candidates"),
    [
        ("25/1/30", (date(2025, 1, 30), date(2030, 1, 25))),
        ("30/01/25", (date(2025, 1, 30), date(2030, 1, 25))),
        ("12/11/10", (date(2010, 11, 12), date(2010, 12, 11), date(2012, 11, 10))),
    ],
)
def test_short_dates_that_could_be_year_first_are_flagged(
    text: str, candidates: tuple[date, ...]
) -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date(text)
    assert caught.value.issue is DateIssue.AMBIGUOUS_DAY_MONTH
    assert caught.value.candidates == candidates


def test_a_known_layout_reads_short_dates_without_asking() -> None:
    assert parse_date("12/11/10", day_first=False).day == date(2010, 12, 11)
    assert parse_date("8/15/26").day == date(2026, 8, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan-25", date(2025, 1, 1)),  # Excel's mmm-yy: January 2025, not 25 January
        ("jan-25", date(2025, 1, 1)),
        ("Sept-24", date(2024, 9, 1)),
        ("Dec-2026", date(2026, 12, 1)),
        ("Feb-30", date(2030, 2, 1)),  # February 2030, as Excel shows it
    ],
)
def test_excel_month_and_year_reads_as_that_month_saying_the_day_was_assumed(
    text: str, expected: date
) -> None:
    parsed = parse_date(text, today=date(2026, 12, 3))
    assert parsed.value == expected
    assert DateFlag.DAY_ASSUMED in parsed.flags
    assert parse_date(text).value == expected  # no year is missing, so no today is needed


def test_excel_day_month_year_reads_its_two_digit_year() -> None:
    parsed = parse_date("30-Jan-25")
    assert parsed.value == JAN_30 and parsed.flags == {DateFlag.TWO_DIGIT_YEAR}
    assert issue_of("31-Feb-25") is DateIssue.INVALID_DATE


def test_a_month_and_day_written_with_a_space_stay_a_day() -> None:
    parsed = parse_date("Jan 25", today=date(2026, 12, 3))
    assert parsed.value == date(2026, 1, 25) and DateFlag.DAY_ASSUMED not in parsed.flags
