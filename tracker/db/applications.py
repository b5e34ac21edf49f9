"""Queries and writes on applications, their companies, stage events and notes, inside a session
the caller owns (one per user action)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from tracker.db.models import Company, JobApplication, Note, PipelineStage, StageEvent, utc_now
from tracker.domain.errors import NotFoundError
from tracker.domain.text import clean, match_key


def company_by_name(session: Session, name: str) -> Company | None:
    return session.exec(select(Company).where(Company.name_key == match_key(name))).first()


def get_or_create_company(session: Session, name: str) -> Company:
    company = company_by_name(session, name)
    if company is None:
        company = Company(name=clean(name), name_key=match_key(name))
        session.add(company)
        session.flush()
        return company
    if company.deleted_at is not None:
        company.deleted_at = None
    if company.name != clean(name):
        # The same company written another way (case, width): the latest spelling wins.
        company.name = clean(name)
        company.updated_at = utc_now()
    session.add(company)
    return company


def get_application(session: Session, application_id: int) -> JobApplication:
    application = session.get(JobApplication, application_id)
    if application is None:
        raise NotFoundError("application", application_id)
    return application


def company_of(session: Session, application: JobApplication) -> Company:
    company = session.get(Company, application.company_id)
    if company is None:
        raise NotFoundError("company", application.company_id)
    return company


def history(session: Session, application_id: int) -> Sequence[StageEvent]:
    return session.exec(
        select(StageEvent)
        .where(StageEvent.application_id == application_id)
        .order_by(col(StageEvent.occurred_at), col(StageEvent.id))
    ).all()


def notes(session: Session, application_id: int) -> Sequence[Note]:
    return session.exec(
        select(Note)
        .where(Note.application_id == application_id, col(Note.deleted_at).is_(None))
        .order_by(col(Note.created_at).desc(), col(Note.id).desc())
    ).all()


def record_stage_event(
    session: Session,
    application: JobApplication,
    *,
    to_stage: str,
    to_outcome: str | None,
    occurred_at: datetime,
    note: str = "",
) -> StageEvent:
    """Write one move and bring the application's current state up to date with it."""
    assert application.id is not None
    event = StageEvent(
        application_id=application.id,
        from_stage=application.current_stage,
        from_outcome=application.outcome,
        to_stage=to_stage,
        to_outcome=to_outcome,
        occurred_at=occurred_at,
        note=note,
    )
    session.add(event)
    application.current_stage = to_stage
    application.outcome = to_outcome
    application.stage_changed_at = occurred_at
    application.updated_at = utc_now()
    session.add(application)
    session.flush()
    return event


def first_stage_event(
    session: Session, application: JobApplication, *, occurred_at: datetime
) -> StageEvent:
    assert application.id is not None
    event = StageEvent(
        application_id=application.id,
        to_stage=application.current_stage,
        to_outcome=application.outcome,
        occurred_at=occurred_at,
    )
    session.add(event)
    session.flush()
    return event


def earliest_events(session: Session, application_id: int, count: int) -> Sequence[StageEvent]:
    return session.exec(
        select(StageEvent)
        .where(StageEvent.application_id == application_id)
        .order_by(col(StageEvent.occurred_at), col(StageEvent.id))
        .limit(count)
    ).all()


def latest_event(session: Session, application_id: int) -> StageEvent | None:
    return session.exec(
        select(StageEvent)
        .where(StageEvent.application_id == application_id)
        .order_by(col(StageEvent.occurred_at).desc(), col(StageEvent.id).desc())
    ).first()


def event_by_uuid(session: Session, uuid: str) -> StageEvent | None:
    return session.exec(select(StageEvent).where(StageEvent.uuid == uuid)).first()


def get_note(session: Session, note_id: int) -> Note:
    note = session.get(Note, note_id)
    if note is None:
        raise NotFoundError("note", note_id)
    return note


def stage_exists(session: Session, key: str) -> bool:
    return (
        session.exec(select(PipelineStage.id).where(PipelineStage.key == key)).first() is not None
    )


def application_ids_of_company(session: Session, company_id: int) -> list[int]:
    rows = session.exec(select(JobApplication.id).where(JobApplication.company_id == company_id))
    return [id_ for id_ in rows.all() if id_ is not None]
