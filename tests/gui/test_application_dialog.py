"""The add / edit dialog: live salary reading, inline problems, nothing typed ever lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.gui.modal import type_text
from tests.unit.db.helpers import raw
from tracker.db import pragmas
from tracker.db.database import Database
from tracker.domain.enums import Stage
from tracker.domain.records import ApplicationCreate, ApplicationUpdate
from tracker.domain.text import split_tags
from tracker.services.container import Services
from tracker.ui.commands.application_actions import ApplicationActions
from tracker.ui.dialogs import form_dialog
from tracker.ui.dialogs.application_dialog import ApplicationDialog


@pytest.fixture
def saved() -> list[ApplicationUpdate]:
    return []


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, saved: list[ApplicationUpdate]) -> ApplicationDialog:
    dialog = ApplicationDialog(services.queries, saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save_button(dialog: ApplicationDialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_salary_is_read_as_it_is_typed(qtbot: QtBot, dialog: ApplicationDialog) -> None:
    type_text(dialog.salary, "25-50K·19薪")
    assert dialog.salary_preview.text() == "25K–50K a month × 19 ≈ 475K–950K a year"
    dialog.salary.clear()
    type_text(dialog.salary, "面议")
    assert "Negotiable" in dialog.salary_preview.text()
    dialog.salary.clear()
    type_text(dialog.salary, "500元/天")
    assert dialog.salary_preview.text() == "500 a day"


def test_a_missing_company_is_shown_inline_and_nothing_typed_is_lost(
    qtbot: QtBot, dialog: ApplicationDialog, saved: list[ApplicationUpdate]
) -> None:
    type_text(dialog.role, "AI训练师（多模态）")
    type_text(dialog.salary, "15-25K·14薪")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "the dialog stays open"
    assert saved == []
    error = dialog._errors["company_name"]
    assert error.isVisible() and error.text() == "Required."
    assert not dialog._errors["role_title"].isVisible()
    assert dialog.role.text() == "AI训练师（多模态）"
    assert dialog.salary.text() == "15-25K·14薪"
    type_text(dialog.company, "字节跳动")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [data] = saved
    assert isinstance(data, ApplicationCreate)
    assert (data.company_name, data.role_title, data.stage) == (
        "字节跳动",
        "AI训练师（多模态）",
        Stage.APPLIED,
    )


def test_a_bad_link_is_refused_with_the_reason(qtbot: QtBot, dialog: ApplicationDialog) -> None:
    type_text(dialog.company, "美团")
    type_text(dialog.role, "AI产品经理")
    type_text(dialog.job_url, "javascript:alert(1)")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "http" in dialog._errors["job_url"].text()


def test_the_same_company_and_role_is_pointed_out(
    qtbot: QtBot, services: Services, dialog: ApplicationDialog
) -> None:
    services.applications.create(
        ApplicationCreate(company_name="智谱AI", role_title="Prompt工程师")
    )
    type_text(dialog.company, "智谱ai")
    type_text(dialog.role, "prompt工程师")
    qtbot.waitUntil(dialog.duplicate_warning.isVisible, timeout=2000)
    assert "already logged" in dialog.duplicate_warning.text()


def test_a_locked_database_keeps_the_form_and_says_why(
    qtbot: QtBot,
    data_dir: Path,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    shown_messages: list[tuple[str, str]],
) -> None:
    monkeypatch.setattr(pragmas, "BUSY_TIMEOUT_MS", 50)
    services = Services(Database(data_dir / "pivot.db"))
    actions = ApplicationActions(services, QUndoStack())
    dialog = ApplicationDialog(services.queries, actions.create)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.company, "阶跃星辰")
    type_text(dialog.role, "AIGC视觉设计师")
    holder = raw(data_dir / "pivot.db")
    holder.execute("BEGIN IMMEDIATE")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    holder.execute("ROLLBACK")
    holder.close()
    assert len(shown_messages) == 1 and "Another program" in shown_messages[0][1]
    assert dialog.isVisible()
    assert (dialog.company.currentText(), dialog.role.text()) == ("阶跃星辰", "AIGC视觉设计师")
    assert services.queries.rows() == []
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert [row.company_name for row in services.queries.rows()] == ["阶跃星辰"]
    services.close()


def test_choosing_wishlist_clears_the_applied_date(qtbot: QtBot, dialog: ApplicationDialog):
    assert dialog.applied_on.value() is not None
    dialog.stage.set_value(Stage.WISHLIST)
    assert dialog.applied_on.value() is None


def test_tags_split_on_either_comma_and_drop_repeats() -> None:
    assert split_tags("多模态，转行友好, remote;多模态") == ("多模态", "转行友好", "remote")


def test_escape_asks_before_throwing_away_what_was_typed(
    qtbot: QtBot, dialog: ApplicationDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers: list[bool] = [False, True]
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(form_dialog, "confirm", confirm)
    dialog.job_description.setPlainText("岗位职责：负责多模态数据标注规范的制定……")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked) == 1
    assert dialog.job_description.toPlainText().startswith("岗位职责")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_an_untouched_form_closes_without_asking(
    qtbot: QtBot, dialog: ApplicationDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(form_dialog, "confirm", lambda *_: pytest.fail("asked"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_click_that_closes_the_company_list_reaches_the_next_field(
    qtbot: QtBot, services: Services, saved: list[ApplicationUpdate]
) -> None:
    services.applications.create(ApplicationCreate(company_name="ByteDance", role_title="AI训练师"))
    services.applications.create(ApplicationCreate(company_name="Bytes Lab", role_title="PM"))
    dialog = ApplicationDialog(services.queries, saved.append)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.company.setFocus()
    qtbot.keyClicks(dialog.company.lineEdit(), "Byte")
    popup = dialog.company.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    # One click on the salary field, as the user makes it: the press lands on the open list.
    target = dialog.salary.mapToGlobal(dialog.salary.rect().center())
    assert not popup.geometry().contains(target)
    qtbot.mousePress(popup, Qt.MouseButton.LeftButton, pos=popup.mapFromGlobal(target))
    assert not popup.isVisible()
    assert dialog.salary.hasFocus()
    assert dialog.company.currentText() == "Byte"  # what was typed stays
