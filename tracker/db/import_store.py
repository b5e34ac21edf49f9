"""Writes and reads of imports inside a session the caller owns: the batch, the applications an
import created and the ones it filled in, and what is already there (to find duplicates)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, update
from sqlmodel import Session, col, select

from tracker.db.models import (
    Company,
    Contact,
    ImportBatch,
    ImportMerge,
    JobApplication,
    Note,
    OwnBenchmark,
    OwnStory,
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


def batch_note_ids(session: Session, batch_id: int) -> list[int]:
    """The notes of the applications a batch created."""
    query = (
        select(Note.id)
        .join(JobApplication, col(JobApplication.id) == col(Note.application_id))
        .where(col(JobApplication.import_batch_id) == batch_id)
    )
    return [int(id_) for id_ in session.exec(query).all() if id_ is not None]


def batch_merges(session: Session, batch_id: int) -> Sequence[ImportMerge]:
    return session.exec(select(ImportMerge).where(col(ImportMerge.batch_id) == batch_id)).all()


def next_ids(session: Session) -> dict[str, int]:
    """The next free key of each table a bulk import writes (inside its write transaction, which
    holds the write lock, so no one else can take them)."""
    connection = session.connection()
    return {
        table: int(connection.exec_driver_sql(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")
                   .scalar_one())
        for table in ("company", "job_application", "stage_event", "note")
    }  # fmt: skip


_TABLES = {
    "company": Company.__table__,  # type: ignore[attr-defined]
    "job_application": JobApplication.__table__,  # type: ignore[attr-defined]
    "stage_event": StageEvent.__table__,  # type: ignore[attr-defined]
    "note": Note.__table__,  # type: ignore[attr-defined]
}


def insert_rows(session: Session, table: str, rows: Sequence[dict[str, object]]) -> None:
    """Many rows of one table in one statement (executemany), every column given."""
    if rows:
        session.execute(insert(_TABLES[table]), list(rows))


# Tables whose records an import creates and its undo sends to the trash.
TAGGED_TABLES = ("job_application", "contact", "own_story", "own_benchmark")
_TAGGED_MODELS: dict[str, Any] = {
    "job_application": JobApplication,
    "contact": Contact,
    "own_story": OwnStory,
    "own_benchmark": OwnBenchmark,
}


def set_batch_deleted(
    session: Session, table: str, batch_id: int, *, was: datetime | None, now: datetime | None
) -> None:
    """Send a batch's records of one table to the trash (``now``), or bring back exactly those
    its undo sent there (``now`` None, ``was`` the undo's time stamp)."""
    model = _TAGGED_MODELS[table]
    query = update(model).where(col(model.import_batch_id) == batch_id)
    if now is None:
        query = query.where(col(model.deleted_at) == was)
    else:
        query = query.where(col(model.deleted_at).is_(None))
    session.exec(query.values(deleted_at=now))


def delete_events(session: Session, event_ids: Sequence[int]) -> None:
    """Moves a merge added, removed again by its undo (they exist nowhere else)."""
    for start in range(0, len(event_ids), 500):
        session.exec(
            delete(StageEvent).where(col(StageEvent.id).in_(event_ids[start : start + 500]))
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


def revive_companies(session: Session, company_ids: set[int]) -> None:
    """Companies in the trash that an import gave an application again come back."""
    if company_ids:
        session.exec(
            update(Company)
            .where(col(Company.id).in_(sorted(company_ids)), col(Company.deleted_at).is_not(None))
            .values(deleted_at=None)
        )
