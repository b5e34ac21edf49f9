"""Preferences ▸ Stages: the user's own stages added, renamed, reordered and hidden; the window
rebuilt around them; history untouched; a refused change keeps the dialog as typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui.modal import type_text, with_modal
from tracker.app import PivotApp
from tracker.db.database import Database
from tracker.domain.enums import Stage
from tracker.domain.records import ApplicationRead
from tracker.paths import AppPaths
from tracker.preferences import Settings
from tracker.services.container import Services
from tracker.ui.dialogs.preferences_dialog import PreferencesDialog
from tracker.ui.widgets.stage_editor import StageEditor
from tracker.words.labels import stage_label
from tracker.words.language import Translators

Add = Callable[..., ApplicationRead]


def row_of(editor: StageEditor, name: str) -> int:
    for row in range(editor.table.rowCount()):
        edit = editor._name_edit(row)
        if (edit.text() or edit.placeholderText()) == name:
            return row
    raise AssertionError(f"no stage {name!r}")


def test_a_new_stage_renamed_moved_and_a_hidden_one_rebuild_the_window(
    qtbot: QtBot,
    database: Database,
    app_paths: AppPaths,
    settings: Settings,
    _english: Translators,
    add: Add,
) -> None:
    pivot = PivotApp(app_paths, database, settings, _english, chinese_font=True)
    qtbot.addWidget(pivot.window)
    first = pivot.window
    first.show()
    assessed = add("智谱AI", "Prompt工程师", stage=Stage.ASSESSMENT)

    def edit_stages(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        editor = dialog.stages
        editor.table.selectRow(row_of(editor, "Applied"))
        editor.add_stage()  # typed in place, right after "Applied"
        new_row = row_of(editor, "New stage")
        assert new_row == row_of(editor, "Applied") + 1
        editor._name_edit(new_row).clear()
        type_text(editor._name_edit(new_row), "HR 电话")
        editor._ghost_box(new_row).setValue(7)
        screening = row_of(editor, "Screening")
        type_text(editor._name_edit(screening), "简历筛选")
        editor._shown_box(row_of(editor, "Assessment")).setChecked(False)
        editor.table.selectRow(row_of(editor, "Offer"))
        assert not editor.remove_button.isEnabled()  # built in: hide it, never remove it
        editor.move_current(-1)
        dialog.accept()

    with_modal(first.open_preferences, edit_stages)
    window = pivot.window
    qtbot.addWidget(window)
    assert window is not first and window.isVisible()
    pipeline = window.pipeline
    names = [stage_label(d.key, pipeline) for d in pipeline.visible()]
    assert names == [
        "Wishlist",
        "Applied",
        "HR 电话",
        "简历筛选",
        "Offer",
        "Interviewing",
        "Accepted",
    ]
    hr_call = next(d for d in pipeline.stages if d.name == "HR 电话")
    assert hr_call.ghost_after_days == 7
    assert [a.text() for a in window.move_menu.actions()] == names
    board = window.board_page
    assert board.columns[hr_call.key].heading.text().startswith("HR 电话")
    # Hidden, but the application in it stays in sight and keeps its history.
    assert not board.columns[Stage.ASSESSMENT].isHidden()
    assert board.columns[Stage.ASSESSMENT].model.rowCount() == 1
    history = pivot.services.applications.get(assessed.id).history
    assert [event.to_stage for event in history] == [Stage.ASSESSMENT]


def test_a_refused_change_says_why_and_keeps_what_was_typed(
    qtbot: QtBot,
    services: Services,
    settings: Settings,
    app_paths: AppPaths,
    shown_messages: list[tuple[str, str]],
) -> None:
    dialog = PreferencesDialog(settings, app_paths.data_dir, services.pipeline)
    qtbot.addWidget(dialog)
    editor = dialog.stages
    screening = row_of(editor, "Screening")
    type_text(editor._name_edit(screening), "Applied")  # the same name as another stage
    editor._shown_box(row_of(editor, "Wishlist")).setChecked(False)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert shown_messages == [("Stages not saved", "Two stages cannot have the same name.")]
    assert editor._name_edit(screening).text() == "Applied"
    assert not editor._shown_box(row_of(editor, "Wishlist")).isChecked()
    assert services.pipeline.current().definition("screening").name is None  # type: ignore[union-attr]


def test_a_stage_of_ones_own_can_be_removed_until_it_is_used(
    qtbot: QtBot, services: Services, settings: Settings, app_paths: AppPaths, add: Add
) -> None:
    dialog = PreferencesDialog(settings, app_paths.data_dir, services.pipeline)
    qtbot.addWidget(dialog)
    editor = dialog.stages
    editor.add_stage()
    assert editor.remove_button.isEnabled()
    editor.remove_current()
    editor.add_stage()
    dialog.accept()
    (custom,) = [d for d in services.pipeline.current().stages if d.stage is None]
    assert custom.name == "New stage"
    add("MiniMax", "AI训练师", stage=custom.key)
    again = PreferencesDialog(settings, app_paths.data_dir, services.pipeline)
    qtbot.addWidget(again)
    again.stages.table.selectRow(row_of(again.stages, "New stage"))
    assert not again.stages.remove_button.isEnabled()
