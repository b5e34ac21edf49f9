"""A round's time on the agenda is the time of its own clock (as the invitation says it), with
this computer's time beside it when the two differ, never silently moved to another zone."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from tracker.domain.interviews import RoundDraft
from tracker.domain.records import ApplicationRead
from tracker.services.container import Services
from tracker.ui.pages.agenda_page import round_time_text
from tracker.ui.window.main_window import MainWindow

FIVE_PM_IN_SHANGHAI = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


@pytest.mark.gui
def test_a_shanghai_round_reads_17_00_on_a_computer_set_to_utc() -> None:
    text = round_time_text(FIVE_PM_IN_SHANGHAI, "Asia/Shanghai", here=UTC)
    assert text == "2026-12-03 17:00 (Asia/Shanghai; 09:00 here)"


@pytest.mark.gui
def test_the_same_clock_needs_no_second_time() -> None:
    beijing_time = timezone(timedelta(hours=8))
    text = round_time_text(FIVE_PM_IN_SHANGHAI, "Asia/Shanghai", here=beijing_time)
    assert text == "2026-12-03 17:00"


@pytest.mark.gui
def test_another_day_here_is_said_with_its_date() -> None:
    text = round_time_text(
        FIVE_PM_IN_SHANGHAI, "Asia/Shanghai", here=timezone(timedelta(hours=-10))
    )
    assert text == "2026-12-03 17:00 (Asia/Shanghai; 12-02 23:00 here)"


@pytest.mark.gui
def test_an_unknown_zone_falls_back_to_this_computers_clock() -> None:
    assert round_time_text(FIVE_PM_IN_SHANGHAI, "Mars/Olympus", here=UTC) == "2026-12-03 09:00"


@pytest.mark.gui
def test_the_agenda_shows_a_round_on_its_own_clock(
    make_window: Callable[..., MainWindow],
    add: Callable[..., ApplicationRead],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        created = add("智谱AI", "AI训练师")
        shanghai = ZoneInfo("Asia/Shanghai")
        in_two_days = datetime.now(shanghai).date() + timedelta(days=2)
        at = datetime.combine(in_two_days, datetime.min.time(), shanghai).replace(hour=17)
        services.interviews.save_round(
            RoundDraft(created.id, "一面", scheduled_at=at, time_zone="Asia/Shanghai")
        )
        window = make_window()
        window.show_page(window.agenda_page)
        heading = window.agenda_page.week.entry_text(0)
        assert f"{in_two_days:%Y-%m-%d} 17:00 (Asia/Shanghai; 09:00 here)" in heading
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
