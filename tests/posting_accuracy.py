"""How often the posting reader gets each posting's company, role, city and salary right, per
board, over the postings in ``tests/fixtures/postings`` (text copies and saved HTML pages).

    python -m tests.posting_accuracy
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from tracker.domain.posting_reader import CapturedPosting
from tracker.services.capture import capture_file

POSTINGS = Path(__file__).parent / "fixtures" / "postings"
FIELDS = ("company", "role", "city", "salary")


def expected() -> dict[str, dict[str, object]]:
    data = json.loads((POSTINGS / "expected.json").read_text(encoding="utf-8"))
    return {name: value for name, value in data.items() if not name.startswith("_")}


def right(field: str, captured: CapturedPosting, wanted: object) -> bool:
    if field != "salary":
        assert isinstance(wanted, list)
        return getattr(captured, field) in wanted
    salary = captured.salary
    if wanted is None:
        return salary is None
    assert isinstance(wanted, list)
    if salary is None:
        return False
    low, high, period, months = wanted
    return (salary.minimum, salary.maximum, salary.period.value, salary.months_per_year) == (
        low,
        high,
        period,
        months,
    )


def wrong_fields() -> dict[str, list[tuple[str, str]]]:
    """Posting → the fields read wrong (field, what was read)."""
    wrong: dict[str, list[tuple[str, str]]] = {}
    for name, wanted in expected().items():
        captured = capture_file(POSTINGS / name)
        for field in FIELDS:
            if not right(field, captured, wanted[field]):
                read = captured.salary_text if field == "salary" else getattr(captured, field)
                wrong.setdefault(name, []).append((field, str(read)))
    return wrong


def by_board() -> dict[str, tuple[int, int]]:
    """Board → (fields right, fields read)."""
    wrong = wrong_fields()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name in expected():
        board = name.split("-")[0]
        totals[board][0] += len(FIELDS) - len(wrong.get(name, []))
        totals[board][1] += len(FIELDS)
    return {board: (good, count) for board, (good, count) in totals.items()}


def main() -> int:
    boards = by_board()
    for board, (good, count) in sorted(boards.items()):
        print(f"{board:10} {good:3}/{count:<3} {good / count:6.1%}")  # noqa: T201 (the report this script prints)
    good = sum(g for g, _ in boards.values())
    count = sum(c for _, c in boards.values())
    print(f"{'all':10} {good:3}/{count:<3} {good / count:6.1%}")  # noqa: T201 (the report this script prints)
    for name, fields in wrong_fields().items():
        print(f"  {name}: " + "; ".join(f"{field} read as {read!r}" for field, read in fields))  # noqa: T201 (the report this script prints)
    return 0


if __name__ == "__main__":
    sys.exit(main())
