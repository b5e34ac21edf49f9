"""Schema upgrades with Alembic, as one transaction that either completes or leaves the file as
it was.

Order (see the data-safety rules): foreign keys OFF on the connection (a batch rebuild of a parent
table would otherwise silently delete its ON DELETE CASCADE children) → BEGIN IMMEDIATE → Alembic
upgrade → PRAGMA user_version → foreign_key_check empty, integrity_check ok, row counts of the
surviving tables unchanged → COMMIT. Any failure rolls everything back.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from tracker.db.engine import make_engine, writing
from tracker.db.errors import storage_errors
from tracker.db.schema import MIGRATIONS_DIR, generation_of
from tracker.domain.errors import StorageError, StorageProblem

logger = logging.getLogger(__name__)


class MigrationCheckError(Exception):
    """A migration ran but left the data in a state that must not be committed."""


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def script_revisions(script_location: Path = MIGRATIONS_DIR) -> list[str]:
    """Revision ids of a script directory, oldest first."""
    script = ScriptDirectory.from_config(alembic_config(script_location))
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


def _user_tables(connection: Connection) -> list[str]:
    rows = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
    )
    return [name for (name,) in rows]


def _row_counts(connection: Connection) -> dict[str, int]:
    return {
        table: connection.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar_one()
        for table in _user_tables(connection)
    }


def _verify(connection: Connection, counts_before: dict[str, int]) -> None:
    if connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
        raise MigrationCheckError("foreign_key_check found orphaned rows")
    if connection.exec_driver_sql("PRAGMA integrity_check").fetchall() != [("ok",)]:
        raise MigrationCheckError("integrity_check failed")
    counts_after = _row_counts(connection)
    changed = [
        table
        for table, count in counts_before.items()
        if table in counts_after and counts_after[table] != count
    ]
    if changed:
        raise MigrationCheckError(f"row counts changed in {', '.join(sorted(changed))}")


def _run(connection: Connection, config: Config, target: str) -> str:
    counts_before = _row_counts(connection)
    config.attributes["connection"] = connection
    command.upgrade(config, target)
    revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
    connection.exec_driver_sql(f"PRAGMA user_version = {generation_of(revision)}")
    _verify(connection, counts_before)
    return str(revision)


def upgrade_database(
    path: Path, *, script_location: Path = MIGRATIONS_DIR, target: str = "head"
) -> str:
    """Upgrade the database at ``path`` to ``target`` in one transaction; returns the revision."""
    engine = writing(make_engine(path, foreign_keys=False))
    try:
        with storage_errors(str(path)), engine.connect() as connection:
            try:
                with connection.begin():
                    revision = _run(connection, alembic_config(script_location), target)
            except StorageError:
                raise
            except Exception as error:
                logger.error("migration rolled back: %s", type(error).__name__)
                raise StorageError(StorageProblem.MIGRATION_FAILED, str(path)) from error
    finally:
        engine.dispose()
    logger.info("database upgraded to revision %s", revision)
    return revision
