"""SQL is written in the database layer only. The import contracts keep the ORM, SQLite and
Alembic out of the layers above it; this test keeps out SQL text, which a module can hold
without importing anything (a query run on a connection handed to it)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).parents[2] / "tracker"
ABOVE_THE_DATABASE = sorted(
    path for path in ROOT.rglob("*.py") if path.relative_to(ROOT).parts[0] not in ("db", "domain")
)
_SQL = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX"
    r"|TRIGGER|VIEW)|DROP\s+TABLE|PRAGMA\s+\w+)\b",
    re.DOTALL,  # case-sensitive: Pivot writes SQL in capitals, and prose never is
)


def _sql_texts(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        f"{path.relative_to(ROOT.parent)}:{node.lineno}: {node.value[:60]!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and _SQL.search(node.value)
    ]


def test_no_sql_is_written_above_the_database_layer() -> None:
    found = [text for path in ABOVE_THE_DATABASE for text in _sql_texts(path)]
    assert found == []


def test_the_check_finds_sql_where_it_is() -> None:
    database_layer = sorted((ROOT / "db").glob("*.py"))
    assert sum(len(_sql_texts(path)) for path in database_layer) > 20
