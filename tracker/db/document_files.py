"""Documents' files in the data folder, each kept once under the SHA-256 of its content
(``documents/ab/ab12…``): the same résumé added twice is stored once, and a record can never
name a file outside that folder (its name is a hash, checked before use).

A file the user gives is only read: checked (an ordinary file, not empty, at most 50 MB, not a
program or script), copied into a temporary file while its hash is taken, flushed to the disk,
then renamed into place. Stored files are never run or opened by Pivot beyond a preview.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import uuid
from collections.abc import Iterable
from pathlib import Path

from tracker.db.atomic_file import file_problem
from tracker.domain.documents import (
    HEAD_BYTES,
    MAX_FILE_BYTES,
    StoredFile,
    is_file_hash,
    media_type_of,
    refusal_of,
    safe_file_name,
)
from tracker.domain.errors import FileError, FileProblem

FOLDER = "documents"  # beside the database, and inside the backups folder
_CHUNK = 1 << 20


def store_folder(database: Path) -> Path:
    return database.parent / FOLDER


def stored_path(folder: Path, file_hash: str) -> Path:
    if not is_file_hash(file_hash):
        raise ValueError("not a stored file's hash")
    return folder / file_hash[:2] / file_hash


def _open_source(source: Path) -> tuple[int, int]:
    """A descriptor of the file to read and its size; refused unless it is an ordinary file."""
    try:
        status = os.stat(source)
    except OSError as error:
        raise FileError(file_problem(error), str(source)) from error
    if stat.S_ISDIR(status.st_mode):
        raise FileError(FileProblem.IS_A_FOLDER, str(source))
    if not stat.S_ISREG(status.st_mode):  # a pipe would block; a device never ends
        raise FileError(FileProblem.NOT_A_FILE, str(source))
    if status.st_size > MAX_FILE_BYTES:
        raise FileError(FileProblem.TOO_LARGE, str(source))
    try:
        descriptor = os.open(source, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise FileError(file_problem(error), str(source)) from error
    return descriptor, status.st_size


def store_file(source: Path, folder: Path, *, name: str | None = None) -> StoredFile:
    """Copy ``source`` into the store (once per content) and describe it.

    Raises:
        FileError: not an ordinary file, empty, over 50 MB, a program or script, unreadable,
            or the data folder cannot take it (full, read-only).
    """
    shown = safe_file_name(name if name is not None else source.name)
    descriptor, size = _open_source(source)
    temporary = folder / f".tmp-{uuid.uuid4().hex}"
    digest = hashlib.sha256()
    written = 0
    try:
        with os.fdopen(descriptor, "rb") as reader:
            head = reader.read(HEAD_BYTES)
            refusal = refusal_of(shown, size, head)
            if refusal is not None:
                raise FileError(refusal, str(source))
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            with open(temporary, "xb") as writer:
                chunk = head
                while chunk:
                    written += len(chunk)
                    if written > MAX_FILE_BYTES:  # grew while it was read
                        raise FileError(FileProblem.TOO_LARGE, str(source))
                    digest.update(chunk)
                    writer.write(chunk)
                    chunk = reader.read(_CHUNK)
                writer.flush()
                os.fsync(writer.fileno())
        if written == 0:
            raise FileError(FileProblem.EMPTY, str(source))
        file_hash = digest.hexdigest()
        target = stored_path(folder, file_hash)
        if not target.exists():
            target.parent.mkdir(mode=0o700, exist_ok=True)
            os.chmod(temporary, 0o600)
            os.replace(temporary, target)
    except OSError as error:
        raise FileError(file_problem(error), str(folder)) from error
    finally:
        temporary.unlink(missing_ok=True)
    return StoredFile(file_hash, shown, media_type_of(shown), written)


def read_stored(folder: Path, file_hash: str) -> bytes:
    """A stored file's content (for a preview); its hash is checked against what it holds.

    Raises:
        FileError: the file is gone or damaged (MISSING_DOCUMENT), or cannot be read.
    """
    path = stored_path(folder, file_hash)
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise FileError(FileProblem.MISSING_DOCUMENT, str(path)) from error
    except OSError as error:
        raise FileError(file_problem(error), str(path)) from error
    if hashlib.sha256(data).hexdigest() != file_hash:
        raise FileError(FileProblem.MISSING_DOCUMENT, str(path))
    return data


def copy_stored(source_folder: Path, target_folder: Path, hashes: Iterable[str]) -> list[str]:
    """Make sure ``target_folder`` holds these files (a hard link where the disk allows one,
    else a copy); returns the hashes ``source_folder`` lacked. A file already there is kept."""
    missing = []
    for file_hash in sorted(set(hashes)):
        source, target = (
            stored_path(source_folder, file_hash),
            stored_path(target_folder, file_hash),
        )
        if target.exists():
            continue
        if not source.is_file():
            missing.append(file_hash)
            continue
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary = target.parent / f".tmp-{uuid.uuid4().hex}"
        try:
            try:
                os.link(source, temporary)
            except OSError:  # another disk, or a file system without links (FAT, some shares)
                shutil.copyfile(source, temporary)
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
    return missing


def remove_unused(folder: Path, keep: set[str]) -> int:
    """Delete the stored files no record (and no backup, for the backups' folder) refers to;
    returns how many. Anything not named like a stored file is left alone."""
    removed = 0
    if not folder.is_dir():
        return 0
    for part in folder.iterdir():
        if not part.is_dir() or len(part.name) != 2:
            continue
        for path in part.iterdir():
            if is_file_hash(path.name) and path.name not in keep and path.is_file():
                path.unlink(missing_ok=True)
                removed += 1
    return removed
