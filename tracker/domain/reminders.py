"""Reminders worked out from the data, never stored as copies: an interview round a day and an
hour before (on its own clock), an offer's reply deadline two days before and on its morning, a
next action on its due day, and an application the first time it is silent past its stage's
ghosting threshold.

Each reminder has a key naming the record *and* the moment it is about: moving a round or a
deadline makes new reminders (the old keys are simply never due again), deleting the record
makes none. What was shown, snoozed or done is remembered by key (in the database), so a
reminder is never shown twice. Quiet hours move a reminder to their end, unless that would be
after what it is about.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tracker.domain.agenda import FollowUp, OfferDeadline
from tracker.domain.interviews import UpcomingRound
from tracker.domain.pipeline import Pipeline
from tracker.domain.records import ApplicationRow

MORNING = time(9, 0)  # when a reminder about a day (not a time) is given
HOUR_BEFORE = timedelta(hours=1)
# How long before a reminder's own time a missed one still counts as "missed while Pivot was
# closed" rather than due now: one minute's check interval, with room to spare.
MISSED_AFTER = timedelta(minutes=5)


class ReminderKind(StrEnum):
    ROUND_DAY_BEFORE = "round_day"
    ROUND_HOUR_BEFORE = "round_hour"
    DEADLINE_TWO_DAYS = "deadline_two_days"
    DEADLINE_MORNING = "deadline_morning"
    ACTION_DUE = "action"
    GHOSTED = "ghosted"
    FOLLOW_UP = "follow_up"  # get back in touch with someone


@dataclass(frozen=True, slots=True)
class Reminder:
    key: str  # the record and the moment it is about: "round:12:2026-12-05T06:00:00+00:00:day"
    kind: ReminderKind
    application_id: int
    company_name: str
    role_title: str
    due_at: datetime  # in UTC, as every moment here
    # After this the reminder is moot (the round started, the day ended); None: never.
    moot_at: datetime | None = None
    text: str = ""  # the round's name, the next action
    event_at: datetime | None = None  # the round's time, or the deadline day's start
    time_zone: str = ""  # a round's own zone
    round_id: int | None = None
    offer_id: int | None = None
    contact_id: int | None = None  # a follow-up's person (application_id is then 0)
    # Earlier reminders of the same thing, due too and never shown: this one stands for them
    # (an offer due today is not also "due in two days").
    covers: tuple[str, ...] = ()

    @property
    def about(self) -> str:
        """The record and moment it is about, without which of its reminders it is."""
        whole = (ReminderKind.ACTION_DUE, ReminderKind.FOLLOW_UP)
        return self.key if self.kind in whole else self.key.rsplit(":", 1)[0]

    @property
    def keys(self) -> tuple[str, ...]:
        """Its key and those it stands for: all are shown when it is."""
        return (self.key, *self.covers)


@dataclass(frozen=True, slots=True)
class QuietHours:
    """Local times between which nothing is shown (wrapping midnight when start > end)."""

    start: time
    end: time

    def holds(self, moment: datetime) -> bool:
        at = moment.timetz().replace(tzinfo=None)
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= at < self.end
        return at >= self.start or at < self.end

    def end_after(self, moment: datetime) -> datetime:
        """The end of the quiet hours ``moment`` is in (on its own clock)."""
        day = moment.date()
        if self.start > self.end and moment.timetz().replace(tzinfo=None) >= self.start:
            day += timedelta(days=1)
        return _at(day, self.end, moment.tzinfo)


@dataclass(frozen=True, slots=True)
class ReminderState:
    """What the user did with reminders, by key: shown (or done) ones, snoozed ones."""

    shown: Set[str] = frozenset()
    snoozed: Mapping[str, datetime] = field(default_factory=dict)

    def snoozed_until(self, key: str) -> datetime | None:
        return self.snoozed.get(key)


def _at(day: date, clock: time, zone: tzinfo | None) -> datetime:
    """A clock time on a day in a zone, as a moment in UTC (reminders compare moments: two
    times of one daylight-saving zone would otherwise compare as clock readings)."""
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def _zone(name: str, fallback: tzinfo) -> tzinfo:
    try:
        return ZoneInfo(name) if name else fallback
    except (ZoneInfoNotFoundError, ValueError):
        return fallback


def reminders_for(
    rows: Iterable[ApplicationRow],
    rounds: Iterable[UpcomingRound],
    deadlines: Iterable[OfferDeadline],
    pipeline: Pipeline,
    here: tzinfo,
    follow_ups: Iterable[FollowUp] = (),
) -> list[Reminder]:
    """Every reminder the data holds, for open applications outside the archive.

    ``rows`` are the applications outside the trash; ``here`` is the user's time zone (days
    without a time of day are the user's days)."""
    live = {row.id: row for row in rows if not row.archived and row.outcome is None}
    found: list[Reminder] = []
    for interview in rounds:
        if interview.application_id in live:
            found.extend(_round_reminders(interview, here))
    for deadline in deadlines:
        if deadline.application_id in live:
            found.extend(_deadline_reminders(deadline, here))
    thresholds = {d.key: d.ghost_after_days for d in pipeline.stages}
    for row in live.values():
        if row.next_action and row.next_action_due is not None:
            found.append(_action_reminder(row, here))
        days = thresholds.get(row.stage)
        if days is not None:
            found.append(_ghost_reminder(row, days))
    found.extend(_follow_up_reminder(follow_up, here) for follow_up in follow_ups)
    return found


def _round_reminders(interview: UpcomingRound, here: tzinfo) -> list[Reminder]:
    start = interview.scheduled_at.astimezone(UTC)
    own = start.astimezone(_zone(interview.time_zone, here))
    # The same time of day on the day before, on the round's own clock (a change of daylight
    # saving time between the two days keeps the clock time, not 24 hours).
    day_before = (own.replace(tzinfo=None) - timedelta(days=1)).replace(tzinfo=own.tzinfo)
    day_before = day_before.astimezone(UTC)
    base = f"round:{interview.id}:{start.astimezone(UTC).isoformat()}"

    def reminder(suffix: str, kind: ReminderKind, due_at: datetime, moot_at: datetime) -> Reminder:
        return Reminder(
            f"{base}:{suffix}", kind, interview.application_id, interview.company_name,
            interview.role_title, due_at, moot_at=moot_at, text=interview.round_name,
            event_at=start, time_zone=interview.time_zone, round_id=interview.id,
        )  # fmt: skip

    hour_before = start - HOUR_BEFORE
    return [
        # The day-before reminder gives way to the hour-before one once that one's time comes.
        reminder("day", ReminderKind.ROUND_DAY_BEFORE, day_before, hour_before),
        reminder("hour", ReminderKind.ROUND_HOUR_BEFORE, hour_before, start),
    ]


def _deadline_reminders(deadline: OfferDeadline, here: tzinfo) -> list[Reminder]:
    day = deadline.reply_by
    base = f"deadline:{deadline.offer_id}:{day.isoformat()}"

    def reminder(suffix: str, kind: ReminderKind, due_at: datetime) -> Reminder:
        return Reminder(
            f"{base}:{suffix}", kind, deadline.application_id, deadline.company_name,
            deadline.role_title, due_at, moot_at=_at(day + timedelta(days=1), time(0), here),
            event_at=_at(day, time(0), here), offer_id=deadline.offer_id,
        )  # fmt: skip

    return [
        reminder("two_days", ReminderKind.DEADLINE_TWO_DAYS,
                 _at(day - timedelta(days=2), MORNING, here)),
        reminder("morning", ReminderKind.DEADLINE_MORNING, _at(day, MORNING, here)),
    ]  # fmt: skip


def _action_reminder(row: ApplicationRow, here: tzinfo) -> Reminder:
    assert row.next_action_due is not None
    day = row.next_action_due
    return Reminder(
        f"action:{row.id}:{day.isoformat()}",
        ReminderKind.ACTION_DUE,
        row.id,
        row.company_name,
        row.role_title,
        due_at=_at(day, MORNING, here),
        moot_at=_at(day + timedelta(days=1), time(0), here),
        text=row.next_action,
        event_at=_at(day, time(0), here),
    )


def _follow_up_reminder(follow_up: FollowUp, here: tzinfo) -> Reminder:
    day = follow_up.due
    return Reminder(
        f"follow_up:{follow_up.contact_id}:{day.isoformat()}",
        ReminderKind.FOLLOW_UP,
        0,
        follow_up.company,
        "",
        due_at=_at(day, MORNING, here),
        moot_at=_at(day + timedelta(days=1), time(0), here),
        text=follow_up.name,
        event_at=_at(day, time(0), here),
        contact_id=follow_up.contact_id,
    )


def _ghost_reminder(row: ApplicationRow, days: int) -> Reminder:
    entered = row.stage_changed_at.astimezone(UTC)
    return Reminder(
        f"ghosted:{row.id}:{row.stage}:{entered.astimezone(UTC).isoformat()}",
        ReminderKind.GHOSTED,
        row.id,
        row.company_name,
        row.role_title,
        due_at=entered + timedelta(days=days),
        text=str(days),
    )


def scheduled(reminder: Reminder, state: ReminderState, quiet: QuietHours | None,
              here: tzinfo) -> datetime:  # fmt: skip
    """When the reminder is to be shown: its own time, or the end of a snooze, moved out of
    the quiet hours unless that would be after what it is about."""
    when = (state.snoozed_until(reminder.key) or reminder.due_at).astimezone(UTC)
    local = when.astimezone(here)
    if quiet is not None and quiet.holds(local):
        later = quiet.end_after(local).astimezone(UTC)
        if reminder.moot_at is None or later < reminder.moot_at:
            return later
    return when


def due_now(
    reminders: Iterable[Reminder],
    state: ReminderState,
    now: datetime,
    here: tzinfo,
    quiet: QuietHours | None = None,
) -> list[Reminder]:
    """The reminders to show now, soonest first: their time has come, they were never shown,
    and what they are about has not passed. Of several due about one thing, the latest is
    shown, standing for the others."""
    now = now.astimezone(UTC)
    latest: dict[str, Reminder] = {}
    for reminder in reminders:
        if reminder.key in state.shown:
            continue
        if reminder.moot_at is not None and reminder.moot_at <= now:
            continue
        when = scheduled(reminder, state, quiet, here)
        if when > now:
            continue
        reminder = replace(reminder, due_at=when)
        earlier = latest.get(reminder.about)
        if earlier is not None:
            first, last = sorted((earlier, reminder), key=lambda r: (r.due_at, r.key))
            reminder = replace(last, covers=(*last.covers, *first.keys))
        latest[reminder.about] = reminder
    return sorted(latest.values(), key=lambda reminder: (reminder.due_at, reminder.key))


def missed(reminders: Iterable[Reminder], started: datetime) -> list[Reminder]:
    """Those of ``reminders`` that fell due while Pivot was not running (before it started):
    shown once, together, at the start."""
    cut = started.astimezone(UTC) - MISSED_AFTER
    return [reminder for reminder in reminders if reminder.due_at < cut]


def next_check(
    reminders: Iterable[Reminder],
    state: ReminderState,
    now: datetime,
    here: tzinfo,
    quiet: QuietHours | None = None,
) -> datetime | None:
    """When the next reminder not yet shown falls due (None: none is coming)."""
    now = now.astimezone(UTC)
    times = [
        scheduled(reminder, state, quiet, here)
        for reminder in reminders
        if reminder.key not in state.shown and (reminder.moot_at is None or reminder.moot_at > now)
    ]
    upcoming = [moment for moment in times if moment > now]
    return min(upcoming, default=None)
