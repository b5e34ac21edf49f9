"""Pivot's own JSON file: a lossless export of a database, and its import into another.

The export holds every live record (nothing in the trash) with every column, records referring
to one another by uuid; each kind in the order the database wrote it, so that an import writes
them in the same order. Importing that file into an empty database and exporting again gives
the same file, apart from ``exported_at``. The document's layout is described in
``tracker.domain.json_document``.

An import is one transaction, recorded as an ``ImportBatch``: applications already present
(by uuid) are skipped with everything under them, new ones are written with every value from
the file; companies are matched by uuid, then by name; the pipeline takes the file's names,
order and flags; stories, benchmarks and contacts already present are skipped.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, TypeDecorator
from sqlalchemy.types import TypeEngine
from sqlmodel import Session, SQLModel, col, select

from tracker.db import search_index
from tracker.db.atomic_file import file_problem, write_atomically
from tracker.db.database import Database
from tracker.db.models import (
    Company,
    Contact,
    ContactApplication,
    ImportBatch,
    InterviewQuestion,
    InterviewRound,
    JobApplication,
    Note,
    Offer,
    OwnBenchmark,
    OwnStory,
    PipelineStage,
    StageEvent,
    new_uuid,
    utc_now,
)
from tracker.domain import json_document as doc
from tracker.domain.enums import Stage
from tracker.domain.errors import FileError, FileProblem
from tracker.domain.json_checks import checked, unknown_fields
from tracker.domain.json_document import (
    ApplicationEntry,
    ColumnSpec,
    ContactEntry,
    JsonPreview,
    PipelineEntry,
    PivotDocument,
    ValueKind,
    Values,
)
from tracker.domain.text import match_key

TABLES: dict[str, type[SQLModel]] = {
    doc.COMPANIES: Company,
    doc.APPLICATIONS: JobApplication,
    doc.STAGE_EVENTS: StageEvent,
    doc.NOTES: Note,
    doc.INTERVIEW_ROUNDS: InterviewRound,
    doc.QUESTIONS: InterviewQuestion,
    doc.OFFERS: Offer,
    doc.CONTACTS: Contact,
    doc.OWN_STORIES: OwnStory,
    doc.OWN_BENCHMARKS: OwnBenchmark,
}
# Integer keys (they differ between databases; uuids stand for them), the import that wrote a
# record, and the trash flag (nothing in the trash is exported).
NOT_EXPORTED = frozenset(
    {"id", "company_id", "application_id", "round_id", "import_batch_id", "deleted_at"}
)
# Exported, but worked out again on import rather than trusted.
_DERIVED = frozenset({"name_key"})
# How many values one IN (…) list holds.
_CHUNK = 500

_Row = TypeVar("_Row", bound=SQLModel)

_KINDS: tuple[tuple[type[TypeEngine[Any]], ValueKind], ...] = (
    (JSON, ValueKind.TAGS),
    (Boolean, ValueKind.BOOLEAN),
    (DateTime, ValueKind.DATETIME),
    (Date, ValueKind.DATE),
    (Integer, ValueKind.INTEGER),
    (Float, ValueKind.REAL),
    (String, ValueKind.TEXT),
)


def _new(model: type[_Row], values: Values, **links: object) -> _Row:
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
            or (column.name not in _DERIVED and model.model_fields[column.name].is_required()),
        )
        for column in table.columns
        if column.name not in NOT_EXPORTED
    )


SPECS: dict[str, tuple[ColumnSpec, ...]] = {
    section: columns_of(model) for section, model in TABLES.items()
}


# --- Export -----------------------------------------------------------------------------------


def _encode(row: Any, section: str) -> dict[str, object]:
    columns = SPECS[section]
    return doc.encode_record({c.name: getattr(row, c.name) for c in columns}, columns)


def _all(session: Session, model: type[Any]) -> list[Any]:
    """Every row of a table in the order it was written."""
    return list(session.exec(select(model).order_by(model.id)).all())


def _live(rows: Iterable[Any]) -> list[Any]:
    return [row for row in rows if getattr(row, "deleted_at", None) is None]


def _by_parent(rows: Iterable[Any], parent: str) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[getattr(row, parent)].append(row)
    return grouped


def _pipeline_records(session: Session) -> list[dict[str, object]]:
    rows = session.exec(
        select(PipelineStage).order_by(col(PipelineStage.position), col(PipelineStage.id))
    ).all()
    return [
        {
            "key": row.key,
            "name": row.name,
            "position": row.position,
            "hidden": row.hidden,
            "ghost_after_days": row.ghost_after_days,
        }
        for row in rows
    ]


def document_of(session: Session, exported_at: datetime) -> dict[str, object]:
    """The whole document of the database the session reads, as JSON values."""
    applications: list[JobApplication] = _live(_all(session, JobApplication))
    events = _by_parent(_all(session, StageEvent), "application_id")
    notes = _by_parent(_live(_all(session, Note)), "application_id")
    rounds = _by_parent(_live(_all(session, InterviewRound)), "application_id")
    questions = _by_parent(_live(_all(session, InterviewQuestion)), "round_id")
    offers = _by_parent(_live(_all(session, Offer)), "application_id")
    contacts: list[Contact] = _live(_all(session, Contact))
    contact_uuids = {contact.id: contact.uuid for contact in contacts}
    links: dict[int, list[str]] = defaultdict(list)
    for link in session.exec(select(ContactApplication)).all():
        if link.contact_id in contact_uuids:
            links[link.application_id].append(contact_uuids[link.contact_id])
    companies: dict[int, Company] = {row.id: row for row in _all(session, Company)}
    # Companies in the trash still go out when a live record belongs to them.
    used = {a.company_id for a in applications} | {c.company_id for c in contacts}
    company_records = [
        _encode(row, doc.COMPANIES)
        for id_, row in companies.items()
        if row.deleted_at is None or id_ in used
    ]

    def application(row: JobApplication) -> dict[str, object]:
        record = _encode(row, doc.APPLICATIONS)
        record[doc.COMPANY_UUID] = companies[row.company_id].uuid
        record[doc.STAGE_EVENTS] = [_encode(e, doc.STAGE_EVENTS) for e in events[row.id or 0]]
        record[doc.NOTES] = [_encode(n, doc.NOTES) for n in notes[row.id or 0]]
        record[doc.INTERVIEW_ROUNDS] = [
            {
                **_encode(r, doc.INTERVIEW_ROUNDS),
                doc.QUESTIONS: [_encode(q, doc.QUESTIONS) for q in questions[r.id]],
            }
            for r in rounds[row.id or 0]
        ]
        record[doc.OFFERS] = [_encode(o, doc.OFFERS) for o in offers[row.id or 0]]
        record[doc.CONTACT_UUIDS] = sorted(links[row.id or 0])
        return record

    def contact(row: Contact) -> dict[str, object]:
        company = companies.get(row.company_id) if row.company_id is not None else None
        return {
            **_encode(row, doc.CONTACTS),
            doc.COMPANY_UUID: company.uuid if company else None,
        }

    return {
        **doc.envelope(exported_at),
        doc.PIPELINE: _pipeline_records(session),
        doc.COMPANIES: company_records,
        doc.APPLICATIONS: [application(row) for row in applications],
        doc.OWN_STORIES: [_encode(r, doc.OWN_STORIES) for r in _live(_all(session, OwnStory))],
        doc.OWN_BENCHMARKS: [
            _encode(r, doc.OWN_BENCHMARKS) for r in _live(_all(session, OwnBenchmark))
        ],
        doc.CONTACTS: [contact(row) for row in contacts],
    }


def export_json(database: Database, path: Path, *, now: datetime | None = None) -> int:
    """Write the whole database to ``path`` as one Pivot JSON document, replacing any file there
    only once the new one is complete. Returns how many applications it holds.

    Raises:
        FileError: the file could not be written.
        StorageError: the database could not be read.
    """
    with database.read_session() as session:
        document = document_of(session, now or datetime.now(UTC))
    write_atomically(path, doc.document_bytes(document), database=database.path)
    applications = document[doc.APPLICATIONS]
    assert isinstance(applications, list)
    return len(applications)


# --- Reading a file ---------------------------------------------------------------------------


def read_document(path: Path) -> PivotDocument:
    """Read and check a Pivot JSON file (the whole of it, before anything is written).

    Raises:
        FileError: NOT_PIVOT_JSON for anything but a Pivot document (other JSON, broken JSON,
            another kind of file); NEWER_PIVOT_JSON for a newer Pivot's document this one cannot
            read (one it can is read for what it knows, its other fields named in
            ``unknown_fields``); the kind of fault when the
            file cannot be read (NOT_A_FILE for a pipe or a device, never opened).
    """
    from tracker.services.import_table import regular_file

    regular_file(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise FileError(file_problem(error), str(path)) from error
    try:
        raw = json.loads(data.decode("utf-8-sig"), parse_constant=_no_such_number)
        document = doc.parse_document(raw, SPECS)
    except doc.NewerDocumentError as error:
        raise FileError(FileProblem.NEWER_PIVOT_JSON, str(path)) from error
    except (ValueError, RecursionError) as error:  # JSON, UTF-8 and document errors alike
        raise FileError(FileProblem.NOT_PIVOT_JSON, str(path)) from error
    return replace(document, unknown_fields=unknown_fields(raw, SPECS))


def _no_such_number(name: str) -> float:
    """NaN and Infinity are not JSON: Pivot would store them and then write files no other
    program reads."""
    raise ValueError(f"{name} is not a number JSON has")


# --- Import -----------------------------------------------------------------------------------


def _present(session: Session, model: type[Any], uuids: Iterable[str]) -> set[str]:
    """Which of these uuids a table already holds (in the trash or not)."""
    wanted = list(dict.fromkeys(uuids))
    found: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found.update(session.exec(select(model.uuid).where(model.uuid.in_(chunk))).all())
    return found


def _stage_keys(session: Session) -> set[str]:
    return set(session.exec(select(PipelineStage.key)).all()) | {stage.value for stage in Stage}


def preview_json(database: Database, document: PivotDocument) -> JsonPreview:
    """What ``import_json`` would add to this database, what it would skip, and the records it
    leaves out because the forms would refuse them."""
    with database.read_session() as session:
        document, left_out = checked(document, _stage_keys(session))
        preview = doc.preview_of(
            document,
            present_applications=_present(
                session, JobApplication, (entry.uuid for entry in document.applications)
            ),
            present_stories=_present(
                session, OwnStory, (str(v["uuid"]) for v in document.own_stories)
            ),
            present_benchmarks=_present(
                session, OwnBenchmark, (str(v["uuid"]) for v in document.own_benchmarks)
            ),
            present_contacts=_present(
                session, Contact, (entry.uuid for entry in document.contacts)
            ),
        )
    return replace(
        preview,
        version=document.version,
        unknown_fields=document.unknown_fields,
        left_out=left_out,
    )


class _Uuids:
    """The uuids of one table as an import writes it: the file's own, unless the database (or
    an earlier record of this import) already has it, when the record gets a new one."""

    def __init__(self, taken: set[str]) -> None:
        self._taken = taken

    def claim(self, values: Values) -> dict[str, object]:
        uuid = str(values["uuid"])
        if uuid in self._taken:
            uuid = new_uuid()
        self._taken.add(uuid)
        return {**values, "uuid": uuid}


def _merge_pipeline(session: Session, entries: Sequence[PipelineEntry]) -> None:
    """Into a database without applications (a new Pivot, a restore), the file's stages come
    whole: names, order and flags. Into one in use, only stages it lacks are added: the user's
    own names and order stay as they are."""
    existing = {row.key: row for row in session.exec(select(PipelineStage)).all()}
    in_use = session.exec(select(JobApplication.id).limit(1)).first() is not None
    for entry in entries:
        if in_use and entry.key in existing:
            continue
        row = existing.get(entry.key) or PipelineStage(key=entry.key)
        wanted = (entry.name, entry.position, entry.hidden, entry.ghost_after_days)
        current = (row.name, row.position, row.hidden, row.ghost_after_days)
        if row.id is not None and current == wanted:
            continue
        row.name, row.position, row.hidden, row.ghost_after_days = wanted
        row.updated_at = utc_now()
        session.add(row)


def _companies(
    session: Session, companies: Sequence[Values]
) -> tuple[dict[str, Company], list[Company]]:
    """The database's company for each company of the file (found by uuid, then by name, else
    written with the file's values), and those written."""
    by_uuid = {
        row.uuid: row
        for start in range(0, len(companies), _CHUNK)
        for row in session.exec(
            select(Company).where(
                col(Company.uuid).in_([v["uuid"] for v in companies[start : start + _CHUNK]])
            )
        ).all()
    }
    keys = list({match_key(str(v["name"])) for v in companies})
    by_key = {
        row.name_key: row
        for start in range(0, len(keys), _CHUNK)
        for row in session.exec(
            select(Company).where(col(Company.name_key).in_(keys[start : start + _CHUNK]))
        ).all()
    }
    found: dict[str, Company] = {}
    created: list[Company] = []
    for values in companies:
        row = by_uuid.get(str(values["uuid"]))
        if row is None:
            key = match_key(str(values["name"]))
            row = by_key.get(key)
            if row is None:
                row = _new(Company, values, name_key=key)
                session.add(row)
                by_key[key] = row
                created.append(row)
        found[str(values["uuid"])] = row
    session.flush()
    return found, created


def _contacts(
    session: Session,
    entries: Sequence[ContactEntry],
    companies: Mapping[str, Company],
    batch_id: int | None,
) -> dict[str, int]:
    """The database id of each contact of the file: the one present with its uuid, or the one
    written now."""
    present = {
        row.uuid: row
        for start in range(0, len(entries), _CHUNK)
        for row in session.exec(
            select(Contact).where(
                col(Contact.uuid).in_([e.uuid for e in entries[start : start + _CHUNK]])
            )
        ).all()
    }
    written: dict[str, Contact] = {}
    for entry in entries:
        if entry.uuid in present:
            continue
        company = companies[entry.company_uuid] if entry.company_uuid else None
        row = _new(
            Contact, entry.values, company_id=company.id if company else None,
            import_batch_id=batch_id,
        )  # fmt: skip
        session.add(row)
        written[entry.uuid] = row
    session.flush()
    rows = {**present, **written}
    return {uuid: row.id for uuid, row in rows.items() if row.id is not None}


def _own_records(
    session: Session, model: type[Any], records: Sequence[Values], batch_id: int | None
) -> None:
    present = _present(session, model, (str(v["uuid"]) for v in records))
    for values in records:
        if values["uuid"] not in present:
            session.add(_new(model, values, import_batch_id=batch_id))


def _insert_questions(
    session: Session, rounds: Sequence[tuple[InterviewRound, Sequence[Values]]], uuids: _Uuids
) -> list[InterviewQuestion]:
    questions: list[InterviewQuestion] = []
    for row, records in rounds:
        assert row.id is not None
        for values in records:
            question = _new(InterviewQuestion, uuids.claim(values), round_id=row.id)
            session.add(question)
            questions.append(question)
    session.flush()
    return questions


def _insert_children(
    session: Session, applications: Sequence[tuple[JobApplication, ApplicationEntry]]
) -> tuple[list[Note], list[InterviewRound], list[InterviewQuestion]]:
    """Stage events, notes, rounds (with their questions) and offers of new applications."""

    def uuids(model: type[Any], records: Iterable[Values]) -> _Uuids:
        return _Uuids(_present(session, model, (str(v["uuid"]) for v in records)))

    entries = [entry for _, entry in applications]
    event_uuids = uuids(StageEvent, (v for e in entries for v in e.stage_events))
    note_uuids = uuids(Note, (v for e in entries for v in e.notes))
    round_uuids = uuids(InterviewRound, (r.values for e in entries for r in e.interview_rounds))
    question_uuids = uuids(
        InterviewQuestion, (q for e in entries for r in e.interview_rounds for q in r.questions)
    )
    offer_uuids = uuids(Offer, (v for e in entries for v in e.offers))
    notes: list[Note] = []
    rounds: list[tuple[InterviewRound, Sequence[Values]]] = []
    for application, entry in applications:
        assert application.id is not None
        parent = application.id
        session.add_all(
            _new(StageEvent, event_uuids.claim(v), application_id=parent)
            for v in entry.stage_events
        )
        notes.extend(_new(Note, note_uuids.claim(v), application_id=parent) for v in entry.notes)
        rounds.extend(
            (_new(InterviewRound, round_uuids.claim(r.values), application_id=parent), r.questions)
            for r in entry.interview_rounds
        )
        session.add_all(
            _new(Offer, offer_uuids.claim(v), application_id=parent) for v in entry.offers
        )
    session.add_all(notes)
    session.add_all(row for row, _ in rounds)
    session.flush()
    return notes, [row for row, _ in rounds], _insert_questions(session, rounds, question_uuids)


def _reindex(session: Session, kind: str, ids: Iterable[int | None]) -> None:
    wanted = [id_ for id_ in ids if id_ is not None]
    connection = session.connection()
    for start in range(0, len(wanted), _CHUNK):
        search_index.reindex(connection, kind, wanted[start : start + _CHUNK])


def import_json(database: Database, document: PivotDocument, *, source_name: str) -> int:
    """Write what the document adds to the database in one transaction, all or nothing, leaving
    out the records the forms would refuse (``preview_json`` lists them); returns the id of the
    ``ImportBatch`` that records it (the new applications carry it).

    Raises:
        StorageError: the database could not be written (nothing was).
    """
    with database.write_session() as session:
        document, _left_out = checked(document, _stage_keys(session))
        present = _present(session, JobApplication, (e.uuid for e in document.applications))
        new = [entry for entry in document.applications if entry.uuid not in present]
        batch = ImportBatch(
            source_name=source_name[:300], format=doc.IMPORT_FORMAT, created_count=len(new)
        )
        session.add(batch)
        session.flush()
        _merge_pipeline(session, document.pipeline)
        companies, created_companies = _companies(session, document.companies)
        contacts = _contacts(session, document.contacts, companies, batch.id)
        applications: list[tuple[JobApplication, ApplicationEntry]] = []
        for entry in new:
            company = companies[entry.company_uuid]
            assert company.id is not None
            if company.deleted_at is not None:
                company.deleted_at = None  # a company in the trash takes new applications back
                session.add(company)
            row = _new(
                JobApplication, entry.values, company_id=company.id, import_batch_id=batch.id
            )
            session.add(row)
            applications.append((row, entry))
        session.flush()
        session.add_all(
            ContactApplication(contact_id=contacts[uuid], application_id=row.id)
            for row, entry in applications
            if row.id is not None
            for uuid in dict.fromkeys(entry.contact_uuids)
        )
        notes, rounds, questions = _insert_children(session, applications)
        _own_records(session, OwnStory, document.own_stories, batch.id)
        _own_records(session, OwnBenchmark, document.own_benchmarks, batch.id)
        session.flush()
        _reindex(session, "company", (row.id for row in created_companies))
        _reindex(session, "application", (row.id for row, _ in applications))
        _reindex(session, "note", (row.id for row in notes))
        _reindex(session, "round", (row.id for row in rounds))
        _reindex(session, "question", (row.id for row in questions))
        assert batch.id is not None
        return batch.id
