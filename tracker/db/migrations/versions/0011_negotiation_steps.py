"""An offer's negotiation: each ask and counter, with the terms on the table at that step.

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "negotiation_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column(
            "offer_id", sa.Integer(), sa.ForeignKey("offer.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("side", sa.String(length=10), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=True),
        sa.Column("salary_text", sa.String(length=200), nullable=False),
        sa.Column("monthly_base", sa.Float(), nullable=True),
        sa.Column("months_per_year", sa.Float(), nullable=True),
        sa.Column("bonus_months", sa.Float(), nullable=True),
        sa.Column("sign_on_bonus", sa.Float(), nullable=True),
        sa.Column("equity_value", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_negotiation_step_offer_id", "negotiation_step", ["offer_id"])


def downgrade() -> None:
    op.drop_index("ix_negotiation_step_offer_id", "negotiation_step")
    op.drop_table("negotiation_step")
