"""Verified backups: ``VACUUM INTO`` a temporary file, fsync it, check it, then rename it into
place. The live file is never copied byte for byte (a plain copy of a WAL database can miss
committed data that is still in the -wal file)."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

from tracker.db.content_check import unexpected_content
from tracker.db.errors import problem_of
from tracker.db.pragmas import connect_read_only
from tracker.db.schema import APPLICATION_ID
from tracker.domain.errors import StorageError, StorageProblem

logger = logging.getLogger(__name__)

BACKUP_GLOB = "pivot-*.db"
SPACE_MARGIN = 1 << 20  # room for the file system's own needs


def _fsync(path: Path, *, directory: bool = False) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    descriptor = os.open(path, flags)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def verify_database_file(path: Path) -> bool:
    """True when SQLite's full integrity check passes on the file and it holds Pivot's
    content only (see content_check)."""
    try:
        connection = connect_read_only(path)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            unexpected = unexpected_content(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return rows == [("ok",)] and not unexpected


def _refuse_unless_pivots(source: sqlite3.Connection, database: Path) -> None:
    """Only a Pivot file is backed up: an empty file, another program's or a text file would
    become a "backup" on top of the list, above the real ones. Asked through SQLite's own
    connection: opening and closing the file another way would drop the locks every SQLite
    connection of this process holds on it (POSIX locks belong to the process), and another
    program could then write over a write of ours."""
    try:
        (application_id,) = source.execute("PRAGMA application_id").fetchone()
    except sqlite3.DatabaseError as error:
        raise StorageError(StorageProblem.NOT_A_DATABASE, str(database)) from error
    if database.stat().st_size == 0:
        raise StorageError(StorageProblem.NOT_A_DATABASE, str(database))
    if application_id != APPLICATION_ID:
        raise StorageError(StorageProblem.FOREIGN_DATABASE, str(database))


def referred_files(connection: sqlite3.Connection) -> list[str]:
    """Every file hash the documents' versions name (those in the trash too), as stored; none
    in a file from before documents."""
    if not connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_version'"
    ).fetchone():
        return []
    rows = connection.execute(
        "SELECT DISTINCT file_hash FROM document_version WHERE file_hash IS NOT NULL"
    )
    return [str(value) for (value,) in rows]


def document_hashes_in(path: Path) -> set[str]:
    """The documents' files a database file (the live one or a backup) refers to; none when
    it predates documents or cannot be read."""
    from tracker.domain.documents import is_file_hash  # read with backups, not at start-up

    try:
        connection = connect_read_only(path)
        try:
            hashes = referred_files(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        return set()
    return {value for value in hashes if is_file_hash(value)}


def keep_documents_of(backup: Path, database: Path) -> None:
    """A backup keeps the documents' files it refers to in the backups' own folder (each file
    once, linked rather than copied where the disk allows), so that restoring it brings them
    back even after the trash was emptied."""
    from tracker.db import document_files  # loaded with the first backup, not at start-up

    missing = document_files.copy_stored(
        document_files.store_folder(database),
        backup.parent / document_files.FOLDER,
        document_hashes_in(backup),
    )
    if missing:
        logger.warning("%d document file(s) were missing from the data folder", len(missing))


def _require_space(database: Path, backup_dir: Path) -> None:
    """A copy needs about the database's size (with its log) free; checked first, so that a
    full disk never starts a backup it cannot finish, and older backups are never touched."""
    needed = sum(
        Path(f"{database}{suffix}").stat().st_size
        for suffix in ("", "-wal")
        if Path(f"{database}{suffix}").exists()
    )
    if shutil.disk_usage(backup_dir).free < needed + SPACE_MARGIN:
        raise StorageError(StorageProblem.BACKUP_NO_SPACE, str(backup_dir))


def make_backup(database: Path, backup_dir: Path, *, label: str) -> Path:
    """Write a verified copy of ``database`` into ``backup_dir`` and return its path.

    The name carries the time (UTC), the schema generation and why it was made, e.g.
    ``pivot-20261125-153000-123456-s1-pre-migration.db``.
    """
    temporary = backup_dir / f".tmp-{uuid.uuid4().hex}.db"
    try:
        backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        _require_space(database, backup_dir)
        source = connect_read_only(database)
        try:
            _refuse_unless_pivots(source, database)
            (generation,) = source.execute("PRAGMA user_version").fetchone()
            source.execute("VACUUM INTO ?", (str(temporary),))
        finally:
            source.close()
        os.chmod(temporary, 0o600)
        _fsync(temporary)
        if not verify_database_file(temporary):
            raise StorageError(StorageProblem.BACKUP_FAILED, str(temporary))
        keep_documents_of(temporary, database)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        final = backup_dir / f"pivot-{stamp}-s{generation}-{label}.db"
        os.replace(temporary, final)
        _fsync(backup_dir, directory=True)
    except (OSError, sqlite3.Error) as error:
        logger.error("backup failed: %s", type(error).__name__)
        full = problem_of(error) is StorageProblem.DISK_FULL or getattr(error, "errno", 0) == 28
        problem = StorageProblem.BACKUP_NO_SPACE if full else StorageProblem.BACKUP_FAILED
        raise StorageError(problem, str(backup_dir)) from error
    finally:
        temporary.unlink(missing_ok=True)
    logger.info("verified backup written (%s)", label)
    return final


def list_backups(backup_dir: Path) -> list[Path]:
    """Backups in ``backup_dir``, newest first; unfinished temporary files are never listed."""
    if not backup_dir.is_dir():
        return []
    return sorted(backup_dir.glob(BACKUP_GLOB), reverse=True)
