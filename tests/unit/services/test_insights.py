"""The insight charts' data read through the real services from a migrated database: the
applications not in the trash, their moves oldest first in UTC, and the rounds held or booked."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.domain.enums import (
    Channel,
    InterviewOutcome,
    InterviewStatus,
    Outcome,
    RoleCategory,
    Stage,
)
from tracker.domain.insights import InsightFilter, Move, RoundResult, funnel
from tracker.domain.interviews import RoundDraft
from tracker.domain.records import ApplicationCreate
from tracker.services.container import Services

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2025, 4, 1, 2, 0, tzinfo=UTC)


def at(day: int, hour: int = 0) -> datetime:
    """A moment in March 2025, in UTC."""
    return datetime(2025, 3, day, hour, 0, tzinfo=UTC)


def _create(
    services: Services,
    company: str,
    applied_on: date | None,
    *,
    stage: Stage = Stage.APPLIED,
    channel: Channel | None = Channel.BOSS,
    category: RoleCategory = RoleCategory.AI_TRAINER,
) -> int:
    created = services.applications.create(
        ApplicationCreate(
            company_name=company,
            role_title="AI训练师",
            role_category=category,
            channel=channel,
            applied_on=applied_on,
            stage=stage,
        ),
        now=at(20),
    )
    return created.id


def _hunt(services: Services) -> dict[str, int]:
    """Four applications, one of them later trashed, and a wish never sent:
    - 字节跳动 (referral), applied 3 March: screened the 5th, interviewing the 10th; rounds
      一面 (passed, 12 March 14:00 in Shanghai), 二面 (cancelled) and HR面 (deleted);
    - 商汤 (Boss, prompt), applied 4 March: rejected the 8th;
    - MiniMax (Boss), applied 4 March: a round booked, then the application goes to the trash;
    - 百川: on the wish list."""
    ids = {
        "bytedance": _create(services, "字节跳动", date(2025, 3, 3), channel=Channel.REFERRAL),
        "sensetime": _create(services, "商汤", date(2025, 3, 4), category=RoleCategory.PROMPT),
        "minimax": _create(services, "MiniMax", date(2025, 3, 4)),
        "baichuan": _create(services, "百川", None, stage=Stage.WISHLIST),
    }
    change = services.applications.change_state
    change(ids["bytedance"], Stage.SCREENING, now=at(5, 8))
    change(ids["bytedance"], Stage.INTERVIEWING, now=at(10, 2))
    change(ids["sensetime"], Stage.APPLIED, Outcome.REJECTED, now=at(8, 9))
    rounds = services.interviews
    for name, status, outcome in (
        ("一面", InterviewStatus.COMPLETED, InterviewOutcome.PASSED),
        ("二面", InterviewStatus.CANCELLED, InterviewOutcome.PENDING),
        ("HR面", InterviewStatus.SCHEDULED, InterviewOutcome.PENDING),
    ):
        saved = rounds.save_round(
            RoundDraft(
                ids["bytedance"],
                name,
                scheduled_at=datetime(2025, 3, 12, 14, 0, tzinfo=SHANGHAI),
                status=status,
                outcome=outcome,
            )
        )
        if name == "HR面":
            rounds.set_round_deleted(saved.id, True)
    rounds.save_round(
        RoundDraft(ids["minimax"], "一面", scheduled_at=datetime(2025, 3, 9, 6, 0, tzinfo=UTC))
    )
    services.applications.delete([ids["minimax"]])
    return ids


def test_the_data_holds_the_sent_applications_their_moves_and_rounds(services: Services) -> None:
    ids = _hunt(services)
    bytedance, sensetime = ids["bytedance"], ids["sensetime"]
    data = services.insights.data(InsightFilter(), now=NOW)
    # The trashed MiniMax and the wish never sent are left out.
    assert [row.id for row in data.rows] == [bytedance, sensetime]
    assert data.now == NOW
    # A past applied date puts the first move at midday UTC that day; the others at their time.
    assert data.moves == {
        bytedance: (
            Move(bytedance, Stage.APPLIED, None, at(3, 12)),
            Move(bytedance, Stage.SCREENING, None, at(5, 8)),
            Move(bytedance, Stage.INTERVIEWING, None, at(10, 2)),
        ),
        sensetime: (
            Move(sensetime, Stage.APPLIED, None, at(4, 12)),
            Move(sensetime, Stage.APPLIED, Outcome.REJECTED, at(8, 9)),
        ),
    }
    every_move = [move for moves in data.moves.values() for move in moves]
    assert all(move.at.utcoffset() == timedelta(0) for move in every_move)
    assert all(isinstance(move.to_outcome, Outcome | None) for move in every_move)
    # Only the round held: the cancelled one, the deleted one and the trashed application's go.
    assert data.rounds == (
        RoundResult(bytedance, "一面", InterviewOutcome.PASSED, at(12, 6)),  # 14:00 in Shanghai
    )
    assert data.rounds[0].scheduled_at is not None
    assert data.rounds[0].scheduled_at.utcoffset() == timedelta(0)
    # What the charts then show: both applied, one screened and interviewing.
    assert [step.reached for step in funnel(data)] == [2, 1, 1, 1, 0, 0]
    assert data.answered_at == {bytedance: at(5, 8), sensetime: at(8, 9)}


def test_the_filter_is_applied_to_what_was_read(services: Services) -> None:
    ids = _hunt(services)
    insights = services.insights
    boss = insights.data(InsightFilter(channel=Channel.BOSS), now=NOW)
    assert [row.id for row in boss.rows] == [ids["sensetime"]]
    assert set(boss.moves) == {ids["sensetime"]} and boss.rounds == ()
    late = insights.data(InsightFilter(start=date(2025, 3, 4), end=date(2025, 3, 4)), now=NOW)
    assert [row.id for row in late.rows] == [ids["sensetime"]]  # the trashed MiniMax stays out
    prompt = insights.data(InsightFilter(category=RoleCategory.PROMPT), now=NOW)
    assert [row.id for row in prompt.rows] == [ids["sensetime"]]


def test_reload_picks_up_what_changed_after_the_first_read(services: Services) -> None:
    ids = _hunt(services)
    insights = services.insights
    first = insights.data(InsightFilter(), now=NOW)
    services.applications.change_state(ids["sensetime"], Stage.SCREENING, now=at(15))
    services.applications.restore([ids["minimax"]])
    # Until reloaded, the charts keep what was read.
    assert insights.data(InsightFilter(), now=NOW).moves == first.moves
    insights.reload()
    again = insights.data(InsightFilter(), now=NOW)
    assert [row.id for row in again.rows] == [ids["bytedance"], ids["sensetime"], ids["minimax"]]
    assert again.moves[ids["sensetime"]][-1] == Move(
        ids["sensetime"], Stage.SCREENING, None, at(15)
    )
    assert [r.application_id for r in again.rounds] == [ids["bytedance"], ids["minimax"]]
    assert [step.reached for step in funnel(again)] == [3, 2, 1, 1, 0, 0]


def test_a_pipeline_change_shows_without_reloading(services: Services) -> None:
    ids = _hunt(services)
    insights = services.insights
    assert insights.data(InsightFilter(), now=NOW).pipeline == services.pipeline.current()
    pipeline = services.pipeline.current()
    screening = pipeline.definition(Stage.SCREENING)
    assert screening is not None
    services.pipeline.save(pipeline.with_stage(replace(screening, hidden=True)))
    data = insights.data(InsightFilter(), now=NOW)
    assert [step.stage for step in funnel(data)] == [
        Stage.APPLIED, Stage.ASSESSMENT, Stage.INTERVIEWING, Stage.OFFER, Stage.ACCEPTED,
    ]  # fmt: skip
    assert data.furthest[ids["bytedance"]] == data.pipeline.position(Stage.INTERVIEWING)


def test_now_defaults_to_an_aware_present(services: Services) -> None:
    _hunt(services)
    before = datetime.now(UTC)
    data = services.insights.data(InsightFilter())
    assert data.now.tzinfo is not None and before <= data.now <= datetime.now(UTC)


def test_an_application_counts_as_referred_by_its_channel_a_named_referrer_or_a_linked_one(
    services: Services,
) -> None:
    from tracker.domain.enums import Relation
    from tracker.domain.people import ContactDraft

    by_channel = _create(services, "字节跳动", date(2025, 3, 3), channel=Channel.REFERRAL)
    linked = _create(services, "智谱", date(2025, 3, 3))
    named = _create(services, "商汤", date(2025, 3, 3))
    trashed_referrer = _create(services, "MiniMax", date(2025, 3, 3))
    _create(services, "月之暗面", date(2025, 3, 3))
    people = services.people
    friend = people.save(ContactDraft(name="李雷"))
    people.link(friend, linked, Relation.REFERRER)
    gone = people.save(ContactDraft(name="离职的朋友"))
    people.link(gone, trashed_referrer, Relation.REFERRER)
    people.set_deleted([gone], True)
    recruiter = people.save(ContactDraft(name="HR"))
    people.link(recruiter, trashed_referrer, Relation.RECRUITER)
    current = services.applications.get(named)
    services.applications.update(named, replace(current.fields, referred_by="韩梅梅"))
    data = services.insights.data(InsightFilter(), now=at(25))
    assert data.referred == {by_channel, linked, named}  # not 月之暗面, nor a trashed referrer
