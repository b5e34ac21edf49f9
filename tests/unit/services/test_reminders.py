"""Reminders over a real database: worked out from the records, remembered by key so that a
restart or a second Pivot on the file never shows one twice, and gone with their record."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tracker.db.opening import open_database
from tracker.domain.interviews import RoundDraft
from tracker.domain.offers import OfferDraft
from tracker.domain.records import ApplicationCreate
from tracker.domain.reminders import ReminderKind, due_now
from tracker.services.container import Services
from tracker.services.reminders import ReminderService

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _setup(services: Services, now: datetime) -> int:
    created = services.applications.create(
        ApplicationCreate(company_name="字节跳动", role_title="AI训练师"), now=now
    )
    services.interviews.save_round(
        RoundDraft(created.id, "二面", scheduled_at=now + timedelta(hours=20))
    )
    services.offers.save(OfferDraft(created.id, monthly_base=20_000, reply_deadline=now.date()))
    return created.id


def _due(services: Services, now: datetime) -> list[ReminderKind]:
    service = services.reminders
    found = service.reminders(services.queries.rows(), services.pipeline.current(), now, SHANGHAI)
    return [r.kind for r in due_now(found, service.state(), now, SHANGHAI)]


def test_reminders_come_from_the_records_and_are_shown_once(services: Services) -> None:
    now = datetime(2026, 12, 8, 10, 0, tzinfo=SHANGHAI)
    _setup(services, now)
    assert sorted(_due(services, now)) == sorted(
        [ReminderKind.ROUND_DAY_BEFORE, ReminderKind.DEADLINE_MORNING]
    )
    service = services.reminders
    rows, pipeline = services.queries.rows(), services.pipeline.current()
    due = due_now(service.reminders(rows, pipeline, now, SHANGHAI), service.state(), now, SHANGHAI)
    service.mark_shown(key for r in due for key in r.keys)
    assert _due(services, now) == []


def test_a_second_pivot_on_the_file_does_not_show_them_again(
    services: Services, tmp_path: Path
) -> None:
    now = datetime(2026, 12, 8, 10, 0, tzinfo=SHANGHAI)
    _setup(services, now)
    rows, pipeline = services.queries.rows(), services.pipeline.current()
    service = services.reminders
    service.mark_shown(r.key for r in service.reminders(rows, pipeline, now, SHANGHAI))
    other = open_database(services.database.path, tmp_path / "backups")
    try:
        other_service = ReminderService(other)
        found = other_service.reminders(rows, pipeline, now, SHANGHAI)
        assert due_now(found, other_service.state(), now, SHANGHAI) == []
    finally:
        other.close()


def test_a_snoozed_reminder_is_due_again_at_its_time(services: Services) -> None:
    now = datetime(2026, 12, 8, 10, 0, tzinfo=SHANGHAI)
    _setup(services, now)
    rows, pipeline = services.queries.rows(), services.pipeline.current()
    found = services.reminders.reminders(rows, pipeline, now, SHANGHAI)
    services.reminders.mark_shown(r.key for r in found)
    deadline = next(r for r in found if r.kind is ReminderKind.DEADLINE_MORNING)
    services.reminders.snooze([deadline.key], now + timedelta(hours=1))
    assert _due(services, now) == []
    assert _due(services, now + timedelta(hours=1)) == [ReminderKind.DEADLINE_MORNING]


def test_a_deleted_or_archived_application_reminds_of_nothing(services: Services) -> None:
    now = datetime(2026, 12, 8, 10, 0, tzinfo=SHANGHAI)
    application_id = _setup(services, now)
    services.applications.set_archived([application_id], True)
    assert _due(services, now) == []
    services.applications.set_archived([application_id], False)
    services.applications.delete([application_id])
    assert _due(services, now) == []
    assert services.reminders.state().shown == frozenset()


def test_moving_the_round_reminds_again_at_its_new_time(services: Services) -> None:
    now = datetime(2026, 12, 8, 10, 0, tzinfo=SHANGHAI)
    application_id = _setup(services, now)
    rows, pipeline = services.queries.rows(), services.pipeline.current()
    services.reminders.mark_shown(
        r.key for r in services.reminders.reminders(rows, pipeline, now, SHANGHAI)
    )
    (interview,) = services.interviews.rounds_of(application_id)
    moved = now + timedelta(hours=10)
    services.interviews.save_round(
        RoundDraft(application_id, "二面", scheduled_at=moved, id=interview.id)
    )
    assert ReminderKind.ROUND_DAY_BEFORE in _due(services, now)
    # Its hour-before reminder is new too: not due yet, due an hour before the new time.
    assert ReminderKind.ROUND_HOUR_BEFORE not in _due(services, now)
    assert ReminderKind.ROUND_HOUR_BEFORE in _due(services, moved - timedelta(minutes=50))
