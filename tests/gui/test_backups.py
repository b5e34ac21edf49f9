"""File ▸ Backups… through the real window: the list, a backup made now, and a restore that
opens a new window on the backup while the replaced file stays in a folder beside it; and the
backups Pivot makes on its own (after a change, every 30 minutes; on closing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui.modal import with_modal
from tracker.app import PivotApp
from tracker.db.database import Database
from tracker.domain.records import ApplicationCreate
from tracker.paths import AppPaths
from tracker.preferences import Settings
from tracker.services.backups import backups
from tracker.ui.dialogs import messages
from tracker.ui.dialogs.backups_dialog import BackupsDialog
from tracker.words.language import Translators


def _companies(pivot: PivotApp) -> list[str]:
    return sorted(row.company_name for row in pivot.window.rows.rows())


@pytest.mark.gui
def test_a_backup_made_in_the_dialog_is_restored_in_a_new_window(
    qtbot: QtBot,
    database: Database,
    app_paths: AppPaths,
    settings: Settings,
    _english: Translators,
    monkeypatch: pytest.MonkeyPatch,
    shown_messages: list[tuple[str, str]],
) -> None:
    pivot = PivotApp(app_paths, database, settings, _english, chinese_font=True)
    first = pivot.window  # deleted by the restore, so not handed to qtbot
    first.show()
    pivot.actions.create(ApplicationCreate(company_name="字节跳动", role_title="AI训练师"))
    monkeypatch.setattr(messages, "confirm", lambda *_args: True)

    def back_up(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupsDialog)
        assert dialog.table.rowCount() == 0
        assert (
            dialog.empty_note.isVisibleTo(dialog) and "No backups yet" in dialog.empty_note.text()
        )
        dialog.back_up_button.click()
        assert not dialog.empty_note.isVisibleTo(dialog)
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 1).text() == "Backed up by you"
        assert dialog.table.item(0, 2).text() == "1"
        dialog.reject()

    with_modal(first.backups_action.trigger, back_up)
    pivot.actions.create(ApplicationCreate(company_name="阿里云", role_title="PM"))
    assert _companies(pivot) == ["字节跳动", "阿里云"]

    def restore(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupsDialog)
        dialog.table.selectRow(0)
        dialog.restore_button.click()

    with_modal(first.backups_action.trigger, restore)
    second = pivot.window
    qtbot.addWidget(second)
    assert second is not first and _companies(pivot) == ["字节跳动"]
    aside = [p for p in app_paths.data_dir.iterdir() if p.name.startswith("replaced-")]
    assert len(aside) == 1 and (aside[0] / "pivot.db").exists()
    assert shown_messages[-1][0] == "Restored" and str(aside[0]) in shown_messages[-1][1]
    assert not second.undo_action.isEnabled()  # the old undo history does not apply
    pivot.close()


@pytest.mark.gui
def test_pivot_backs_up_after_a_change_and_on_closing(
    qtbot: QtBot,
    database: Database,
    app_paths: AppPaths,
    settings: Settings,
    _english: Translators,
) -> None:
    pivot = PivotApp(app_paths, database, settings, _english, chinese_font=True)
    qtbot.addWidget(pivot.window)
    folder: Path = app_paths.backup_dir
    pivot.automatic_backup()
    assert backups(folder) == []  # nothing changed: nothing to keep
    pivot.actions.create(ApplicationCreate(company_name="字节跳动", role_title="AI训练师"))
    pivot.automatic_backup()
    assert [info.label for info in backups(folder)] == ["auto"]
    pivot.actions.create(ApplicationCreate(company_name="阿里云", role_title="PM"))
    pivot.close()
    assert [info.label for info in backups(folder)] == ["on-close", "auto"]
