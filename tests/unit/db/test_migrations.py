"""Migrations: the shipped chain matches the models; an upgrade is backed up first and is all
or nothing; foreign keys are off while tables are rebuilt, so no child row is lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import tracker.db.models  # noqa: F401  (registers the tables)
from tests.unit.db.helpers import fingerprint, migrations_with, raw
from tracker.db.backup import list_backups
from tracker.db.engine import make_engine
from tracker.db.header import read_header
from tracker.db.migrate import script_revisions
from tracker.db.opening import open_database
from tracker.db.schema import SHIPPED
from tracker.domain.enums import Stage
from tracker.domain.errors import StorageError, StorageProblem
from tracker.domain.records import ApplicationCreate
from tracker.services.applications import ApplicationService


def test_shipped_revision_list_matches_the_migrations_folder() -> None:
    assert tuple(script_revisions(SHIPPED.script_location)) == SHIPPED.revisions


def _not_search_index(name: str | None, kind: str, _parent: object) -> bool:
    """The FTS5 index tables are made by hand in the migrations, not by the models."""
    return not (kind == "table" and name is not None and name.startswith("search_"))


def test_models_and_migrations_describe_the_same_schema(migrated_template: Path) -> None:
    engine = make_engine(migrated_template)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": _not_search_index}
        )
        assert compare_metadata(context, SQLModel.metadata) == []
    engine.dispose()


@pytest.fixture
def populated(migrated_template: Path, tmp_path: Path) -> Path:
    """A database at the shipped head with two applications, their events and a note."""
    path = tmp_path / "data" / "pivot.db"
    path.parent.mkdir()
    shutil.copy2(migrated_template, path)
    database = open_database(path, tmp_path / "data" / "backups")
    service = ApplicationService(database)
    first = service.create(ApplicationCreate(company_name="字节跳动", role_title="AI训练师"))
    service.create(ApplicationCreate(company_name="智谱AI", role_title="Prompt工程师"))
    service.change_state(first.id, Stage.SCREENING)
    service.add_note(first.id, "HR 说下周给反馈")
    database.close()
    return path


def _counts(path: Path) -> dict[str, int]:
    connection = raw(path)
    tables = ["company", "job_application", "stage_event", "note"]
    counts = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    connection.close()
    return counts


NEXT = f"{SHIPPED.generation + 1:04d}"  # a revision this version does not know yet
ADD_COLUMN = (
    'op.add_column("job_application", sa.Column("source_file", sa.String(), nullable=True))'
)


def test_upgrade_makes_a_verified_backup_first_and_keeps_every_row(populated: Path, tmp_path):
    backups = populated.parent / "backups"
    before = _counts(populated)
    migrations = migrations_with(tmp_path, {NEXT: ADD_COLUMN})
    open_database(populated, backups, migrations=migrations).close()

    [backup] = list_backups(backups)
    assert f"-s{SHIPPED.generation}-pre-migration" in backup.name
    assert _counts(backup) == before, "the backup holds the data as it was before the upgrade"
    assert read_header(populated).user_version == SHIPPED.generation + 1
    assert _counts(populated) == before
    columns = [row[1] for row in raw(populated).execute("PRAGMA table_info(job_application)")]
    assert "source_file" in columns


def test_failed_upgrade_rolls_back_completely(populated: Path, tmp_path: Path) -> None:
    failing = ADD_COLUMN + '\nop.create_table("half_done", sa.Column("id", sa.Integer()))\n' \
        'raise RuntimeError("migration bug")'  # fmt: skip
    migrations = migrations_with(tmp_path, {NEXT: failing})
    with pytest.raises(StorageError) as caught:
        open_database(populated, populated.parent / "backups", migrations=migrations)
    assert caught.value.problem is StorageProblem.MIGRATION_FAILED
    connection = raw(populated)
    columns = [row[1] for row in connection.execute("PRAGMA table_info(job_application)")]
    tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master")]
    assert "source_file" not in columns and "half_done" not in tables
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
        SHIPPED.head,
    )
    assert connection.execute("PRAGMA user_version").fetchone() == (SHIPPED.generation,)
    connection.close()
    # The shipped version still opens it, with everything in place.
    open_database(populated, populated.parent / "backups").close()


def test_upgrade_that_loses_rows_is_refused(populated: Path, tmp_path: Path) -> None:
    migrations = migrations_with(tmp_path, {NEXT: 'op.execute("DELETE FROM note")'})
    before = _counts(populated)
    with pytest.raises(StorageError):
        open_database(populated, populated.parent / "backups", migrations=migrations)
    assert _counts(populated) == before


def test_rebuilding_a_parent_table_keeps_its_cascade_children(populated: Path, tmp_path):
    rebuild = (
        'with op.batch_alter_table("job_application", recreate="always") as batch:\n'
        '    batch.add_column(sa.Column("source_file", sa.String(), nullable=True))'
    )
    before = _counts(populated)
    migrations = migrations_with(tmp_path, {NEXT: rebuild})
    open_database(populated, populated.parent / "backups", migrations=migrations).close()
    assert _counts(populated) == before, "stage events and notes survive the table rebuild"
    connection = raw(populated)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()


def test_newer_than_this_version_after_an_upgrade_elsewhere(populated: Path, tmp_path: Path):
    """A file upgraded by a newer Pivot (0002) is refused by this one, untouched."""
    migrations = migrations_with(tmp_path, {NEXT: ADD_COLUMN})
    open_database(populated, populated.parent / "backups", migrations=migrations).close()
    before = fingerprint(populated)
    with pytest.raises(StorageError) as caught:
        open_database(populated, populated.parent / "backups")
    assert caught.value.problem is StorageProblem.NEWER_SCHEMA
    assert fingerprint(populated) == before
