"""The command line: options shared with the window, and the verbs that need no window.

Every failure ends with one human line on stderr and a non-zero status, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from tracker import __version__
from tracker.cli_pay import add_pay_parser, run_pay
from tracker.cli_report import add_report_parser, run_report
from tracker.cli_transfer import add_transfer_parsers, run_export, run_import
from tracker.domain.errors import StorageError
from tracker.paths import AppPaths, default_paths

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


def _data_dir_option(parser: argparse.ArgumentParser, *, in_verb: bool) -> None:
    parser.add_argument(
        "--data-dir",
        type=str,  # kept as typed: an empty name must be refused, not read as "."
        metavar="DIR",
        # In a verb the option may come after it; unset there, it keeps the global value.
        default=argparse.SUPPRESS if in_verb else None,
        help="keep the database (DIR/pivot.db) and its backups in DIR",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pivot",
        description="Pivot: a private, local tracker for a job hunt into AI roles.",
    )
    parser.add_argument("--version", action="version", version=f"Pivot {__version__}")
    _data_dir_option(parser, in_verb=False)
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
        _data_dir_option(verbs.add_parser(name, help=text), in_verb=True)
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

    _install_translations()
    text = QCoreApplication.translate(
        "CommandLine",
        "--data-dir needs the name of a folder; an empty name was given, so nothing was done.",
    )
    return fail(text, EXIT_USAGE)


def _say(text: str) -> None:
    print(text)  # noqa: T201


def fail(text: str, status: int = EXIT_PROBLEM) -> int:
    print(text, file=sys.stderr)  # noqa: T201
    return status


def _install_translations() -> None:
    """Command-line messages speak the language the window would use."""
    from PySide6.QtCore import QCoreApplication

    from tracker.ui.i18n import Translators, resolve_language
    from tracker.ui.settings import Settings

    if QCoreApplication.instance() is None:
        QCoreApplication([sys.argv[0]])
    language = resolve_language(Settings(default_paths().settings_file).language)
    Translators().install(language)


def _storage_failure(error: StorageError) -> int:
    from tracker.ui.messages import storage_message

    return fail(storage_message(error).replace("\n\n", " "))


def run_check(paths: AppPaths) -> int:
    from PySide6.QtCore import QCoreApplication

    from tracker.services.maintenance import check_database

    _install_translations()
    try:
        report = check_database(paths.database)
    except StorageError as error:
        return _storage_failure(error)
    if report.ok:
        _say(
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

    _install_translations()
    try:
        _say(str(back_up(paths.database, paths.backup_dir)))
    except StorageError as error:
        return _storage_failure(error)
    return EXIT_OK


VERBS: dict[str, Callable[[argparse.Namespace, AppPaths], int]] = {
    "check": lambda _args, paths: run_check(paths),
    "backup": lambda _args, paths: run_backup(paths),
    "pay": run_pay,
    "report": run_report,
    "import": run_import,
    "export": run_export,
}
