"""Import applications from another tool's file or a spreadsheet: preview first (nothing is
written), then one transaction for the whole file, recorded as a batch that can be undone and
redone as a whole.

The file is read twice, as a stream: once for the preview (its format, the mapping of its
columns, the errors by line, the duplicates, the first rows as they will be stored) and once to
write, so that memory stays bounded however long the file is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, tzinfo
from enum import StrEnum
from pathlib import Path

from tracker.db.database import Database
from tracker.domain.errors import FileError, FileProblem, PivotError
from tracker.domain.import_fields import (
    PERSONAL_FIELDS,
    REQUIRED_FIELDS,
    header_key,
    map_by_alias,
)
from tracker.domain.import_formats import (
    FormatKey,
    TableFormat,
    format_named,
    recognise,
)
from tracker.domain.import_rows import (
    ImportRecord,
    RowIssue,
    RowProblem,
    RowReading,
    left_out_for_a_date,
    read_row,
)
from tracker.domain.pipeline import Pipeline
from tracker.services.import_table import TableFile, open_table, rows
from tracker.services.import_workbook import forget_workbook

SAMPLE_ROWS = 50
MAX_LISTED_ISSUES = 1000
PROGRESS_EVERY = 250


class DuplicatePolicy(StrEnum):
    SKIP = "skip"  # keep what Pivot has; the row is not imported
    MERGE = "merge"  # fill in what the existing application lacks
    IMPORT = "import"  # import it anyway, as another application


class ImportCancelledError(PivotError):
    """The user cancelled a running import: nothing was written."""


@dataclass(frozen=True)
class ImportOptions:
    format: FormatKey | None = None  # None: recognise it, else map by header aliases
    encoding: str | None = None  # None: find it
    overrides: Mapping[str, str] = field(default_factory=dict)  # header → target
    columns: Mapping[int, str] = field(default_factory=dict)  # column index → target
    day_first: bool | None = None  # how 01/02/2026 reads when the format does not say
    include_personal: bool = False  # contact email, phone and screening answers
    keep_undated: bool = False  # rows with a date that cannot be read: imported without it
    duplicates: DuplicatePolicy = DuplicatePolicy.SKIP
    sheet: str | None = None  # a workbook's sheet; None: the first that holds anything


@dataclass(frozen=True, slots=True)
class Duplicate:
    line: int
    company: str
    role: str
    existing_id: int | None  # None: an earlier row of the same file


@dataclass
class ImportPreview:
    table: TableFile
    format: FormatKey
    options: ImportOptions
    mapping: dict[int, str]  # column index → target (see import_fields)
    missing: list[str]  # required fields no column maps to
    personal_columns: list[str]
    sample: list[ImportRecord] = field(default_factory=list)
    issues: list[RowIssue] = field(default_factory=list)
    issue_count: int = 0
    rows: int = 0
    importable: int = 0
    skipped_lines: set[int] = field(default_factory=set)
    # Rows left out only for a date that cannot be read (or, with keep_undated, imported
    # without it).
    undated: int = 0
    duplicates: list[Duplicate] = field(default_factory=list)

    @property
    def path(self) -> Path:
        return self.table.path

    @property
    def ready(self) -> bool:
        """Whether the file can be imported as mapped (every required field has a column)."""
        return not self.missing


@dataclass(frozen=True, slots=True)
class ImportResult:
    batch_id: int
    created: int
    merged: int
    skipped_duplicates: int
    skipped_errors: int


@dataclass(frozen=True, slots=True)
class BatchIds:
    created: list[int]
    merged: list[int]


Progress = Callable[[int, int], None]  # rows written so far, rows in the file


def _table_format(table: TableFile, options: ImportOptions) -> TableFormat | None:
    if options.format is FormatKey.GENERIC:
        return None
    if options.format is not None:
        return format_named(options.format, table.headers)
    return recognise(table.headers)


def _mapping(table: TableFile, known: TableFormat | None, options: ImportOptions) -> dict[int, str]:
    mapping = known.mapping(table.headers) if known else map_by_alias(table.headers)
    overrides = {header_key(name): value for name, value in options.overrides.items()}
    for index, header in enumerate(table.headers):
        if header_key(header) in overrides:
            mapping[index] = overrides[header_key(header)]
    mapping.update((i, f) for i, f in options.columns.items() if i < len(table.headers))
    return mapping


def _own_stages(pipeline: Pipeline) -> dict[str, str]:
    return {header_key(d.name): d.key for d in pipeline.stages if d.name}


class ImportService:
    def __init__(
        self,
        database: Database,
        pipeline: Callable[[], Pipeline],
        *,
        backup: Callable[[str], object] | None = None,
    ) -> None:
        self._database = database
        self._pipeline = pipeline
        self._backup = backup

    def _reading(
        self, table: TableFile, known: TableFormat | None, mapping: dict[int, str],
        options: ImportOptions, now: datetime, zone: tzinfo,
    ) -> RowReading:  # fmt: skip
        pipeline = self._pipeline()
        if not options.include_personal:
            mapping = {i: f for i, f in mapping.items() if f not in PERSONAL_FIELDS}
        return RowReading(
            headers=table.headers,
            mapping=mapping,
            now=now,
            zone=zone,
            default_stage=known.stage if known else "applied",
            channel=known.channel if known else None,
            day_first=known.day_first
            if known and known.day_first is not None
            else options.day_first,
            include_personal=options.include_personal,
            keep_undated=options.keep_undated,
            strip_formula_guard=known is not None and known.key is FormatKey.PIVOT_CSV,
            stage_order=tuple(pipeline.stage_keys()),
            own_stages=_own_stages(pipeline),
        )

    def preview(
        self,
        path: Path,
        options: ImportOptions = ImportOptions(),
        *,
        now: datetime | None = None,
        zone: tzinfo | None = None,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportPreview:
        """Read the whole file without writing anything; ``progress`` hears the rows read so
        far now and then, and ``cancelled`` can stop the reading.

        Raises:
            FileError: unreadable, binary, an unknown encoding, no header row.
            ImportCancelledError: ``cancelled()`` said so.
        """
        table = open_table(path, options.encoding, options.sheet)
        known = _table_format(table, options)
        mapping = _mapping(table, known, options)
        mapped = set(mapping.values())
        preview = ImportPreview(
            table=table,
            format=known.key if known else FormatKey.GENERIC,
            options=options,
            mapping=mapping,
            missing=[f for f in REQUIRED_FIELDS if f not in mapped],
            personal_columns=[table.headers[i] for i, f in mapping.items() if f in PERSONAL_FIELDS],
        )
        if not preview.ready:
            return preview
        with self._database.read_session() as session:
            from tracker.db.import_store import existing_keys

            existing = existing_keys(session)
        reading = self._reading(table, known, mapping, options, *_clock(now, zone))
        seen: set[tuple[str, str]] = set()
        for record, issues in _records(table, reading):
            preview.rows += 1
            if preview.rows % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ImportCancelledError()
                if progress is not None:
                    progress(preview.rows)
            preview.issue_count += len(issues)
            room = MAX_LISTED_ISSUES - len(preview.issues)
            preview.issues.extend(issues[:room])
            if record is None:
                preview.skipped_lines.add(issues[0].line)
                preview.undated += left_out_for_a_date(issues)
                continue
            preview.undated += any(i.problem is RowProblem.DATE_LEFT_OUT for i in issues)
            preview.importable += 1
            if len(preview.sample) < SAMPLE_ROWS:
                preview.sample.append(record)
            from tracker.db.import_store import duplicate_key

            key = duplicate_key(record.data.company_name, record.data.role_title)
            if key in existing or key in seen:
                preview.duplicates.append(
                    Duplicate(record.line, record.data.company_name, record.data.role_title,
                              existing.get(key))
                )  # fmt: skip
            seen.add(key)
        return preview

    def back_up_first(self) -> None:
        """A verified backup before anything is imported (Pivot's JSON imports use it too);
        a file open to read only refuses here, before any backup is tried."""
        self._database.refuse_writes()
        if self._backup is not None:
            self._backup("pre-import")

    def commit(
        self,
        preview: ImportPreview,
        duplicates: DuplicatePolicy | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        now: datetime | None = None,
        zone: tzinfo | None = None,
    ) -> ImportResult:
        """Write every importable row of the previewed file in one transaction.

        Raises:
            FileError: the file has no rows (NO_ROWS), changed since its preview (CHANGED) or
                became unreadable.
            ImportCancelledError: ``cancelled()`` said so; nothing was written.
            StorageError: the database could not be written; nothing was written.
        """
        from tracker.services.import_writer import BatchWriter

        if preview.rows == 0:
            raise FileError(FileProblem.NO_ROWS, str(preview.path))
        if not preview.table.unchanged():
            raise FileError(FileProblem.CHANGED, str(preview.path))
        options = replace(preview.options, duplicates=duplicates or preview.options.duplicates)
        known = _table_format(preview.table, options)
        reading = self._reading(preview.table, known, preview.mapping, options, *_clock(now, zone))
        self.back_up_first()
        with self._database.write_session() as session:
            writer = BatchWriter(
                session, preview.path.name, preview.format, options.duplicates,
                reading.stage_order,
            )  # fmt: skip
            for count, (record, _issues) in enumerate(_records(preview.table, reading), 1):
                writer.add(record)
                if count % PROGRESS_EVERY == 0:
                    if cancelled is not None and cancelled():
                        raise ImportCancelledError()
                    if progress is not None:
                        progress(count, preview.rows)
            result = writer.finish()
            if not preview.table.unchanged():
                raise FileError(FileProblem.CHANGED, str(preview.path))
        if progress is not None:
            progress(preview.rows, preview.rows)
        forget_workbook()  # the workbook kept between preview and commit is done with
        return result

    def batch_ids(self, batch_id: int) -> BatchIds:
        """The applications a batch created, and the ones it filled in."""
        from tracker.db import import_store

        with self._database.read_session() as session:
            created = [a.id for a in import_store.batch_applications(session, batch_id) if a.id]
            merged = [m.application_id for m in import_store.batch_merges(session, batch_id)]
        return BatchIds(created, merged)

    def undo(self, batch_id: int) -> None:
        """Take a whole import back: its applications go, what it filled in is as it was."""
        from tracker.services.import_writer import set_batch_done

        with self._database.write_session() as session:
            set_batch_done(session, batch_id, done=False)

    def redo(self, batch_id: int) -> None:
        from tracker.services.import_writer import set_batch_done

        with self._database.write_session() as session:
            set_batch_done(session, batch_id, done=True)


def _clock(now: datetime | None, zone: tzinfo | None) -> tuple[datetime, tzinfo]:
    local = datetime.now().astimezone()
    return (now or local).astimezone(UTC), zone or local.tzinfo or UTC


def _records(
    table: TableFile, reading: RowReading
) -> Iterator[tuple[ImportRecord | None, list[RowIssue]]]:
    for row in rows(table):
        if row.unclosed:
            yield None, [RowIssue(row.line, RowProblem.UNCLOSED_QUOTE, "")]
        else:
            yield read_row(row.line, row.cells, reading)
