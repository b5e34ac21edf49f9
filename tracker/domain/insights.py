"""What the hunt's history says: the figures behind the insight charts, computed from the
applications, their stage events and their interview rounds. Pure: no I/O, no drawing."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from functools import cached_property
from itertools import accumulate, pairwise
from typing import NamedTuple, TypeVar

from tracker.domain.enums import (
    Channel,
    DocumentKind,
    InterviewOutcome,
    Outcome,
    RoleCategory,
    Stage,
)
from tracker.domain.pipeline import Pipeline
from tracker.domain.records import ApplicationRow

K = TypeVar("K", bound=Hashable)

SMALL_SAMPLE = 5  # fewer than this: a rate is shown with its count and called a small sample
IN_PROGRESS = "in_progress"  # the flow's and the categories' name for an open application


class Move(NamedTuple):
    """One stage event, as the charts need it (a named tuple: 50,000 are read at once)."""

    application_id: int
    to_stage: str
    to_outcome: Outcome | None
    at: datetime


class Material(NamedTuple):
    """A version sent with an application: its document's kind and how it is named."""

    kind: DocumentKind
    name: str  # "简历 · v3 多模态": the document's title and the version's label


@dataclass(frozen=True, slots=True)
class RoundResult:
    application_id: int
    round_name: str
    outcome: InterviewOutcome
    scheduled_at: datetime | None


@dataclass(frozen=True, slots=True)
class InsightFilter:
    """Which applications the charts count: applied in [start, end], of a role category, from
    a channel (None: any). Archived applications count: they are history too."""

    start: date | None = None
    end: date | None = None
    category: RoleCategory | None = None
    channel: Channel | None = None


@dataclass(frozen=True)
class InsightData:
    """Everything the charts are computed from, already filtered; the facts several charts
    share are worked out once per application, on first use."""

    rows: tuple[ApplicationRow, ...]
    moves: dict[int, tuple[Move, ...]]  # by application, oldest first
    rounds: tuple[RoundResult, ...]
    pipeline: Pipeline
    now: datetime
    chosen: InsightFilter = InsightFilter()  # what the rows were kept by
    weekly_goal: int | None = None  # applications a week the user aims at
    referred: frozenset[int] = frozenset()  # the applications someone referred the user to
    # The résumé, portfolio… versions sent with each application.
    materials: dict[int, tuple[Material, ...]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.rows

    def moves_of(self, row: ApplicationRow) -> tuple[Move, ...]:
        return self.moves.get(row.id, ())

    @cached_property
    def furthest(self) -> dict[int, int]:
        """The furthest pipeline position each application reached (hidden stages count; a
        stage the pipeline does not know, say from an imported history, counts as none)."""
        known = {key: n for n, key in enumerate(self.pipeline.stage_keys())}
        return {
            row.id: max(
                [known.get(row.stage, 0), *(known.get(m.to_stage, 0) for m in self.moves_of(row))]
            )
            for row in self.rows
        }

    @cached_property
    def sent_on(self) -> dict[int, date]:
        """When each application went out (every kept one did)."""
        zone = self.now.tzinfo
        return {
            row.id: day for row in self.rows if (day := applied_day(row, self.moves_of(row), zone))
        }

    @cached_property
    def answered_at(self) -> dict[int, datetime]:
        """When the company first answered, for the applications answered: a move beyond
        Applied, a rejection or talent-pool reply, or an interview round (at its time)."""
        booked: dict[int, datetime] = {}
        for interview in self.rounds:  # a round booked is an answer too
            at = interview.scheduled_at
            if at is not None:
                key = interview.application_id
                booked[key] = min(at, booked.get(key, at))
        answered = {}
        for row in self.rows:
            moved = responded(row, self.moves_of(row))
            times = [at for at in (moved, booked.get(row.id)) if at is not None]
            if times:
                answered[row.id] = min(times)
        return answered


def applied_day(
    row: ApplicationRow, moves: Sequence[Move], zone: tzinfo | None = None
) -> date | None:
    """When an application went out, on the user's calendar (``zone``): its applied date,
    else the day of its first move past the wish list; None for a wish never sent."""
    if row.applied_on is not None:
        return row.applied_on
    for move in moves:
        if move.to_stage != Stage.WISHLIST:
            return move.at.astimezone(zone).date()
    return None


def select(
    rows: Iterable[ApplicationRow],
    moves: dict[int, tuple[Move, ...]],
    rounds: Iterable[RoundResult],
    pipeline: Pipeline,
    now: datetime,
    chosen: InsightFilter = InsightFilter(),
    referred: frozenset[int] = frozenset(),
    materials: dict[int, tuple[Material, ...]] | None = None,
) -> InsightData:
    """The applications the filter keeps (sent ones only: a wish never sent has no history to
    chart), with their moves and rounds."""
    kept: list[ApplicationRow] = []
    for row in rows:
        day = applied_day(row, moves.get(row.id, ()), now.tzinfo)
        if day is None:
            continue
        if chosen.start is not None and day < chosen.start:
            continue
        if chosen.end is not None and day > chosen.end:
            continue
        if chosen.category is not None and row.role_category is not chosen.category:
            continue
        if chosen.channel is not None and row.channel is not chosen.channel:
            continue
        kept.append(row)
    ids = {row.id for row in kept}
    return InsightData(
        rows=tuple(kept),
        moves={key: value for key, value in moves.items() if key in ids},
        rounds=tuple(r for r in rounds if r.application_id in ids),
        pipeline=pipeline,
        now=now,
        chosen=chosen,
        referred=referred & ids,
        materials={key: value for key, value in (materials or {}).items() if key in ids},
    )


# -- the funnel ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FunnelStep:
    stage: str
    reached: int
    rate: float | None  # share of the previous step that got here; None for the first


def funnel(data: InsightData) -> tuple[FunnelStep, ...]:
    """How many applications reached each stage from Applied on, and the share of the previous
    stage's that did. An application counts at every stage up to the furthest it reached."""
    keys = [d.key for d in data.pipeline.stages if d.key != Stage.WISHLIST and not d.hidden]
    furthest = Counter(data.furthest.values())
    steps: list[FunnelStep] = []
    previous: int | None = None
    for key in keys:
        position = data.pipeline.position(key)
        reached = sum(count for at, count in furthest.items() if at >= position)
        if key == Stage.APPLIED:
            reached = len(data.rows)  # every sent application was applied, whatever it skipped
        rate = None if previous is None else (reached / previous if previous else 0.0)
        steps.append(FunnelStep(key, reached, rate))
        previous = reached
    return tuple(steps)


# -- the flow ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FlowLink:
    source: str  # a stage key
    target: str  # a stage key, an Outcome value, or IN_PROGRESS
    count: int


def flow(data: InsightData) -> tuple[FlowLink, ...]:
    """Each application's path from Applied through the stages it reached (in pipeline order)
    to where it ended: an outcome, or still in progress at its furthest stage. The links
    leaving Applied sum to the number of applications."""
    visible = [d.key for d in data.pipeline.stages if d.key != Stage.WISHLIST]
    counts: Counter[tuple[str, str]] = Counter()
    for row in data.rows:
        moves = data.moves.get(row.id, ())
        reached = {move.to_stage for move in moves} | {row.stage}
        path = [Stage.APPLIED.value] + [
            key for key in visible if key in reached and key != Stage.APPLIED
        ]
        for source, target in pairwise(path):
            counts[(source, target)] += 1
        end = row.outcome.value if row.outcome is not None else IN_PROGRESS
        counts[(path[-1], end)] += 1
    return tuple(FlowLink(source, target, count) for (source, target), count in counts.items())


# -- activity ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Week:
    start: date  # a Monday
    applications: int
    interviews: int


def week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class Activity:
    """The weeks of the period chosen, Monday first, at most a number of them: ``carried`` is
    what was sent before the first week shown, so the running total ends at every application
    the period holds; ``current`` is this week's index when it is shown."""

    weeks: tuple[Week, ...]
    carried: int = 0
    current: int | None = None
    goal: int | None = None  # the user's weekly goal of applications, drawn as a line

    @property
    def sent(self) -> int:
        return self.carried + sum(week.applications for week in self.weeks)

    def running_totals(self) -> list[int]:
        return list(accumulate((week.applications for week in self.weeks), initial=self.carried))[
            1:
        ]


MOST_WEEKS = 26  # half a year of weeks; before them, what was sent is carried into the total


def activity(data: InsightData, most_weeks: int = MOST_WEEKS) -> Activity:
    """Applications sent and interviews held (or booked) per week over the period chosen: from
    the week of its first day (or of the first application) to the week of its last day (or
    this week, or the week of an application dated later), the last ``most_weeks`` of them."""
    today = data.now.date()
    sent_days = list(data.sent_on.values())
    last = data.chosen.end or max([today, *sent_days])
    first = data.chosen.start or min(sent_days, default=last)
    end_week = week_of(last)
    start_week = max(week_of(min(first, last)), end_week - timedelta(weeks=most_weeks - 1))
    sent = Counter(week_of(day) for day in sent_days)
    held: Counter[date] = Counter()
    for interview in data.rounds:
        if interview.scheduled_at is not None:
            held[week_of(interview.scheduled_at.astimezone(data.now.tzinfo).date())] += 1
    count = (end_week - start_week).days // 7 + 1
    starts = [start_week + timedelta(weeks=n) for n in range(count)]
    this_week = week_of(today)
    return Activity(
        weeks=tuple(Week(start, sent[start], held[start]) for start in starts),
        carried=sum(n for week, n in sent.items() if week < start_week),
        current=starts.index(this_week) if this_week in starts else None,
        goal=data.weekly_goal,
    )


# -- channels ------------------------------------------------------------------------------


class GroupRates:
    """The shares of a group of applications that got an answer and an interview."""

    __slots__ = ()
    applied: int
    responded: int  # any answer: moved on, or rejected
    interviewed: int

    @property
    def response_rate(self) -> float:
        return self.responded / self.applied if self.applied else 0.0

    @property
    def interview_rate(self) -> float:
        return self.interviewed / self.applied if self.applied else 0.0

    @property
    def small_sample(self) -> bool:
        return self.applied < SMALL_SAMPLE


@dataclass(frozen=True, slots=True)
class ChannelStat(GroupRates):
    channel: Channel | None  # None: not recorded
    applied: int
    responded: int
    interviewed: int


@dataclass(frozen=True, slots=True)
class MaterialStat(GroupRates):
    """The applications a version went with, and how they fared."""

    material: Material
    applied: int
    responded: int
    interviewed: int


def responded(row: ApplicationRow, moves: Sequence[Move]) -> datetime | None:
    """When the company first answered: the first move beyond Applied, or a rejection or a
    talent-pool reply. A ghost, a withdrawal or the user's own decline is no answer."""
    answers = (Outcome.REJECTED, Outcome.TALENT_POOL)
    for move in moves:
        if move.to_outcome in answers:
            return move.at
        if move.to_outcome is None and move.to_stage not in (Stage.WISHLIST, Stage.APPLIED):
            return move.at
    return None


def _tally(data: InsightData, group: Callable[[ApplicationRow], K]) -> dict[K, list[int]]:
    """Per group of applications: how many were sent, answered and reached an interview."""
    return _tally_each(data, lambda row: (group(row),))


def _tally_each(
    data: InsightData, groups: Callable[[ApplicationRow], Iterable[K]]
) -> dict[K, list[int]]:
    """The same, an application counting once in each of its groups (none: in no group)."""
    with_rounds = {r.application_id for r in data.rounds}
    interviewing = data.pipeline.position(Stage.INTERVIEWING)
    answered, furthest = data.answered_at, data.furthest
    tally: dict[K, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in data.rows:
        found = groups(row)
        if not found:
            continue
        was_answered = row.id in answered
        interviewed = row.id in with_rounds or furthest[row.id] >= interviewing
        for key in found:
            counts = tally[key]
            counts[0] += 1
            counts[1] += was_answered
            counts[2] += interviewed
    return tally


def channels(data: InsightData) -> tuple[ChannelStat, ...]:
    """Response and interview rates per channel, the busiest channel first."""
    tally = _tally(data, lambda row: row.channel)
    stats = [ChannelStat(channel, *counts) for channel, counts in tally.items()]
    return tuple(sorted(stats, key=lambda s: (-s.applied, str(s.channel))))


def referrals(data: InsightData) -> tuple[ChannelStat, ChannelStat] | None:
    """The same rates for the applications someone referred the user to (内推: the referral
    channel, a referrer named, or a person linked as referrer) and for the others, whatever
    their channel; None unless there are some of each."""
    tally = _tally(data, lambda row: row.id in data.referred)
    if not tally[True][0] or not tally[False][0]:
        return None
    return ChannelStat(Channel.REFERRAL, *tally[True]), ChannelStat(None, *tally[False])


def materials(data: InsightData) -> tuple[MaterialStat, ...]:
    """Response and interview rates per version sent (an application sent with two versions
    counts for each), résumés first, then portfolios, cover letters and the rest; the version
    sent most first within each kind."""
    sent = data.materials
    tally = _tally_each(data, lambda row: tuple(dict.fromkeys(sent.get(row.id, ()))))
    order = list(DocumentKind)
    stats = [MaterialStat(material, *counts) for material, counts in tally.items()]
    return tuple(
        sorted(stats, key=lambda s: (order.index(s.material.kind), -s.applied, s.material.name))
    )


# -- time ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Spread:
    """Days: the median and the middle half (quartiles), over ``count`` values."""

    median: float
    low: float  # first quartile
    high: float  # third quartile
    count: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread | None:
        if not values:
            return None
        if len(values) == 1:
            return cls(values[0], values[0], values[0], 1)
        low, median, high = statistics.quantiles(values, n=4, method="inclusive")
        return cls(median, low, high, len(values))


@dataclass(frozen=True, slots=True)
class StageTime:
    stage: str
    spread: Spread


def stage_times(data: InsightData) -> tuple[StageTime, ...]:
    """Days spent in each stage, in pipeline order: from entering it to the next move (or to
    now for an open application still there; a closed one's last stage ends at its close)."""
    days: dict[str, list[float]] = defaultdict(list)
    for row in data.rows:
        moves = data.moves.get(row.id, ())
        for move, following in zip(moves, [*moves[1:], None], strict=True):
            if move.to_outcome is not None:
                continue
            if following is None and row.outcome is not None:
                continue
            end = following.at if following is not None else data.now
            days[move.to_stage].append(max(0.0, (end - move.at).total_seconds() / 86_400))
    order = data.pipeline.stage_keys()
    return tuple(
        StageTime(key, spread)
        for key in sorted(days, key=data.pipeline.position)
        if key in order and key != Stage.WISHLIST and (spread := Spread.of(days[key]))
    )


def first_response_days(data: InsightData) -> Spread | None:
    """Days from applying to the company's first answer, over the applications answered."""
    sent = data.sent_on
    waits = [
        max(0.0, float((answer.astimezone(data.now.tzinfo).date() - sent[key]).days))
        for key, answer in data.answered_at.items()
    ]
    return Spread.of(waits)


# -- role categories and rounds ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CategoryOutcomes:
    category: RoleCategory
    ends: dict[str, int] = field(default_factory=dict)  # Outcome value, "offer" or IN_PROGRESS

    @property
    def total(self) -> int:
        return sum(self.ends.values())


OFFER_END = "offer"  # an application that reached Offer (or Accepted) and did not close


def category_outcomes(data: InsightData) -> tuple[CategoryOutcomes, ...]:
    """How each role category's applications ended, the busiest category first."""
    offer_at = data.pipeline.position(Stage.OFFER)
    tally: dict[RoleCategory, Counter[str]] = defaultdict(Counter)
    for row in data.rows:
        if row.outcome is not None:
            end = row.outcome.value
        elif data.furthest[row.id] >= offer_at:
            end = OFFER_END
        else:
            end = IN_PROGRESS
        tally[row.role_category][end] += 1
    results = [CategoryOutcomes(category, dict(ends)) for category, ends in tally.items()]
    return tuple(sorted(results, key=lambda c: (-c.total, c.category.value)))


@dataclass(frozen=True, slots=True)
class RoundPass:
    round_name: str
    passed: int
    failed: int
    pending: int

    @property
    def decided(self) -> int:
        return self.passed + self.failed

    @property
    def pass_rate(self) -> float | None:
        return self.passed / self.decided if self.decided else None


def round_pass_rates(data: InsightData, order: Sequence[str] = ()) -> tuple[RoundPass, ...]:
    """Passed, failed and waiting per round name; names in ``order`` first (一面, 二面…), then
    the others by how often they were held."""
    tally: dict[str, Counter[InterviewOutcome]] = defaultdict(Counter)
    for interview in data.rounds:
        tally[interview.round_name.strip()][interview.outcome] += 1
    ranked = sorted(
        tally,
        key=lambda name: (
            order.index(name) if name in order else len(order),
            -sum(tally[name].values()),
            name,
        ),
    )
    return tuple(
        RoundPass(
            name,
            tally[name][InterviewOutcome.PASSED],
            tally[name][InterviewOutcome.FAILED],
            tally[name][InterviewOutcome.PENDING],
        )
        for name in ranked
    )
