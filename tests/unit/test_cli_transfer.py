"""``main.py import FILE`` and ``main.py export FILE``: recognised files import directly and
say what they did; unmappable ones name their columns and exit non-zero; exports are written
whole; every failure is one plain line and a status."""

from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.unit.test_cli import pivot
from tracker.db.database import Database
from tracker.services.demo import build_demo

FIXTURES = Path(__file__).parents[1] / "fixtures" / "imports"


def test_a_dry_run_shows_the_mapping_and_creates_nothing(tmp_path: Path, pivot_home: Path) -> None:
    data = tmp_path / "data"
    done = pivot("--data-dir", str(data), "import", str(FIXTURES / "Job Applications.csv"),
                 "--dry-run", home=pivot_home)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "LinkedIn job applications" in done.stdout
    assert "Company Name → Company" in done.stdout
    assert "Contact Email" in done.stdout and "--include-personal" in done.stdout
    assert "3 rows can be imported" in done.stdout
    assert not (data / "pivot.db").exists()


def test_a_recognised_file_imports_and_says_what_it_did(tmp_path: Path, pivot_home: Path) -> None:
    data = tmp_path / "data"
    done = pivot("--data-dir", str(data), "import", str(FIXTURES / "求职记录_gbk.csv"),
                 home=pivot_home)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "gb18030" in done.stdout and "Imported 3 applications" in done.stdout
    again = pivot("--data-dir", str(data), "import", str(FIXTURES / "求职记录_gbk.csv"),
                  home=pivot_home)  # fmt: skip
    assert "Imported 0 applications" in again.stdout and "3 duplicates" in again.stdout


def test_unmapped_columns_are_named_and_map_takes_them(tmp_path: Path, pivot_home: Path) -> None:
    source = tmp_path / "bewerbungen.csv"
    source.write_text("Firma,Stelle\nAcme,AI Trainer\n", encoding="utf-8")
    before = source.read_bytes()
    data = str(tmp_path / "data")
    refused = pivot("--data-dir", data, "import", str(source), home=pivot_home)
    assert refused.returncode == 1
    assert "Could not map: Company (company), Role (role)" in refused.stderr
    assert "Traceback" not in refused.stderr and source.read_bytes() == before
    mapped = pivot("--data-dir", data, "import", str(source), "--map", "Firma=company",
                   "--map", "Stelle=role", home=pivot_home)  # fmt: skip
    assert mapped.returncode == 0, mapped.stderr
    assert "Imported 1 application," in mapped.stdout


def test_a_file_that_is_not_a_table_is_one_line_and_left_untouched(
    tmp_path: Path, pivot_home: Path
) -> None:
    source = tmp_path / "photo.csv"
    source.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    done = pivot("--data-dir", str(tmp_path / "data"), "import", str(source), home=pivot_home)
    assert done.returncode == 1
    assert "not a table Pivot can read" in done.stderr and "Traceback" not in done.stderr
    assert source.read_bytes() == b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def test_exports_in_every_format(
    database: Database, data_dir: Path, pivot_home: Path, tmp_path: Path
) -> None:
    build_demo(database)
    database.close()
    for name in ("pivot.csv", "pivot.json", "interviews.ics", "pivot.xlsx"):
        done = pivot("--data-dir", str(data_dir), "export", str(tmp_path / name), home=pivot_home)
        assert done.returncode == 0, done.stderr
    raw = (tmp_path / "pivot.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:2] == ["Company", "Role"] and len(rows) == 61
    assert json.loads((tmp_path / "pivot.json").read_text(encoding="utf-8"))["format"] == "pivot"
    calendar = Calendar.from_ical((tmp_path / "interviews.ics").read_bytes())
    assert calendar.walk("VEVENT")
    import openpyxl

    book = openpyxl.load_workbook(tmp_path / "pivot.xlsx")
    assert book["Applications"].max_row == 61 and book["Offers"].max_row > 1


def test_an_export_into_a_missing_folder_fails_plainly(
    database: Database, data_dir: Path, pivot_home: Path, tmp_path: Path
) -> None:
    database.close()
    target = tmp_path / "no such folder" / "pivot.csv"
    done = pivot("--data-dir", str(data_dir), "export", str(target), home=pivot_home)
    assert done.returncode == 1
    assert "does not exist" in done.stderr and "Traceback" not in done.stderr


def test_the_export_of_pivot_csv_imports_into_another_database(
    tmp_path: Path, pivot_home: Path
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    source = tmp_path / "huntr.csv"
    shutil.copy2(FIXTURES / "huntr.csv", source)
    assert pivot("--data-dir", str(first), "import", str(source), home=pivot_home).returncode == 0
    exported = tmp_path / "out.csv"
    assert pivot("--data-dir", str(first), "export", str(exported), home=pivot_home).returncode == 0
    done = pivot("--data-dir", str(second), "import", str(exported), home=pivot_home)
    assert "Pivot CSV" in done.stdout and "Imported 3 applications" in done.stdout
    again = tmp_path / "again.csv"
    assert pivot("--data-dir", str(second), "export", str(again), home=pivot_home).returncode == 0
    assert again.read_bytes() == exported.read_bytes()


def test_a_dry_run_of_pivot_json_leaves_the_database_as_it_was(
    database: Database, data_dir: Path, pivot_home: Path, tmp_path: Path
) -> None:
    build_demo(database)
    database.close()
    export = tmp_path / "pivot.json"
    assert (
        pivot("--data-dir", str(data_dir), "export", str(export), home=pivot_home).returncode == 0
    )
    other = tmp_path / "other"
    done = pivot("--data-dir", str(other), "import", str(export), "--dry-run", home=pivot_home)
    assert done.returncode == 0, done.stderr
    assert "60 new applications" in done.stdout and not other.exists()
    before = (data_dir / "pivot.db").read_bytes()
    again = pivot("--data-dir", str(data_dir), "import", str(export), "--dry-run", home=pivot_home)
    assert "0 new applications, 60 already in Pivot" in again.stdout
    assert (data_dir / "pivot.db").read_bytes() == before


def test_an_export_without_a_known_format_says_which_ones_there_are(
    tmp_path: Path, pivot_home: Path
) -> None:
    done = pivot("--data-dir", str(tmp_path / "data"), "export", str(tmp_path / "out.txt"),
                 home=pivot_home)  # fmt: skip
    assert done.returncode == 2
    assert "--format csv, json, ics or xlsx" in done.stderr and "Traceback" not in done.stderr


def test_an_export_onto_the_database_or_its_backups_is_refused_and_changes_nothing(
    database: Database, data_dir: Path, pivot_home: Path
) -> None:
    build_demo(database)
    database.close()
    backed_up = pivot("--data-dir", str(data_dir), "backup", home=pivot_home)
    backup = Path(backed_up.stdout.strip())
    files = {path: path.read_bytes() for path in (data_dir / "pivot.db", backup)}
    targets = [data_dir / "pivot.db", data_dir / "pivot.db-wal", backup,
               data_dir / "backups" / "out.csv"]  # fmt: skip
    for target in targets:
        for kind in ("csv", "json", "ics"):
            done = pivot("--data-dir", str(data_dir), "export", str(target), "--format", kind,
                         home=pivot_home)  # fmt: skip
            assert done.returncode == 1, (target, kind, done.stdout)
            assert "Pivot's own database" in done.stderr and "Traceback" not in done.stderr
            assert "written" not in done.stdout
    assert {path: path.read_bytes() for path in files} == files
    assert (
        not (data_dir / "pivot.db-wal").exists() or (data_dir / "pivot.db-wal").stat().st_size == 0
    )
    assert pivot("--data-dir", str(data_dir), "check", home=pivot_home).returncode == 0


def test_a_dry_run_says_what_the_real_import_would_say(
    database: Database, data_dir: Path, pivot_home: Path, tmp_path: Path
) -> None:
    source = str(FIXTURES / "求职记录_gbk.csv")
    database.close()
    path = data_dir / "pivot.db"
    path.write_bytes(b"")
    dry = pivot("--data-dir", str(data_dir), "import", source, "--dry-run", home=pivot_home)
    assert dry.returncode == 0, dry.stderr
    assert "3 rows can be imported" in dry.stdout and path.read_bytes() == b""
    path.write_bytes(b"name,stage\nAcme,applied\n")
    refused = pivot("--data-dir", str(data_dir), "import", source, "--dry-run", home=pivot_home)
    real = pivot("--data-dir", str(data_dir), "import", source, home=pivot_home)
    assert refused.returncode == real.returncode == 1
    assert refused.stderr == real.stderr and str(path) in refused.stderr
    assert "copy" not in refused.stderr and "backup" not in refused.stderr


def test_a_backup_of_an_empty_or_foreign_file_is_refused_and_lists_nothing(
    data_dir: Path, pivot_home: Path
) -> None:
    path = data_dir / "pivot.db"
    for content in (b"", b"name,stage\n", b"SQLite format 3\x00" + bytes(4000)):
        path.write_bytes(content)
        done = pivot("--data-dir", str(data_dir), "backup", home=pivot_home)
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert path.read_bytes() == content
        assert not list((data_dir / "backups").glob("*.db"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("name", ["pipe.csv", "pipe.json"])
def test_a_pipe_is_refused_at_once(tmp_path: Path, pivot_home: Path, name: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)
    done = pivot("--data-dir", str(tmp_path / "data"), "import", str(fifo), home=pivot_home)
    assert done.returncode == 1
    assert "not an ordinary file" in done.stderr and "Traceback" not in done.stderr


def test_a_header_without_rows_says_so_and_writes_nothing(tmp_path: Path, pivot_home: Path) -> None:
    source = tmp_path / "header.csv"
    source.write_text("Company,Role\n", encoding="utf-8")
    data = tmp_path / "data"
    done = pivot("--data-dir", str(data), "import", str(source), home=pivot_home)
    assert done.returncode == 1 and "no rows" in done.stderr
    if (data / "pivot.db").exists():
        with closing(sqlite3.connect(data / "pivot.db")) as connection:
            assert connection.execute("SELECT count(*) FROM import_batch").fetchone()[0] == 0
    assert not list(data.glob("backups/*.db"))


def test_utf16_named_without_its_mark_is_read(tmp_path: Path, pivot_home: Path) -> None:
    source = tmp_path / "unicode.txt"
    source.write_bytes("Company\tRole\n百度\tAI训练师\n".encode("utf-16-be"))
    done = pivot("--data-dir", str(tmp_path / "data"), "import", str(source),
                 "--encoding", "utf-16", "--dry-run", home=pivot_home)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "utf-16-be" in done.stdout and "1 row can be imported" in done.stdout


def test_an_unclear_encoding_is_refused_showing_both_readings(
    tmp_path: Path, pivot_home: Path
) -> None:
    source = tmp_path / "western.csv"
    content = "Company,Role,City\nMüller AG,Ingenieur,München\n".encode("cp1252")
    source.write_bytes(content)
    done = pivot("--data-dir", str(tmp_path / "data"), "import", str(source), home=pivot_home)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "--encoding" in done.stderr
    assert "CP1252" in done.stderr and "Müller AG,Ingenieur,München" in done.stderr
    assert "GB18030" in done.stderr and "M黮ler AG" in done.stderr
    assert source.read_bytes() == content
    chosen = pivot("--data-dir", str(tmp_path / "data"), "import", str(source),
                   "--encoding", "cp1252", home=pivot_home)  # fmt: skip
    assert chosen.returncode == 0 and "Imported 1 application," in chosen.stdout


def test_a_newer_or_edited_pivot_json_says_what_is_left_out(
    tmp_path: Path, pivot_home: Path
) -> None:
    first = tmp_path / "first"
    source = tmp_path / "huntr.csv"
    shutil.copy2(FIXTURES / "huntr.csv", source)
    assert pivot("--data-dir", str(first), "import", str(source), home=pivot_home).returncode == 0
    export = tmp_path / "pivot.json"
    assert pivot("--data-dir", str(first), "export", str(export), home=pivot_home).returncode == 0
    document = json.loads(export.read_text(encoding="utf-8"))
    document["version"] = 2
    document["applications"][0]["mood"] = "hopeful"
    document["applications"][1]["excitement"] = 99
    export.write_text(json.dumps(document), encoding="utf-8")
    done = pivot("--data-dir", str(tmp_path / "second"), "import", str(export), home=pivot_home)
    assert done.returncode == 0, done.stderr
    assert "not a Pivot export" not in done.stderr + done.stdout
    assert "newer Pivot" in done.stdout and "applications.mood" in done.stdout
    assert "Application 2" in done.stdout and "Excitement: Out of range." in done.stdout
    assert "Imported 2 applications" in done.stdout
    document["applications"] = "elsewhere"
    export.write_text(json.dumps(document), encoding="utf-8")
    refused = pivot("--data-dir", str(tmp_path / "third"), "import", str(export), home=pivot_home)
    assert refused.returncode == 1 and "newer version of Pivot" in refused.stderr


def test_rows_with_an_unreadable_date_are_named_and_kept_without_it_when_asked(
    tmp_path: Path, pivot_home: Path
) -> None:
    data = tmp_path / "data"
    table = tmp_path / "applications.csv"
    table.write_text(
        "Company,Role,Date applied\nByteDance,AI trainer,2026-10-03\nZhipu AI,PM,last Tuesday\n",
        encoding="utf-8",
    )
    dry = pivot("--data-dir", str(data), "import", str(table), "--dry-run", home=pivot_home)
    assert dry.returncode == 0, dry.stderr
    assert "1 row left out only for a date that cannot be read" in dry.stdout
    kept = pivot("--data-dir", str(data), "import", str(table), "--keep-undated", home=pivot_home)
    assert kept.returncode == 0, kept.stderr
    assert "Imported 2 applications" in kept.stdout
    with closing(sqlite3.connect(data / "pivot.db")) as connection:
        rows = connection.execute(
            "SELECT c.name, a.applied_on FROM job_application a JOIN company c"
            " ON c.id = a.company_id ORDER BY c.name"
        ).fetchall()
    assert rows == [("ByteDance", "2026-10-03"), ("Zhipu AI", None)]


def test_a_workbooks_named_sheet_imports_and_a_locked_workbook_is_one_line(
    tmp_path: Path, pivot_home: Path
) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "notes"
    sheet = book.create_sheet("jobs")
    sheet.append(["Company", "Role", "Status"])
    sheet.append(["Acme AI", "AI Trainer", "applied"])
    workbook = tmp_path / "jobs.xlsx"
    book.save(workbook)
    data = tmp_path / "data"
    done = pivot("--data-dir", str(data), "import", str(workbook), "--sheet", "jobs",
                 home=pivot_home)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Imported 1 application" in done.stdout
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000)
    done = pivot("--data-dir", str(data), "import", str(locked), home=pivot_home)
    assert done.returncode == 1
    assert "password" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_the_csv_holds_words_unless_keys_are_asked_for(
    database: Database, data_dir: Path, pivot_home: Path, tmp_path: Path
) -> None:
    build_demo(database)
    database.close()
    for name, extra in (("words.csv", []), ("keys.csv", ["--keys"])):
        done = pivot("--data-dir", str(data_dir), "export", str(tmp_path / name), *extra,
                     "--language", "en", home=pivot_home)  # fmt: skip
        assert done.returncode == 0, done.stderr
    words = list(csv.DictReader((tmp_path / "words.csv").read_text("utf-8-sig").splitlines()))
    keys = list(csv.DictReader((tmp_path / "keys.csv").read_text("utf-8-sig").splitlines()))
    assert {row["Stage"] for row in words} & {"Applied", "Interviewing"}
    assert {row["Stage"] for row in keys} & {"applied", "interviewing"}
    assert not {row["Stage"] for row in words} & {"applied", "interviewing"}
