"""Log, edit, move, archive and delete applications; notes on them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

from tracker.db import applications as store
from tracker.db import postings as posting_store
from tracker.db import search_index
from tracker.db.database import Database
from tracker.db.models import JobApplication, Note, StageEvent, utc_now
from tracker.db.session import Session
from tracker.domain.application_fields import STORED_FIELDS, from_stored, stored_value
from tracker.domain.enums import Outcome
from tracker.domain.errors import FieldProblem, NotFoundError, ValidationError
from tracker.domain.pipeline import built_in
from tracker.domain.records import (
    ApplicationCreate,
    ApplicationRead,
    ApplicationUpdate,
    NoteRead,
    StageEventRead,
)
from tracker.domain.salary import SalaryParseError, parse_salary
from tracker.domain.validation import validate_application, validate_note


def event_time_for(applied_on: date | None, now: datetime) -> datetime:
    """When the first move happened: now, or midday UTC of a past application date (the same
    calendar day in every time zone from UTC-11 to UTC+11)."""
    if applied_on is None or applied_on >= now.date():
        return now
    return datetime.combine(applied_on, time(12), tzinfo=UTC)


def salary_columns(text: str) -> dict[str, object]:
    empty: dict[str, object] = {
        "salary_min": None,
        "salary_max": None,
        "salary_period": None,
        "salary_months": None,
        "salary_currency": None,
        "salary_issue": None,
    }
    if not text.strip():
        return empty
    try:
        salary = parse_salary(text)
    except SalaryParseError as error:
        return {**empty, "salary_issue": error.issue.value}
    return {
        "salary_min": salary.minimum,
        "salary_max": salary.maximum,
        "salary_period": salary.period.value,
        "salary_months": salary.months_per_year,
        "salary_currency": salary.currency,
        "salary_issue": None,
    }


def field_values(data: ApplicationUpdate) -> dict[str, object]:
    """The stored columns of a form's fields (one-line texts trimmed, the salary parsed)."""
    values = {spec.column: stored_value(spec, getattr(data, spec.name)) for spec in STORED_FIELDS}
    return values | salary_columns(data.salary_text)


def apply_fields(application: JobApplication, data: ApplicationUpdate) -> None:
    for name, value in field_values(data).items():
        setattr(application, name, value)


def fields_of(application: JobApplication, company_name: str) -> ApplicationUpdate:
    return replace(from_stored(application.model_dump()), company_name=company_name)


def _index(session: Session, application: JobApplication) -> None:
    """Keep the search index in step: the application, its company, and the company's other
    applications (they are found by its name, which may just have been respelled)."""
    assert application.id is not None
    connection = session.connection()
    search_index.reindex(connection, "company", [application.company_id])
    search_index.reindex(
        connection, "application", store.application_ids_of_company(session, application.company_id)
    )


def _require_stage(session: Session, key: str) -> None:
    if not store.stage_exists(session, str(key)):
        raise ValidationError({"stage": FieldProblem.INVALID})


def _stage(key: str) -> str:
    """A stage key as records carry it: the Stage member for a built-in stage."""
    return built_in(key) or key


def _event_read(event: StageEvent) -> StageEventRead:
    assert event.id is not None
    return StageEventRead(
        id=event.id,
        uuid=event.uuid,
        from_stage=_stage(event.from_stage) if event.from_stage else None,
        from_outcome=Outcome(event.from_outcome) if event.from_outcome else None,
        to_stage=_stage(event.to_stage),
        to_outcome=Outcome(event.to_outcome) if event.to_outcome else None,
        occurred_at=event.occurred_at,
        note=event.note,
    )


def _note_read(note: Note) -> NoteRead:
    assert note.id is not None
    return NoteRead(
        id=note.id,
        uuid=note.uuid,
        application_id=note.application_id,
        body=note.body,
        created_at=note.created_at,
        updated_at=note.updated_at,
    )


def _redate_first_event(
    session: Session, application: JobApplication, applied_on: date | None
) -> None:
    """A corrected application date moves the first stage event with it, unless that would put
    it after the next move."""
    assert application.id is not None
    if applied_on is None:
        return
    events = store.earliest_events(session, application.id, 2)
    if not events or events[0].from_stage is not None:
        return
    moved_to = event_time_for(applied_on, datetime.now(UTC))
    if len(events) > 1 and moved_to > events[1].occurred_at:
        return
    events[0].occurred_at = moved_to
    session.add(events[0])
    if len(events) == 1:
        application.stage_changed_at = moved_to


class ApplicationService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def _read(self, session: Session, application: JobApplication) -> ApplicationRead:
        assert application.id is not None
        company = store.company_of(session, application)
        return ApplicationRead(
            id=application.id,
            uuid=application.uuid,
            fields=fields_of(application, company.name),
            stage=_stage(application.current_stage),
            outcome=Outcome(application.outcome) if application.outcome else None,
            stage_changed_at=application.stage_changed_at,
            archived=application.archived,
            created_at=application.created_at,
            updated_at=application.updated_at,
            history=tuple(_event_read(e) for e in store.history(session, application.id)),
            notes=tuple(_note_read(n) for n in store.notes(session, application.id)),
        )

    def get(self, application_id: int) -> ApplicationRead:
        with self._database.read_session() as session:
            application = store.get_application(session, application_id)
            if application.deleted_at is not None:
                raise NotFoundError("application", application_id)
            return self._read(session, application)

    def create(self, data: ApplicationCreate, *, now: datetime | None = None) -> ApplicationRead:
        """Write the application and its first stage event in one transaction."""
        validate_application(data)
        now = now or datetime.now(UTC)
        with self._database.write_session() as session:
            _require_stage(session, data.stage)
            company = store.get_or_create_company(session, data.company_name)
            assert company.id is not None
            occurred_at = event_time_for(data.applied_on, now)
            application = JobApplication(
                company_id=company.id, role_title="", current_stage=str(data.stage),
                stage_changed_at=occurred_at, created_at=now, updated_at=now,
            )  # fmt: skip
            apply_fields(application, data)
            session.add(application)
            session.flush()
            store.first_stage_event(session, application, occurred_at=occurred_at)
            if data.posting is not None and data.posting.text.strip():
                assert application.id is not None
                posting_store.add_posting(session, application.id, data.posting, now)
            _index(session, application)
            return self._read(session, application)

    def update(self, application_id: int, data: ApplicationUpdate) -> ApplicationRead:
        validate_application(data)
        with self._database.write_session() as session:
            application = store.get_application(session, application_id)
            company = store.get_or_create_company(session, data.company_name)
            assert company.id is not None
            application.company_id = company.id
            if data.applied_on != application.applied_on:
                _redate_first_event(session, application, data.applied_on)
            apply_fields(application, data)
            application.updated_at = utc_now()
            session.add(application)
            session.flush()
            _index(session, application)
            return self._read(session, application)

    def change_state(
        self,
        application_id: int,
        stage: str,
        outcome: Outcome | None = None,
        *,
        note: str = "",
        now: datetime | None = None,
    ) -> tuple[ApplicationRead, str | None]:
        """Move to ``stage`` (reopening a closed application) or close it with ``outcome``.
        Returns the application and the uuid of the stage event written, or None when the
        application already stood there (nothing is written)."""
        with self._database.write_session() as session:
            application = store.get_application(session, application_id)
            _require_stage(session, stage)
            target_outcome = outcome.value if outcome else None
            if (application.current_stage, application.outcome) == (str(stage), target_outcome):
                return self._read(session, application), None
            event = store.record_stage_event(
                session,
                application,
                to_stage=str(stage),
                to_outcome=target_outcome,
                occurred_at=now or datetime.now(UTC),
                note=note.strip(),
            )
            return self._read(session, application), event.uuid

    def undo_stage_event(self, event_uuid: str) -> ApplicationRead:
        """Take back a move: its event goes and the application returns to the state before it.
        Only the latest move of an application can be taken back."""
        with self._database.write_session() as session:
            event = store.event_by_uuid(session, event_uuid)
            if event is None:
                raise NotFoundError("stage event", 0)
            application = store.get_application(session, event.application_id)
            latest = store.latest_event(session, event.application_id)
            if latest is None or latest.id != event.id or event.from_stage is None:
                raise NotFoundError("stage event", event.id or 0)
            session.delete(event)
            session.flush()
            previous = store.latest_event(session, event.application_id)
            application.current_stage = event.from_stage
            application.outcome = event.from_outcome
            if previous is not None:
                application.stage_changed_at = previous.occurred_at
            application.updated_at = utc_now()
            session.add(application)
            session.flush()
            return self._read(session, application)

    def set_archived(self, application_ids: list[int], archived: bool) -> list[int]:
        """Archive (or bring back) several applications in one transaction; returns the ids
        whose flag changed."""
        changed: list[int] = []
        with self._database.write_session() as session:
            for application_id in application_ids:
                application = store.get_application(session, application_id)
                if application.archived != archived:
                    application.archived = archived
                    application.updated_at = utc_now()
                    session.add(application)
                    changed.append(application_id)
        return changed

    def delete(self, application_ids: list[int]) -> None:
        """Move applications to the trash, all or none; ``restore`` brings them back unchanged."""
        self._set_deleted(application_ids, utc_now())

    def restore(self, application_ids: list[int]) -> None:
        self._set_deleted(application_ids, None)

    def _set_deleted(self, application_ids: list[int], when: datetime | None) -> None:
        with self._database.write_session() as session:
            for application_id in application_ids:
                application = store.get_application(session, application_id)
                application.deleted_at = when
                session.add(application)

    def complete_next_action(
        self, application_id: int, note_body: str, *, note_id: int | None = None
    ) -> int:
        """Tick the next action done, in one transaction: it and its due date are cleared and
        ``note_body`` is kept among the notes (or the note ``note_id`` comes back, when the
        tick is made again after an undo). Returns the note's id."""
        if note_id is None:
            validate_note(note_body)
        with self._database.write_session() as session:
            application = store.get_application(session, application_id)
            application.next_action, application.next_action_due = "", None
            application.updated_at = utc_now()
            session.add(application)
            if note_id is None:
                note = Note(application_id=application_id, body=note_body.strip())
            else:
                note = store.get_note(session, note_id)
                note.deleted_at = None
            session.add(note)
            session.flush()
            assert note.id is not None
            _index(session, application)
            search_index.reindex(session.connection(), "note", [note.id])
            return note.id

    def reopen_next_action(
        self, application_id: int, action: str, due: date | None, note_id: int
    ) -> None:
        """Take back ``complete_next_action``: the action and its due date return and the
        note it wrote goes to the trash, in one transaction."""
        with self._database.write_session() as session:
            application = store.get_application(session, application_id)
            application.next_action, application.next_action_due = action, due
            application.updated_at = utc_now()
            session.add(application)
            note = store.get_note(session, note_id)
            note.deleted_at = utc_now()
            session.add(note)
            session.flush()
            _index(session, application)

    def add_note(self, application_id: int, body: str) -> NoteRead:
        validate_note(body)
        with self._database.write_session() as session:
            store.get_application(session, application_id)
            note = Note(application_id=application_id, body=body.strip())
            session.add(note)
            session.flush()
            assert note.id is not None
            search_index.reindex(session.connection(), "note", [note.id])
            return _note_read(note)

    def delete_note(self, note_id: int) -> None:
        self._set_note_deleted(note_id, utc_now())

    def restore_note(self, note_id: int) -> None:
        self._set_note_deleted(note_id, None)

    def _set_note_deleted(self, note_id: int, when: datetime | None) -> None:
        with self._database.write_session() as session:
            note = store.get_note(session, note_id)
            note.deleted_at = when
            session.add(note)
