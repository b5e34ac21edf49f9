"""``pivot capture [FILE|-] [--json] [--save]``: the window's posting reader on the command line.
Nothing is written without --save; a file that is not a posting, or is too large, is one line
on stderr and status 1, and is left as it was."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.posting_accuracy import POSTINGS
from tests.unit.test_cli import ROOT, pivot
from tracker.db.database import Database
from tracker.db.opening import open_database

FIELDS = {"company", "role", "city", "salary_text", "salary_min", "salary_max", "salary_period",
          "months_per_year", "link", "category", "missing"}  # fmt: skip


def _stdin(data: bytes, *arguments: str, home: Path) -> subprocess.CompletedProcess[bytes]:
    environment = dict(os.environ, PIVOT_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    environment["LC_ALL"] = "C.UTF-8"
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *arguments],
        input=data,
        env=environment,
        capture_output=True,
        timeout=60,
    )


def _rows(data_dir: Path) -> list[tuple[str, str, str]]:
    database = open_database(data_dir / "pivot.db", data_dir / "backups")
    rows = database.reader.execute(
        "SELECT c.name, a.role_title, a.current_stage FROM job_application a"
        " JOIN company c ON c.id = a.company_id"
    ).fetchall()
    database.close()
    return [tuple(row) for row in rows]


def test_a_saved_page_is_read_into_json_and_nothing_is_written(
    database: Database, data_dir: Path, pivot_home: Path
) -> None:
    database.close()
    done = pivot("--data-dir", str(data_dir), "capture", str(POSTINGS / "boss-3.html"), "--json",
                 home=pivot_home)  # fmt: skip
    assert done.returncode == 0, done.stderr
    fields = json.loads(done.stdout)
    assert set(fields) >= FIELDS
    assert (fields["company"], fields["role"], fields["city"]) == ("小红书", "AI产品经理", "上海")
    assert (fields["salary_min"], fields["salary_max"], fields["months_per_year"]) == (
        30000.0, 50000.0, 15,
    )  # fmt: skip
    assert fields["salary_period"] == "month" and fields["category"] == "ai_product"
    assert fields["link"] == "https://www.zhipin.com/job_detail/8a9f3c2b1d.html"
    assert fields["missing"] == []
    assert _rows(data_dir) == []


def test_standard_input_is_read_and_what_is_missing_is_named(pivot_home: Path) -> None:
    done = _stdin("负责数据标注，15-25K".encode(), "capture", "-", "--json", home=pivot_home)
    assert done.returncode == 0, done.stderr
    fields = json.loads(done.stdout)
    assert fields["salary_text"] == "15-25K"
    assert set(fields["missing"]) == {"company", "role", "city"}


def test_save_logs_a_wishlist_application_with_its_posting(
    database: Database, data_dir: Path, pivot_home: Path
) -> None:
    database.close()
    done = pivot("--data-dir", str(data_dir), "capture", str(POSTINGS / "chat-1.txt"), "--save",
                 home=pivot_home)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Company: 字节跳动" in done.stdout and "Saved as application" in done.stdout
    assert _rows(data_dir) == [("字节跳动", "AI训练师", "wishlist")]
    database = open_database(data_dir / "pivot.db", data_dir / "backups")
    (source,) = database.reader.execute("SELECT source FROM posting_snapshot").fetchone()
    database.close()
    assert source == "chat-1.txt"


def test_save_refuses_a_posting_without_company_or_role(
    database: Database, data_dir: Path, pivot_home: Path
) -> None:
    database.close()
    done = _stdin("15-25K 北京".encode(), "--data-dir", str(data_dir), "capture", "--save",
                  home=pivot_home)  # fmt: skip
    assert done.returncode == 1
    assert b"nothing was saved" in done.stderr and len(done.stderr.splitlines()) == 1
    assert _rows(data_dir) == []


def test_a_binary_file_an_empty_one_and_one_over_5_mb_get_one_line_each(
    pivot_home: Path, tmp_path: Path
) -> None:
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    huge = tmp_path / "huge.html"
    huge.write_bytes(b"<p>AI</p>" * 700_000)
    for path, words in ((image, "no text Pivot can read"), (empty, "no text Pivot can read"),
                        (huge, "5 MB")):  # fmt: skip
        before = path.read_bytes()
        done = pivot("capture", str(path), home=pivot_home)
        assert done.returncode == 1, path
        assert words in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert done.stdout == ""
        assert path.read_bytes() == before
    done = _stdin(b"<p>AI</p>" * 700_000, "capture", home=pivot_home)
    assert done.returncode == 1 and b"5 MB" in done.stderr


def test_a_missing_file_says_so(pivot_home: Path, tmp_path: Path) -> None:
    done = pivot("capture", str(tmp_path / "nowhere.txt"), home=pivot_home)
    assert done.returncode == 1
    assert "does not exist" in done.stderr
