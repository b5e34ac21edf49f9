"""Opening, checking and backing up the database file."""

from __future__ import annotations

from pathlib import Path

from tracker.db import backup, integrity, opening
from tracker.db.database import Database
from tracker.db.integrity import IntegrityReport
from tracker.db.pragmas import on_read_only_storage
from tracker.domain.errors import StorageError, StorageProblem


def start_early_check(path: Path) -> opening.EarlyCheck:
    """Begin checking the file's pages in the background (see open_database)."""
    return opening.EarlyCheck(path)


def open_database(
    path: Path,
    backup_dir: Path,
    early_check: opening.EarlyCheck | None = None,
    *,
    read_only_if_newer: bool = False,
) -> Database:
    """Check, create or upgrade the file; raises StorageError with what is wrong. A newer
    Pivot's file opens read-only when ``read_only_if_newer`` (reading and exporting work)."""
    return opening.open_database(
        path, backup_dir, early_check=early_check, read_only_if_newer=read_only_if_newer
    )


def require_database_file(path: Path) -> None:
    """Raise StorageError when there is no file to read at ``path`` (nothing, or a folder)."""
    if path.is_dir():
        raise StorageError(StorageProblem.IS_A_FOLDER, str(path))
    if not path.is_file():
        raise StorageError(StorageProblem.NOT_FOUND, str(path))


def copy_for_a_dry_run(path: Path, backup_dir: Path, folder: Path) -> Path | None:
    """A verified copy of the database in ``folder`` to try an import on, or None when there
    is no database yet (the import would start one). Raises StorageError naming the real file
    when it could not be opened (as opening it would say), or could not be copied."""
    if opening.check_without_opening(path, backup_dir):
        return None
    try:
        return backup.make_backup(path, folder, label="dry-run")
    except StorageError as error:
        raise StorageError(error.problem, str(path)) from error


def check_database(path: Path) -> IntegrityReport:
    require_database_file(path)
    try:
        return integrity.check_file(path)
    except OSError as error:
        raise StorageError(StorageProblem.IO_ERROR, str(path)) from error


def back_up(path: Path, backup_dir: Path, *, label: str = "manual") -> Path:
    require_database_file(path)
    if on_read_only_storage(backup_dir):  # the folder that would hold the backups
        raise StorageError(StorageProblem.READ_ONLY_STORAGE, str(backup_dir))
    return backup.make_backup(path, backup_dir, label=label)


__all__ = [
    "IntegrityReport",
    "back_up",
    "check_database",
    "open_database",
    "require_database_file",
]
