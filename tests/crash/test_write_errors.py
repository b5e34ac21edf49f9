"""A write the operating system refuses half-way (the file-size limit: EFBIG, as a failing
disk or a full quota would): the save is refused with a storage problem, the file stays
sound and keeps what was there. (Fault matrix D-08.)"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.crash.test_kill import ROOT


def test_a_write_past_the_file_size_limit_is_refused_and_the_file_stays_sound(
    tmp_path: Path, migrated_template: Path
) -> None:
    path = tmp_path / "pivot.db"
    shutil.copy2(migrated_template, path)
    connection = sqlite3.connect(str(path))
    connection.execute(
        "INSERT INTO company (uuid, name, name_key, notes, created_at, updated_at)"
        " VALUES ('u1', '腾讯', '腾讯', '', '2026-01-01', '2026-01-01')"
    )
    connection.commit()
    connection.close()
    done = subprocess.run(
        [sys.executable, "-m", "tests.crash.child", "limited", str(path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() in (["refused", "io_error"], ["refused", "disk_full"])
    connection = sqlite3.connect(str(path))
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert connection.execute("SELECT name FROM company").fetchall() == [("腾讯",)]
    assert connection.execute("SELECT count(*) FROM job_application").fetchone() == (0,)
    connection.close()
