"""Read the first 100 bytes of a file as an SQLite header, without SQLite touching the file."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class FileHeader:
    is_sqlite: bool
    user_version: int = 0
    application_id: int = 0


def read_header(path: Path) -> FileHeader:
    """Raises OSError when the file cannot be read."""
    with path.open("rb") as file:
        data = file.read(HEADER_SIZE)
    if len(data) < HEADER_SIZE or not data.startswith(SQLITE_MAGIC):
        return FileHeader(is_sqlite=False)
    (user_version,) = struct.unpack(">i", data[60:64])
    (application_id,) = struct.unpack(">I", data[68:72])
    return FileHeader(is_sqlite=True, user_version=user_version, application_id=application_id)
