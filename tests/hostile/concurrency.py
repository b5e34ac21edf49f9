"""Concurrency: another program holds a lock on the database for 8 s while Pivot's verbs run
(each ends within the timeout: done, or refused in one line); two imports at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.hostile import documents as docs
from tests.hostile import outputs
from tests.hostile.trial import Attempt, Expect, Run, Trial, kill_group

CATEGORY = "concurrency"
HOLD_SECONDS = 8
HOLD = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
mode = sys.argv[2]
if mode == "exclusive-locking-mode":
    connection.execute("PRAGMA locking_mode = EXCLUSIVE")
connection.execute("BEGIN IMMEDIATE" if mode == "immediate" else "BEGIN EXCLUSIVE")
connection.execute("UPDATE job_application SET next_action = next_action || ''")
print("held", flush=True)
time.sleep(float(sys.argv[3]))
connection.execute("ROLLBACK")
"""
HOLDERS = ("immediate", "exclusive", "exclusive-locking-mode")


def _hold(trial: Trial, mode: str) -> None:
    """Start a process holding ``mode`` on the database; wait until it holds it."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(trial.database), mode, str(HOLD_SECONDS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    trial.cleanups.append(lambda: _end(holder))
    assert holder.stdout is not None
    if holder.stdout.readline().strip() != b"held":
        raise RuntimeError(f"the lock could not be taken ({mode})")


def _end(holder: subprocess.Popen[bytes]) -> None:
    try:
        holder.communicate(timeout=HOLD_SECONDS + 5)
    except subprocess.TimeoutExpired:
        kill_group(holder)
        holder.communicate()


def _sheet(trial: Trial, name: str, rows: int) -> Path:
    path = trial.work / f"{name}.csv"
    table = [(f"{name} Company {n}", "Curator", "Applied") for n in range(rows)]
    path.write_text(docs.table_text(table), encoding="utf-8")
    trial.guard(path, f"the imported file {path.name}")
    return path


def _verb(trial: Trial, verb: str) -> None:
    if verb == "import":
        trial.added_on_success = 1
        trial.pivot("import", str(_sheet(trial, "locked", 1)))
    elif verb == "dry-run":
        trial.pivot("import", str(_sheet(trial, "locked", 1)), "--dry-run")
    elif verb == "export":
        path = trial.work / "out.csv"
        outputs.check_export(trial, trial.pivot("export", str(path)), path, "csv")
    else:
        trial.pivot(verb, many_lines=verb == "check")


def _locked(mode: str, verb: str) -> Attempt:
    def body(trial: Trial) -> None:
        _hold(trial, mode)
        _verb(trial, verb)

    return Attempt(f"locked-{mode}-{verb}", CATEGORY, Expect.EITHER, body)


def _together(kinds: tuple[str, str]) -> Attempt:
    """Two imports started together: each is done or refused plainly; what the successful
    ones say they wrote is all that was written."""

    def body(trial: Trial) -> None:
        paths = []
        for n, kind in enumerate(kinds):
            if kind == "csv":
                paths.append(_sheet(trial, f"batch{n}", 40))
            else:
                document = docs.document(
                    [docs.company(f"json{n}", f"Json Company {n}")],
                    [docs.application(f"json{n}", "Curator")],
                )
                paths.append(docs.write_json(trial.work / f"batch{n}.json", document))
        processes = [trial.spawn("import", str(path)) for path in paths]
        runs = [
            trial.collect(p, ("import", str(path)))
            for p, path in zip(processes, paths, strict=True)
        ]
        sizes = [40 if kind == "csv" else 1 for kind in kinds]
        for run in runs:
            trial.judge(run, Expect.EITHER)
        trial.added_on_success = sum(s for s, r in zip(sizes, runs, strict=True) if r.ok)
        trial.main = Run("import", 0 if any(r.ok for r in runs) else 1, "", "")

    return Attempt(f"two-imports-{kinds[0]}-{kinds[1]}", CATEGORY, Expect.EITHER, body)


def attempts() -> list[Attempt]:
    found = [
        _locked(mode, verb)
        for mode in HOLDERS
        for verb in ("import", "dry-run", "backup", "export", "check")
    ]
    found.extend(_together(kinds) for kinds in (("csv", "csv"), ("csv", "json"), ("json", "json")))
    return found
