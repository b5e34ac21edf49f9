"""The main window driven through its real widgets: add, edit, filter, move, archive, delete,
undo and redo; every change reaches the database and the table at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QToolButton
from pytestqt.qtbot import QtBot

from tests.gui.modal import type_text, wait_for_detail, with_modal
from tests.gui.shown_text import everything_shown
from tracker.domain.enums import Channel, Outcome, RoleCategory, Stage
from tracker.domain.records import ApplicationRead
from tracker.paths import AppPaths
from tracker.services.container import Services
from tracker.ui.dialogs.application_dialog import ApplicationDialog
from tracker.ui.models.application_table_model import Column
from tracker.ui.window.main_window import MainWindow

Window = Callable[..., MainWindow]
Add = Callable[..., ApplicationRead]


def visible_cells(window: MainWindow, column: Column) -> list[str]:
    model = window.applications_page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def stages_in_database(services: Services) -> dict[str, tuple[str, str | None]]:
    rows = services.database.reader.execute(
        "SELECT a.role_title, a.current_stage, a.outcome FROM job_application AS a"
    )
    return {role: (stage, outcome) for role, stage, outcome in rows}


def test_add_an_application_through_the_dialog(
    qtbot: QtBot, make_window: Window, services: Services
) -> None:
    window = make_window()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        type_text(dialog.company, "字节跳动")
        type_text(dialog.role, "AI训练师（多模态）R&D")
        type_text(dialog.salary, "15-25K·14薪")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    with_modal(window.new_action.trigger, fill)
    wait_for_detail(qtbot, window.applications_page)
    assert visible_cells(window, Column.COMPANY) == ["字节跳动"]
    assert visible_cells(window, Column.SALARY) == ["15-25K·14薪"]
    assert window.applications_page.detail.title.text() == "AI训练师（多模态）R&D"
    assert stages_in_database(services) == {"AI训练师（多模态）R&D": ("applied", None)}
    assert window.undo_action.text() == "&Undo Add AI训练师（多模态）R&&D", "& is not a mnemonic"
    assert window.count_label.text() == "Applications shown: 1 of 1"


def test_edit_an_application_and_undo_the_edit(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    created = add("智谱AI", "Prompt工程师", city="北京")
    window = make_window()
    window.applications_page.select_ids([created.id])

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        assert dialog.role.text() == "Prompt工程师"
        dialog.city.setCurrentText("")
        type_text(dialog.city, "上海")
        dialog.accept()

    with_modal(window.edit_action.trigger, edit)
    assert visible_cells(window, Column.CITY) == ["上海"]
    window.undo_action.trigger()
    assert visible_cells(window, Column.CITY) == ["北京"]
    assert services.applications.get(created.id).fields.city == "北京"
    window.redo_action.trigger()
    assert services.applications.get(created.id).fields.city == "上海"


def test_search_box_filters_as_you_type(qtbot: QtBot, make_window: Window, add: Add) -> None:
    add("字节跳动", "AI训练师", city="北京", role_category=RoleCategory.AI_TRAINER)
    add("智谱AI", "Prompt工程师", city="上海", stage=Stage.INTERVIEWING, channel=Channel.REFERRAL)
    add("小红书", "AIGC视觉设计师", city="上海", role_category=RoleCategory.AIGC_DESIGN)
    window = make_window()
    page = window.applications_page
    type_text(page.search, "上海")
    assert sorted(visible_cells(window, Column.COMPANY)) == ["小红书", "智谱AI"]
    qtbot.keyClicks(page.search, " prompt")
    assert visible_cells(window, Column.COMPANY) == ["智谱AI"]
    assert window.count_label.text() == "Applications shown: 1 of 3"
    page.search.clear()
    page.state_filter.set_value(Stage.APPLIED)
    assert sorted(visible_cells(window, Column.COMPANY)) == ["字节跳动", "小红书"]
    page.state_filter.set_value(None)
    page.category_filter.set_value(RoleCategory.AIGC_DESIGN)
    assert visible_cells(window, Column.COMPANY) == ["小红书"]
    page.category_filter.set_value(None)
    page.channel_filter.set_value(Channel.REFERRAL)
    assert visible_cells(window, Column.COMPANY) == ["智谱AI"]


def test_move_with_the_keyboard_then_undo_and_redo(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    created = add("月之暗面", "AI产品经理")
    window = make_window()
    window.applications_page.select_ids([created.id])
    qtbot.keyClick(
        window.applications_page.table, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier
    )
    assert visible_cells(window, Column.STAGE) == ["Screening"]
    history = window.applications_page.detail.history
    assert history.count() == 2 and "Applied → Screening" in history.entry_text(0)
    assert stages_in_database(services) == {"AI产品经理": ("screening", None)}
    window.undo_action.trigger()
    assert visible_cells(window, Column.STAGE) == ["Applied"]
    assert history.count() == 1
    window.redo_action.trigger()
    assert visible_cells(window, Column.STAGE) == ["Screening"]
    assert len(services.applications.get(created.id).history) == 2


def test_move_and_close_from_the_menus(make_window: Window, add: Add) -> None:
    created = add("MiniMax", "AI应用开发工程师")
    window = make_window()
    window.applications_page.select_ids([created.id])
    window.stage_actions[Stage.INTERVIEWING].trigger()
    assert visible_cells(window, Column.STAGE) == ["Interviewing"]
    window.outcome_actions[Outcome.REJECTED].trigger()
    assert visible_cells(window, Column.STAGE) == ["Rejected · Interviewing"]
    window.applications_page.state_filter.set_value("open")
    assert visible_cells(window, Column.STAGE) == []


def test_delete_several_and_undo(qtbot: QtBot, make_window: Window, add: Add, services) -> None:
    first = add("京东", "算法工程师")
    second = add("拼多多", "数据分析师")
    kept = add("快手", "AI产品经理")
    window = make_window()
    window.applications_page.select_ids([first.id, second.id])
    qtbot.keyClick(window.applications_page.table, Qt.Key.Key_Delete)
    assert visible_cells(window, Column.COMPANY) == ["快手"]
    assert [row.id for row in services.queries.rows()] == [kept.id]
    assert "Undo" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert sorted(visible_cells(window, Column.COMPANY)) == ["京东", "快手", "拼多多"]
    window.redo_action.trigger()
    assert visible_cells(window, Column.COMPANY) == ["快手"]


def test_archive_hides_until_asked_for(make_window: Window, add: Add) -> None:
    created = add("网易", "Prompt工程师")
    add("百度", "AI产品经理")
    window = make_window()
    window.applications_page.select_ids([created.id])
    window.archive_action.trigger()
    assert visible_cells(window, Column.COMPANY) == ["百度"]
    window.applications_page.show_archived.setChecked(True)
    assert sorted(visible_cells(window, Column.COMPANY)) == ["百度", "网易"]
    window.applications_page.select_ids([created.id])
    assert window.archive_action.text() == "Un&archive"


def test_archiving_moves_the_selection_and_the_detail_to_the_next_application(
    qtbot: QtBot, make_window: Window, add: Add
) -> None:
    archived = add("网易", "Prompt工程师")
    add("百度", "AI产品经理")
    window = make_window()
    page = window.applications_page
    page.enable_details()
    page.select_ids([archived.id])
    qtbot.waitUntil(lambda: page.detail.application is not None
                    and page.detail.application.id == archived.id)  # fmt: skip
    window.archive_action.trigger()
    assert page.detail.application is None or page.detail.application.company_name == "百度"
    qtbot.waitUntil(lambda: page.detail.application is not None)
    assert page.detail.application.company_name == "百度"
    assert [page.model.row_at(0).company_name] == visible_cells(window, Column.COMPANY)
    assert page.selected_ids() == [page.model.row_at(0).id]


def test_notes_are_added_from_the_detail_panel(qtbot: QtBot, make_window: Window, add: Add):
    created = add("蚂蚁集团", "AI产品经理")
    window = make_window()
    window.applications_page.select_ids([created.id])
    wait_for_detail(qtbot, window.applications_page, created.id)
    detail = window.applications_page.detail
    detail.note_editor.setPlainText("HR 说下周给反馈")
    qtbot.mouseClick(detail.add_note_button, Qt.MouseButton.LeftButton)
    assert detail.notes.count() == 1 and "HR 说下周给反馈" in detail.notes.entry_text(0)
    assert detail.note_editor.toPlainText() == ""
    window.undo_action.trigger()
    assert detail.notes.count() == 0
    window.redo_action.trigger()
    [delete] = detail.notes.findChildren(QToolButton)
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert detail.notes.count() == 0
    window.undo_action.trigger()
    assert detail.notes.count() == 1


def test_user_text_is_never_rich_text(qtbot: QtBot, make_window: Window, add: Add) -> None:
    company, role = '<b>Evil</b> <a href="file:///etc/passwd">Co</a>', "<img src=x>"
    created = add(company, role, next_action="&amp; <i>call</i>", tags=("<u>tag</u>",))
    window = make_window()
    window.applications_page.select_ids([created.id])
    wait_for_detail(qtbot, window.applications_page, created.id)
    detail = window.applications_page.detail
    assert detail.company.textFormat() == Qt.TextFormat.PlainText
    assert detail.company.text().startswith("<b>Evil</b>")
    assert detail.title.text() == "<img src=x>"
    shown = everything_shown(window.applications_page, "Applications")
    for typed in (company, role, "&amp; <i>call</i>", "<u>tag</u>"):
        assert any(typed in entry.reads for entry in shown), typed
        assert [entry.where for entry in shown if entry.misreads(typed)] == [], typed


def test_column_layout_and_window_geometry_are_remembered(make_window: Window) -> None:
    window = make_window()
    table = window.applications_page.table
    table.setColumnWidth(Column.ROLE, 333)
    table.horizontalHeader().moveSection(Column.CITY, 0)
    window.resize(window.width(), 520)  # the offscreen screen is 800 px square
    window.close()
    again = make_window()
    header = again.applications_page.table.horizontalHeader()
    assert again.applications_page.table.columnWidth(Column.ROLE) == 333
    assert header.visualIndex(Column.CITY) == 0
    assert again.height() == 520


def test_back_up_and_check_from_the_file_menu(
    make_window: Window, add: Add, data_dir, shown_messages: list[tuple[str, str]]
) -> None:
    add("百度", "AI产品经理")
    window = make_window()
    window.backup_action.trigger()
    [backup] = (data_dir / "backups").glob("pivot-*-manual.db")
    assert str(backup) in window.statusBar().currentMessage()
    window.check_action.trigger()
    assert shown_messages == [
        ("Check database", "No problems found in the database. Applications: 1.")
    ]


def test_an_unsaved_note_stays_with_its_own_application(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    first = add("阶跃星辰", "AIGC视觉设计师")
    second = add("面壁智能", "AI训练师")
    window = make_window()
    page = window.applications_page
    page.select_ids([first.id])
    wait_for_detail(qtbot, page, first.id)
    page.detail.note_editor.setPlainText("作品集要补两张图")
    page.select_ids([second.id])
    wait_for_detail(qtbot, page, second.id)
    assert page.detail.note_editor.toPlainText() == ""
    qtbot.mouseClick(page.detail.add_note_button, Qt.MouseButton.LeftButton)
    assert services.applications.get(second.id).notes == ()
    page.select_ids([first.id])
    wait_for_detail(qtbot, page, first.id)
    assert page.detail.note_editor.toPlainText() == "作品集要补两张图"
    qtbot.mouseClick(page.detail.add_note_button, Qt.MouseButton.LeftButton)
    assert [note.body for note in services.applications.get(first.id).notes] == ["作品集要补两张图"]


def test_the_current_stage_is_not_offered_and_writes_nothing(
    make_window: Window, add: Add, services: Services
) -> None:
    created = add("京东", "AI产品经理")
    window = make_window()
    window.applications_page.select_ids([created.id])
    assert not window.stage_actions[Stage.APPLIED].isEnabled()
    assert window.stage_actions[Stage.SCREENING].isEnabled()
    window.commands.move_selected(Stage.APPLIED)  # e.g. a stale menu: still nothing happens
    assert len(services.applications.get(created.id).history) == 1
    assert not window.undo_action.isEnabled()
    window.outcome_actions[Outcome.REJECTED].trigger()
    assert not window.outcome_actions[Outcome.REJECTED].isEnabled()
    assert window.stage_actions[Stage.APPLIED].isEnabled(), "reopening is a move"


def test_the_last_stage_says_so(make_window: Window, add: Add) -> None:
    created = add("滴滴", "AI训练师", stage=Stage.ACCEPTED)
    window = make_window()
    window.applications_page.select_ids([created.id])
    window.next_stage_action.trigger()
    assert window.statusBar().currentMessage() == "Already at the last stage."
    assert visible_cells(window, Column.STAGE) == ["Accepted"]


def test_undoing_an_archive_keeps_what_was_archived_before(
    make_window: Window, add: Add, services: Services
) -> None:
    old = add("百度", "AI产品经理")
    new = add("网易", "Prompt工程师")
    services.applications.set_archived([old.id], True)
    window = make_window()
    window.applications_page.show_archived.setChecked(True)
    window.applications_page.select_ids([old.id, new.id])
    window.archive_action.trigger()
    assert {row.id: row.archived for row in services.queries.rows()} == {old.id: True, new.id: True}
    window.undo_action.trigger()
    assert {row.id: row.archived for row in services.queries.rows()} == {
        old.id: True,
        new.id: False,
    }


def test_about_says_the_version_and_where_the_data_lives(
    make_window: Callable[..., MainWindow],
    shown_messages: list[tuple[str, str]],
    app_paths: AppPaths,
) -> None:
    from tracker import __version__

    window = make_window()
    window.about_action.trigger()
    ((title, text),) = shown_messages
    assert title == "About Pivot"
    assert f"Pivot {__version__}" in text
    assert str(app_paths.database) in text and str(app_paths.backup_dir) in text
