"""Helpers for database tests: file fingerprints and migration folders with extra revisions."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from tracker.db.schema import MIGRATIONS_DIR, SHIPPED, MigrationSet


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def raw(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(str(path), isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def revision_source(revision: str, down: str, body: str) -> str:
    indented = "\n".join("    " + line for line in body.strip().splitlines())
    return (
        "import sqlalchemy as sa\n"
        "from alembic import op\n\n"
        f"revision = {revision!r}\n"
        f"down_revision = {down!r}\n"
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        f"def upgrade() -> None:\n{indented}\n\n\n"
        "def downgrade() -> None:\n    pass\n"
    )


def migrations_with(tmp_path: Path, extra: dict[str, str]) -> MigrationSet:
    """The shipped migrations plus extra revisions (id → upgrade body), each revising the last."""
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    revisions = list(SHIPPED.revisions)
    for revision, body in extra.items():
        source = revision_source(revision, revisions[-1], body)
        (folder / "versions" / f"{revision}_test.py").write_text(source, encoding="utf-8")
        revisions.append(revision)
    return MigrationSet(folder, tuple(revisions))
