"""What needs the user today and this week: rounds, next actions, offer reply deadlines, and
applications that have probably been ghosted."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import partial
from operator import attrgetter, itemgetter

from tracker.domain.interviews import UpcomingRound
from tracker.domain.pipeline import Pipeline, silent_days
from tracker.domain.records import ApplicationRow

HORIZON_DAYS = 7


class AgendaKind(StrEnum):
    ROUND = "round"
    ACTION = "action"
    DEADLINE = "deadline"
    GHOST = "ghost"
    FOLLOW_UP = "follow_up"  # get back in touch with someone


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A day the user meant to get back in touch with someone."""

    contact_id: int
    name: str
    company: str
    due: date


@dataclass(frozen=True, slots=True)
class OfferDeadline:
    offer_id: int
    application_id: int
    reply_by: date
    company_name: str
    role_title: str


@dataclass(frozen=True, slots=True)
class AgendaItem:
    kind: AgendaKind
    application_id: int
    company_name: str
    role_title: str
    due: date
    at: datetime | None = None  # a round's time
    time_zone: str = ""  # the zone the round was entered in (its own clock)
    text: str = ""  # the next action, or the round's name
    overdue: bool = False
    round_id: int | None = None
    silent_days: int = 0
    contact_id: int | None = None  # a follow-up's person (application_id is then 0)


@dataclass(frozen=True)
class Agenda:
    """The first items of each section, most urgent first, and how many each section holds."""

    today: tuple[AgendaItem, ...]
    this_week: tuple[AgendaItem, ...]
    ghosts: tuple[AgendaItem, ...]
    totals: tuple[int, int, int] = (0, 0, 0)  # today, this week, ghosts

    @property
    def something_due(self) -> bool:
        """Anything for today (overdue included): the window then opens on the agenda."""
        return self.totals[0] > 0


def build_agenda(
    rows: list[ApplicationRow],
    rounds: list[UpcomingRound],
    deadlines: list[OfferDeadline],
    pipeline: Pipeline,
    now: datetime,
    today: date,
    *,
    follow_ups: Sequence[FollowUp] = (),
    limit: int = 25,
) -> Agenda:
    """Sort everything that is due into today (with anything overdue) and the next days, and
    list what has been silent too long; keep the first ``limit`` of each.
    ``now`` is aware and in the user's time zone: rounds count on the user's calendar days."""
    horizon = today + timedelta(days=HORIZON_DAYS)
    # Items are made only for the first ``limit`` of each section: the rest are counted.
    soon: list[tuple[tuple[date, bool, float, str], Callable[[], AgendaItem]]] = []
    later: list[tuple[tuple[date, bool, float, str], Callable[[], AgendaItem]]] = []
    ghosts: list[ApplicationRow] = []
    # The same rule as probably_ghosted, as one cut-off time per stage: 10,000 rows at start.
    cutoffs = {
        d.key: now - timedelta(days=d.ghost_after_days)
        for d in pipeline.stages
        if d.ghost_after_days is not None
    }
    for row in rows:
        if row.archived or row.outcome is not None:
            continue
        action_due = row.next_action_due
        if action_due is not None and action_due <= horizon:
            (soon if action_due <= today else later).append(
                ((action_due, action_due >= today, _LATE, row.company_name),
                 partial(_action, row, today))
            )  # fmt: skip
        cutoff = cutoffs.get(row.stage)
        if cutoff is not None and row.stage_changed_at <= cutoff:
            ghosts.append(row)
    for interview in rounds:
        day = interview.scheduled_at.astimezone(now.tzinfo).date()
        if day <= horizon:
            key = (day, True, interview.scheduled_at.timestamp(), interview.company_name)
            (soon if day <= today else later).append((key, partial(_round, interview, day)))
    for deadline in deadlines:
        if deadline.reply_by <= horizon:
            key = (deadline.reply_by, deadline.reply_by >= today, _LATE, deadline.company_name)
            part = soon if deadline.reply_by <= today else later
            part.append((key, partial(_deadline, deadline, today)))
    for follow_up in follow_ups:
        if follow_up.due <= horizon:
            key = (follow_up.due, follow_up.due >= today, _LATE, follow_up.company)
            part = soon if follow_up.due <= today else later
            part.append((key, partial(_follow_up, follow_up, today)))
    first = itemgetter(0)
    longest_silent = heapq.nsmallest(limit, ghosts, key=attrgetter("stage_changed_at"))
    return Agenda(
        today=tuple(make() for _key, make in heapq.nsmallest(limit, soon, key=first)),
        this_week=tuple(make() for _key, make in heapq.nsmallest(limit, later, key=first)),
        ghosts=tuple(_ghost(row, today, now) for row in longest_silent),
        totals=(len(soon), len(later), len(ghosts)),
    )


# Items without a time of day (actions, deadlines) come after the day's timed rounds.
_LATE = float("inf")


def _item(kind: AgendaKind, row: ApplicationRow, due: date, **extra: object) -> AgendaItem:
    return AgendaItem(kind, row.id, row.company_name, row.role_title, due, **extra)  # type: ignore[arg-type]


def _ghost(row: ApplicationRow, today: date, now: datetime) -> AgendaItem:
    silent = silent_days(row.stage_changed_at, now)
    return _item(AgendaKind.GHOST, row, today, silent_days=silent)


def _action(row: ApplicationRow, today: date) -> AgendaItem:
    assert row.next_action_due is not None
    return _item(
        AgendaKind.ACTION,
        row,
        row.next_action_due,
        text=row.next_action,
        overdue=row.next_action_due < today,
    )


def _round(interview: UpcomingRound, day: date) -> AgendaItem:
    return AgendaItem(
        AgendaKind.ROUND,
        interview.application_id,
        interview.company_name,
        interview.role_title,
        day,
        at=interview.scheduled_at,
        time_zone=interview.time_zone,
        text=interview.round_name,
        round_id=interview.id,
    )


def _deadline(deadline: OfferDeadline, today: date) -> AgendaItem:
    return AgendaItem(
        AgendaKind.DEADLINE,
        deadline.application_id,
        deadline.company_name,
        deadline.role_title,
        deadline.reply_by,
        overdue=deadline.reply_by < today,
    )


def _follow_up(follow_up: FollowUp, today: date) -> AgendaItem:
    return AgendaItem(
        AgendaKind.FOLLOW_UP,
        0,
        follow_up.company,
        "",
        follow_up.due,
        text=follow_up.name,
        overdue=follow_up.due < today,
        contact_id=follow_up.contact_id,
    )
