"""Backups are consistent snapshots (including what is still in the write-ahead log), verified,
private, and never half-written."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.db.helpers import raw
from tracker.db import backup
from tracker.db.backup import list_backups, make_backup, verify_database_file
from tracker.db.database import Database
from tracker.db.schema import SHIPPED
from tracker.domain.errors import StorageError, StorageProblem


def _insert_company(connection: sqlite3.Connection, name: str) -> None:
    connection.execute(
        "INSERT INTO company (uuid, name, name_key, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, '', '2025-01-01', '2025-01-01')",
        (name, name, name.casefold()),
    )


def test_backup_holds_commits_still_in_the_write_ahead_log(database: object, data_dir: Path):
    live = raw(data_dir / "pivot.db")
    live.execute("PRAGMA wal_autocheckpoint = 0")
    _insert_company(live, "月之暗面")
    assert (data_dir / "pivot.db-wal").stat().st_size > 0
    path = make_backup(data_dir / "pivot.db", data_dir / "backups", label="manual")
    live.close()
    copy = sqlite3.connect(str(path))
    assert copy.execute("SELECT name FROM company").fetchall() == [("月之暗面",)]
    copy.close()
    assert verify_database_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.name.startswith("pivot-")
    assert path.name.endswith(f"-s{SHIPPED.generation}-manual.db")


def test_backups_are_listed_newest_first_and_temporaries_never(database: object, data_dir):
    folder = data_dir / "backups"
    first = make_backup(data_dir / "pivot.db", folder, label="manual")
    second = make_backup(data_dir / "pivot.db", folder, label="manual")
    (folder / ".tmp-leftover.db").write_bytes(b"half")
    assert list_backups(folder) == [second, first]


def test_a_backup_that_fails_verification_leaves_nothing_behind(
    database: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "verify_database_file", lambda _path: False)
    with pytest.raises(StorageError) as caught:
        make_backup(data_dir / "pivot.db", data_dir / "backups", label="manual")
    assert caught.value.problem is StorageProblem.BACKUP_FAILED
    assert list((data_dir / "backups").iterdir()) == []


def test_backup_of_a_missing_file_is_a_clear_failure(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        make_backup(tmp_path / "nothing.db", tmp_path / "backups", label="manual")
    assert caught.value.problem is StorageProblem.BACKUP_FAILED
    assert not any((tmp_path / "backups").glob("*.db"))


def test_too_little_space_for_a_backup_is_said_before_anything_is_written(
    database: Database, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_backup(database.path, data_dir / "backups", label="manual")
    before = database.path.read_bytes()
    usage = backup.shutil.disk_usage(data_dir)
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda _path: usage._replace(free=4096))
    with pytest.raises(StorageError) as raised:
        make_backup(database.path, data_dir / "backups", label="auto")
    assert raised.value.problem is StorageProblem.BACKUP_NO_SPACE
    assert list_backups(data_dir / "backups") == [first]
    assert list((data_dir / "backups").iterdir()) == [first]  # no temporary left either
    assert database.path.read_bytes() == before


_LOCK_PROBE = """
import fcntl, os, sys
descriptor = os.open(sys.argv[1], os.O_RDWR)
try:
    fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB, 510, 0x40000002, 0)
    print("free")
except OSError:
    print("held")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks belong to a process")
def test_a_backup_leaves_this_processs_locks_on_the_database_in_place(
    migrated_template: Path, tmp_path: Path
) -> None:
    """Opening and closing the database file outside SQLite drops every POSIX lock this
    process holds on it; another Pivot then took the file for its own at closing and removed
    the log under a write of ours (two imports at once corrupted an index)."""
    path = tmp_path / "pivot.db"
    shutil.copy2(migrated_template, path)
    holder = sqlite3.connect(str(path))
    holder.execute("SELECT count(*) FROM company").fetchall()  # a live connection, as Pivot's

    def others_see() -> str:
        done = subprocess.run([sys.executable, "-c", _LOCK_PROBE, str(path)],
                              capture_output=True, text=True, check=True, timeout=30)  # fmt: skip
        return done.stdout.strip()

    assert others_see() == "held"
    make_backup(path, tmp_path / "backups", label="pre-import")
    assert others_see() == "held"
    holder.close()
