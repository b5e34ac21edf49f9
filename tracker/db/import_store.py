"""Writes and reads of imports inside a session the caller owns: the batch, the applications an
import created and the ones it filled in, and what is already there (to find duplicates)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import update
from sqlmodel import Session, col, select

from tracker.db.models import (
    Company,
    ImportBatch,
    ImportMerge,
    JobApplication,
    Note,
    StageEvent,
)
from tracker.domain.text import match_key


def duplicate_key(company: str, role: str) -> tuple[str, str]:
    """Two applications are the same when their company and role read the same."""
    return match_key(company), match_key(role)


def existing_keys(session: Session) -> dict[tuple[str, str], int]:
    """(company, role) key → id of every application not in the trash."""
    rows = session.exec(
        select(Company.name, JobApplication.role_title, JobApplication.id)
        .join(Company, col(Company.id) == col(JobApplication.company_id))
        .where(col(JobApplication.deleted_at).is_(None))
    ).all()
    return {duplicate_key(name, role): int(id_) for name, role, id_ in rows if id_ is not None}


def companies_by_key(session: Session) -> dict[str, Company]:
    return {company.name_key: company for company in session.exec(select(Company)).all()}


def add_batch(session: Session, source_name: str, format_key: str) -> ImportBatch:
    batch = ImportBatch(source_name=source_name[:300], format=format_key)
    session.add(batch)
    session.flush()
    return batch


def get_batch(session: Session, batch_id: int) -> ImportBatch | None:
    return session.get(ImportBatch, batch_id)


def batch_applications(session: Session, batch_id: int) -> Sequence[JobApplication]:
    return session.exec(
        select(JobApplication).where(col(JobApplication.import_batch_id) == batch_id)
    ).all()


def batch_merges(session: Session, batch_id: int) -> Sequence[ImportMerge]:
    return session.exec(select(ImportMerge).where(col(ImportMerge.batch_id) == batch_id)).all()


def add_all(session: Session, records: Sequence[JobApplication | StageEvent | Note]) -> None:
    session.add_all(records)
    session.flush()


def set_deleted(session: Session, application_ids: Sequence[int], when: datetime | None) -> None:
    session.exec(
        update(JobApplication)
        .where(col(JobApplication.id).in_(application_ids))
        .values(deleted_at=when)
    )


def hide_empty_companies(session: Session, company_ids: set[int], when: datetime | None) -> None:
    """Companies left without an application outside the trash leave the search with them
    (``when`` None brings back the ones that have applications again)."""
    for company_id in company_ids:
        company = session.get(Company, company_id)
        if company is None:
            continue
        live = session.exec(
            select(JobApplication.id).where(
                col(JobApplication.company_id) == company_id,
                col(JobApplication.deleted_at).is_(None),
            )
        ).first()
        company.deleted_at = None if live is not None else (when or company.deleted_at)
        session.add(company)
