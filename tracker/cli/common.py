"""What every verb of the command line shares: its exit statuses, how it prints, the
``--data-dir`` option, and the one place that installs the translation its words are in."""

from __future__ import annotations

import argparse
import sys

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
DATA_DIR_HELP = "keep the database (DIR/pivot.db) and its backups in DIR"


def data_dir_option(parser: argparse.ArgumentParser, *, in_verb: bool = True) -> None:
    parser.add_argument(
        "--data-dir",
        type=str,  # kept as typed: an empty name must be refused, not read as "."
        metavar="DIR",
        # In a verb the option may come after it; unset there, it keeps the global value.
        default=argparse.SUPPRESS if in_verb else None,
        help=DATA_DIR_HELP,
    )


def say(text: str) -> None:
    print(text)  # noqa: T201


def fail(text: str, status: int = EXIT_PROBLEM) -> int:
    """One human line on stderr, and the status to exit with."""
    print(text, file=sys.stderr)  # noqa: T201
    return status


def install_translations(language: str | None = None) -> None:
    """The command line speaks ``language``, else the language the window would use."""
    from PySide6.QtCore import QCoreApplication

    from tracker.paths import default_paths
    from tracker.preferences import Settings
    from tracker.words.language import Translators, resolve_language

    if QCoreApplication.instance() is None:
        QCoreApplication([sys.argv[0]])
    chosen = language or resolve_language(Settings(default_paths().settings_file).language)
    Translators().install(chosen)
