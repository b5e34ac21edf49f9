"""A file is judged by what SQLite reads from it, not only by its header: a write-ahead log left
from another database, tables Pivot did not create under Pivot's mark, or a trigger or view
planted in the file are refused before anything is written or migrated."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.unit.db.helpers import fingerprint, raw
from tracker.db.opening import open_database
from tracker.db.schema import APPLICATION_ID, KNOWN_TABLES
from tracker.domain.errors import StorageError, StorageProblem


def _refusal(path: Path) -> StorageProblem:
    with pytest.raises(StorageError) as caught:
        open_database(path, path.parent / "backups")
    return caught.value.problem


def _pivot_file(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "pivot.db"
    shutil.copyfile(template, path)
    connection = raw(path)
    connection.execute(
        "INSERT INTO company (uuid, name, name_key, notes, created_at, updated_at)"
        " VALUES ('u', 'Acme', 'acme', '', '2025-01-01', '2025-01-01')"
    )
    connection.close()
    return path


def _log_of_another_database(folder: Path) -> Path:
    """A -wal holding uncheckpointed pages of an unrelated database (as a sync tool or a
    careless copy could leave it)."""
    folder.mkdir()
    other = folder / "other.db"
    connection = sqlite3.connect(str(other), isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.executemany("INSERT INTO notes VALUES (?)", [("x" * 500,)] * 50)
    wal = Path(f"{other}-wal")
    copy = folder / "stolen-wal"
    shutil.copyfile(wal, copy)
    connection.close()
    return copy


def test_a_log_from_another_database_is_refused_and_nothing_is_migrated(
    migrated_template: Path, tmp_path: Path
) -> None:
    path = _pivot_file(migrated_template, tmp_path / "data")
    wal = _log_of_another_database(tmp_path / "other")
    shutil.copyfile(wal, f"{path}-wal")
    before = (fingerprint(path), fingerprint(Path(f"{path}-wal")))
    assert _refusal(path) is StorageProblem.UNEXPECTED_CONTENT
    assert (fingerprint(path), fingerprint(Path(f"{path}-wal"))) == before
    assert not (tmp_path / "data" / "backups").exists()


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TABLE wallet (secret TEXT)",
        "CREATE VIEW everything AS SELECT * FROM company",
        "CREATE TRIGGER wipe AFTER INSERT ON job_application BEGIN "
        "DELETE FROM job_application; END",
        "CREATE TRIGGER search_company_ai AFTER INSERT ON company BEGIN DELETE FROM company; END",
    ],
)
def test_objects_pivot_did_not_create_are_refused_untouched(
    migrated_template: Path, tmp_path: Path, statement: str
) -> None:
    path = _pivot_file(migrated_template, tmp_path)
    connection = raw(path)
    connection.execute(statement)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = fingerprint(path)
    assert _refusal(path) is StorageProblem.UNEXPECTED_CONTENT
    assert fingerprint(path) == before


def test_pivots_mark_on_a_file_without_pivots_tables_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "pivot.db"
    connection = sqlite3.connect(str(path), isolation_level=None)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('0004')")
    connection.execute("CREATE TABLE ledger (amount INTEGER)")
    connection.close()
    before = fingerprint(path)
    assert _refusal(path) is StorageProblem.UNEXPECTED_CONTENT
    assert fingerprint(path) == before


def test_every_table_a_migration_creates_is_known(migrated_template: Path) -> None:
    connection = raw(migrated_template)
    tables = {
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    connection.close()
    assert tables == KNOWN_TABLES
