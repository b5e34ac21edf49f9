"""The verdicts as a table (per category, with a total), one line per attempt, or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from tests.hostile.trial import Outcome, Verdict

COLUMNS = ("category", "attempts", "clean", "bad", "data lost")


def _row(name: str, verdicts: Sequence[Verdict]) -> list[str]:
    count = {outcome: sum(v.outcome is outcome for v in verdicts) for outcome in Outcome}
    note = ""
    if count[Outcome.NOT_RUN] == len(verdicts) and verdicts:
        reasons = sorted({v.why for v in verdicts if v.outcome is Outcome.NOT_RUN})
        note = f"not run: {reasons[0]}"
    elif count[Outcome.NOT_RUN]:
        note = f"{count[Outcome.NOT_RUN]} not run"
    ran = note.startswith("not run")
    cells = [name, str(len(verdicts))]
    cells += (
        ["-"] * 3 if ran else [str(count[o]) for o in (Outcome.CLEAN, Outcome.BAD, Outcome.LOST)]
    )
    return [*cells, note]


def table(categories: Sequence[str], verdicts: Sequence[Verdict]) -> str:
    rows = [_row(name, [v for v in verdicts if v.attempt.category == name]) for name in categories]
    rows.append(_row("total", verdicts))
    widths = [max(len(r[i]) for r in [list(COLUMNS), *rows]) for i in range(len(COLUMNS))]

    def line(cells: Sequence[str]) -> str:
        first = cells[0].ljust(widths[0])
        numbers = [cell.rjust(width) for cell, width in zip(cells[1:5], widths[1:], strict=True)]
        note = f"  {cells[5]}" if len(cells) > 5 and cells[5] else ""
        return "  ".join([first, *numbers]) + note

    rule = "-" * len(line(list(COLUMNS)))
    return "\n".join([line(list(COLUMNS)), rule, *map(line, rows[:-1]), rule, line(rows[-1])])


def details(verdicts: Sequence[Verdict]) -> str:
    width = max((len(v.attempt.id) for v in verdicts), default=0)
    return "\n".join(
        f"{v.attempt.id.ljust(width)}  {v.attempt.category}  {v.outcome.value}  {v.why}"
        for v in verdicts
    )


def write_json(
    path: Path, source: Path, categories: Sequence[str], verdicts: Sequence[Verdict]
) -> None:
    document = {
        "source": str(source),
        "categories": [
            {"category": name, **_counts([v for v in verdicts if v.attempt.category == name])}
            for name in categories
        ],
        "total": _counts(verdicts),
        "attempts": [
            {
                "id": v.attempt.id,
                "category": v.attempt.category,
                "expect": v.attempt.expect.value,
                "outcome": v.outcome.value,
                "why": v.why,
            }
            for v in verdicts
        ],
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _counts(verdicts: Sequence[Verdict]) -> dict[str, int]:
    return {"attempts": len(verdicts)} | {
        outcome.value: sum(v.outcome is outcome for v in verdicts) for outcome in Outcome
    }
