"""The SQLAlchemy engine over a Pivot database file.

Transactions follow SQLAlchemy's recipe for the sqlite3 driver: the driver's own implicit
transaction handling is switched off and every transaction is begun explicitly, so DDL is
transactional and a failed migration rolls back completely. Write sessions begin with
``BEGIN IMMEDIATE`` (the write lock is taken up front, never half-way through a user action).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from tracker.db import pragmas
from tracker.db.pragmas import apply_pragmas, sqlite_target

WRITE_OPTION = "pivot_write"
WAIT_STEP_MS = 100  # how often a wait for another program's lock reports itself

# Called while a write waits for another program's lock, with the seconds waited so far.
LockWait = Callable[[float], None]


def _begin_writing(connection: Any, lock_wait: LockWait | None) -> None:
    """BEGIN IMMEDIATE. Without ``lock_wait`` SQLite itself waits up to the busy timeout;
    with it the wait is taken in short steps, each reported (so that a window can repaint
    and say what it waits for), and given up after the same timeout."""
    if lock_wait is None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        return
    started = time.monotonic()
    connection.exec_driver_sql(f"PRAGMA busy_timeout = {WAIT_STEP_MS}")
    try:
        while True:
            try:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except Exception as error:
                original = getattr(error, "orig", error)
                busy = isinstance(original, sqlite3.OperationalError) and (
                    getattr(original, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_BUSY
                )
                waited = time.monotonic() - started
                if not busy or waited * 1000 >= pragmas.BUSY_TIMEOUT_MS:
                    raise
                lock_wait(waited)
    finally:
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {pragmas.BUSY_TIMEOUT_MS}")


def make_engine(
    path: Path,
    *,
    read_only: bool = False,
    foreign_keys: bool = True,
    lock_wait: Callable[[], LockWait | None] = lambda: None,
) -> Engine:
    """``lock_wait`` gives, at each write, the function to report a wait for the lock to."""
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
        if connection.get_execution_options().get(WRITE_OPTION, False):
            _begin_writing(connection, lock_wait())
        else:
            connection.exec_driver_sql("BEGIN")

    return engine


def writing(engine: Engine) -> Engine:
    """The same engine, beginning its transactions with BEGIN IMMEDIATE."""
    return engine.execution_options(**{WRITE_OPTION: True})
