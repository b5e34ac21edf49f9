"""The question bank: a question asked in several rounds is one line with how many times it
was asked, and Del on a selected question sends it (every time it was asked) to the trash, not
an application hidden behind the page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tracker.domain.interviews import QuestionDraft, RoundDraft
from tracker.domain.records import ApplicationRead
from tracker.services.container import Services
from tracker.ui.models.question_table_model import QuestionColumn
from tracker.ui.window.main_window import MainWindow

Window = Callable[..., MainWindow]
Add = Callable[..., ApplicationRead]


def _cell(window: MainWindow, row: int, column: QuestionColumn) -> str:
    model = window.questions_page.model
    return str(model.data(model.index(row, column)) or "")


def _asked(services: Services, application: ApplicationRead, name: str, day: int, *asked: str):
    when = datetime(2026, 11, day, 6, tzinfo=UTC)
    questions = tuple(QuestionDraft(text, my_answer=f"{name}的回答") for text in asked)
    services.interviews.save_round(
        RoundDraft(application.id, name, scheduled_at=when, questions=questions)
    )


def test_the_same_question_is_one_line_with_its_count_and_every_answer(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    first = add("字节跳动", "AI训练师")
    second = add("智谱AI", "Prompt工程师")
    _asked(services, first, "一面", 3, "讲一下 RLHF 的完整流程？", "自我介绍")
    _asked(services, second, "二面", 10, "讲一下 rlhf 的完整流程?", "为什么转行")
    _asked(services, second, "三面", 20, "讲一下RLHF的完整流程", "为什么转行？")
    window = make_window()
    window.show_page(window._questions_slot)
    bank = window.questions_page
    assert bank.model.rowCount() == 3
    counts = {
        _cell(window, row, QuestionColumn.QUESTION): _cell(window, row, QuestionColumn.TIMES)
        for row in range(3)
    }
    assert counts == {"讲一下RLHF的完整流程": "3", "为什么转行？": "2", "自我介绍": "1"}
    # The newest time it was asked gives the line its company and round.
    row = next(r for r in range(3) if "RLHF" in _cell(window, r, QuestionColumn.QUESTION))
    assert _cell(window, row, QuestionColumn.ROUND) == "三面"
    bank.table.selectRow(row)
    answers = bank.answer.text()
    assert "Asked 3 times:" in answers
    assert all(f"{name}的回答" in answers for name in ("一面", "二面", "三面"))
    assert "字节跳动" in answers and "智谱AI" in answers
    # Filtering by company counts the times asked there only.
    bank.company_filter.set_value("字节跳动")
    assert bank.model.rowCount() == 2
    assert {_cell(window, r, QuestionColumn.TIMES) for r in range(2)} == {"1"}


def test_del_on_a_question_trashes_that_question_only_and_undo_brings_it_back(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    application = add("字节跳动", "AI训练师")
    _asked(services, application, "一面", 3, "讲一下 RLHF 的完整流程", "自我介绍")
    _asked(services, application, "二面", 5, "讲一下 RLHF 的完整流程")
    window = make_window()
    window.applications_page.table.selectRow(0)  # an application selected behind the bank
    window.show_page(window._questions_slot)
    bank = window.questions_page
    assert not window.delete_action.isEnabled()  # nothing selected on this page
    row = next(r for r in range(2) if "RLHF" in _cell(window, r, QuestionColumn.QUESTION))
    bank.table.selectRow(row)
    assert window.delete_action.isEnabled()
    assert window.delete_action.text() == "&Delete question"
    bank.table.setFocus()
    qtbot.keyClick(bank.table, Qt.Key.Key_Delete)

    assert services.applications.get(application.id).id == application.id  # still there
    qtbot.waitUntil(lambda: bank.model.rowCount() == 1)
    assert _cell(window, 0, QuestionColumn.QUESTION) == "自我介绍"
    trashed = [item for item in services.trash.items() if item.kind == "question"]
    assert [item.title for item in trashed] == ["讲一下 RLHF 的完整流程"] * 2
    rounds = services.interviews.rounds_of(application.id)
    assert sorted(len(r.draft.questions) for r in rounds) == [0, 1]

    window._actions.undo_stack.undo()
    qtbot.waitUntil(lambda: bank.model.rowCount() == 2)
    assert not [item for item in services.trash.items() if item.kind == "question"]
