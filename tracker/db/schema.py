"""What this version of Pivot knows about its file format, readable without importing SQLAlchemy
or Alembic (start-up reads it on every launch; the heavy libraries load only when needed)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# "PIVT": stored at header offset 68 so that file(1) and Pivot can tell a Pivot database apart
# from any other SQLite file.
APPLICATION_ID = 0x50495654

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Every table a Pivot migration creates (a test checks this against a file migrated to head).
# A file holding any other table, or any trigger or view, was not made by Pivot alone and is
# refused before anything is written: a planted trigger would run inside Pivot's own writes.
_RECORD_TABLES = (
    "alembic_version", "application_document", "company", "contact", "contact_application",
    "document", "document_version", "import_batch",
    "import_merge", "interview_question", "interview_round", "job_application",
    "negotiation_step", "note",
    "offer", "own_benchmark", "own_story", "pipeline_stage", "posting_snapshot",
    "reminder_state", "stage_event",
)  # fmt: skip
_SEARCH_TABLES = tuple(
    f"search_{kind}"
    for kind in (
        "company",
        "application",
        "posting",
        "note",
        "round",
        "question",
        "contact",
    )
)
_FTS5_SHADOWS = ("", "_config", "_content", "_data", "_docsize", "_idx")
KNOWN_TABLES = frozenset(_RECORD_TABLES) | {
    f"{table}{shadow}" for table in _SEARCH_TABLES for shadow in _FTS5_SHADOWS
}
# Tables every Pivot file with a schema has had since its first revision.
CORE_TABLES = frozenset({"alembic_version", "company", "job_application", "stage_event"})


def generation_of(revision: str) -> int:
    """Revision ids are zero-padded numbers; the number is the schema generation, written to
    PRAGMA user_version so that it can be read from the file header before SQLite opens it."""
    return int(revision.split("_", 1)[0])


@dataclass(frozen=True)
class MigrationSet:
    """A migrations folder and its revision ids, oldest first."""

    script_location: Path
    revisions: tuple[str, ...]

    @property
    def head(self) -> str:
        return self.revisions[-1]

    @property
    def generation(self) -> int:
        return generation_of(self.head)


# The revisions shipped with this version (a test checks this list against the folder).
SHIPPED = MigrationSet(
    MIGRATIONS_DIR,
    (
        "0001",
        "0002",
        "0003",
        "0004",
        "0005",
        "0006",
        "0007",
        "0008",
        "0009",
        "0010",
        "0011",
        "0012",
    ),
)
