"""Capturing a job posting: from the clipboard's text and HTML, or from a file the user gives
(text, HTML, or a page saved as .mhtml), read into the fields of a new application.

A file is only read: never written, never followed to the network. Anything that is not text
or HTML, or is over 5 MB, is refused with a reason.
"""

from __future__ import annotations

import re
from pathlib import Path

from tracker.db.atomic_file import file_problem
from tracker.domain.encoding_guess import LEGACY_ENCODINGS, choose, reading
from tracker.domain.errors import FileError, FileProblem
from tracker.domain.posting_html import read_mhtml
from tracker.domain.posting_reader import (
    MAX_POSTING_BYTES,
    CapturedPosting,
    PostingError,
    read_posting,
)
from tracker.domain.records import PostingCreate
from tracker.services.import_table import regular_file

_MARKS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


def capture_text(text: str = "", html: str = "") -> CapturedPosting:
    """What the clipboard (or a drop) carries: its text, its HTML, or both."""
    return read_posting(text, html)


class NotTextError(ValueError):
    """Bytes that are not text a person wrote (a binary file, an image, a workbook)."""


def capture_file(path: Path) -> CapturedPosting:
    """Read a posting saved as a file.

    Raises:
        FileError: TOO_LARGE over 5 MB; NOT_A_POSTING when it is not text or HTML, or holds
            no text; why it cannot be read otherwise.
    """
    data = read_posting_bytes(path)
    try:
        return posting_from_bytes(data, path.suffix.lower())
    except PostingError as error:
        problem = FileProblem.TOO_LARGE if error.too_large else FileProblem.NOT_A_POSTING
        raise FileError(problem, str(path)) from error
    except NotTextError as error:
        raise FileError(FileProblem.NOT_A_POSTING, str(path)) from error


def read_posting_bytes(path: Path) -> bytes:
    """The file's bytes, once it is known to be an ordinary file of at most 5 MB."""
    status = regular_file(path)
    if status.st_size > MAX_POSTING_BYTES:
        raise FileError(FileProblem.TOO_LARGE, str(path))
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_POSTING_BYTES + 1)
    except OSError as error:
        raise FileError(file_problem(error), str(path)) from error
    if len(data) > MAX_POSTING_BYTES:
        raise FileError(FileProblem.TOO_LARGE, str(path))
    return data


def posting_from_bytes(data: bytes, suffix: str = "") -> CapturedPosting:
    """A posting from a file's bytes (or standard input's).

    Raises:
        PostingError: there is no text in it.
        NotTextError: the bytes are not text.
    """
    if suffix in (".mhtml", ".mht") or data[:400].lower().find(b"multipart/related") >= 0:
        page = read_mhtml(data)
        if page is not None:
            return read_posting(page.text, page.html, url=page.url)
    text = decode(data)
    return read_posting(text)


def decode(data: bytes) -> str:
    """The bytes as text: a marked encoding, UTF-8, the charset an HTML page names, or the
    legacy encoding whose reading looks like text.

    Raises:
        NotTextError: they are binary, or read as nothing a person wrote.
    """
    if b"\x00" in data[:8000] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotTextError("binary")
    for mark, encoding in _MARKS:
        if data.startswith(mark):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if match := _CHARSET.search(data[:4000]):
        try:
            return data.decode(match[1].decode("ascii"), errors="replace")
        except LookupError:
            pass
    readings = []
    for encoding in LEGACY_ENCODINGS:
        try:
            readings.append(reading(encoding, data.decode(encoding)))
        except UnicodeDecodeError:
            continue
    chosen = choose(readings)
    if chosen is None:
        raise NotTextError("unknown encoding")
    return data.decode(chosen)


def posting_of(captured: CapturedPosting, source: str = "") -> PostingCreate:
    """What is kept of a captured posting (``source``: a file's name, else the board's key)."""
    return PostingCreate(
        captured.text, captured.html, source or captured.board.value, captured.link
    )
