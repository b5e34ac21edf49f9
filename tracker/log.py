"""Logging set-up. Log lines name actions and error kinds, never user data: no SQL parameters,
notes, salaries or company names are written (the engine hides SQL parameters too)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
HANDLER_NAME = "pivot"


def configure_logging(log_dir: Path, *, verbose: bool = False) -> None:
    root = logging.getLogger()
    if any(handler.get_name() == HANDLER_NAME for handler in root.handlers):
        return
    level = logging.DEBUG if verbose else logging.INFO
    root.setLevel(level)
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_dir / "pivot.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.set_name(HANDLER_NAME)
    root.addHandler(handler)
