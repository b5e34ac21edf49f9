"""The writing half of an import, inside the one transaction the import service owns: the
batch, its applications with their real history and notes, duplicates skipped or merged; and
the undo and redo of a whole batch."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from tracker.db import import_store as store
from tracker.db import search_index
from tracker.db.models import Company, ImportMerge, JobApplication, Note, StageEvent
from tracker.domain.import_formats import FormatKey
from tracker.domain.import_rows import ImportRecord
from tracker.domain.text import clean, match_key
from tracker.services.applications import apply_fields

if TYPE_CHECKING:
    from tracker.services.importing import ImportResult

CHUNK = 500
# Fields a merge may fill in when the existing application has nothing there.
MERGEABLE = (
    "city", "work_mode", "channel", "referral_code", "job_url", "job_description",
    "salary_text", "salary_min", "salary_max", "salary_period", "salary_months",
    "salary_currency", "salary_issue", "applied_on", "next_action", "next_action_due",
    "resume_version",
)  # fmt: skip


def _json_value(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _from_json(name: str, value: Any) -> Any:
    if value is not None and name in ("applied_on", "next_action_due"):
        from datetime import date

        return date.fromisoformat(value)
    return value


class BatchWriter:
    def __init__(
        self, session: Session, source_name: str, format_key: FormatKey, policy: str
    ) -> None:
        self._session = session
        self._policy = policy
        self._batch = store.add_batch(session, source_name, format_key.value)
        self._existing: dict[tuple[str, str], int | None] = dict(store.existing_keys(session))
        self._companies = store.companies_by_key(session)
        self._pending: list[tuple[ImportRecord, JobApplication]] = []
        self._created_ids: list[int] = []
        self._touched_companies: set[int] = set()
        self.created = self.merged = self.skipped_duplicates = self.skipped_errors = 0

    def _company(self, name: str) -> Company:
        key = match_key(name)
        company = self._companies.get(key)
        if company is None:
            company = Company(name=clean(name), name_key=key)
            self._session.add(company)
            self._session.flush()
            self._companies[key] = company
        elif company.deleted_at is not None:
            company.deleted_at = None
            self._session.add(company)
        assert company.id is not None
        self._touched_companies.add(company.id)
        return company

    def add(self, record: ImportRecord | None) -> None:
        if record is None:
            self.skipped_errors += 1
            return
        key = store.duplicate_key(record.data.company_name, record.data.role_title)
        existing = self._existing.get(key)
        if key in self._existing and self._policy != "import":
            if self._policy == "merge" and existing is not None:
                self._merge(existing, record)
            else:
                self.skipped_duplicates += 1
            return
        company = self._company(record.data.company_name)
        assert company.id is not None and self._batch.id is not None
        first = record.moves[0]
        last = record.moves[-1]
        application = JobApplication(
            company_id=company.id, role_title="", current_stage=last.stage,
            outcome=last.outcome.value if last.outcome else None, stage_changed_at=last.at,
            created_at=first.at, updated_at=last.at, import_batch_id=self._batch.id,
        )  # fmt: skip
        apply_fields(application, record.data)
        self._pending.append((record, application))
        # A later row of the same file with this company and role is a duplicate of this one.
        self._existing.setdefault(key, None)
        if len(self._pending) >= CHUNK:
            self._flush()

    def _merge(self, application_id: int, record: ImportRecord) -> None:
        application = self._session.get(JobApplication, application_id)
        assert application is not None
        incoming = JobApplication(company_id=application.company_id, role_title="")
        apply_fields(incoming, record.data)
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for name in MERGEABLE:
            old, new = getattr(application, name), getattr(incoming, name)
            if old in (None, "") and new not in (None, ""):
                before[name], after[name] = _json_value(old), _json_value(new)
                setattr(application, name, new)
        new_tags = [tag for tag in incoming.tags if tag not in application.tags]
        if new_tags:
            before["tags"], after["tags"] = list(application.tags), [*application.tags, *new_tags]
            application.tags = after["tags"]
        if not before:
            self.skipped_duplicates += 1
            return
        application.updated_at = datetime.now(UTC)
        self._session.add(application)
        assert self._batch.id is not None
        self._session.add(
            ImportMerge(batch_id=self._batch.id, application_id=application_id,
                        before=before, after=after)
        )  # fmt: skip
        self.merged += 1
        self._created_ids.append(application_id)  # to be indexed again

    def _flush(self) -> None:
        if not self._pending:
            return
        store.add_all(self._session, [application for _record, application in self._pending])
        children: list[JobApplication | StageEvent | Note] = []
        for record, application in self._pending:
            assert application.id is not None
            previous: tuple[str | None, str | None] = (None, None)
            for move in record.moves:
                outcome = move.outcome.value if move.outcome else None
                children.append(
                    StageEvent(application_id=application.id, from_stage=previous[0],
                               from_outcome=previous[1], to_stage=move.stage, to_outcome=outcome,
                               occurred_at=move.at, created_at=move.at)
                )  # fmt: skip
                previous = (move.stage, outcome)
            children.extend(
                Note(application_id=application.id, body=body, created_at=record.moves[-1].at,
                     updated_at=record.moves[-1].at)
                for body in record.notes
            )  # fmt: skip
            self._created_ids.append(application.id)
        store.add_all(self._session, children)
        self.created += len(self._pending)
        self._pending.clear()

    def finish(self) -> ImportResult:
        from tracker.services.importing import ImportResult

        self._flush()
        self._batch.created_count = self.created
        self._batch.merged_count = self.merged
        self._session.add(self._batch)
        self._session.flush()
        connection = self._session.connection()
        search_index.reindex(connection, "company", sorted(self._touched_companies))
        search_index.reindex(connection, "application", self._created_ids)
        note_ids = [
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT n.id FROM note n JOIN job_application a ON a.id = n.application_id "
                "WHERE a.import_batch_id = ?",
                (self._batch.id,),
            )
        ]
        search_index.reindex(connection, "note", note_ids)
        assert self._batch.id is not None
        return ImportResult(self._batch.id, self.created, self.merged,
                            self.skipped_duplicates, self.skipped_errors)  # fmt: skip


def set_batch_done(session: Session, batch_id: int, *, done: bool) -> None:
    """Undo (done=False) or redo a batch: its applications leave or come back from the trash
    with the exact same time stamp, and what it merged is set back or again."""
    batch = store.get_batch(session, batch_id)
    if batch is None or (batch.undone_at is None) == done:
        return
    applications = store.batch_applications(session, batch_id)
    if done:
        ids = [a.id for a in applications if a.deleted_at == batch.undone_at and a.id]
        store.set_deleted(session, ids, None)
        batch.undone_at = None
    else:
        when = datetime.now(UTC)
        store.set_deleted(
            session, [a.id for a in applications if a.deleted_at is None and a.id], when
        )
        batch.undone_at = when
    store.hide_empty_companies(session, {a.company_id for a in applications}, batch.undone_at)
    for merge in store.batch_merges(session, batch_id):
        application = session.get(JobApplication, merge.application_id)
        if application is None:
            continue
        for name, value in (merge.after if done else merge.before).items():
            setattr(application, name, _from_json(name, value))
        session.add(application)
    session.add(batch)
    session.flush()
    search_index.reindex(
        session.connection(),
        "application",
        [m.application_id for m in store.batch_merges(session, batch_id)],
    )
