"""The full check behind ``python main.py check`` and Preferences ▸ Check database: SQLite's own
integrity and foreign-key checks, then Pivot's rules (every application's current state is the
one its latest stage event says, and every document's file is in the data folder)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from tracker.db.backup import referred_files
from tracker.db.content_check import unexpected_content
from tracker.db.pragmas import connect_read_only
from tracker.db.schema import APPLICATION_ID

_STATE_MISMATCH_SQL = """
SELECT count(*) FROM job_application AS a
WHERE NOT EXISTS (SELECT 1 FROM stage_event AS e WHERE e.application_id = a.id)
   OR EXISTS (
       SELECT 1 FROM stage_event AS e
       WHERE e.id = (SELECT e2.id FROM stage_event AS e2 WHERE e2.application_id = a.id
                     ORDER BY e2.occurred_at DESC, e2.id DESC LIMIT 1)
         AND (e.to_stage IS NOT a.current_stage OR e.to_outcome IS NOT a.outcome))
"""


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)
    applications: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def check_file(path: Path) -> IntegrityReport:
    """Check ``path`` read-only. Problems are short technical lines (no user data), one per
    thing found; a file SQLite cannot read at all is one such line, never an exception.

    Everything is asked through SQLite (never by opening the file another way): the window
    runs this while its own connections are open, and closing a second handle on the file
    would drop the locks they hold."""
    report = IntegrityReport()
    try:
        connection = connect_read_only(path)
        try:
            (application_id,) = connection.execute("PRAGMA application_id").fetchone()
            if application_id != APPLICATION_ID:
                report.problems.append("not a Pivot database (application_id)")
                return report
            _check(connection, report)
            if report.ok:
                _check_documents(connection, path, report)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error):
            report.problems.append("not an SQLite database")
        else:
            report.problems.append(f"SQLite could not read the file: {error}")
    return report


def _check(connection: sqlite3.Connection, report: IntegrityReport) -> None:
    integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        report.problems.extend(f"integrity_check: {line}" for line in integrity[:20])
        return
    unexpected = unexpected_content(connection)
    if unexpected:
        report.problems.extend(unexpected)
        return
    orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
    if orphans:
        tables = sorted({row[0] for row in orphans})
        report.problems.append(f"foreign_key_check: {len(orphans)} rows in {tables}")
    (mismatched,) = connection.execute(_STATE_MISMATCH_SQL).fetchone()
    if mismatched:
        report.problems.append(f"{mismatched} applications disagree with their stage history")
    (report.applications,) = connection.execute(
        "SELECT count(*) FROM job_application WHERE deleted_at IS NULL"
    ).fetchone()


def _check_documents(connection: sqlite3.Connection, path: Path, report: IntegrityReport) -> None:
    """The files the documents' versions refer to (those in the trash too), by hash."""
    from tracker.db.document_files import store_folder, stored_path
    from tracker.domain.documents import is_file_hash

    hashes = referred_files(connection)
    folder = store_folder(path)
    missing = [
        value for value in hashes
        if not is_file_hash(value) or not stored_path(folder, value).is_file()
    ]  # fmt: skip
    if missing:
        report.problems.append(
            f"{len(missing)} of {len(hashes)} document files missing from the documents folder"
        )
