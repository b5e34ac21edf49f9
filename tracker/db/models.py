"""The tables of a Pivot database.

Every record has an integer key for joins and a stable UUID that exports, calendar events and a
later sync use to recognise it. Datetimes are aware and stored in UTC; plain dates stay dates.
Enumerated values are stored as their stable string keys (see ``tracker.domain.enums``); columns
are plain text so that user-defined stages can be added without rebuilding tables.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, date, datetime

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, Text
from sqlmodel import Field, SQLModel


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


def _uuid_field() -> str:
    return Field(default_factory=new_uuid, max_length=36, unique=True, nullable=False)  # type: ignore[no-any-return]


def _text(*, required: bool = False) -> str:
    """Free text of any length (notes, descriptions)."""
    if required:
        return Field(sa_type=Text)  # type: ignore[no-any-return]
    return Field(default="", sa_type=Text)  # type: ignore[no-any-return]


def _parent(table: str, *, on_delete: str, nullable: bool = False) -> int:
    return Field(  # type: ignore[no-any-return]
        sa_column=Column(
            Integer, ForeignKey(f"{table}.id", ondelete=on_delete), nullable=nullable, index=True
        )
    )


class Company(SQLModel, table=True):
    __tablename__ = "company"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    name: str = Field(max_length=200)
    # NFKC + casefold of the name: 字节跳动 / ＡＢＣ / abc are one company each.
    name_key: str = Field(max_length=200, unique=True)
    website: str | None = Field(default=None, max_length=2000)
    industry: str | None = Field(default=None, max_length=200)
    size: str | None = Field(default=None, max_length=100)
    funding_stage: str | None = Field(default=None, max_length=100)
    city: str | None = Field(default=None, max_length=100)
    notes: str = _text()
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class JobApplication(SQLModel, table=True):
    __tablename__ = "job_application"
    __table_args__ = (Index("ix_job_application_listing", "deleted_at", "archived"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    company_id: int = _parent("company", on_delete="RESTRICT")
    role_title: str = Field(max_length=300)
    role_category: str = Field(default="other", max_length=40)
    city: str | None = Field(default=None, max_length=100)
    district: str = Field(default="", max_length=100)
    work_mode: str | None = Field(default=None, max_length=20)
    hiring_track: str = Field(default="experienced", max_length=20)
    channel: str | None = Field(default=None, max_length=40)
    referral_code: str | None = Field(default=None, max_length=100)
    # Who referred the user (a colleague, a friend, the recruiter who passed the résumé on).
    referred_by: str = Field(default="", max_length=100)
    job_url: str | None = Field(default=None, max_length=2000)
    job_description: str = _text()
    # The posted salary exactly as written, and what the parser made of it (null when it could
    # not; salary_issue then says why, e.g. "negotiable").
    salary_text: str = Field(default="", max_length=200)
    salary_min: float | None = None
    salary_max: float | None = None
    salary_period: str | None = Field(default=None, max_length=10)
    salary_months: int | None = None
    salary_currency: str | None = Field(default=None, max_length=3)
    salary_issue: str | None = Field(default=None, max_length=40)
    # What the posting asks for ("1-3年", "本科及以上"), as it words it.
    experience_asked: str = Field(default="", max_length=50)
    education_asked: str = Field(default="", max_length=50)
    applied_on: date | None = None
    priority: str = Field(default="medium", max_length=10)
    excitement: int | None = None
    # Denormalised from the latest stage event, written in the same transaction.
    current_stage: str = Field(default="wishlist", max_length=60, index=True)
    outcome: str | None = Field(default=None, max_length=40)
    stage_changed_at: datetime = Field(default_factory=utc_now)
    next_action: str = Field(default="", max_length=500)
    next_action_due: date | None = None
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    archived: bool = False
    # The import that created this application (undoing the import removes it again).
    import_batch_id: int | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class StageEvent(SQLModel, table=True):
    """One move of an application: the state before and after, when, and why."""

    __tablename__ = "stage_event"
    __table_args__ = (Index("ix_stage_event_timeline", "application_id", "occurred_at"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    application_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("job_application.id", ondelete="CASCADE"), nullable=False
        )
    )
    from_stage: str | None = Field(default=None, max_length=60)
    from_outcome: str | None = Field(default=None, max_length=40)
    to_stage: str = Field(max_length=60)
    to_outcome: str | None = Field(default=None, max_length=40)
    occurred_at: datetime = Field(default_factory=utc_now)
    note: str = _text()
    created_at: datetime = Field(default_factory=utc_now)


class InterviewRound(SQLModel, table=True):
    __tablename__ = "interview_round"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    application_id: int = _parent("job_application", on_delete="CASCADE")
    round_name: str = Field(max_length=100)
    kind: str = Field(default="video", max_length=30)
    scheduled_at: datetime | None = Field(default=None, index=True)
    # IANA name of the zone the interview was arranged in, e.g. Asia/Shanghai.
    time_zone: str = Field(default="Asia/Shanghai", max_length=64)
    duration_minutes: int | None = None
    location: str = Field(default="", max_length=500)
    meeting_link: str = Field(default="", max_length=2000)
    interviewers: str = Field(default="", max_length=1000)
    status: str = Field(default="scheduled", max_length=20)
    outcome: str = Field(default="pending", max_length=20)
    prep_notes: str = _text()
    reflection: str = _text()
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class InterviewQuestion(SQLModel, table=True):
    __tablename__ = "interview_question"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    round_id: int = _parent("interview_round", on_delete="CASCADE")
    position: int = 0
    question: str = _text(required=True)
    my_answer: str = _text()
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    rating: str | None = Field(default=None, max_length=10)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class Offer(SQLModel, table=True):
    """An offer as the letter states it; amounts in yuan (or `currency`)."""

    __tablename__ = "offer"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    application_id: int = _parent("job_application", on_delete="CASCADE")
    received_on: date | None = None
    reply_deadline: date | None = None
    status: str = Field(default="pending", max_length=20)
    city: str | None = Field(default=None, max_length=100)
    currency: str = Field(default="CNY", max_length=3)
    salary_text: str = Field(default="", max_length=200)
    monthly_base: float | None = None
    months_per_year: float = 12
    bonus_months: float | None = None
    bonus_amount: float | None = None
    # Share of the stated bonus the user expects to be paid, 0..1.
    bonus_expected_payout: float = 1.0
    sign_on_bonus: float | None = None
    equity_value: float | None = None
    equity_vesting_years: int | None = None
    monthly_allowances: float | None = None
    contribution_base: str = Field(default="full_salary", max_length=20)
    social_insurance_base: float | None = None
    housing_fund_base: float | None = None
    housing_fund_rate: float | None = None
    probation_months: int | None = None
    probation_pay_ratio: float | None = None
    work_schedule: str = Field(default="five_day", max_length=20)
    weekly_hours: float | None = None
    commute_minutes: int | None = None
    non_compete: bool = False
    outsourced: bool = False
    hukou_support: bool = False
    # The month the job starts (1–12; None: not stated), how the first year's extra months
    # are paid ("prorated" or "full"), and the medical tier where the city has tiers.
    start_month: int | None = None
    bonus_proration: str = Field(default="prorated", max_length=10)
    medical_tier: str | None = Field(default=None, max_length=10)
    notes: str = _text()
    rating_interest: int | None = None
    rating_learning: int | None = None
    rating_growth: int | None = None
    rating_team: int | None = None
    rating_stability: int | None = None
    rating_work_life: int | None = None
    rating_commute: int | None = None
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class NegotiationStep(SQLModel, table=True):
    """One ask or counter in negotiating an offer: the terms on the table at that step (None:
    as the offer states it), who put them there, when, and a note."""

    __tablename__ = "negotiation_step"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    offer_id: int = _parent("offer", on_delete="CASCADE")
    # "ask" (the user asked for these terms) or "counter" (the company offered them).
    side: str = Field(default="ask", max_length=10)
    occurred_on: date | None = None
    salary_text: str = Field(default="", max_length=200)
    monthly_base: float | None = None
    months_per_year: float | None = None
    bonus_months: float | None = None
    sign_on_bonus: float | None = None
    equity_value: float | None = None
    note: str = _text()
    created_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class Document(SQLModel, table=True):
    """A résumé, portfolio, cover letter or other material the user sends, with its versions."""

    __tablename__ = "document"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    kind: str = Field(default="resume", max_length=20)
    title: str = Field(max_length=200)
    notes: str = _text()
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class DocumentVersion(SQLModel, table=True):
    """One version of a document: a file kept in the data folder under its SHA-256, a link, or
    only a label (a version sent from elsewhere)."""

    __tablename__ = "document_version"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    document_id: int = _parent("document", on_delete="CASCADE")
    label: str = Field(max_length=200)
    added_on: date | None = None
    link: str = Field(default="", max_length=2000)
    notes: str = _text()
    file_hash: str | None = Field(default=None, max_length=64, index=True)
    file_name: str = Field(default="", max_length=255)
    media_type: str = Field(default="", max_length=100)
    file_size: int | None = None
    created_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class ApplicationDocument(SQLModel, table=True):
    """A version sent with an application, and the day it went."""

    __tablename__ = "application_document"

    application_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("job_application.id", ondelete="CASCADE"), primary_key=True
        )
    )
    version_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("document_version.id", ondelete="CASCADE"),
            primary_key=True,
            index=True,
        )
    )
    sent_on: date | None = None


class Contact(SQLModel, table=True):
    __tablename__ = "contact"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    name: str = Field(max_length=200)
    company_id: int | None = _parent("company", on_delete="SET NULL", nullable=True)
    role: str = Field(default="", max_length=200)
    # Where the user met them ("a friend's referral", "WAIC 2026", "a LinkedIn message").
    how_met: str = Field(default="", max_length=200)
    email: str = Field(default="", max_length=320)
    phone: str = Field(default="", max_length=50)
    wechat: str = Field(default="", max_length=100)
    linkedin: str = Field(default="", max_length=2000)
    notes: str = _text()
    last_contact_on: date | None = None
    # A day to get back in touch: it comes up on the Agenda.
    follow_up_on: date | None = Field(default=None, index=True)
    # The import that created this record (undoing the import takes it back).
    import_batch_id: int | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class ContactApplication(SQLModel, table=True):
    """Which contacts belong to which applications (a recruiter may handle several)."""

    __tablename__ = "contact_application"

    contact_id: int = Field(
        sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True)
    )
    application_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("job_application.id", ondelete="CASCADE"),
            primary_key=True,
            index=True,
        )
    )
    # What they are to this application: a tracker.domain.people.Relation value.
    relation: str = Field(default="other", max_length=20)


class Note(SQLModel, table=True):
    __tablename__ = "note"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    application_id: int = _parent("job_application", on_delete="CASCADE")
    body: str = _text(required=True)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class PostingSnapshot(SQLModel, table=True):
    """A job posting as the user captured it: its text, and its HTML stripped of everything
    that runs, loads or links. Kept because boards take postings down."""

    __tablename__ = "posting_snapshot"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    application_id: int = _parent("job_application", on_delete="CASCADE")
    text: str = _text(required=True)
    html: str = _text()
    # Where it came from: a board's key ("boss", "liepin"…), "other", or a file's name.
    source: str = Field(default="", max_length=300)
    link: str = Field(default="", max_length=2000)
    captured_at: datetime = Field(default_factory=utc_now)
    created_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class ReminderState(SQLModel, table=True):
    """What became of a reminder (reminders themselves are worked out from the records): shown
    (or dismissed as done), or snoozed until a moment. Kept in the database so that neither a
    restart nor a second copy of Pivot on the file shows it again."""

    __tablename__ = "reminder_state"

    key: str = Field(primary_key=True, max_length=300)
    shown_at: datetime | None = None
    snoozed_until: datetime | None = None


class PipelineStage(SQLModel, table=True):
    """One stage of the user's pipeline: a built-in one (key = its Stage value) or their own
    (key "custom-…"). Stages are never deleted once used, only hidden, so history stays whole."""

    __tablename__ = "pipeline_stage"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    key: str = Field(max_length=60, unique=True)
    # The user's own name; None shows the built-in stage's translated name.
    name: str | None = Field(default=None, max_length=100)
    position: int = 0
    hidden: bool = False
    # Days of silence after which an application in this stage is probably ghosted.
    ghost_after_days: int | None = None
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class OwnStory(SQLModel, table=True):
    """A story of the user's own (a friend's move, an article they read), shown beside their
    applications like the curated ones; with one figure and where it came from."""

    __tablename__ = "own_story"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    title: str = Field(max_length=200)
    origin_field: str = Field(default="other", max_length=20)
    origin: str = Field(default="", max_length=200)
    target_role: str = Field(default="", max_length=200)
    role_category: str = Field(default="other", max_length=40)
    year: int | None = None
    city: str | None = Field(default=None, max_length=100)
    summary: str = _text()
    lessons: str = _text()  # one a line
    figure_low: float | None = None
    figure_high: float | None = None
    figure_period: str | None = Field(default=None, max_length=10)
    figure_months: int | None = None
    source_title: str = Field(default="", max_length=300)
    source_url: str = Field(default="", max_length=2000)
    source_date: str = Field(default="", max_length=20)
    # The import that created this record (undoing the import takes it back).
    import_batch_id: int | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class OwnBenchmark(SQLModel, table=True):
    """A pay figure of the user's own (a friend's offer, a new report), shown beside offers like
    the curated ones."""

    __tablename__ = "own_benchmark"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    role: str = Field(max_length=200)
    role_category: str = Field(default="other", max_length=40)
    city: str | None = Field(default=None, max_length=100)
    low: float
    high: float
    period: str = Field(default="month", max_length=10)
    months_per_year: int | None = None
    year: int
    note: str = _text()
    source_title: str = Field(default="", max_length=300)
    source_url: str = Field(default="", max_length=2000)
    source_date: str = Field(default="", max_length=20)
    # The import that created this record (undoing the import takes it back).
    import_batch_id: int | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    deleted_at: datetime | None = None


class ImportBatch(SQLModel, table=True):
    """One import from a file: undone as a whole, redone as a whole."""

    __tablename__ = "import_batch"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    source_name: str = Field(max_length=300)
    format: str = Field(max_length=40)
    created_count: int = 0
    merged_count: int = 0
    created_at: datetime = Field(default_factory=utc_now)
    undone_at: datetime | None = None


class ImportMerge(SQLModel, table=True):
    """An existing application an import filled in: its fields before and after, so that the
    import's undo puts back exactly what was there."""

    __tablename__ = "import_merge"

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = _parent("import_batch", on_delete="CASCADE")
    application_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("job_application.id", ondelete="CASCADE"), nullable=False
        )
    )
    before: dict[str, object] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    after: dict[str, object] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
