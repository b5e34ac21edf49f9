"""The command line: one human line and a status, never a traceback."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.unit.db.helpers import fingerprint, raw
from tracker.db.backup import verify_database_file
from tracker.db.database import Database
from tracker.services.demo import build_demo

ROOT = Path(__file__).resolve().parents[2]


def pivot(*arguments: str, home: Path) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, PIVOT_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    environment.pop("LANG", None)
    environment["LC_ALL"] = "C.UTF-8"
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *arguments],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_check_passes_a_sound_database(database: Database, data_dir: Path, pivot_home: Path):
    build_demo(database)
    database.close()
    done = pivot("--data-dir", str(data_dir), "check", home=pivot_home)
    assert done.returncode == 0, done.stderr
    assert "no problems found" in done.stdout and "Applications: 60" in done.stdout


def test_check_fails_a_damaged_history_with_the_reason(
    database: Database, data_dir: Path, pivot_home: Path
) -> None:
    build_demo(database)
    database.close()
    connection = raw(data_dir / "pivot.db")
    connection.execute(
        "DELETE FROM stage_event WHERE application_id = (SELECT min(id) FROM job_application)"
    )
    connection.close()
    done = pivot("--data-dir", str(data_dir), "check", home=pivot_home)
    assert done.returncode == 1
    assert "disagree with their stage history" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("content", [None, b"name,stage\n", b"SQLite format 3\x00" + b"\x00" * 200])
def test_check_refuses_missing_and_foreign_files_plainly(
    tmp_path: Path, pivot_home: Path, content: bytes | None
) -> None:
    if content is not None:
        (tmp_path / "pivot.db").write_bytes(content)
    done = pivot("--data-dir", str(tmp_path), "check", home=pivot_home)
    assert done.returncode != 0
    assert done.stderr.strip() and "Traceback" not in done.stderr
    if content is not None:
        assert (tmp_path / "pivot.db").read_bytes() == content


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _flip_bytes(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data), page * 2):
        data[offset + 100 : offset + 400] = bytes(300)  # zero a stretch of several pages
        data[offset + 8] ^= 0xFF
    path.write_bytes(bytes(data))


def _no_pivot_tables(path: Path) -> None:
    connection = raw(path)
    connection.execute("PRAGMA foreign_keys = OFF")
    for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_%'"
        " AND name NOT LIKE 'sqlite_%'"
    ).fetchall():
        connection.execute(f'DROP TABLE "{name}"')
    connection.execute("CREATE TABLE ledger (amount INTEGER)")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def _foreign_log(path: Path) -> None:
    other = path.with_name("other.db")
    connection = sqlite3.connect(str(other), isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.execute("INSERT INTO notes VALUES ('x')")
    shutil.copyfile(f"{other}-wal", f"{path}-wal")
    connection.close()
    other.unlink()


@pytest.mark.parametrize("damage", [_truncate, _flip_bytes, _no_pivot_tables, _foreign_log])
def test_check_names_each_problem_of_a_damaged_file_in_a_line_and_exits_1(
    database: Database, data_dir: Path, pivot_home: Path, damage: Callable[[Path], None]
) -> None:
    build_demo(database)
    database.close()
    path = data_dir / "pivot.db"
    damage(path)
    before = path.read_bytes()
    done = pivot("--data-dir", str(data_dir), "check", home=pivot_home)
    assert done.returncode == 1, done.stdout
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) >= 2 and "the check found problems" in lines[-1], lines
    assert path.read_bytes() == before


def test_check_on_a_folder_says_it_is_a_folder(tmp_path: Path, pivot_home: Path) -> None:
    (tmp_path / "pivot.db").mkdir()
    done = pivot("--data-dir", str(tmp_path), "check", home=pivot_home)
    assert done.returncode == 1
    assert "belongs to a folder" in done.stderr and "creates one" not in done.stderr


def test_backup_prints_the_path_of_a_verified_copy(
    database: Database, data_dir: Path, pivot_home: Path
) -> None:
    build_demo(database)
    database.close()
    done = pivot("--data-dir", str(data_dir), "backup", home=pivot_home)
    assert done.returncode == 0, done.stderr
    path = Path(done.stdout.strip())
    assert path.parent == data_dir / "backups" and verify_database_file(path)


def test_demo_refuses_a_folder_that_holds_a_database(
    database: Database, data_dir: Path, pivot_home: Path
) -> None:
    database.close()
    before = fingerprint(data_dir / "pivot.db")
    done = pivot("--demo", "--data-dir", str(data_dir), home=pivot_home)
    assert done.returncode == 2
    assert "already holds a database" in done.stderr
    assert fingerprint(data_dir / "pivot.db") == before


def test_unknown_options_are_a_usage_error(pivot_home: Path) -> None:
    done = pivot("--colour", "mauve", home=pivot_home)
    assert done.returncode == 2 and "usage:" in done.stderr


def test_the_data_dir_may_follow_the_verb(database: Database, data_dir: Path, pivot_home: Path):
    database.close()
    done = pivot("check", "--data-dir", str(data_dir), home=pivot_home)
    assert done.returncode == 0, done.stderr
    assert str(data_dir) in done.stdout


@pytest.mark.parametrize("place", ["before", "after"])
def test_an_empty_data_dir_is_refused_not_read_as_the_current_folder(
    tmp_path: Path, pivot_home: Path, place: str
) -> None:
    arguments = ("--data-dir", "", "backup") if place == "before" else ("backup", "--data-dir", "")
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *arguments],
        env=dict(os.environ, PIVOT_HOME=str(pivot_home), QT_QPA_PLATFORM="offscreen"),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "--data-dir needs the name of a folder" in done.stderr
    assert not (tmp_path / "pivot.db").exists() and not (tmp_path / "backups").exists()
