"""Untrusted text: names that look like chart markup, HTML, direction overrides, calendar lines
or are simply very long, imported and then drawn (``report``) and written out (``export``)
in every format; a CSV or JSON export must import again with the same names."""

from __future__ import annotations

from collections.abc import Callable

from tests.hostile import documents as docs
from tests.hostile import outputs
from tests.hostile.database_state import DATABASE, read_state
from tests.hostile.trial import Attempt, Expect, Trial, short

CATEGORY = "untrusted text"
NAMES = {
    "mathtext-fraction": r"$\frac{a}{b}$ Labs",
    "mathtext-power": "$x^2$ Capital",
    "mathtext-unbalanced": r"Cost $5 and $\alpha",
    "html-image": '<img src="/dev/zero">',
    "html-bold": "<b>Bold</b> AI",
    "bidi-override": "\u202eevil\u202c Corp",
    "very-long": "L" * 5000,
    "newline": "Acme\nInjected: yes",
    "calendar-lines": "Acme\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected",
    "emoji-joiners": "🤖👩‍💻 Robots",
}


def _import_name(trial: Trial, key: str, name: str) -> tuple[str, str] | None:
    """Import one application (company, role, interview and note all named ``name``); the
    company and role as stored."""
    document = docs.single(key, name, name)
    document["applications"][0]["interview_rounds"] = [
        docs.interview_round(key, name=name[:100], location=name, interviewers=name)
    ]
    document["applications"][0]["notes"][0]["body"] = name
    path = docs.write_json(trial.work / "names.json", document)
    trial.added_on_success = 1
    run = trial.pivot("import", str(path), expect=Expect.SUCCEED)
    if not run.ok:
        return None
    stored = read_state(trial.database).names.get(docs.uid(key, "application"))
    if stored is None:
        trial.bad("the imported application is not in the database")
    return stored


def _again(trial: Trial, kind: str, stored: tuple[str, str]) -> None:
    """Import the export into a new data folder: the same names come back."""
    again = trial.work / "again"
    path = trial.work / f"out.{kind}"
    run = trial.pivot("import", str(path), data_dir=again, expect=Expect.SUCCEED, main=False)
    if not run.ok or not (again / DATABASE).is_file():
        return
    state = read_state(again / DATABASE)
    if state.live != read_state(trial.database).live:
        trial.bad(f"the {kind} export imports as {state.live} applications")
    if stored not in set(state.names.values()):
        first = set(read_state(trial.database).names.values())
        back = sorted(set(state.names.values()) - first)
        trial.bad(
            f"the {kind} export imports with other names: {short(repr(stored[0]), 50)} "
            f"came back as {short(repr(back[0][0]) if back else 'nothing', 50)}"
        )


def _verb(kind: str) -> Callable[[Trial, tuple[str, str]], None]:
    def step(trial: Trial, stored: tuple[str, str]) -> None:
        if kind == "report":
            outputs.report(trial)
            return
        run = outputs.export(trial, kind)
        if run.ok and kind != "ics":
            _again(trial, kind, stored)

    return step


def _attempt(key: str, name: str, kind: str) -> Attempt:
    step = _verb(kind)

    def body(trial: Trial) -> None:
        stored = _import_name(trial, key, name)
        if stored is not None:
            step(trial, stored)

    return Attempt(f"text-{key}-{kind}", CATEGORY, Expect.SUCCEED, body)


def attempts() -> list[Attempt]:
    return [
        _attempt(key, name, kind)
        for key, name in NAMES.items()
        for kind in ("report", "csv", "json", "ics")
    ]
