"""Interview rounds through the window: a round with its questions added from the detail panel,
the application moved to Interviewing (asked first), the questions found in the question bank,
the round in the agenda, and Ctrl+K opening what it finds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QToolButton
from pytestqt.qtbot import QtBot

from tests.gui.modal import type_text, wait_for_detail, with_modal
from tracker.domain.enums import Outcome, Stage
from tracker.domain.interviews import QuestionDraft, RoundDraft
from tracker.domain.records import ApplicationRead
from tracker.services.container import Services
from tracker.ui.dialogs import messages
from tracker.ui.dialogs.round_dialog import RoundDialog
from tracker.ui.window.main_window import MainWindow

Window = Callable[..., MainWindow]
Add = Callable[..., ApplicationRead]


@pytest.fixture
def questions_asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Yes/no questions the window asks, answered yes."""
    asked: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(messages, "confirm", answer_yes)
    return asked


def fill_round(dialog: QDialog) -> None:
    """一面 tomorrow at 10:00 Beijing time, with one question about RLHF."""
    assert isinstance(dialog, RoundDialog)
    dialog.round_name.setCurrentText("一面")
    dialog.scheduled.setChecked(True)
    tomorrow = date.today() + timedelta(days=1)
    dialog.when.setDateTime(
        QDateTime(QDate(tomorrow.year, tomorrow.month, tomorrow.day), QTime(10, 0))
    )
    dialog.time_zone.setCurrentText("Asia/Shanghai")
    dialog.questions.add_button.click()
    (question,) = dialog.questions.editors()
    question.question.setPlainText("讲讲 RLHF 的完整流程，奖励模型怎么训练？")
    question.answer.setPlainText("先 SFT，再训练奖励模型，最后 PPO")
    type_text(question.tags, "RLHF, 数据标注")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_round_with_questions_lands_in_the_bank_and_the_agenda(
    qtbot: QtBot,
    make_window: Window,
    add: Add,
    services: Services,
    questions_asked: list[str],
) -> None:
    created = add("智谱AI", "AI训练师")
    window = make_window()
    window.show_application(created.id)
    page = window.applications_page
    wait_for_detail(qtbot, page, created.id)
    with_modal(page.detail.rounds.add_button.click, fill_round)

    assert questions_asked == ["Move this application to Interviewing?"]
    assert services.applications.get(created.id).stage == Stage.INTERVIEWING
    qtbot.waitUntil(lambda: page.detail.rounds.entries.count() == 1)
    assert "一面" in page.detail.rounds.entries.entry_text(0)
    assert "Questions asked: 1" in page.detail.rounds.entries.entry_text(0)

    window.show_page(window._questions_slot)
    bank = window.questions_page
    type_text(bank.search, "rlhf")
    assert bank.model.rowCount() == 1
    assert bank.model.row_at(0).latest.company_name == "智谱AI"
    bank.table.selectRow(0)
    assert "先 SFT" in bank.answer.text()
    bank.tag_filter.set_value("数据标注")
    assert bank.model.rowCount() == 1
    bank.search.setText("PPO 面经")  # every word must be found
    assert bank.model.rowCount() == 0

    window.show_page(window.agenda_page)
    week = window.agenda_page.week
    assert week.count() == 1
    assert "Interview: 一面" in week.entry_text(0) and "智谱AI" in week.entry_text(0)


def test_scheduling_does_not_move_an_application_already_past_interviewing(
    qtbot: QtBot, make_window: Window, add: Add, services: Services, questions_asked: list[str]
) -> None:
    created = add("MiniMax", "LLM工程师", stage=Stage.OFFER)
    window = make_window()
    window.show_application(created.id)
    wait_for_detail(qtbot, window.applications_page, created.id)
    with_modal(window.applications_page.detail.rounds.add_button.click, fill_round)
    assert questions_asked == []
    assert services.applications.get(created.id).stage == Stage.OFFER


def test_a_round_without_a_name_is_refused_in_place(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    created = add("百川智能", "Prompt工程师")
    window = make_window()
    window.show_application(created.id)
    wait_for_detail(qtbot, window.applications_page, created.id)

    def leave_the_name_empty(dialog: QDialog) -> None:
        assert isinstance(dialog, RoundDialog)
        dialog.round_name.setCurrentText("  ")
        dialog.interviewers.setText("算法负责人")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.isVisible()
        assert dialog._errors["round_name"].text() == "Required."
        assert dialog.interviewers.text() == "算法负责人"
        dialog.reject()

    with_modal(window.applications_page.detail.rounds.add_button.click, leave_the_name_empty)
    assert services.interviews.rounds_of(created.id) == []


def test_the_agenda_shows_what_is_due_and_marks_a_ghost_in_one_click(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    today = date.today()
    add("字节跳动", "AI产品经理", next_action="发感谢信", next_action_due=today - timedelta(days=2))
    silent = add("月之暗面", "AI训练师", applied_on=today - timedelta(days=30))
    add("商汤", "Prompt工程师", next_action="准备作品集", next_action_due=today + timedelta(days=3))
    window = make_window()
    agenda = window.agenda_page
    assert window.pages.currentWidget() is agenda  # something is due: the window opens here
    assert not window.count_label.isVisible()  # the table's count is not the agenda's
    assert agenda.today.count() == 1
    overdue = agenda.today.entry_text(0)
    assert "发感谢信" in overdue and "overdue since" in overdue
    assert agenda.week.count() == 1 and "准备作品集" in agenda.week.entry_text(0)
    assert agenda.ghosts.count() == 1 and "月之暗面" in agenda.ghosts.entry_text(0)

    button = agenda.ghosts.findChild(QToolButton, "ghosted")
    assert button is not None
    button.click()
    assert services.applications.get(silent.id).outcome is Outcome.GHOSTED
    qtbot.waitUntil(lambda: agenda.ghosts.count() == 0)
    window._actions.undo_stack.undo()
    assert services.applications.get(silent.id).outcome is None


def test_the_window_opens_on_the_applications_when_nothing_is_due(
    make_window: Window, add: Add
) -> None:
    add("智谱AI", "AI训练师")
    window = make_window()
    assert window.pages.currentWidget() is window.applications_page
    assert window.count_label.isVisible()


def test_ctrl_k_finds_a_question_and_opens_its_round(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    created = add("智谱AI", "AI训练师", stage=Stage.INTERVIEWING)
    question = QuestionDraft("奖励模型怎么训练？", tags=("RLHF",))
    services.interviews.save_round(RoundDraft(created.id, "二面", questions=(question,)))
    other = add("字节跳动", "AI产品经理")
    window = make_window()
    window.show_application(other.id)

    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search = window._search
    assert search is not None and search.isVisible()
    type_text(search.query, "奖励")
    assert [hit.kind.value for hit in search.hits_shown()] == ["question"]
    opened: list[str] = []

    def look_at_the_round(dialog: QDialog) -> None:
        assert isinstance(dialog, RoundDialog)
        opened.append(dialog.round_name.currentText())
        dialog.reject()

    with_modal(search.open_current, look_at_the_round)
    assert opened == ["二面"]
    assert window.applications_page.selected_ids() == [created.id]


@pytest.mark.parametrize("year", [1969, 2101, 9999])
def test_a_round_outside_1970_to_2100_is_refused_and_the_form_keeps_its_text(
    qtbot: QtBot,
    make_window: Window,
    add: Add,
    services: Services,
    questions_asked: list[str],
    year: int,
) -> None:
    created = add("智谱AI", "AI训练师")
    window = make_window()
    window.show_application(created.id)
    page = window.applications_page
    wait_for_detail(qtbot, page, created.id)
    seen: list[object] = []

    def far_away(dialog: QDialog) -> None:
        assert isinstance(dialog, RoundDialog)
        dialog.round_name.setCurrentText("终面")
        dialog.scheduled.setChecked(True)
        dialog.when.setDateTime(QDateTime(QDate(year, 6, 1), QTime(10, 0)))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen.append(dialog.isVisible())
        seen.append(dialog._errors["scheduled_at"].text())
        seen.append((dialog.round_name.currentText(), dialog.when.date().year()))
        dialog.done(0)

    with_modal(page.detail.rounds.add_button.click, far_away)
    assert seen[0] is True and "1970" in str(seen[1]) and "2100" in str(seen[1])
    assert seen[2] == ("终面", year)
    assert services.interviews.rounds_of(created.id) == []
