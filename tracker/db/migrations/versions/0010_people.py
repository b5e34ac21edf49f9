"""People: what a contact is to each application, how the user met them, when they last spoke
and when to follow up; contacts become searchable.

contact gains how_met, linkedin, last_contact_on and follow_up_on; contact_application gains
the relation (referrer, recruiter, hiring manager, interviewer, peer, other); search_contact
indexes contacts like the other records.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.db import search_index

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_CONTACT_TEXTS = (
    "SELECT p.id, p.name, coalesce(c.name, ''), p.role, p.how_met, p.email, p.phone, p.wechat,"
    " p.notes FROM contact AS p LEFT JOIN company AS c ON c.id = p.company_id"
)


def upgrade() -> None:
    for name, length in (("how_met", 200), ("linkedin", 2000)):
        op.add_column(
            "contact", sa.Column(name, sa.String(length=length), nullable=False, server_default="")
        )
    for name in ("last_contact_on", "follow_up_on"):
        op.add_column("contact", sa.Column(name, sa.Date(), nullable=True))
    op.create_index("ix_contact_follow_up_on", "contact", ["follow_up_on"])
    op.add_column(
        "contact_application",
        sa.Column("relation", sa.String(length=20), nullable=False, server_default="other"),
    )
    connection = op.get_bind()
    connection.exec_driver_sql(search_index.create_statement("search_contact"))
    # Contacts an older Pivot kept (an imported file's) are found from now on; what the index
    # reads at this revision is written out here, not taken from the live queries.
    search_index.fill(connection, "search_contact", _CONTACT_TEXTS)


def downgrade() -> None:
    op.get_bind().exec_driver_sql("DROP TABLE search_contact")
    with op.batch_alter_table("contact_application") as batch:
        batch.drop_column("relation")
    op.drop_index("ix_contact_follow_up_on", "contact")
    with op.batch_alter_table("contact") as batch:
        for name in ("how_met", "linkedin", "last_contact_on", "follow_up_on"):
            batch.drop_column(name)
