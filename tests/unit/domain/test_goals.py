"""The weekly goal: this week's count by the day each application went out, the streak of weeks
that met it, and a goal suggested from the user's own interview rate."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from tracker.domain.enums import Outcome, Stage
from tracker.domain.goals import suggested_goal, week_progress, week_start
from tracker.domain.records import ApplicationRow

TODAY = date(2026, 12, 3)  # a Thursday


def _row(
    id_: int, applied: date | None, stage: str = Stage.APPLIED, **more: object
) -> ApplicationRow:
    values: dict[str, object] = {
        "id": id_, "uuid": str(id_), "company_name": "c", "role_title": "r",
        "role_category": "other", "city": "", "channel": None, "stage": stage, "outcome": None,
        "stage_changed_at": datetime(2026, 11, 1, tzinfo=UTC), "applied_on": applied,
        "salary_text": "", "salary_min": None, "salary_max": None, "salary_period": None,
        "salary_months": None, "next_action": "", "next_action_due": None, "archived": False,
    }  # fmt: skip
    values.update(more)
    return ApplicationRow(**values)  # type: ignore[arg-type]


def test_this_weeks_applications_count_from_monday() -> None:
    assert week_start(TODAY) == date(2026, 11, 30)
    rows = [_row(1, date(2026, 11, 30)), _row(2, TODAY), _row(3, date(2026, 11, 29)), _row(4, None)]
    progress = week_progress(rows, 3, TODAY)
    assert (progress.sent, progress.goal, progress.met) == (2, 3, False)


def test_the_streak_counts_weeks_in_a_row_that_met_the_goal() -> None:
    monday = week_start(TODAY)
    rows = []
    for weeks_back in (1, 2, 4):  # week 3 back missed it
        for n in range(2):
            rows.append(_row(len(rows), monday - timedelta(weeks=weeks_back) + timedelta(days=n)))
    assert week_progress(rows, 2, TODAY).streak == 2
    rows += [_row(100, TODAY), _row(101, TODAY)]
    assert week_progress(rows, 2, TODAY).streak == 3  # this week met it too
    assert week_progress(rows, 0, TODAY).streak == 0


def test_a_goal_is_suggested_from_the_users_own_interview_rate() -> None:
    rows = [_row(n, TODAY) for n in range(22)]
    rows += [
        _row(100, TODAY, Stage.INTERVIEWING),
        _row(101, TODAY, Stage.OFFER, outcome=Outcome.DECLINED),
    ]
    hint = suggested_goal(rows)
    assert hint is not None
    assert round(hint.interview_rate, 3) == round(2 / 24, 3)
    assert hint.applications == 36  # 3 interviews a week at 1 in 12
    assert suggested_goal(rows[:5]) is None  # too few to say
    assert suggested_goal([_row(n, TODAY) for n in range(20)]) is None  # no interview yet
    wishlist = [_row(n, None, Stage.WISHLIST) for n in range(50)]
    assert suggested_goal(wishlist) is None
