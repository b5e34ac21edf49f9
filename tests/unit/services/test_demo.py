"""The demo data: a plausible job hunt whose histories agree with themselves, the same for the same
seed and day, and quick enough to fill a large file."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from tracker.db.database import Database
from tracker.db.integrity import check_file
from tracker.db.listing import application_rows
from tracker.db.opening import open_database
from tracker.domain.enums import Outcome, Stage
from tracker.services.applications import salary_columns
from tracker.services.demo import DemoSummary, build_demo

TODAY = date(2026, 5, 20)
START_OF_TODAY = datetime(2026, 5, 20, tzinfo=UTC)
INTERVIEWING_OR_LATER = {Stage.INTERVIEWING.value, Stage.OFFER.value, Stage.ACCEPTED.value}


@dataclass
class Built:
    path: Path
    database: Database
    summary: DemoSummary

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        return self.database.reader.execute(sql).fetchall()


def _moment(text: object) -> datetime:
    assert isinstance(text, str)
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _build(folder: Path, **options: object) -> Built:
    database = open_database(folder / "pivot.db", folder / "backups")
    summary = build_demo(database, **options)  # type: ignore[arg-type]
    return Built(folder / "pivot.db", database, summary)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    built = _build(tmp_path_factory.mktemp("demo"), today=TODAY)
    yield built
    built.database.close()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[list[Built]]:
    """Builds made during one test, closed after it."""
    builds: list[Built] = []
    yield builds
    for built in builds:
        built.database.close()


def test_default_set_is_a_varied_hunt_of_about_sixty(demo: Built) -> None:
    rows = application_rows(demo.database.reader)
    assert 55 <= len(rows) == demo.summary.applications <= 65
    assert len({row.role_category for row in rows}) >= 6
    assert len({row.channel for row in rows if row.channel}) >= 5
    assert len({row.company_name for row in rows}) >= 20
    assert len({row.city for row in rows}) >= 4
    categories = Counter(row.role_category.value for row in rows)
    assert categories.most_common(1)[0][0] in {"ai_trainer", "ai_product"}
    assert demo.summary.companies == demo.query("SELECT count(*) FROM company")[0][0] >= 35


def test_summary_counts_what_was_written(demo: Built) -> None:
    tables = {
        "stage_events": "stage_event",
        "interview_rounds": "interview_round",
        "questions": "interview_question",
        "offers": "offer",
        "notes": "note",
        "people": "contact",
    }
    for name, table in tables.items():
        (count,) = demo.query(f"SELECT count(*) FROM {table}")[0]
        assert getattr(demo.summary, name) == count > 0, name


def test_dates_fall_in_the_last_hundred_days_and_never_ahead(demo: Built) -> None:
    rows = application_rows(demo.database.reader)
    applied = [row.applied_on for row in rows if row.applied_on is not None]
    assert applied
    assert all(TODAY - timedelta(days=100) <= day < TODAY for day in applied)
    assert max(applied) - min(applied) >= timedelta(days=45)
    assert all(row.stage_changed_at < START_OF_TODAY for row in rows)
    for (text,) in demo.query("SELECT occurred_at FROM stage_event"):
        assert _moment(text) < START_OF_TODAY
    for text, status in demo.query("SELECT scheduled_at, status FROM interview_round"):
        assert (_moment(text) < START_OF_TODAY) == (status == "completed")
    wishlist = [row for row in rows if row.stage is Stage.WISHLIST]
    assert wishlist
    assert all(row.applied_on is None for row in wishlist)


def test_the_integrity_check_accepts_the_histories(demo: Built) -> None:
    report = check_file(demo.path)
    assert report.ok, report.problems
    assert report.applications == demo.summary.applications


def test_each_history_is_in_time_order_and_chained(demo: Built) -> None:
    events = defaultdict(list)
    for row in demo.query(
        "SELECT application_id, id, occurred_at, from_stage, from_outcome, to_stage, to_outcome "
        "FROM stage_event ORDER BY application_id, id"
    ):
        events[row[0]].append(row[1:])
    current = {
        id_: (stage, outcome, _moment(changed))
        for id_, stage, outcome, changed in demo.query(
            "SELECT id, current_stage, outcome, stage_changed_at FROM job_application"
        )
    }
    assert set(events) == set(current)
    for app_id, history in events.items():
        times = [_moment(event[1]) for event in history]
        assert times == sorted(times) and len(set(times)) == len(times), app_id
        assert history[0][2:4] == (None, None), app_id
        for before, after in pairwise(history):
            assert after[2:4] == before[4:6], app_id
        assert current[app_id] == (history[-1][4], history[-1][5], times[-1]), app_id


def test_applications_close_in_every_usual_way(demo: Built) -> None:
    outcomes = Counter(row.outcome for row in application_rows(demo.database.reader))
    assert outcomes[Outcome.REJECTED] >= 5
    assert outcomes[Outcome.GHOSTED] >= 3
    assert outcomes[None] >= 15
    ghosted = demo.query(
        "SELECT a.applied_on, e.occurred_at FROM job_application AS a JOIN stage_event AS e "
        "ON e.application_id = a.id WHERE e.to_outcome = 'ghosted'"
    )
    for applied_on, closed in ghosted:
        assert isinstance(applied_on, str)
        assert _moment(closed).date() - date.fromisoformat(applied_on) >= timedelta(days=14)


def test_the_funnel_narrows_like_a_real_one(demo: Built) -> None:
    reached = Counter[str]()
    for (stage,) in demo.query(
        "SELECT DISTINCT application_id || ':' || to_stage FROM stage_event"
    ):
        assert isinstance(stage, str)
        reached[stage.split(":")[1]] += 1
    total = demo.summary.applications
    assert 0.5 <= reached["screening"] / total <= 0.7
    assert 0.25 <= reached["interviewing"] / total <= 0.45
    assert 5 <= reached["offer"] <= 12
    assert reached["accepted"] <= 1


def test_offers_follow_offer_stages_and_one_still_awaits_a_reply(demo: Built) -> None:
    offers = demo.query(
        "SELECT o.status, o.reply_deadline, o.received_on, o.monthly_base, o.months_per_year, "
        "a.current_stage, a.salary_min, a.salary_max, a.salary_period "
        "FROM offer AS o JOIN job_application AS a ON a.id = o.application_id"
    )
    assert offers
    pending = 0
    for status, deadline, received, base, months, stage, low, high, period in offers:
        assert stage in ("offer", "accepted")
        assert isinstance(deadline, str) and isinstance(received, str)
        assert date.fromisoformat(received) < TODAY
        if status in ("pending", "negotiating"):
            pending += 1
            assert date.fromisoformat(deadline) > TODAY
        if period == "month" and isinstance(base, float):
            assert isinstance(low, float) and isinstance(high, float)
            assert low - 500 <= base <= high + 500
        assert isinstance(months, float) and 12 <= months <= 24
    assert pending >= 1


def test_questions_belong_to_held_rounds_of_interviewing_or_later(demo: Built) -> None:
    rows = demo.query(
        "SELECT q.question, q.rating, r.status, a.current_stage FROM interview_question AS q "
        "JOIN interview_round AS r ON r.id = q.round_id "
        "JOIN job_application AS a ON a.id = r.application_id"
    )
    assert len(rows) >= 10
    assert {question for question, *_ in rows} & {
        "讲一下 RLHF 的完整流程",
        "如何评估一条标注数据的质量？",
        "设计一个 AI 客服的评测指标",
        "Explain the difference between fine-tuning and RAG",
        "怎么让模型稳定输出 JSON？",
    }
    for _question, rating, status, stage in rows:
        assert rating in ("good", "okay", "poor")
        assert status == "completed"
        assert stage in INTERVIEWING_OR_LATER
    for (stage,) in demo.query(
        "SELECT a.current_stage FROM interview_round AS r "
        "JOIN job_application AS a ON a.id = r.application_id"
    ):
        assert stage in INTERVIEWING_OR_LATER


def test_some_interviews_are_booked_for_the_coming_days(demo: Built) -> None:
    upcoming = demo.query(
        "SELECT r.scheduled_at, r.outcome, r.time_zone, a.current_stage, a.outcome, "
        "a.next_action, a.next_action_due FROM interview_round AS r "
        "JOIN job_application AS a ON a.id = r.application_id WHERE r.status = 'scheduled'"
    )
    assert upcoming
    for scheduled, outcome, zone, stage, closed, action, due in upcoming:
        moment = _moment(scheduled)
        assert START_OF_TODAY + timedelta(days=1) <= moment < START_OF_TODAY + timedelta(days=8)
        beijing_hour = (moment.hour + 8) % 24
        assert 9 <= beijing_hour <= 18
        assert (outcome, zone, stage, closed) == ("pending", "Asia/Shanghai", "interviewing", None)
        assert isinstance(action, str) and action.startswith("准备")
        assert isinstance(due, str) and date.fromisoformat(due) >= TODAY


def test_open_applications_have_next_steps_some_overdue(demo: Built) -> None:
    rows = application_rows(demo.database.reader)
    due = [row.next_action_due for row in rows if row.is_open and row.next_action_due]
    assert any(day < TODAY for day in due)
    assert any(TODAY <= day <= TODAY + timedelta(days=7) for day in due)
    assert all(not row.next_action for row in rows if not row.is_open)


def testsalary_columns_are_what_the_parser_reads(demo: Built) -> None:
    rows = application_rows(demo.database.reader)
    periods = {row.salary_period for row in rows if row.salary_period}
    assert {"month", "day"} <= {period.value for period in periods}
    issues = demo.query("SELECT salary_text, salary_issue FROM job_application")
    for text, issue in issues:
        assert isinstance(text, str)
        assert issue == salary_columns(text)["salary_issue"]
    for row in rows:
        parsed = salary_columns(row.salary_text)
        assert (row.salary_min, row.salary_max) == (parsed["salary_min"], parsed["salary_max"])


def test_same_seed_and_day_give_the_same_hunt(tmp_path: Path, fresh: list[Built]) -> None:
    def sequence(built: Built) -> list[tuple[object, ...]]:
        return [
            (row.company_name, row.role_title, row.stage, row.outcome, row.applied_on)
            for row in application_rows(built.database.reader)
        ]

    fresh.append(_build(tmp_path / "a", today=TODAY, seed=7))
    fresh.append(_build(tmp_path / "b", today=TODAY, seed=7))
    fresh.append(_build(tmp_path / "c", today=TODAY, seed=8))
    first, again, other = (sequence(built) for built in fresh)
    assert first == again
    assert first != other
    assert fresh[0].summary == fresh[1].summary


def test_building_with_the_real_clock_writes_nothing_in_the_future(
    tmp_path: Path, fresh: list[Built]
) -> None:
    fresh.append(built := _build(tmp_path))
    now = datetime.now(UTC)
    for (text,) in built.query("SELECT occurred_at FROM stage_event"):
        assert _moment(text) <= now
    for (text,) in built.query(
        "SELECT applied_on FROM job_application WHERE applied_on IS NOT NULL"
    ):
        assert isinstance(text, str) and date.fromisoformat(text) <= date.today()


def test_a_second_build_reuses_companies_and_continues_the_ids(
    tmp_path: Path, fresh: list[Built]
) -> None:
    fresh.append(first := _build(tmp_path, today=TODAY, count=20))
    second = build_demo(first.database, today=TODAY, count=20, seed=99)
    assert second.companies == 0
    assert first.query("SELECT count(*) FROM job_application") == [(40,)]
    assert check_file(first.path).ok


def test_two_thousand_applications_stay_consistent(tmp_path: Path, fresh: list[Built]) -> None:
    fresh.append(built := _build(tmp_path, today=TODAY, count=2000))
    assert built.summary.applications == 2000
    report = check_file(built.path)
    assert report.ok, report.problems
    assert report.applications == 2000
    (oldest, newest) = built.query("SELECT min(applied_on), max(applied_on) FROM job_application")[
        0
    ]
    assert isinstance(oldest, str) and isinstance(newest, str)
    assert date.fromisoformat(oldest) >= TODAY - timedelta(days=100)
    assert date.fromisoformat(newest) < TODAY
    (accepted,) = built.query(
        "SELECT count(*) FROM job_application WHERE current_stage = 'accepted'"
    )[0]
    assert isinstance(accepted, int) and 1 <= accepted <= 2000 // 40


def test_what_a_chinese_windows_user_typed_is_in_chinese(database: Database) -> None:
    build_demo(database, chinese=True)
    latin_only = [
        text
        for query in (
            "SELECT next_action FROM job_application WHERE next_action != ''",
            "SELECT body FROM note",
            "SELECT notes FROM offer WHERE notes != ''",
            "SELECT reflection FROM interview_round WHERE reflection != ''",
            "SELECT prep_notes FROM interview_round WHERE prep_notes != ''",
        )
        for (text,) in database.reader.execute(query)
        if not any("\u4e00" <= character <= "\u9fff" for character in text)
    ]
    assert latin_only == []


def test_the_demo_hunt_has_referrers_at_the_companies_it_was_referred_to(demo: Built) -> None:
    referred = demo.query("SELECT a.id FROM job_application AS a WHERE a.channel = 'referral'")
    linked = demo.query(
        "SELECT l.application_id FROM contact_application AS l JOIN contact AS p"
        " ON p.id = l.contact_id JOIN job_application AS a ON a.id = l.application_id"
        " WHERE l.relation = 'referrer' AND p.company_id = a.company_id"
    )
    assert referred and sorted(referred) == sorted(linked)


def test_every_application_sent_in_the_demo_records_the_resume_or_portfolio_it_went_with(
    demo: Built,
) -> None:
    sent = demo.query("SELECT id FROM job_application WHERE current_stage != 'wishlist'")
    recorded = demo.query("SELECT DISTINCT application_id FROM application_document")
    assert sent and sorted(sent) == sorted(recorded)
    labels = [label for (label,) in demo.query("SELECT label FROM document_version")]
    assert labels and not any(label.startswith("简历") for label in labels)
    kinds = demo.query("SELECT DISTINCT kind FROM document")
    assert sorted(kinds) == [("portfolio",), ("resume",)]
