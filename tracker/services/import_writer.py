"""The writing half of an import, inside the one transaction the import service owns: the
batch, its applications with their real history and notes, duplicates skipped or merged; and
the undo and redo of a whole batch."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from tracker.db import document_store, search_index
from tracker.db import import_store as store
from tracker.db.models import ImportMerge, JobApplication, new_uuid
from tracker.db.session import Session
from tracker.domain.application_fields import FIELDS, MERGEABLE, SALARY_COLUMNS, Kind
from tracker.domain.import_formats import FormatKey
from tracker.domain.import_rows import ImportRecord
from tracker.domain.text import clean, match_key
from tracker.services.applications import field_values

if TYPE_CHECKING:
    from tracker.services.importing import ImportResult

CHUNK = 500
# Fields a merge may fill in when the existing application has nothing there (declared with
# the fields); the salary as typed and what was read from it travel together, or not at all.
SALARY = ("salary_text", *SALARY_COLUMNS)
STATE = ("current_stage", "outcome", "stage_changed_at")
_DAYS = tuple(spec.column for spec in FIELDS if spec.kind is Kind.DATE)
_TIMES = ("stage_changed_at", "occurred_at", "created_at")
EVENTS = "events"  # key of a merge's moves, kept in its "after"
RESUME_SENT = "resume_sent"  # key of the résumé version a merge recorded as sent, in "after"
_NOT_FIELDS = (EVENTS, RESUME_SENT)


def _json_value(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _from_json(name: str, value: Any) -> Any:
    if value is not None and name in _DAYS:
        return date.fromisoformat(value)
    if value is not None and name in _TIMES:
        return datetime.fromisoformat(value)
    return value


def _chunks(ids: list[int]) -> list[list[int]]:
    """Id lists short enough for one IN (…) on any SQLite build."""
    return [ids[start : start + CHUNK] for start in range(0, len(ids), CHUNK)]


class BatchWriter:
    def __init__(
        self,
        session: Session,
        source_name: str,
        format_key: FormatKey,
        policy: str,
        stage_order: Sequence[str],
    ) -> None:
        self._session = session
        self._stage_order = list(stage_order)
        self._policy = policy
        self._batch = store.add_batch(session, source_name, format_key.value)
        assert self._batch.id is not None
        self._batch_id = self._batch.id
        self._existing: dict[tuple[str, str], int | None] = dict(store.existing_keys(session))
        self._companies = {key: c.id for key, c in store.companies_by_key(session).items() if c.id}
        self._revived: set[int] = set()
        self._ids = store.next_ids(session)
        self._rows: dict[str, list[dict[str, Any]]] = {table: [] for table in self._ids}
        self._created_ids: list[int] = []
        self._merged_ids: list[int] = []
        self._resumes: list[tuple[int, str, date | None]] = []  # the résumé each was sent
        self._touched_companies: set[int] = set()
        self.created = self.merged = self.skipped_duplicates = self.skipped_errors = 0

    def _take_id(self, table: str) -> int:
        value = self._ids[table]
        self._ids[table] = value + 1
        return value

    def _company(self, name: str, now: datetime) -> int:
        key = match_key(name)
        company_id = self._companies.get(key)
        if company_id is None:
            company_id = self._take_id("company")
            self._rows["company"].append({
                "id": company_id, "uuid": new_uuid(), "name": clean(name), "name_key": key,
                "website": None, "industry": None, "size": None, "funding_stage": None,
                "city": None, "notes": "", "created_at": now, "updated_at": now,
                "deleted_at": None,
            })  # fmt: skip
            self._companies[key] = company_id
        else:
            self._revived.add(company_id)
        self._touched_companies.add(company_id)
        return company_id

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
        # A later row of the same file with this company and role is a duplicate of this one.
        self._existing.setdefault(key, None)
        first, last = record.moves[0], record.moves[-1]
        application_id = self._take_id("job_application")
        self._rows["job_application"].append({
            **field_values(record.data), "id": application_id, "uuid": new_uuid(),
            "company_id": self._company(record.data.company_name, first.at),
            "current_stage": last.stage, "outcome": last.outcome.value if last.outcome else None,
            "stage_changed_at": last.at, "archived": False, "import_batch_id": self._batch_id,
            "created_at": first.at, "updated_at": last.at, "deleted_at": None,
        })  # fmt: skip
        previous: tuple[str | None, str | None] = (None, None)
        for move in record.moves:
            outcome = move.outcome.value if move.outcome else None
            self._rows["stage_event"].append({
                "id": self._take_id("stage_event"), "uuid": new_uuid(),
                "application_id": application_id, "from_stage": previous[0],
                "from_outcome": previous[1], "to_stage": move.stage, "to_outcome": outcome,
                "occurred_at": move.at, "note": "", "created_at": move.at,
            })  # fmt: skip
            previous = (move.stage, outcome)
        for body in record.notes:
            self._rows["note"].append({
                "id": self._take_id("note"), "uuid": new_uuid(), "application_id": application_id,
                "body": body, "created_at": last.at, "updated_at": last.at, "deleted_at": None,
            })  # fmt: skip
        if record.resume:
            self._resumes.append((application_id, record.resume, record.data.applied_on))
        self._created_ids.append(application_id)
        self.created += 1
        if len(self._rows["job_application"]) >= CHUNK:
            self._flush()

    def _merge(self, application_id: int, record: ImportRecord) -> None:
        """Fill in what the existing application lacks, and move it on when the row has it
        further along; what was there is kept in an ImportMerge for the undo."""
        self._flush()
        application = self._session.get(JobApplication, application_id)
        assert application is not None
        incoming = field_values(record.data)
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        empty = (None, "")
        names = [n for n in MERGEABLE if getattr(application, n) in empty]
        if application.salary_text == "" and incoming["salary_text"]:
            names += SALARY
        for name in names:
            if incoming[name] not in empty:
                before[name] = _json_value(getattr(application, name))
                after[name] = _json_value(incoming[name])
                setattr(application, name, incoming[name])
        new_tags = [tag for tag in incoming["tags"] if tag not in application.tags]  # type: ignore[attr-defined]
        if new_tags:
            before["tags"], after["tags"] = list(application.tags), [*application.tags, *new_tags]
            application.tags = after["tags"]
        self._move_on(application, record, before, after)
        self._merge_resume(application_id, record, before, after)
        if not before:
            self.skipped_duplicates += 1
            return
        application.updated_at = datetime.now(UTC)
        self._session.add(application)
        self._session.add(
            ImportMerge(batch_id=self._batch_id, application_id=application_id,
                        before=before, after=after)
        )  # fmt: skip
        self._session.flush()
        self.merged += 1
        self._merged_ids.append(application_id)

    def _merge_resume(
        self, application_id: int, record: ImportRecord,
        before: dict[str, Any], after: dict[str, Any],
    ) -> None:  # fmt: skip
        """The row's résumé, recorded as sent when the application has none recorded."""
        connection = self._session.connection()
        if not record.resume or document_store.has_resume_sent(connection, application_id):
            return
        on = record.data.applied_on
        (version,) = document_store.send_resume_labels(
            connection, [(application_id, record.resume, on)]
        )
        before[RESUME_SENT] = None
        after[RESUME_SENT] = [version, _json_value(on)]

    def _move_on(
        self, application: JobApplication, record: ImportRecord,
        before: dict[str, Any], after: dict[str, Any],
    ) -> None:  # fmt: skip
        """An open application the row shows further along (saved on LinkedIn, then applied)
        takes the row's later moves, dated as the row dates them (never before its own)."""
        order = self._stage_order
        if application.outcome is not None or application.current_stage not in order:
            return
        here = order.index(application.current_stage)
        later = [
            move for move in record.moves
            if move.stage in order and (order.index(move.stage) > here or move.outcome)
        ]  # fmt: skip
        if not later:
            return
        assert application.id is not None
        for name in STATE:
            before[name] = _json_value(getattr(application, name))
        previous: tuple[str, str | None] = (application.current_stage, application.outcome)
        moment = application.stage_changed_at.replace(tzinfo=UTC)
        events = []
        for move in later:
            moment = max(move.at, moment)
            outcome = move.outcome.value if move.outcome else None
            events.append({
                "id": self._take_id("stage_event"), "uuid": new_uuid(),
                "application_id": application.id, "from_stage": previous[0],
                "from_outcome": previous[1], "to_stage": move.stage, "to_outcome": outcome,
                "occurred_at": moment, "note": "", "created_at": moment,
            })  # fmt: skip
            previous = (move.stage, outcome)
        store.insert_rows(self._session, "stage_event", events)
        application.current_stage, application.outcome = previous[0], previous[1]
        application.stage_changed_at = moment
        for name in STATE:
            after[name] = _json_value(getattr(application, name))
        after[EVENTS] = [{k: _json_value(v) for k, v in event.items()} for event in events]

    def _flush(self) -> None:
        for table in ("company", "job_application", "stage_event", "note"):
            store.insert_rows(self._session, table, self._rows[table])
            self._rows[table].clear()

    def finish(self) -> ImportResult:
        from tracker.services.importing import ImportResult

        self._flush()
        store.revive_companies(self._session, self._revived)
        document_store.send_resume_labels(self._session.connection(), self._resumes)
        self._batch.created_count = self.created
        self._batch.merged_count = self.merged
        self._session.add(self._batch)
        self._session.flush()
        connection = self._session.connection()
        for ids in _chunks(sorted(self._touched_companies)):
            search_index.reindex(connection, "company", ids)
        for ids in _chunks(self._created_ids + self._merged_ids):
            search_index.reindex(connection, "application", ids)
        for ids in _chunks(store.batch_note_ids(self._session, self._batch_id)):
            search_index.reindex(connection, "note", ids)
        return ImportResult(self._batch_id, self.created, self.merged,
                            self.skipped_duplicates, self.skipped_errors)  # fmt: skip


def _resume_again(
    session: Session, application_id: int, after: dict[str, Any], *, done: bool
) -> None:
    """The résumé a merge recorded as sent, recorded again (redo) or taken back (undo)."""
    recorded = after.get(RESUME_SENT)
    if not recorded:
        return
    version, on = recorded
    connection = session.connection()
    if done:
        document_store.set_sent(connection, application_id, int(version), _from_day(on))
    else:
        document_store.remove_sent(connection, application_id, int(version))


def _from_day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def set_batch_done(session: Session, batch_id: int, *, done: bool) -> None:
    """Undo (done=False) or redo a batch: what it created leaves or comes back from the trash
    with the exact same time stamp, and what it merged is set back (newest first) or again."""
    batch = store.get_batch(session, batch_id)
    if batch is None or (batch.undone_at is None) == done:
        return
    applications = store.batch_applications(session, batch_id)
    when = None if done else datetime.now(UTC)
    for table in store.TAGGED_TABLES:
        store.set_batch_deleted(session, table, batch_id, was=batch.undone_at, now=when)
    batch.undone_at = when
    store.hide_empty_companies(session, {a.company_id for a in applications}, batch.undone_at)
    merges = list(store.batch_merges(session, batch_id))
    for merge in merges if done else reversed(merges):
        application = session.get(JobApplication, merge.application_id)
        if application is None:
            continue
        values = merge.after if done else merge.before
        for name, value in values.items():
            if name not in _NOT_FIELDS:
                setattr(application, name, _from_json(name, value))
        _resume_again(session, merge.application_id, merge.after, done=done)
        events: list[dict[str, Any]] = list(merge.after.get(EVENTS) or [])  # type: ignore[call-overload]
        if done:
            rows = [{k: _from_json(k, v) for k, v in event.items()} for event in events]
            store.insert_rows(session, "stage_event", rows)
        else:
            store.delete_events(session, [int(event["id"]) for event in events])
        session.add(application)
    session.add(batch)
    session.flush()
    merged = sorted({m.application_id for m in merges})
    for ids in _chunks(merged):
        search_index.reindex(session.connection(), "application", ids)
