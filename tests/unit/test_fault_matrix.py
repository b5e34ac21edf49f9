"""tests/FAULT_MATRIX.md stays true: every one of the 99 rows is listed once, every test it
names exists, and at least 50 rows are covered."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).parents[1]
ROOT = TESTS.parent
ROW = re.compile(r"^\| ([DIPTES]-\d\d) \| [^|]+ \| (covered|partial|open|n/a) \| ([^|]*) \|$")
EXPECTED = {"D": 36, "I": 28, "P": 13, "T": 9, "E": 9, "S": 4}


def _rows() -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in (TESTS / "FAULT_MATRIX.md").read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            named = [t.strip() for t in match[3].split(",") if "::" in t]
            rows.append((match[1], match[2], named))
    return rows


def test_every_row_of_the_matrix_is_listed_once() -> None:
    ids = [row_id for row_id, _status, _tests in _rows()]
    assert len(ids) == len(set(ids)) == sum(EXPECTED.values()) == 99
    for prefix, count in EXPECTED.items():
        assert sorted(i for i in ids if i[0] == prefix) == [
            f"{prefix}-{n:02d}" for n in range(1, count + 1)
        ]


def test_every_named_test_exists_and_covered_rows_name_one() -> None:
    for row_id, status, named in _rows():
        assert (status in ("covered", "partial")) == bool(named), row_id
        for test in named:
            path, name = test.split("::")
            source = (ROOT / path).read_text(encoding="utf-8")
            assert re.search(rf"^def {name}\(", source, re.M), f"{row_id}: {test}"


def test_at_least_fifty_rows_are_covered() -> None:
    covered = [row_id for row_id, status, _tests in _rows() if status == "covered"]
    assert len(covered) >= 50, len(covered)
