"""Connection settings every Pivot connection gets, applied to a DB-API connection.

See the data-safety rules: foreign keys on (off only while migrating), a busy timeout instead of
instant "database is locked", full fsync on commit, no trust in functions named by the schema,
deleted text overwritten on disk.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

BUSY_TIMEOUT_MS = 5000

T = TypeVar("T")


def apply_pragmas(connection: sqlite3.Connection, *, foreign_keys: bool = True) -> None:
    connection.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA secure_delete = ON")


def on_read_only_storage(path: Path) -> bool:
    """True when the file's folder is on a file system mounted read-only (a write-protected
    card, a read-only share or snapshot): nothing can be written there, not even SQLite's
    shared-memory file, so the file is read as immutable."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:  # Windows: read-only media fail on the first write instead
        return False
    try:
        return bool(statvfs(path.parent).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def sqlite_target(path: Path, *, read_only: bool) -> tuple[str, bool]:
    """The string and ``uri`` flag for sqlite3.connect. Paths become ``file:`` URIs through
    Path.as_uri(), never by formatting: a '#' or '?' in a folder name must not change the file.
    On read-only storage a read-only connection reads the file as immutable (it cannot create
    the write-ahead log's shared-memory file there)."""
    if read_only:
        query = "?mode=ro&immutable=1" if on_read_only_storage(path) else "?mode=ro"
        return path.absolute().as_uri() + query, True
    return str(path), False


def connect(
    path_or_uri: str, *, uri: bool = False, foreign_keys: bool = True
) -> sqlite3.Connection:
    """A DB-API connection in autocommit mode (transactions are begun explicitly)."""
    connection = sqlite3.connect(
        path_or_uri, uri=uri, isolation_level=None, check_same_thread=False
    )
    apply_pragmas(connection, foreign_keys=foreign_keys)
    return connection


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection for checks and copies; it can never change the file."""
    target, uri = sqlite_target(path, read_only=True)
    connection = sqlite3.connect(
        target, uri=uri, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
    )
    connection.execute("PRAGMA trusted_schema = OFF")
    return connection


def read_apart(path: Path, reader: Callable[[sqlite3.Connection], T]) -> T | None:
    """What ``reader`` reads over a read-only connection of its own (for a thread reading
    ahead, or a file beside the database); None when the file cannot be read that way (an
    older schema, a damaged or locked file), for the caller to read the ordinary way."""
    try:
        connection = connect_read_only(path)
        try:
            return reader(connection)
        finally:
            connection.close()
    except (sqlite3.Error, ValueError, KeyError):
        return None
