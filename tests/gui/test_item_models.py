"""Every item model of the window passes Qt's model tester with real data (the demo hunt):
the board's columns, the offers list and the question bank, as the table's model does in
test_application_table_model."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tracker.db.database import Database
from tracker.services.demo import build_demo
from tracker.ui.window.main_window import MainWindow


def test_every_item_model_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    database: Database,
    make_window: Callable[..., MainWindow],
) -> None:
    build_demo(database)
    window = make_window()
    window.show_page(window._board_slot)
    board = window._board_slot.page()
    qtbot.waitUntil(lambda: any(c.model.rowCount() for c in board.columns.values()))
    for column in board.columns.values():
        qtmodeltester.check(column.model, force_py=True)
    window.show_page(window._offers_slot)
    offers = window._offers_slot.page()
    qtbot.waitUntil(lambda: offers.model.rowCount() > 0)
    qtmodeltester.check(offers.model, force_py=True)
    window.show_page(window._questions_slot)
    bank = window.questions_page
    qtbot.waitUntil(lambda: bank.model.rowCount() > 0)
    qtmodeltester.check(bank.model, force_py=True)
    bank.search.setText("RAG")  # the model is reset under a filter: still sound
    qtmodeltester.check(bank.model, force_py=True)
