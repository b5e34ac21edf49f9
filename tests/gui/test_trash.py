"""File ▸ Trash… through the real window: a deleted application comes back into the table;
emptying the trash (confirmed) removes it for good and starts the undo history afresh."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui.modal import with_modal
from tracker.domain.records import ApplicationRead
from tracker.ui.dialogs import messages
from tracker.ui.dialogs.trash_dialog import TrashDialog
from tracker.ui.window.main_window import MainWindow


@pytest.mark.gui
def test_a_deleted_application_comes_back_from_the_trash_or_goes_for_good(
    make_window: Callable[..., MainWindow],
    add: Callable[..., ApplicationRead],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = add("字节跳动", "AI训练师")
    gone = add("阿里云", "PM")
    window = make_window()
    window.applications_page.select_ids([gone.id])
    window.delete_action.trigger()
    assert [row.id for row in window.rows.rows()] == [kept.id]

    def restore(dialog: QDialog) -> None:
        assert isinstance(dialog, TrashDialog)
        assert dialog.table.item(0, 0).text() == "Application"
        assert (dialog.table.item(0, 1).text(), dialog.table.item(0, 2).text()) == ("PM", "阿里云")
        dialog.table.selectRow(0)
        dialog.restore_button.click()
        assert dialog.table.rowCount() == 0 and not dialog.empty_button.isEnabled()
        dialog.reject()

    with_modal(window.trash_action.trigger, restore)
    assert sorted(row.id for row in window.rows.rows()) == [kept.id, gone.id]
    window.applications_page.select_ids([gone.id])
    window.delete_action.trigger()
    monkeypatch.setattr(messages, "confirm", lambda *_args: True)

    def empty(dialog: QDialog) -> None:
        assert isinstance(dialog, TrashDialog)
        dialog.empty_button.click()
        assert dialog.table.rowCount() == 0
        dialog.reject()

    with_modal(window.trash_action.trigger, empty)
    assert [row.id for row in window.rows.rows()] == [kept.id]
    assert not window.undo_action.isEnabled()


@pytest.mark.gui
def test_what_comes_back_from_the_trash_is_counted_on_every_page(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    add: Callable[..., ApplicationRead],
) -> None:
    first = add("字节跳动", "AI训练师")
    second = add("阿里云", "PM")
    window = make_window()
    window.show_page(window._insights_slot)
    insights = window._insights_slot.page()
    qtbot.waitUntil(lambda: insights.summary.text().startswith("2 applications"))
    window.show_page(window.applications_page)
    window.applications_page.select_ids([first.id, second.id])
    window.delete_action.trigger()

    def restore_one(dialog: QDialog) -> None:
        assert isinstance(dialog, TrashDialog)
        dialog.table.selectRow(0)
        dialog.restore_button.click()
        dialog.reject()

    with_modal(window.trash_action.trigger, restore_one)
    assert len(window.rows.rows()) == 1
    window.show_page(window._insights_slot)
    qtbot.waitUntil(lambda: insights.summary.text() == "1 application sent in this period.")
