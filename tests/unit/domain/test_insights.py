"""The figures behind the insight charts, from small hand-built histories whose numbers are
worked out in the comments, and a few properties that hold for any history (Hypothesis)."""

from __future__ import annotations

import statistics
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.enums import (
    Channel,
    DocumentKind,
    InterviewOutcome,
    Outcome,
    RoleCategory,
    Stage,
)
from tracker.domain.insights import (
    IN_PROGRESS,
    OFFER_END,
    InsightData,
    InsightFilter,
    Material,
    Move,
    RoundResult,
    Spread,
    activity,
    category_outcomes,
    channels,
    first_response_days,
    flow,
    funnel,
    materials,
    referrals,
    round_pass_rates,
    select,
    stage_times,
)
from tracker.domain.pipeline import Pipeline, StageDefinition
from tracker.domain.records import ApplicationRow

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=SHANGHAI)  # a Wednesday, 01:00 UTC
T0 = NOW.astimezone(UTC) - timedelta(days=60)  # 2026-09-26 01:00 UTC: day 0 of the hunts below
DEFAULT = Pipeline.default()
EVERYTHING = InsightFilter()

WISH, APPLIED, SCREEN, ASSESS, INTERVIEW, OFFER = (
    Stage.WISHLIST,
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.ASSESSMENT,
    Stage.INTERVIEWING,
    Stage.OFFER,
)
OUTCOMES = {outcome.value for outcome in Outcome}
END_NODES = OUTCOMES | {IN_PROGRESS}

History = tuple[ApplicationRow, tuple[Move, ...]]


def moment(day: float) -> datetime:
    return T0 + timedelta(days=day)


def history(
    id_: int,
    *steps: tuple[float, str],
    closed: tuple[float, Outcome] | None = None,
    category: RoleCategory = RoleCategory.AI_TRAINER,
    channel: Channel | None = None,
    applied_on: date | None = None,
) -> History:
    """An application and its moves: ``steps`` are (day, stage) moves, ``closed`` a last move
    closing it in the stage it stands in. The row's state is that of its last move."""
    moves = [Move(id_, stage, None, moment(day)) for day, stage in steps]
    if closed is not None:
        day, outcome = closed
        moves.append(Move(id_, moves[-1].to_stage, outcome, moment(day)))
    last = moves[-1]
    row = ApplicationRow(
        id_, f"u{id_}", f"公司{id_}", "AI训练师", category, "北京", channel, last.to_stage,
        last.to_outcome, last.at, applied_on, "", None, None, None, None, "", None, False,
    )  # fmt: skip
    return row, tuple(moves)


def data_of(
    histories: list[History],
    rounds: tuple[RoundResult, ...] = (),
    *,
    pipeline: Pipeline = DEFAULT,
    now: datetime = NOW,
    chosen: InsightFilter = EVERYTHING,
) -> InsightData:
    rows = [row for row, _ in histories]
    moves = {row.id: moves for row, moves in histories}
    return select(rows, moves, rounds, pipeline, now, chosen)


def links(data: InsightData) -> dict[tuple[str, str], int]:
    result = {(link.source, link.target): link.count for link in flow(data)}
    assert len(result) == len(flow(data)), "each link appears once"
    return result


# Ten applications sent on day 0 (plus two wishes never sent), worked through below:
#   id  path (day)                                   closed          channel   category
#    1  A0                                           -               BOSS      AI_TRAINER
#    2  A0                                           ghosted d30     BOSS      AI_TRAINER
#    3  A0                                           withdrawn d5    BOSS      PROMPT
#    4  A0                                           rejected d3     LIEPIN    AI_TRAINER
#    5  A0 S4                                        talent pool d10 LIEPIN    AI_PRODUCT
#    6  A0 S2                                        rejected d6     REFERRAL  AI_TRAINER
#    7  A0 S2 X5                                     -               REFERRAL  PROMPT
#    8  A0 I7 (skipped screening and assessment)     rejected d12    REFERRAL  AI_TRAINER
#    9  A0 S1 I4                                     -               (none)    AI_PRODUCT
#   10  A0 S3 X6 I9 O15                              -               REFERRAL  AI_TRAINER
#   11  wish list only                               -               BOSS      AI_TRAINER
#   12  wish list, then withdrawn                    withdrawn d5    BOSS      AI_TRAINER
# Four never got past Applied (1-4), six moved on (5-10), three interviewed (8-10), one offer.
HUNT: list[History] = [
    history(1, (0, APPLIED), channel=Channel.BOSS),
    history(2, (0, APPLIED), closed=(30, Outcome.GHOSTED), channel=Channel.BOSS),
    history(
        3,
        (0, APPLIED),
        closed=(5, Outcome.WITHDRAWN),
        channel=Channel.BOSS,
        category=RoleCategory.PROMPT,
    ),
    history(4, (0, APPLIED), closed=(3, Outcome.REJECTED), channel=Channel.LIEPIN),
    history(
        5,
        (0, APPLIED),
        (4, SCREEN),
        closed=(10, Outcome.TALENT_POOL),
        channel=Channel.LIEPIN,
        category=RoleCategory.AI_PRODUCT,
    ),
    history(6, (0, APPLIED), (2, SCREEN), closed=(6, Outcome.REJECTED), channel=Channel.REFERRAL),
    history(
        7,
        (0, APPLIED),
        (2, SCREEN),
        (5, ASSESS),
        channel=Channel.REFERRAL,
        category=RoleCategory.PROMPT,
    ),
    history(
        8, (0, APPLIED), (7, INTERVIEW), closed=(12, Outcome.REJECTED), channel=Channel.REFERRAL
    ),
    history(9, (0, APPLIED), (1, SCREEN), (4, INTERVIEW), category=RoleCategory.AI_PRODUCT),
    history(
        10,
        (0, APPLIED),
        (3, SCREEN),
        (6, ASSESS),
        (9, INTERVIEW),
        (15, OFFER),
        channel=Channel.REFERRAL,
    ),
    history(11, (0, WISH), channel=Channel.BOSS),
    history(12, (0, WISH), closed=(5, Outcome.WITHDRAWN), channel=Channel.BOSS),
]


# -- select and the per-application facts ---------------------------------------------------


def test_wishes_never_sent_are_left_out_of_every_chart() -> None:
    data = data_of(HUNT)
    assert [row.id for row in data.rows] == list(range(1, 11))
    assert 11 not in data.moves and 12 not in data.moves
    assert funnel(data)[0].reached == 10
    assert sum(stat.applied for stat in channels(data)) == 10


def test_a_wish_that_was_sent_counts_from_the_day_it_went_out() -> None:
    # Wished on day 0, sent on day 20 (no applied date typed in), answered on day 23.
    data = data_of([history(1, (0, WISH), (20, APPLIED), (23, SCREEN))])
    assert [row.id for row in data.rows] == [1]
    assert data.sent_on == {1: moment(20).date()}
    assert data.answered_at == {1: moment(23)}
    assert first_response_days(data) == Spread(3.0, 3.0, 3.0, 1)
    assert [(step.stage, step.reached) for step in funnel(data)][:2] == [(APPLIED, 1), (SCREEN, 1)]


def test_the_per_application_facts() -> None:
    data = data_of(HUNT)
    assert data.furthest[1] == DEFAULT.position(APPLIED)
    # 8 was rejected in Interviewing: it still reached it.
    assert data.furthest[8] == DEFAULT.position(INTERVIEW)
    assert data.furthest[10] == DEFAULT.position(OFFER)
    # Sent: no applied date was typed in, so the day of the first move (day 0).
    assert set(data.sent_on.values()) == {T0.date()}
    # Answered: 4 (rejected d3), 5 (S d4), 6 (S d2), 7 (S d2), 8 (I d7), 9 (S d1), 10 (S d3);
    # 1 waits, 2 was ghosted, 3 withdrawn: no answer.
    assert data.answered_at == {
        4: moment(3), 5: moment(4), 6: moment(2), 7: moment(2), 8: moment(7), 9: moment(1),
        10: moment(3),
    }  # fmt: skip


def test_a_typed_applied_date_wins_over_the_first_move() -> None:
    # Applied on day -5 but logged on day 0; the company answered on day 2: a 7-day wait.
    typed = (T0 - timedelta(days=5)).date()
    data = data_of([history(1, (0, APPLIED), (2, SCREEN), applied_on=typed)])
    assert data.sent_on == {1: typed}
    assert first_response_days(data) == Spread(7.0, 7.0, 7.0, 1)


def _dated(id_: int, applied_on: date, **fields: object) -> History:
    row, moves = history(id_, (0, APPLIED), **fields)  # type: ignore[arg-type]
    return row._replace(applied_on=applied_on), moves


def test_select_keeps_the_applications_applied_within_the_dates_inclusive() -> None:
    histories = [
        _dated(1, date(2026, 10, 31)),
        _dated(2, date(2026, 11, 1)),  # the first day: kept
        _dated(3, date(2026, 11, 15)),
        _dated(4, date(2026, 11, 30)),  # the last day: kept
        _dated(5, date(2026, 12, 1)),
    ]
    rounds = (
        RoundResult(1, "一面", InterviewOutcome.PASSED, None),
        RoundResult(3, "一面", InterviewOutcome.FAILED, None),
        RoundResult(5, "二面", InterviewOutcome.PENDING, None),
    )
    chosen = InsightFilter(start=date(2026, 11, 1), end=date(2026, 11, 30))
    data = data_of(histories, rounds, chosen=chosen)
    assert [row.id for row in data.rows] == [2, 3, 4]
    assert set(data.moves) == {2, 3, 4}  # the moves of those filtered out go too
    assert [r.application_id for r in data.rounds] == [3]  # and their rounds
    assert [r.round_name for r in round_pass_rates(data)] == ["一面"]
    # Only a start, only an end.
    from_the_30th = data_of(histories, chosen=InsightFilter(start=date(2026, 11, 30)))
    assert [row.id for row in from_the_30th.rows] == [4, 5]
    to_the_1st = data_of(histories, chosen=InsightFilter(end=date(2026, 11, 1)))
    assert [row.id for row in to_the_1st.rows] == [1, 2]


def test_select_by_role_category_and_by_channel() -> None:
    data = data_of(HUNT, chosen=InsightFilter(category=RoleCategory.PROMPT))
    assert [row.id for row in data.rows] == [3, 7]
    assert set(data.moves) == {3, 7}
    data = data_of(HUNT, chosen=InsightFilter(channel=Channel.REFERRAL))
    assert [row.id for row in data.rows] == [6, 7, 8, 10]
    both = InsightFilter(category=RoleCategory.AI_TRAINER, channel=Channel.REFERRAL)
    assert [row.id for row in data_of(HUNT, chosen=both).rows] == [6, 8, 10]
    # The funnel of the referrals alone: 4 applied, 4 screened (6, 7, 10 and 8 who skipped),
    # 3 past assessment (7, 8, 10), 2 interviewed (8, 10), 1 offer.
    assert [step.reached for step in funnel(data)] == [4, 4, 3, 2, 1, 0]


def test_nothing_chosen_is_empty_and_every_chart_copes() -> None:
    data = data_of(HUNT, chosen=InsightFilter(channel=Channel.LINKEDIN))
    assert data.empty and not data_of(HUNT).empty
    assert [(step.reached, step.rate) for step in funnel(data)] == [
        (0, None), (0, 0.0), (0, 0.0), (0, 0.0), (0, 0.0), (0, 0.0),
    ]  # fmt: skip
    assert flow(data) == () and channels(data) == () and stage_times(data) == ()
    assert first_response_days(data) is None and category_outcomes(data) == ()
    assert all(week.applications == week.interviews == 0 for week in activity(data).weeks)


# -- the funnel ----------------------------------------------------------------------------


def test_the_funnel_counts_each_application_at_every_stage_up_to_its_furthest() -> None:
    # Furthest: Applied 1-4, Screening 5-6, Assessment 7, Interviewing 8-9, Offer 10.
    # Applied 10; Screening 5-10 = 6 (60%); Assessment 7-10 = 4 (8 skipped it, 9 went past
    # it: 4/6); Interviewing 8-10 = 3 (3/4); Offer 10 = 1 (1/3); Accepted 0 (0/1).
    steps = funnel(data_of(HUNT))
    assert [(step.stage, step.reached) for step in steps] == [
        (APPLIED, 10), (SCREEN, 6), (ASSESS, 4), (INTERVIEW, 3), (OFFER, 1), (Stage.ACCEPTED, 0),
    ]  # fmt: skip
    assert [step.rate for step in steps] == [
        None, pytest.approx(0.6), pytest.approx(4 / 6), pytest.approx(0.75),
        pytest.approx(1 / 3), 0.0,
    ]  # fmt: skip


def test_a_skipped_stage_still_counts_for_an_application_that_went_past_it() -> None:
    # Straight from Applied to Interviewing, then an offer: it passed Screening and Assessment.
    data = data_of([history(1, (0, APPLIED), (5, INTERVIEW), (9, OFFER)), history(2, (0, APPLIED))])
    assert [step.reached for step in funnel(data)] == [2, 1, 1, 1, 1, 0]
    # And one logged directly in Interviewing (no Applied move at all) was still applied.
    data = data_of([history(1, (0, INTERVIEW))])
    assert [step.reached for step in funnel(data)] == [1, 1, 1, 1, 0, 0]


def _custom_pipeline() -> Pipeline:
    """Assessment hidden; the user's own "HR面" stage between Interviewing and Offer."""
    assessment = DEFAULT.definition(ASSESS)
    assert assessment is not None
    hidden = DEFAULT.with_stage(replace(assessment, hidden=True))
    return hidden.with_stage(StageDefinition("custom-hr", "HR面"), index=5)


def test_the_funnel_leaves_out_hidden_stages_and_shows_the_users_own() -> None:
    pipeline = _custom_pipeline()
    assert pipeline.stage_keys() == [
        WISH, APPLIED, SCREEN, ASSESS, INTERVIEW, "custom-hr", OFFER, Stage.ACCEPTED,
    ]  # fmt: skip
    histories = [
        history(1, (0, APPLIED), (3, ASSESS)),  # in the hidden Assessment: counts at Screening
        history(
            2,
            (0, APPLIED),
            (1, SCREEN),
            (4, INTERVIEW),
            (8, "custom-hr"),
            closed=(9, Outcome.REJECTED),
        ),
        history(3, (0, APPLIED), (6, "custom-hr"), (10, OFFER)),
        history(4, (0, APPLIED)),
    ]
    steps = funnel(data_of(histories, pipeline=pipeline))
    # Applied 4; Screening 1-3 = 3; (Assessment hidden); Interviewing 2-3 = 2 (2/3);
    # HR面 2-3 = 2 (2/2); Offer 3 = 1 (1/2); Accepted 0.
    assert [(step.stage, step.reached) for step in steps] == [
        (APPLIED, 4), (SCREEN, 3), (INTERVIEW, 2), ("custom-hr", 2), (OFFER, 1),
        (Stage.ACCEPTED, 0),
    ]  # fmt: skip
    assert [step.rate for step in steps] == [
        None, pytest.approx(0.75), pytest.approx(2 / 3), 1.0, 0.5, 0.0,
    ]  # fmt: skip


# -- the flow ------------------------------------------------------------------------------


def test_the_flow_follows_each_application_to_where_it_ended() -> None:
    data = data_of(HUNT)
    assert links(data) == {
        (APPLIED, IN_PROGRESS): 1,  # 1
        (APPLIED, Outcome.GHOSTED): 1,  # 2
        (APPLIED, Outcome.WITHDRAWN): 1,  # 3
        (APPLIED, Outcome.REJECTED): 1,  # 4
        (APPLIED, SCREEN): 5,  # 5, 6, 7, 9, 10
        (APPLIED, INTERVIEW): 1,  # 8, which skipped two stages
        (SCREEN, Outcome.TALENT_POOL): 1,  # 5
        (SCREEN, Outcome.REJECTED): 1,  # 6
        (SCREEN, ASSESS): 2,  # 7, 10
        (SCREEN, INTERVIEW): 1,  # 9
        (ASSESS, IN_PROGRESS): 1,  # 7
        (ASSESS, INTERVIEW): 1,  # 10
        (INTERVIEW, Outcome.REJECTED): 1,  # 8
        (INTERVIEW, IN_PROGRESS): 1,  # 9
        (INTERVIEW, OFFER): 1,  # 10
        (OFFER, IN_PROGRESS): 1,  # 10
    }


def test_the_flow_leaves_applied_once_and_ends_once_per_application() -> None:
    found = links(data_of(HUNT))
    assert sum(count for (source, _), count in found.items() if source == APPLIED) == 10
    assert sum(count for (_, target), count in found.items() if target in END_NODES) == 10
    assert {source for source, _ in found} >= {APPLIED, SCREEN, ASSESS, INTERVIEW, OFFER}
    assert not {source for source, _ in found} & END_NODES  # nothing leaves an end node


def test_the_flow_path_follows_the_pipeline_not_the_order_of_the_moves() -> None:
    # Moved to Interviewing, then back to Screening, then to the user's own "HR面", then offered
    # and declined: drawn Applied → Screening → Interviewing → HR面 → Offer → declined.
    pipeline = _custom_pipeline()
    moved = history(
        1,
        (0, APPLIED),
        (2, INTERVIEW),
        (3, SCREEN),
        (6, "custom-hr"),
        (8, OFFER),
        closed=(9, Outcome.DECLINED),
    )
    data = data_of([moved], pipeline=pipeline)
    assert links(data) == {
        (APPLIED, SCREEN): 1,
        (SCREEN, INTERVIEW): 1,
        (INTERVIEW, "custom-hr"): 1,
        ("custom-hr", OFFER): 1,
        (OFFER, Outcome.DECLINED): 1,
    }


# -- activity ------------------------------------------------------------------------------


def test_activity_counts_applications_and_interviews_per_week_up_to_this_one() -> None:
    # NOW is Wednesday 25 November 2026: this week began Monday the 23rd.
    histories = [
        _dated(1, date(2026, 11, 23)),  # this Monday
        _dated(2, date(2026, 11, 25)),  # today
        _dated(3, date(2026, 11, 22)),  # Sunday: the week before
        _dated(4, date(2026, 11, 16)),  # Monday of the week before
        _dated(5, date(2026, 11, 3)),  # a Tuesday: week of the 2nd
        _dated(6, date(2026, 10, 20)),  # before the four weeks shown
    ]
    rounds = (
        # Friday 27th at 14:00: booked, still this week.
        RoundResult(1, "一面", InterviewOutcome.PENDING, datetime(2026, 11, 27, 6, 0, tzinfo=UTC)),
        # Monday 23rd 00:30 in Shanghai is still Sunday in UTC: the user's week counts.
        RoundResult(2, "一面", InterviewOutcome.PASSED, datetime(2026, 11, 22, 16, 30, tzinfo=UTC)),
        # Wednesday 18th: the week before.
        RoundResult(3, "一面", InterviewOutcome.FAILED, datetime(2026, 11, 18, 2, 0, tzinfo=UTC)),
        # Next Monday, and a round with no time: not counted.
        RoundResult(4, "二面", InterviewOutcome.PENDING, datetime(2026, 11, 30, 2, 0, tzinfo=UTC)),
        RoundResult(4, "笔试", InterviewOutcome.PENDING, None),
    )
    shown = activity(data_of(histories, rounds), most_weeks=4)
    assert [(w.start, w.applications, w.interviews) for w in shown.weeks] == [
        (date(2026, 11, 2), 1, 0),
        (date(2026, 11, 9), 0, 0),
        (date(2026, 11, 16), 2, 1),
        (date(2026, 11, 23), 2, 2),  # the last week is the current one
    ]
    assert shown.current == 3
    assert shown.carried == 1  # the one sent before the weeks shown joins the running total
    assert shown.running_totals() == [2, 2, 4, 6] and shown.sent == len(histories)


def test_activity_runs_from_the_first_application_s_week_to_this_one() -> None:
    shown = activity(data_of(HUNT))
    weeks = shown.weeks
    assert all(w.start.weekday() == 0 for w in weeks)
    assert weeks[-1].start == date(2026, 11, 23) and shown.current == len(weeks) - 1
    assert [b.start - a.start for a, b in pairwise(weeks)] == [timedelta(weeks=1)] * (
        len(weeks) - 1
    )
    # The hunt went out on day 0, Saturday 26 September: the week of Monday the 21st.
    assert weeks[0].start == date(2026, 9, 21) and shown.carried == 0
    assert [(w.start, w.applications) for w in weeks if w.applications] == [(date(2026, 9, 21), 10)]
    one = activity(data_of(HUNT), most_weeks=1)
    assert len(one.weeks) == 1 and one.carried == 10 and one.running_totals() == [10]


def test_activity_covers_the_period_chosen_and_only_it() -> None:
    histories = [_dated(1, date(2026, 9, 3)), _dated(2, date(2026, 10, 1))]
    # A period that starts on a Thursday shows that week whole; this week is not in it.
    past = InsightFilter(start=date(2026, 9, 3), end=date(2026, 10, 4))
    shown = activity(data_of(histories, chosen=past))
    assert shown.weeks[0].start == date(2026, 8, 31) and shown.weeks[-1].start == date(2026, 9, 28)
    assert shown.current is None and shown.carried == 0 and shown.sent == 2
    # An application dated ahead (typed in advance) has its week shown, after this one.
    ahead = [*histories, _dated(3, date(2026, 12, 9))]
    shown = activity(data_of(ahead))
    assert shown.weeks[-1].start == date(2026, 12, 7) and shown.sent == 3
    assert shown.weeks[shown.current or 0].start == date(2026, 11, 23)


def test_an_application_sent_early_on_monday_counts_in_that_week() -> None:
    monday_early = datetime(2026, 11, 22, 17, 0, tzinfo=UTC)  # Monday 23rd, 01:00 in Shanghai
    row, _ = history(1, (0, WISH))
    moves = (Move(1, WISH, None, moment(0)), Move(1, APPLIED, None, monday_early))
    row = row._replace(stage=APPLIED, stage_changed_at=monday_early)
    rounds = (RoundResult(1, "一面", InterviewOutcome.PENDING, monday_early),)
    two_weeks = InsightFilter(start=date(2026, 11, 16))
    data = data_of([(row, moves)], rounds, chosen=two_weeks)
    [last_week, this_week] = activity(data).weeks
    assert (this_week.applications, this_week.interviews) == (1, 1)
    assert last_week.applications == 0


# -- channels ------------------------------------------------------------------------------


def test_channels_count_answers_and_interviews_the_busiest_first() -> None:
    stats = channels(data_of(HUNT))
    # Referral 6, 7, 8, 10: all answered, 8 and 10 interviewed. Boss 1-3: a wait, a ghost and
    # a withdrawal: no answer. Liepin 4 (rejected) and 5 (screened): answered. None: 9.
    assert [(s.channel, s.applied, s.responded, s.interviewed) for s in stats] == [
        (Channel.REFERRAL, 4, 4, 2),
        (Channel.BOSS, 3, 0, 0),
        (Channel.LIEPIN, 2, 2, 0),
        (None, 1, 1, 1),
    ]
    referral = stats[0]
    assert referral.response_rate == 1.0 and referral.interview_rate == 0.5
    assert stats[1].response_rate == 0.0
    assert all(s.small_sample for s in stats)  # under five each


def test_only_the_company_answering_counts_as_a_response() -> None:
    # Seven applications through Lagou:
    #   1 waits; 2 rejected and 3 put in the talent pool (answers); 4 ghosted, 5 withdrawn,
    #   6 declined by the user (no answer); 7 screened with a round booked, still in Screening.
    lagou = Channel.LAGOU
    histories = [
        history(1, (0, APPLIED), channel=lagou),
        history(2, (0, APPLIED), closed=(4, Outcome.REJECTED), channel=lagou),
        history(3, (0, APPLIED), closed=(4, Outcome.TALENT_POOL), channel=lagou),
        history(4, (0, APPLIED), closed=(30, Outcome.GHOSTED), channel=lagou),
        history(5, (0, APPLIED), closed=(2, Outcome.WITHDRAWN), channel=lagou),
        history(6, (0, APPLIED), closed=(2, Outcome.DECLINED), channel=lagou),
        history(7, (0, APPLIED), (3, SCREEN), channel=lagou),
        history(8, (0, APPLIED), (2, SCREEN), channel=Channel.OTHER),
        history(9, (0, APPLIED), channel=Channel.BOSS),
    ]
    rounds = (RoundResult(7, "一面", InterviewOutcome.PENDING, moment(10)),)
    stats = channels(data_of(histories, rounds))
    # Lagou 7 first; Boss and Other one each, in name order ("boss" < "other").
    assert [s.channel for s in stats] == [lagou, Channel.BOSS, Channel.OTHER]
    first = stats[0]
    assert (first.applied, first.responded, first.interviewed) == (7, 3, 1)
    assert first.response_rate == pytest.approx(3 / 7)
    assert first.interview_rate == pytest.approx(1 / 7)
    assert not first.small_sample  # seven: enough
    assert stats[1].small_sample


def test_a_round_booked_before_any_stage_move_is_an_answer() -> None:
    # Two applications still in Applied; the company booked 一面 for the first one on day 6.
    histories = [history(1, (0, APPLIED)), history(2, (0, APPLIED))]
    rounds = (RoundResult(1, "一面", InterviewOutcome.PENDING, moment(6)),)
    data = data_of(histories, rounds)
    (stat,) = channels(data)
    assert (stat.responded, stat.interviewed) == (1, 1)  # never more interviews than answers
    spread = first_response_days(data)
    assert spread is not None and spread.count == 1


# -- time in stages and the first answer ---------------------------------------------------


def test_stage_times_measure_each_stay_between_moves() -> None:
    # Days in each stage (NOW is day 60):
    #   Applied: 1 → 60 (still there), 2 → 30 (ghosted then: the 30 days after not counted),
    #   3 → 5, 4 → 3, 5 → 4, 6 → 2, 7 → 2, 8 → 7, 9 → 1, 10 → 3
    #   Screening: 5 → 6 (until the talent-pool reply), 6 → 4 (until rejected), 7 → 3,
    #   9 → 3, 10 → 3
    #   Assessment: 7 → 55 (still there), 10 → 3
    #   Interviewing: 8 → 5 (until rejected), 9 → 56 (still there), 10 → 6
    #   Offer: 10 → 45 (still there)
    times = stage_times(data_of(HUNT))
    # In pipeline order; none in Accepted.
    assert [t.stage for t in times] == [APPLIED, SCREEN, ASSESS, INTERVIEW, OFFER]
    per_stage: dict[str, list[int]] = {
        APPLIED: [60, 30, 5, 3, 4, 2, 2, 7, 1, 3],
        SCREEN: [6, 4, 3, 3, 3],
        ASSESS: [55, 3],
        INTERVIEW: [5, 56, 6],
        OFFER: [45],
    }
    for time in times:
        values = [float(v) for v in per_stage[time.stage]]
        assert time.spread.count == len(values)
        assert time.spread.median == pytest.approx(statistics.median(values))
        if len(values) > 1:
            low, _, high = statistics.quantiles(values, n=4, method="inclusive")
            assert time.spread.low == pytest.approx(low)
            assert time.spread.high == pytest.approx(high)
    # By hand: sorted Applied days 1 2 2 3 3 4 5 7 30 60: median 3.5; quartiles at 2.25 and
    # 6.5 (positions 2.25 and 6.75 of 0..9).
    applied = times[0].spread
    assert applied.median == pytest.approx(3.5)
    assert applied.low == pytest.approx(2.25) and applied.high == pytest.approx(6.5)
    assert times[-1].spread == Spread(45.0, 45.0, 45.0, 1)


def test_stage_times_skip_the_wish_list_and_the_time_after_closing() -> None:
    # Wished 10 days, sent, screened 2 days later, rejected 3 days after, then reopened in
    # Screening on day 40: Applied 2, Screening 3 and 20 (to NOW, day 60); nothing for the
    # wish list or the 25 closed days.
    closed_row, closed_moves = history(
        1, (0, WISH), (10, APPLIED), (12, SCREEN), closed=(15, Outcome.REJECTED)
    )
    reopened = (
        closed_row._replace(outcome=None, stage_changed_at=moment(40)),
        (*closed_moves, Move(1, SCREEN, None, moment(40))),
    )
    data = data_of([reopened, history(2, (0, APPLIED), (1, SCREEN))])
    times = {t.stage: t.spread for t in stage_times(data)}
    assert set(times) == {APPLIED, SCREEN}
    assert times[APPLIED] == Spread(1.5, 1.25, 1.75, 2)  # 2 and 1 days
    assert times[SCREEN].count == 3 and times[SCREEN].median == pytest.approx(20.0)  # 3, 20, 59


def test_a_closed_application_without_a_closing_move_does_not_count_to_now() -> None:
    # Closed (rejected) but its history holds no closing move: Applied 0 → Screening 2 and
    # nothing more. Applied counts 2 days; Screening has no known end, so it is left out rather
    # than counted for the 58 days to NOW.
    row, moves = history(1, (0, APPLIED), (2, SCREEN))
    data = data_of([(row._replace(outcome=Outcome.REJECTED), moves)])
    assert [(t.stage, t.spread) for t in stage_times(data)] == [(APPLIED, Spread(2.0, 2.0, 2.0, 1))]


def test_first_response_days_over_the_answered_applications() -> None:
    # Waits: 4 → 3, 5 → 4, 6 → 2, 7 → 2, 8 → 7, 9 → 1, 10 → 3; sorted 1 2 2 3 3 4 7:
    # median 3; quartiles at positions 1.5 and 4.5: 2 and 3.5.
    assert first_response_days(data_of(HUNT)) == Spread(3.0, 2.0, 3.5, 7)
    # Nobody answered yet: nothing to show.
    assert first_response_days(data_of([history(1, (0, APPLIED))])) is None


def test_the_first_answer_is_counted_in_the_users_calendar_days() -> None:
    answer = datetime(2026, 11, 23, 23, 30, tzinfo=UTC)  # 24 November, 07:30 in Shanghai
    row, _ = history(1, (0, APPLIED), applied_on=date(2026, 11, 23))
    moves = (
        Move(1, APPLIED, None, datetime(2026, 11, 23, 4, 0, tzinfo=UTC)),
        Move(1, SCREEN, None, answer),
    )
    row = row._replace(stage=SCREEN, stage_changed_at=answer)
    assert first_response_days(data_of([(row, moves)])) == Spread(1.0, 1.0, 1.0, 1)


# -- role categories and rounds ------------------------------------------------------------


def test_category_outcomes_split_offers_open_ones_and_each_outcome() -> None:
    # AI trainer: 1 open, 2 ghosted, 4, 6, 8 rejected, 10 an offer (6 in all).
    # AI product: 5 talent pool, 9 open. Prompt: 3 withdrawn, 7 open (2 each: by name).
    result = category_outcomes(data_of(HUNT))
    assert [(c.category, c.ends, c.total) for c in result] == [
        (
            RoleCategory.AI_TRAINER,
            {IN_PROGRESS: 1, Outcome.GHOSTED: 1, Outcome.REJECTED: 3, OFFER_END: 1},
            6,
        ),
        (RoleCategory.AI_PRODUCT, {Outcome.TALENT_POOL: 1, IN_PROGRESS: 1}, 2),
        (RoleCategory.PROMPT, {Outcome.WITHDRAWN: 1, IN_PROGRESS: 1}, 2),
    ]


def test_an_offer_declined_ends_declined_and_an_accepted_one_counts_as_an_offer() -> None:
    data = data_of(
        [
            history(1, (0, APPLIED), (5, OFFER), closed=(8, Outcome.DECLINED)),
            history(2, (0, APPLIED), (5, OFFER), (9, Stage.ACCEPTED)),
            history(3, (0, APPLIED), (5, OFFER)),
        ]
    )
    [only] = category_outcomes(data)
    assert only.ends == {Outcome.DECLINED: 1, OFFER_END: 2}


def test_round_pass_rates_by_the_given_names_first_then_by_how_often() -> None:
    passed, failed = InterviewOutcome.PASSED, InterviewOutcome.FAILED
    pending = InterviewOutcome.PENDING
    held = [
        ("一面", passed), ("一面 ", passed), ("一面", passed), ("一面", failed),
        ("二面", passed), ("二面", pending),
        ("HR面", passed),
        ("笔试", failed), ("笔试", failed), ("笔试", passed),
        ("群面", pending),
    ]  # fmt: skip
    rounds = tuple(RoundResult(1, name, outcome, None) for name, outcome in held)
    data = data_of([history(1, (0, APPLIED))], rounds)
    result = round_pass_rates(data, order=("一面", "二面", "三面", "HR面"))
    # The named ones in their order ("三面" never held: absent); then 笔试 (3) before 群面 (1).
    assert [(r.round_name, r.passed, r.failed, r.pending) for r in result] == [
        ("一面", 3, 1, 0),  # "一面 " with a stray space is the same round
        ("二面", 1, 0, 1),
        ("HR面", 1, 0, 0),
        ("笔试", 1, 2, 0),
        ("群面", 0, 0, 1),
    ]
    assert [r.pass_rate for r in result] == [0.75, 1.0, 1.0, pytest.approx(1 / 3), None]
    # With no order given: by how often, then by name.
    by_frequency = [r.round_name for r in round_pass_rates(data)]
    assert by_frequency == ["一面", "笔试", "二面", "HR面", "群面"]


# -- properties ----------------------------------------------------------------------------

STAGES_AFTER_APPLIED = [SCREEN, ASSESS, INTERVIEW, OFFER, Stage.ACCEPTED]


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[History], tuple[RoundResult, ...], Pipeline]:
    count = draw(st.integers(min_value=0, max_value=12))
    result: list[History] = []
    rounds: list[RoundResult] = []
    for id_ in range(1, count + 1):
        steps: list[tuple[float, str]] = []
        day = 0.0
        if draw(st.booleans()):
            steps.append((day, WISH))
            day += draw(st.floats(min_value=0, max_value=30))
        if draw(st.booleans()):
            steps.append((day, APPLIED))
        for stage in draw(st.lists(st.sampled_from(STAGES_AFTER_APPLIED), max_size=5)):
            day += draw(st.floats(min_value=0, max_value=20))
            steps.append((day, stage))
        if not steps or steps[-1][1] == WISH:
            steps.append((day + 1, APPLIED))
        outcome = draw(st.none() | st.sampled_from(list(Outcome)))
        closed = (day + draw(st.floats(min_value=0, max_value=20)), outcome) if outcome else None
        result.append(
            history(
                id_,
                *steps,
                closed=closed,
                category=draw(st.sampled_from(list(RoleCategory))),
                channel=draw(st.none() | st.sampled_from(list(Channel))),
            )
        )
        for name in draw(st.lists(st.sampled_from(["一面", "二面", "HR面"]), max_size=3)):
            outcome_of_round = draw(st.sampled_from(list(InterviewOutcome)))
            rounds.append(RoundResult(id_, name, outcome_of_round, moment(day)))
    hidden = draw(st.sets(st.sampled_from(STAGES_AFTER_APPLIED)))
    pipeline = Pipeline(tuple(replace(d, hidden=d.key in hidden) for d in DEFAULT.stages))
    return result, tuple(rounds), pipeline


PROPERTY = settings(max_examples=300, deadline=None)


@PROPERTY
@given(histories())
def test_the_flow_starts_and_ends_once_per_application(
    drawn: tuple[list[History], tuple[RoundResult, ...], Pipeline],
) -> None:
    found, rounds, pipeline = drawn
    data = data_of(found, rounds, pipeline=pipeline)
    assert len(data.rows) == len(found)  # every drawn application was sent
    leaving_applied = sum(link.count for link in flow(data) if link.source == APPLIED)
    ending = sum(link.count for link in flow(data) if link.target in END_NODES)
    assert leaving_applied == ending == len(data.rows)
    # Every stage in between passes on all it receives.
    for stage in STAGES_AFTER_APPLIED:
        into = sum(link.count for link in flow(data) if link.target == stage)
        out = sum(link.count for link in flow(data) if link.source == stage)
        assert into == out


@PROPERTY
@given(histories())
def test_the_funnel_never_grows_and_every_rate_is_a_share(
    drawn: tuple[list[History], tuple[RoundResult, ...], Pipeline],
) -> None:
    found, rounds, pipeline = drawn
    data = data_of(found, rounds, pipeline=pipeline)
    steps = funnel(data)
    assert steps[0].stage == APPLIED and steps[0].reached == len(data.rows)
    reached = [step.reached for step in steps]
    assert reached == sorted(reached, reverse=True)
    assert all(0.0 <= step.rate <= 1.0 for step in steps[1:] if step.rate is not None)
    stats = channels(data)
    assert sum(s.applied for s in stats) == len(data.rows)
    for stat in stats:
        assert 0.0 <= stat.response_rate <= 1.0 and 0.0 <= stat.interview_rate <= 1.0
    assert sum(c.total for c in category_outcomes(data)) == len(data.rows)
    for result in round_pass_rates(data):
        assert result.pass_rate is None or 0.0 <= result.pass_rate <= 1.0
    for time in stage_times(data):
        assert 0.0 <= time.spread.low <= time.spread.median <= time.spread.high


@st.composite
def filters(draw: st.DrawFn) -> InsightFilter:
    """The filters the page offers: the last 4 or 12 weeks or 6 months (from today back), all
    time, or dates chosen by hand; a role category and a channel, or any."""
    today = NOW.date()
    kind = draw(st.sampled_from(["days", "all", "dates"]))
    start: date | None = None
    end: date | None = None
    if kind == "days":
        start = today - timedelta(days=draw(st.sampled_from([28, 84, 182])) - 1)
    elif kind == "dates":
        offsets = st.none() | st.integers(min_value=-200, max_value=60)
        low, high = draw(offsets), draw(offsets)
        start = None if low is None else today + timedelta(days=low)
        end = None if high is None else today + timedelta(days=high)
    return InsightFilter(
        start,
        end,
        draw(st.none() | st.sampled_from(list(RoleCategory))),
        draw(st.none() | st.sampled_from(list(Channel))),
    )


@PROPERTY
@given(
    hunt=histories(),
    chosen=filters(),
    spread=st.lists(st.integers(min_value=-400, max_value=30), max_size=12),
)
def test_every_figure_on_the_page_agrees_with_the_headline(
    hunt: tuple[list[History], tuple[RoundResult, ...], Pipeline],
    chosen: InsightFilter,
    spread: list[int],
) -> None:
    """However the period falls on the weeks (a Thursday start, a range in the past, dates
    typed ahead, more than half a year), the count the page heads with is the running total's
    last point, the funnel's first step, what leaves Applied in the flow, and the sum over
    channels and role categories."""
    rows, rounds, pipeline = hunt
    dated = [
        (row._replace(applied_on=NOW.date() + timedelta(days=offset)), moves)
        for (row, moves), offset in zip(rows, spread, strict=False)
    ] + rows[len(spread) :]
    data = data_of(dated, rounds, pipeline=pipeline, chosen=chosen)
    headline = len(data.rows)
    shown = activity(data)
    assert shown.sent == headline
    if shown.weeks:
        assert shown.running_totals()[-1] == headline
    assert len(shown.weeks) <= 26
    assert funnel(data)[0].reached == headline
    assert sum(link.count for link in flow(data) if link.source == APPLIED) == headline
    assert sum(stat.applied for stat in channels(data)) == headline
    assert sum(outcomes.total for outcomes in category_outcomes(data)) == headline
    days = [data.sent_on[row.id] for row in data.rows]
    if days and shown.weeks:
        assert shown.weeks[-1].start <= max(days) or shown.weeks[-1].start >= max(days) - timedelta(
            6
        )


def test_referred_applications_are_compared_with_the_others_whatever_their_channel() -> None:
    # Referral 6, 7, 8, 10 (all answered, 8 and 10 interviewed); 2 came through Boss but a
    # friend referred it (named, or linked as referrer): referred too.
    rows = [row for row, _ in HUNT]
    moves = {row.id: steps for row, steps in HUNT}
    referred = frozenset({2, 6, 7, 8, 10, 99})  # 99: not among the applications charted
    data = select(rows, moves, (), DEFAULT, NOW, EVERYTHING, referred)
    assert data.referred == {2, 6, 7, 8, 10}
    found = referrals(data)
    assert found is not None
    yes, no = found
    assert (yes.applied, yes.responded, yes.interviewed) == (5, 4, 2)
    assert no.applied == len(data.rows) - 5 and no.channel is None
    # Nothing referred, or everything: no comparison to make.
    assert referrals(select(rows, moves, (), DEFAULT, NOW, EVERYTHING)) is None
    everything = frozenset(row.id for row in rows)
    assert referrals(select(rows, moves, (), DEFAULT, NOW, EVERYTHING, everything)) is None


def test_each_version_sent_is_rated_by_the_applications_it_went_with() -> None:
    # v3 went with 6, 7 and 8 (all answered, 8 interviewed); v2 with 1 and 2; the portfolio with
    # 8 too (an application sent with two versions counts for each); 99 is not charted.
    rows = [row for row, _ in HUNT]
    moves = {row.id: steps for row, steps in HUNT}
    v3, v2 = Material(DocumentKind.RESUME, "简历 · v3"), Material(DocumentKind.RESUME, "简历 · v2")
    portfolio = Material(DocumentKind.PORTFOLIO, "作品集 · 在线版")
    sent = {6: (v3,), 7: (v3,), 8: (v3, portfolio), 1: (v2,), 2: (v2, v2), 99: (v2,)}
    data = select(rows, moves, (), DEFAULT, NOW, EVERYTHING, materials=sent)
    assert 99 not in data.materials
    stats = {stat.material: stat for stat in materials(data)}
    assert [stat.material for stat in materials(data)] == [v3, v2, portfolio]  # résumés first
    assert (stats[v3].applied, stats[v3].responded, stats[v3].interviewed) == (3, 3, 1)
    assert stats[v2].applied == 2  # sent twice with one application: counted once
    assert (stats[portfolio].applied, stats[portfolio].interviewed) == (1, 1)
    assert all(stat.small_sample for stat in stats.values())
    assert materials(select(rows, moves, (), DEFAULT, NOW, EVERYTHING)) == ()
