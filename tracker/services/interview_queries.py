"""Fast reads of interviews for the agenda and the question bank (plain SQL, light connection)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from tracker.db import interview_listing as listing
from tracker.db.database import Database
from tracker.domain.enums import AnswerRating, InterviewKind, RoleCategory
from tracker.domain.interviews import QuestionRow, UpcomingRound


class InterviewQueries:
    def __init__(self, database: Database) -> None:
        self._database = database

    def question_bank(self) -> list[QuestionRow]:
        """Every question asked in a round that is not in the trash, latest rounds first."""
        seen = _Seen()
        with self._database.reading() as connection:
            return [_question_row(values, seen) for values in listing.bank_rows(connection)]

    def round_of_question(self, question_id: int) -> int | None:
        with self._database.reading() as connection:
            return listing.round_of_question(connection, question_id)

    def upcoming(self, start: datetime, end: datetime) -> list[UpcomingRound]:
        """Scheduled rounds from ``start`` to ``end``, soonest first."""
        with self._database.reading() as connection:
            return [_upcoming(values) for values in listing.upcoming_rows(connection, start, end)]


class _Seen:
    """What recurs from question to question, read and kept once: a round's time as a date
    (its questions share it), a set of tags, a text (the company, the role, the round's name,
    a question asked again)."""

    def __init__(self) -> None:
        self._dates: dict[object, date | None] = {}
        self._tags: dict[str, tuple[str, ...]] = {"[]": ()}
        self.texts: dict[str, str] = {}

    def date(self, stored: object) -> date | None:
        found = self._dates.get(stored, _UNREAD)
        if found is _UNREAD:
            found = self._dates[stored] = listing.stored_date(stored)
        return found  # type: ignore[return-value]

    def tags(self, stored: str) -> tuple[str, ...]:
        found = self._tags.get(stored)
        if found is None:
            found = self._tags[stored] = tuple(self.text(tag) for tag in json.loads(stored))
        return found

    def text(self, text: str) -> str:
        return self.texts.setdefault(text, text)


_UNREAD = object()
_RATINGS = {rating.value: rating for rating in AnswerRating}
_CATEGORIES = {category.value: category for category in RoleCategory}


def _question_row(values: Any, seen: _Seen) -> QuestionRow:
    (id_, round_id, application_id, question, answer, tags, rating, round_name, scheduled,
     company, role, category) = values  # fmt: skip
    once = seen.texts.setdefault
    return QuestionRow(
        id=id_,
        round_id=round_id,
        application_id=application_id,
        question=once(question, question),
        my_answer=once(answer, answer),
        tags=seen.tags(tags),
        rating=_RATINGS[rating] if rating else None,
        round_name=once(round_name, round_name),
        asked_on=seen.date(scheduled),
        company_name=once(company, company),
        role_title=once(role, role),
        role_category=_CATEGORIES[category],
    )


def _upcoming(values: Any) -> UpcomingRound:
    id_, application_id, name, kind, scheduled, zone, company, role = values
    moment = listing.stored_datetime(scheduled)
    assert moment is not None
    return UpcomingRound(
        id=id_,
        application_id=application_id,
        round_name=name,
        kind=InterviewKind(kind),
        scheduled_at=moment,
        time_zone=zone,
        company_name=company,
        role_title=role,
    )
