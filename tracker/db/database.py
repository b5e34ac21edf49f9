"""One open Pivot database: a light read connection for start-up listings, and the SQLAlchemy
engine for everything else, created on first use (importing SQLAlchemy and SQLModel costs about
0.3 s, which start-up does not pay)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.db.errors import storage_errors
from tracker.db.pragmas import connect, sqlite_target
from tracker.domain.errors import StorageError, StorageProblem

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

logger = logging.getLogger(__name__)


class Database:
    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.upgraded = False  # the schema was upgraded as the file opened
        self.newer_schema = False  # a newer Pivot's file, open read-only
        self.read_only_storage = False  # on a file system mounted read-only
        self._reader: sqlite3.Connection | None = None
        self._engine: Engine | None = None
        # Told, while a write waits for another program's lock, how long it has waited.
        self.lock_wait: Callable[[float], None] | None = None
        self._seen_version: int | None = None  # PRAGMA data_version after this side's writes

    @property
    def reader(self) -> sqlite3.Connection:
        """An autocommit connection for plain SELECTs: each one sees the latest commit."""
        if self._reader is None:
            with storage_errors(str(self.path)):
                target, uri = sqlite_target(self.path, read_only=self.read_only)
                self._reader = connect(target, uri=uri)
                self._reader.execute("PRAGMA query_only = ON")
        return self._reader

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        with storage_errors(str(self.path)):
            yield self.reader

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from tracker.db.engine import make_engine

            self._engine = make_engine(
                self.path, read_only=self.read_only, lock_wait=lambda: self.lock_wait
            )
        return self._engine

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        from tracker.db.session import write_session

        self.refuse_writes()

        with write_session(self.engine, str(self.path)) as session:
            yield session
        self._seen_version = self._data_version()

    def _data_version(self) -> int | None:
        try:
            with self.reading() as connection:
                (version,) = connection.execute("PRAGMA data_version").fetchone()
        except StorageError:
            return None
        return int(version)

    def changed_elsewhere(self) -> bool:
        """True when another program (or another Pivot command) committed a change since this
        side last wrote or asked; the first call only takes note."""
        version = self._data_version()
        if version is None:
            return False
        changed = self._seen_version is not None and version != self._seen_version
        self._seen_version = version
        return changed

    def refuse_writes(self) -> None:
        """Raise StorageError when this file is open to read only (no write is even tried)."""
        if self.newer_schema:
            raise StorageError(StorageProblem.READ_ONLY_NEWER, str(self.path))
        if self.read_only_storage:
            raise StorageError(StorageProblem.READ_ONLY_STORAGE, str(self.path))

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        from tracker.db.session import read_session

        with read_session(self.engine, str(self.path)) as session:
            yield session

    def close(self) -> None:
        """Fold the write-ahead log back into the file so that it is whole at rest."""
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self.read_only:
            return
        try:
            connection = connect(str(self.path))
            try:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.close()
        except sqlite3.Error as error:
            logger.warning("checkpoint on close failed: %s", type(error).__name__)
