"""The composition root's small decisions, without a window."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from tests.conftest import NetworkAccessError
from tracker.app import prepare_demo
from tracker.paths import AppPaths, default_paths


def test_demo_without_a_data_dir_uses_a_throwaway_folder(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "logs")
    demo_paths, throwaway = prepare_demo(paths, into_data_dir=False)
    assert throwaway is not None and throwaway.is_dir()
    assert demo_paths.database.parent == throwaway
    assert demo_paths.settings_file == paths.settings_file
    throwaway.rmdir()


def test_demo_into_an_empty_data_dir_keeps_it(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "logs")
    assert prepare_demo(paths, into_data_dir=True) == (paths, None)
    paths.data_dir.mkdir()
    paths.database.write_bytes(b"x")
    with pytest.raises(FileExistsError):
        prepare_demo(paths, into_data_dir=True)


def test_pivot_home_moves_every_folder(tmp_path: Path) -> None:
    paths = default_paths({"PIVOT_HOME": str(tmp_path)})
    assert paths.database == tmp_path / "pivot.db"
    assert paths.settings_file.is_relative_to(tmp_path)
    assert paths.log_dir.is_relative_to(tmp_path)


def test_the_platform_folders_are_used_otherwise() -> None:
    paths = default_paths({})
    assert paths.data_dir.name == "Pivot" and paths.database.name == "pivot.db"


def test_no_test_can_reach_the_network() -> None:
    with socket.socket() as connection, pytest.raises(NetworkAccessError):
        connection.connect(("192.0.2.1", 443))
    with socket.socket() as connection, pytest.raises(NetworkAccessError):
        connection.connect_ex(("192.0.2.1", 443))
    with socket.socket(type=socket.SOCK_DGRAM) as connection, pytest.raises(NetworkAccessError):
        connection.sendto(b"x", ("192.0.2.1", 53))
