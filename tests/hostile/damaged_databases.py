"""Damaged databases: cut short, overwritten, emptied, not SQLite, another program's, Pivot's
id over foreign tables, a Pivot file with a trigger or a view it did not create, a write-ahead
log from another database; and data folders that are not what they seem. Each is checked,
exported, dry-run imported into and backed up; none may hang, print a traceback or change the
file."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

from tests.hostile import documents as docs
from tests.hostile.database_state import DATABASE
from tests.hostile.trial import Attempt, Expect, Outcome, Trial

CATEGORY = "damaged databases"
Damage = Callable[[Trial], None]


def _sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()


def _truncate_half(trial: Trial) -> None:
    os.truncate(trial.database, trial.database.stat().st_size // 2)


def _zero_bytes(trial: Trial) -> None:
    os.truncate(trial.database, 0)


def _random_bytes(trial: Trial) -> None:
    trial.database.write_bytes(random.Random(7).randbytes(3 * 4096))


def _flip_header(trial: Trial) -> None:
    data = bytearray(trial.database.read_bytes())
    for offset in range(16, 24):  # page size, format versions, reserved space
        data[offset] ^= 0xFF
    trial.database.write_bytes(bytes(data))


def _flip_root_page(trial: Trial) -> None:
    """Overwrite the b-tree header of the applications table's first page."""
    connection = sqlite3.connect(trial.database)
    try:
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'job_application'"
        ).fetchone()
    finally:
        connection.close()
    with open(trial.database, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 12)


def _foreign_sqlite(trial: Trial) -> None:
    trial.database.unlink()
    _sql(
        trial.database,
        "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT)",
        "INSERT INTO moz_places (url, title) VALUES ('https://example.org', 'Example')",
    )


def _pivot_application_id(trial: Trial) -> int:
    """The id Pivot writes into its files' headers (read from a file it made)."""
    header = (trial.context.seeds["seed"] / DATABASE).read_bytes()[:100]
    return int.from_bytes(header[68:72], "big")


def _foreign_tables(trial: Trial) -> None:
    application_id = _pivot_application_id(trial)
    trial.database.unlink()
    _sql(trial.database, f"PRAGMA application_id = {application_id}",
         "CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount REAL)",
         "INSERT INTO ledger (amount) VALUES (12.5), (99)")  # fmt: skip


CORRUPT: dict[str, Damage] = {
    "truncated": _truncate_half,
    "zero-bytes": _zero_bytes,
    "random-bytes": _random_bytes,
    "flipped-header": _flip_header,
    "flipped-table-page": _flip_root_page,
    "other-program": _foreign_sqlite,
    "pivot-id-foreign-tables": _foreign_tables,
}


def _trigger(trial: Trial) -> None:
    _sql(trial.database,
         "CREATE TRIGGER sweep AFTER INSERT ON import_batch BEGIN "
         "DELETE FROM job_application WHERE id IN "
         "(SELECT id FROM job_application ORDER BY id LIMIT 5); END")  # fmt: skip


def _view(trial: Trial) -> None:
    _sql(trial.database, "CREATE VIEW everything AS SELECT * FROM job_application")


def _foreign_log(trial: Trial) -> None:
    source = trial.context.seeds["other_wal"] / f"{DATABASE}-wal"
    Path(f"{trial.database}-wal").write_bytes(source.read_bytes())
    trial.read_log = False  # the file itself must stay whole


def _import_file(trial: Trial) -> Path:
    path = trial.work / "one.csv"
    path.write_text(docs.table_text([("Dry Run Co", "Curator", "Applied")]), encoding="utf-8")
    return path


VERBS: dict[str, Callable[[Trial], tuple[str, ...]]] = {
    "check": lambda _trial: ("check",),
    "export": lambda trial: ("export", str(trial.work / "out.csv")),
    "dry-run": lambda trial: ("import", str(_import_file(trial)), "--dry-run"),
    "backup": lambda _trial: ("backup",),
    "import": lambda trial: ("import", str(_import_file(trial))),
}


def _attempt(name: str, damage: Damage, verb: str, expect: Expect, *, whole: bool) -> Attempt:
    """``whole``: the damaged file must stay byte for byte as it was; otherwise it is a sound
    Pivot file and is judged by its applications."""

    def body(trial: Trial) -> None:
        damage(trial)
        if whole:
            trial.judge_database = False
            trial.guard(trial.database, "the damaged database file")
        args = VERBS[verb](trial)
        trial.added_on_success = 1 if verb == "import" else 0
        trial.pivot(*args, many_lines=verb == "check")

    return Attempt(f"damaged-{name}-{verb}", CATEGORY, expect, body)


def _folder_attempt(
    name: str, verb: str, make: Callable[[Trial], str | Path], expect: Expect = Expect.REFUSE
) -> Attempt:
    """A data folder that is not a usable folder: refused plainly, nothing made or changed."""

    def body(trial: Trial) -> None:
        folder = make(trial)
        created = [trial.context.source / n for n in (DATABASE, "backups", "pivot.lock")]
        before = {path: path.exists() for path in created}
        trial.pivot(*VERBS[verb](trial), data_dir=folder)
        for path, existed in before.items():
            if path.exists() and not existed:
                trial.bad(f"{path.name} was made in the current folder")
                _remove(path)

    return Attempt(f"data-dir-{name}-{verb}", CATEGORY, expect, body, seed=None)


def _remove(path: Path) -> None:
    if path.is_dir():
        for child in path.iterdir():
            child.unlink()
        path.rmdir()
    else:
        path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _empty_name(_trial: Trial) -> str:
    return ""


def _database_is_folder(trial: Trial) -> Path:
    (trial.data / DATABASE).mkdir(parents=True)
    return trial.data


def _database_is_fifo(trial: Trial) -> Path:
    trial.data.mkdir()
    os.mkfifo(trial.data / DATABASE)
    trial.guard(trial.data / DATABASE, "the pipe named pivot.db", Outcome.BAD)
    return trial.data


def _folder_is_file(trial: Trial) -> Path:
    trial.data.write_text("a file where the data folder should be")
    trial.guard(trial.data, "the file given as the data folder")
    return trial.data


def _dangling_link(trial: Trial) -> Path:
    trial.data.mkdir()
    (trial.data / DATABASE).symlink_to(trial.work / "gone.db")
    return trial.data


def attempts() -> list[Attempt]:
    either, no = Expect.EITHER, Expect.REFUSE
    found = []
    for name, damage in CORRUPT.items():
        for verb in ("check", "export", "dry-run"):
            found.append(_attempt(name, damage, verb, no, whole=True))
        found.append(_attempt(name, damage, "backup", either, whole=True))
    for name, damage, verbs in (
        ("trigger", _trigger, ("check", "export", "dry-run", "backup", "import")),
        ("view", _view, ("check", "export", "dry-run", "backup")),
        ("foreign-wal", _foreign_log, ("check", "export", "dry-run", "backup")),
    ):
        for verb in verbs:
            expect = no if verb in ("check", "import") else either
            found.append(_attempt(name, damage, verb, expect, whole=False))
    folders = (
        ("empty-name", _empty_name, ("check", "backup", "export", "dry-run")),
        ("database-is-folder", _database_is_folder, ("check", "export")),
        ("database-is-fifo", _database_is_fifo, ("check", "export", "backup")),
        ("is-a-file", _folder_is_file, ("check", "import")),
        ("dangling-database-link", _dangling_link, ("check",)),
    )
    for name, make, verbs in folders:
        found.extend(_folder_attempt(name, verb, make) for verb in verbs)
    # A link to a database not there yet may be a database kept on another disk.
    found.append(_folder_attempt("dangling-database-link", "import", _dangling_link, either))
    return found
