"""The weekly goal: how many applications went out this week against the goal, how many weeks
in a row met it, and a goal suggested from the user's own funnel."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.domain.enums import Stage
from tracker.domain.records import ApplicationRow

# Fewer applications sent than this and a rate says little: no suggestion is made.
FEWEST_FOR_A_RATE = 10
INTERVIEWS_WANTED = 3  # a week, for the suggestion
# Stages that mean an application reached an interview (closed ones keep the stage they ended in).
_INTERVIEWED = frozenset({Stage.INTERVIEWING, Stage.OFFER, Stage.ACCEPTED})


def week_start(day: date) -> date:
    """The Monday of the day's week."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class WeekProgress:
    sent: int  # applications sent this week
    goal: int
    streak: int  # weeks in a row, up to this one, that met the goal

    @property
    def met(self) -> bool:
        return self.sent >= self.goal


def week_progress(rows: Iterable[ApplicationRow], goal: int, today: date) -> WeekProgress:
    """This week's applications (by the day each was sent) against ``goal``; the streak counts
    the weeks before this one that met it, and this one too once it does."""
    sent = Counter(week_start(row.applied_on) for row in rows if row.applied_on is not None)
    this_week = week_start(today)
    streak = 0
    week = this_week - timedelta(weeks=1)
    while goal > 0 and sent[week] >= goal:
        streak += 1
        week -= timedelta(weeks=1)
    if goal > 0 and sent[this_week] >= goal:
        streak += 1
    return WeekProgress(sent[this_week], goal, streak)


@dataclass(frozen=True, slots=True)
class GoalHint:
    interview_rate: float  # share of applications sent that reached an interview
    interviews: int  # interviews a week the hint aims at
    applications: int  # applications a week that would take, at that rate


def suggested_goal(
    rows: Iterable[ApplicationRow], interviews: int = INTERVIEWS_WANTED
) -> GoalHint | None:
    """Applications a week for ``interviews`` interviews a week at the user's own rate; None
    while too few applications were sent, or none reached an interview."""
    sent = [row for row in rows if row.stage != Stage.WISHLIST]
    if len(sent) < FEWEST_FOR_A_RATE:
        return None
    reached = sum(1 for row in sent if row.stage in _INTERVIEWED)
    if reached == 0:
        return None
    rate = reached / len(sent)
    return GoalHint(rate, interviews, math.ceil(interviews / rate))
