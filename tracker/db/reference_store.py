"""The user's own stories and pay figures, inside a session the caller owns."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from tracker.db.models import OwnBenchmark, OwnStory


def own_stories(session: Session) -> Sequence[OwnStory]:
    """The user's stories outside the trash, newest first."""
    return session.exec(
        select(OwnStory).where(col(OwnStory.deleted_at).is_(None)).order_by(col(OwnStory.id).desc())
    ).all()


def own_benchmarks(session: Session) -> Sequence[OwnBenchmark]:
    """The user's pay figures outside the trash, newest first."""
    return session.exec(
        select(OwnBenchmark)
        .where(col(OwnBenchmark.deleted_at).is_(None))
        .order_by(col(OwnBenchmark.id).desc())
    ).all()
