"""A child process doing Pivot's real writes through its services, saying each one on stdout
only after it was committed; the crash tests kill it with SIGKILL at random moments.

    python -m tests.crash.child writes DATABASE        log, move, note, forever
    python -m tests.crash.child import DATABASE FILE   one import of FILE
    python -m tests.crash.child migrate DATABASE       open (and so upgrade) the file
    python -m tests.crash.child backup DATABASE        verified backups, forever
    python -m tests.crash.child limited DATABASE       one write past a file-size limit
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from tracker.domain.enums import Outcome, Stage

STAGES = [stage for stage in Stage if stage is not Stage.WISHLIST]


def _say(*words: object) -> None:
    sys.stdout.write(" ".join(str(word) for word in words) + "\n")
    sys.stdout.flush()


def writes(path: Path) -> None:
    from tracker.db.opening import open_database
    from tracker.domain.records import ApplicationCreate
    from tracker.services.applications import ApplicationService

    database = open_database(path, path.parent / "backups")
    service = ApplicationService(database)
    rng = random.Random()
    known: list[int] = [row.id for row in _rows(database)]
    _say("ready")
    while True:
        action = rng.random()
        if action < 0.4 or not known:
            created = service.create(ApplicationCreate(
                company_name=f"公司{rng.randrange(10**6)}", role_title="AI训练师",
                salary_text="25-50K·19薪", job_description="职位描述 " * rng.randrange(1, 200),
            ))  # fmt: skip
            known.append(created.id)
            _say("created", created.uuid, created.stage)
        elif action < 0.8:
            target = rng.choice(known)
            outcome = rng.choice([None, None, None, Outcome.REJECTED])
            moved, event = service.change_state(target, rng.choice(STAGES).value, outcome)
            if event is not None:
                _say("moved", moved.uuid, moved.stage, moved.outcome or "-", event)
        else:
            target = rng.choice(known)
            note = service.add_note(target, "面试笔记 " + str(rng.random()))
            _say("noted", note.uuid)


def _rows(database: object) -> list[object]:
    from tracker.services.queries import ApplicationQueries

    return list(ApplicationQueries(database).rows())  # type: ignore[arg-type]


def importing(path: Path, table: Path) -> None:
    from tracker.db.opening import open_database
    from tracker.services.importing import ImportService
    from tracker.services.pipeline import PipelineService

    database = open_database(path, path.parent / "backups")
    imports = ImportService(database, PipelineService(database).current)
    preview = imports.preview(table)
    _say("ready", preview.importable)
    result = imports.commit(preview)
    _say("imported", result.batch_id, result.created)


def migrating(path: Path) -> None:
    from tracker.db.opening import open_database

    _say("ready")
    open_database(path, path.parent / "backups").close()
    _say("migrated")


def backing_up(path: Path) -> None:
    from tracker.services.maintenance import back_up

    _say("ready")
    while True:
        _say("backup", back_up(path, path.parent / "backups", label="crash-test"))


def limited(path: Path) -> None:
    """A write that the file-size limit stops half-way (as an I/O error or a full disk)."""
    import resource
    import signal

    from tracker.db.opening import open_database
    from tracker.domain.errors import StorageError
    from tracker.domain.records import ApplicationCreate
    from tracker.services.applications import ApplicationService

    database = open_database(path, path.parent / "backups")
    service = ApplicationService(database)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails instead of killing us
    limit = path.stat().st_size + 8192
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        service.create(ApplicationCreate(
            company_name="写不下的公司", role_title="PM", job_description="很长的描述" * 200_000,
        ))  # fmt: skip
    except StorageError as error:
        _say("refused", error.problem.value)
    database.close()


if __name__ == "__main__":
    verb, database = sys.argv[1], Path(sys.argv[2])
    if verb == "writes":
        writes(database)
    elif verb == "import":
        importing(database, Path(sys.argv[3]))
    elif verb == "migrate":
        migrating(database)
    elif verb == "backup":
        backing_up(database)
    elif verb == "limited":
        limited(database)
