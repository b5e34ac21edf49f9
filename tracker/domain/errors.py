"""Errors the domain and the layers below it raise.

Each carries a code the window layer turns into a translated sentence; none carries a sentence.
"""

from __future__ import annotations

from enum import StrEnum


class PivotError(Exception):
    """Base of every error Pivot expects and explains to the user."""


class StorageProblem(StrEnum):
    """Environment faults around the database file: not bugs, explained to the user."""

    DISK_FULL = "disk_full"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    IO_ERROR = "io_error"
    NOT_A_DATABASE = "not_a_database"
    FOREIGN_DATABASE = "foreign_database"
    # Pivot's mark, but what SQLite reads is not Pivot's alone: another database's log beside
    # it, or tables, triggers or views Pivot never creates.
    UNEXPECTED_CONTENT = "unexpected_content"
    NEWER_SCHEMA = "newer_schema"
    READ_ONLY_NEWER = "read_only_newer"  # a write to a newer Pivot's file, opened to read
    READ_ONLY_STORAGE = "read_only_storage"  # a write to a file on a read-only file system
    CORRUPT = "corrupt"
    MISSING = "missing"  # gone, while backups of it exist
    NOT_FOUND = "not_found"  # nothing there at all
    NOT_A_FOLDER = "not_a_folder"
    IS_A_FOLDER = "is_a_folder"  # the database's name belongs to a folder
    MIGRATION_FAILED = "migration_failed"
    BACKUP_FAILED = "backup_failed"
    BACKUP_NO_SPACE = "backup_no_space"  # not enough free space for a copy of the database


class StorageError(PivotError):
    def __init__(self, problem: StorageProblem, path: str | None = None) -> None:
        super().__init__(problem.value if path is None else f"{problem.value}: {path}")
        self.problem = problem
        self.path = path


class NotFoundError(PivotError):
    def __init__(self, kind: str, record_id: int) -> None:
        super().__init__(f"{kind} {record_id} not found")
        self.kind = kind
        self.record_id = record_id


class FieldProblem(StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    INVALID = "invalid"
    OUT_OF_RANGE = "out_of_range"


class ValidationError(PivotError):
    """One or more fields of a form are wrong; `problems` maps field name to what is wrong."""

    def __init__(self, problems: dict[str, FieldProblem]) -> None:
        summary = ", ".join(f"{name}: {problem.value}" for name, problem in problems.items())
        super().__init__(summary)
        self.problems = problems


class FileProblem(StrEnum):
    """Why a file to import could not be read, or a file to export could not be written."""

    NOT_FOUND = "not_found"
    NO_PERMISSION = "no_permission"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    IO_ERROR = "io_error"
    IS_A_FOLDER = "is_a_folder"
    NOT_A_FILE = "not_a_file"  # a pipe, a device or a socket: never read from or written over
    UNKNOWN_ENCODING = "unknown_encoding"  # neither UTF-8/16 nor GB18030: ask the user
    NOT_A_TABLE = "not_a_table"  # no header row, or not text at all
    NOT_PIVOT_JSON = "not_pivot_json"
    NEWER_PIVOT_JSON = "newer_pivot_json"  # a newer Pivot's export this one cannot read
    NO_ROWS = "no_rows"  # a header row and nothing under it: nothing to import
    CHANGED = "changed"  # the file changed between its preview and its import
    NAME_TOO_LONG = "name_too_long"
    PROTECTED = "protected"  # the database, its sidecars, lock or backups
    TOO_LARGE = "too_large"  # over what Pivot reads of this kind of file
    OLD_OR_LOCKED_WORKBOOK = "old_or_locked_workbook"  # .xls, or a workbook with a password
    NO_SUCH_SHEET = "no_such_sheet"
    NOT_A_POSTING = "not_a_posting"  # not text or HTML, or no text in it
    NOT_A_VCARD = "not_a_vcard"  # not text, or no BEGIN:VCARD … END:VCARD in it
    EMPTY = "empty"  # a document of no bytes
    EXECUTABLE = "executable"  # a program or script offered as a document: never kept
    MISSING_DOCUMENT = "missing_document"  # a kept document's file is gone from the data folder


class FileError(PivotError):
    def __init__(self, problem: FileProblem, path: str) -> None:
        super().__init__(f"{problem.value}: {path}")
        self.problem = problem
        self.path = path
