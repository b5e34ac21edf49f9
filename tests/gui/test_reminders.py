"""Reminders that reach the user, through a tray that records what it would show: each due
reminder once, missed ones gathered at the start, a click opening the record, nothing for an
archived application, a plain word where there is no tray; the Agenda's snooze, dismiss and
weekly goal; closing to the tray; Preferences ▸ Reminders and goal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from tracker.domain.interviews import RoundDraft
from tracker.domain.records import ApplicationCreate
from tracker.preferences import Settings
from tracker.services.container import Services
from tracker.ui.window.main_window import MainWindow
from tracker.ui.window.notifier import Notifier

NOW = datetime.now(UTC).replace(microsecond=0)


class RecordingTray(QObject):
    """A tray that records the notifications it would show."""

    message_clicked = Signal()

    def __init__(self, available: bool = True) -> None:
        super().__init__()
        self.shown: list[tuple[str, str]] = []
        self._available = available

    def available(self) -> bool:
        return self._available

    def show_message(self, title: str, text: str) -> None:
        self.shown.append((title, text))


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now.astimezone()

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


def _notifier(
    services: Services, settings: Settings, tray: RecordingTray, clock: Clock
) -> Notifier:
    settings.quiet_hours = None
    return Notifier(
        lambda: services.reminders,
        services.queries.rows,
        services.pipeline.current,
        settings,
        tray,
        clock,
    )


def _round_in(services: Services, hours: float, **create: object) -> int:
    created = services.applications.create(
        ApplicationCreate(company_name="字节跳动", role_title="AI训练师", **create),  # type: ignore[arg-type]
        now=NOW,
    )
    services.interviews.save_round(
        RoundDraft(created.id, "二面", scheduled_at=NOW + timedelta(hours=hours))
    )
    return created.id


def test_a_due_reminder_is_shown_once_and_its_click_opens_the_application(
    services: Services, settings: Settings, clock: Clock
) -> None:
    application_id = _round_in(services, 30)
    tray = RecordingTray()
    notifier = _notifier(services, settings, tray, clock)
    opened: list[int] = []
    notifier.open_requested.connect(lambda reminder: opened.append(reminder.application_id))
    notifier.start()
    assert tray.shown == []
    clock.now += timedelta(hours=6, minutes=1)  # the day-before reminder falls due
    notifier.check()
    ((title, text),) = tray.shown
    assert title == "Interview coming up: 二面"
    assert text.startswith("AI训练师 · 字节跳动\n")
    notifier.check()
    assert len(tray.shown) == 1, "never twice"
    tray.message_clicked.emit()
    assert opened == [application_id]
    clock.now += timedelta(hours=23)  # the hour-before one
    notifier.check()
    assert tray.shown[-1][0] == "Interview starting soon: 二面"


def test_reminders_missed_while_pivot_was_closed_are_gathered_at_the_start(
    services: Services, settings: Settings, clock: Clock
) -> None:
    for _ in range(3):
        _round_in(services, 2)  # their day-before reminders fell due 22 hours ago
    tray = RecordingTray()
    notifier = _notifier(services, settings, tray, clock)
    notifier.start()
    ((title, text),) = tray.shown
    assert title == "3 reminders while Pivot was closed"
    assert text.splitlines() == ["Interview coming up: 二面 — AI训练师 · 字节跳动"] * 3
    notifier.check()
    assert len(tray.shown) == 1


def test_nothing_is_shown_for_an_archived_application_or_with_notifications_off(
    services: Services, settings: Settings, clock: Clock
) -> None:
    application_id = _round_in(services, 0.5)
    services.applications.set_archived([application_id], True)
    tray = RecordingTray()
    notifier = _notifier(services, settings, tray, clock)
    notifier.start()
    assert tray.shown == []
    services.applications.set_archived([application_id], False)
    settings.notifications = False
    notifier.check()
    assert tray.shown == []
    settings.notifications = True
    notifier.check()
    assert len(tray.shown) == 1


def test_without_a_tray_pivot_says_so_once_and_keeps_the_reminders(
    services: Services, settings: Settings, clock: Clock
) -> None:
    _round_in(services, 0.5)
    tray = RecordingTray(available=False)
    notifier = _notifier(services, settings, tray, clock)
    said: list[str] = []
    notifier.unavailable.connect(said.append)
    notifier.start()
    notifier.check()
    assert len(said) == 1 and "Agenda" in said[0]
    assert services.reminders.state().shown == frozenset()


def test_quiet_hours_hold_a_reminder_until_they_end(
    services: Services, settings: Settings, clock: Clock
) -> None:
    _round_in(services, 0.5)
    tray = RecordingTray()
    notifier = _notifier(services, settings, tray, clock)
    local = clock.now
    settings.quiet_hours = (
        (local - timedelta(hours=1)).time().replace(second=0),
        (local + timedelta(minutes=20)).time().replace(second=0),
    )
    notifier.start()
    assert tray.shown == []
    clock.now += timedelta(minutes=21)
    notifier.check()
    assert len(tray.shown) == 1


def test_the_agenda_snoozes_and_dismisses_reminders_and_shows_the_weekly_goal(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: Services, settings: Settings
) -> None:
    settings.weekly_goal = 2
    services.applications.create(
        ApplicationCreate("美团", "Prompt工程师", applied_on=date.today(),
                          next_action="发作品集", next_action_due=date.today()),
    )  # fmt: skip
    window = make_window()
    page = window.agenda_page
    page.refresh()
    assert page.goal_line.isVisibleTo(page)
    assert page.goal_line.text() == "This week: 1 of 2 applications"
    (item,) = [i for i in page.agenda.today if i.text == "发作品集"]
    until = datetime.now().astimezone() + timedelta(hours=1)
    page.choose_snooze = lambda: until  # type: ignore[method-assign]
    page._act("snooze", item)
    (snoozed_until,) = services.reminders.state().snoozed.values()
    assert snoozed_until == until
    page._act("dismiss", item)
    assert len(services.reminders.state().shown) == 1


def test_closing_keeps_pivot_in_the_tray_when_chosen_and_quit_quits(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.keep_running = lambda: True
    with qtbot.waitSignal(window.hidden_to_tray, timeout=1000):
        window.close()
    assert not window.isVisible()
    window.show()
    with qtbot.waitSignal(window.closed, timeout=1000):
        window.quit_pivot()
    assert not window.isVisible()


def test_preferences_keep_the_reminder_choices_and_the_goal(
    qtbot: QtBot, services: Services, settings: Settings, tmp_path: object
) -> None:
    from pathlib import Path

    from tracker.ui.dialogs.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(
        settings, Path(str(tmp_path)), services.pipeline, tray_available=True,
        goal_hint="At your 10% interview rate, 3 interviews a week needs about 30 applications.",
    )  # fmt: skip
    qtbot.addWidget(dialog)
    page = dialog.reminders
    assert page.goal_hint.text().startswith("At your 10%")
    page.notifications.setChecked(False)
    page.quiet.setChecked(True)
    page.keep_in_tray.setChecked(True)
    page.weekly_goal.setValue(12)
    dialog.accept()
    from pathlib import Path as _Path

    reread = Settings(_Path(settings_path(settings)))
    assert (reread.notifications, reread.keep_in_tray, reread.weekly_goal) == (False, True, 12)
    assert reread.quiet_hours == (time(22, 0), time(8, 0))


def settings_path(settings: Settings) -> str:
    return settings._settings.fileName()  # type: ignore[attr-defined]


def test_the_app_starts_its_reminders_after_the_first_paint_and_says_when_there_is_no_tray(
    qtbot: QtBot,
    database: object,
    settings: Settings,
    app_paths: object,
    _english: object,
) -> None:
    from tracker.app import PivotApp
    from tracker.db.database import Database
    from tracker.paths import AppPaths

    assert isinstance(database, Database) and isinstance(app_paths, AppPaths)
    services = Services(database)
    _round_in(services, 0.5)
    settings.quiet_hours = None  # the hour-before reminder is due whatever the time of day
    pivot = PivotApp(app_paths, database, settings, _english, chinese_font=True)  # type: ignore[arg-type]
    window = pivot.window
    qtbot.addWidget(window)
    assert pivot.notifier is None  # nothing built before the first paint
    with qtbot.waitSignal(window.warmed_up, timeout=5000):
        window.show()
    assert pivot.notifier is not None and pivot.tray is not None
    assert not window.keep_running()  # no tray offscreen: closing quits as before
    settings.keep_in_tray = True
    assert window.keep_running() is pivot.tray.available()
    if not pivot.tray.available():
        assert "Agenda" in window.statusBar().currentMessage()
    pivot._backup_timer.stop()
    from PySide6.QtWidgets import QApplication

    QApplication.setQuitOnLastWindowClosed(True)  # as the other tests expect
