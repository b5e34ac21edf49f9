"""A data folder on a read-only file system (a write-protected card, a read-only share or
snapshot): every verb ends with its own answer, never a traceback; reading, checking and
exporting work; writes are refused plainly; the files stay exactly as they were."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from tests.unit.db.helpers import fingerprint
from tests.unit.test_cli import pivot
from tracker.db.database import Database
from tracker.services.demo import build_demo

FIXTURES = Path(__file__).parents[1] / "fixtures" / "imports"


def test_every_verb_on_a_read_only_file_system_answers_and_changes_nothing(
    database: Database,
    data_dir: Path,
    pivot_home: Path,
    tmp_path: Path,
    read_only_storage: Callable[[Path], Path],
) -> None:
    build_demo(database)
    database.close()
    folder = read_only_storage(data_dir)
    before = {path.name: fingerprint(path) for path in folder.iterdir() if path.is_file()}
    data = ("--data-dir", str(folder))

    checked = pivot(*data, "check", home=pivot_home)
    assert checked.returncode == 0, checked.stderr
    assert "Applications: 60" in checked.stdout
    for name in ("out.csv", "out.json", "out.ics"):
        exported = pivot(*data, "export", str(tmp_path / name), home=pivot_home)
        assert exported.returncode == 0, exported.stderr
    rows = list(csv.reader((tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 61
    reported = pivot(*data, "report", str(tmp_path / "charts"), home=pivot_home)
    assert reported.returncode == 0, reported.stderr
    source = str(FIXTURES / "求职记录_gbk.csv")
    dry = pivot(*data, "import", source, "--dry-run", home=pivot_home)
    assert dry.returncode == 0, dry.stderr
    assert "3 rows can be imported" in dry.stdout
    for refused in (
        pivot(*data, "import", source, home=pivot_home),
        pivot(*data, "backup", home=pivot_home),
    ):
        assert refused.returncode == 1
        assert "read-only disk or share" in refused.stderr
        assert "Traceback" not in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1
    after = {path.name: fingerprint(path) for path in folder.iterdir() if path.is_file()}
    assert after == before


def test_an_empty_read_only_folder_is_said_to_be_read_only(
    tmp_path: Path, pivot_home: Path, read_only_storage: Callable[[Path], Path]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    folder = read_only_storage(empty)
    done = pivot("--data-dir", str(folder), "import", str(FIXTURES / "求职记录_gbk.csv"),
                 home=pivot_home)  # fmt: skip
    assert done.returncode == 1 and "read-only disk or share" in done.stderr
    assert "Traceback" not in done.stderr and list(folder.iterdir()) == []
