"""The backups of a database: list them, make one (and rotate), tell whether anything changed
since the last one, and restore one in the database's place."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tracker.db import document_files
from tracker.db.backup import document_hashes_in, list_backups, make_backup
from tracker.db.listing import live_application_count
from tracker.db.pragmas import read_apart
from tracker.db.restore import restore_backup
from tracker.domain.backup_rotation import BackupEntry, backups_to_remove
from tracker.domain.errors import StorageError

logger = logging.getLogger(__name__)
_NAME = re.compile(r"^pivot-(\d{8}-\d{6}-\d{6})-s(\d+)-([a-z-]+)\.db$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    made_at: datetime  # aware, UTC
    generation: int
    label: str  # why it was made: manual, auto, on-close, pre-migration, pre-import, …
    size: int


def backups(backup_dir: Path) -> list[BackupInfo]:
    """Pivot's backups in the folder, newest first (unfinished temporary files never)."""
    found = []
    for path in list_backups(backup_dir):
        match = _NAME.match(path.name)
        if match is None:
            continue
        made = datetime.strptime(match[1], "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupInfo(path, made, int(match[2]), match[3], size))
    return sorted(found, key=lambda info: info.made_at, reverse=True)


def applications_in(path: Path) -> int | None:
    """How many applications a backup holds (None when it cannot be read)."""
    return read_apart(path, live_application_count)


def rotate(backup_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps; return them."""
    infos = {info.path.name: info for info in backups(backup_dir)}
    entries = [BackupEntry(name, info.made_at, info.label) for name, info in infos.items()]
    removed = []
    for entry in backups_to_remove(entries, now or datetime.now(UTC)):
        path = infos[entry.name].path
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            logger.warning("an old backup could not be removed")
    if removed:  # the documents' files only the removed backups referred to go too
        kept: set[str] = set()
        for path in list_backups(backup_dir):
            kept |= document_hashes_in(path)
        document_files.remove_unused(backup_dir / document_files.FOLDER, kept)
    return removed


def fingerprint(database: Path) -> tuple[tuple[int, int], ...]:
    """Sizes and times of the file and its log: different after any write (an empty log,
    which merely opening the file creates, counts as none)."""
    parts = []
    for suffix in ("", "-wal"):
        try:
            stat = Path(f"{database}{suffix}").stat()
        except OSError:
            parts.append((0, 0))
            continue
        parts.append((stat.st_size, stat.st_mtime_ns) if stat.st_size else (0, 0))
    return tuple(parts)


class BackupKeeper:
    """Backs the database up when asked, and now and then when something changed; every new
    backup is followed by the rotation."""

    def __init__(self, database: Path, backup_dir: Path) -> None:
        self.database = database
        self.backup_dir = backup_dir
        self._last = fingerprint(database)

    def changed(self) -> bool:
        return fingerprint(self.database) != self._last

    def back_up(self, label: str = "manual") -> Path:
        """Raises StorageError (BACKUP_FAILED) when no verified backup could be written."""
        path = make_backup(self.database, self.backup_dir, label=label)
        self._last = fingerprint(self.database)
        rotate(self.backup_dir)
        return path

    def back_up_if_changed(self, label: str) -> Path | None:
        return self.back_up(label) if self.changed() else None

    def restore(self, backup: Path, aside_label: str = "replaced") -> Path | None:
        """Put ``backup`` in place of the database (closed by the caller); a backup of the
        current file is made first when it can be read. Returns where the replaced file went
        (a folder named ``<aside_label>-<time>`` beside the database)."""
        try:
            make_backup(self.database, self.backup_dir, label="pre-restore")
        except StorageError:  # a damaged file cannot be backed up; it is kept aside anyway
            logger.warning("the file being replaced could not be backed up; it is kept aside")
        aside = restore_backup(self.database, backup, aside_label)
        self._last = fingerprint(self.database)
        return aside
