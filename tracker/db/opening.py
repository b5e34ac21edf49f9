"""Open the database file, checking it before anything is written.

In order: the path is usable; a missing (or empty) file is created only when no backups exist
(never a silent fresh start beside the user's backups); the header says SQLite and Pivot; the
schema is not newer than this version; ``quick_check`` passes; an older schema gets a verified
backup and then its upgrade in one transaction.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from tracker.db.backup import list_backups, make_backup
from tracker.db.content_check import unexpected_content
from tracker.db.database import Database
from tracker.db.errors import problem_of
from tracker.db.header import read_header
from tracker.db.pragmas import connect_read_only, on_read_only_storage
from tracker.db.schema import APPLICATION_ID, SHIPPED, MigrationSet
from tracker.domain.errors import StorageError, StorageProblem

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileState:
    revision: str | None
    table_count: int
    quick_check_ok: bool
    # Not Pivot's alone: tables, triggers or views Pivot never creates, core tables missing,
    # or an application id (as SQLite reads it, with any log applied) that is not Pivot's.
    unexpected_content: bool = False


def _prepare_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise StorageError(StorageProblem.NOT_A_FOLDER, str(folder))
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(StorageProblem.NOT_A_FOLDER, str(folder)) from error


def create_database_file(path: Path) -> None:
    """A new, empty Pivot file: private (0600), tagged with Pivot's application id, in WAL mode."""
    previous_umask = os.umask(0o077)
    try:
        connection = sqlite3.connect(str(path), isolation_level=None)
        try:
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute("PRAGMA journal_mode = WAL")
        finally:
            connection.close()
    finally:
        os.umask(previous_umask)
    os.chmod(path, 0o600)


class EarlyCheck:
    """``PRAGMA quick_check`` begun in a thread as the program starts, so that checking a large
    file overlaps importing the window (SQLite releases the interpreter while it reads). Only a
    file whose header says it is Pivot's is touched, and only read."""

    def __init__(self, path: Path) -> None:
        self._path = path
        # The sidecars as found, before this check (or anything after it) opens the file.
        self.sidecars_before = _sidecars(path)
        self._ok: bool | None = None
        self._thread: threading.Thread | None = None
        try:
            header = read_header(path)
        except OSError:
            return
        if header.is_sqlite and header.application_id == APPLICATION_ID:
            self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            connection = connect_read_only(self._path)
            try:
                self._ok = connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            finally:
                connection.close()
        except sqlite3.Error:
            self._ok = None  # left to the ordinary check, which says what went wrong

    @property
    def started(self) -> bool:
        return self._thread is not None

    def result(self) -> bool | None:
        """True or False once the check ran; None if it did not (then check as usual)."""
        if self._thread is None:
            return None
        self._thread.join()
        return self._ok


def inspect_file(path: Path, quick_check_ok: bool | None = None) -> FileState:
    """Read the schema revision and check the pages (unless already checked), read-only."""
    connection = connect_read_only(path)
    try:
        tables = {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        if quick_check_ok is None:
            quick_check_ok = connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        unexpected = bool(unexpected_content(connection))
    finally:
        connection.close()
    return FileState(
        revision=revision,
        table_count=len(tables - {"alembic_version"}),
        quick_check_ok=quick_check_ok,
        unexpected_content=unexpected,
    )


def _check_header(path: Path, migrations: MigrationSet) -> int:
    """Return the application id; refuse files that are not (or not yet) Pivot's."""
    header = read_header(path)
    if not header.is_sqlite:
        raise StorageError(StorageProblem.NOT_A_DATABASE, str(path))
    if header.application_id not in (APPLICATION_ID, 0):
        raise StorageError(StorageProblem.FOREIGN_DATABASE, str(path))
    if header.user_version > migrations.generation:
        raise StorageError(StorageProblem.NEWER_SCHEMA, str(path))
    return header.application_id


def open_database(
    path: Path,
    backup_dir: Path,
    *,
    migrations: MigrationSet = SHIPPED,
    early_check: EarlyCheck | None = None,
    read_only_if_newer: bool = False,
) -> Database:
    """Check, create or upgrade the file at ``path`` and return it open. Raises StorageError.

    With ``read_only_if_newer``, a sound Pivot file written by a newer version opens read-only
    (nothing migrated, nothing written) instead of being refused."""
    try:
        if on_read_only_storage(path):
            return _open_on_read_only_storage(path, backup_dir, migrations)
        return _open(path, backup_dir, migrations, early_check)
    except StorageError as error:
        if error.problem is not StorageProblem.NEWER_SCHEMA or not read_only_if_newer:
            raise
        return _open_newer(path)


def _open_newer(path: Path) -> Database:
    """A newer Pivot's file, read-only, when its header is Pivot's and its pages are sound."""
    try:
        header = read_header(path)
        sound = header.application_id == APPLICATION_ID and inspect_file(path).quick_check_ok
    except (OSError, sqlite3.Error) as error:
        raise StorageError(StorageProblem.NEWER_SCHEMA, str(path)) from error
    if not sound:
        raise StorageError(StorageProblem.NEWER_SCHEMA, str(path))
    database = Database(path, read_only=True)
    database.newer_schema = True
    return database


def check_without_opening(
    path: Path, backup_dir: Path, *, migrations: MigrationSet = SHIPPED
) -> bool:
    """Every check ``open_database`` makes, read-only and naming ``path``: for work on a copy
    (a dry run) that must say what the real file would say. True when there is no file yet
    (an import would start one); raises StorageError as opening would."""
    sidecars_before = _sidecars(path)
    if path.is_dir():
        raise StorageError(StorageProblem.IS_A_FOLDER, str(path))
    try:
        if not path.exists() or path.stat().st_size == 0:
            if list_backups(backup_dir):
                raise StorageError(StorageProblem.MISSING, str(path))
            return True
        application_id = _check_header(path, migrations)
        _refuse_if_unusable(path, inspect_file(path), application_id, migrations)
    except (sqlite3.Error, OSError, StorageError) as error:
        # Only a refused file is tidied, as opening does; a sound one may be in use by the
        # window or another command, and its log files are never touched then.
        _remove_new_empty_sidecars(path, sidecars_before)
        if isinstance(error, StorageError):
            raise
        problem = (
            StorageProblem.IO_ERROR
            if isinstance(error, OSError)
            else problem_of(error) or StorageProblem.NOT_A_DATABASE
        )
        raise StorageError(problem, str(path)) from error
    return False


def _open_on_read_only_storage(path: Path, backup_dir: Path, migrations: MigrationSet) -> Database:
    """A file on a read-only file system: the same checks, then open to read and export.
    Nothing can be written there, so a file that needs an upgrade is refused as it is."""
    if check_without_opening(path, backup_dir, migrations=migrations):
        raise StorageError(StorageProblem.READ_ONLY_STORAGE, str(path))  # none, none can start
    if inspect_file(path).revision != migrations.head:
        raise StorageError(StorageProblem.READ_ONLY_STORAGE, str(path))
    database = Database(path, read_only=True)
    database.read_only_storage = True
    return database


def _open(
    path: Path, backup_dir: Path, migrations: MigrationSet, early_check: EarlyCheck | None
) -> Database:
    _prepare_folder(path.parent)
    if path.is_dir():
        raise StorageError(StorageProblem.IS_A_FOLDER, str(path))
    sidecars_before = early_check.sidecars_before if early_check else _sidecars(path)
    try:
        early = early_check.result() if early_check is not None else None
        state, application_id = _read_state(path, backup_dir, migrations, early)
        _refuse_if_unusable(path, state, application_id, migrations)
    except StorageError:
        _remove_new_empty_sidecars(path, sidecars_before)
        raise
    if state.revision != migrations.head:
        if state.table_count > 0:
            make_backup(path, backup_dir, label="pre-migration")
        from tracker.db.migrate import upgrade_database

        upgrade_database(path, script_location=migrations.script_location)
    _ensure_write_ahead_log(path)
    database = Database(path)
    database.upgraded = state.revision != migrations.head
    return database


def _read_state(
    path: Path, backup_dir: Path, migrations: MigrationSet, quick_check_ok: bool | None
) -> tuple[FileState, int]:
    try:
        empty = not path.exists() or path.stat().st_size == 0
        if empty:
            if list_backups(backup_dir):
                raise StorageError(StorageProblem.MISSING, str(path))
            create_database_file(path)
        application_id = _check_header(path, migrations)
        return inspect_file(path, quick_check_ok), application_id
    except sqlite3.Error as error:
        # Busy, read-only or I/O trouble is said as such; only an unreadable file is "not a
        # database".
        problem = problem_of(error) or StorageProblem.NOT_A_DATABASE
        raise StorageError(problem, str(path)) from error
    except OSError as error:
        raise StorageError(StorageProblem.IO_ERROR, str(path)) from error


def _refuse_if_unusable(
    path: Path, state: FileState, application_id: int, migrations: MigrationSet
) -> None:
    if not state.quick_check_ok:
        raise StorageError(StorageProblem.CORRUPT, str(path))
    if application_id != APPLICATION_ID:
        raise StorageError(StorageProblem.FOREIGN_DATABASE, str(path))
    if state.unexpected_content:
        raise StorageError(StorageProblem.UNEXPECTED_CONTENT, str(path))
    if state.revision is not None and state.revision not in migrations.revisions:
        raise StorageError(StorageProblem.NEWER_SCHEMA, str(path))


def _sidecars(path: Path) -> set[Path]:
    return {side for side in (Path(f"{path}-wal"), Path(f"{path}-shm")) if side.exists()}


def _remove_new_empty_sidecars(path: Path, existed: set[Path]) -> None:
    """A refused file is left as it was found: the empty -wal/-shm files that reading it
    created go again (files that were there before, or hold data, are never touched)."""
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if wal in existed or shm in existed:
        return
    if wal.exists() and wal.stat().st_size > 0:
        return
    for side in (wal, shm):
        with suppress(OSError):  # a read-only folder, say: then there was nothing to remove
            side.unlink(missing_ok=True)


def _ensure_write_ahead_log(path: Path) -> None:
    """A file restored or copied from elsewhere may use a rollback journal; Pivot's files use
    the write-ahead log (set once, it stays with the file)."""
    try:
        connection = sqlite3.connect(str(path), isolation_level=None)
        try:
            if connection.execute("PRAGMA journal_mode").fetchone() != ("wal",):
                connection.execute("PRAGMA journal_mode = WAL")
        finally:
            connection.close()
    except sqlite3.Error as error:
        problem = problem_of(error) or StorageProblem.IO_ERROR
        raise StorageError(problem, str(path)) from error
