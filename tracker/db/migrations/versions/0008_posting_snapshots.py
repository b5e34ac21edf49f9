"""Captured job postings: their snapshots, and what a posting asks for.

posting_snapshot keeps a posting's text and sanitised HTML with the application it became,
search_posting indexes that text; an application gains its district and the experience and
education the posting asks for.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "posting_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column(
            "application_id",
            sa.Integer(),
            sa.ForeignKey("job_application.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("html", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("link", sa.String(length=2000), nullable=False),
        sa.Column("captured_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index(
        "ix_posting_snapshot_application_id", "posting_snapshot", ["application_id"]
    )
    op.get_bind().exec_driver_sql(
        "CREATE VIRTUAL TABLE search_posting"
        " USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for name, length in (("district", 100), ("experience_asked", 50), ("education_asked", 50)):
        op.add_column(
            "job_application",
            sa.Column(name, sa.String(length=length), nullable=False, server_default=""),
        )


def downgrade() -> None:
    with op.batch_alter_table("job_application") as batch:
        for name in ("district", "experience_asked", "education_asked"):
            batch.drop_column(name)
    op.get_bind().exec_driver_sql("DROP TABLE search_posting")
    op.drop_index("ix_posting_snapshot_application_id", "posting_snapshot")
    op.drop_table("posting_snapshot")
