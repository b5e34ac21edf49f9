"""The agenda is where to-dos are acted on: a next action is ticked done there (and taken
back), and a long section opens to show the rest of its entries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from tracker.domain.records import ApplicationRead
from tracker.services.container import Services
from tracker.ui.pages.agenda_page import SHOWN_PER_SECTION
from tracker.ui.window.main_window import MainWindow

Window = Callable[..., MainWindow]
Add = Callable[..., ApplicationRead]


def _click(agenda_list: object, index: int, name: str) -> None:
    button = agenda_list.entry_button(index, name)  # type: ignore[attr-defined]
    assert button is not None, f"entry {index} has no {name!r} button"
    button.click()


def test_a_next_action_is_ticked_done_and_taken_back_on_the_agenda(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    today = date.today()
    due = today - timedelta(days=1)
    created = add("字节跳动", "AI产品经理", next_action="发感谢信", next_action_due=due)
    window = make_window()
    agenda = window.agenda_page
    assert agenda.today.count() == 1

    _click(agenda.today, 0, "done")
    after = services.applications.get(created.id)
    assert (after.fields.next_action, after.fields.next_action_due) == ("", None)
    assert [note.body for note in after.notes] == ["Done: 发感谢信"]
    # Still on the agenda, struck through, with a way back.
    qtbot.waitUntil(lambda: agenda.today.entry_button(0, "reopen") is not None)
    assert agenda.today.count() == 1
    assert "发感谢信" in agenda.today.entry_text(0) and "Done" in agenda.today.entry_text(0)
    assert agenda.today.entry_button(0, "done") is None

    _click(agenda.today, 0, "reopen")
    again = services.applications.get(created.id)
    assert (again.fields.next_action, again.fields.next_action_due) == ("发感谢信", due)
    assert again.notes == ()  # the "done" note went with it
    qtbot.waitUntil(lambda: agenda.today.entry_button(0, "done") is not None)
    assert "overdue since" in agenda.today.entry_text(0)

    # Both are on the undo stack: undoing the take-back ticks it done again, with its note.
    window._actions.undo_stack.undo()
    assert services.applications.get(created.id).fields.next_action == ""
    assert [n.body for n in services.applications.get(created.id).notes] == ["Done: 发感谢信"]
    window._actions.undo_stack.undo()
    assert services.applications.get(created.id).fields.next_action == "发感谢信"


def test_a_tick_undone_with_ctrl_z_puts_the_action_back_on_the_agenda(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    soon = date.today() + timedelta(days=2)
    created = add("商汤", "Prompt工程师", next_action="准备作品集", next_action_due=soon)
    window = make_window()
    agenda = window.agenda_page
    window.show_page(agenda)
    _click(agenda.week, 0, "done")
    qtbot.waitUntil(lambda: agenda.week.entry_button(0, "reopen") is not None)
    window._actions.undo_stack.undo()
    qtbot.waitUntil(lambda: agenda.week.entry_button(0, "done") is not None)
    assert agenda.week.count() == 1
    assert services.applications.get(created.id).fields.next_action == "准备作品集"


def test_and_n_more_opens_the_rest_of_a_section_and_closes_it_again(
    qtbot: QtBot, make_window: Window, add: Add
) -> None:
    today = date.today()
    total = SHOWN_PER_SECTION + 5
    for number in range(total):
        add(f"公司{number}", "AI训练师", next_action=f"跟进 {number}", next_action_due=today)
    window = make_window()
    agenda = window.agenda_page
    more = agenda._more[agenda.today]
    assert agenda.today.count() == SHOWN_PER_SECTION
    assert more.isVisible() and "5 more" in more.text()
    more.click()
    qtbot.waitUntil(lambda: agenda.today.count() == total)
    assert more.text() == "Show fewer"
    shown = {agenda.today.entry_text(i).split("\n")[1] for i in range(total)}
    assert shown == {f"跟进 {number}" for number in range(total)}
    more.click()
    qtbot.waitUntil(lambda: agenda.today.count() == SHOWN_PER_SECTION)
    assert "5 more" in more.text()
