"""Pivot's own JSON file: one document holding everything a database knows about a job hunt,
written by an export and read back, whole, by an import.

The document::

    {"format": "pivot", "version": 1, "exported_at": "…",
     "pipeline": [{"key", "name", "position", "hidden", "ghost_after_days"}, …],
     "companies": [{…every column…}, …],
     "applications": [{…every column…, "company_uuid",
                       "stage_events": […], "notes": […], "offers": […],
                       "interview_rounds": [{…, "questions": […]}, …],
                       "contact_uuids": […], "contact_relations": {uuid: relation},
                       "versions_sent": {document version uuid: day sent or null}}, …],
     "own_stories": […], "own_benchmarks": […],
     "contacts": [{…every column…, "company_uuid": … or null}, …],
     "negotiation_steps": [{…every column…, "offer_uuid"}, …],
     "documents": [{…every column…}, …],
     "document_versions": [{…every column…, "document_uuid"}, …]}

A version's file travels beside the document, in a folder named after it (``export.json`` →
``export-files/``), under the SHA-256 of its content (``file_hash``). An older file's
application may carry ``resume_version`` (the free text "résumé sent"): it is read as a résumé
version sent, as the database's own migration reads it.

Records refer to one another by uuid, never by integer id. Datetimes are ISO 8601 strings in
UTC with their offset, dates ISO 8601 dates, tags lists of strings. Which columns each kind of
record has is given by the caller (``ColumnSpec``), so this module stays free of the tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tracker.domain.enums import (
    AnswerRating,
    Channel,
    ContributionBase,
    HiringTrack,
    InterviewKind,
    InterviewOutcome,
    InterviewStatus,
    NegotiationSide,
    OfferStatus,
    Outcome,
    Priority,
    RoleCategory,
    SalaryPeriod,
    WorkMode,
    WorkSchedule,
)
from tracker.domain.pay.bonus import BonusProration
from tracker.domain.reference import FigurePeriod, OriginField

if TYPE_CHECKING:
    from tracker.domain.json_checks import LeftOut

FORMAT_NAME = "pivot"
FORMAT_VERSION = 1
KNOWN_VERSIONS = frozenset({FORMAT_VERSION})
IMPORT_FORMAT = "pivot-json"  # ImportBatch.format of an import of this file

# Sections of the document (top level) and of an application (nested).
COMPANIES = "companies"
APPLICATIONS = "applications"
STAGE_EVENTS = "stage_events"
NOTES = "notes"
POSTINGS = "postings"
INTERVIEW_ROUNDS = "interview_rounds"
QUESTIONS = "questions"
OFFERS = "offers"
CONTACTS = "contacts"
OWN_STORIES = "own_stories"
OWN_BENCHMARKS = "own_benchmarks"
NEGOTIATION_STEPS = "negotiation_steps"
DOCUMENTS = "documents"
DOCUMENT_VERSIONS = "document_versions"
PIPELINE = "pipeline"
RECORD_SECTIONS = (
    COMPANIES, APPLICATIONS, STAGE_EVENTS, NOTES, POSTINGS, INTERVIEW_ROUNDS, QUESTIONS, OFFERS,
    CONTACTS, OWN_STORIES, OWN_BENCHMARKS, NEGOTIATION_STEPS, DOCUMENTS, DOCUMENT_VERSIONS,
)  # fmt: skip

# Keys that carry references or nested records rather than columns.
COMPANY_UUID = "company_uuid"
CONTACT_UUIDS = "contact_uuids"
OFFER_UUID = "offer_uuid"
# {contact uuid: what they are to the application}; a link it leaves out is "other".
CONTACT_RELATIONS = "contact_relations"
DOCUMENT_UUID = "document_uuid"
VERSIONS_SENT = "versions_sent"
LEGACY_RESUME = "resume_version"  # an older file's "résumé sent", as typed
FILES_SUFFIX = "-files"

Values = Mapping[str, object]
"""The columns of one record, decoded: names to Python values (aware UTC datetimes, dates,
floats, lists of tags)."""


class InvalidDocumentError(ValueError):
    """The data is not a Pivot document this version can read."""


class NewerDocumentError(InvalidDocumentError):
    """A newer Pivot's document, which this version cannot read even in part."""


class ValueKind(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    REAL = "real"
    BOOLEAN = "boolean"
    DATETIME = "datetime"
    DATE = "date"
    TAGS = "tags"


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One column as the document carries it. A ``required`` column must be in every record; a
    missing optional one takes the table's default on import."""

    name: str
    kind: ValueKind
    nullable: bool = False
    required: bool = False


# Columns holding one of a fixed set of keys, by section: a value outside the set is refused on
# reading (the lists and forms would fail on it later).
_ENUMS: dict[str, dict[str, type[StrEnum]]] = {
    APPLICATIONS: {
        "role_category": RoleCategory, "work_mode": WorkMode, "hiring_track": HiringTrack,
        "channel": Channel, "salary_period": SalaryPeriod, "priority": Priority,
        "outcome": Outcome,
    },
    STAGE_EVENTS: {"from_outcome": Outcome, "to_outcome": Outcome},
    INTERVIEW_ROUNDS: {
        "kind": InterviewKind, "status": InterviewStatus, "outcome": InterviewOutcome,
    },
    QUESTIONS: {"rating": AnswerRating},
    OFFERS: {
        "status": OfferStatus, "contribution_base": ContributionBase,
        "work_schedule": WorkSchedule, "bonus_proration": BonusProration,
    },
    OWN_STORIES: {
        "origin_field": OriginField, "role_category": RoleCategory,
        "figure_period": FigurePeriod,
    },
    OWN_BENCHMARKS: {"role_category": RoleCategory, "period": FigurePeriod},
    NEGOTIATION_STEPS: {"side": NegotiationSide},
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class PipelineEntry:
    key: str
    name: str | None
    position: int
    hidden: bool
    ghost_after_days: int | None


@dataclass(frozen=True, slots=True)
class RoundEntry:
    values: Values
    questions: tuple[Values, ...] = ()

    @property
    def uuid(self) -> str:
        return str(self.values["uuid"])


@dataclass(frozen=True, slots=True)
class ApplicationEntry:
    values: Values
    company_uuid: str
    stage_events: tuple[Values, ...] = ()
    notes: tuple[Values, ...] = ()
    interview_rounds: tuple[RoundEntry, ...] = ()
    postings: tuple[Values, ...] = ()  # the captured postings it was made from
    offers: tuple[Values, ...] = ()
    contact_uuids: tuple[str, ...] = ()
    contact_relations: Mapping[str, str] = field(default_factory=dict)
    versions_sent: Mapping[str, date | None] = field(default_factory=dict)
    resume_text: str = ""  # an older file's "résumé sent"

    @property
    def uuid(self) -> str:
        return str(self.values["uuid"])


@dataclass(frozen=True, slots=True)
class VersionEntry:
    """A version of a document, and the document it belongs to."""

    values: Values
    document_uuid: str

    @property
    def uuid(self) -> str:
        return str(self.values["uuid"])


@dataclass(frozen=True, slots=True)
class ContactEntry:
    values: Values
    company_uuid: str | None = None

    @property
    def uuid(self) -> str:
        return str(self.values["uuid"])


@dataclass(frozen=True, slots=True)
class StepEntry:
    """A step of an offer's negotiation, and the offer it belongs to."""

    values: Values
    offer_uuid: str

    @property
    def uuid(self) -> str:
        return str(self.values["uuid"])


@dataclass(frozen=True, slots=True)
class PivotDocument:
    """A Pivot JSON file, read and checked: every value decoded, every reference resolvable
    within the document."""

    version: int
    exported_at: datetime | None
    pipeline: tuple[PipelineEntry, ...] = ()
    companies: tuple[Values, ...] = ()
    applications: tuple[ApplicationEntry, ...] = ()
    own_stories: tuple[Values, ...] = ()
    own_benchmarks: tuple[Values, ...] = ()
    contacts: tuple[ContactEntry, ...] = ()
    negotiation_steps: tuple[StepEntry, ...] = ()
    documents: tuple[Values, ...] = ()
    document_versions: tuple[VersionEntry, ...] = ()
    files_folder: str = ""  # where the versions' files travel beside the file (FILES_SUFFIX)
    unknown_fields: tuple[str, ...] = ()  # "section.field": in the file, not read by this Pivot


@dataclass(frozen=True, slots=True)
class JsonPreview:
    """What importing a document would add: applications not yet in the database (with their
    rounds, offers and notes), those already there (skipped whole), and the stories, benchmarks
    and contacts not yet there."""

    new_applications: int
    present_applications: int
    interview_rounds: int
    offers: int
    notes: int
    stories: int
    benchmarks: int
    contacts: int
    documents: int = 0  # documents not yet in the database
    missing_files: int = 0  # new versions whose file is neither beside the file nor kept
    version: int = FORMAT_VERSION
    unknown_fields: tuple[str, ...] = ()
    left_out: tuple[LeftOut, ...] = ()  # records the forms would refuse, with their reasons


def preview_of(
    document: PivotDocument,
    *,
    present_applications: set[str],
    present_stories: set[str],
    present_benchmarks: set[str],
    present_contacts: set[str],
    present_documents: set[str],
) -> JsonPreview:
    """The preview of a document given the uuids of each kind already in the database."""
    new = [entry for entry in document.applications if entry.uuid not in present_applications]
    return JsonPreview(
        new_applications=len(new),
        present_applications=len(document.applications) - len(new),
        interview_rounds=sum(len(entry.interview_rounds) for entry in new),
        offers=sum(len(entry.offers) for entry in new),
        notes=sum(len(entry.notes) for entry in new),
        stories=sum(1 for values in document.own_stories if values["uuid"] not in present_stories),
        benchmarks=sum(
            1 for values in document.own_benchmarks if values["uuid"] not in present_benchmarks
        ),
        contacts=sum(1 for entry in document.contacts if entry.uuid not in present_contacts),
        documents=sum(
            1 for values in document.documents if values["uuid"] not in present_documents
        ),
    )


# --- Writing ----------------------------------------------------------------------------------


def encode_value(value: object) -> object:
    """A column value as JSON holds it: datetimes in UTC with their offset (a naive one is taken
    as UTC), dates as ISO dates, tags as a list; everything else as it is."""
    if isinstance(value, datetime):
        aware = value if value.utcoffset() is not None else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return value


def encode_record(values: Values, columns: Sequence[ColumnSpec]) -> dict[str, object]:
    return {column.name: encode_value(values[column.name]) for column in columns}


def document_bytes(document: Mapping[str, object]) -> bytes:
    """The file's bytes: UTF-8, keys sorted, two-space indents, one newline at the end."""
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)
    return (text + "\n").encode("utf-8")


def envelope(exported_at: datetime) -> dict[str, object]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": encode_value(exported_at),
    }


# --- Reading ----------------------------------------------------------------------------------


def _refuse(reason: str) -> InvalidDocumentError:
    return InvalidDocumentError(reason)


def decode_value(column: ColumnSpec, raw: object) -> object:
    """A JSON value as the column stores it.

    Raises:
        InvalidDocumentError: the value is of the wrong type, or not a date where one belongs.
    """
    if raw is None:
        if column.nullable:
            return None
        raise _refuse(f"{column.name}: null")
    kind = column.kind
    if kind is ValueKind.TEXT and isinstance(raw, str):
        return raw
    if kind is ValueKind.BOOLEAN and isinstance(raw, bool):
        return raw
    if kind is ValueKind.INTEGER and isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if kind is ValueKind.REAL and isinstance(raw, int | float) and not isinstance(raw, bool):
        return float(raw)
    if kind is ValueKind.TAGS and isinstance(raw, list) and all(isinstance(t, str) for t in raw):
        return list(raw)
    if kind is ValueKind.DATETIME and isinstance(raw, str):
        return _datetime(column.name, raw)
    if kind is ValueKind.DATE and isinstance(raw, str):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise _refuse(f"{column.name}: not a date") from None
    raise _refuse(f"{column.name}: not {kind.value}")


def _datetime(name: str, raw: str) -> datetime:
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise _refuse(f"{name}: not a datetime") from None
    if moment.utcoffset() is None:
        raise _refuse(f"{name}: no offset")
    return moment.astimezone(UTC)


def _mapping(raw: object, what: str) -> Mapping[str, Any]:
    if not isinstance(raw, dict):
        raise _refuse(f"{what}: not an object")
    return raw


def _list(raw: Mapping[str, Any], key: str) -> list[Any]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise _refuse(f"{key}: not a list")
    return value


def _uuid(raw: object, what: str) -> str:
    if not isinstance(raw, str) or not raw or len(raw) > 36:
        raise _refuse(f"{what}: not a uuid")
    return raw


def decode_record(raw: object, section: str, columns: Sequence[ColumnSpec]) -> Values:
    """The columns of one record; a missing optional column is left out (the table's default
    applies), a missing required one refuses the document."""
    record = _mapping(raw, section)
    values: dict[str, object] = {}
    for column in columns:
        if column.name not in record:
            if column.required:
                raise _refuse(f"{section}.{column.name}: missing")
            continue
        values[column.name] = decode_value(column, record[column.name])
    values["uuid"] = _uuid(values.get("uuid"), f"{section}.uuid")
    for name, enum in _ENUMS.get(section, {}).items():
        value = values.get(name)
        if value is not None and value not in {member.value for member in enum}:
            raise _refuse(f"{section}.{name}: unknown value")
    return values


def _records(
    raw: Mapping[str, Any], section: str, specs: Mapping[str, Sequence[ColumnSpec]]
) -> list[tuple[Values, Mapping[str, Any]]]:
    """Each record of a section with the raw object it came from (for nested keys)."""
    return [
        (decode_record(item, section, specs[section]), _mapping(item, section))
        for item in _list(raw, section)
    ]


def _unique(uuids: Iterable[str], section: str) -> set[str]:
    seen: set[str] = set()
    for uuid in uuids:
        if uuid in seen:
            raise _refuse(f"{section}: uuid {uuid} twice")
        seen.add(uuid)
    return seen


def _pipeline(raw: Mapping[str, Any]) -> tuple[PipelineEntry, ...]:
    entries: list[PipelineEntry] = []
    for item in _list(raw, PIPELINE):
        stage = _mapping(item, PIPELINE)
        key, name = stage.get("key"), stage.get("name")
        position, hidden = stage.get("position", len(entries)), stage.get("hidden", False)
        days = stage.get("ghost_after_days")
        if (
            not isinstance(key, str)
            or not key
            or not (name is None or isinstance(name, str))
            or not isinstance(position, int)
            or not isinstance(hidden, bool)
            or not (days is None or (isinstance(days, int) and not isinstance(days, bool)))
        ):
            raise _refuse("pipeline: not a stage")
        entries.append(PipelineEntry(key, name, position, hidden, days))
    _unique((entry.key for entry in entries), PIPELINE)
    return tuple(entries)


def _application(
    values: Values, raw: Mapping[str, Any], specs: Mapping[str, Sequence[ColumnSpec]]
) -> ApplicationEntry:
    rounds = tuple(
        RoundEntry(round_values, tuple(v for v, _ in _records(round_raw, QUESTIONS, specs)))
        for round_values, round_raw in _records(raw, INTERVIEW_ROUNDS, specs)
    )
    contacts = _list(raw, CONTACT_UUIDS)
    return ApplicationEntry(
        values=values,
        company_uuid=_uuid(raw.get(COMPANY_UUID), f"{APPLICATIONS}.{COMPANY_UUID}"),
        stage_events=tuple(v for v, _ in _records(raw, STAGE_EVENTS, specs)),
        notes=tuple(v for v, _ in _records(raw, NOTES, specs)),
        interview_rounds=rounds,
        postings=tuple(v for v, _ in _records(raw, POSTINGS, specs)),
        offers=tuple(v for v, _ in _records(raw, OFFERS, specs)),
        contact_uuids=tuple(_uuid(uuid, CONTACT_UUIDS) for uuid in contacts),
        contact_relations=_relations(raw),
        versions_sent=_versions_sent(raw),
        resume_text=_resume_text(raw),
    )


def _versions_sent(raw: Mapping[str, Any]) -> dict[str, date | None]:
    value = raw.get(VERSIONS_SENT, {})
    if not isinstance(value, Mapping):
        raise _refuse(f"{VERSIONS_SENT}: not an object")
    column = ColumnSpec("sent_on", ValueKind.DATE, nullable=True)
    return {
        _uuid(uuid, VERSIONS_SENT): decode_value(column, day)  # type: ignore[misc]
        for uuid, day in value.items()
    }


def _resume_text(raw: Mapping[str, Any]) -> str:
    value = raw.get(LEGACY_RESUME, "")
    if not isinstance(value, str):
        raise _refuse(f"{LEGACY_RESUME}: not text")
    return value.strip()[:200]


def _relations(raw: Mapping[str, Any]) -> dict[str, str]:
    value = raw.get(CONTACT_RELATIONS, {})
    if not isinstance(value, Mapping):
        raise _refuse(f"{CONTACT_RELATIONS}: not an object")
    relations: dict[str, str] = {}
    for uuid, relation in value.items():
        if not isinstance(relation, str) or len(relation) > 20:
            raise _refuse(f"{CONTACT_RELATIONS}: not a relation")
        relations[_uuid(uuid, CONTACT_RELATIONS)] = relation
    return relations


def parse_document(raw: object, specs: Mapping[str, Sequence[ColumnSpec]]) -> PivotDocument:
    """Check and decode a loaded JSON value. ``specs`` gives the columns of each record section
    (see ``RECORD_SECTIONS``).

    Raises:
        InvalidDocumentError: not a Pivot document, a version this one does not know, a value of
            the wrong type, a uuid twice, or a reference to a record the document lacks.
        NewerDocumentError: a newer version's document with any of those faults (a newer
            version is otherwise read for what this one knows of it).
    """
    document = _mapping(raw, "document")
    if document.get("format") != FORMAT_NAME:
        raise _refuse("format")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _refuse("version")
    if version > FORMAT_VERSION:  # a newer Pivot's: what this one knows of it, if it can
        try:
            return _parse(document, version, specs)
        except (InvalidDocumentError, RecursionError) as error:
            raise NewerDocumentError(str(error)) from error
    if version not in KNOWN_VERSIONS:
        raise _refuse("version")
    return _parse(document, version, specs)


def _parse(
    document: Mapping[str, Any], version: int, specs: Mapping[str, Sequence[ColumnSpec]]
) -> PivotDocument:
    companies = [v for v, _ in _records(document, COMPANIES, specs)]
    company_uuids = _unique((str(v["uuid"]) for v in companies), COMPANIES)
    contacts = [
        ContactEntry(v, None if r.get(COMPANY_UUID) is None else _uuid(r[COMPANY_UUID], CONTACTS))
        for v, r in _records(document, CONTACTS, specs)
    ]
    contact_uuids = _unique((entry.uuid for entry in contacts), CONTACTS)
    applications = [_application(v, r, specs) for v, r in _records(document, APPLICATIONS, specs)]
    _unique((entry.uuid for entry in applications), APPLICATIONS)
    if any(entry.company_uuid not in company_uuids for entry in applications) or any(
        entry.company_uuid is not None and entry.company_uuid not in company_uuids
        for entry in contacts
    ):
        raise _refuse("a company the document lacks")
    if any(set(entry.contact_uuids) - contact_uuids for entry in applications):
        raise _refuse("a contact the document lacks")
    stories = [v for v, _ in _records(document, OWN_STORIES, specs)]
    benchmarks = [v for v, _ in _records(document, OWN_BENCHMARKS, specs)]
    _unique((str(v["uuid"]) for v in stories), OWN_STORIES)
    _unique((str(v["uuid"]) for v in benchmarks), OWN_BENCHMARKS)
    steps = [
        StepEntry(v, _uuid(r.get(OFFER_UUID), f"{NEGOTIATION_STEPS}.{OFFER_UUID}"))
        for v, r in _records(document, NEGOTIATION_STEPS, specs)
    ]
    _unique((entry.uuid for entry in steps), NEGOTIATION_STEPS)
    offer_uuids = {str(v["uuid"]) for entry in applications for v in entry.offers}
    if any(entry.offer_uuid not in offer_uuids for entry in steps):
        raise _refuse("an offer the document lacks")
    documents = [v for v, _ in _records(document, DOCUMENTS, specs)]
    document_uuids = _unique((str(v["uuid"]) for v in documents), DOCUMENTS)
    versions = [
        VersionEntry(v, _uuid(r.get(DOCUMENT_UUID), f"{DOCUMENT_VERSIONS}.{DOCUMENT_UUID}"))
        for v, r in _records(document, DOCUMENT_VERSIONS, specs)
    ]
    version_uuids = _unique((entry.uuid for entry in versions), DOCUMENT_VERSIONS)
    if any(entry.document_uuid not in document_uuids for entry in versions):
        raise _refuse("a document the document lacks")
    if any(set(entry.versions_sent) - version_uuids for entry in applications):
        raise _refuse("a document version the document lacks")
    return PivotDocument(
        version=version,
        exported_at=_exported_at(document.get("exported_at")),
        pipeline=_pipeline(document),
        companies=tuple(companies),
        applications=tuple(applications),
        own_stories=tuple(stories),
        own_benchmarks=tuple(benchmarks),
        contacts=tuple(contacts),
        negotiation_steps=tuple(steps),
        documents=tuple(documents),
        document_versions=tuple(versions),
    )


def _exported_at(raw: object) -> datetime | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise _refuse("exported_at: not a datetime")
    return _datetime("exported_at", raw)
