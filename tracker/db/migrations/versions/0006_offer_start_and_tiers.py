"""An offer states when the job starts, how the first year's extra months are paid, and the
medical tier in a city that has tiers.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("offer", sa.Column("start_month", sa.Integer(), nullable=True))
    op.add_column(
        "offer",
        sa.Column(
            "bonus_proration", sa.String(length=10), nullable=False, server_default="prorated"
        ),
    )
    op.add_column("offer", sa.Column("medical_tier", sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("offer") as batch:
        batch.drop_column("medical_tier")
        batch.drop_column("bonus_proration")
        batch.drop_column("start_month")
