"""Files written whole or not at all: into a temporary file beside the target, flushed to the
disk, then renamed over it. A failure (a full disk, a read-only folder) leaves no half file and
an existing file of that name exactly as it was."""

from __future__ import annotations

import errno
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; when the block ends without an error it replaces ``path``.

    Raises:
        FileError: the folder is missing or read-only, the disk is full, or the disk failed.
    """
    if path.is_dir():
        raise FileError(FileProblem.IS_A_FOLDER, str(path))
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(temporary, "xb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        # A replaced file keeps its permissions; a new one is the user's alone.
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o600)
        os.replace(temporary, path)
        _fsync_folder(path.parent)
    except OSError as error:
        raise FileError(file_problem(error), str(path)) from error
    finally:
        temporary.unlink(missing_ok=True)


def write_atomically(path: Path, data: bytes) -> None:
    with atomic_writer(path) as handle:
        handle.write(data)
