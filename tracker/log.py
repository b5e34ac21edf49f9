"""Logging set-up. Log lines name actions and error kinds, never user data: no SQL parameters,
notes, salaries or company names are written (the engine hides SQL parameters too)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
HANDLER_NAME = "pivot"
MAX_LOG_BYTES = 1_000_000
KEPT_LOGS = 3


def _rotate(path: Path) -> None:
    """At start, a log past its size moves to pivot.log.1 (and so on); the oldest goes.
    (Done here rather than with logging.handlers, whose import start-up does not need.)"""
    try:
        if not path.exists() or path.stat().st_size < MAX_LOG_BYTES:
            return
        for number in range(KEPT_LOGS - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        return


def configure_logging(log_dir: Path, *, verbose: bool = False) -> None:
    root = logging.getLogger()
    if any(handler.get_name() == HANDLER_NAME for handler in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    path = log_dir / "pivot.log"
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        _rotate(path)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.set_name(HANDLER_NAME)
    root.addHandler(handler)
