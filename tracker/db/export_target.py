"""Where an export may not go: over the database, its sidecars, the lock, or any file Pivot keeps
beside them (backups, and the folders a restore set aside). A name is compared after links are
followed, and an existing file by its device and inode, so a symbolic link, a hard link or a
roundabout path (``a/../pivot.db``) to one of them is refused like the file itself."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from tracker.domain.errors import FileError, FileProblem
from tracker.paths import BACKUP_FOLDER, LOCK_FILE

SIDECAR_SUFFIXES = ("", "-wal", "-shm", "-journal")
# Folders a restore sets the replaced or damaged file aside in: ``<label>-<time>/``.
ASIDE_PREFIXES = ("replaced-", "damaged-")


def _is_kept_folder(folder: Path) -> bool:
    return folder.name == BACKUP_FOLDER or folder.name.startswith(ASIDE_PREFIXES)


def _kept_files(database: Path) -> Iterator[Path]:
    """The database, its sidecars, the lock, and every file in the backups and set-aside
    folders beside it."""
    folder = database.parent
    for suffix in SIDECAR_SUFFIXES:
        yield Path(f"{database}{suffix}")
    yield folder / LOCK_FILE
    try:
        subfolders = [entry for entry in folder.iterdir() if _is_kept_folder(entry)]
    except OSError:
        return
    for subfolder in subfolders:
        try:
            yield from (entry for entry in subfolder.iterdir() if entry.is_file())
        except OSError:
            continue


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def refuse_kept_file(target: Path, database: Path) -> None:
    """Raise FileError(PROTECTED) when writing ``target`` would replace a file Pivot keeps.

    ``target`` is the file the writer will really replace (links already followed)."""
    real_target = target.resolve()
    real_folder = database.parent.resolve()
    kept_names = {Path(f"{database.resolve()}{suffix}") for suffix in SIDECAR_SUFFIXES}
    kept_names.add(real_folder / LOCK_FILE)
    inside_kept_folder = any(
        parent.parent == real_folder and _is_kept_folder(parent) for parent in real_target.parents
    )
    if real_target in kept_names or inside_kept_folder:
        raise FileError(FileProblem.PROTECTED, str(target))
    identity = _identity(real_target)
    if identity is None:
        return
    if any(_identity(kept) == identity for kept in _kept_files(database)):
        raise FileError(FileProblem.PROTECTED, str(target))
