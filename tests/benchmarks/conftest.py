"""Benchmarks report ratios to floors measured in the same run; they assert behaviour (the rows
are there, the heavy libraries are not loaded), never a time.

    python -m pytest -m benchmark -s          10,000 applications (the issue's size)
    PIVOT_BENCH_ROWS=2000 python -m pytest -m benchmark -s      a quicker, smaller run
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tracker.db.opening import open_database
from tracker.services.demo import build_demo

ROWS = int(os.environ.get("PIVOT_BENCH_ROWS", "10000"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.benchmark)


@pytest.fixture(scope="session")
def big_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bench")
    database = open_database(folder / "pivot.db", folder / "backups")
    build_demo(database, count=ROWS)
    database.close()
    # Every application on screen at start (the demo archives some old closed ones).
    connection = sqlite3.connect(str(folder / "pivot.db"))
    connection.execute("UPDATE job_application SET archived = 0")
    connection.commit()
    connection.close()
    return folder


def report(lines: list[str]) -> None:
    """Benchmarks speak through the terminal (run with -s) and the log."""
    import sys

    sys.stdout.write("\n" + "\n".join(lines) + "\n")
