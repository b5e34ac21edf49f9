"""Test set-up shared by every suite.

- Qt draws offscreen unless a display is asked for (set before anything imports Qt).
- Every test runs with PIVOT_HOME in its own temporary folder: nothing touches real files.
- No test may open a network connection (Pivot never does).
"""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.read_only_storage import read_only_storage  # noqa: F401 - a fixture for every test
from tracker.db.database import Database
from tracker.db.opening import open_database
from tracker.services.container import Services

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PIVOT_HOME", str(Path("/nonexistent-pivot-home")))


# A test using any of these needs Qt: it is marked ``gui`` without saying so, so that
# ``-m "not gui"`` runs the rest without a QApplication.
QT_FIXTURES = frozenset({"qtbot", "qapp", "qtmodeltester"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if QT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


class NetworkAccessError(AssertionError):
    pass


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    originals = {name: getattr(socket.socket, name) for name in ("connect", "connect_ex", "sendto")}

    def guard(name: str) -> object:
        def guarded(self: socket.socket, *args: object) -> object:
            if self.family == socket.AF_UNIX:
                return originals[name](self, *args)
            raise NetworkAccessError(f"a test tried to reach {args[-1]!r}")

        return guarded

    for name in originals:
        setattr(socket.socket, name, guard(name))
    yield
    for name, original in originals.items():
        setattr(socket.socket, name, original)


@pytest.fixture(autouse=True)
def pivot_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "pivot-home"
    monkeypatch.setenv("PIVOT_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One freshly created and migrated database per session, copied for each test."""
    folder = tmp_path_factory.mktemp("template")
    database = open_database(folder / "pivot.db", folder / "backups")
    database.close()
    return folder / "pivot.db"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def database(migrated_template: Path, data_dir: Path) -> Iterator[Database]:
    shutil.copy2(migrated_template, data_dir / "pivot.db")
    opened = open_database(data_dir / "pivot.db", data_dir / "backups")
    yield opened
    opened.close()


@pytest.fixture
def services(database: Database) -> Services:
    return Services(database)
