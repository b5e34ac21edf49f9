"""Read-only and full file systems: a data folder on a small tmpfs, remounted read-only, or
filled to the brim. Reading verbs still work (exports go to a writable folder elsewhere);
writing verbs refuse with one line and leave everything as it was. Needs root and ``mount``;
otherwise every attempt of the category is reported as not run."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.hostile import documents as docs
from tests.hostile import outputs
from tests.hostile.trial import Attempt, Expect, NotRunError, Trial

CATEGORY = "read-only and full file systems"
SIZE_KB = 8192
CHUNK = 1 << 20


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)


def _mount(trial: Trial) -> Path:
    """A fresh tmpfs holding a copy of the seed as the data folder; unmounted at the end."""
    if os.geteuid() != 0:
        raise NotRunError("needs root to mount a file system")
    point = trial.root / "mnt"
    point.mkdir()
    done = _run("mount", "-t", "tmpfs", "-o", f"size={SIZE_KB}k,mode=0700", "tmpfs", str(point))
    if done.returncode != 0:
        raise NotRunError(f"mount refused: {done.stderr.strip()[:80]}")
    trial.cleanups.append(lambda: _unmount(point))
    trial.place_seed("seed", point / "data")
    (trial.data / "export.csv").write_text("an older export\n")  # before it fills up
    return point


def _unmount(point: Path) -> None:
    if _run("umount", str(point)).returncode != 0:
        _run("umount", "-l", str(point))


def _read_only(trial: Trial) -> Path:
    point = _mount(trial)
    done = _run("mount", "-o", "remount,ro", str(point))
    if done.returncode != 0:
        raise NotRunError(f"remount read-only refused: {done.stderr.strip()[:80]}")
    return point


def _fill(point: Path, leave: int) -> None:
    """Fill the file system until ``leave`` bytes are free."""
    info = os.statvfs(point)
    wanted = info.f_bavail * info.f_frsize - leave
    with open(point / "filler", "wb") as handle:
        while wanted > 0:
            size = min(CHUNK, wanted)
            handle.write(bytes(size))
            wanted -= size


def _full(leave: int) -> Callable[[Trial], Path]:
    def make(trial: Trial) -> Path:
        point = _mount(trial)
        _fill(point, leave)
        return point

    return make


def _small_file(trial: Trial) -> Path:
    path = trial.work / "one.csv"
    path.write_text(docs.table_text([("Full Disk Co", "Curator", "Applied")]), encoding="utf-8")
    return path


def _large_file(trial: Trial) -> Path:
    path = trial.work / "many.csv"
    rows = [(f"Company {n}", f"Role {n} " + "x" * 200, "Applied") for n in range(20_000)]
    path.write_text(docs.table_text(rows), encoding="utf-8")
    return path


Step = Callable[[Trial, Path], None]


def _export(kind: str) -> Step:
    def step(trial: Trial, _point: Path) -> None:
        path = trial.work / f"out.{kind}"
        run = trial.pivot("export", str(path))
        outputs.check_export(trial, run, path, kind)

    return step


def _export_inside(trial: Trial, _point: Path) -> None:
    target = trial.data / "export.csv"
    trial.guard(target, "the older export in the data folder")
    trial.pivot("export", str(target))


def _verb(*args: str) -> Step:
    def step(trial: Trial, _point: Path) -> None:
        trial.pivot(*args)

    return step


def _import(make: Callable[[Trial], Path], *options: str, added: int) -> Step:
    def step(trial: Trial, _point: Path) -> None:
        trial.added_on_success = added
        trial.pivot("import", str(make(trial)), *options)

    return step


def _report(trial: Trial, _point: Path) -> None:
    folder = trial.work / "report"
    outputs.check_report(trial, trial.pivot("report", str(folder)), folder)


def _attempt(id_: str, setting: Callable[[Trial], Path], step: Step, expect: Expect) -> Attempt:
    def body(trial: Trial) -> None:
        step(trial, setting(trial))

    return Attempt(id_, CATEGORY, expect, body, seed=None)


def attempts() -> list[Attempt]:
    yes, no, either = Expect.SUCCEED, Expect.REFUSE, Expect.EITHER
    nearly_full = _full(48 * 1024)  # room for SQLite's shared memory, not for a copy
    brim_full = _full(0)
    backup_fits = _full(1024 * 1024)
    return [
        _attempt("read-only-check", _read_only, _verb("check"), yes),
        _attempt("read-only-export-csv", _read_only, _export("csv"), yes),
        _attempt("read-only-export-json", _read_only, _export("json"), yes),
        _attempt("read-only-export-ics", _read_only, _export("ics"), yes),
        _attempt("read-only-report", _read_only, _report, yes),
        _attempt("read-only-pay", _read_only, _verb("pay", "--monthly", "25000"), yes),
        _attempt("read-only-dry-run", _read_only, _import(_small_file, "--dry-run", added=0), yes),
        _attempt("read-only-import", _read_only, _import(_small_file, added=1), no),
        _attempt("read-only-backup", _read_only, _verb("backup"), no),
        _attempt("read-only-export-into-it", _read_only, _export_inside, no),
        _attempt("full-check", nearly_full, _verb("check"), yes),
        _attempt("full-export-elsewhere", nearly_full, _export("json"), yes),
        _attempt("full-dry-run", nearly_full, _import(_small_file, "--dry-run", added=0), yes),
        _attempt("full-backup", brim_full, _verb("backup"), no),
        _attempt("full-import", nearly_full, _import(_small_file, added=1), either),
        _attempt("full-import-large", backup_fits, _import(_large_file, added=20_000), either),
        _attempt("full-export-into-it", brim_full, _export_inside, no),
    ]
