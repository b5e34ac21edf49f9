"""Stories of people who made the move, and market pay figures: the curated ones (from two
articles, in both languages) and the user's own, shown beside the user's applications and
offers. Figures keep their unit, period and year; converting them to the offers' unit says so."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tracker.domain.enums import RoleCategory

PAID_DAYS_PER_MONTH = 21.75  # the divisor for a monthly wage (see tracker.domain.pay.hourly)
HOURS_PER_DAY = 8
MONTHS = 12


class OriginField(StrEnum):
    """The profession a story's person came from."""

    DESIGN = "design"
    LAW = "law"
    MEDIA = "media"
    ECOMMERCE = "ecommerce"
    ENGINEERING = "engineering"
    STUDENT = "student"
    BUSINESS = "business"
    OTHER = "other"


class FigurePeriod(StrEnum):
    HOUR = "hour"
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    ONCE = "once"  # a one-off sum (prizes, a project)


class BenchmarkKind(StrEnum):
    PAY = "pay"
    CONTEXT = "context"  # a figure that is not pay (demand for AI talent, say)


@dataclass(frozen=True, slots=True)
class Text:
    """A text in both languages; the user's own entries have one text for both."""

    zh: str
    en: str

    @classmethod
    def same(cls, text: str) -> Text:
        return cls(text, text)

    def in_language(self, chinese: bool) -> str:
        return (self.zh or self.en) if chinese else (self.en or self.zh)


@dataclass(frozen=True, slots=True)
class Source:
    key: str
    title: str
    outlet: str = ""
    author: str = ""
    date: str = ""  # as precise as the source allows: YYYY-MM-DD, YYYY-MM or YYYY
    date_note: Text | None = None
    url: str = ""
    author_note: Text | None = None  # how the author was found, when the text does not say


@dataclass(frozen=True, slots=True)
class Figure:
    label: Text
    low: float
    high: float
    unit: str  # "CNY", or "people" for a count
    period: FigurePeriod
    months_per_year: int | None = None
    year: int | None = None

    @property
    def is_money(self) -> bool:
        return self.unit == "CNY"


@dataclass(frozen=True, slots=True)
class Story:
    key: str
    title: Text
    origin_field: OriginField
    origin: Text
    target_role: Text
    role_category: RoleCategory
    summary: Text
    source: Source
    year: int | None = None
    city: Text | None = None
    timeline: tuple[tuple[Text, Text], ...] = ()  # (when, what)
    figures: tuple[Figure, ...] = ()
    lessons: tuple[Text, ...] = ()
    own_id: int | None = None  # the user's own story: its id in the database


@dataclass(frozen=True, slots=True)
class Benchmark:
    key: str
    kind: BenchmarkKind
    role: Text
    role_category: RoleCategory
    figure: Figure
    source: Source
    city: Text | None = None
    note: Text | None = None
    own_id: int | None = None
    stated: Text | None = None  # the source's own words for the figure
    one_person: bool = False  # one person's pay (a story's figure), not market data


def yearly_range(figure: Figure) -> tuple[float, float] | None:
    """A money figure as yuan a year: a month × its months a year (12 unless stated, and then
    ``assumes_twelve_months`` says so); None for one-off sums, counts, and day or hour rates,
    which are interns' and contractors' pay, never a yearly salary."""
    if not figure.is_money:
        return None
    factor = {
        FigurePeriod.YEAR: 1.0,
        FigurePeriod.MONTH: float(figure.months_per_year or MONTHS),
    }.get(figure.period)
    if factor is None:
        return None
    return figure.low * factor, figure.high * factor


def assumes_twelve_months(figure: Figure) -> bool:
    """A monthly figure whose months a year the source does not give: a year of it is × 12 by
    assumption."""
    return figure.is_money and figure.period is FigurePeriod.MONTH and not figure.months_per_year


def monthly_range(figure: Figure) -> tuple[float, float] | None:
    """A money figure as yuan a month: a year ÷ its months (12 unless stated), a day × 21.75,
    an hour × 8 × 21.75; None for one-off sums and counts."""
    if not figure.is_money:
        return None
    factor = {
        FigurePeriod.MONTH: 1.0,
        FigurePeriod.YEAR: 1.0 / (figure.months_per_year or MONTHS),
        FigurePeriod.DAY: PAID_DAYS_PER_MONTH,
        FigurePeriod.HOUR: HOURS_PER_DAY * PAID_DAYS_PER_MONTH,
    }.get(figure.period)
    if factor is None:
        return None
    return figure.low * factor, figure.high * factor


def stories_for(stories: tuple[Story, ...], category: RoleCategory) -> tuple[Story, ...]:
    return tuple(story for story in stories if story.role_category is category)


def benchmarks_for(
    benchmarks: tuple[Benchmark, ...], category: RoleCategory
) -> tuple[Benchmark, ...]:
    """The market pay figures of a role category, the newest first (one person's pay, which a
    story tells, is not market data)."""
    chosen = [
        b
        for b in benchmarks
        if b.role_category is category and b.kind is BenchmarkKind.PAY and not b.one_person
    ]
    return tuple(sorted(chosen, key=lambda b: -(b.figure.year or 0)))
