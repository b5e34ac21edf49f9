"""Interview rounds as an iCalendar file (RFC 5545) that calendar programs import.

Each scheduled round becomes one event whose UID comes from the round's UUID, so importing the
file again updates the events it made before instead of adding copies; SEQUENCE grows with
every edit of the round, so a calendar takes the newer version. Times are written in the zone
the round was arranged in, with a VTIMEZONE for each zone used. The file is written whole or
not at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Alarm, Calendar, Event

from tracker.db import interviews as store
from tracker.db.atomic_file import write_atomically
from tracker.db.database import Database
from tracker.db.models import InterviewRound
from tracker.domain.enums import InterviewStatus
from tracker.domain.errors import NotFoundError
from tracker.domain.text import clean

PRODUCT_ID = "-//Pivot//Pivot job-hunt tracker//EN"
UID_DOMAIN = "pivot"
DEFAULT_DURATION_MINUTES = 60
# Reminders before each round: a day ahead, and an hour ahead.
REMINDERS = (timedelta(days=-1), timedelta(hours=-1))

_UNSAFE_IN_FILE_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class CalendarWords:
    """The labels written into the file's text; the window passes translated ones."""

    calendar_name: str = "Interviews"
    interviewers: str = "Interviewers"
    meeting_link: str = "Meeting link"
    preparation: str = "Preparation"
    reminder: str = "Interview: {summary}"  # an alarm's text; {summary} is the event's title


@dataclass(frozen=True, slots=True)
class CalendarRound:
    """What the file needs of one round and its application."""

    id: int
    uuid: str
    round_name: str
    company_name: str
    role_title: str
    scheduled_at: datetime  # aware
    time_zone: str
    duration_minutes: int | None
    location: str
    meeting_link: str
    interviewers: str
    status: InterviewStatus
    prep_notes: str
    created_at: datetime
    updated_at: datetime


def _utc(moment: datetime) -> datetime:
    """Stored times are UTC; a naive one (an old row) is read as UTC too."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def _web_link(link: str) -> str | None:
    link = link.strip()
    return link if urlsplit(link).scheme.lower() in ("http", "https") else None


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def summary(interview: CalendarRound) -> str:
    """'【二面】字节跳动 – AI训练师': the round in brackets, then company and role."""
    parts = (_one_line(interview.company_name), _one_line(interview.role_title))
    place = " – ".join(part for part in parts if part)
    return f"【{_one_line(interview.round_name)}】{place}"


def sequence(interview: CalendarRound) -> int:
    """Whole seconds from the round's creation to its last edit: grows with every edit."""
    seconds = (_utc(interview.updated_at) - _utc(interview.created_at)).total_seconds()
    return max(0, int(seconds))


def _description(interview: CalendarRound, words: CalendarWords) -> str:
    lines: list[str] = []
    if interview.interviewers.strip():
        lines.append(f"{words.interviewers}: {interview.interviewers.strip()}")
    if interview.meeting_link.strip():
        lines.append(f"{words.meeting_link}: {interview.meeting_link.strip()}")
    notes = interview.prep_notes.replace("\r\n", "\n").replace("\r", "\n").strip()
    if notes:
        if lines:
            lines.append("")
        lines.append(f"{words.preparation}:")
        lines.append(notes)
    return "\n".join(lines)


def _event(interview: CalendarRound, words: CalendarWords, stamp: datetime) -> Event:
    zone = _zone(interview.time_zone)
    start = _utc(interview.scheduled_at)
    minutes = interview.duration_minutes or DEFAULT_DURATION_MINUTES
    end = start + timedelta(minutes=minutes)  # exact minutes, even across a clock change
    title = summary(interview)
    cancelled = interview.status is InterviewStatus.CANCELLED

    event = Event()
    event.add("uid", f"{interview.uuid}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", start.astimezone(zone))
    event.add("dtend", end.astimezone(zone))
    event.add("summary", title)
    place = _one_line(interview.location) or interview.meeting_link.strip()
    if place:
        event.add("location", place)
    link = _web_link(interview.meeting_link)
    if link is not None:
        event.add("url", link)
    description = _description(interview, words)
    if description:
        event.add("description", description)
    event.add("sequence", sequence(interview))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("transp", "TRANSPARENT" if cancelled else "OPAQUE")
    if not cancelled:  # no reminders of a round that will not happen
        for offset in REMINDERS:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", offset)
            alarm.add("description", words.reminder.format(summary=title))
            event.add_component(alarm)
    return event


def calendar_of(
    rounds: Sequence[CalendarRound],
    words: CalendarWords = CalendarWords(),
    now: datetime | None = None,
) -> Calendar:
    """A calendar with one event per round, and the time zones those events use."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", words.calendar_name)
    stamp = _utc(now) if now is not None else datetime.now(UTC)
    for interview in sorted(rounds, key=lambda r: (_utc(r.scheduled_at), r.id)):
        calendar.add_component(_event(interview, words, stamp))
    if rounds:
        years = [_utc(r.scheduled_at).year for r in rounds]
        # Zone rules from a year before the first round to a year after the last: enough for
        # every event here, and a file of a few kilobytes.
        calendar.add_missing_timezones(date(min(years) - 1, 1, 1), date(max(years) + 2, 1, 1))
    return calendar


def ical_bytes(calendar: Calendar) -> bytes:
    """The calendar as UTF-8 text with CRLF line ends, lines folded at 75 octets."""
    data: bytes = calendar.to_ical()
    return data


def calendar_file_name(company_name: str, round_name: str) -> str:
    """'interview-字节跳动-二面.ics': a file name with nothing a file system refuses."""
    parts = ["interview"]
    for text in (company_name, round_name):
        visible = clean(text)
        cleaned = _SPACES.sub("-", _UNSAFE_IN_FILE_NAMES.sub(" ", visible).strip()).strip(".-")
        if cleaned:
            parts.append(cleaned[:60])
    return "-".join(parts) + ".ics"


class InterviewCalendar:
    def __init__(self, database: Database) -> None:
        self._database = database

    def rounds(self, round_ids: list[int] | None = None) -> list[CalendarRound]:
        """Scheduled rounds, not in the trash, of applications not in the trash; soonest first.

        With ``round_ids``, only those rounds (an unscheduled one among them is left out).

        Raises:
            NotFoundError: one of ``round_ids`` is not a round, or it or its application is in
                the trash.
        """
        with self._database.read_session() as session:
            found = store.rounds_with_roles(session, round_ids)
        if round_ids is not None:
            missing = sorted(set(round_ids) - {row.id for row, _role, _company in found})
            if missing:
                raise NotFoundError("interview round", missing[0])
        return [
            _calendar_round(row, role, company)
            for row, role, company in found
            if row.scheduled_at is not None
        ]

    def calendar_bytes(
        self,
        round_ids: list[int] | None = None,
        words: CalendarWords = CalendarWords(),
        now: datetime | None = None,
    ) -> bytes:
        """The iCalendar text of the rounds (see ``rounds``), UTF-8, lines folded at 75 octets."""
        return ical_bytes(calendar_of(self.rounds(round_ids), words, now))

    def write(
        self,
        path: Path,
        round_ids: list[int] | None = None,
        words: CalendarWords = CalendarWords(),
    ) -> int:
        """Write the rounds' calendar to ``path`` and return how many events it holds.

        Raises:
            FileError: the file could not be written; a file already there is left unchanged.
            NotFoundError: as ``rounds``.
        """
        rounds = self.rounds(round_ids)
        write_atomically(path, ical_bytes(calendar_of(rounds, words)), database=self._database.path)
        return len(rounds)


def _calendar_round(row: InterviewRound, role_title: str, company_name: str) -> CalendarRound:
    assert row.id is not None and row.scheduled_at is not None
    return CalendarRound(
        id=row.id,
        uuid=row.uuid,
        round_name=row.round_name,
        company_name=company_name,
        role_title=role_title,
        scheduled_at=row.scheduled_at,
        time_zone=row.time_zone,
        duration_minutes=row.duration_minutes,
        location=row.location,
        meeting_link=row.meeting_link,
        interviewers=row.interviewers,
        status=InterviewStatus(row.status),
        prep_notes=row.prep_notes,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )
