"""Bulk writing of generated data (the demo, the large files that measure start-up), inside the
one session the caller owns: ids are handed out before anything is written, so that rows can
name their parents."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import func, insert
from sqlmodel import Session, SQLModel, col, select

from tracker.db import search_index
from tracker.db.models import (
    ApplicationDocument,
    Company,
    Contact,
    ContactApplication,
    Document,
    DocumentVersion,
    InterviewQuestion,
    InterviewRound,
    JobApplication,
    Note,
    Offer,
    StageEvent,
)

# The tables generated data fills, parents before children (the order rows are written in).
TABLES: dict[str, type[SQLModel]] = {
    "company": Company, "application": JobApplication, "event": StageEvent,
    "round": InterviewRound, "question": InterviewQuestion, "offer": Offer, "note": Note,
    "contact": Contact, "contact_link": ContactApplication, "document": Document,
    "version": DocumentVersion, "sent": ApplicationDocument,
}  # fmt: skip


def next_ids(session: Session) -> dict[str, Iterator[int]]:
    """Counters that continue after the largest id of each table."""
    counters: dict[str, Iterator[int]] = {}
    for name, model in TABLES.items():
        if model in (ContactApplication, ApplicationDocument):  # keyed by the two they link
            continue
        largest = session.exec(select(func.max(col(model.id)))).one()  # type: ignore[attr-defined]
        counters[name] = itertools.count((largest or 0) + 1)
    return counters


def company_ids(session: Session) -> dict[str, int]:
    """The companies already there: name key → id."""
    rows = session.exec(select(Company.name_key, Company.id)).all()
    return {key: id_ for key, id_ in rows if id_ is not None}


def insert_all(session: Session, batches: Mapping[str, Sequence[dict[str, Any]]]) -> None:
    """Write every batch (table name of ``TABLES`` → rows), then index everything again."""
    for name, model in TABLES.items():
        if batches.get(name):
            session.connection().execute(insert(model), list(batches[name]))
    search_index.rebuild(session.connection())
