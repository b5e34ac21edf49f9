"""One Pivot per data folder: a second launch brings the first to the front and exits 0
without opening the database; a lock left by a killed Pivot does not stop the next one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tracker.ui.window.single_instance import LOCK_FILE, SingleInstance

ROOT = Path(__file__).parents[2]


@pytest.mark.gui
def test_a_second_instance_asks_the_first_to_come_to_the_front(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    first.listen()
    second = SingleInstance(tmp_path)
    with qtbot.waitSignal(first.raise_requested, timeout=3000):
        assert not second.acquire()
    first.release()
    assert SingleInstance(tmp_path).acquire()


@pytest.mark.gui
def test_folders_of_their_own_run_side_by_side(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    assert first.acquire() and second.acquire()
    first.release()
    second.release()


def test_a_lock_left_by_a_killed_pivot_is_taken_over(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from PySide6.QtCore import QLockFile; "
         "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0); "
         "print(lock.tryLock(1000), flush=True); time.sleep(60)",
         str(tmp_path / LOCK_FILE)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "True"
    assert not SingleInstance(tmp_path).acquire()  # held by a live process
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    holder.stdout.close()
    assert SingleInstance(tmp_path).acquire()


def _launch(data_dir: Path, home: Path) -> subprocess.Popen[str]:
    environment = dict(os.environ, PIVOT_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir)],
        env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip


def test_a_second_launch_exits_0_and_leaves_the_database_to_the_first(
    tmp_path: Path, pivot_home: Path
) -> None:
    data = tmp_path / "data"
    first = _launch(data, pivot_home)
    try:
        deadline = time.monotonic() + 30
        while not (data / "pivot.db-wal").exists() and time.monotonic() < deadline:
            time.sleep(0.1)  # the first has the file open (its write-ahead log exists)
        assert first.poll() is None
        second = _launch(data, pivot_home)
        assert second.wait(timeout=30) == 0
        assert first.poll() is None
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
