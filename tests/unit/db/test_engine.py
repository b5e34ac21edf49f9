"""Connection settings, transactions that hold the write lock, and environment faults turned
into typed errors that carry no user data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, text

from tests.unit.db.helpers import raw
from tracker.db import pragmas
from tracker.db.database import Database
from tracker.db.engine import make_engine
from tracker.db.models import Company
from tracker.db.session import write_session
from tracker.domain.errors import StorageError, StorageProblem


def test_every_connection_gets_the_safety_pragmas(database: Database) -> None:
    with database.engine.connect() as connection:
        values = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar_one()
            for name in (
                "foreign_keys", "busy_timeout", "synchronous", "trusted_schema",
                "secure_delete", "journal_mode",
            )
        }  # fmt: skip
    assert values == {
        "foreign_keys": 1,
        "busy_timeout": 5000,
        "synchronous": 2,  # FULL
        "trusted_schema": 0,
        "secure_delete": 1,
        "journal_mode": "wal",
    }
    assert database.reader.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert database.reader.execute("PRAGMA query_only").fetchone() == (1,)


def test_write_session_takes_the_write_lock_at_once(database: Database, data_dir: Path):
    other = raw(data_dir / "pivot.db")
    other.execute("PRAGMA busy_timeout = 0")
    with database.write_session() as session:
        session.exec(text("SELECT 1"))  # type: ignore[call-overload]
        with pytest.raises(Exception, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()


def test_write_session_rolls_back_everything_on_error(database: Database) -> None:
    with pytest.raises(RuntimeError), database.write_session() as session:
        session.add(Company(name="商汤科技", name_key="商汤科技"))
        session.flush()
        raise RuntimeError("bug half-way through an action")
    assert database.reader.execute("SELECT count(*) FROM company").fetchone() == (0,)


def test_locked_database_is_a_typed_error(
    database: Database, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pragmas, "BUSY_TIMEOUT_MS", 50)
    locked = Database(data_dir / "pivot.db")
    holder = raw(data_dir / "pivot.db")
    holder.execute("BEGIN IMMEDIATE")
    with pytest.raises(StorageError) as caught, locked.write_session() as session:
        session.add(Company(name="百度", name_key="百度"))
    assert caught.value.problem is StorageProblem.LOCKED
    holder.execute("ROLLBACK")
    holder.close()
    locked.close()


def test_full_disk_is_a_typed_error_and_keeps_earlier_data(database: Database) -> None:
    with database.write_session() as session:
        session.add(Company(name="腾讯", name_key="腾讯"))
    engine = database.engine

    @event.listens_for(engine, "connect")
    def _tiny(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    engine.dispose()
    with pytest.raises(StorageError) as caught, database.write_session() as session:
        session.add(Company(name="x" * 100, name_key="x" * 100, notes="注" * 200_000))
    assert caught.value.problem is StorageProblem.DISK_FULL
    names = database.reader.execute("SELECT name FROM company").fetchall()
    assert names == [("腾讯",)]


def test_read_only_file_is_a_typed_error(database: Database, data_dir: Path) -> None:
    read_only = make_engine(data_dir / "pivot.db", read_only=True)
    with pytest.raises(StorageError) as caught, write_session(read_only) as session:
        session.add(Company(name="美团", name_key="美团"))
    assert caught.value.problem is StorageProblem.READ_ONLY
    read_only.dispose()


def test_sql_errors_never_carry_the_values_written(database: Database) -> None:
    secret = "年包 80 万, 不要告诉别人"
    with pytest.raises(Exception) as caught, database.write_session() as session:
        session.add(Company(name=secret, name_key="dup"))
        session.add(Company(name=secret, name_key="dup"))
        session.flush()
    assert secret not in str(caught.value)
