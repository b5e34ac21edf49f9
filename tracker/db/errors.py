"""Turn SQLite's environment faults into typed storage errors the window can explain."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from tracker.domain.errors import StorageError, StorageProblem

# Primary result codes, https://www.sqlite.org/rescode.html
_PROBLEM_BY_CODE = {
    5: StorageProblem.LOCKED,  # SQLITE_BUSY
    6: StorageProblem.LOCKED,  # SQLITE_LOCKED
    8: StorageProblem.READ_ONLY,  # SQLITE_READONLY
    10: StorageProblem.IO_ERROR,  # SQLITE_IOERR
    11: StorageProblem.CORRUPT,  # SQLITE_CORRUPT
    13: StorageProblem.DISK_FULL,  # SQLITE_FULL
    14: StorageProblem.IO_ERROR,  # SQLITE_CANTOPEN
    26: StorageProblem.NOT_A_DATABASE,  # SQLITE_NOTADB
}


def problem_of(error: BaseException) -> StorageProblem | None:
    """The storage problem behind a sqlite3 (or SQLAlchemy-wrapped) error, if it is one."""
    original = getattr(error, "orig", error)
    if isinstance(original, OSError):
        return StorageProblem.IO_ERROR
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    if code is None:
        return None
    return _PROBLEM_BY_CODE.get(code & 0xFF)


@contextmanager
def storage_errors(path: str | None = None) -> Iterator[None]:
    """Re-raise environment faults as StorageError; let bugs through unchanged."""
    try:
        yield
    except StorageError:
        raise
    except Exception as error:
        problem = problem_of(error)
        if problem is None:
            raise
        raise StorageError(problem, path) from error
