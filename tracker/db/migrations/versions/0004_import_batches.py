"""Imports recorded as batches, so that one import can be undone (and redone) as a whole.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The records an import creates and its undo takes back.
_TAGGED = ("job_application", "contact", "own_story", "own_benchmark")


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("source_name", sa.String(length=300), nullable=False),
        sa.Column("format", sa.String(length=40), nullable=False),
        sa.Column("created_count", sa.Integer(), nullable=False),
        sa.Column("merged_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_table(
        "import_merge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["import_batch.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["application_id"], ["job_application.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_import_merge_batch_id", "import_merge", ["batch_id"])
    # A plain column (SQLite cannot add a foreign key without rebuilding the table, and
    # rebuilding a parent table is what the migration rules avoid).
    for table in _TAGGED:
        op.add_column(table, sa.Column("import_batch_id", sa.Integer(), nullable=True))
        op.create_index(f"ix_{table}_import_batch_id", table, ["import_batch_id"])


def downgrade() -> None:
    for table in _TAGGED:
        op.drop_index(f"ix_{table}_import_batch_id", table)
        op.drop_column(table, "import_batch_id")
    op.drop_index("ix_import_merge_batch_id", "import_merge")
    op.drop_table("import_merge")
    op.drop_table("import_batch")
