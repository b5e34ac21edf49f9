"""Initial schema: every core record of a job hunt.

Companies, applications with their stage history, interview rounds and the questions asked,
offers, contacts and notes. All datetimes are stored in UTC.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 15:39:44.543521
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "company",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=2000), nullable=True),
        sa.Column("industry", sa.String(length=200), nullable=True),
        sa.Column("size", sa.String(length=100), nullable=True),
        sa.Column("funding_stage", sa.String(length=100), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name_key"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("wechat", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_company_id"), ["company_id"], unique=False)

    op.create_table(
        "job_application",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("role_title", sa.String(length=300), nullable=False),
        sa.Column("role_category", sa.String(length=40), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("work_mode", sa.String(length=20), nullable=True),
        sa.Column("hiring_track", sa.String(length=20), nullable=False),
        sa.Column("channel", sa.String(length=40), nullable=True),
        sa.Column("referral_code", sa.String(length=100), nullable=True),
        sa.Column("job_url", sa.String(length=2000), nullable=True),
        sa.Column("job_description", sa.Text(), nullable=False),
        sa.Column("salary_text", sa.String(length=200), nullable=False),
        sa.Column("salary_min", sa.Float(), nullable=True),
        sa.Column("salary_max", sa.Float(), nullable=True),
        sa.Column("salary_period", sa.String(length=10), nullable=True),
        sa.Column("salary_months", sa.Integer(), nullable=True),
        sa.Column("salary_currency", sa.String(length=3), nullable=True),
        sa.Column("salary_issue", sa.String(length=40), nullable=True),
        sa.Column("applied_on", sa.Date(), nullable=True),
        sa.Column("priority", sa.String(length=10), nullable=False),
        sa.Column("excitement", sa.Integer(), nullable=True),
        sa.Column("current_stage", sa.String(length=60), nullable=False),
        sa.Column("outcome", sa.String(length=40), nullable=True),
        sa.Column("stage_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("next_action", sa.String(length=500), nullable=False),
        sa.Column("next_action_due", sa.Date(), nullable=True),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("resume_version", sa.String(length=200), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("job_application", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_job_application_company_id"), ["company_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_job_application_current_stage"), ["current_stage"], unique=False
        )
        batch_op.create_index(
            "ix_job_application_listing", ["deleted_at", "archived"], unique=False
        )

    op.create_table(
        "contact_application",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["job_application.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("contact_id", "application_id"),
    )
    with op.batch_alter_table("contact_application", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_application_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "interview_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("round_name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("scheduled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("location", sa.String(length=500), nullable=False),
        sa.Column("meeting_link", sa.String(length=2000), nullable=False),
        sa.Column("interviewers", sa.String(length=1000), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("prep_notes", sa.Text(), nullable=False),
        sa.Column("reflection", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["application_id"], ["job_application.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("interview_round", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interview_round_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interview_round_scheduled_at"), ["scheduled_at"], unique=False
        )

    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["application_id"], ["job_application.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_note_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "offer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("reply_deadline", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("salary_text", sa.String(length=200), nullable=False),
        sa.Column("monthly_base", sa.Float(), nullable=True),
        sa.Column("months_per_year", sa.Float(), nullable=False),
        sa.Column("bonus_months", sa.Float(), nullable=True),
        sa.Column("bonus_amount", sa.Float(), nullable=True),
        sa.Column("bonus_expected_payout", sa.Float(), nullable=False),
        sa.Column("sign_on_bonus", sa.Float(), nullable=True),
        sa.Column("equity_value", sa.Float(), nullable=True),
        sa.Column("equity_vesting_years", sa.Integer(), nullable=True),
        sa.Column("monthly_allowances", sa.Float(), nullable=True),
        sa.Column("contribution_base", sa.String(length=20), nullable=False),
        sa.Column("social_insurance_base", sa.Float(), nullable=True),
        sa.Column("housing_fund_base", sa.Float(), nullable=True),
        sa.Column("housing_fund_rate", sa.Float(), nullable=True),
        sa.Column("probation_months", sa.Integer(), nullable=True),
        sa.Column("probation_pay_ratio", sa.Float(), nullable=True),
        sa.Column("work_schedule", sa.String(length=20), nullable=False),
        sa.Column("weekly_hours", sa.Float(), nullable=True),
        sa.Column("commute_minutes", sa.Integer(), nullable=True),
        sa.Column("non_compete", sa.Boolean(), nullable=False),
        sa.Column("outsourced", sa.Boolean(), nullable=False),
        sa.Column("hukou_support", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("rating_interest", sa.Integer(), nullable=True),
        sa.Column("rating_learning", sa.Integer(), nullable=True),
        sa.Column("rating_growth", sa.Integer(), nullable=True),
        sa.Column("rating_team", sa.Integer(), nullable=True),
        sa.Column("rating_stability", sa.Integer(), nullable=True),
        sa.Column("rating_work_life", sa.Integer(), nullable=True),
        sa.Column("rating_commute", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["application_id"], ["job_application.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("offer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_offer_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "stage_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("from_stage", sa.String(length=60), nullable=True),
        sa.Column("from_outcome", sa.String(length=40), nullable=True),
        sa.Column("to_stage", sa.String(length=60), nullable=False),
        sa.Column("to_outcome", sa.String(length=40), nullable=True),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["job_application.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("stage_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_stage_event_timeline", ["application_id", "occurred_at"], unique=False
        )

    op.create_table(
        "interview_question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("my_answer", sa.Text(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("rating", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["round_id"], ["interview_round.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("interview_question", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interview_question_round_id"), ["round_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("interview_question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_question_round_id"))

    op.drop_table("interview_question")
    with op.batch_alter_table("stage_event", schema=None) as batch_op:
        batch_op.drop_index("ix_stage_event_timeline")

    op.drop_table("stage_event")
    with op.batch_alter_table("offer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offer_application_id"))

    op.drop_table("offer")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_application_id"))

    op.drop_table("note")
    with op.batch_alter_table("interview_round", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_round_scheduled_at"))
        batch_op.drop_index(batch_op.f("ix_interview_round_application_id"))

    op.drop_table("interview_round")
    with op.batch_alter_table("contact_application", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_application_application_id"))

    op.drop_table("contact_application")
    with op.batch_alter_table("job_application", schema=None) as batch_op:
        batch_op.drop_index("ix_job_application_listing")
        batch_op.drop_index(batch_op.f("ix_job_application_current_stage"))
        batch_op.drop_index(batch_op.f("ix_job_application_company_id"))

    op.drop_table("job_application")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_company_id"))

    op.drop_table("contact")
    op.drop_table("company")
