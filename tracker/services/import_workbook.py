"""Reading an Excel or WPS workbook (.xlsx) as a table for the import: a chosen sheet (the first
that holds anything, unless named), its first row the headers (a header merged across columns
names each of them), then one row per sheet row with the sheet's own row number.

Cells are read as the spreadsheet last showed them: a formula's cached value (never evaluated),
a date as a date, a whole number without ``.0``, text as typed. Hidden rows are read like the
others. A file that is not a workbook, is protected by a password, is damaged or is over 50 MB
is refused with its reason; the file is only ever read.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from tracker.db.atomic_file import file_problem
from tracker.domain.errors import FileError, FileProblem

MAX_WORKBOOK_BYTES = 50 * 1024 * 1024
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # an old .xls, or a workbook encrypted with a password


def is_workbook(path: Path) -> bool:
    """Whether the file is (or claims to be, by its name or first bytes) an Excel workbook."""
    if path.suffix.lower() in (*WORKBOOK_SUFFIXES, ".xls"):
        return True
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError:
        return False
    return head.startswith(_OLE) or (head.startswith(_ZIP) and _holds_workbook(path))


def _holds_workbook(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


# The last workbook read, by path, size and time: the preview reads its header, then its rows.
_LAST: dict[tuple[str, int, int], Any] = {}


def _load(path: Path, size: int) -> Any:
    key = (str(path), size, _modified(path))
    if key not in _LAST:
        workbook = _read(path, size)
        _LAST.clear()
        _LAST[key] = workbook
    return _LAST[key]


def forget_workbook() -> None:
    """Let go of the workbook kept between a preview and its import (it may be large)."""
    _LAST.clear()


def _modified(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _read(path: Path, size: int) -> Any:
    """The workbook, its values as last calculated.

    Raises:
        FileError: TOO_LARGE, PROTECTED_WORKBOOK (a password, or the old .xls format),
            NOT_A_TABLE (not a workbook, or damaged).
    """
    if size > MAX_WORKBOOK_BYTES:
        raise FileError(FileProblem.TOO_LARGE, str(path))
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise FileError(file_problem(error), str(path)) from error
    if head.startswith(_OLE):
        raise FileError(FileProblem.OLD_OR_LOCKED_WORKBOOK, str(path))
    import openpyxl

    try:
        return openpyxl.load_workbook(path, data_only=True, read_only=False)
    except OSError as error:
        raise FileError(file_problem(error), str(path)) from error
    except Exception as error:
        raise FileError(FileProblem.NOT_A_TABLE, str(path)) from error


def sheet_names(path: Path, size: int) -> list[str]:
    return list(_load(path, size).sheetnames)


def _sheet(workbook: Any, name: str | None, path: Path) -> Any:
    if name:
        if name not in workbook.sheetnames:
            raise FileError(FileProblem.NO_SUCH_SHEET, f"{path} [{name}]")
        return workbook[name]
    for sheet in workbook.worksheets:
        if sheet.max_row and any(cell.value is not None for cell in next(sheet.iter_rows(), ())):
            return sheet
    return workbook.worksheets[0]


def cell_text(value: Any) -> str:
    """A cell's value as the import reads text: dates ISO, whole numbers without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _headers(sheet: Any) -> list[str]:
    first = next(sheet.iter_rows(min_row=1, max_row=1), ())
    headers = [cell_text(cell.value).strip() for cell in first]
    # A header merged across columns names each column under it.
    for merged in sheet.merged_cells.ranges:
        if merged.min_row == 1:
            name = headers[merged.min_col - 1] if merged.min_col - 1 < len(headers) else ""
            for column in range(merged.min_col, merged.max_col + 1):
                if column - 1 < len(headers) and not headers[column - 1]:
                    headers[column - 1] = name
    while headers and not headers[-1]:
        headers.pop()
    return headers


def read_sheet(path: Path, size: int, name: str | None) -> tuple[str, list[str]]:
    """The sheet read (its name) and its header row.

    Raises:
        FileError: as ``_load``; NO_SUCH_SHEET; NOT_A_TABLE when the sheet has no header row.
    """
    workbook = _load(path, size)
    sheet = _sheet(workbook, name, path)
    headers = _headers(sheet)
    if not any(headers):
        raise FileError(FileProblem.NOT_A_TABLE, str(path))
    return str(sheet.title), headers


def sheet_rows(path: Path, size: int, name: str) -> Iterator[tuple[int, list[str]]]:
    """Every row after the header that holds anything: (its row number, its cells as text)."""
    workbook = _load(path, size)
    sheet = _sheet(workbook, name, path)
    for number, values in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        cells = [cell_text(value) for value in values]
        if any(cell.strip() for cell in cells):
            yield number, cells
