"""Checks of what a successful run wrote: the stored names, an export file and its claim of how
many records it holds, a report's PNG files."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from tests.hostile.database_state import read_state
from tests.hostile.trial import Expect, Run, Trial, short

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
WRITTEN = re.compile(r": (\d+) written\s*$")
ICS_NAME = re.compile(r"^[A-Za-z0-9-]+[;:]")
FORMULA_START = ("=", "+", "-", "@")


def new_names(trial: Trial) -> set[str]:
    """Company names and role titles of the applications the attempt added."""
    state = read_state(trial.database)
    added = [names for uuid, names in state.names.items() if uuid not in trial.baseline.rows]
    return {text for pair in added for text in pair}


def expect_stored(trial: Trial, wanted: set[str]) -> None:
    """After a successful import, every ``wanted`` text is stored exactly."""
    found = new_names(trial)
    missing = sorted(wanted - found)
    if missing:
        strays = sorted(found - wanted)
        seen = f"; stored instead: {short(repr(strays[:2]), 70)}" if strays else ""
        trial.bad(f"stored text differs: {short(repr(missing[:2]), 60)} not stored{seen}")


def written_count(trial: Trial, run: Run) -> int | None:
    lines = run.lines("stdout")
    match = WRITTEN.search(lines[-1]) if lines else None
    if match is None:
        trial.bad(f"{run.label}: no '… N written' line")
        return None
    return int(match[1])


def _csv_rows(trial: Trial, path: Path) -> list[list[str]] | None:
    try:
        text = path.read_bytes().decode("utf-8-sig")
        return list(csv.reader(io.StringIO(text, newline="")))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        trial.bad(f"the CSV export cannot be read back: {error}")
        return None


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _json_applications(trial: Trial, path: Path) -> list[object] | None:
    try:
        value = json.loads(path.read_bytes().decode("utf-8"), parse_constant=_refuse_constant)
        applications = value["applications"]
        assert isinstance(applications, list)
        return applications
    except (OSError, ValueError, KeyError, TypeError, AssertionError) as error:
        trial.bad(f"the JSON export is not a valid document: {short(str(error), 80)}")
        return None


def ics_events(trial: Trial, path: Path) -> int | None:
    """How many events a calendar file holds, once its lines are found well-formed."""
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        trial.bad(f"the calendar cannot be read back: {error}")
        return None
    lines: list[str] = []
    for raw in text.split("\r\n"):
        if raw.startswith((" ", "\t")) and lines:
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    broken = [line for line in lines if not ICS_NAME.match(line)]
    if broken or not lines or lines[0] != "BEGIN:VCALENDAR" or lines[-1] != "END:VCALENDAR":
        trial.bad(f"the calendar is malformed near {short(repr((broken or lines or [''])[0]), 60)}")
        return None
    return sum(line == "BEGIN:VEVENT" for line in lines)


def check_export(trial: Trial, run: Run, path: Path, kind: str) -> None:
    """A successful export holds what it says it wrote (every live application for CSV and
    JSON, every event for a calendar)."""
    if not run.ok:
        return
    claimed = written_count(trial, run)
    if not path.is_file():
        trial.bad(f"{run.label}: said it wrote {path.name}, but there is no such file")
        return
    if kind == "csv":
        rows = _csv_rows(trial, path)
        found = None if rows is None else len(rows) - 1
    elif kind == "json":
        applications = _json_applications(trial, path)
        found = None if applications is None else len(applications)
    else:
        found = ics_events(trial, path)
    if found is not None and claimed is not None and found != claimed:
        trial.bad(f"{run.label}: says {claimed} written, the file holds {found}")
    live = read_state(trial.database).live if trial.database.is_file() else None
    if kind != "ics" and claimed is not None and live is not None and claimed != live:
        trial.bad(f"{run.label}: {claimed} written of {live} applications")


def export(trial: Trial, kind: str, *, name: str = "", expect: Expect = Expect.SUCCEED) -> Run:
    """Export to a fresh file in the work folder and check the file."""
    path = trial.work / (name or f"out.{kind}")
    run = trial.pivot("export", str(path), "--format", kind, expect=expect, main=False)
    check_export(trial, run, path, kind)
    return run


def check_report(trial: Trial, run: Run, folder: Path) -> None:
    if not run.ok:
        return
    paths = [Path(line) for line in run.lines("stdout")]
    if not paths:
        trial.bad("report: no PNG file listed")
    for path in paths:
        if not path.is_file() or not path.read_bytes().startswith(PNG_MAGIC):
            trial.bad(f"report: {path.name} is not a PNG file")
            return
    if paths and {p.parent.resolve() for p in paths} != {folder.resolve()}:
        trial.bad("report: PNG files written outside the folder given")


def report(trial: Trial, *, expect: Expect = Expect.SUCCEED) -> Run:
    folder = trial.work / "report"
    run = trial.pivot("report", str(folder), expect=expect, main=False)
    check_report(trial, run, folder)
    return run


def check_sound(trial: Trial) -> Run:
    """``check`` still finds the database sound."""
    return trial.pivot("check", expect=Expect.SUCCEED, main=False)
