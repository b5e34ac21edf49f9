"""The data folders every attempt starts from, made once per run by the Pivot under test (its
own ``import`` and ``backup`` verbs), and what each one holds.

- ``seed``: 12 applications (10 from a spreadsheet, 2 with interviews from a Pivot JSON file) and
  three verified backups.
- ``seed_wal``: the same, with one committed change still only in ``pivot.db-wal``.
- ``other_wal``: only the ``-wal`` of another Pivot database, with a change to its schema.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.hostile import documents as docs
from tests.hostile.database_state import DATABASE, read_state
from tests.hostile.trial import Context

SEED_ROWS = (
    ("Northwind Analytics", "Prompt Engineer", "Applied"),
    ("字节跳动", "AI 训练师", "Applied"),
    ("Société Générale", "Ingénieure données", "Interviewing"),
    ("Müller & Söhne", "ML Ops", "Rejected"),
    ("Acme Robotics", "Data Annotator", "Wishlist"),
    ("Zoë Labs", "AI Product Manager", "Applied"),
    ("阿里云", "大模型评测", "Screening"),
    ("Blue Fjord AS", "Conversation Designer", "Applied"),
    ("Kite & Key", "LLM Evaluator", "Offer"),
    ("Helios AI", "Research Assistant", "Applied"),
)
SEED_DOCUMENT = docs.document(
    [docs.company("seed-a", "Orbit Minds"), docs.company("seed-b", "深度求索")],
    [
        docs.application("seed-a", "Applied Scientist", rounds=2),
        docs.application("seed-b", "算法工程师", rounds=1),
    ],
)
SEED_APPLICATIONS = len(SEED_ROWS) + 2
OTHER_DOCUMENT = docs.document(
    [docs.company(f"other-{n}", f"Other Company {n}") for n in range(3)],
    [docs.application(f"other-{n}", f"Other Role {n}") for n in range(3)],
)

# Leaves committed changes in the -wal: the process ends without closing the database.
LEAVE_LOG = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA wal_autocheckpoint = 0")
for statement in sys.argv[2:]:
    connection.execute(statement)
os._exit(0)
"""
SEED_LOG_CHANGE = (
    "UPDATE job_application SET next_action = 'kept only in the log' "
    "WHERE id = (SELECT min(id) FROM job_application)",
)
OTHER_LOG_CHANGE = (
    "CREATE TABLE other_program (id INTEGER PRIMARY KEY, blob BLOB)",
    "INSERT INTO other_program (blob) VALUES (randomblob(20000))",
    "UPDATE job_application SET next_action = 'another database'",
    "UPDATE company SET notes = 'another database'",
)


class SeedError(Exception):
    pass


def _pivot(context: Context, home: Path, *args: str) -> None:
    done = subprocess.run(
        [context.python, "-m", "tracker", *args],
        cwd=context.source,
        env=context.environment(home),
        capture_output=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SeedError(f"pivot {' '.join(args[2:3])}: exit {done.returncode}: {said[-1:]}")


def leave_log(database: Path, statements: tuple[str, ...]) -> None:
    """Commit ``statements`` and end without a checkpoint: they stay in the -wal."""
    subprocess.run([sys.executable, "-c", LEAVE_LOG, str(database), *statements], check=True)
    if not Path(f"{database}-wal").is_file():
        raise SeedError("the write-ahead log was not left beside the database")


def build_seeds(context: Context, folder: Path) -> None:
    """Make the seed folders in ``folder`` and record what each holds in ``context``."""
    home, files = folder / "home", folder / "files"
    files.mkdir(parents=True)
    seed = folder / "seed"
    sheet = files / "seed.csv"
    sheet.write_text(docs.table_text(SEED_ROWS), encoding="utf-8")
    document = docs.write_json(files / "seed.json", SEED_DOCUMENT)
    _pivot(context, home, "--data-dir", str(seed), "import", str(sheet))
    _pivot(context, home, "--data-dir", str(seed), "import", str(document))
    _pivot(context, home, "--data-dir", str(seed), "backup")
    with_log = folder / "seed_wal"
    shutil.copytree(seed, with_log)
    leave_log(with_log / DATABASE, SEED_LOG_CHANGE)
    other = folder / "other"
    _pivot(context, home, "--data-dir", str(other), "import",
           str(docs.write_json(files / "other.json", OTHER_DOCUMENT)))  # fmt: skip
    leave_log(other / DATABASE, OTHER_LOG_CHANGE)
    foreign = folder / "other_wal"
    foreign.mkdir()
    shutil.copyfile(other / f"{DATABASE}-wal", foreign / f"{DATABASE}-wal")
    context.seeds.update(seed=seed, seed_wal=with_log, other_wal=foreign)
    for name in ("seed", "seed_wal"):
        state = read_state(context.seeds[name] / DATABASE)
        if not state.sound or state.live != SEED_APPLICATIONS:
            raise SeedError(
                f"{name}: {state.live} applications, {state.problem or state.integrity}"
            )
        context.baselines[name] = state
