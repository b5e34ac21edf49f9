"""``pivot capture [FILE|-]``: read a job posting (a text or HTML file, a saved .mhtml page, or
standard input) as the window's New from posting does, and print what it found; ``--save``
logs it as a wishlist application with the posting kept."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.cli.common import EXIT_OK, data_dir_option, fail, install_translations, say
from tracker.domain.errors import FileError, PivotError, StorageError, ValidationError
from tracker.paths import AppPaths

if TYPE_CHECKING:
    from tracker.domain.posting_reader import CapturedPosting

STDIN = "-"


def add_capture_parser(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = verbs.add_parser(
        "capture",
        help="read a job posting (text, HTML or .mhtml; - or nothing for standard input) into "
        "an application's fields; nothing is written without --save",
    )
    parser.add_argument("file", nargs="?", default=STDIN, metavar="FILE",
                        help="the posting, or - for standard input (the default)")  # fmt: skip
    parser.add_argument("--json", action="store_true",
                        help="print the fields as JSON (missing: what was not found)")  # fmt: skip
    parser.add_argument("--save", action="store_true",
                        help="log it as a wishlist application, with its posting")  # fmt: skip
    data_dir_option(parser)


def run_capture(args: argparse.Namespace, paths: AppPaths) -> int:
    from PySide6.QtCore import QCoreApplication

    install_translations()
    try:
        captured = _read(args.file)
    except FileError as error:
        from tracker.words.files import file_message

        return fail(file_message(error).replace("\n\n", " "))
    except PivotError as error:
        if getattr(error, "too_large", False):
            from tracker.domain.errors import FileProblem
            from tracker.words.files import file_problem_text

            return fail(file_problem_text(FileProblem.TOO_LARGE))
        return fail(
            QCoreApplication.translate(
                "CommandLine", "capture: there is no posting in what was given: it is empty."
            )
        )
    if args.json:
        say(json.dumps(captured.summary(), ensure_ascii=False, indent=2))
    else:
        _print_fields(captured)
    if not args.save:
        return EXIT_OK
    return _save(captured, paths, "" if args.file == STDIN else Path(args.file).name)


def _read(name: str) -> CapturedPosting:
    """The posting in the file, or on standard input.

    Raises:
        FileError: the file cannot be read, is over 5 MB, or is not text or HTML.
        PostingError: there is no text in it.
    """
    from tracker.domain.errors import FileProblem
    from tracker.domain.posting_reader import MAX_POSTING_BYTES
    from tracker.services.capture import NotTextError, capture_file, posting_from_bytes

    if name != STDIN:
        return capture_file(Path(name))
    data = sys.stdin.buffer.read(MAX_POSTING_BYTES + 1)
    if len(data) > MAX_POSTING_BYTES:
        raise FileError(FileProblem.TOO_LARGE, STDIN)
    try:
        return posting_from_bytes(data)
    except NotTextError as error:
        raise FileError(FileProblem.NOT_A_POSTING, STDIN) from error


def _print_fields(captured: CapturedPosting) -> None:
    from PySide6.QtCore import QCoreApplication

    from tracker.words.capture import board_name, missing_fields

    lines = (
        (QCoreApplication.translate("CommandLine", "Source"), board_name(captured.board)),
        (QCoreApplication.translate("CommandLine", "Company"), captured.company),
        (QCoreApplication.translate("CommandLine", "Role"), captured.role),
        (
            QCoreApplication.translate("CommandLine", "City"),
            " ".join(part for part in (captured.city, captured.district) if part),
        ),
        (QCoreApplication.translate("CommandLine", "Salary"), captured.salary_text),
        (QCoreApplication.translate("CommandLine", "Experience"), captured.experience),
        (QCoreApplication.translate("CommandLine", "Education"), captured.education),
        (QCoreApplication.translate("CommandLine", "Link"), captured.link),
        (QCoreApplication.translate("CommandLine", "Tags"), ", ".join(captured.tags)),
        (QCoreApplication.translate("CommandLine", "Not found"), missing_fields(captured.missing)),
    )
    for label, value in lines:
        if value:
            say(f"{label}: {value}")


def _save(captured: CapturedPosting, paths: AppPaths, source: str) -> int:
    from PySide6.QtCore import QCoreApplication

    from tracker.domain.enums import HiringTrack, RoleCategory, Stage
    from tracker.domain.records import ApplicationCreate
    from tracker.services.applications import ApplicationService
    from tracker.services.capture import posting_of
    from tracker.services.maintenance import open_database
    from tracker.words.messages import error_message, storage_message

    if not captured.company or not captured.role:
        return fail(
            QCoreApplication.translate(
                "CommandLine",
                "capture: the posting names no company or no role, so nothing was saved. Use "
                "New from posting in Pivot's window to fill them in.",
            )
        )
    try:
        database = open_database(paths.database, paths.backup_dir)
    except StorageError as error:
        return fail(storage_message(error).replace("\n\n", " "))
    try:
        created = ApplicationService(database).create(
            ApplicationCreate(
                company_name=captured.company,
                role_title=captured.role,
                role_category=captured.category or RoleCategory.OTHER,
                city=captured.city,
                district=captured.district,
                work_mode=captured.work_mode,
                hiring_track=captured.hiring_track or HiringTrack.EXPERIENCED,
                channel=captured.channel,
                job_url=captured.link,
                job_description=captured.description,
                salary_text=captured.salary_text,
                experience_asked=captured.experience,
                education_asked=captured.education,
                tags=captured.tags,
                applied_on=None,
                stage=Stage.WISHLIST,
                posting=posting_of(captured, source),
            )
        )
    except (ValidationError, StorageError) as error:
        return fail(error_message(error).replace("\n\n", " "))
    finally:
        database.close()
    say(
        QCoreApplication.translate("CommandLine", "Saved as application {id} (wishlist).").format(
            id=created.id
        )
    )
    return EXIT_OK
