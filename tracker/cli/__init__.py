"""The command line: options shared with the window, and the verbs that need no window
(check, backup, pay, report, import, export).

Every failure ends with one human line on stderr and a non-zero status, never a traceback.
"""

from tracker.cli.common import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, fail
from tracker.cli.main import VERBS, build_parser, refuse_empty_data_dir, resolve_paths

__all__ = [
    "EXIT_OK", "EXIT_PROBLEM", "EXIT_USAGE", "VERBS", "build_parser", "fail",
    "refuse_empty_data_dir", "resolve_paths",
]  # fmt: skip
