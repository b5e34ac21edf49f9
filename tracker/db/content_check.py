"""What SQLite reads from a file, held against what Pivot creates: the application id as read
(with any log applied), and the tables, triggers and views in the schema. Used when a file
opens (anything unexpected refuses it) and by the full check (each thing said in a line)."""

from __future__ import annotations

import sqlite3

from tracker.db.schema import APPLICATION_ID, CORE_TABLES, KNOWN_TABLES


def unexpected_content(connection: sqlite3.Connection) -> list[str]:
    """Short technical lines, one per thing Pivot did not create; empty for a Pivot file (or
    a new one without a schema yet)."""
    objects = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    tables = {name for kind, name in objects if kind == "table"}
    if not tables and not objects:
        return []
    problems = []
    (application_id,) = connection.execute("PRAGMA application_id").fetchone()
    if application_id != APPLICATION_ID:
        problems.append(
            "the content is not Pivot's (application_id as read is "
            f"{application_id:#x}; a log from another database may lie beside the file)"
        )
    problems += [
        f"{kind} not made by Pivot: {name}"
        for kind, name in objects
        if kind in ("trigger", "view") or (kind == "table" and name not in KNOWN_TABLES)
    ]
    problems += [f"missing table: {name}" for name in sorted(CORE_TABLES - tables)]
    return problems
