"""The command line's parser and its own verbs (check, backup); the others are in their
modules beside this one."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from tracker import __version__
from tracker.cli.capture import add_capture_parser, run_capture
from tracker.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    data_dir_option,
    fail,
    install_translations,
    say,
)
from tracker.cli.pay import add_pay_parser, run_pay
from tracker.cli.report import add_report_parser, run_report
from tracker.cli.transfer import add_transfer_parsers, run_export, run_import
from tracker.domain.errors import StorageError
from tracker.paths import AppPaths, default_paths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pivot",
        description="Pivot: a private, local tracker for a job hunt into AI roles.",
    )
    parser.add_argument("--version", action="version", version=f"Pivot {__version__}")
    data_dir_option(parser, in_verb=False)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open on a generated demo data set (in a throwaway folder, or written into an "
        "empty --data-dir)",
    )
    parser.add_argument("--verbose", action="store_true", help="log more detail")
    verbs = parser.add_subparsers(dest="command", metavar="COMMAND")
    verbs_help = {
        "check": "check the database file; exit status 0 only when it is sound",
        "backup": "write a verified backup now and print its path",
    }
    for name, text in verbs_help.items():
        data_dir_option(verbs.add_parser(name, help=text), in_verb=True)
    add_capture_parser(verbs)
    add_pay_parser(verbs)
    add_report_parser(verbs)
    add_transfer_parsers(verbs)
    return parser


def resolve_paths(data_dir: str | Path | None) -> AppPaths:
    paths = default_paths()
    return paths if data_dir is None else paths.with_data_dir(Path(data_dir))


def refuse_empty_data_dir() -> int:
    """``--data-dir ''`` (an unset shell variable, say) would silently mean the current folder."""
    from PySide6.QtCore import QCoreApplication

    install_translations()
    text = QCoreApplication.translate(
        "CommandLine",
        "--data-dir needs the name of a folder; an empty name was given, so nothing was done.",
    )
    return fail(text, EXIT_USAGE)


def _storage_failure(error: StorageError) -> int:
    from tracker.words.messages import storage_message

    return fail(storage_message(error).replace("\n\n", " "))


def run_check(paths: AppPaths) -> int:
    from PySide6.QtCore import QCoreApplication

    from tracker.services.maintenance import check_database

    install_translations()
    try:
        report = check_database(paths.database)
    except StorageError as error:
        return _storage_failure(error)
    if report.ok:
        say(
            QCoreApplication.translate(
                "CommandLine", "{path}: no problems found. Applications: {count}"
            ).format(path=paths.database, count=report.applications)
        )
        return EXIT_OK
    for problem in report.problems:
        print(problem, file=sys.stderr)  # noqa: T201
    text = QCoreApplication.translate("CommandLine", "{path}: the check found problems")
    return fail(text.format(path=paths.database))


def run_backup(paths: AppPaths) -> int:
    from tracker.services.maintenance import back_up

    install_translations()
    try:
        say(str(back_up(paths.database, paths.backup_dir)))
    except StorageError as error:
        return _storage_failure(error)
    return EXIT_OK


VERBS: dict[str, Callable[[argparse.Namespace, AppPaths], int]] = {
    "check": lambda _args, paths: run_check(paths),
    "backup": lambda _args, paths: run_backup(paths),
    "capture": run_capture,
    "pay": run_pay,
    "report": run_report,
    "import": run_import,
    "export": run_export,
}
