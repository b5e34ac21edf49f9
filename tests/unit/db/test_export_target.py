"""An export never lands on the database, its sidecars, the lock or a backup, by whatever path it
is named; the writer follows links to their file, refuses what is not a regular file, and says
its own error (never a clean-up's)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tracker.db.atomic_file import write_atomically
from tracker.db.database import Database
from tracker.domain.errors import FileError, FileProblem
from tracker.paths import LOCK_FILE
from tracker.services.calendar_export import InterviewCalendar
from tracker.services.csv_export import CsvExport
from tracker.services.demo import build_demo
from tracker.services.json_transfer import export_json


def _exports(database: Database) -> dict[str, object]:
    return {
        "csv": lambda path: CsvExport(database).write(path, chinese=False),
        "json": lambda path: export_json(database, path),
        "ics": lambda path: InterviewCalendar(database).write(path),
    }


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.endswith("-shm")
    }


def _kept_targets(data_dir: Path, outside: Path) -> list[Path]:
    database = data_dir / "pivot.db"
    backups = data_dir / "backups"
    backups.mkdir(exist_ok=True)
    (backups / "pivot-20261201-000000-000000-s4-manual.db").write_bytes(b"backup")
    (data_dir / LOCK_FILE).write_text("1\n")
    aside = data_dir / "replaced-20261201-000000"
    aside.mkdir()
    (aside / "pivot.db").write_bytes(b"replaced")
    (outside / "link.db").symlink_to(database)
    os.link(database, outside / "hard.db")
    (outside / "sub").mkdir()
    return [
        database,
        data_dir / "pivot.db-wal",
        data_dir / "pivot.db-shm",
        data_dir / "pivot.db-journal",
        data_dir / LOCK_FILE,
        backups / "pivot-20261201-000000-000000-s4-manual.db",
        backups / "new-name.csv",
        aside / "pivot.db",
        outside / "link.db",
        outside / "hard.db",
        outside / "sub" / ".." / ".." / data_dir.name / "pivot.db",
    ]


def test_no_export_writes_over_the_database_or_anything_pivot_keeps(
    database: Database, data_dir: Path, tmp_path: Path
) -> None:
    build_demo(database)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    targets = _kept_targets(data_dir, outside)
    before = _snapshot(data_dir)
    for kind, write in _exports(database).items():
        for target in targets:
            with pytest.raises(FileError) as refused:
                write(target)  # type: ignore[operator]
            assert refused.value.problem is FileProblem.PROTECTED, (kind, target)
    assert _snapshot(data_dir) == before
    assert not (data_dir / "backups" / "new-name.csv").exists()
    with database.reading() as connection:
        assert connection.execute("SELECT count(*) FROM job_application").fetchone()[0] == 60


def test_an_export_beside_the_database_under_another_name_is_written(
    database: Database, data_dir: Path
) -> None:
    build_demo(database)
    assert export_json(database, data_dir / "pivot-export.json") == 60
    assert CsvExport(database).write(data_dir / "pivot.db.csv", chinese=False) == 60


def test_a_link_is_written_through_to_its_file(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_bytes(b"old")
    os.chmod(real, 0o644)
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_atomically(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "real.csv"]


def test_a_fifo_or_a_device_is_refused_and_stays_what_it_was(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(FileError) as refused:
        write_atomically(fifo, b"data")
    assert refused.value.problem is FileProblem.NOT_A_FILE
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    device = Path(os.devnull)
    with pytest.raises(FileError) as refused_device:
        write_atomically(device, b"data")
    assert refused_device.value.problem is FileProblem.NOT_A_FILE
    assert stat.S_ISCHR(device.stat().st_mode)
    link = tmp_path / "to-null.csv"
    link.symlink_to(device)
    with pytest.raises(FileError):
        write_atomically(link, b"data")
    assert link.is_symlink()


def test_the_writers_own_error_is_the_one_raised(tmp_path: Path) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_bytes(b"x")
    with pytest.raises(FileError) as under_a_file:
        write_atomically(a_file / "export.csv", b"data")
    assert under_a_file.value.problem is FileProblem.NOT_FOUND
    with pytest.raises(FileError) as too_long:
        write_atomically(tmp_path / ("长" * 90 + ".csv"), b"data")
    assert too_long.value.problem is FileProblem.NAME_TOO_LONG
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_a_name_just_under_the_limit_is_written(tmp_path: Path) -> None:
    target = tmp_path / ("a" * 251 + ".csv")
    write_atomically(target, b"data")
    assert target.read_bytes() == b"data"
