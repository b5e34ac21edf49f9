"""The SQLAlchemy engine over a Pivot database file.

Transactions follow SQLAlchemy's recipe for the sqlite3 driver: the driver's own implicit
transaction handling is switched off and every transaction is begun explicitly, so DDL is
transactional and a failed migration rolls back completely. Write sessions begin with
``BEGIN IMMEDIATE`` (the write lock is taken up front, never half-way through a user action).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from tracker.db.pragmas import apply_pragmas, sqlite_target

WRITE_OPTION = "pivot_write"


def make_engine(path: Path, *, read_only: bool = False, foreign_keys: bool = True) -> Engine:
    target, uri = sqlite_target(path, read_only=read_only)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(target, uri=uri, isolation_level=None, check_same_thread=False)

    engine = create_engine(
        "sqlite+pysqlite://",
        creator=connect,
        poolclass=NullPool if read_only else None,
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        apply_pragmas(dbapi_connection, foreign_keys=foreign_keys)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        writes = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

    return engine


def writing(engine: Engine) -> Engine:
    """The same engine, beginning its transactions with BEGIN IMMEDIATE."""
    return engine.execution_options(**{WRITE_OPTION: True})
