"""Backups as the user meets them: listed newest first with why they were made, made again
only when something changed, rotated, and restored with the replaced file kept aside."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tracker.db.database import Database
from tracker.db.opening import open_database
from tracker.domain.errors import StorageError, StorageProblem
from tracker.domain.records import ApplicationCreate
from tracker.services.applications import ApplicationService
from tracker.services.backups import BackupKeeper, applications_in, backups, rotate


def _add(database: Database, company: str) -> None:
    ApplicationService(database).create(ApplicationCreate(company_name=company, role_title="PM"))


def test_a_backup_is_listed_with_why_it_was_made_and_what_it_holds(database: Database) -> None:
    _add(database, "字节跳动")
    keeper = BackupKeeper(database.path, database.path.parent / "backups")
    made = keeper.back_up("manual")
    (info,) = backups(keeper.backup_dir)
    assert (info.path, info.label) == (made, "manual")
    assert applications_in(made) == 1
    assert oct(made.stat().st_mode & 0o777) == "0o600"


def test_an_automatic_backup_is_made_only_after_a_change(database: Database) -> None:
    keeper = BackupKeeper(database.path, database.path.parent / "backups")
    assert keeper.back_up_if_changed("auto") is None
    _add(database, "阿里云")
    assert keeper.back_up_if_changed("auto") is not None
    assert keeper.back_up_if_changed("auto") is None


def test_rotation_thins_old_backups_and_keeps_the_newest(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 25, 12, tzinfo=UTC)
    for days in (0, 3, 3.1, 3.2, 500):
        made = now - timedelta(days=days)
        name = f"pivot-{made:%Y%m%d-%H%M%S-%f}-s4-auto.db"
        (folder / name).write_bytes(b"")
    removed = rotate(folder, now)
    assert len(removed) == 3 and len(list(folder.iterdir())) == 2


def test_a_restore_puts_the_backup_in_place_and_keeps_the_replaced_file(
    database: Database, data_dir: Path
) -> None:
    _add(database, "字节跳动")
    keeper = BackupKeeper(database.path, data_dir / "backups")
    backup = keeper.back_up("manual")
    _add(database, "阿里云")
    database.close()
    aside = keeper.restore(backup)
    assert aside is not None and (aside / "pivot.db").exists()
    reopened = open_database(data_dir / "pivot.db", data_dir / "backups")
    names = [row.company_name for row in _rows(reopened)]
    reopened.close()
    assert names == ["字节跳动"]
    assert any(info.label == "pre-restore" for info in backups(data_dir / "backups"))
    assert applications_in(aside / "pivot.db") == 2


def _rows(database: Database) -> list[object]:
    from tracker.services.queries import ApplicationQueries

    return list(ApplicationQueries(database).rows())


def test_a_damaged_backup_is_refused_and_the_database_left_as_it_was(
    database: Database, data_dir: Path
) -> None:
    _add(database, "字节跳动")
    database.close()
    damaged = data_dir / "backups" / "pivot-20261101-000000-000000-s4-manual.db"
    damaged.parent.mkdir(exist_ok=True)
    damaged.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    before = (data_dir / "pivot.db").read_bytes()
    with pytest.raises(StorageError) as raised:
        BackupKeeper(data_dir / "pivot.db", data_dir / "backups").restore(damaged)
    assert raised.value.problem is StorageProblem.CORRUPT
    assert (data_dir / "pivot.db").read_bytes() == before


def test_a_log_left_beside_a_missing_file_goes_aside_and_is_not_replayed(
    database: Database, data_dir: Path
) -> None:
    _add(database, "字节跳动")
    keeper = BackupKeeper(database.path, data_dir / "backups")
    backup = keeper.back_up("manual")
    database.close()
    path = data_dir / "pivot.db"
    stray = b"a log of another file"
    path.unlink()
    Path(f"{path}-wal").write_bytes(stray)
    aside = keeper.restore(backup, aside_label="damaged")
    assert aside is not None and (aside / "pivot.db-wal").read_bytes() == stray
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").read_bytes() != stray
    reopened = open_database(path, data_dir / "backups")
    assert [row.company_name for row in _rows(reopened)] == ["字节跳动"]  # type: ignore[attr-defined]
    reopened.close()


def test_two_files_set_aside_in_the_same_second_keep_folders_of_their_own(tmp_path: Path) -> None:
    from tracker.db.restore import set_aside

    first_file = tmp_path / "pivot.db"
    first_file.write_bytes(b"first")
    first = set_aside(first_file, "replaced")
    first_file.write_bytes(b"second")
    second = set_aside(first_file, "replaced")
    assert first != second
    assert (first / "pivot.db").read_bytes() == b"first"
    assert (second / "pivot.db").read_bytes() == b"second"
