"""Bad export targets: Pivot's own files (the database by any name, its sidecars, its lock, its
backups), folders, impossible names, a pipe, a device; and a link to a file elsewhere, which an
export writes through."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from tests.hostile import outputs
from tests.hostile.database_state import DATABASE
from tests.hostile.trial import Attempt, Expect, NotRunError, Outcome, Trial

CATEGORY = "bad export targets"
KINDS = ("csv", "json", "ics")
LOCK_TEXT = b"4242\npivot\nhost.example\n"
Target = Callable[[Trial, str], Path]


def _database(trial: Trial, _kind: str) -> Path:
    return trial.database


def _sidecar(suffix: str) -> Target:
    def target(trial: Trial, _kind: str) -> Path:
        path = trial.data / f"{DATABASE}{suffix}"
        trial.guard_sidecar(path, f"the database's {suffix} file")
        return path

    return target


def _lock(trial: Trial, _kind: str) -> Path:
    path = trial.data / "pivot.lock"
    path.write_bytes(LOCK_TEXT)
    trial.guard(path, "the lock file", Outcome.BAD)
    return path


def _backup(trial: Trial, _kind: str) -> Path:
    return sorted((trial.data / "backups").glob("pivot-*.db"))[0]


def _backup_name(trial: Trial, _kind: str) -> Path:
    path = trial.data / "backups" / "pivot-20991231-000000-000000-s1-manual.db"
    trial.guard(path, "a file named as a backup", Outcome.BAD)
    return path


def _symlink_to_database(trial: Trial, kind: str) -> Path:
    path = trial.work / f"link.{kind}"
    path.symlink_to(trial.database)
    trial.guard(path, "the link", Outcome.BAD)
    return path


def _hard_link_to_database(trial: Trial, kind: str) -> Path:
    path = trial.work / f"hard.{kind}"
    os.link(trial.database, path)
    return path


def _dot_dot(trial: Trial, _kind: str) -> Path:
    return Path(os.path.relpath(trial.data / "backups" / ".." / DATABASE, trial.context.source))


def _folder(trial: Trial, kind: str) -> Path:
    path = trial.work / f"folder.{kind}"
    path.mkdir()
    (path / "keep.txt").write_text("keep")
    trial.guard(path / "keep.txt", "a file in the folder")
    return path


def _under_a_file(trial: Trial, kind: str) -> Path:
    parent = trial.work / "notes.txt"
    parent.write_text("a file, not a folder")
    trial.guard(parent, "the file in the way")
    return parent / f"out.{kind}"


def _long_name(trial: Trial, kind: str) -> Path:
    return trial.work / ("n" * 300 + f".{kind}")


def _fifo(trial: Trial, kind: str) -> Path:
    path = trial.work / f"pipe.{kind}"
    os.mkfifo(path)
    trial.guard(path, "the pipe", Outcome.BAD)
    return path


def _device(trial: Trial, kind: str) -> Path:
    if os.geteuid() != 0:
        raise NotRunError("needs root to make a device node")
    path = trial.work / f"full.{kind}"
    try:
        os.mknod(path, 0o666 | 0o020000, os.makedev(1, 7))  # a character device like /dev/full
    except OSError as error:
        raise NotRunError(f"cannot make a device node: {error.strerror}") from error
    trial.guard(path, "the device", Outcome.BAD)
    return path


TARGETS: dict[str, tuple[Target, str]] = {
    "database": (_database, "seed_wal"),
    "wal": (_sidecar("-wal"), "seed_wal"),
    "shm": (_sidecar("-shm"), "seed_wal"),
    "lock-file": (_lock, "seed"),
    "backup": (_backup, "seed"),
    "symlink-to-database": (_symlink_to_database, "seed"),
    "hard-link-to-database": (_hard_link_to_database, "seed"),
    "dot-dot-path": (_dot_dot, "seed"),
    "folder": (_folder, "seed"),
    "parent-is-a-file": (_under_a_file, "seed"),
    "name-over-255-bytes": (_long_name, "seed"),
    "fifo": (_fifo, "seed"),
    "device-full": (_device, "seed"),
}


def _refused(name: str, target: Target, kind: str, seed: str) -> Attempt:
    def body(trial: Trial) -> None:
        path = target(trial, kind)
        trial.pivot("export", str(path), "--format", kind)

    return Attempt(f"export-{name}-{kind}", CATEGORY, Expect.REFUSE, body, seed)


def _through_link(kind: str) -> Attempt:
    """A link to a file elsewhere: the export replaces the file the link points to."""

    def body(trial: Trial) -> None:
        elsewhere = trial.work / "elsewhere"
        elsewhere.mkdir()
        real = elsewhere / f"real.{kind}"
        real.write_text("an older export\n")
        link = trial.work / f"link.{kind}"
        link.symlink_to(real)
        run = trial.pivot("export", str(link), "--format", kind)
        if not run.ok:
            return
        if not link.is_symlink():
            trial.bad("the link was replaced by a file; the file it points to is unchanged")
            return
        outputs.check_export(trial, run, real, kind)

    return Attempt(f"export-symlink-elsewhere-{kind}", CATEGORY, Expect.SUCCEED, body)


def attempts() -> list[Attempt]:
    found = [
        _refused(name, target, kind, seed)
        for name, (target, seed) in TARGETS.items()
        for kind in KINDS
    ]
    found.append(_refused("backup-name", _backup_name, "json", "seed"))
    found.extend(_through_link(kind) for kind in KINDS)
    return found
