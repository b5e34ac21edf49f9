"""What a data folder holds, read from a copy so that reading never changes the original: the
application rows (by uuid, with a digest of every column), the integrity check and the file's
identity."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

DATABASE = "pivot.db"
SIDECARS = ("-wal", "-shm")
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class DatabaseState:
    """The applications of a database as SQLite (with its write-ahead log) would show them."""

    integrity: str
    live: int
    rows: dict[str, str] = field(default_factory=dict)  # uuid → digest of every column
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # uuid → (company, role)
    problem: str = ""  # why the file could not be read at all

    @property
    def sound(self) -> bool:
        return not self.problem and self.integrity == "ok"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read(connection: sqlite3.Connection) -> DatabaseState:
    integrity = "; ".join(r[0] for r in connection.execute("PRAGMA integrity_check").fetchall())
    columns = [r[1] for r in connection.execute("PRAGMA table_info(job_application)")]
    rows: dict[str, str] = {}
    live = 0
    for row in connection.execute("SELECT * FROM job_application ORDER BY id"):
        record = dict(zip(columns, row, strict=True))
        rows[str(record["uuid"])] = hashlib.sha256(repr(row).encode()).hexdigest()
        live += record.get("deleted_at") is None
    names = {
        str(uuid): (str(company), str(role))
        for uuid, company, role in connection.execute(
            "SELECT a.uuid, c.name, a.role_title FROM job_application AS a "
            "LEFT JOIN company AS c ON c.id = a.company_id"
        )
    }
    return DatabaseState(integrity=integrity, live=live, rows=rows, names=names)


def read_state(database: Path, *, with_log: bool = True) -> DatabaseState:
    """The state of ``database`` (and its -wal, when ``with_log``), read from a private copy."""
    with tempfile.TemporaryDirectory(prefix="pivot-state-") as folder:
        copy = Path(folder) / DATABASE
        try:
            shutil.copyfile(database, copy)
            wal = Path(f"{database}-wal")
            if with_log and wal.is_file():
                shutil.copyfile(wal, Path(f"{copy}-wal"))
        except OSError as error:
            return DatabaseState("", 0, problem=f"cannot be copied: {error.strerror}")
        try:
            connection = sqlite3.connect(copy, isolation_level=None)
            try:
                return _read(connection)
            finally:
                connection.close()
        except sqlite3.Error as error:
            return DatabaseState("", 0, problem=f"cannot be read: {error}")


def strings_in(database: Path, sql: str) -> list[str]:
    """The text values a query returns, read from a copy (with the log)."""
    with tempfile.TemporaryDirectory(prefix="pivot-state-") as folder:
        copy = Path(folder) / DATABASE
        shutil.copyfile(database, copy)
        wal = Path(f"{database}-wal")
        if wal.is_file():
            shutil.copyfile(wal, Path(f"{copy}-wal"))
        connection = sqlite3.connect(copy, isolation_level=None)
        try:
            return [str(r[0]) for r in connection.execute(sql)]
        finally:
            connection.close()
