"""The tables a Pivot JSON document carries, and each column as the document writes it: which
columns go out, their kinds, which are required. The layout of the document itself is described
in ``tracker.domain.json_document``."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, TypeDecorator
from sqlalchemy.types import TypeEngine
from sqlmodel import SQLModel

from tracker.db.models import (
    Company,
    Contact,
    Document,
    DocumentVersion,
    InterviewQuestion,
    InterviewRound,
    JobApplication,
    NegotiationStep,
    Note,
    Offer,
    OwnBenchmark,
    OwnStory,
    PostingSnapshot,
    StageEvent,
)
from tracker.domain import json_document as doc
from tracker.domain.json_document import ColumnSpec, ValueKind, Values

TABLES: dict[str, type[SQLModel]] = {
    doc.COMPANIES: Company,
    doc.APPLICATIONS: JobApplication,
    doc.STAGE_EVENTS: StageEvent,
    doc.NOTES: Note,
    doc.POSTINGS: PostingSnapshot,
    doc.INTERVIEW_ROUNDS: InterviewRound,
    doc.QUESTIONS: InterviewQuestion,
    doc.OFFERS: Offer,
    doc.CONTACTS: Contact,
    doc.OWN_STORIES: OwnStory,
    doc.OWN_BENCHMARKS: OwnBenchmark,
    doc.NEGOTIATION_STEPS: NegotiationStep,
    doc.DOCUMENTS: Document,
    doc.DOCUMENT_VERSIONS: DocumentVersion,
}
# Integer keys (they differ between databases; uuids stand for them), the import that wrote a
# record, and the trash flag (nothing in the trash is exported).
NOT_EXPORTED = frozenset(
    {
        "id",
        "company_id",
        "application_id",
        "round_id",
        "offer_id",
        "document_id",
        "import_batch_id",
        "deleted_at",
    }
)
# Exported, but worked out again on import rather than trusted.
DERIVED = frozenset({"name_key"})
# How many values one IN (…) list holds.
CHUNK = 500

Row = TypeVar("Row", bound=SQLModel)

_KINDS: tuple[tuple[type[TypeEngine[Any]], ValueKind], ...] = (
    (JSON, ValueKind.TAGS),
    (Boolean, ValueKind.BOOLEAN),
    (DateTime, ValueKind.DATETIME),
    (Date, ValueKind.DATE),
    (Integer, ValueKind.INTEGER),
    (Float, ValueKind.REAL),
    (String, ValueKind.TEXT),
)


def new_row(model: type[Row], values: Values, **links: object) -> Row:
    """A row holding the file's values (and its links to rows of this database)."""
    fields: dict[str, Any] = {**values, **links}
    return model(**fields)


def _kind(column_type: TypeEngine[Any]) -> ValueKind:
    if isinstance(column_type, TypeDecorator):
        column_type = column_type.impl_instance
    for sql_type, kind in _KINDS:
        if isinstance(column_type, sql_type):
            return kind
    raise TypeError(f"no JSON form for column type {column_type!r}")


def columns_of(model: type[SQLModel]) -> tuple[ColumnSpec, ...]:
    """The columns of a table as the document carries them."""
    table: Any = model.__table__  # type: ignore[attr-defined]
    return tuple(
        ColumnSpec(
            name=column.name,
            kind=_kind(column.type),
            nullable=bool(column.nullable),
            required=column.name == "uuid"
            or (column.name not in DERIVED and model.model_fields[column.name].is_required()),
        )
        for column in table.columns
        if column.name not in NOT_EXPORTED
    )


SPECS: dict[str, tuple[ColumnSpec, ...]] = {
    section: columns_of(model) for section, model in TABLES.items()
}
