"""The agenda: today (with anything overdue), the next seven days, and probable ghosts; each
section in the order a user works through it, capped but counted."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.domain.agenda import AgendaKind, FollowUp, OfferDeadline, build_agenda
from tracker.domain.enums import InterviewKind, Outcome, RoleCategory, Stage
from tracker.domain.interviews import UpcomingRound
from tracker.domain.pipeline import Pipeline
from tracker.domain.records import ApplicationRow

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=SHANGHAI)
TODAY = NOW.date()


def row(
    id_: int,
    company: str,
    *,
    stage: str = Stage.APPLIED,
    silent: int = 1,
    action: str = "",
    due: date | None = None,
    outcome: Outcome | None = None,
    archived: bool = False,
) -> ApplicationRow:
    return ApplicationRow(
        id_, f"u{id_}", company, "AI训练师", RoleCategory.AI_TRAINER, "北京", None, stage,
        outcome, NOW - timedelta(days=silent), None, "", None, None, None, None, action, due,
        archived,
    )  # fmt: skip


def interview(id_: int, application_id: int, at: datetime, name: str = "一面") -> UpcomingRound:
    return UpcomingRound(
        id_, application_id, name, InterviewKind.VIDEO, at, "Asia/Shanghai", "智谱AI", "LLM工程师"
    )


def test_overdue_and_todays_work_come_first_timed_rounds_before_untimed_tasks() -> None:
    rows = [
        row(1, "字节跳动", action="发感谢信", due=TODAY - timedelta(days=2)),
        row(2, "商汤", action="准备作品集", due=TODAY),
        row(3, "百川", action="复习 RAG", due=TODAY + timedelta(days=3)),
        row(4, "MiniMax", action="下个月再说", due=TODAY + timedelta(days=8)),  # beyond the week
    ]
    rounds = [interview(10, 5, NOW.replace(hour=15)), interview(11, 5, NOW + timedelta(days=2))]
    deadlines = [OfferDeadline(20, 6, TODAY + timedelta(days=1), "月之暗面", "AI产品经理")]
    agenda = build_agenda(rows, rounds, deadlines, Pipeline.default(), NOW, TODAY)
    assert [(i.kind, i.company_name) for i in agenda.today] == [
        (AgendaKind.ACTION, "字节跳动"),  # overdue: the oldest first
        (AgendaKind.ROUND, "智谱AI"),  # today at 15:00, before the day's untimed task
        (AgendaKind.ACTION, "商汤"),
    ]
    assert agenda.today[0].overdue and not agenda.today[2].overdue
    assert [(i.kind, i.due) for i in agenda.this_week] == [
        (AgendaKind.DEADLINE, TODAY + timedelta(days=1)),
        (AgendaKind.ROUND, TODAY + timedelta(days=2)),
        (AgendaKind.ACTION, TODAY + timedelta(days=3)),
    ]
    assert agenda.something_due and agenda.totals == (3, 3, 0)


def test_a_round_counts_on_the_users_calendar_day() -> None:
    # 23:30 in Shanghai is still today there, though it is already tomorrow nowhere else.
    late = datetime(2026, 11, 25, 15, 30, tzinfo=UTC)  # 23:30 in Shanghai
    agenda = build_agenda([], [interview(1, 1, late)], [], Pipeline.default(), NOW, TODAY)
    assert [i.due for i in agenda.today] == [TODAY]


def test_ghosts_follow_each_stages_silence_and_skip_closed_and_archived() -> None:
    rows = [
        row(1, "字节跳动", stage=Stage.APPLIED, silent=21),  # the threshold: flagged
        row(2, "商汤", stage=Stage.APPLIED, silent=20),
        row(3, "百川", stage=Stage.SCREENING, silent=40),  # the longest silence first
        row(4, "MiniMax", stage=Stage.WISHLIST, silent=300),  # a wish never ghosts
        row(5, "阶跃星辰", silent=60, outcome=Outcome.REJECTED),
        row(6, "零一万物", silent=60, archived=True),
    ]
    agenda = build_agenda(rows, [], [], Pipeline.default(), NOW, TODAY)
    assert [(i.company_name, i.silent_days) for i in agenda.ghosts] == [
        ("百川", 40),
        ("字节跳动", 21),
    ]
    assert not agenda.something_due  # ghosts alone do not take over the window


def test_sections_are_capped_but_counted() -> None:
    rows = [row(i, f"公司{i}", action="跟进", due=TODAY) for i in range(30)]
    agenda = build_agenda(rows, [], [], Pipeline.default(), NOW, TODAY, limit=12)
    assert len(agenda.today) == 12 and agenda.totals[0] == 30


def test_a_follow_up_with_someone_is_due_on_its_day_and_overdue_after() -> None:
    follow_ups = [
        FollowUp(1, "王小明", "字节跳动", TODAY - timedelta(days=2)),
        FollowUp(2, "李雷", "", TODAY + timedelta(days=3)),
        FollowUp(3, "韩梅梅", "智谱", TODAY + timedelta(days=30)),
    ]
    agenda = build_agenda([], [], [], Pipeline.default(), NOW, TODAY, follow_ups=follow_ups)
    (overdue,) = agenda.today
    assert (overdue.kind, overdue.contact_id, overdue.text) == (AgendaKind.FOLLOW_UP, 1, "王小明")
    assert overdue.overdue and overdue.company_name == "字节跳动"
    assert [item.contact_id for item in agenda.this_week] == [2]
    assert agenda.totals == (1, 1, 0)
