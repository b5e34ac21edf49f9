"""Files written whole or not at all: into a temporary file beside the target, flushed to the
disk, then renamed over it. A failure (a full disk, a read-only folder) leaves no half file and
an existing file of that name exactly as it was.

A symbolic link is written through, to the file it points at (the link stays a link, as Qt's
QSaveFile does). Only a regular file is ever replaced: a name that is a FIFO, a device or a
socket is refused, as is, given the database, any file Pivot keeps beside it."""

from __future__ import annotations

import errno
import os
import stat
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from tracker.domain.errors import FileError, FileProblem

_PROBLEMS = {
    errno.ENOSPC: FileProblem.DISK_FULL,
    errno.EDQUOT: FileProblem.DISK_FULL,
    errno.EROFS: FileProblem.READ_ONLY,
    errno.EACCES: FileProblem.NO_PERMISSION,
    errno.EPERM: FileProblem.NO_PERMISSION,
    errno.ENOENT: FileProblem.NOT_FOUND,
    errno.EISDIR: FileProblem.IS_A_FOLDER,
    errno.ENOTDIR: FileProblem.NOT_FOUND,  # a "folder" on the way is a file
    errno.ENAMETOOLONG: FileProblem.NAME_TOO_LONG,
}


def file_problem(error: OSError) -> FileProblem:
    """The user-facing kind of an operating-system error on a file."""
    return _PROBLEMS.get(error.errno or 0, FileProblem.IO_ERROR)


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # some file systems cannot open a folder; the rename is still atomic
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _real_target(path: Path) -> Path:
    """The file a write to ``path`` replaces: the end of its links; refused when that is
    anything but a regular file or a new name."""
    try:
        target = path.resolve() if path.is_symlink() else path
        status = os.stat(target)
    except FileNotFoundError:
        return target
    except OSError as error:
        raise FileError(file_problem(error), str(path)) from error
    except RuntimeError as error:  # a loop of links
        raise FileError(FileProblem.NOT_A_FILE, str(path)) from error
    if stat.S_ISDIR(status.st_mode):
        raise FileError(FileProblem.IS_A_FOLDER, str(path))
    if not stat.S_ISREG(status.st_mode):
        raise FileError(FileProblem.NOT_A_FILE, str(path))
    return target


@contextmanager
def atomic_writer(path: Path, *, database: Path | None = None) -> Iterator[BinaryIO]:
    """Yield a binary file; when the block ends without an error it replaces ``path`` (or the
    file a link at ``path`` points to). With ``database``, a target that is that database, its
    sidecars, lock or backups is refused before anything is written.

    Raises:
        FileError: the folder is missing or read-only, the disk is full, the disk failed, the
            name is too long, or the target is not a regular file or is one Pivot keeps.
    """
    target = _real_target(path)
    if database is not None:
        from tracker.db.export_target import refuse_kept_file

        refuse_kept_file(target, database)
    # A short name of its own, so that a target name near the length limit still fits.
    temporary = target.with_name(f".pivot-{uuid.uuid4().hex[:12]}.tmp")
    try:
        with open(temporary, "xb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        # A replaced file keeps its permissions; a new one is the user's alone.
        os.chmod(temporary, target.stat().st_mode & 0o777 if target.exists() else 0o600)
        os.replace(temporary, target)
        _fsync_folder(target.parent)
    except OSError as error:
        raise FileError(file_problem(error), str(path)) from error
    finally:
        _remove_quietly(temporary)


def _remove_quietly(path: Path) -> None:
    """Clean up after a failed write without hiding why it failed (the folder may be gone,
    or never have been one)."""
    with suppress(OSError):
        path.unlink(missing_ok=True)


def write_atomically(path: Path, data: bytes, *, database: Path | None = None) -> None:
    with atomic_writer(path, database=database) as handle:
        handle.write(data)
