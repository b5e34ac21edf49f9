"""What this version of Pivot knows about its file format, readable without importing SQLAlchemy
or Alembic (start-up reads it on every launch; the heavy libraries load only when needed)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# "PIVT": stored at header offset 68 so that file(1) and Pivot can tell a Pivot database apart
# from any other SQLite file.
APPLICATION_ID = 0x50495654

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


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
SHIPPED = MigrationSet(MIGRATIONS_DIR, ("0001", "0002", "0003", "0004"))
