"""The log file: written in the log folder, rotated at start past its size, the oldest dropped,
and never in the way when its folder cannot be written."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker import log


@pytest.fixture(autouse=True)
def _fresh_root() -> Iterator[None]:
    """Each test configures logging anew; whatever was set up before comes back after."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    for handler in before:
        root.removeHandler(handler)
    yield
    for handler in list(root.handlers):
        handler.close()
        root.removeHandler(handler)
    for handler in before:
        root.addHandler(handler)
    root.setLevel(level)


def test_a_large_log_moves_aside_at_start_and_the_oldest_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(log, "MAX_LOG_BYTES", 100)
    for number in (1, 2, 3):
        (tmp_path / f"pivot.log.{number}").write_text(f"old {number}")
    (tmp_path / "pivot.log").write_text("x" * 200)
    log.configure_logging(tmp_path)
    logging.getLogger("tracker.test").info("opened")
    assert (tmp_path / "pivot.log.1").read_text() == "x" * 200
    assert (tmp_path / "pivot.log.2").read_text() == "old 1"
    assert (tmp_path / "pivot.log.3").read_text() == "old 2"
    assert not (tmp_path / "pivot.log.4").exists()  # "old 3" is gone
    assert "INFO tracker.test: opened" in (tmp_path / "pivot.log").read_text()


def test_a_small_log_is_appended_to(tmp_path: Path) -> None:
    (tmp_path / "pivot.log").write_text("earlier line\n")
    log.configure_logging(tmp_path)
    logging.getLogger("tracker.test").warning("again")
    lines = (tmp_path / "pivot.log").read_text().splitlines()
    assert lines[0] == "earlier line" and lines[1].endswith("WARNING tracker.test: again")
    assert not (tmp_path / "pivot.log.1").exists()


def test_an_unwritable_log_folder_falls_back_to_the_terminal(tmp_path: Path) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("a file where the folder should be")
    log.configure_logging(blocker)
    handlers = [h for h in logging.getLogger().handlers if h.get_name() == log.HANDLER_NAME]
    assert len(handlers) == 1 and not isinstance(handlers[0], logging.FileHandler)
    assert blocker.read_text() == "a file where the folder should be"
