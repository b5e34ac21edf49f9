"""The captured postings of applications."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import col, select

from tracker.db import search_index
from tracker.db.models import PostingSnapshot
from tracker.db.session import Session
from tracker.domain.records import PostingCreate, PostingRead


def _read(row: PostingSnapshot) -> PostingRead:
    assert row.id is not None
    return PostingRead(
        id=row.id,
        uuid=row.uuid,
        application_id=row.application_id,
        text=row.text,
        html=row.html,
        source=row.source,
        link=row.link,
        captured_at=row.captured_at,
    )


def add_posting(
    session: Session, application_id: int, posting: PostingCreate, now: datetime
) -> PostingRead:
    """Keep a posting with its application, and index its text (in the same transaction)."""
    row = PostingSnapshot(
        application_id=application_id,
        text=posting.text,
        html=posting.html,
        source=posting.source[:300],
        link=posting.link[:2000],
        captured_at=now,
        created_at=now,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    search_index.reindex(session.connection(), "posting", [row.id])
    return _read(row)


def postings_of(session: Session, application_id: int) -> Sequence[PostingRead]:
    """The application's postings outside the trash, the newest first."""
    rows = session.exec(
        select(PostingSnapshot)
        .where(PostingSnapshot.application_id == application_id)
        .where(col(PostingSnapshot.deleted_at).is_(None))
        .order_by(col(PostingSnapshot.captured_at).desc(), col(PostingSnapshot.id).desc())
    ).all()
    return [_read(row) for row in rows]
