"""Salary text as job posts write it, read into figures that can be compared.

Chinese posts quote monthly pay in thousands (``15-25K``) or ten-thousands (``8-11万``) and often
add how many months are paid a year (``·14薪``); international posts quote yearly pay
(``$120k``). Text that cannot be read with confidence is rejected with a reason, never guessed.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from tracker.domain.enums import SalaryPeriod
from tracker.domain.errors import PivotError

MAX_TEXT_LENGTH = 200
MAX_AMOUNT = 1e9
DEFAULT_CURRENCY = "CNY"
MONTHS_PER_YEAR_RANGE = range(12, 37)
# From this amount up, a figure posted without a period reads as yearly pay (monthly pay of
# 200K yuan or more is not what posts advertise; DeepSeek's research roles top out at 110K).
YEARLY_LOOKING_AMOUNT = 200_000
# A bare 万 figure whose lower end is 10万 or more is a year's pay: a monthly range starting at
# 100K a month is beyond what posts advertise ("10-15万" is 100K–150K a year; "8-11万" stays
# 80K–110K a month, which the best-paid research roles do post).
YEARLY_LOOKING_WAN = 100_000
WEEKS_PER_YEAR = 52

_T = TypeVar("_T")

_MONTH = SalaryPeriod.MONTH
_YEAR = SalaryPeriod.YEAR
_DAY = SalaryPeriod.DAY
_WEEK = SalaryPeriod.WEEK
_HOUR = SalaryPeriod.HOUR


class SalaryIssue(StrEnum):
    EMPTY = "empty"
    UPPER_BOUND_ONLY = "upper_bound_only"  # "2万以下": no figure to take as the pay
    NEGOTIABLE = "negotiable"
    UNRECOGNIZED = "unrecognized"
    NEGATIVE = "negative"
    ZERO = "zero"
    REVERSED_RANGE = "reversed_range"
    TOO_LARGE = "too_large"
    TOO_LONG = "too_long"
    CONFLICTING_PERIOD = "conflicting_period"


class SalaryParseError(PivotError, ValueError):
    """Salary text that cannot be read; `issue` says why."""

    def __init__(self, raw: str, issue: SalaryIssue) -> None:
        super().__init__(issue.value)
        self.raw = raw
        self.issue = issue


@dataclass(frozen=True, slots=True)
class Salary:
    """A salary range in `currency` per `period`, as read from `raw`.

    ``months_per_year`` is 薪数 (the lower end where a range such as ``13-15薪`` is given, its
    upper end in ``months_per_year_max``). ``open_ended`` marks a floor only (``20K以上``);
    ``up_to`` a ceiling only (``2万以下``), whose ``minimum`` is 0. ``includes_bonus`` says the
    figure already holds the year-end bonus (``含年终``); ``period_assumed`` that the text named
    no period and one was read from the figure."""

    raw: str
    minimum: float
    maximum: float
    period: SalaryPeriod
    currency: str
    months_per_year: int | None
    period_assumed: bool = False
    open_ended: bool = False
    up_to: bool = False
    months_per_year_max: int | None = None
    includes_bonus: bool = False

    @property
    def months_or_default(self) -> int:
        """Months paid per year, twelve when the text did not say."""
        return self.months_per_year if self.months_per_year is not None else 12

    @property
    def months_high(self) -> int:
        """The most months paid a year the text allows."""
        return self.months_per_year_max or self.months_or_default

    def yearly_range(self) -> tuple[float, float] | None:
        """The range per year, or None for hourly and daily pay, whose year is unknowable."""
        if self.period is SalaryPeriod.MONTH:
            return self.minimum * self.months_or_default, self.maximum * self.months_high
        if self.period is SalaryPeriod.WEEK:
            return self.minimum * WEEKS_PER_YEAR, self.maximum * WEEKS_PER_YEAR
        if self.period is SalaryPeriod.YEAR:
            return self.minimum, self.maximum
        return None


# Keys are lower case and without spaces, as the text looks after `_compact`.
_PERIOD_WORDS: dict[str, SalaryPeriod] = {
    "年包": _YEAR, "年薪": _YEAR, "/年": _YEAR, "每年": _YEAR, "/yr": _YEAR, "/year": _YEAR,
    "peryear": _YEAR, "perannum": _YEAR, "/annum": _YEAR, "p.a.": _YEAR, "annually": _YEAR,
    "yearly": _YEAR, "ayear": _YEAR,
    "月薪": _MONTH, "/月": _MONTH, "每月": _MONTH, "/mo": _MONTH, "/month": _MONTH,
    "permonth": _MONTH, "monthly": _MONTH, "amonth": _MONTH,
    "周薪": _WEEK, "/周": _WEEK, "每周": _WEEK, "/week": _WEEK, "/wk": _WEEK,
    "perweek": _WEEK, "weekly": _WEEK, "aweek": _WEEK,
    "日薪": _DAY, "/天": _DAY, "/日": _DAY, "每天": _DAY, "每日": _DAY, "/day": _DAY,
    "perday": _DAY, "daily": _DAY, "aday": _DAY,
    "时薪": _HOUR, "/时": _HOUR, "/小时": _HOUR, "每小时": _HOUR, "/hour": _HOUR, "/hr": _HOUR,
    "/h": _HOUR, "perhour": _HOUR, "hourly": _HOUR,
    "anhour": _HOUR,
}  # fmt: skip

_CURRENCY_WORDS: dict[str, str] = {
    "¥": "CNY", "元": "CNY", "块": "CNY", "rmb": "CNY", "cny": "CNY", "人民币": "CNY",
    "$": "USD", "us$": "USD", "usd": "USD", "美元": "USD",
    "hk$": "HKD", "hkd": "HKD", "港币": "HKD", "港元": "HKD",
    "€": "EUR", "eur": "EUR", "欧元": "EUR",
    "£": "GBP", "gbp": "GBP", "英镑": "GBP",
}  # fmt: skip

# Currencies whose posts quote monthly pay when they name no period.
_MONTHLY_CURRENCIES = frozenset({"CNY", "HKD"})

_NEGOTIABLE_WORDS = ("面议", "待定", "negotiable", "tbd")
_UNITS = {"k": 1_000.0, "千": 1_000.0, "w": 10_000.0, "万": 10_000.0}
# Hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar, minus sign, tildes, 至, 到.
_RANGE_DASHES = str.maketrans(
    dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212~\u301c至到", "-")
)


def _marker_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Match any of `words`; longer ones come first, so ``/hour`` wins over ``/h``."""
    return re.compile("|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)))


_PERIOD_MARKER = _marker_pattern(_PERIOD_WORDS)
_CURRENCY_MARKER = _marker_pattern(_CURRENCY_WORDS)
# Stands where a marker was taken out, so that "1元5" cannot close up into "15".
_GAP = "\ue000"
_DIGITS_ACROSS_GAP = re.compile(rf"[0-9.]{_GAP}+[0-9.]")
_THOUSANDS_COMMA = re.compile(r"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")
# Middle dot, katakana middle dot, bullet, asterisk, multiplication sign and x, as in 25K·16薪.
_JOINERS = "\u00b7\u30fb\u2022*\u00d7x"
_MONTHS_SUFFIX = re.compile(
    rf"(?:[{_JOINERS},/]?\(?(?<![0-9.])([0-9]{{1,2}})(?:-([0-9]{{1,2}}))?薪\)?"
    rf"|[{_JOINERS}]([0-9]{{1,2}}))$"
)
# Months written first: "14薪 20-30K", "14薪·20-30K", "13-15薪，25K".
_MONTHS_PREFIX = re.compile(rf"^\(?([0-9]{{1,2}})(?:-([0-9]{{1,2}}))?薪\)?[{_JOINERS},/，、]?")
_OPEN_SUFFIX = re.compile(r"(?:及以上|以上|起|\+)$")
_UP_TO_SUFFIX = re.compile(r"(?:及以下|以下|以内)$")
_TRAILING_JOINERS = re.compile(rf"[{_JOINERS},，]+$")
# "(含年终)", "含年终奖", "(包含年终奖)": the figure holds the year-end bonus.
_INCLUDES_BONUS = re.compile(r"\(?(?:包)?含年终(?:奖)?\)?")
_AMOUNT = r"[0-9]+(?:\.[0-9]+)?"
_CORE = re.compile(
    rf"(?P<negative>-)?(?P<low>{_AMOUNT})(?P<low_unit>[kw千万])?"
    rf"(?:-(?P<high>{_AMOUNT})(?P<high_unit>[kw千万])?)?"
)


@dataclass(frozen=True, slots=True)
class _Suffixes:
    core: str
    months: int | None
    open_ended: bool
    months_max: int | None = None
    up_to: bool = False


def _compact(text: str) -> str:
    """Fold width and case, drop spaces and invisible marks, write every range dash as ``-``."""
    folded = unicodedata.normalize("NFKC", text).lower()
    kept = "".join(ch for ch in folded if not ch.isspace() and unicodedata.category(ch) != "Cf")
    return _THOUSANDS_COMMA.sub("", kept.translate(_RANGE_DASHES))


def _take_markers(pattern: re.Pattern[str], text: str) -> tuple[str, list[str]]:
    """Replace every match of `pattern` with a gap; return the rest and the words removed."""
    found: list[str] = []

    def remove(match: re.Match[str]) -> str:
        found.append(match[0])
        return _GAP

    return pattern.sub(remove, text), found


def _take_suffixes(text: str) -> _Suffixes:
    """Peel the months count (``·14薪``, ``13-15薪``, also written first), the open-end mark
    (``以上``) and the ceiling mark (``以下``) off the ends, in any order."""
    months: int | None = None
    months_max: int | None = None
    if match := _MONTHS_PREFIX.match(text):
        months, months_max = int(match[1]), int(match[2]) if match[2] else None
        text = text[match.end() :]
    open_ended = up_to = False
    changed = True
    while changed:
        changed = False
        text = _TRAILING_JOINERS.sub("", text.rstrip(_GAP)).rstrip(_GAP)
        if months is None and (match := _MONTHS_SUFFIX.search(text)):
            months = int(match[1] or match[3])
            months_max = int(match[2]) if match[2] else None
            text, changed = text[: match.start()], True
        if not open_ended and (match := _OPEN_SUFFIX.search(text)):
            open_ended = True
            text, changed = text[: match.start()], True
        if not up_to and (match := _UP_TO_SUFFIX.search(text)):
            up_to = True
            text, changed = text[: match.start()], True
    return _Suffixes(text.strip(_GAP), months, open_ended, months_max, up_to)


def _single(values: set[_T], raw: str, issue: SalaryIssue) -> _T | None:
    if len(values) > 1:
        raise SalaryParseError(raw, issue)
    return next(iter(values), None)


def _choose_period(
    periods: set[SalaryPeriod], currency: str, months: int | None, raw: str
) -> tuple[SalaryPeriod, bool]:
    """The period the text names, else the convention for its currency; and whether assumed."""
    named = _single(periods, raw, SalaryIssue.CONFLICTING_PERIOD)
    if named is not None:
        return named, False
    if months is not None:
        return SalaryPeriod.MONTH, False  # a count of months paid implies monthly pay
    if currency in _MONTHLY_CURRENCIES:
        return SalaryPeriod.MONTH, True
    return SalaryPeriod.YEAR, True


def _amounts(match: re.Match[str], raw: str) -> tuple[float, float, bool]:
    """Both ends of the range with units applied, checked; and whether it was a range."""
    if match["negative"]:
        raise SalaryParseError(raw, SalaryIssue.NEGATIVE)
    is_range = match["high"] is not None
    high_unit = match["high_unit"]
    low = float(match["low"]) * _UNITS.get(match["low_unit"] or high_unit or "", 1.0)
    high = float(match["high"]) * _UNITS.get(high_unit or "", 1.0) if is_range else low
    if low == 0 or high == 0:
        raise SalaryParseError(raw, SalaryIssue.ZERO)
    if not (math.isfinite(high) and math.isfinite(low)) or max(low, high) > MAX_AMOUNT:
        raise SalaryParseError(raw, SalaryIssue.TOO_LARGE)
    if low > high:
        raise SalaryParseError(raw, SalaryIssue.REVERSED_RANGE)
    return low, high, is_range


def parse_salary(text: str) -> Salary:
    """Read salary text such as ``25-50K·19薪``, ``8-11万/年``, ``500元/天`` or ``$120k``.

    Args:
        text: The salary as the user typed or pasted it.

    Returns:
        The range with its period, currency and months paid per year.

    Raises:
        SalaryParseError: The text is empty, negotiable, malformed or implausible; `issue` says
            which.
    """
    if len(text) > MAX_TEXT_LENGTH:
        raise SalaryParseError(text, SalaryIssue.TOO_LONG)
    compact = _compact(text)
    if not compact:
        raise SalaryParseError(text, SalaryIssue.EMPTY)
    if any(word in compact for word in _NEGOTIABLE_WORDS):
        raise SalaryParseError(text, SalaryIssue.NEGOTIABLE)

    compact, includes_bonus = (
        _INCLUDES_BONUS.sub("", compact),
        bool(_INCLUDES_BONUS.search(compact)),
    )
    rest, period_words = _take_markers(_PERIOD_MARKER, compact)
    rest, currency_words = _take_markers(_CURRENCY_MARKER, rest)
    suffixes = _take_suffixes(rest)
    match = _CORE.fullmatch(suffixes.core.replace(_GAP, ""))
    if match is None or _DIGITS_ACROSS_GAP.search(suffixes.core):
        raise SalaryParseError(text, SalaryIssue.UNRECOGNIZED)
    currencies = {_CURRENCY_WORDS[word] for word in currency_words}
    currency = _single(currencies, text, SalaryIssue.UNRECOGNIZED) or DEFAULT_CURRENCY
    periods = {_PERIOD_WORDS[word] for word in period_words}
    period, assumed = _choose_period(periods, currency, suffixes.months, text)
    _check_months(suffixes, text)
    low, high, is_range = _amounts(match, text)
    if (suffixes.open_ended or suffixes.up_to) and is_range:
        raise SalaryParseError(text, SalaryIssue.UNRECOGNIZED)
    if suffixes.open_ended and suffixes.up_to:
        raise SalaryParseError(text, SalaryIssue.UNRECOGNIZED)
    in_wan = "万" in (match["low_unit"] or "", match["high_unit"] or "") or "w" in (
        match["low_unit"] or "",
        match["high_unit"] or "",
    )
    if (
        assumed
        and period is SalaryPeriod.MONTH
        and (high >= YEARLY_LOOKING_AMOUNT or (in_wan and low >= YEARLY_LOOKING_WAN))
    ):
        # "40w" or "10-15万" with no period: so much a month is not a salary people post.
        period = SalaryPeriod.YEAR
    return Salary(
        raw=text,
        minimum=0.0 if suffixes.up_to else low,
        maximum=high,
        period=period,
        currency=currency,
        months_per_year=suffixes.months,
        period_assumed=assumed,
        open_ended=suffixes.open_ended,
        up_to=suffixes.up_to,
        months_per_year_max=suffixes.months_max,
        includes_bonus=includes_bonus,
    )


def _check_months(suffixes: _Suffixes, raw: str) -> None:
    """Months paid a year are 12 to 36, a range of them rising."""
    for months in (suffixes.months, suffixes.months_max):
        if months is not None and months not in MONTHS_PER_YEAR_RANGE:
            raise SalaryParseError(raw, SalaryIssue.UNRECOGNIZED)
    low, high = suffixes.months, suffixes.months_max
    if low is not None and high is not None and high < low:
        raise SalaryParseError(raw, SalaryIssue.REVERSED_RANGE)
