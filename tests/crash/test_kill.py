"""SIGKILL at random moments while Pivot writes (through its real services, in a child
process): after every kill the file passes ``integrity_check``, every write the child reported
committed is there, and nothing is half done (every application's stage is the one its last
history row says). The same for an import (all its rows or none), a migration (the old schema
whole, or the new one) and a backup (the database untouched; only verified backups listed).

30 kills of each run with the suite; ``PIVOT_KILLS=1000 python -m pytest -m slow tests/crash``
runs the long loop.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tracker.db.backup import list_backups, verify_database_file
from tracker.db.schema import SHIPPED

ROOT = Path(__file__).parents[2]
GOLDEN = ROOT / "tests" / "fixtures" / "golden"
KILLS = int(os.environ.get("PIVOT_KILLS", "30"))


@dataclass
class Tally:
    kills: int = 0
    corrupt: int = 0
    lost: int = 0
    half_done: int = 0
    acknowledged: int = 0
    notes: list[str] = field(default_factory=list)

    def report(self, what: str) -> str:
        return (
            f"{what}: {self.kills} kills, {self.acknowledged} acknowledged writes, "
            f"{self.corrupt} corrupt files, {self.lost} lost writes, {self.half_done} half-done"
        )


def _child(*arguments: str) -> subprocess.Popen[str]:
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "tests.crash.child", *arguments],
        cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, encoding="utf-8",
    )  # fmt: skip


def run_and_kill(arguments: list[str], delay: float) -> list[list[str]]:
    """Start the child, let it work ``delay`` seconds after it is ready, SIGKILL it, and
    return the lines it completed (each one a committed write)."""
    child = _child(*arguments)
    assert child.stdout is not None
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("ready"):
                ready.set()
            if line.endswith("\n"):
                lines.append(line)
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    ready.wait(timeout=60)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    reader.join(timeout=30)
    child.stdout.close()
    return [line.split() for line in lines if not line.startswith("ready")]


def _integrity_ok(path: Path) -> bool:
    connection = sqlite3.connect(str(path))
    try:
        return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()


def _check_writes(path: Path, said: list[list[str]], tally: Tally) -> None:
    connection = sqlite3.connect(str(path))
    try:
        applications = {row[0] for row in connection.execute("SELECT uuid FROM job_application")}
        events = {row[0] for row in connection.execute("SELECT uuid FROM stage_event")}
        notes = {row[0] for row in connection.execute("SELECT uuid FROM note")}
        for words in said:
            tally.acknowledged += 1
            kind = words[0]
            if kind == "created":
                present = words[1] in applications
            elif kind == "moved":
                present = words[4] in events
            else:
                present = words[1] in notes
            tally.lost += 0 if present else 1
        # Every application stands where its latest history row put it.
        mismatched = connection.execute(
            """SELECT count(*) FROM job_application a
               WHERE NOT EXISTS (SELECT 1 FROM stage_event e WHERE e.application_id = a.id)
                  OR (a.current_stage, coalesce(a.outcome, '')) IS NOT (
                     SELECT e.to_stage, coalesce(e.to_outcome, '') FROM stage_event e
                     WHERE e.application_id = a.id ORDER BY e.occurred_at DESC, e.id DESC
                     LIMIT 1)"""
        ).fetchone()[0]
        tally.half_done += mismatched
    finally:
        connection.close()


def _writes_loop(folder: Path, kills: int) -> Tally:
    from tracker.db.opening import open_database

    path = folder / "pivot.db"
    open_database(path, folder / "backups").close()
    rng = random.Random(20261125)
    tally = Tally()
    for _ in range(kills):
        said = run_and_kill(["writes", str(path)], rng.uniform(0.0, 0.35))
        tally.kills += 1
        if not _integrity_ok(path):
            tally.corrupt += 1
            break
        _check_writes(path, said, tally)
    return tally


def test_killed_writes_never_corrupt_the_file_or_lose_a_committed_write(tmp_path: Path) -> None:
    tally = _writes_loop(tmp_path, KILLS)
    print(tally.report("writes"))  # noqa: T201
    assert (tally.corrupt, tally.lost, tally.half_done) == (0, 0, 0)
    assert tally.kills == KILLS and tally.acknowledged > KILLS


@pytest.mark.slow
def test_a_thousand_kills(tmp_path: Path) -> None:
    tally = _writes_loop(tmp_path, max(KILLS, 1000))
    print(tally.report("writes"))  # noqa: T201
    assert (tally.corrupt, tally.lost, tally.half_done) == (0, 0, 0)


def _table(path: Path, rows: int) -> None:
    lines = ["公司名称,职位,状态,投递日期,薪资"]
    lines += [f"导入公司{n},AI训练师{n},一面,2026-09-01,25-50K·19薪" for n in range(rows)]
    path.write_text("\n".join(lines), encoding="gbk")


def _fresh(template: Path, path: Path) -> None:
    for side in ("", "-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    shutil.copy2(template, path)


def test_a_killed_import_leaves_all_its_rows_or_none(
    tmp_path: Path, migrated_template: Path
) -> None:
    path = tmp_path / "pivot.db"
    _fresh(migrated_template, path)
    table = tmp_path / "求职记录.csv"
    rows = 3000
    _table(table, rows)
    rng = random.Random(7)
    outcomes = set()
    for kill in range(KILLS):
        said = run_and_kill(["import", str(path), str(table)], rng.uniform(0.0, 1.2))
        assert _integrity_ok(path), f"corrupt after kill {kill}"
        connection = sqlite3.connect(str(path))
        batches = connection.execute(
            "SELECT b.id, count(a.id) FROM import_batch b "
            "LEFT JOIN job_application a ON a.import_batch_id = b.id GROUP BY b.id"
        ).fetchall()
        connection.close()
        assert all(count == rows for _batch, count in batches), batches
        committed = any(words[0] == "imported" for words in said)
        assert len(batches) >= (1 if committed else 0)
        outcomes.add(committed)
        if batches:  # start each round from an empty file again
            _fresh(migrated_template, path)
    print(f"import: {kill + 1} kills, outcomes seen {sorted(outcomes)}")  # noqa: T201


def test_a_killed_migration_leaves_the_old_schema_or_the_new_one(tmp_path: Path) -> None:
    from tracker.db.opening import open_database
    from tracker.services.applications import ApplicationService

    rng = random.Random(11)
    seen = set()
    for kill in range(KILLS):
        folder = tmp_path / f"run{kill}"
        folder.mkdir()
        path = folder / "pivot.db"
        shutil.copy2(GOLDEN / "schema-0001.db", path)
        run_and_kill(["migrate", str(path)], rng.uniform(0.0, 0.8))
        assert _integrity_ok(path)
        connection = sqlite3.connect(str(path))
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        connection.close()
        assert revision in ("0001", SHIPPED.head)
        seen.add(revision)
        database = open_database(path, folder / "backups")  # the next start finishes the job
        assert ApplicationService(database).get(1).fields.salary_text == "25-50K·19薪"
        database.close()
    print(f"migration: {kill + 1} kills, revisions found after a kill {sorted(seen)}")  # noqa: T201


def test_a_killed_backup_leaves_the_database_whole_and_lists_only_verified_backups(
    tmp_path: Path,
) -> None:
    path = tmp_path / "pivot.db"
    shutil.copy2(GOLDEN / "schema-0004.db", path)
    from tracker.db.opening import open_database

    open_database(path, tmp_path / "backups").close()
    before = path.read_bytes()
    rng = random.Random(3)
    for _ in range(KILLS):
        run_and_kill(["backup", str(path)], rng.uniform(0.0, 0.3))
        assert _integrity_ok(path)
        assert all(verify_database_file(backup) for backup in list_backups(tmp_path / "backups"))
    assert path.read_bytes() == before
