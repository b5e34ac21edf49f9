"""``pivot import FILE`` and ``pivot export FILE``: bring applications in from another tool's
file or a spreadsheet, and write them out for Excel, a calendar, or a lossless backup."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tracker.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    data_dir_option,
    fail,
    install_translations,
    say,
)
from tracker.domain.encoding_guess import UnclearEncodingError
from tracker.domain.errors import FileError, FileProblem, PivotError, StorageError
from tracker.domain.import_fields import IMPORT_TARGETS, ImportField
from tracker.domain.import_formats import FormatKey
from tracker.paths import AppPaths
from tracker.words import counts

if TYPE_CHECKING:
    from tracker.services.importing import ImportOptions, ImportPreview

LISTED_LINES = 20
EXPORT_FORMATS = ("csv", "json", "ics", "xlsx")


def add_transfer_parsers(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importing = verbs.add_parser(
        "import",
        help="import applications from a CSV/TSV/JSON file or an Excel workbook (LinkedIn, "
        "Huntr, JobSync, "
        "Pivot, or any spreadsheet with a header row)",
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--format",
        choices=[key.value for key in FormatKey],
        help="the file's format (default: from its headers)",
    )
    importing.add_argument("--encoding", help="the file's text encoding (default: found)")
    importing.add_argument(
        "--sheet", help="a workbook's sheet to read (default: the first that holds anything)"
    )
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="read the column HEADER as FIELD (repeatable); fields: "
        + ", ".join([*IMPORT_TARGETS, ImportField.IGNORED]),
    )
    dates = importing.add_mutually_exclusive_group()
    dates.add_argument(
        "--day-first",
        dest="day_first",
        action="store_const",
        const=True,
        help="read 01/02/2026 as 1 February",
    )
    dates.add_argument(
        "--month-first",
        dest="day_first",
        action="store_const",
        const=False,
        help="read 01/02/2026 as 2 January",
    )
    importing.add_argument(
        "--duplicates",
        choices=("skip", "merge", "import"),
        default="skip",
        help="rows whose company and role Pivot has already (default: skip)",
    )
    importing.add_argument(
        "--include-personal",
        action="store_true",
        help="also import contact email, phone and screening answers",
    )
    importing.add_argument(
        "--keep-undated",
        action="store_true",
        help="import rows whose date cannot be read, without that date (else left out)",
    )
    importing.add_argument(
        "--dry-run", action="store_true", help="show what would be imported, write nothing"
    )
    data_dir_option(importing)
    exporting = verbs.add_parser(
        "export",
        help="write applications as CSV (for Excel), JSON (a lossless copy) or ICS "
        "(interviews for a calendar)",
    )
    exporting.add_argument("file", type=Path, metavar="FILE")
    exporting.add_argument(
        "--format", choices=EXPORT_FORMATS, help="default: from the file's extension"
    )
    exporting.add_argument(
        "--language",
        choices=("en", "zh_CN"),
        help="the language of the CSV headers and words (default: Pivot's)",
    )
    exporting.add_argument(
        "--keys",
        action="store_true",
        help="CSV: Pivot's keys (applied, ai_trainer) instead of words in the language",
    )
    data_dir_option(exporting)


def _error_text(error: PivotError) -> str:
    from tracker.words.files import file_message
    from tracker.words.messages import storage_message

    if isinstance(error, UnclearEncodingError) and error.readings:
        from tracker.words.imports import readings_text

        return QCoreApplication.translate(
            "CommandLine",
            "Pivot cannot tell how {file} is encoded. Its first lines read like this in each "
            "encoding that fits:\n{readings}\nName the right one with --encoding, e.g. "
            "--encoding {encoding}; nothing was imported.",
        ).format(
            file=error.path,
            readings=readings_text(error.readings),
            encoding=error.readings[0].encoding,
        )
    if isinstance(error, FileError) and error.problem is FileProblem.UNKNOWN_ENCODING:
        hint = QCoreApplication.translate(
            "CommandLine", "Or name the encoding with --encoding, e.g. --encoding big5."
        )
        return file_message(error).replace("\n\n", " ") + " " + hint
    if isinstance(error, FileError):
        return file_message(error).replace("\n\n", " ")
    if isinstance(error, StorageError):
        return storage_message(error).replace("\n\n", " ")
    return str(error)


def _open(paths: AppPaths):  # type: ignore[no-untyped-def]
    from tracker.services.container import Services
    from tracker.services.maintenance import open_database

    return Services(open_database(paths.database, paths.backup_dir))


def _overrides(pairs: list[str]) -> dict[str, str] | None:
    overrides: dict[str, str] = {}
    for pair in pairs:
        header, _, name = pair.rpartition("=")
        if name.strip() not in (*IMPORT_TARGETS, ImportField.IGNORED):
            return None
        overrides[header.strip()] = name.strip()
    return overrides


def run_import(args: argparse.Namespace, paths: AppPaths) -> int:
    install_translations()
    overrides = _overrides(args.map)
    if overrides is None:
        return fail(
            QCoreApplication.translate(
                "CommandLine", "--map takes HEADER=FIELD, with a field from: {fields}"
            ).format(fields=", ".join([*IMPORT_TARGETS, ImportField.IGNORED])),
            EXIT_USAGE,
        )
    if args.dry_run:
        # A dry run writes nothing, not even an upgrade: it works on a copy of the database
        # (or on an empty one) in a throwaway folder.
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            try:
                copy = _throwaway_copy(paths, Path(folder))
            except StorageError as error:
                return fail(_error_text(error))
            return _import(args, copy, overrides)
    return _import(args, paths, overrides)


def _throwaway_copy(paths: AppPaths, folder: Path) -> AppPaths:
    from tracker.services.maintenance import copy_for_a_dry_run

    copy = paths.with_data_dir(folder)
    made = copy_for_a_dry_run(paths.database, paths.backup_dir, folder / "copy")
    if made is not None:
        made.rename(copy.database)
    return copy


def _import(args: argparse.Namespace, paths: AppPaths, overrides: dict[str, str]) -> int:
    from tracker.services.importing import DuplicatePolicy, ImportOptions

    if args.format == FormatKey.PIVOT_JSON or (
        args.format is None and args.file.suffix.lower() == ".json"
    ):
        return _import_json(args, paths)
    options = ImportOptions(
        format=FormatKey(args.format) if args.format else None,
        encoding=args.encoding,
        overrides=overrides,
        day_first=args.day_first,
        include_personal=args.include_personal,
        keep_undated=args.keep_undated,
        duplicates=DuplicatePolicy(args.duplicates),
        sheet=args.sheet,
    )
    return _import_table(args, paths, options)


def _import_table(args: argparse.Namespace, paths: AppPaths, options: ImportOptions) -> int:
    try:
        services = _open(paths)
    except StorageError as error:
        return fail(_error_text(error))
    try:
        preview = services.imports.preview(args.file, options)
        _describe(preview)
        if preview.ready and preview.rows == 0:
            raise FileError(FileProblem.NO_ROWS, str(args.file))
        if not preview.ready:
            from tracker.words.imports import field_name

            missing = ", ".join(f"{field_name(f)} ({f})" for f in preview.missing)
            return fail(
                QCoreApplication.translate(
                    "CommandLine",
                    'Could not map: {fields}. Name their columns with --map "HEADER=FIELD".',
                ).format(fields=missing)
            )
        if args.dry_run:
            say(QCoreApplication.translate("CommandLine", "Dry run: nothing was written."))
            return EXIT_OK
        result = services.imports.commit(preview)
    except PivotError as error:
        return fail(_error_text(error))
    finally:
        services.close()
    say(
        QCoreApplication.translate(
            "CommandLine",
            "Imported {created}, filled in {merged}; left out {duplicates} and {errors} with "
            "errors.",
        ).format(
            created=counts.applications(result.created),
            merged=result.merged,
            duplicates=counts.duplicates(result.skipped_duplicates),
            errors=counts.rows(result.skipped_errors),
        )
    )
    return EXIT_OK


def _describe(preview: ImportPreview) -> None:
    from tracker.words.imports import field_name, format_name, line_text

    table = preview.table
    say(
        QCoreApplication.translate("CommandLine", "{file}: {format}, {encoding}, {rows}").format(
            file=table.path.name,
            format=format_name(preview.format),
            encoding=table.encoding,
            rows=counts.rows(preview.rows),
        )
    )
    left_out = [
        h
        for i, h in enumerate(table.headers)
        if preview.mapping.get(i, ImportField.IGNORED) == ImportField.IGNORED
    ]
    for index, field in sorted(preview.mapping.items()):
        if field != ImportField.IGNORED:
            say(f"  {table.headers[index]} → {field_name(field)}")
    if left_out:
        say(
            QCoreApplication.translate("CommandLine", "Not imported: {columns}").format(
                columns=", ".join(left_out)
            )
        )
    if preview.personal_columns and not preview.options.include_personal:
        say(
            QCoreApplication.translate(
                "CommandLine", "Left out (personal data; --include-personal imports it): {columns}"
            ).format(columns=", ".join(preview.personal_columns))
        )
    if not preview.ready:
        return
    say(
        QCoreApplication.translate(
            "CommandLine",
            "{rows} can be imported; {duplicates} of them are already in Pivot or "
            "repeated in the file.",
        ).format(rows=counts.rows(preview.importable), duplicates=len(preview.duplicates))
    )
    if preview.undated and not preview.options.keep_undated:
        say(
            QCoreApplication.translate(
                "CommandLine",
                "{rows} left out only for a date that cannot be read; --keep-undated imports "
                "them without it.",
            ).format(rows=counts.rows(preview.undated))
        )
    for issue in preview.issues[:LISTED_LINES]:
        say("  " + line_text(issue))
    if preview.issue_count > LISTED_LINES:
        say(
            QCoreApplication.translate("CommandLine", "  … and {count} more").format(
                count=preview.issue_count - LISTED_LINES
            )
        )


def _import_json(args: argparse.Namespace, paths: AppPaths) -> int:
    from tracker.services import json_transfer

    try:
        services = _open(paths)
    except StorageError as error:
        return fail(_error_text(error))
    try:
        document = json_transfer.read_document(args.file)
        preview = json_transfer.preview_json(services.database, document)
        say(
            QCoreApplication.translate(
                "CommandLine",
                "{file}: Pivot JSON, {new} new applications, {present} already in Pivot",
            ).format(
                file=args.file.name,
                new=preview.new_applications,
                present=preview.present_applications,
            )
        )
        from tracker.words.imports import json_notes

        for note in json_notes(preview):
            say(note)
        if args.dry_run:
            say(QCoreApplication.translate("CommandLine", "Dry run: nothing was written."))
            return EXIT_OK
        services.imports.back_up_first()
        json_transfer.import_json(services.database, document, source_name=args.file.name)
    except PivotError as error:
        return fail(_error_text(error))
    finally:
        services.close()
    say(
        QCoreApplication.translate("CommandLine", "Imported {created}.").format(
            created=counts.applications(preview.new_applications)
        )
    )
    return EXIT_OK


def run_export(args: argparse.Namespace, paths: AppPaths) -> int:
    kind = args.format or args.file.suffix.lower().lstrip(".")
    install_translations(args.language)
    if kind not in EXPORT_FORMATS:
        usage = QCoreApplication.translate(
            "CommandLine",
            "export: give --format csv, json, ics or xlsx (or a file name ending in one of them)",
        )
        return fail(usage, EXIT_USAGE)
    try:
        from tracker.services.maintenance import require_database_file

        require_database_file(paths.database)
        services = _open(paths)
    except StorageError as error:
        return fail(_error_text(error))
    try:
        count = _write_export(services, kind, args.file, keys=args.keys)
    except PivotError as error:
        return fail(_error_text(error))
    finally:
        services.close()
    say(
        QCoreApplication.translate("CommandLine", "{path}: {count} written").format(
            path=args.file, count=count
        )
    )
    return EXIT_OK


def _write_export(services: object, kind: str, path: Path, *, keys: bool = False) -> int:
    from tracker.services.container import Services
    from tracker.words.transfer import calendar_words, csv_language_is_chinese, stage_names

    assert isinstance(services, Services)
    if kind == "csv":
        from tracker.services.csv_export import CsvExport
        from tracker.words.labels import label

        return CsvExport(services.database).write(
            path,
            chinese=csv_language_is_chinese(),
            stage_names=stage_names(services.pipeline.current()),
            label=None if keys else label,
        )
    if kind == "json":
        from tracker.services.json_transfer import export_json

        return export_json(services.database, path)
    if kind == "xlsx":
        from tracker.services.xlsx_export import export_workbook
        from tracker.words.workbook import workbook_words

        return export_workbook(services, path, workbook_words(services.pipeline.current()))
    from tracker.services.calendar_export import InterviewCalendar

    return InterviewCalendar(services.database).write(path, words=calendar_words())
