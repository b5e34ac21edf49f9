"""Reference stories and benchmarks: the curated ones shipped in ``resources/reference`` and
the user's own from the database, as one list each."""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path
from typing import Any

from tracker.db import reference_store as store
from tracker.db.database import Database
from tracker.db.models import OwnBenchmark, OwnStory, utc_now
from tracker.domain.enums import RoleCategory
from tracker.domain.errors import NotFoundError
from tracker.domain.reference import (
    Benchmark,
    BenchmarkKind,
    Figure,
    FigurePeriod,
    OriginField,
    Source,
    Story,
    Text,
)
from tracker.domain.reference_drafts import (
    BenchmarkDraft,
    StoryDraft,
    validate_benchmark,
    validate_story,
)
from tracker.paths import resources_dir

OWN_SOURCE_KEY = "own"


def _text(raw: dict[str, str] | None) -> Text | None:
    return None if raw is None else Text(raw["zh"], raw["en"])


def _figure(raw: dict[str, Any]) -> Figure:
    return Figure(
        label=Text(raw["label"]["zh"], raw["label"]["en"]),
        low=float(raw["low"]),
        high=float(raw["high"]),
        unit=raw["unit"],
        period=FigurePeriod(raw["period"]),
        months_per_year=raw.get("months_per_year"),
        year=raw.get("year"),
    )


def _source(raw: dict[str, Any]) -> Source:
    return Source(
        key=raw["key"],
        title=raw["title"],
        outlet=raw.get("outlet") or "",
        author=raw.get("author") or "",
        date=raw.get("date") or "",
        date_note=_text(raw.get("date_note")),
        url=raw.get("url") or "",
        author_note=_text(raw.get("author_note")),
    )


def _story(raw: dict[str, Any], sources: dict[str, Source]) -> Story:
    return Story(
        key=raw["key"],
        title=Text(raw["title"]["zh"], raw["title"]["en"]),
        origin_field=OriginField(raw["origin_field"]),
        origin=Text(raw["origin"]["zh"], raw["origin"]["en"]),
        target_role=Text(raw["target_role"]["zh"], raw["target_role"]["en"]),
        role_category=RoleCategory(raw["role_category"]),
        summary=Text(raw["summary"]["zh"], raw["summary"]["en"]),
        source=sources[raw["source"]],
        year=raw.get("year"),
        city=_text(raw.get("city")),
        timeline=tuple(
            (Text(s["when"]["zh"], s["when"]["en"]), Text(s["what"]["zh"], s["what"]["en"]))
            for s in raw.get("timeline", ())
        ),
        figures=tuple(_figure(figure) for figure in raw.get("figures", ())),
        lessons=tuple(Text(lesson["zh"], lesson["en"]) for lesson in raw.get("lessons", ())),
    )


def _benchmark(raw: dict[str, Any], sources: dict[str, Source]) -> Benchmark:
    role = Text(raw["role"]["zh"], raw["role"]["en"])
    return Benchmark(
        key=raw["key"],
        kind=BenchmarkKind(raw["kind"]),
        role=role,
        role_category=RoleCategory(raw["role_category"]),
        figure=Figure(
            label=role,
            low=float(raw["low"]),
            high=float(raw["high"]),
            unit=raw["unit"],
            period=FigurePeriod(raw["period"]),
            months_per_year=raw.get("months_per_year"),
            year=raw.get("year"),
        ),
        source=sources[raw["source"]],
        city=_text(raw.get("city")),
        note=_text(raw.get("note")),
        stated=_text(raw.get("stated")),
        one_person=bool(raw.get("one_person", False)),
    )


def _own_source(title: str, url: str, date: str) -> Source:
    return Source(OWN_SOURCE_KEY, title, date=date, url=url)


def own_story(row: OwnStory) -> Story:
    assert row.id is not None
    figures: tuple[Figure, ...] = ()
    if row.figure_low is not None and row.figure_high is not None:
        figures = (
            Figure(
                label=Text.same(row.title),
                low=row.figure_low,
                high=row.figure_high,
                unit="CNY",
                period=FigurePeriod(row.figure_period or FigurePeriod.MONTH),
                months_per_year=row.figure_months,
                year=row.year,
            ),
        )
    return Story(
        key=f"own-{row.id}",
        title=Text.same(row.title),
        origin_field=OriginField(row.origin_field),
        origin=Text.same(row.origin),
        target_role=Text.same(row.target_role),
        role_category=RoleCategory(row.role_category),
        summary=Text.same(row.summary),
        source=_own_source(row.source_title, row.source_url, row.source_date),
        year=row.year,
        city=Text.same(row.city) if row.city else None,
        figures=figures,
        lessons=tuple(Text.same(line) for line in row.lessons.splitlines() if line.strip()),
        own_id=row.id,
    )


def own_benchmark(row: OwnBenchmark) -> Benchmark:
    assert row.id is not None
    role = Text.same(row.role)
    return Benchmark(
        key=f"own-{row.id}",
        kind=BenchmarkKind.PAY,
        role=role,
        role_category=RoleCategory(row.role_category),
        figure=Figure(
            role, row.low, row.high, "CNY", FigurePeriod(row.period), row.months_per_year, row.year
        ),
        source=_own_source(row.source_title, row.source_url, row.source_date),
        city=Text.same(row.city) if row.city else None,
        note=Text.same(row.note) if row.note else None,
        own_id=row.id,
    )


class ReferenceService:
    def __init__(self, database: Database, folder: Path | None = None) -> None:
        self._database = database
        self._folder = folder

    @cached_property
    def _curated(self) -> tuple[tuple[Story, ...], tuple[Benchmark, ...]]:
        folder = self._folder or resources_dir() / "reference"
        stories = json.loads((folder / "stories.json").read_text(encoding="utf-8"))
        benchmarks = json.loads((folder / "benchmarks.json").read_text(encoding="utf-8"))
        sources = {raw["key"]: _source(raw) for raw in stories["sources"]}
        return (
            tuple(_story(raw, sources) for raw in stories["stories"]),
            tuple(_benchmark(raw, sources) for raw in benchmarks["benchmarks"]),
        )

    def stories(self) -> tuple[Story, ...]:
        """The curated stories, then the user's own, newest first."""
        with self._database.read_session() as session:
            own = store.own_stories(session)
            return self._curated[0] + tuple(own_story(row) for row in own)

    def benchmarks(self) -> tuple[Benchmark, ...]:
        with self._database.read_session() as session:
            own = store.own_benchmarks(session)
            return self._curated[1] + tuple(own_benchmark(row) for row in own)

    def story_draft(self, story_id: int) -> StoryDraft:
        with self._database.read_session() as session:
            row = session.get(OwnStory, story_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("story", story_id)
            return StoryDraft(
                title=row.title, origin=row.origin, origin_field=OriginField(row.origin_field),
                target_role=row.target_role, role_category=RoleCategory(row.role_category),
                year=row.year, city=row.city or "", summary=row.summary,
                lessons=tuple(line for line in row.lessons.splitlines() if line.strip()),
                figure_low=row.figure_low, figure_high=row.figure_high,
                figure_period=FigurePeriod(row.figure_period or FigurePeriod.MONTH),
                figure_months=row.figure_months, source_title=row.source_title,
                source_url=row.source_url, source_date=row.source_date, id=row.id,
            )  # fmt: skip

    def benchmark_draft(self, benchmark_id: int) -> BenchmarkDraft:
        with self._database.read_session() as session:
            row = session.get(OwnBenchmark, benchmark_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("benchmark", benchmark_id)
            return BenchmarkDraft(
                role=row.role, low=row.low, high=row.high, year=row.year,
                role_category=RoleCategory(row.role_category), period=FigurePeriod(row.period),
                months_per_year=row.months_per_year, city=row.city or "", note=row.note,
                source_title=row.source_title, source_url=row.source_url,
                source_date=row.source_date, id=row.id,
            )  # fmt: skip

    def save_story(self, draft: StoryDraft) -> Story:
        validate_story(draft)
        with self._database.write_session() as session:
            row = OwnStory(title="") if draft.id is None else session.get(OwnStory, draft.id)
            if row is None:
                raise NotFoundError("story", draft.id or 0)
            row.title, row.origin = draft.title.strip(), draft.origin.strip()
            row.origin_field, row.target_role = draft.origin_field.value, draft.target_role.strip()
            row.role_category, row.year = draft.role_category.value, draft.year
            row.city = draft.city.strip() or None
            row.summary = draft.summary.strip()
            row.lessons = "\n".join(line.strip() for line in draft.lessons if line.strip())
            row.figure_low, row.figure_high = draft.figure_low, draft.figure_high
            row.figure_period = draft.figure_period.value
            row.figure_months = draft.figure_months
            row.source_title, row.source_url = draft.source_title.strip(), draft.source_url.strip()
            row.source_date = draft.source_date.strip()
            row.updated_at = utc_now()
            session.add(row)
            session.flush()
            return own_story(row)

    def save_benchmark(self, draft: BenchmarkDraft) -> Benchmark:
        validate_benchmark(draft)
        with self._database.write_session() as session:
            row = (
                OwnBenchmark(role="", low=0, high=0, year=draft.year)
                if draft.id is None
                else session.get(OwnBenchmark, draft.id)
            )
            if row is None:
                raise NotFoundError("benchmark", draft.id or 0)
            row.role, row.role_category = draft.role.strip(), draft.role_category.value
            row.city = draft.city.strip() or None
            row.low, row.high, row.year = draft.low, draft.high, draft.year
            row.period, row.months_per_year = draft.period.value, draft.months_per_year
            row.note = draft.note.strip()
            row.source_title, row.source_url = draft.source_title.strip(), draft.source_url.strip()
            row.source_date = draft.source_date.strip()
            row.updated_at = utc_now()
            session.add(row)
            session.flush()
            return own_benchmark(row)

    def set_story_deleted(self, story_id: int, deleted: bool) -> None:
        with self._database.write_session() as session:
            row = session.get(OwnStory, story_id)
            if row is None:
                raise NotFoundError("story", story_id)
            row.deleted_at = utc_now() if deleted else None
            session.add(row)

    def set_benchmark_deleted(self, benchmark_id: int, deleted: bool) -> None:
        with self._database.write_session() as session:
            row = session.get(OwnBenchmark, benchmark_id)
            if row is None:
                raise NotFoundError("benchmark", benchmark_id)
            row.deleted_at = utc_now() if deleted else None
            session.add(row)
