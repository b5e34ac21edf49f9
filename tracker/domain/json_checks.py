"""A Pivot JSON document put through the rules the forms apply, record by record.

A document edited by hand (or by another program) can hold what no form would save: a stage
this database does not have, excitement 99, an empty or endless title, a ``file:///`` link, a
round in year 9999. Such a record is left out, with its reason, and the rest come in: an
application with everything under it, a round, note or offer alone. Fields the document holds
that this version of Pivot does not know are named (``unknown_fields``), never dropped silently.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from tracker.domain import json_document as doc
from tracker.domain.application_fields import FIELDS, ApplicationUpdate, Kind
from tracker.domain.documents import (
    LIMITS,
    DocumentDraft,
    VersionDraft,
    is_file_hash,
    validate_document,
    validate_version,
)
from tracker.domain.enums import DocumentKind, WorkSchedule
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.interview_rules import in_years, validate_round
from tracker.domain.interviews import DEFAULT_TIME_ZONE, QuestionDraft, RoundDraft
from tracker.domain.json_document import (
    ApplicationEntry,
    ColumnSpec,
    PivotDocument,
    RoundEntry,
    StepEntry,
    Values,
    VersionEntry,
)
from tracker.domain.negotiation import StepDraft, validate_step
from tracker.domain.offer_rules import validate_offer
from tracker.domain.offers import Criterion, OfferDraft
from tracker.domain.reference import FigurePeriod
from tracker.domain.reference_drafts import (
    BenchmarkDraft,
    StoryDraft,
    validate_benchmark,
    validate_story,
)
from tracker.domain.validation import validate_application, validate_note

Problems = dict[str, FieldProblem]


class LeftOutKind(StrEnum):
    APPLICATION = "application"
    NOTE = "note"
    POSTING = "posting"
    INTERVIEW_ROUND = "interview_round"
    OFFER = "offer"
    STORY = "story"
    BENCHMARK = "benchmark"
    NEGOTIATION_STEP = "negotiation_step"
    DOCUMENT = "document"
    DOCUMENT_VERSION = "document_version"


@dataclass(frozen=True, slots=True)
class LeftOut:
    """One record of the file that is not imported, and why (one field at a time)."""

    kind: LeftOutKind
    position: int  # the place of its application (or story, benchmark) in the file, from 1
    label: str  # "Acme · AI Trainer", or a story's title
    field: str
    problem: FieldProblem


def _text(values: Values, name: str) -> str:
    value = values.get(name)
    return value if isinstance(value, str) else ""


def _rules(check: Any, draft: Any) -> Problems:
    try:
        check(draft)
    except ValidationError as error:
        return dict(error.problems)
    return {}


def _dates(values: Values) -> Problems:
    """Dates and times outside 1970–2100, which the lists and the calendar cannot show."""
    return {
        name: FieldProblem.OUT_OF_RANGE
        for name, value in values.items()
        if isinstance(value, date) and not in_years(value.year)
    }


def _checked_fields(values: Values) -> ApplicationUpdate:
    """The fields of a record that the form's rules check (texts, rating, tags); the others
    keep their defaults, since the document's decoding has already checked them."""
    picked: dict[str, Any] = {}
    for spec in FIELDS:
        value = values.get(spec.column)
        if spec.kind in (Kind.LINE, Kind.LINK, Kind.SALARY, Kind.TEXT):
            picked[spec.name] = value if isinstance(value, str) else ""
        elif spec.kind is Kind.RATING:
            picked[spec.name] = value if isinstance(value, int) else None
        elif spec.kind is Kind.TAGS:
            picked[spec.name] = tuple(value) if isinstance(value, list) else ()
    return ApplicationUpdate(**picked)


def _application(entry: ApplicationEntry, company: str, stages: Collection[str]) -> Problems:
    values = entry.values
    data = replace(_checked_fields(values), company_name=company)
    problems = {**_dates(values), **_rules(validate_application, data)}
    if str(values.get("current_stage", "wishlist")) not in stages:
        problems["current_stage"] = FieldProblem.INVALID
    for event in entry.stage_events:
        moved = (event.get("from_stage"), event.get("to_stage"))
        if any(stage is not None and stage not in stages for stage in moved):
            problems["stage_events"] = FieldProblem.INVALID
        if _dates(event):
            problems["stage_events"] = FieldProblem.OUT_OF_RANGE
    return problems


def _round(entry: RoundEntry) -> Problems:
    values = entry.values
    scheduled = values.get("scheduled_at")
    duration = values.get("duration_minutes")
    draft = RoundDraft(
        application_id=0,
        round_name=_text(values, "round_name"),
        scheduled_at=scheduled if isinstance(scheduled, datetime) else None,
        time_zone=_text(values, "time_zone") or DEFAULT_TIME_ZONE,
        duration_minutes=duration if isinstance(duration, int) else None,
        location=_text(values, "location"),
        meeting_link=_text(values, "meeting_link"),
        interviewers=_text(values, "interviewers"),
        questions=tuple(QuestionDraft(_text(q, "question")) for q in entry.questions),
    )
    return {**_dates(values), **_rules(validate_round, draft)}


_OFFER_NUMBERS = (
    "monthly_base", "months_per_year", "bonus_months", "bonus_amount", "bonus_expected_payout",
    "sign_on_bonus", "equity_value", "equity_vesting_years", "monthly_allowances",
    "social_insurance_base", "housing_fund_base", "housing_fund_rate", "probation_months",
    "probation_pay_ratio", "weekly_hours", "commute_minutes", "received_on", "reply_deadline",
    "start_month",
)  # fmt: skip


def _offer(values: Values) -> Problems:
    given: dict[str, Any] = {name: values[name] for name in _OFFER_NUMBERS if name in values}
    ratings = {
        criterion: rating
        for criterion in Criterion
        if isinstance(rating := values.get(f"rating_{criterion.value}"), int)
    }
    draft = OfferDraft(
        application_id=0,
        salary_text=_text(values, "salary_text"),
        city=_text(values, "city"),
        notes=_text(values, "notes"),
        work_schedule=WorkSchedule(str(values.get("work_schedule", WorkSchedule.FIVE_DAY))),
        ratings=ratings,
        **given,
    )
    return {**_dates(values), **_rules(validate_offer, draft)}


def _step(values: Values) -> Problems:
    def number(name: str) -> float | None:
        value = values.get(name)
        return float(value) if isinstance(value, int | float) else None

    draft = StepDraft(
        offer_id=0, salary_text=_text(values, "salary_text"), note=_text(values, "note"),
        monthly_base=number("monthly_base"), months_per_year=number("months_per_year"),
        bonus_months=number("bonus_months"), sign_on_bonus=number("sign_on_bonus"),
        equity_value=number("equity_value"),
    )  # fmt: skip
    return {**_dates(values), **_rules(validate_step, draft)}


def _step_label(step: StepEntry) -> str:
    return (_text(step.values, "salary_text") or _text(step.values, "note"))[:80]


def _document(values: Values) -> Problems:
    kind = DocumentKind.of(_text(values, "kind"))
    draft = DocumentDraft(kind, _text(values, "title"), _text(values, "notes"))
    return {**_dates(values), **_rules(validate_document, draft)}


def _version(values: Values) -> Problems:
    draft = VersionDraft(0, _text(values, "label"), _text(values, "link"), _text(values, "notes"))
    problems = {**_dates(values), **_rules(validate_version, draft)}
    file_hash = values.get("file_hash")
    if file_hash is not None and not is_file_hash(str(file_hash)):
        problems["file_hash"] = FieldProblem.INVALID  # would name a file outside the store
    if len(_text(values, "file_name")) > LIMITS["file_name"]:
        problems["file_name"] = FieldProblem.TOO_LONG
    return problems


def _documents(
    document: PivotDocument, report: _Report
) -> tuple[tuple[Values, ...], tuple[VersionEntry, ...]]:
    """The documents and versions the forms would save; a version goes with its document."""
    documents = tuple(
        v for i, v in enumerate(document.documents, 1)
        if report.keep(_document(v), LeftOutKind.DOCUMENT, i, _text(v, "title")[:80])
    )  # fmt: skip
    kept = {str(v["uuid"]) for v in documents}
    versions = tuple(
        entry
        for i, entry in enumerate(document.document_versions, 1)
        if entry.document_uuid in kept
        and report.keep(
            _version(entry.values), LeftOutKind.DOCUMENT_VERSION, i,
            _text(entry.values, "label")[:80],
        )
    )  # fmt: skip
    return documents, versions


def _story(values: Values) -> Problems:
    names = ("year", "figure_low", "figure_high", "figure_months")
    year, low, high, months = (values.get(name) for name in names)
    draft = StoryDraft(
        title=_text(values, "title"),
        origin=_text(values, "origin"),
        target_role=_text(values, "target_role"),
        year=year if isinstance(year, int) else None,
        city=_text(values, "city"),
        summary=_text(values, "summary"),
        figure_low=low if isinstance(low, float) else None,
        figure_high=high if isinstance(high, float) else None,
        figure_months=months if isinstance(months, int) else None,
        source_title=_text(values, "source_title"),
        source_url=_text(values, "source_url"),
        source_date=_text(values, "source_date"),
    )
    return _rules(validate_story, draft)


def _benchmark(values: Values) -> Problems:
    low, high, year, months = (values.get(k) for k in ("low", "high", "year", "months_per_year"))
    draft = BenchmarkDraft(
        role=_text(values, "role"),
        low=low if isinstance(low, float) else 0.0,
        high=high if isinstance(high, float) else 0.0,
        year=year if isinstance(year, int) else 0,
        period=FigurePeriod(str(values.get("period", FigurePeriod.MONTH))),
        months_per_year=months if isinstance(months, int) else None,
        city=_text(values, "city"),
        note=_text(values, "note"),
        source_title=_text(values, "source_title"),
        source_url=_text(values, "source_url"),
        source_date=_text(values, "source_date"),
    )
    return _rules(validate_benchmark, draft)


class _Report:
    def __init__(self) -> None:
        self.left_out: list[LeftOut] = []

    def keep(self, problems: Problems, kind: LeftOutKind, position: int, label: str) -> bool:
        """Whether a record passes; if not, each reason is noted."""
        self.left_out.extend(
            LeftOut(kind, position, label, name, problem) for name, problem in problems.items()
        )
        return not problems

    def passing(
        self, records: Sequence[Any], check: Any, kind: LeftOutKind, position: int, label: str
    ) -> tuple[Any, ...]:
        """The records that pass ``check``; each that does not is noted."""
        return tuple(r for r in records if self.keep(check(r), kind, position, label))


def _note(values: Values) -> Problems:
    return _rules(validate_note, _text(values, "body"))


def _posting(values: Values) -> Problems:
    return {} if _text(values, "text").strip() else {"text": FieldProblem.REQUIRED}


def checked(
    document: PivotDocument, stages: Collection[str]
) -> tuple[PivotDocument, tuple[LeftOut, ...]]:
    """The document with only the records the forms would save (given the database's and the
    document's stage keys), and those left out, in the file's order."""
    report = _Report()
    names = {str(v["uuid"]): _text(v, "name") for v in document.companies}
    bad_companies = {uuid for uuid, name in names.items() if not name.strip() or len(name) > 200}
    stages = set(stages) | {entry.key for entry in document.pipeline}
    applications: list[ApplicationEntry] = []
    for position, entry in enumerate(document.applications, 1):
        company = names.get(entry.company_uuid, "")
        label = f"{company[:40]} · {_text(entry.values, 'role_title')[:40]}"
        kind = LeftOutKind.APPLICATION
        if not report.keep(_application(entry, company, stages), kind, position, label):
            continue
        place = (position, label)
        applications.append(
            replace(
                entry,
                notes=report.passing(entry.notes, _note, LeftOutKind.NOTE, *place),
                postings=report.passing(entry.postings, _posting, LeftOutKind.POSTING, *place),
                interview_rounds=report.passing(
                    entry.interview_rounds, _round, LeftOutKind.INTERVIEW_ROUND, *place
                ),
                offers=report.passing(entry.offers, _offer, LeftOutKind.OFFER, *place),
            )
        )
    stories = tuple(
        v for i, v in enumerate(document.own_stories, 1)
        if report.keep(_story(v), LeftOutKind.STORY, i, _text(v, "title")[:80])
    )  # fmt: skip
    benchmarks = tuple(
        v for i, v in enumerate(document.own_benchmarks, 1)
        if report.keep(_benchmark(v), LeftOutKind.BENCHMARK, i, _text(v, "role")[:80])
    )  # fmt: skip
    offers = {str(v["uuid"]) for entry in applications for v in entry.offers}
    steps = tuple(
        step
        for i, step in enumerate(document.negotiation_steps, 1)
        if step.offer_uuid in offers  # a step goes with its offer: left out when the offer is
        and report.keep(_step(step.values), LeftOutKind.NEGOTIATION_STEP, i, _step_label(step))
    )
    documents, versions = _documents(document, report)
    version_uuids = {entry.uuid for entry in versions}
    applications = [
        replace(
            entry,
            versions_sent={
                uuid: day for uuid, day in entry.versions_sent.items() if uuid in version_uuids
            },
        )
        for entry in applications
    ]
    kept = replace(
        document,
        companies=tuple(v for v in document.companies if str(v["uuid"]) not in bad_companies),
        applications=tuple(applications),
        own_stories=stories,
        own_benchmarks=benchmarks,
        contacts=tuple(
            replace(c, company_uuid=None) if c.company_uuid in bad_companies else c
            for c in document.contacts
        ),
        negotiation_steps=steps,
        documents=documents,
        document_versions=versions,
    )
    return kept, tuple(report.left_out)


# --- Fields this version does not know ----------------------------------------------------------

_TOP = frozenset({"format", "version", "exported_at", doc.PIPELINE})
_PIPELINE_KEYS = frozenset({"key", "name", "position", "hidden", "ghost_after_days"})
_NESTED = {
    doc.APPLICATIONS: (doc.COMPANY_UUID, doc.CONTACT_UUIDS, doc.CONTACT_RELATIONS, doc.STAGE_EVENTS,
                       doc.NOTES, doc.POSTINGS, doc.INTERVIEW_ROUNDS, doc.OFFERS,
                       doc.VERSIONS_SENT, doc.LEGACY_RESUME),
    doc.INTERVIEW_ROUNDS: (doc.QUESTIONS,),
    doc.CONTACTS: (doc.COMPANY_UUID,),
    doc.NEGOTIATION_STEPS: (doc.OFFER_UUID,),
    doc.DOCUMENT_VERSIONS: (doc.DOCUMENT_UUID,),
}  # fmt: skip
_CHILDREN = {
    doc.APPLICATIONS: (doc.STAGE_EVENTS, doc.NOTES, doc.POSTINGS, doc.INTERVIEW_ROUNDS, doc.OFFERS),
    doc.INTERVIEW_ROUNDS: (doc.QUESTIONS,),
}
_TOP_SECTIONS = (doc.COMPANIES, doc.APPLICATIONS, doc.OWN_STORIES, doc.OWN_BENCHMARKS,
                 doc.CONTACTS, doc.NEGOTIATION_STEPS, doc.DOCUMENTS,
                 doc.DOCUMENT_VERSIONS)  # fmt: skip


def unknown_fields(
    raw: Mapping[str, Any], specs: Mapping[str, Sequence[ColumnSpec]]
) -> tuple[str, ...]:
    """The fields of a loaded document this version does not read, as "section.field" (and a
    section of its own as its name), sorted; for a document ``parse_document`` accepted."""
    found: set[str] = {key for key in raw if key not in _TOP and key not in _TOP_SECTIONS}

    def visit(section: str, records: Any) -> None:
        known = {c.name for c in specs[section]} | set(_NESTED.get(section, ()))
        for record in records if isinstance(records, list) else ():
            if not isinstance(record, dict):
                continue
            found.update(f"{section}.{key}" for key in record if key not in known)
            for child in _CHILDREN.get(section, ()):
                visit(child, record.get(child, []))

    for section in _TOP_SECTIONS:
        visit(section, raw.get(section, []))
    for stage in raw.get(doc.PIPELINE, []):
        if isinstance(stage, dict):
            found.update(f"{doc.PIPELINE}.{key}" for key in stage if key not in _PIPELINE_KEYS)
    return tuple(sorted(found))
