"""A round added to the calendar from its form: the file asked for, written with that one
round, the button absent for a round without a time, and a failed write explained."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QDialog, QFileDialog, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.modal import wait_for_detail, with_modal
from tracker.domain.interviews import RoundDraft, RoundRead
from tracker.domain.records import ApplicationRead
from tracker.services.container import Services
from tracker.ui.dialogs.round_dialog import RoundDialog
from tracker.ui.window.main_window import MainWindow

Window = Callable[..., MainWindow]
Add = Callable[..., ApplicationRead]
SHANGHAI = ZoneInfo("Asia/Shanghai")


class SaveDialog:
    """QFileDialog.getSaveFileName answered with a chosen path; what it was asked is kept."""

    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, _parent: QWidget, caption: str, start: str, filters: str) -> tuple[str, str]:
        self.asked.append((caption, start, filters))
        return (str(self.answer) if self.answer else "", filters)


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> SaveDialog:
    dialog = SaveDialog(tmp_path / "exports" / "二面.ics")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return dialog


def schedule(services: Services, application_id: int, name: str, **changes: object) -> RoundRead:
    values: dict[str, object] = {
        "application_id": application_id,
        "round_name": name,
        "scheduled_at": datetime(2026, 11, 28, 14, 0, tzinfo=SHANGHAI),
        "duration_minutes": 45,
        "meeting_link": "https://meeting.example.com/abc",
    }
    values.update(changes)
    return services.interviews.save_round(RoundDraft(**values))  # type: ignore[arg-type]


def edit_round(
    qtbot: QtBot, window: MainWindow, index: int, hands: Callable[[QDialog], None]
) -> None:
    """Open the round form from the detail panel's Edit button of the index-th round."""
    rounds = window.applications_page.detail.rounds
    qtbot.waitUntil(lambda: rounds.entries.count() > index)
    buttons = rounds.entries.findChildren(QToolButton, "edit")
    with_modal(buttons[index].click, hands)


def test_add_to_calendar_writes_that_one_round(
    qtbot: QtBot,
    make_window: Window,
    add: Add,
    services: Services,
    save_dialog: SaveDialog,
    shown_messages: list[tuple[str, str]],
) -> None:
    created = add("字节跳动", "AI训练师")
    chosen = schedule(services, created.id, "二面")
    schedule(services, created.id, "三面", scheduled_at=datetime(2026, 12, 3, 10, tzinfo=SHANGHAI))
    assert save_dialog.answer is not None
    save_dialog.answer.parent.mkdir()
    window = make_window()
    window.show_application(created.id)
    wait_for_detail(qtbot, window.applications_page, created.id)

    def add_to_calendar(dialog: QDialog) -> None:
        assert isinstance(dialog, RoundDialog)
        assert dialog.calendar_button is not None and dialog.calendar_button.isEnabled()
        assert dialog.calendar_button.text() == "Add to calendar…"
        dialog.calendar_button.click()
        dialog.reject()

    edit_round(qtbot, window, 0, add_to_calendar)

    [(caption, start, filters)] = save_dialog.asked
    assert caption == "Add to calendar" and filters == "Calendar (*.ics)"
    assert start == str(Path.home() / "interview-字节跳动-二面.ics")
    assert shown_messages == []
    parsed = Calendar.from_ical(save_dialog.answer.read_bytes())
    [event] = parsed.walk("VEVENT")
    assert str(event["UID"]) == f"{chosen.uuid}@pivot"
    assert str(event["SUMMARY"]) == "【二面】字节跳动 – AI训练师"
    assert event.decoded("DTSTART") == datetime(2026, 11, 28, 14, 0, tzinfo=SHANGHAI)
    assert "Meeting link: https://meeting.example.com/abc" in str(event["DESCRIPTION"])


def test_a_round_without_a_time_has_no_calendar_button(
    qtbot: QtBot, make_window: Window, add: Add, services: Services, save_dialog: SaveDialog
) -> None:
    created = add("智谱AI", "Prompt工程师")
    schedule(services, created.id, "HR面", scheduled_at=None)
    window = make_window()
    window.show_application(created.id)
    wait_for_detail(qtbot, window.applications_page, created.id)

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, RoundDialog)
        assert dialog.calendar_button is None
        dialog.reject()

    edit_round(qtbot, window, 0, look)
    with_modal(window.applications_page.detail.rounds.add_button.click, look)  # a new round
    assert save_dialog.asked == []


def test_unsaved_changes_are_saved_first_and_a_failed_write_is_explained(
    qtbot: QtBot,
    make_window: Window,
    add: Add,
    services: Services,
    save_dialog: SaveDialog,
    shown_messages: list[tuple[str, str]],
) -> None:
    created = add("月之暗面", "AI产品经理")
    schedule(services, created.id, "一面")
    window = make_window()
    window.show_application(created.id)
    wait_for_detail(qtbot, window.applications_page, created.id)

    def try_both(dialog: QDialog) -> None:
        assert isinstance(dialog, RoundDialog) and dialog.calendar_button is not None
        dialog.interviewers.setText("算法负责人")
        dialog.calendar_button.click()  # changed but not saved: refused, nothing asked
        assert save_dialog.asked == []
        dialog.interviewers.setText("")
        dialog.calendar_button.click()  # the folder of the chosen file does not exist
        dialog.scheduled.setChecked(False)
        assert not dialog.calendar_button.isEnabled()
        dialog.scheduled.setChecked(True)
        dialog.reject()

    edit_round(qtbot, window, 0, try_both)

    assert len(save_dialog.asked) == 1
    assert save_dialog.answer is not None and not save_dialog.answer.parent.exists()
    [(title, first), (title_again, second)] = shown_messages
    assert title == title_again == "Add to calendar"
    assert "last saved" in first
    assert "does not exist" in second and str(save_dialog.answer) in second
