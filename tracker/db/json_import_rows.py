"""Writing a Pivot JSON document into a database, inside the one session the import owns:
applications already present (by uuid) are skipped with everything under them, new ones are
written with every value from the file; companies are matched by uuid, then by name; the
pipeline takes the file's names, order and flags; stories, benchmarks and contacts already
present are skipped."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlmodel import Session, col, select

from tracker.db import document_store, search_index
from tracker.db.json_tables import CHUNK, new_row
from tracker.db.models import (
    ApplicationDocument,
    Company,
    Contact,
    ContactApplication,
    Document,
    DocumentVersion,
    ImportBatch,
    InterviewQuestion,
    InterviewRound,
    JobApplication,
    NegotiationStep,
    Note,
    Offer,
    OwnBenchmark,
    OwnStory,
    PipelineStage,
    PostingSnapshot,
    StageEvent,
    new_uuid,
    utc_now,
)
from tracker.domain import json_document as doc
from tracker.domain.enums import Relation, Stage
from tracker.domain.json_document import (
    ApplicationEntry,
    ContactEntry,
    PipelineEntry,
    PivotDocument,
    Values,
)
from tracker.domain.text import match_key


def present_uuids(session: Session, model: type[Any], uuids: Iterable[str]) -> set[str]:
    """Which of these uuids a table already holds (in the trash or not)."""
    wanted = list(dict.fromkeys(uuids))
    found: set[str] = set()
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found.update(session.exec(select(model.uuid).where(model.uuid.in_(chunk))).all())
    return found


def known_stage_keys(session: Session) -> set[str]:
    return set(session.exec(select(PipelineStage.key)).all()) | {stage.value for stage in Stage}


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
        for start in range(0, len(companies), CHUNK)
        for row in session.exec(
            select(Company).where(
                col(Company.uuid).in_([v["uuid"] for v in companies[start : start + CHUNK]])
            )
        ).all()
    }
    keys = list({match_key(str(v["name"])) for v in companies})
    by_key = {
        row.name_key: row
        for start in range(0, len(keys), CHUNK)
        for row in session.exec(
            select(Company).where(col(Company.name_key).in_(keys[start : start + CHUNK]))
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
                row = new_row(Company, values, name_key=key)
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
        for start in range(0, len(entries), CHUNK)
        for row in session.exec(
            select(Contact).where(
                col(Contact.uuid).in_([e.uuid for e in entries[start : start + CHUNK]])
            )
        ).all()
    }
    written: dict[str, Contact] = {}
    for entry in entries:
        if entry.uuid in present:
            continue
        company = companies[entry.company_uuid] if entry.company_uuid else None
        row = new_row(
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
    present = present_uuids(session, model, (str(v["uuid"]) for v in records))
    for values in records:
        if values["uuid"] not in present:
            session.add(new_row(model, values, import_batch_id=batch_id))


def _insert_questions(
    session: Session, rounds: Sequence[tuple[InterviewRound, Sequence[Values]]], uuids: _Uuids
) -> list[InterviewQuestion]:
    questions: list[InterviewQuestion] = []
    for row, records in rounds:
        assert row.id is not None
        for values in records:
            question = new_row(InterviewQuestion, uuids.claim(values), round_id=row.id)
            session.add(question)
            questions.append(question)
    session.flush()
    return questions


def _insert_children(
    session: Session, applications: Sequence[tuple[JobApplication, ApplicationEntry]]
) -> tuple[list[Note], list[PostingSnapshot], list[InterviewRound], list[InterviewQuestion]]:
    """Stage events, notes, postings, rounds (with their questions) and offers of new
    applications."""

    def uuids(model: type[Any], records: Iterable[Values]) -> _Uuids:
        return _Uuids(present_uuids(session, model, (str(v["uuid"]) for v in records)))

    entries = [entry for _, entry in applications]
    event_uuids = uuids(StageEvent, (v for e in entries for v in e.stage_events))
    note_uuids = uuids(Note, (v for e in entries for v in e.notes))
    posting_uuids = uuids(PostingSnapshot, (v for e in entries for v in e.postings))
    round_uuids = uuids(InterviewRound, (r.values for e in entries for r in e.interview_rounds))
    question_uuids = uuids(
        InterviewQuestion, (q for e in entries for r in e.interview_rounds for q in r.questions)
    )
    offer_uuids = uuids(Offer, (v for e in entries for v in e.offers))
    notes: list[Note] = []
    postings: list[PostingSnapshot] = []
    rounds: list[tuple[InterviewRound, Sequence[Values]]] = []
    for application, entry in applications:
        assert application.id is not None
        parent = application.id
        session.add_all(
            new_row(StageEvent, event_uuids.claim(v), application_id=parent)
            for v in entry.stage_events
        )
        notes.extend(new_row(Note, note_uuids.claim(v), application_id=parent) for v in entry.notes)
        postings.extend(
            new_row(PostingSnapshot, posting_uuids.claim(v), application_id=parent)
            for v in entry.postings
        )
        rounds.extend(
            (
                new_row(InterviewRound, round_uuids.claim(r.values), application_id=parent),
                r.questions,
            )
            for r in entry.interview_rounds
        )
        session.add_all(
            new_row(Offer, offer_uuids.claim(v), application_id=parent) for v in entry.offers
        )
    session.add_all(notes)
    session.add_all(postings)
    session.add_all(row for row, _ in rounds)
    session.flush()
    questions = _insert_questions(session, rounds, question_uuids)
    return notes, postings, [row for row, _ in rounds], questions


def _negotiation_steps(session: Session, document: PivotDocument) -> None:
    """The steps not there yet, each with its offer (written now, or there already)."""
    entries = document.negotiation_steps
    if not entries:
        return
    present = present_uuids(session, NegotiationStep, (entry.uuid for entry in entries))
    wanted = list({entry.offer_uuid for entry in entries})
    offers = {
        uuid: id_
        for start in range(0, len(wanted), CHUNK)
        for uuid, id_ in session.exec(
            select(Offer.uuid, Offer.id).where(col(Offer.uuid).in_(wanted[start : start + CHUNK]))
        ).all()
    }
    session.add_all(
        new_row(NegotiationStep, entry.values, offer_id=offers[entry.offer_uuid])
        for entry in entries
        if entry.uuid not in present and entry.offer_uuid in offers
    )


def _ids_by_uuid(session: Session, model: type[Any], uuids: Sequence[str]) -> dict[str, int]:
    return {
        uuid: id_
        for start in range(0, len(uuids), CHUNK)
        for uuid, id_ in session.exec(
            select(model.uuid, model.id).where(col(model.uuid).in_(uuids[start : start + CHUNK]))
        ).all()
    }


def _documents(session: Session, document: PivotDocument) -> dict[str, int]:
    """The documents and versions not there yet; returns every version's id by uuid (those
    there already keep what they hold)."""
    documents = _ids_by_uuid(session, Document, [str(v["uuid"]) for v in document.documents])
    new_documents = [
        new_row(Document, v) for v in document.documents if str(v["uuid"]) not in documents
    ]
    session.add_all(new_documents)
    session.flush()
    documents.update((row.uuid, row.id) for row in new_documents if row.id is not None)
    entries = document.document_versions
    versions = _ids_by_uuid(session, DocumentVersion, [entry.uuid for entry in entries])
    new_versions = [
        new_row(DocumentVersion, entry.values, document_id=documents[entry.document_uuid])
        for entry in entries
        if entry.uuid not in versions
    ]
    session.add_all(new_versions)
    session.flush()
    versions.update((row.uuid, row.id) for row in new_versions if row.id is not None)
    return versions


def _sent(
    session: Session,
    applications: Sequence[tuple[JobApplication, ApplicationEntry]],
    versions: Mapping[str, int],
) -> None:
    """Which versions went with each new application; an older file's "résumé sent" text
    becomes a résumé version sent on the day of applying."""
    session.add_all(
        ApplicationDocument(application_id=row.id, version_id=versions[uuid], sent_on=day)
        for row, entry in applications
        if row.id is not None
        for uuid, day in entry.versions_sent.items()
        if uuid in versions
    )
    session.flush()
    document_store.send_resume_labels(
        session.connection(),
        [
            (row.id, entry.resume_text, row.applied_on)
            for row, entry in applications
            if row.id is not None and entry.resume_text and not entry.versions_sent
        ],
    )


def _reindex(session: Session, kind: str, ids: Iterable[int | None]) -> None:
    wanted = [id_ for id_ in ids if id_ is not None]
    connection = session.connection()
    for start in range(0, len(wanted), CHUNK):
        search_index.reindex(connection, kind, wanted[start : start + CHUNK])


def write_document(session: Session, document: PivotDocument, *, source_name: str) -> int:
    """Write what a checked document adds to the database the session writes; returns the id
    of the ``ImportBatch`` that records it (the new applications carry it)."""
    present = present_uuids(session, JobApplication, (e.uuid for e in document.applications))
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
        row = new_row(JobApplication, entry.values, company_id=company.id, import_batch_id=batch.id)
        session.add(row)
        applications.append((row, entry))
    session.flush()
    session.add_all(
        ContactApplication(
            contact_id=contacts[uuid],
            application_id=row.id,
            relation=Relation.of(entry.contact_relations.get(uuid, "")).value,
        )
        for row, entry in applications
        if row.id is not None
        for uuid in dict.fromkeys(entry.contact_uuids)
    )
    notes, postings, rounds, questions = _insert_children(session, applications)
    _negotiation_steps(session, document)
    _sent(session, applications, _documents(session, document))
    _own_records(session, OwnStory, document.own_stories, batch.id)
    _own_records(session, OwnBenchmark, document.own_benchmarks, batch.id)
    session.flush()
    _reindex(session, "company", (row.id for row in created_companies))
    _reindex(session, "application", (row.id for row, _ in applications))
    _reindex(session, "note", (row.id for row in notes))
    _reindex(session, "posting", (row.id for row in postings))
    _reindex(session, "round", (row.id for row in rounds))
    _reindex(session, "question", (row.id for row in questions))
    _reindex(session, "contact", contacts.values())
    assert batch.id is not None
    return batch.id
