"""Dates as users type them and as other tools export them.

Where the text leaves a real doubt (``01/02/2025``, a date with no year and no reference day, a
relative word like ``明天``) the parser refuses with a reason instead of guessing; where it had to
read something by convention it says so with a flag.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from enum import StrEnum

from tracker.domain.errors import PivotError

MAX_TEXT_LENGTH = 100
FIRST_YEAR = 1970
LAST_YEAR = 2100
EXCEL_EPOCH = date(1899, 12, 30)
EXCEL_SERIALS = range(20_000, 80_001)
MONTHS_AHEAD_BEFORE_LAST_YEAR = 6


class DateIssue(StrEnum):
    EMPTY = "empty"
    UNRECOGNIZED = "unrecognized"
    INVALID_DATE = "invalid_date"
    AMBIGUOUS_DAY_MONTH = "ambiguous_day_month"
    MISSING_YEAR = "missing_year"
    RELATIVE = "relative"
    OUT_OF_RANGE = "out_of_range"


class DateFlag(StrEnum):
    """Something read by convention rather than stated outright."""

    YEAR_ASSUMED = "year_assumed"
    TWO_DIGIT_YEAR = "two_digit_year"
    EXCEL_SERIAL = "excel_serial"
    DAY_FIRST = "day_first"
    MONTH_FIRST = "month_first"
    NO_TIME_ZONE = "no_time_zone"
    DAY_ASSUMED = "day_assumed"  # a month and year only (Excel's ``Jan-25``): the first day


class DateParseError(PivotError, ValueError):
    """Date text that cannot be read; `issue` says why, `candidates` lists possible readings."""

    def __init__(self, raw: str, issue: DateIssue, candidates: tuple[date, ...] = ()) -> None:
        super().__init__(issue.value)
        self.raw = raw
        self.issue = issue
        self.candidates = candidates


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date read from `raw`, with `flags` naming whatever was read by convention."""

    raw: str
    value: date | datetime
    flags: frozenset[DateFlag]

    @property
    def day(self) -> date:
        """The calendar date, without any time of day."""
        if isinstance(self.value, datetime):
            return self.value.date()
        return self.value


@dataclass(frozen=True, slots=True)
class _Fields:
    """A calendar date as written, not yet checked."""

    year: int | None
    month: int
    day: int
    flags: frozenset[DateFlag] = frozenset()


_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTHS = {name: number for number, full in enumerate(_MONTH_NAMES, 1) for name in (full, full[:3])}
_MONTHS["sept"] = 9
_WEEKDAY_ABBREVIATIONS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_CHINESE_WEEKDAYS = {name: number for number, name in enumerate("一二三四五六日")} | {"天": 6}

_RELATIVE = re.compile(
    r"[昨今明前后]天|[昨今明]日|[上下本这]个?(?:周|星期|礼拜|月)|[今去明]年|刚[刚才]"
    r"|[0-9]+ ?(?:天|日|周|星期|个?月|年|小时|分钟)[前后]"
    r"|\b(?:yesterday|today|tonight|tomorrow|now|ago|last|next|this)\b"
    r"|\b[0-9]+ ?(?:days?|weeks?|months?|years?|hours?|minutes?)\b"
)
_CHINESE_WEEKDAY = re.compile(r"\(?(?:周|星期|礼拜)([一二三四五六日天])\)?")
_ENGLISH_WEEKDAY = re.compile(
    r"\(?\b(mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\b\.?\)?,?"
)
_TIME = re.compile(
    r"(?:(?<=[0-9])t|[ ,]*)"
    r"(?P<half>上午|下午|中午|晚上|早上|凌晨)?"
    r"(?<![0-9])(?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})"
    r"(?::(?P<second>[0-9]{2})(?:\.(?P<fraction>[0-9]{1,9}))?)?"
    r" ?(?P<meridiem>am|pm|a\.m\.|p\.m\.)?"
    r" ?(?P<zone>z|utc|gmt|[+-][0-9]{2}(?::?[0-9]{2}(?::?[0-9]{2})?)?)?$"
)
_AFTERNOON = frozenset({"pm", "p.m.", "下午", "中午", "晚上"})
_ENGLISH_MERIDIEMS = frozenset({"am", "a.m.", "pm", "p.m."})
_YEAR_FIRST = re.compile(r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})")
_EIGHT_DIGITS = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
_CHINESE = re.compile(r"(?:([0-9]{4}|[0-9]{2})年)?([0-9]{1,2})月([0-9]{1,2})[日号]?")
_YEAR_LAST = re.compile(r"([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})")
_SERIAL = re.compile(r"([0-9]{5})(?:\.([0-9]+))?")
_ENGLISH_SEPARATORS = re.compile(r"[ ,./-]+")
_FILLER_WORDS = frozenset({"of", "at", "the"})
_ORDINAL_DAY = re.compile(r"([0-9]{1,2})(?:st|nd|rd|th)?")
# Excel's month-year (``mmm-yy``: Jan-25 is January 2025) and day-month-year (``d-mmm-yy``).
_EXCEL_MONTH_YEAR = re.compile(r"([a-z]{3,9})-([0-9]{4}|[0-9]{2})")
_EXCEL_DAY_MONTH_YEAR = re.compile(r"([0-9]{1,2})-([a-z]{3,9})-([0-9]{2})")


def _fail(raw: str, issue: DateIssue, candidates: tuple[date, ...] = ()) -> DateParseError:
    return DateParseError(raw, issue, candidates)


def _normalise(text: str) -> str:
    """Fold width and case, drop invisible marks and collapse runs of spaces."""
    folded = unicodedata.normalize("NFKC", text).lower()
    visible = "".join(ch for ch in folded if unicodedata.category(ch) != "Cf")
    return " ".join(visible.split())


def _take_weekday(text: str, raw: str) -> tuple[str, int | None]:
    """Remove a weekday name (``周四``, ``Thu``); return the rest and the weekday (Monday 0)."""
    found: list[int] = []

    def chinese(match: re.Match[str]) -> str:
        found.append(_CHINESE_WEEKDAYS[match[1]])
        return " "

    def english(match: re.Match[str]) -> str:
        found.append(_WEEKDAY_ABBREVIATIONS.index(match[1][:3]))
        return " "

    rest = _ENGLISH_WEEKDAY.sub(english, _CHINESE_WEEKDAY.sub(chinese, text))
    if len(found) > 1:
        raise _fail(raw, DateIssue.UNRECOGNIZED)
    return " ".join(rest.split()), (found[0] if found else None)


def _hour_of_day(hour: int, marker: str | None, raw: str) -> int:
    """The 24-hour clock hour for ``2:30 PM`` or ``下午2:30``."""
    if marker is None:
        return hour
    afternoon = marker in _AFTERNOON
    if marker in _ENGLISH_MERIDIEMS and not 1 <= hour <= 12:
        raise _fail(raw, DateIssue.INVALID_DATE)
    if hour > 12:  # 下午14:30 repeats what the hour already says
        if not afternoon:
            raise _fail(raw, DateIssue.INVALID_DATE)
        return hour
    return hour % 12 + (12 if afternoon else 0)


def _zone(text: str | None, raw: str) -> tzinfo | None:
    if text is None:
        return None
    if text in ("z", "utc", "gmt"):
        return UTC
    digits = text[1:].replace(":", "").ljust(6, "0")
    hours, minutes, seconds = int(digits[:2]), int(digits[2:4]), int(digits[4:])
    if hours > 23 or minutes > 59 or seconds > 59:
        raise _fail(raw, DateIssue.INVALID_DATE)
    offset = timedelta(hours=hours, minutes=minutes, seconds=seconds)
    return timezone(-offset if text[0] == "-" else offset)


def _split_time(text: str) -> tuple[str, re.Match[str] | None]:
    """Split a trailing time of day off the text; return the date part and the time, if any."""
    match = _TIME.search(text)
    if match is None:
        return text, None
    return text[: match.start()].strip(" ,"), match


def _clock(match: re.Match[str], raw: str) -> time:
    """The time of day a `_TIME` match writes, checked."""
    if match["half"] and match["meridiem"]:
        raise _fail(raw, DateIssue.UNRECOGNIZED)
    hour = _hour_of_day(int(match["hour"]), match["half"] or match["meridiem"], raw)
    minute, second = int(match["minute"]), int(match["second"] or 0)
    micro = int((match["fraction"] or "")[:6].ljust(6, "0"))
    if hour > 23 or minute > 59 or second > 59:
        raise _fail(raw, DateIssue.INVALID_DATE)
    return time(hour, minute, second, micro, tzinfo=_zone(match["zone"], raw))


def _year(text: str) -> tuple[int, frozenset[DateFlag]]:
    """A written year; two digits mean 2000-2099."""
    if len(text) == 2:
        return 2000 + int(text), frozenset({DateFlag.TWO_DIGIT_YEAR})
    return int(text), frozenset()


def _check_year(year: int, raw: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise _fail(raw, DateIssue.OUT_OF_RANGE)


def _short_readings(first: int, second: int, third: int) -> set[date]:
    """Every date ``a/b/yy`` can be: day-month-year, month-day-year, and the year-first
    ``yy/m/d`` common in Chinese (``25/1/30`` is 2025-01-30 as often as 25 January 2030)."""
    readings: set[date] = set()
    for year, month, day in (
        (2000 + third, second, first),
        (2000 + third, first, second),
        (2000 + first, second, third),
    ):
        try:
            readings.add(date(year, month, day))
        except ValueError:
            continue
    return readings


def _read_year_last(match: re.Match[str], raw: str, day_first: bool | None) -> _Fields:
    """``30/01/2025``, ``8/15/26``: the values decide the order when they can, else `day_first`."""
    first, second = int(match[1]), int(match[3])
    if len(match[4]) == 2 and day_first is None:
        short = _short_readings(first, second, int(match[4]))
        if len(short) > 1:
            raise _fail(raw, DateIssue.AMBIGUOUS_DAY_MONTH, tuple(sorted(short)))
    year, flags = _year(match[4])
    if first == second:
        return _Fields(year, first, second, flags)
    if first > 12 or (second <= 12 and day_first):
        return _Fields(year, second, first, flags | {DateFlag.DAY_FIRST})
    if second > 12 or day_first is False:
        return _Fields(year, first, second, flags | {DateFlag.MONTH_FIRST})
    _check_year(year, raw)
    readings = sorted({date(year, first, second), date(year, second, first)})
    raise _fail(raw, DateIssue.AMBIGUOUS_DAY_MONTH, tuple(readings))


def _read_excel(text: str) -> _Fields | None:
    """Excel's short month formats: ``Jan-25`` is January 2025 (its first day, said so), not
    25 January; ``30-Jan-25`` is 30 January 2025."""
    if (match := _EXCEL_MONTH_YEAR.fullmatch(text)) and match[1] in _MONTHS:
        year, flags = _year(match[2])
        return _Fields(year, _MONTHS[match[1]], 1, flags | {DateFlag.DAY_ASSUMED})
    if (match := _EXCEL_DAY_MONTH_YEAR.fullmatch(text)) and match[2] in _MONTHS:
        year, flags = _year(match[3])
        return _Fields(year, _MONTHS[match[2]], int(match[1]), flags)
    return None


def _read_english(text: str) -> _Fields | None:
    """``Jan 30, 2025``, ``30 January 2025``, ``Jan 30`` and the like."""
    if (excel := _read_excel(text)) is not None:
        return excel
    words = _ENGLISH_SEPARATORS.split(text)
    tokens = [word for word in words if word and word not in _FILLER_WORDS]
    if len(tokens) not in (2, 3):
        return None
    if tokens[0] in _MONTHS:
        month, day_text = _MONTHS[tokens[0]], tokens[1]
    elif tokens[1] in _MONTHS:
        month, day_text = _MONTHS[tokens[1]], tokens[0]
    else:
        return None
    day = _ORDINAL_DAY.fullmatch(day_text)
    if day is None:
        return None
    if len(tokens) == 2:
        return _Fields(None, month, int(day[1]))
    if not (len(tokens[2]) == 4 and tokens[2].isdigit()):
        return None
    return _Fields(int(tokens[2]), month, int(day[1]))


def _read_fields(text: str, raw: str, day_first: bool | None) -> _Fields | None:
    """The year, month and day the text writes, in whichever layout it uses."""
    if match := _YEAR_FIRST.fullmatch(text):
        return _Fields(int(match[1]), int(match[3]), int(match[4]))
    if match := _EIGHT_DIGITS.fullmatch(text):
        return _Fields(int(match[1]), int(match[2]), int(match[3]))
    if match := _CHINESE.fullmatch(text.replace(" ", "")):
        if match[1] is None:
            return _Fields(None, int(match[2]), int(match[3]))
        year, flags = _year(match[1])
        return _Fields(year, int(match[2]), int(match[3]), flags)
    if match := _YEAR_LAST.fullmatch(text):
        return _read_year_last(match, raw, day_first)
    return _read_english(text)


def _assume_year(month: int, day: int, today: date) -> int:
    """This year, unless that puts the date more than six months after `today`."""
    ahead = today.month - 1 + MONTHS_AHEAD_BEFORE_LAST_YEAR
    limit = (today.year + ahead // 12, ahead % 12 + 1, today.day)
    return today.year - 1 if (today.year, month, day) > limit else today.year


def _to_date(fields: _Fields, raw: str, today: date | None) -> tuple[date, frozenset[DateFlag]]:
    """Check the fields and fill in a missing year from `today`."""
    if not (1 <= fields.month <= 12 and 1 <= fields.day <= 31):
        raise _fail(raw, DateIssue.INVALID_DATE)
    year, flags = fields.year, fields.flags
    if year is None:
        if today is None:
            raise _fail(raw, DateIssue.MISSING_YEAR)
        year, flags = _assume_year(fields.month, fields.day, today), flags | {DateFlag.YEAR_ASSUMED}
    _check_year(year, raw)
    try:
        return date(year, fields.month, fields.day), flags
    except ValueError:
        raise _fail(raw, DateIssue.INVALID_DATE) from None


def _excel_serial(text: str, raw: str) -> ParsedDate | None:
    """``45687`` (2025-01-30) or ``45687.5`` (noon that day), counted from 1899-12-30."""
    match = _SERIAL.fullmatch(text)
    if match is None or int(match[1]) not in EXCEL_SERIALS:
        return None
    seconds = round(float(f"0.{match[2] or 0}") * 86_400)
    moment = datetime.combine(EXCEL_EPOCH, time()) + timedelta(days=int(match[1]), seconds=seconds)
    _check_year(moment.year, raw)
    if seconds == 0:
        return ParsedDate(raw, moment.date(), frozenset({DateFlag.EXCEL_SERIAL}))
    return ParsedDate(raw, moment, frozenset({DateFlag.EXCEL_SERIAL, DateFlag.NO_TIME_ZONE}))


def parse_date(
    text: str, *, today: date | None = None, day_first: bool | None = None
) -> ParsedDate:
    """Read a date or date and time such as ``2025年1月30日``, ``Jan 30`` or ``8/15/26, 10:00 AM``.

    Args:
        text: The date as typed or exported.
        today: The reference day for dates written without a year; without it they are refused.
        day_first: How to read ``01/02/2025`` when the numbers alone do not decide; None refuses.

    Returns:
        The date (or datetime, when the text has a time of day) and what was assumed to read it.

    Raises:
        DateParseError: The text is empty, relative, ambiguous, impossible or unrecognised;
            `issue` says which.
    """
    if len(text) > MAX_TEXT_LENGTH:
        raise _fail(text, DateIssue.UNRECOGNIZED)
    normal = _normalise(text)
    if not normal:
        raise _fail(text, DateIssue.EMPTY)
    if _RELATIVE.search(normal):
        raise _fail(text, DateIssue.RELATIVE)
    rest, weekday = _take_weekday(normal, text)
    if not rest:  # a weekday alone names a day relative to now
        raise _fail(text, DateIssue.RELATIVE)
    date_text, time_match = _split_time(rest)
    parsed = _excel_serial(date_text, text) if time_match is None else None
    if parsed is None:
        fields = _read_fields(date_text, text, day_first)
        if fields is None:
            raise _fail(text, DateIssue.UNRECOGNIZED)
        day, flags = _to_date(fields, text, today)
        if time_match is None:
            parsed = ParsedDate(text, day, flags)
        else:
            clock = _clock(time_match, text)
            naive = {DateFlag.NO_TIME_ZONE} if clock.tzinfo is None else set()
            parsed = ParsedDate(text, datetime.combine(day, clock), flags | naive)
    if weekday is not None and parsed.day.weekday() != weekday:
        raise _fail(text, DateIssue.INVALID_DATE)
    return parsed
