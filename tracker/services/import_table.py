"""Reading a table file as a stream of rows: the encoding and delimiter found first, then one
row at a time (with the line it starts on), so a file of any size is read in bounded memory."""

from __future__ import annotations

import codecs
import csv
import io
import os
import stat as stat_module
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from tracker.db.atomic_file import file_problem
from tracker.domain.encoding_guess import (
    LEGACY_ENCODINGS,
    Reading,
    UnclearEncodingError,
    choose,
    ranked,
    reading,
)
from tracker.domain.errors import FileError, FileProblem
from tracker.domain.table_text import byte_order, decodes_as, encoding_from_bom, sniff_delimiter
from tracker.services.import_workbook import is_workbook, read_sheet, sheet_rows

CHUNK = 1 << 20
SAMPLE_CHARACTERS = 64 * 1024
# A cell may hold a whole job description pasted from a web page (or a million characters).
FIELD_LIMIT = 1 << 27


@dataclass(frozen=True)
class TableFile:
    path: Path
    encoding: str
    delimiter: str
    headers: list[str]
    size: int
    modified_ns: int
    sheet: str = ""  # the sheet read, for a workbook (its encoding is then "xlsx")

    def unchanged(self) -> bool:
        """Whether the file is still the one that was previewed."""
        try:
            stat = self.path.stat()
        except OSError:
            return False
        return (stat.st_size, stat.st_mtime_ns) == (self.size, self.modified_ns)


class TableRow(NamedTuple):
    line: int  # the line the row starts on
    cells: list[str]
    unclosed: bool = False  # a quote opened in this row is never closed: it ran to the end


def regular_file(path: Path) -> os.stat_result:
    """The file's status, once it is known to be an ordinary file: a pipe would block its reader
    forever and a device may never end, so neither is opened.

    Raises:
        FileError: IS_A_FOLDER, NOT_A_FILE, or why the file cannot be looked at.
    """
    try:
        status = path.stat()
    except OSError as error:
        raise _read_failure(path, error) from error
    if stat_module.S_ISDIR(status.st_mode):
        raise FileError(FileProblem.IS_A_FOLDER, str(path))
    if not stat_module.S_ISREG(status.st_mode):
        raise FileError(FileProblem.NOT_A_FILE, str(path))
    return status


def _chunks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            yield chunk


def _read_failure(path: Path, error: OSError) -> FileError:
    return FileError(file_problem(error), str(path))


def _beginning(path: Path, encoding: str) -> str | None:
    """The file's first characters in ``encoding``, or None when they do not decode."""
    with open(path, "rb") as handle:
        head = handle.read(SAMPLE_CHARACTERS)
    try:
        return codecs.getincrementaldecoder(encoding)(errors="strict").decode(head)
    except UnicodeDecodeError:
        return None


def _legacy_readings(path: Path) -> list[Reading]:
    """How each legacy encoding reads the file's beginning; one that looks right is kept only
    when the whole file decodes in it."""
    readings: list[Reading] = []
    for encoding in LEGACY_ENCODINGS:
        text = _beginning(path, encoding)
        if text is None:
            continue
        read = reading(encoding, text)
        if read.plausibility.plausible and not decodes_as(_chunks(path), encoding):
            continue
        readings.append(read)
    return readings


def find_encoding(path: Path) -> str:
    """A byte-order mark's encoding, else UTF-8 if the whole file is strict UTF-8, else GB18030
    when it reads as plausible Chinese and no other encoding reads plausibly.

    Raises:
        FileError: NOT_A_TABLE for a binary or empty file; the kind of fault when it cannot be
            read.
        UnclearEncodingError: the user chooses the encoding, shown the readings.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
        named = encoding_from_bom(head)
        if named is not None:
            return named
        if b"\x00" in head or not head:
            raise FileError(FileProblem.NOT_A_TABLE, str(path))  # a workbook, an image
        if decodes_as(_chunks(path), "utf-8"):
            return "utf-8"
        readings = _legacy_readings(path)
    except OSError as error:
        raise _read_failure(path, error) from error
    chosen = choose(readings)
    if chosen is not None:
        return chosen
    raise UnclearEncodingError(str(path), ranked(readings))


def open_table(path: Path, encoding: str | None = None, sheet: str | None = None) -> TableFile:
    """The file's encoding, delimiter and header row; for a workbook, its sheet (the one named,
    else the first that holds anything) and that sheet's header row.

    Raises:
        FileError: unreadable, binary, an unknown encoding, or no header row; for a workbook
            also too large, protected, old .xls, or no such sheet.
    """
    status = regular_file(path)
    if is_workbook(path):
        name, headers = read_sheet(path, status.st_size, sheet)
        return TableFile(path, "xlsx", "", headers, status.st_size, status.st_mtime_ns, name)
    chosen = find_encoding(path) if encoding is None else _named_encoding(path, encoding)
    try:
        with open(path, encoding=chosen, newline="") as handle:
            sample = handle.read(SAMPLE_CHARACTERS)
    except OSError as error:
        raise _read_failure(path, error) from error
    except (UnicodeError, LookupError) as error:
        raise FileError(FileProblem.UNKNOWN_ENCODING, str(path)) from error
    if "\x00" in sample:
        raise FileError(FileProblem.NOT_A_TABLE, str(path))
    delimiter = sniff_delimiter(sample)
    csv.field_size_limit(FIELD_LIMIT)
    try:
        headers = next(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter), [])
    except csv.Error:
        headers = []
    headers = [header.replace("\ufeff", "").strip() for header in headers]
    if not any(headers):
        raise FileError(FileProblem.NOT_A_TABLE, str(path))
    return TableFile(path, chosen, delimiter, headers, status.st_size, status.st_mtime_ns)


def _named_encoding(path: Path, encoding: str) -> str:
    """The encoding the user named, with the byte order of a UTF-16 file without its mark."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        raise _read_failure(path, error) from error
    ordered = byte_order(head, encoding)
    if ordered is None:
        raise FileError(FileProblem.UNKNOWN_ENCODING, str(path))
    return ordered


class _Lines:
    """The lines of a text file, noting when they ran out: the csv reader asks for another line
    after the last only when a quoted cell is still open."""

    def __init__(self, handle: io.TextIOBase) -> None:
        self._handle = handle
        self.ended = False

    def __iter__(self) -> Iterator[str]:
        yield from self._handle
        self.ended = True


def rows(table: TableFile) -> Iterator[TableRow]:
    """Every row after the header, with the line it starts on; blank rows are passed over. A
    row whose quote is never closed (it took in every line after it) says so.

    Raises:
        FileError: the file became unreadable, or stops decoding in its encoding.
    """
    if table.sheet:
        for number, cells in sheet_rows(table.path, table.size, table.sheet):
            yield TableRow(number, cells)
        return
    csv.field_size_limit(FIELD_LIMIT)
    try:
        with open(table.path, encoding=table.encoding, newline="") as handle:
            lines = _Lines(handle)
            reader = csv.reader(iter(lines), delimiter=table.delimiter)
            next(reader, None)
            line = reader.line_num + 1
            for cells in reader:
                if lines.ended:
                    yield TableRow(line, cells, unclosed=True)
                elif any(cell.strip() for cell in cells):
                    yield TableRow(line, cells)
                line = reader.line_num + 1
    except OSError as error:
        raise _read_failure(table.path, error) from error
    except (UnicodeError, csv.Error) as error:
        raise FileError(FileProblem.NOT_A_TABLE, str(table.path)) from error
