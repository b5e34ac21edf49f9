"""The search window: results as you type, grouped by kind; the keyboard chooses and opens."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.modal import type_text
from tracker.domain.records import ApplicationRead
from tracker.domain.search_results import SearchHit, SearchKind
from tracker.services.container import Services
from tracker.ui.dialogs.search_dialog import SearchDialog


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    window = QWidget()
    window.resize(1000, 800)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, parent: QWidget) -> SearchDialog:
    dialog = SearchDialog(services.search, parent)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


@pytest.fixture
def hunt(services: Services, add: Callable[..., ApplicationRead]) -> dict[str, int]:
    tencent = add("腾讯", "AI训练师（多模态）", job_description="多模态数据标注与面试题整理")
    zhipu = add("智谱AI", "大模型算法工程师（RLHF）", job_description="负责 RLHF 奖励模型训练")
    first = services.applications.add_note(zhipu.id, "一面准备：RLHF 流程\n第二行").id
    second = services.applications.add_note(tencent.id, "HR 说下周安排面试").id
    return {"tencent": tencent.id, "zhipu": zhipu.id, "first": first, "second": second}


def _headings(dialog: SearchDialog) -> list[str]:
    tree = dialog.results
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _children(heading: QTreeWidgetItem) -> list[str]:
    return [heading.child(i).text(0) for i in range(heading.childCount())]


def test_typing_shows_results_grouped_by_kind(dialog: SearchDialog, hunt: dict[str, int]) -> None:
    assert dialog.query.hasFocus()
    assert dialog.query.placeholderText().startswith("Search companies")
    type_text(dialog.query, "面试")
    assert _headings(dialog) == ["Applications (1)", "Notes (1)"]
    [application] = _children(dialog.results.topLevelItem(0))
    assert application.startswith("AI训练师（多模态） · 腾讯")
    assert "面试题" in application.splitlines()[1]
    [note] = _children(dialog.results.topLevelItem(1))
    assert note == "HR 说下周安排面试 — AI训练师（多模态） · 腾讯"  # the note once, no blank line
    assert dialog.current_hit() == dialog.hits_shown()[0]


def test_english_is_searched_letter_by_letter(dialog: SearchDialog, hunt: dict[str, int]) -> None:
    QTest.keyClicks(dialog.query, "rl")
    assert _headings(dialog) == ["Applications (1)", "Notes (1)"]
    assert [hit.record_id for hit in dialog.hits_shown()] == [hunt["zhipu"], hunt["first"]]
    QTest.keyClicks(dialog.query, "x")
    assert _headings(dialog) == []


def test_more_than_shown_is_marked(
    dialog: SearchDialog, services: Services, add: Callable[..., ApplicationRead]
) -> None:
    application = add("字节跳动", "Prompt工程师")
    for n in range(25):
        services.applications.add_note(application.id, f"面经 {n}")
    type_text(dialog.query, "面经")
    assert _headings(dialog) == ["Notes (20+)"]


def test_keys_choose_and_enter_opens(
    qtbot: QtBot, dialog: SearchDialog, hunt: dict[str, int]
) -> None:
    type_text(dialog.query, "面试")
    QTest.keyClick(dialog.query, Qt.Key.Key_Down)
    QTest.keyClick(dialog.query, Qt.Key.Key_Down)  # stays on the last
    QTest.keyClick(dialog.query, Qt.Key.Key_Up)
    QTest.keyClick(dialog.query, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.open_requested) as opened:
        QTest.keyClick(dialog.query, Qt.Key.Key_Return)
    hit = opened.args[0]
    assert isinstance(hit, SearchHit)
    assert (hit.kind, hit.record_id, hit.application_id) == (
        SearchKind.NOTE,
        hunt["second"],
        hunt["tencent"],
    )
    assert not dialog.isVisible()


def test_double_click_opens(qtbot: QtBot, dialog: SearchDialog, hunt: dict[str, int]) -> None:
    type_text(dialog.query, "RLHF")
    note = dialog.results.topLevelItem(1).child(0)
    position = dialog.results.visualItemRect(note).center()
    viewport = dialog.results.viewport()
    with qtbot.waitSignal(dialog.open_requested) as opened:
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=position)
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=position)
    assert opened.args[0].record_id == hunt["first"]
    assert opened.args[0].title == "一面准备：RLHF 流程"


def test_nothing_found_says_so(dialog: SearchDialog, hunt: dict[str, int]) -> None:
    type_text(dialog.query, "区块链")
    assert dialog.message.isVisible() and not dialog.results.isVisible()
    assert dialog.message.text() == "Nothing found for “区块链”."
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    dialog.query.clear()
    assert not dialog.message.isVisible() and _headings(dialog) == []


def test_enter_with_nothing_found_opens_nothing(
    qtbot: QtBot, dialog: SearchDialog, hunt: dict[str, int]
) -> None:
    type_text(dialog.query, "区块链")
    with qtbot.assertNotEmitted(dialog.open_requested):
        QTest.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.isVisible()


def test_escape_closes(dialog: SearchDialog) -> None:
    type_text(dialog.query, "面试")
    QTest.keyClick(dialog.query, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_it_opens_over_the_middle_of_its_window(
    qtbot: QtBot, dialog: SearchDialog, parent: QWidget
) -> None:
    assert dialog.isWindow() and not dialog.isModal()
    middle = dialog.frameGeometry().center() - parent.frameGeometry().center()
    assert middle.manhattanLength() <= 2


def test_a_second_opening_keeps_the_query_selected(
    qtbot: QtBot, dialog: SearchDialog, hunt: dict[str, int]
) -> None:
    type_text(dialog.query, "面试")
    dialog.reject()
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.query.selectedText() == "面试"
    assert _headings(dialog) == ["Applications (1)", "Notes (1)"]


def test_activating_another_window_puts_it_away(
    qtbot: QtBot, dialog: SearchDialog, parent: QWidget
) -> None:
    qtbot.waitUntil(dialog.isActiveWindow)
    parent.activateWindow()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_every_match_is_marked_and_no_result_has_an_empty_line(
    qtbot: QtBot, dialog: SearchDialog, hunt: dict[str, int], services: Services
) -> None:
    type_text(dialog.query, "rlhf")
    texts = [dialog.results.topLevelItem(i) for i in range(dialog.results.topLevelItemCount())]
    for heading in texts:
        for line in _children(heading):
            assert all(part.strip() for part in line.split("\n")), repr(line)
    [application, note] = dialog.hits_shown()
    assert [application.title[a:b] for a, b in application.title_marks] == ["RLHF"]
    assert [note.title[a:b] for a, b in note.title_marks] == ["RLHF"]
    # What the window shows: the match drawn on the highlighter colour, not as markup.
    dialog.results.setCurrentItem(None)
    qtbot.wait(10)
    image = dialog.results.viewport().grab().toImage()
    # The application's result has two lines (its title, then its description around the
    # match): each shows its own mark.
    box = dialog.results.visualItemRect(dialog.results.topLevelItem(0).child(0))
    rows = [
        y
        for y in range(box.top(), box.bottom())
        if any(_on_the_highlighter(image.pixelColor(x, y)) for x in range(0, image.width(), 2))
    ]
    line = dialog.results.fontMetrics().lineSpacing()
    assert rows and rows[-1] - rows[0] > 1.5 * line  # marks on two lines, not one


def _on_the_highlighter(colour: object) -> bool:
    red, green, blue = colour.red(), colour.green(), colour.blue()  # type: ignore[attr-defined]
    return red > 225 and 200 <= green <= 245 and 90 <= blue <= 185
