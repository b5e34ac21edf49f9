"""Reminders from the data, on a fake clock: rounds on their own clock (daylight saving time
included), deadlines and next actions on the user's days, ghosting once, quiet hours, missed
reminders at start, and never the same reminder twice."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.agenda import FollowUp, OfferDeadline
from tracker.domain.enums import InterviewKind, Outcome, Stage
from tracker.domain.interviews import UpcomingRound
from tracker.domain.pipeline import Pipeline
from tracker.domain.records import ApplicationRow
from tracker.domain.reminders import (
    QuietHours,
    ReminderKind,
    ReminderState,
    due_now,
    missed,
    next_check,
    reminders_for,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
PIPELINE = Pipeline.default()


def _row(id_: int = 1, **changes: object) -> ApplicationRow:
    values: dict[str, object] = {
        "id": id_, "uuid": f"u{id_}", "company_name": "字节跳动", "role_title": "AI训练师",
        "role_category": "ai_trainer", "city": "北京", "channel": None,
        "stage": Stage.INTERVIEWING, "outcome": None,
        "stage_changed_at": datetime(2026, 12, 1, 2, tzinfo=UTC), "applied_on": None,
        "salary_text": "", "salary_min": None, "salary_max": None, "salary_period": None,
        "salary_months": None, "next_action": "", "next_action_due": None, "archived": False,
    }  # fmt: skip
    values.update(changes)
    return ApplicationRow(**values)  # type: ignore[arg-type]


def _round(at: datetime, zone: str = "Asia/Shanghai", id_: int = 7) -> UpcomingRound:
    return UpcomingRound(id_, 1, "二面", InterviewKind.VIDEO, at, zone, "字节跳动", "AI训练师")


def _by_kind(reminders: list, kind: ReminderKind) -> list:  # type: ignore[type-arg]
    return [r for r in reminders if r.kind is kind]


def test_a_round_is_reminded_a_day_and_an_hour_before_on_its_own_clock() -> None:
    start = datetime(2026, 12, 8, 14, 0, tzinfo=SHANGHAI)
    found = reminders_for([_row()], [_round(start)], [], PIPELINE, BERLIN)
    (day,) = _by_kind(found, ReminderKind.ROUND_DAY_BEFORE)
    (hour,) = _by_kind(found, ReminderKind.ROUND_HOUR_BEFORE)
    assert day.due_at == datetime(2026, 12, 7, 14, 0, tzinfo=SHANGHAI)
    assert hour.due_at == datetime(2026, 12, 8, 13, 0, tzinfo=SHANGHAI)
    assert hour.moot_at == start
    assert day.moot_at == hour.due_at  # it gives way to the hour-before one
    assert (day.text, day.round_id, day.time_zone) == ("二面", 7, "Asia/Shanghai")


def test_the_day_before_keeps_the_clock_time_across_a_change_of_daylight_saving_time() -> None:
    # New York moves its clocks forward on 2026-03-08: 10:00 on the 7th is 15:00 UTC, on the
    # 8th 14:00 UTC. A reminder "a day before" is at 10:00 on the 7th, not 24 hours before.
    start = datetime(2026, 3, 8, 10, 0, tzinfo=NEW_YORK)
    found = reminders_for([_row()], [_round(start, "America/New_York")], [], PIPELINE, SHANGHAI)
    (day,) = _by_kind(found, ReminderKind.ROUND_DAY_BEFORE)
    assert day.due_at.astimezone(UTC) == datetime(2026, 3, 7, 15, 0, tzinfo=UTC)
    assert start.astimezone(UTC) - day.due_at == timedelta(hours=23)
    assert day.due_at.astimezone(NEW_YORK).time() == time(10, 0)
    (hour,) = _by_kind(found, ReminderKind.ROUND_HOUR_BEFORE)
    assert start.astimezone(UTC) - hour.due_at == timedelta(hours=1)


def test_an_offer_deadline_is_reminded_two_days_before_and_on_its_morning() -> None:
    deadline = OfferDeadline(3, 1, date(2026, 12, 10), "字节跳动", "AI训练师")
    found = reminders_for([_row()], [], [deadline], PIPELINE, SHANGHAI)
    (two_days,) = _by_kind(found, ReminderKind.DEADLINE_TWO_DAYS)
    (morning,) = _by_kind(found, ReminderKind.DEADLINE_MORNING)
    assert two_days.due_at == datetime(2026, 12, 8, 9, 0, tzinfo=SHANGHAI)
    assert morning.due_at == datetime(2026, 12, 10, 9, 0, tzinfo=SHANGHAI)
    assert morning.moot_at == datetime(2026, 12, 11, 0, 0, tzinfo=SHANGHAI)
    assert morning.offer_id == 3


def test_a_next_action_is_reminded_on_its_day_and_ghosting_once() -> None:
    row = _row(next_action="发感谢信", next_action_due=date(2026, 12, 9), stage=Stage.APPLIED)
    found = reminders_for([row], [], [], PIPELINE, SHANGHAI)
    (action,) = _by_kind(found, ReminderKind.ACTION_DUE)
    assert action.due_at == datetime(2026, 12, 9, 9, 0, tzinfo=SHANGHAI)
    assert action.text == "发感谢信"
    (ghost,) = _by_kind(found, ReminderKind.GHOSTED)
    assert ghost.due_at == row.stage_changed_at + timedelta(days=21)
    assert ghost.moot_at is None
    later = ghost.due_at + timedelta(days=30)
    assert due_now(found, ReminderState(), later, SHANGHAI) == [ghost]
    shown = ReminderState(shown=frozenset({ghost.key}))
    assert due_now(found, shown, later + timedelta(days=90), SHANGHAI) == []


def test_moving_a_round_or_a_deadline_makes_new_reminders() -> None:
    start = datetime(2026, 12, 8, 14, 0, tzinfo=SHANGHAI)
    before = reminders_for([_row()], [_round(start)], [], PIPELINE, SHANGHAI)
    shown = ReminderState(shown=frozenset(r.key for r in before))
    moved = reminders_for([_row()], [_round(start + timedelta(days=2))], [], PIPELINE, SHANGHAI)
    rounds_moved = {r.key for r in moved if r.round_id is not None}
    assert len(rounds_moved) == 2 and not rounds_moved & set(shown.shown)
    now = start + timedelta(days=1, hours=13, minutes=30)
    assert [r.kind for r in due_now(moved, shown, now, SHANGHAI)] == [ReminderKind.ROUND_DAY_BEFORE]


def test_nothing_is_reminded_for_archived_closed_or_absent_applications() -> None:
    start = datetime(2026, 12, 8, 14, 0, tzinfo=SHANGHAI)
    deadline = OfferDeadline(3, 1, date(2026, 12, 10), "字节跳动", "AI训练师")
    due = date(2026, 12, 9)
    for row in (
        _row(archived=True, next_action="x", next_action_due=due),
        _row(outcome=Outcome.REJECTED, next_action="x", next_action_due=due),
    ):
        assert reminders_for([row], [_round(start)], [deadline], PIPELINE, SHANGHAI) == []
    # A deleted application is not among the rows at all: its rounds and offers remind nothing.
    assert reminders_for([], [_round(start)], [deadline], PIPELINE, SHANGHAI) == []


def test_a_reminder_is_due_once_its_time_comes_until_what_it_is_about_passes() -> None:
    start = datetime(2026, 12, 8, 14, 0, tzinfo=SHANGHAI)
    found = reminders_for([_row()], [_round(start)], [], PIPELINE, SHANGHAI)
    state = ReminderState()
    assert due_now(found, state, start - timedelta(days=2), SHANGHAI) == []
    # Half an hour before, only the hour-before one is due (the day-before one gave way).
    (hour,) = due_now(found, state, start - timedelta(minutes=30), SHANGHAI)
    assert hour.kind is ReminderKind.ROUND_HOUR_BEFORE
    deadline = OfferDeadline(3, 1, date(2026, 12, 10), "字节跳动", "AI训练师")
    both = reminders_for([_row()], [], [deadline], PIPELINE, SHANGHAI)
    (morning,) = due_now(both, state, datetime(2026, 12, 10, 10, tzinfo=SHANGHAI), SHANGHAI)
    (two_days,) = _by_kind(both, ReminderKind.DEADLINE_TWO_DAYS)
    assert set(morning.keys) == {morning.key, two_days.key}  # it stands for the missed one
    assert due_now(found, state, start + timedelta(minutes=1), SHANGHAI) == []
    assert next_check(found, state, start - timedelta(days=2), SHANGHAI) == start - timedelta(
        days=1
    )


def test_quiet_hours_move_a_reminder_to_their_end_unless_that_is_too_late() -> None:
    quiet = QuietHours(time(22, 0), time(8, 0))
    late = datetime(2026, 12, 9, 23, 0, tzinfo=SHANGHAI)
    found = reminders_for([_row()], [_round(late)], [], PIPELINE, SHANGHAI)
    (day,) = _by_kind(found, ReminderKind.ROUND_DAY_BEFORE)  # 23:00 the day before: quiet
    state = ReminderState()
    assert due_now([day], state, day.due_at, SHANGHAI, quiet) == []
    (moved,) = due_now([day], state, datetime(2026, 12, 9, 8, 0, tzinfo=SHANGHAI), SHANGHAI, quiet)
    assert moved.due_at == datetime(2026, 12, 9, 8, 0, tzinfo=SHANGHAI)
    early = datetime(2026, 12, 10, 7, 30, tzinfo=SHANGHAI)  # its hour-before is at 6:30
    found = reminders_for([_row()], [_round(early)], [], PIPELINE, SHANGHAI)
    (hour,) = _by_kind(found, ReminderKind.ROUND_HOUR_BEFORE)
    assert due_now([hour], state, hour.due_at, SHANGHAI, quiet) == [hour]  # 8:00 is too late


def test_a_snoozed_reminder_comes_back_at_the_end_of_its_snooze() -> None:
    deadline = OfferDeadline(3, 1, date(2026, 12, 10), "字节跳动", "AI训练师")
    found = reminders_for([_row()], [], [deadline], PIPELINE, SHANGHAI)
    (morning,) = _by_kind(found, ReminderKind.DEADLINE_MORNING)
    until = morning.due_at + timedelta(hours=1)
    state = ReminderState(snoozed={morning.key: until})
    assert due_now([morning], state, morning.due_at, SHANGHAI) == []
    (back,) = due_now([morning], state, until, SHANGHAI)
    assert back.due_at == until


def test_reminders_due_before_the_start_are_the_missed_ones() -> None:
    row = _row(next_action="跟进", next_action_due=date(2026, 12, 9))
    found = reminders_for([row], [], [], PIPELINE, SHANGHAI)
    started = datetime(2026, 12, 9, 15, 0, tzinfo=SHANGHAI)
    due = due_now(found, ReminderState(), started, SHANGHAI)
    assert [r.kind for r in missed(due, started)] == [ReminderKind.ACTION_DUE]
    assert missed(due, datetime(2026, 12, 9, 9, 1, tzinfo=SHANGHAI)) == []


@settings(max_examples=200, deadline=None)
@given(
    st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31)),
    st.sampled_from(["Asia/Shanghai", "America/New_York", "Europe/Berlin", "Australia/Sydney"]),
    st.datetimes(min_value=datetime(2025, 12, 1), max_value=datetime(2028, 1, 31)),
)
def test_whatever_the_clock_says_a_round_is_reminded_at_most_once_each_way(
    start: datetime, zone: str, now: datetime
) -> None:
    at = start.replace(tzinfo=ZoneInfo(zone))
    found = reminders_for([_row()], [_round(at, zone)], [], PIPELINE, BERLIN)
    moment = now.replace(tzinfo=UTC)
    due = [r for r in due_now(found, ReminderState(), moment, BERLIN) if r.round_id is not None]
    assert len({r.key for r in due}) == len(due) <= 1
    assert all(r.due_at <= moment < at for r in due)
    shown = ReminderState(shown=frozenset(r.key for r in due))
    assert not {r.key for r in due_now(found, shown, moment, BERLIN)} & set(shown.shown)


def test_a_follow_up_with_someone_is_reminded_on_its_morning_whatever_the_applications() -> None:
    follow_up = FollowUp(5, "王小明", "字节跳动", date(2026, 12, 9))
    (reminder,) = reminders_for([], [], [], PIPELINE, SHANGHAI, [follow_up])
    assert reminder.kind is ReminderKind.FOLLOW_UP and reminder.contact_id == 5
    assert reminder.due_at == datetime(2026, 12, 9, 9, 0, tzinfo=SHANGHAI)
    assert reminder.text == "王小明" and reminder.about == reminder.key
    assert due_now([reminder], ReminderState(), reminder.due_at, SHANGHAI) == [reminder]
    # The day passed without a reminder shown: it is moot, the Agenda still lists it.
    assert due_now([reminder], ReminderState(), reminder.due_at + timedelta(days=1), SHANGHAI) == []
    moved = reminders_for(
        [], [], [], PIPELINE, SHANGHAI, [FollowUp(5, "王小明", "", date(2026, 12, 12))]
    )
    assert moved[0].key != reminder.key
