"""The keyboard reaches everything: Ctrl+Enter saves a form from any field (a multi-line one
too), Ctrl+1…7 open the pages in their order, and Help lists every shortcut and a guide."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.gui.modal import type_text, with_modal
from tracker.services.container import Services
from tracker.ui.dialogs.application_dialog import ApplicationDialog
from tracker.ui.dialogs.help_dialogs import GuideDialog, ShortcutsDialog
from tracker.ui.window.main_window import MainWindow

Window = Callable[..., MainWindow]


@pytest.mark.gui
def test_ctrl_enter_saves_a_form_from_a_multi_line_field(
    qtbot: QtBot, make_window: Window, services: Services
) -> None:
    window = make_window()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        dialog.activateWindow()  # as a dialog that has just opened is
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        type_text(dialog.company, "字节跳动")
        type_text(dialog.role, "AI训练师")
        dialog.job_description.setFocus()
        qtbot.keyClicks(dialog.job_description, "multimodal data")
        qtbot.keyClick(dialog.job_description, Qt.Key.Key_Return)  # a new line, not a save
        assert dialog.isVisible()
        qtbot.keyClick(
            dialog.job_description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )

    with_modal(window.new_action.trigger, fill)
    (row,) = services.queries.rows()
    assert (row.company_name, row.role_title) == ("字节跳动", "AI训练师")


@pytest.mark.gui
def test_ctrl_and_a_number_opens_that_page(qtbot: QtBot, make_window: Window) -> None:
    window = make_window()
    names = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert len(names) == len(window.page_actions) == 8
    for row, action in enumerate(window.page_actions):
        assert action.shortcut().toString() == f"Ctrl+{row + 1}"
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentIndex() == row, names[row]


@pytest.mark.gui
def test_help_lists_the_shortcuts_and_has_a_guide(make_window: Window) -> None:
    window = make_window()
    seen: dict[str, object] = {}

    def read_shortcuts(dialog: QDialog) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        table = dialog.table
        seen["rows"] = {table.item(r, 1).text(): table.item(r, 0).text()
                        for r in range(table.rowCount())}  # fmt: skip
        dialog.reject()

    def read_guide(dialog: QDialog) -> None:
        assert isinstance(dialog, GuideDialog)
        seen["guide"] = dialog.text.text()
        dialog.reject()

    help_menu = window.menuBar().actions()[-1].menu()
    by_text = {action.text(): action for action in help_menu.actions()}
    with_modal(by_text["&Keyboard shortcuts"].trigger, read_shortcuts)
    with_modal(by_text["&Getting started"].trigger, read_guide)
    rows = seen["rows"]
    assert isinstance(rows, dict)
    assert rows["Ctrl+K"] == "Search everything" and rows["Ctrl+3"] == "Board"
    assert rows["Ctrl+Z"] == "Undo"
    assert "Ctrl+N" in str(seen["guide"]) and "Trash" in str(seen["guide"])
