"""A real read-only file system for tests: a small tmpfs, filled, then remounted read-only.

Mounting needs root (as in CI); elsewhere the tests that use it are skipped with the reason."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _run(*arguments: str) -> bool:
    done = subprocess.run(arguments, capture_output=True, text=True, check=False)
    return done.returncode == 0


@pytest.fixture
def read_only_storage(tmp_path: Path) -> Iterator[Callable[[Path], Path]]:
    """A function that copies a data folder onto a fresh file system, makes that file
    system read-only, and returns the copy's path."""
    mount_point = tmp_path / "read-only-disk"
    mount_point.mkdir()
    if shutil.which("mount") is None or not _run(
        "mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount_point)
    ):
        pytest.skip("mounting a file system needs root")

    def freeze(folder: Path) -> Path:
        copy = mount_point / folder.name
        shutil.copytree(folder, copy)
        assert _run("mount", "-o", "remount,ro", str(mount_point))
        return copy

    try:
        yield freeze
    finally:
        _run("umount", "-l", str(mount_point))
