"""A whole database as the values of a Pivot JSON document, read in one session."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from tracker.db.json_tables import SPECS
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
    NegotiationStep,
    Note,
    Offer,
    OwnBenchmark,
    OwnStory,
    PipelineStage,
    PostingSnapshot,
    StageEvent,
)
from tracker.domain import json_document as doc


def encode(row: Any, section: str) -> dict[str, object]:
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
    postings = _by_parent(_live(_all(session, PostingSnapshot)), "application_id")
    rounds = _by_parent(_live(_all(session, InterviewRound)), "application_id")
    questions = _by_parent(_live(_all(session, InterviewQuestion)), "round_id")
    offers = _by_parent(_live(_all(session, Offer)), "application_id")
    live_ids = {a.id for a in applications}
    offer_uuids = {
        offer.id: offer.uuid
        for parent, children in offers.items()
        if parent in live_ids
        for offer in children
    }
    contacts: list[Contact] = _live(_all(session, Contact))
    contact_uuids = {contact.id: contact.uuid for contact in contacts}
    links: dict[int, dict[str, str]] = defaultdict(dict)
    for link in session.exec(select(ContactApplication)).all():
        if link.contact_id in contact_uuids:
            links[link.application_id][contact_uuids[link.contact_id]] = link.relation
    documents: list[Document] = _live(_all(session, Document))
    document_uuids = {row.id: row.uuid for row in documents}
    versions: list[DocumentVersion] = [
        row for row in _live(_all(session, DocumentVersion)) if row.document_id in document_uuids
    ]
    version_uuids = {row.id: row.uuid for row in versions}
    sent: dict[int, dict[str, object]] = defaultdict(dict)
    for item in session.exec(select(ApplicationDocument)).all():
        if item.version_id in version_uuids:
            day = item.sent_on.isoformat() if item.sent_on else None
            sent[item.application_id][version_uuids[item.version_id]] = day
    companies: dict[int, Company] = {row.id: row for row in _all(session, Company)}
    # Companies in the trash still go out when a live record belongs to them.
    used = {a.company_id for a in applications} | {c.company_id for c in contacts}
    company_records = [
        encode(row, doc.COMPANIES)
        for id_, row in companies.items()
        if row.deleted_at is None or id_ in used
    ]

    def application(row: JobApplication) -> dict[str, object]:
        record = encode(row, doc.APPLICATIONS)
        record[doc.COMPANY_UUID] = companies[row.company_id].uuid
        record[doc.STAGE_EVENTS] = [encode(e, doc.STAGE_EVENTS) for e in events[row.id or 0]]
        record[doc.NOTES] = [encode(n, doc.NOTES) for n in notes[row.id or 0]]
        record[doc.POSTINGS] = [encode(p, doc.POSTINGS) for p in postings[row.id or 0]]
        record[doc.INTERVIEW_ROUNDS] = [
            {
                **encode(r, doc.INTERVIEW_ROUNDS),
                doc.QUESTIONS: [encode(q, doc.QUESTIONS) for q in questions[r.id]],
            }
            for r in rounds[row.id or 0]
        ]
        record[doc.OFFERS] = [encode(o, doc.OFFERS) for o in offers[row.id or 0]]
        record[doc.CONTACT_UUIDS] = sorted(links[row.id or 0])
        record[doc.CONTACT_RELATIONS] = dict(sorted(links[row.id or 0].items()))
        record[doc.VERSIONS_SENT] = dict(sorted(sent[row.id or 0].items()))
        return record

    def contact(row: Contact) -> dict[str, object]:
        company = companies.get(row.company_id) if row.company_id is not None else None
        return {
            **encode(row, doc.CONTACTS),
            doc.COMPANY_UUID: company.uuid if company else None,
        }

    return {
        **doc.envelope(exported_at),
        doc.PIPELINE: _pipeline_records(session),
        doc.COMPANIES: company_records,
        doc.APPLICATIONS: [application(row) for row in applications],
        doc.OWN_STORIES: [encode(r, doc.OWN_STORIES) for r in _live(_all(session, OwnStory))],
        doc.OWN_BENCHMARKS: [
            encode(r, doc.OWN_BENCHMARKS) for r in _live(_all(session, OwnBenchmark))
        ],
        doc.CONTACTS: [contact(row) for row in contacts],
        doc.NEGOTIATION_STEPS: [
            {**encode(step, doc.NEGOTIATION_STEPS), doc.OFFER_UUID: offer_uuids[step.offer_id]}
            for step in _live(_all(session, NegotiationStep))
            if step.offer_id in offer_uuids
        ],
        doc.DOCUMENTS: [encode(row, doc.DOCUMENTS) for row in documents],
        doc.DOCUMENT_VERSIONS: [
            {
                **encode(row, doc.DOCUMENT_VERSIONS),
                doc.DOCUMENT_UUID: document_uuids[row.document_id],
            }
            for row in versions
        ],
    }
