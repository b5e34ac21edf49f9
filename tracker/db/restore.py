"""Put a backup in the database's place. The file it replaces is never deleted: it moves, with
its -wal and -shm, into a folder of its own beside the database. The backup is copied through
SQLite's backup API into a temporary file, checked, then renamed into place."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from tracker.db import document_files
from tracker.db.backup import document_hashes_in, verify_database_file
from tracker.db.pragmas import connect_read_only
from tracker.domain.errors import StorageError, StorageProblem

SIDECARS = ("-wal", "-shm")


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _parts(database: Path) -> list[Path]:
    return [part for s in ("", *SIDECARS) if (part := Path(f"{database}{s}")).exists()]


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def set_aside(database: Path, label: str) -> Path:
    """Move the database file and its sidecars (a log left without its file too) into a new
    folder ``<label>-<time>/`` beside it; return that folder."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    aside = database.parent / f"{label}-{stamp}"
    aside.mkdir(mode=0o700)
    for part in _parts(database):
        shutil.move(str(part), aside / part.name)
    _fsync_folder(database.parent)
    return aside


def _put_back(aside: Path, database: Path) -> None:
    for part in aside.iterdir():
        shutil.move(str(part), database.parent / part.name)
    aside.rmdir()


def restore_backup(database: Path, backup: Path, aside_label: str = "replaced") -> Path | None:
    """Replace ``database`` with a verified copy of ``backup`` (every connection to the
    database must be closed). Returns the folder the replaced file went to (None if there was
    no file).

    Raises:
        StorageError: the backup does not pass its check (CORRUPT), or the copy could not be
            written (DISK_FULL, READ_ONLY, IO_ERROR); the database is then as it was.
    """
    if not verify_database_file(backup):
        raise StorageError(StorageProblem.CORRUPT, str(backup))
    temporary = database.with_name(f".restore-{database.name}")
    try:
        temporary.unlink(missing_ok=True)
        source = connect_read_only(backup)
        target = sqlite3.connect(str(temporary))
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = WAL")
        finally:
            target.close()
            source.close()
        os.chmod(temporary, 0o600)
        _fsync(temporary)
        if not verify_database_file(temporary):
            raise StorageError(StorageProblem.IO_ERROR, str(temporary))
        # A log left beside a missing file belongs to another file: it goes aside too, or
        # SQLite would replay it into the restored one.
        aside = set_aside(database, aside_label) if _parts(database) else None
        try:
            os.replace(temporary, database)
        except OSError:
            if aside is not None:
                _put_back(aside, database)
            raise
        _fsync_folder(database.parent)
        # The documents' files the backup refers to come back from the backups' folder.
        document_files.copy_stored(
            backup.parent / document_files.FOLDER,
            document_files.store_folder(database),
            document_hashes_in(database),
        )
    except (OSError, sqlite3.Error) as error:
        errno_problem = StorageProblem.DISK_FULL if getattr(error, "errno", None) == 28 else None
        raise StorageError(errno_problem or StorageProblem.IO_ERROR, str(database)) from error
    finally:
        for suffix in ("", *SIDECARS):
            Path(f"{temporary}{suffix}").unlink(missing_ok=True)
    return aside
