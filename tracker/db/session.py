"""Units of work: one short session per service call, committed or rolled back as a whole."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlmodel import Session

from tracker.db.engine import writing
from tracker.db.errors import storage_errors

# The unit of work the services pass to the database layer's functions (they name its type
# from here, never from the ORM).
__all__ = ["Session", "read_session", "write_session"]


@contextmanager
def write_session(engine: Engine, path: str | None = None) -> Iterator[Session]:
    """A session whose transaction holds the write lock from its first statement; committed when
    the block ends, rolled back on any error. Objects stay readable after the commit."""
    with (
        storage_errors(path),
        Session(writing(engine), expire_on_commit=False) as session,
        session.begin(),
    ):
        yield session


@contextmanager
def read_session(engine: Engine, path: str | None = None) -> Iterator[Session]:
    with (
        storage_errors(path),
        Session(engine, expire_on_commit=False) as session,
        session.begin(),
    ):
        yield session
