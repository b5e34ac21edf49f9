"""Custom pipeline stages and the full-text search index.

pipeline_stage holds the user's stages (seeded with the seven built-in ones, in order, with the
default silence after which an application is probably ghosted); search_* are FTS5 tables over
companies, applications, notes, interview rounds and questions, filled from the existing rows.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from uuid import uuid4

import sqlalchemy as sa
from alembic import op

from tracker.db import search_index

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# key, days of silence before "probably ghosted" (None: never)
DEFAULT_STAGES = (
    ("wishlist", None),
    ("applied", 21),
    ("screening", 14),
    ("assessment", 10),
    ("interviewing", 14),
    ("offer", None),
    ("accepted", None),
)


def upgrade() -> None:
    table = op.create_table(
        "pipeline_stage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("ghost_after_days", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
        sa.UniqueConstraint("uuid"),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(
        table,
        [
            {
                "uuid": str(uuid4()),
                "key": key,
                "name": None,
                "position": position,
                "hidden": False,
                "ghost_after_days": days,
                "created_at": now,
                "updated_at": now,
            }
            for position, (key, days) in enumerate(DEFAULT_STAGES)
        ],
    )
    connection = op.get_bind()
    for table in _INDEXED_AT_0002:
        connection.exec_driver_sql(search_index.create_statement(table))
    for table, select in _INDEXED_AT_0002.items():
        search_index.fill(connection, table, select)


# What each index read at this revision, written out here: the live queries of search_index
# read the columns of the newest schema, which a file being upgraded does not have yet.
_INDEXED_AT_0002 = {
    "search_company": "SELECT id, name, coalesce(industry, ''), coalesce(city, ''), notes"
    " FROM company",
    "search_application": "SELECT a.id, a.role_title, c.name, coalesce(a.city, ''),"
    " a.job_description, a.tags, a.next_action, a.salary_text FROM job_application AS a"
    " JOIN company AS c ON c.id = a.company_id",
    "search_note": "SELECT id, body FROM note",
    "search_round": "SELECT id, round_name, interviewers, location, prep_notes, reflection"
    " FROM interview_round",
    "search_question": "SELECT id, question, my_answer, tags FROM interview_question",
}


def downgrade() -> None:
    for table in _INDEXED_AT_0002:
        op.execute(f"DROP TABLE {table}")
    op.drop_table("pipeline_stage")
