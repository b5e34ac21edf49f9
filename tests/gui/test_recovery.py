"""Opening a file that is not fit to open as usual: a newer Pivot's file is read-only with a
warning (reading and exporting work); a missing or damaged file with backups gets the recovery
dialog, and a restored backup opens with the damaged file kept aside."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui.modal import with_modal
from tracker.app import _open_or_recover
from tracker.db.database import Database
from tracker.domain.errors import StorageError, StorageProblem
from tracker.domain.records import ApplicationCreate
from tracker.paths import AppPaths
from tracker.preferences import Settings
from tracker.services.applications import ApplicationService
from tracker.services.backups import BackupKeeper
from tracker.services.container import Services
from tracker.services.csv_export import CsvExport
from tracker.services.json_transfer import export_json
from tracker.services.maintenance import open_database
from tracker.services.queries import ApplicationQueries
from tracker.ui.commands.application_actions import ApplicationActions
from tracker.ui.dialogs.backups_dialog import BackupsDialog
from tracker.ui.window.main_window import MainWindow


def _newer(path: Path) -> None:
    connection = sqlite3.connect(str(path))
    connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.execute("PRAGMA user_version = 99")
    connection.commit()
    connection.close()


def test_a_newer_pivots_file_opens_read_only_and_exports(
    database: Database, data_dir: Path, tmp_path: Path
) -> None:
    ApplicationService(database).create(ApplicationCreate(company_name="字节跳动", role_title="PM"))
    database.close()
    _newer(data_dir / "pivot.db")
    before = (data_dir / "pivot.db").read_bytes()
    with pytest.raises(StorageError):
        open_database(data_dir / "pivot.db", data_dir / "backups")
    opened = open_database(data_dir / "pivot.db", data_dir / "backups", read_only_if_newer=True)
    assert opened.read_only and opened.newer_schema
    assert [row.company_name for row in ApplicationQueries(opened).rows()] == ["字节跳动"]
    assert CsvExport(opened).write(tmp_path / "out.csv") == 1
    with pytest.raises(StorageError) as raised:
        ApplicationService(opened).create(ApplicationCreate(company_name="阿里云", role_title="PM"))
    assert raised.value.problem is StorageProblem.READ_ONLY_NEWER
    opened.close()
    assert (data_dir / "pivot.db").read_bytes() == before


@pytest.mark.gui
def test_the_window_on_a_newer_file_says_so_and_offers_no_changes(
    database: Database,
    data_dir: Path,
    qtbot: QtBot,
) -> None:
    database.close()
    _newer(data_dir / "pivot.db")
    window, _opened = _window_opened_as_the_app_would(qtbot, data_dir, data_dir)
    assert window.read_only_warning.isVisible()
    assert not window.new_action.isEnabled() and not window.import_action.isEnabled()


def _window_opened_as_the_app_would(
    qtbot: QtBot, folder: Path, elsewhere: Path
) -> tuple[MainWindow, Database]:
    opened = open_database(folder / "pivot.db", folder / "backups", read_only_if_newer=True)
    services = Services(opened)
    paths = AppPaths(data_dir=folder, config_dir=elsewhere, log_dir=elsewhere)
    window = MainWindow(services, ApplicationActions(services, QUndoStack()),
                        Settings(elsewhere / "s.ini"), paths)  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    return window, opened


def _with_backup(database: Database, data_dir: Path) -> None:
    ApplicationService(database).create(ApplicationCreate(company_name="字节跳动", role_title="PM"))
    BackupKeeper(database.path, data_dir / "backups").back_up("manual")
    database.close()


def _recover(paths: AppPaths) -> Database | None:
    found: list[Database | None] = []

    def hands(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupsDialog)
        assert dialog.windowTitle() == "Pivot cannot open your data"
        assert not dialog.back_up_button.isVisibleTo(dialog)
        dialog.table.selectRow(0)
        dialog.restore_button.click()

    with_modal(lambda: found.append(_open_or_recover(paths, None)[0]), hands)
    return found[0]


@pytest.mark.gui
@pytest.mark.parametrize("damage", ["zero bytes", "garbage"])
def test_a_missing_or_damaged_file_is_recovered_from_a_backup(
    database: Database, data_dir: Path, damage: str
) -> None:
    _with_backup(database, data_dir)
    path = data_dir / "pivot.db"
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    damaged = b"" if damage == "zero bytes" else path.read_bytes()[:4096] + b"\x00" * 8192
    path.write_bytes(damaged)
    paths = AppPaths(data_dir=data_dir, config_dir=data_dir, log_dir=data_dir)
    recovered = _recover(paths)
    assert recovered is not None
    assert [row.company_name for row in ApplicationQueries(recovered).rows()] == ["字节跳动"]
    recovered.close()
    (aside,) = [p for p in data_dir.iterdir() if p.name.startswith("damaged-")]
    assert (aside / "pivot.db").read_bytes() == damaged


@pytest.mark.gui
def test_closing_the_recovery_dialog_changes_nothing(database: Database, data_dir: Path) -> None:
    _with_backup(database, data_dir)
    path = data_dir / "pivot.db"
    path.write_bytes(b"")
    paths = AppPaths(data_dir=data_dir, config_dir=data_dir, log_dir=data_dir)
    result: list[Database | None] = []
    with_modal(lambda: result.append(_open_or_recover(paths, None)[0]), lambda d: d.reject())
    assert result == [None] and path.read_bytes() == b""
    shutil.rmtree(data_dir / "backups")


@pytest.mark.gui
def test_the_window_on_a_read_only_disk_says_so_lists_everything_and_exports(
    database: Database,
    data_dir: Path,
    qtbot: QtBot,
    tmp_path: Path,
    read_only_storage: Callable[[Path], Path],
) -> None:
    ApplicationService(database).create(ApplicationCreate(company_name="字节跳动", role_title="PM"))
    database.close()
    window, opened = _window_opened_as_the_app_would(qtbot, read_only_storage(data_dir), tmp_path)
    assert window.read_only_warning.isVisible()
    assert "read-only disk" in window.read_only_warning.text()
    assert not window.new_action.isEnabled() and not window.import_action.isEnabled()
    assert [row.company_name for row in window.rows.rows()] == ["字节跳动"]
    assert export_json(opened, tmp_path / "all.json") == 1
    opened.close()
