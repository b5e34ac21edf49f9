"""An application says who referred the user.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "job_application",
        sa.Column("referred_by", sa.String(length=100), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("job_application") as batch:
        batch.drop_column("referred_by")
