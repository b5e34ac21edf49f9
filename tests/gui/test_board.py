"""The board: columns per stage, cards that move by drag and drop, keyboard and menu, in step
with the table and the detail panel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from tracker.domain.enums import Outcome, Stage
from tracker.domain.records import ApplicationRead
from tracker.services.container import Services
from tracker.ui.models.application_table_model import Column
from tracker.ui.pages.board_page import BoardPage
from tracker.ui.window.main_window import MainWindow

Window = Callable[..., MainWindow]
Add = Callable[..., ApplicationRead]


def open_board(window: MainWindow) -> BoardPage:
    window.navigation.setCurrentRow(window.pages.indexOf(window._board_slot))
    return window.board_page


def column_companies(board: BoardPage, lane: str | Outcome) -> list[str]:
    model = board.columns[lane].model
    return [model.row_at(row).company_name for row in range(model.rowCount())]


def drag(board: BoardPage, application_id: int, source: str | Outcome, target: str | Outcome):  # type: ignore[no-untyped-def]
    """What the views do on a drop: the source column encodes the card, the target accepts."""
    source_model = board.columns[source].model
    row = source_model.row_of(application_id)
    assert row is not None
    data = source_model.mimeData([source_model.index(row)])
    target_model = board.columns[target].model
    assert target_model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    return target_model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())


def test_columns_follow_the_pipeline_with_counts(make_window: Window, add: Add) -> None:
    add("字节跳动", "AI训练师")
    add("智谱AI", "Prompt工程师", stage=Stage.INTERVIEWING)
    board = open_board(make_window())
    assert list(board.columns)[:7] == [stage.value for stage in Stage]
    assert column_companies(board, Stage.APPLIED) == ["字节跳动"]
    assert column_companies(board, Stage.INTERVIEWING) == ["智谱AI"]
    assert board.columns[Stage.INTERVIEWING].heading.text() == "Interviewing  1"


def test_dragging_a_card_moves_it_with_one_event_and_can_be_undone(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    created = add("月之暗面", "AI产品经理")
    window = make_window()
    board = open_board(window)
    drag(board, created.id, Stage.APPLIED, Stage.INTERVIEWING)
    assert column_companies(board, Stage.INTERVIEWING) == ["月之暗面"]
    assert column_companies(board, Stage.APPLIED) == []
    history = services.applications.get(created.id).history
    assert [(e.from_stage, e.to_stage) for e in history] == [
        (None, Stage.APPLIED),
        (Stage.APPLIED, Stage.INTERVIEWING),
    ]
    table = window.applications_page.model
    assert table.index(table.row_of(created.id), Column.STAGE).data() == "Interviewing"  # type: ignore[arg-type]
    window.undo_action.trigger()
    assert column_companies(board, Stage.APPLIED) == ["月之暗面"]
    assert len(services.applications.get(created.id).history) == 1


def test_dropping_on_an_outcome_closes_and_dropping_on_its_own_column_does_nothing(
    make_window: Window, add: Add, services: Services
) -> None:
    created = add("MiniMax", "AI应用开发工程师", stage=Stage.SCREENING)
    board = open_board(make_window())
    drag(board, created.id, Stage.SCREENING, Stage.SCREENING)
    assert len(services.applications.get(created.id).history) == 1
    board.closed_toggle.setChecked(True)
    assert board.closed_area.isVisible()
    drag(board, created.id, Stage.SCREENING, Outcome.REJECTED)
    assert column_companies(board, Outcome.REJECTED) == ["MiniMax"]
    assert board.closed_toggle.text() == "Closed: 1"
    read = services.applications.get(created.id)
    assert (read.stage, read.outcome) == (Stage.SCREENING, Outcome.REJECTED)


def test_the_keyboard_and_the_menu_move_the_selected_card(
    qtbot: QtBot, make_window: Window, add: Add
) -> None:
    created = add("小红书", "AIGC视觉设计师")
    window = make_window()
    board = open_board(window)
    board.select_ids([created.id])
    qtbot.waitUntil(lambda: board.detail.application is not None)
    assert board.detail.title.text() == "AIGC视觉设计师"
    view = board.columns[Stage.APPLIED].view
    qtbot.keyClick(view, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert column_companies(board, Stage.SCREENING) == ["小红书"]
    board.select_ids([created.id])
    window.stage_actions[Stage.OFFER].trigger()
    assert column_companies(board, Stage.OFFER) == ["小红书"]


def test_searching_the_board_narrows_every_column(make_window: Window, add: Add) -> None:
    add("字节跳动", "AI训练师")
    add("智谱AI", "Prompt工程师", stage=Stage.INTERVIEWING)
    board = open_board(make_window())
    board.search.setText("prompt")
    assert column_companies(board, Stage.APPLIED) == []
    assert column_companies(board, Stage.INTERVIEWING) == ["智谱AI"]


def test_at_1280_pixels_every_column_shows_and_the_details_open_with_a_card(
    qtbot: QtBot, make_window: Window, add: Add
) -> None:
    added = add("字节跳动", "AI训练师")
    window = make_window()
    window.resize(1280, 720)
    board = open_board(window)
    board.enable_details()
    qtbot.waitUntil(lambda: board.columns[Stage.APPLIED].isVisible())
    scroll = board.splitter.widget(0)
    assert not board.detail_holder.isVisible(), "no card chosen: no empty pane"
    open_columns = [c for key, c in board.columns.items() if key in set(Stage)]
    assert len(open_columns) == 7
    qtbot.waitUntil(lambda: scroll.width() > 1000)  # the window's new size is laid out
    assert scroll.horizontalScrollBar().maximum() == 0, "all seven columns fit"
    board.select_ids([added.id])
    qtbot.waitUntil(lambda: board.detail_holder.isVisible())
    qtbot.waitUntil(lambda: board.detail.application is not None)
    board.close_detail_button.click()
    assert not board.detail_holder.isVisible()
    assert board.selected_ids() == [added.id]
