"""Opening the file: created private and tagged, refused untouched when it is not ours or newer."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from tests.unit.db.helpers import fingerprint, folder_listing, raw
from tracker.db import pragmas
from tracker.db.backup import make_backup
from tracker.db.header import read_header
from tracker.db.opening import open_database
from tracker.db.schema import APPLICATION_ID, SHIPPED
from tracker.domain.errors import StorageError, StorageProblem


def _refusal(path: Path, backups: Path | None = None) -> StorageProblem:
    with pytest.raises(StorageError) as caught:
        open_database(path, backups or path.parent / "backups")
    return caught.value.problem


def test_new_database_is_private_tagged_in_wal_and_at_head(tmp_path: Path) -> None:
    os.umask(0o022)
    folder = tmp_path / "fresh"
    database = open_database(folder / "pivot.db", folder / "backups")
    database.close()
    path = folder / "pivot.db"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    header = read_header(path)
    assert header.application_id == APPLICATION_ID
    assert header.user_version == SHIPPED.generation
    connection = raw(path)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
        SHIPPED.head,
    )
    assert not (folder / "backups").exists(), "a new file needs no pre-migration backup"


def test_sidecar_files_are_private_too(database: object, data_dir: Path) -> None:
    connection = raw(data_dir / "pivot.db")
    connection.execute("INSERT INTO company (uuid, name, name_key, notes, created_at, updated_at)"
                       " VALUES ('u', 'A', 'a', '', '2025-01-01', '2025-01-01')")  # fmt: skip
    for suffix in ("-wal", "-shm"):
        sidecar = data_dir / f"pivot.db{suffix}"
        assert stat.S_IMODE(sidecar.stat().st_mode) == 0o600
    connection.close()


def test_reopening_at_head_writes_nothing(migrated_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "pivot.db"
    path.write_bytes(migrated_template.read_bytes())
    before = fingerprint(path)
    open_database(path, tmp_path / "backups").close()
    assert fingerprint(path) == before
    assert not (tmp_path / "backups").exists()


def test_newer_schema_in_header_is_refused_untouched(migrated_template: Path, tmp_path: Path):
    path = tmp_path / "pivot.db"
    path.write_bytes(migrated_template.read_bytes())
    connection = raw(path)
    connection.execute(f"PRAGMA user_version = {SHIPPED.generation + 1}")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    before, listing = fingerprint(path), folder_listing(tmp_path)
    assert _refusal(path) is StorageProblem.NEWER_SCHEMA
    assert fingerprint(path) == before
    assert folder_listing(tmp_path) == listing, "no backup, no sidecar, nothing written"


def test_unknown_revision_is_refused_as_newer(migrated_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "pivot.db"
    path.write_bytes(migrated_template.read_bytes())
    connection = raw(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    before = fingerprint(path)
    assert _refusal(path) is StorageProblem.NEWER_SCHEMA
    assert fingerprint(path) == before
    assert not (tmp_path / "backups").exists()


def test_a_text_file_is_not_a_database_and_stays_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "pivot.db"
    path.write_text("公司,职位\n字节跳动,AI训练师\n", encoding="utf-8")
    before = fingerprint(path)
    assert _refusal(path) is StorageProblem.NOT_A_DATABASE
    assert fingerprint(path) == before


@pytest.mark.parametrize("application_id", [0, 0x12345678])
def test_another_programs_sqlite_file_is_refused(tmp_path: Path, application_id: int) -> None:
    path = tmp_path / "pivot.db"
    connection = sqlite3.connect(str(path))
    connection.execute(f"PRAGMA application_id = {application_id}")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.commit()
    connection.close()
    before = fingerprint(path)
    assert _refusal(path) is StorageProblem.FOREIGN_DATABASE
    assert fingerprint(path) == before
    assert folder_listing(tmp_path) == ["pivot.db"]


def test_missing_file_beside_backups_is_not_silently_recreated(
    migrated_template: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    make_backup(migrated_template, backups, label="manual")
    path = tmp_path / "pivot.db"
    assert _refusal(path, backups) is StorageProblem.MISSING
    assert not path.exists()


def test_empty_file_beside_backups_is_left_empty(migrated_template: Path, tmp_path: Path):
    backups = tmp_path / "backups"
    make_backup(migrated_template, backups, label="manual")
    path = tmp_path / "pivot.db"
    path.touch()
    assert _refusal(path, backups) is StorageProblem.MISSING
    assert path.stat().st_size == 0


def test_empty_file_without_backups_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "pivot.db"
    path.touch()
    open_database(path, tmp_path / "backups").close()
    assert read_header(path).application_id == APPLICATION_ID


def test_damaged_file_is_refused_and_kept(migrated_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "pivot.db"
    data = bytearray(migrated_template.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 2 + 8, page_size * 3, 7):  # scramble the third page
        data[offset] = (data[offset] * 31 + 7) % 256
    path.write_bytes(bytes(data))
    before = fingerprint(path)
    assert _refusal(path) in (StorageProblem.CORRUPT, StorageProblem.NOT_A_DATABASE)
    assert path.exists() and fingerprint(path) == before
    assert folder_listing(tmp_path) == ["pivot.db"], "no -wal/-shm left beside it"


@pytest.mark.parametrize("folder_name", ["求职 #1", "a?b", "50% done", "Job Hunt 2026"])
def test_awkward_folder_names_open_the_right_file(tmp_path: Path, folder_name: str) -> None:
    folder = tmp_path / folder_name
    open_database(folder / "pivot.db", folder / "backups").close()
    assert read_header(folder / "pivot.db").application_id == APPLICATION_ID
    strays = [p.name for p in tmp_path.iterdir() if p.name != folder_name]
    assert strays == []


def test_data_folder_that_is_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder", encoding="utf-8")
    assert _refusal(blocker / "pivot.db", tmp_path / "backups") is StorageProblem.NOT_A_FOLDER
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_database_path_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "pivot.db").mkdir()
    assert _refusal(tmp_path / "pivot.db") is StorageProblem.IS_A_FOLDER


def test_a_file_locked_by_another_program_is_reported_as_locked(
    migrated_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pragmas, "BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "pivot.db"
    path.write_bytes(migrated_template.read_bytes())
    holder = sqlite3.connect(str(path), isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert _refusal(path) is StorageProblem.LOCKED
    finally:
        holder.execute("ROLLBACK")
        holder.close()
