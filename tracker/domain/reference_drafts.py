"""The user's own stories and benchmarks as their forms hold them, and what they must be."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.domain.enums import RoleCategory
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.reference import FigurePeriod, OriginField
from tracker.domain.validation import is_openable_url

YEARS = range(2000, 2101)
MAX_AMOUNT = 1e9


@dataclass(frozen=True, slots=True)
class StoryDraft:
    title: str
    origin: str = ""
    origin_field: OriginField = OriginField.OTHER
    target_role: str = ""
    role_category: RoleCategory = RoleCategory.OTHER
    year: int | None = None
    city: str = ""
    summary: str = ""
    lessons: tuple[str, ...] = ()
    figure_low: float | None = None
    figure_high: float | None = None
    figure_period: FigurePeriod = FigurePeriod.MONTH
    figure_months: int | None = None
    source_title: str = ""
    source_url: str = ""
    source_date: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class BenchmarkDraft:
    role: str
    low: float
    high: float
    year: int
    role_category: RoleCategory = RoleCategory.OTHER
    period: FigurePeriod = FigurePeriod.MONTH
    months_per_year: int | None = None
    city: str = ""
    note: str = ""
    source_title: str = ""
    source_url: str = ""
    source_date: str = ""
    id: int | None = None


def _check_texts(problems: dict[str, FieldProblem], values: dict[str, tuple[str, int]]) -> None:
    for name, (text, limit) in values.items():
        if len(text) > limit:
            problems[name] = FieldProblem.TOO_LONG


def _check_range(
    problems: dict[str, FieldProblem], low: float | None, high: float | None, field: str
) -> None:
    if low is None and high is None:
        return
    if low is None or high is None or not 0 <= low <= high <= MAX_AMOUNT:
        problems[field] = FieldProblem.OUT_OF_RANGE


def _check_source(problems: dict[str, FieldProblem], url: str) -> None:
    if url.strip() and not is_openable_url(url):
        problems["source_url"] = FieldProblem.INVALID


def validate_story(draft: StoryDraft) -> None:
    problems: dict[str, FieldProblem] = {}
    if not draft.title.strip():
        problems["title"] = FieldProblem.REQUIRED
    _check_texts(problems, {
        "title": (draft.title, 200), "origin": (draft.origin, 200),
        "target_role": (draft.target_role, 200), "city": (draft.city, 100),
        "summary": (draft.summary, 20_000), "source_title": (draft.source_title, 300),
        "source_url": (draft.source_url, 2000), "source_date": (draft.source_date, 20),
    })  # fmt: skip
    if draft.year is not None and draft.year not in YEARS:
        problems["year"] = FieldProblem.OUT_OF_RANGE
    _check_range(problems, draft.figure_low, draft.figure_high, "figure")
    if draft.figure_months is not None and not 12 <= draft.figure_months <= 36:
        problems["figure"] = FieldProblem.OUT_OF_RANGE
    _check_source(problems, draft.source_url)
    if problems:
        raise ValidationError(problems)


def validate_benchmark(draft: BenchmarkDraft) -> None:
    problems: dict[str, FieldProblem] = {}
    if not draft.role.strip():
        problems["role"] = FieldProblem.REQUIRED
    _check_texts(problems, {
        "role": (draft.role, 200), "city": (draft.city, 100), "note": (draft.note, 20_000),
        "source_title": (draft.source_title, 300), "source_url": (draft.source_url, 2000),
        "source_date": (draft.source_date, 20),
    })  # fmt: skip
    _check_range(problems, draft.low, draft.high, "figure")
    if draft.low <= 0 and "figure" not in problems:
        problems["figure"] = FieldProblem.REQUIRED
    if draft.period is FigurePeriod.ONCE:
        problems["figure"] = FieldProblem.INVALID  # a benchmark is pay over a period
    if draft.months_per_year is not None and not 12 <= draft.months_per_year <= 36:
        problems["months_per_year"] = FieldProblem.OUT_OF_RANGE
    if draft.year not in YEARS:
        problems["year"] = FieldProblem.OUT_OF_RANGE
    _check_source(problems, draft.source_url)
    if problems:
        raise ValidationError(problems)
