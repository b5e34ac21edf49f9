"""Documents: résumés, portfolios and cover letters with their versions, and which version went
with which application and when.

The free-text "résumé sent" of each application becomes a version sent: every different text
becomes a version, labelled with the text, of one résumé ("简历 Résumé") kept without a file,
sent with each application that named it on the day it was applied for. The column goes.

Revision ID: 0012
Revises: 0011
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MIGRATED_TITLE = "简历 Résumé"


def _create_tables() -> None:
    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_table(
        "document_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column(
            "document_id",
            sa.Integer(),
            sa.ForeignKey("document.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=True),
        sa.Column("link", sa.String(length=2000), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("file_hash", sa.String(length=64), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("file_size", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_document_version_document_id", "document_version", ["document_id"])
    op.create_index("ix_document_version_file_hash", "document_version", ["file_hash"])
    op.create_table(
        "application_document",
        sa.Column(
            "application_id",
            sa.Integer(),
            sa.ForeignKey("job_application.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "version_id",
            sa.Integer(),
            sa.ForeignKey("document_version.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("application_id", "version_id"),
    )
    op.create_index(
        "ix_application_document_version_id", "application_document", ["version_id"]
    )


def _migrate_resume_texts(connection: sa.Connection) -> None:
    rows = connection.exec_driver_sql(
        "SELECT id, resume_version, applied_on FROM job_application"
        " WHERE trim(resume_version) <> '' ORDER BY id"
    ).fetchall()
    if not rows:
        return
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    connection.exec_driver_sql(
        "INSERT INTO document (uuid, kind, title, notes, created_at, updated_at)"
        " VALUES (?, 'resume', ?, '', ?, ?)",
        (str(uuid.uuid4()), MIGRATED_TITLE, now, now),
    )
    document = connection.exec_driver_sql("SELECT last_insert_rowid()").scalar_one()
    versions: dict[str, int] = {}
    for application, text, applied_on in rows:
        label = text.strip()
        if label not in versions:
            connection.exec_driver_sql(
                "INSERT INTO document_version (uuid, document_id, label, added_on, link, notes,"
                " file_name, media_type, created_at) VALUES (?, ?, ?, ?, '', '', '', '', ?)",
                (str(uuid.uuid4()), document, label, applied_on, now),
            )
            versions[label] = connection.exec_driver_sql("SELECT last_insert_rowid()").scalar_one()
        connection.exec_driver_sql(
            "INSERT INTO application_document (application_id, version_id, sent_on)"
            " VALUES (?, ?, ?)",
            (application, versions[label], applied_on),
        )


def upgrade() -> None:
    _create_tables()
    connection = op.get_bind()
    _migrate_resume_texts(connection)
    connection.exec_driver_sql("ALTER TABLE job_application DROP COLUMN resume_version")


def downgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql(
        "ALTER TABLE job_application ADD COLUMN resume_version VARCHAR(200) NOT NULL DEFAULT ''"
    )
    # The label of a résumé version sent (the latest sent) comes back as the text.
    connection.exec_driver_sql(
        "UPDATE job_application SET resume_version = coalesce((SELECT substr(v.label, 1, 200)"
        " FROM application_document AS s JOIN document_version AS v ON v.id = s.version_id"
        " JOIN document AS d ON d.id = v.document_id AND d.kind = 'resume'"
        " WHERE s.application_id = job_application.id"
        " ORDER BY s.sent_on DESC LIMIT 1), '')"
    )
    op.drop_table("application_document")
    op.drop_index("ix_document_version_file_hash", "document_version")
    op.drop_index("ix_document_version_document_id", "document_version")
    op.drop_table("document_version")
    op.drop_table("document")
