"""One attempt: a fresh data folder, the command line run against it as a user would, and the
verdict (clean, bad, or data lost) from what the runs said and what the files hold afterwards."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from tests.hostile.database_state import DATABASE, DatabaseState, digest, read_state

TIMEOUT_SECONDS = 20
TRACEBACK = "Traceback (most recent call last)"
REASON_LIMIT = 200


# Stands for the trial's own data folder (no real folder name holds a NUL).
TRIAL_DATA = "\x00the trial's data folder"


class Expect(StrEnum):
    SUCCEED = "should succeed"
    REFUSE = "should refuse"
    EITHER = "should succeed, or refuse in one line"


class Outcome(StrEnum):
    CLEAN = "clean"
    BAD = "bad"
    LOST = "data lost"
    NOT_RUN = "not run"


class NotRunError(Exception):
    """The attempt cannot be made on this machine (the reason is the message)."""


@dataclass(frozen=True)
class Attempt:
    id: str
    category: str
    expect: Expect
    body: Callable[[Trial], None]
    seed: str | None = "seed"  # the template copied into the data folder; None: no database


@dataclass(frozen=True)
class Verdict:
    attempt: Attempt
    outcome: Outcome
    why: str


@dataclass(frozen=True)
class Run:
    label: str
    status: int | None  # None: killed after the timeout
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        return self.status == 0

    @property
    def timed_out(self) -> bool:
        return self.status is None

    def lines(self, stream: str = "stderr") -> list[str]:
        text = self.stderr if stream == "stderr" else self.stdout
        return [line for line in text.splitlines() if line.strip()]


@dataclass
class Context:
    """What every trial shares: the source under test, the interpreter, the seed folders and
    what each seed holds."""

    source: Path
    python: str
    seeds: dict[str, Path] = field(default_factory=dict)
    baselines: dict[str, DatabaseState] = field(default_factory=dict)
    timeout: float = TIMEOUT_SECONDS
    echo: bool = False  # show every run's status and output on stderr

    def environment(self, home: Path) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIVOT", "LC_"))}
        env.pop("LANG", None)
        env.pop("LANGUAGE", None)
        env.update(
            PYTHONPATH=str(self.source),
            PIVOT_HOME=str(home),
            QT_QPA_PLATFORM="offscreen",
            LC_ALL="C.UTF-8",
        )
        return env


@dataclass(frozen=True)
class _Guarded:
    path: Path
    what: str
    severity: Outcome
    kind: int | None  # the file type bits, None when absent
    content: str | None  # digest of a regular file
    inode: int | None
    sidecar: bool = False  # SQLite may empty or remove it; only other content is a fault


WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
SHM_PAGE = 32768


def _sidecar_content_foreign(path: Path) -> bool:
    """Whether a -wal or -shm file holds something SQLite did not write."""
    size = path.stat().st_size
    if size == 0:
        return False
    if path.name.endswith("-wal"):
        with open(path, "rb") as handle:
            return handle.read(4) not in WAL_MAGIC
    return size % SHM_PAGE != 0


def _label(args: tuple[str, ...]) -> str:
    words = [a for a in args if not a.startswith("-")][:2]
    return " ".join(Path(w).name[:40] if "/" in w else w[:40] for w in words) or "pivot"


def short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Trial:
    """The files and runs of one attempt. ``pivot`` runs the command line and judges the run
    against the attempt's expectation; ``conclude`` judges the files afterwards."""

    def __init__(self, attempt: Attempt, context: Context, root: Path) -> None:
        self.attempt = attempt
        self.context = context
        self.root = root
        self.data = root / "data"
        self.work = root / "work"
        self.home = root / "home"
        self.bad_reasons: list[str] = []
        self.lost_reasons: list[str] = []
        self.main: Run | None = None
        self.added_on_success: int | None = None  # applications a successful main run adds
        self.changes_allowed: set[str] = set()  # uuids the attempt means to change
        self.read_log = True  # read the database with its -wal when judging it
        self.judge_database = attempt.seed is not None
        self.seed = attempt.seed
        self.cleanups: list[Callable[[], None]] = []  # run last, whatever happened
        self._guarded: list[_Guarded] = []
        self._inode: int | None = None

    # --- setting up -----------------------------------------------------------------------

    @property
    def database(self) -> Path:
        return self.data / DATABASE

    @property
    def baseline(self) -> DatabaseState:
        assert self.seed is not None
        return self.context.baselines[self.seed]

    def set_up(self) -> None:
        self.work.mkdir(parents=True)
        self.home.mkdir()
        if self.attempt.seed is not None:
            self.place_seed(self.attempt.seed, self.data)

    def place_seed(self, seed: str, folder: Path) -> None:
        """Copy a seed into ``folder``, which becomes the data folder, judged afterwards."""
        shutil.copytree(self.context.seeds[seed], folder, symlinks=True)
        self.seed, self.data, self.judge_database = seed, folder, True
        self._inode = self.database.stat().st_ino
        for backup in sorted((self.data / "backups").glob("*")):
            self.guard(backup, f"backup {backup.name}")

    def guard(self, path: Path, what: str, severity: Outcome = Outcome.LOST) -> None:
        """``path`` must be as it is now when the attempt ends."""
        try:
            info = path.lstat()
        except OSError:
            self._guarded.append(_Guarded(path, what, severity, None, None, None))
            return
        kind = stat.S_IFMT(info.st_mode)
        content = digest(path) if stat.S_ISREG(info.st_mode) else None
        self._guarded.append(_Guarded(path, what, severity, kind, content, info.st_ino))

    def guard_sidecar(self, path: Path, what: str) -> None:
        """A -wal or -shm file: SQLite may fold it in and remove it, but nothing else may
        write it (what it held is judged with the database)."""
        self._guarded.append(_Guarded(path, what, Outcome.LOST, None, None, None, sidecar=True))

    # --- verdicts -------------------------------------------------------------------------

    def bad(self, reason: str) -> None:
        self.bad_reasons.append(short(reason, REASON_LIMIT))

    def lost(self, reason: str) -> None:
        self.lost_reasons.append(short(reason, REASON_LIMIT))

    # --- running Pivot --------------------------------------------------------------------

    def command(self, args: tuple[str, ...], data_dir: str | Path | None) -> list[str]:
        prefix = [] if data_dir is None else ["--data-dir", str(data_dir)]
        return [self.context.python, "-m", "tracker", *prefix, *args]

    def spawn(
        self, *args: str, data_dir: str | Path | None = TRIAL_DATA
    ) -> subprocess.Popen[bytes]:
        """Start Pivot without waiting (``data_dir`` TRIAL_DATA: the trial's data folder; ""
        is passed on as it is, an empty folder name)."""
        folder = self.data if data_dir == TRIAL_DATA else data_dir
        return subprocess.Popen(
            self.command(args, folder),
            cwd=self.context.source,
            env=self.context.environment(self.home),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )

    def collect(self, process: subprocess.Popen[bytes], args: tuple[str, ...]) -> Run:
        try:
            out, err = process.communicate(timeout=self.context.timeout)
            status: int | None = process.returncode
        except subprocess.TimeoutExpired:
            kill_group(process)
            out, err = process.communicate()
            status = None
        decode = lambda raw: raw.decode("utf-8", "replace")  # noqa: E731
        run = Run(_label(args), status, decode(out), decode(err))
        if self.context.echo:
            shown = " ".join(a[:60] for a in args)
            sys.stderr.write(
                f"  $ pivot {shown}\n  → {status}\n{run.stdout[:600]}{run.stderr[:600]}"
            )
        return run

    def pivot(
        self,
        *args: str,
        expect: Expect | None = None,
        main: bool = True,
        data_dir: str | Path | None = TRIAL_DATA,
        many_lines: bool = False,
    ) -> Run:
        """Run ``python -m tracker [--data-dir DIR] ARGS`` and judge the run: no traceback, no
        hang, a status that fits the expectation, one line for a refusal (``many_lines``: a
        refusal may list problems, one a line)."""
        run = self.collect(self.spawn(*args, data_dir=data_dir), args)
        self.judge(run, expect or self.attempt.expect, many_lines=many_lines)
        if main and self.main is None:
            self.main = run
        return run

    def judge(self, run: Run, expect: Expect, *, many_lines: bool = False) -> None:
        if run.timed_out:
            self.bad(f"{run.label}: no answer within {self.context.timeout:.0f} s")
            return
        for stream in (run.stdout, run.stderr):
            if TRACEBACK in stream:
                last = [line for line in stream.splitlines() if line.strip()][-1]
                self.bad(f"{run.label}: traceback ({short(last, 90)})")
                return
        if run.status is not None and run.status < 0:
            self.bad(f"{run.label}: killed by signal {-run.status}")
            return
        first = (run.lines() or run.lines("stdout") or [""])[0]
        if expect is Expect.SUCCEED and not run.ok:
            self.bad(f"{run.label}: exit {run.status}, should succeed ({short(first, 90)})")
        elif expect is Expect.REFUSE and run.ok:
            said = short((run.lines("stdout") or [""])[0], 90)
            self.bad(f"{run.label}: exit 0, should refuse ({said})")
        elif not run.ok:
            lines = run.lines()
            if not lines:
                self.bad(f"{run.label}: exit {run.status} without a message")
            elif len(lines) > 1 and not many_lines:
                self.bad(f"{run.label}: refusal of {len(lines)} lines ({short(lines[0], 80)})")

    # --- the files afterwards -------------------------------------------------------------

    def conclude(self) -> None:
        for guarded in self._guarded:
            self._compare(guarded)
        if self.judge_database:
            self._judge_database()

    def _compare(self, guarded: _Guarded) -> None:
        severity = self.lost if guarded.severity is Outcome.LOST else self.bad
        if guarded.sidecar:
            if guarded.path.is_file() and _sidecar_content_foreign(guarded.path):
                severity(f"{guarded.what} was overwritten with other content")
            return
        try:
            info = guarded.path.lstat()
        except OSError:
            if guarded.kind is not None:
                severity(f"{guarded.what} is gone")
            return
        if guarded.kind is None:
            severity(f"{guarded.what} was created")
        elif stat.S_IFMT(info.st_mode) != guarded.kind:
            severity(f"{guarded.what} was replaced by another kind of file")
        elif guarded.content is not None and digest(guarded.path) != guarded.content:
            severity(f"{guarded.what} was overwritten")
        elif guarded.inode != info.st_ino:
            severity(f"{guarded.what} was replaced (a new file of the same content)")

    def _judge_database(self) -> None:
        path = self.database
        if not path.is_file():
            self.lost("the database file is gone")
            return
        if self._inode is not None and path.stat().st_ino != self._inode:
            self.lost("the database file was replaced by another file")
        state = read_state(path, with_log=self.read_log)
        if not state.sound:
            self.lost(f"the database fails its check: {state.problem or state.integrity}")
            return
        before = self.baseline
        missing = [uuid for uuid in before.rows if uuid not in state.rows]
        changed = [
            uuid
            for uuid, row in before.rows.items()
            if uuid in state.rows and state.rows[uuid] != row and uuid not in self.changes_allowed
        ]
        if state.live < before.live or missing:
            self.lost(f"applications {before.live} → {state.live} ({len(missing)} gone)")
        elif changed:
            self.lost(f"{len(changed)} existing applications changed")
        added = state.live - before.live
        main = self.main
        if main is None or added <= 0:
            return
        if not main.ok:
            self.bad(f"refused, yet {added} applications were written")
        elif self.added_on_success is not None and added != self.added_on_success:
            self.bad(f"{added} applications added, {self.added_on_success} meant")


def kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


def run_attempt(attempt: Attempt, context: Context, root: Path) -> Verdict:
    """Make one attempt in ``root`` (a fresh folder); never raises."""
    trial = Trial(attempt, context, root)
    try:
        trial.set_up()
        attempt.body(trial)
        trial.conclude()
    except NotRunError as reason:
        return Verdict(attempt, Outcome.NOT_RUN, str(reason))
    except Exception as error:  # the harness's own trouble is the attempt's verdict
        trial.bad(f"the attempt itself failed: {type(error).__name__}: {error}")
    finally:
        for cleanup in reversed(trial.cleanups):
            try:
                cleanup()
            except Exception as error:
                trial.bad(f"cleaning up failed: {type(error).__name__}: {error}")
    if trial.lost_reasons:
        return Verdict(attempt, Outcome.LOST, "; ".join(trial.lost_reasons + trial.bad_reasons))
    if trial.bad_reasons:
        return Verdict(attempt, Outcome.BAD, "; ".join(trial.bad_reasons))
    return Verdict(attempt, Outcome.CLEAN, attempt.expect.value)
