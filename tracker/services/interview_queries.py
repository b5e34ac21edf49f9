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
        dates = _Dates()
        same: dict[str, str] = {}
        with self._database.reading() as connection:
            return [_question_row(values, dates, same) for values in listing.bank_rows(connection)]

    def round_of_question(self, question_id: int) -> int | None:
        with self._database.reading() as connection:
            return listing.round_of_question(connection, question_id)

    def upcoming(self, start: datetime, end: datetime) -> list[UpcomingRound]:
        """Scheduled rounds from ``start`` to ``end``, soonest first."""
        with self._database.reading() as connection:
            return [_upcoming(values) for values in listing.upcoming_rows(connection, start, end)]


class _Dates:
    """Stored round times as dates, each read once (a round's questions share its time)."""

    def __init__(self) -> None:
        self._seen: dict[object, date | None] = {}

    def __call__(self, stored: object) -> date | None:
        found = self._seen.get(stored, _UNREAD)
        if found is _UNREAD:
            found = self._seen[stored] = listing.stored_date(stored)
        return found  # type: ignore[return-value]


_UNREAD = object()
_RATINGS = {rating.value: rating for rating in AnswerRating}
_CATEGORIES = {category.value: category for category in RoleCategory}


def _question_row(values: Any, dates: _Dates, same: dict[str, str]) -> QuestionRow:
    """One question; texts that recur from row to row (the company, the role, the round's
    name, a question asked again, a tag) are kept once, through ``same``."""
    (id_, round_id, application_id, question, answer, tags, rating, round_name, scheduled,
     company, role, category) = values  # fmt: skip
    once = same.setdefault
    return QuestionRow(
        id=id_,
        round_id=round_id,
        application_id=application_id,
        question=once(question, question),
        my_answer=once(answer, answer),
        tags=() if tags == "[]" else tuple(once(tag, tag) for tag in json.loads(tags)),
        rating=_RATINGS[rating] if rating else None,
        round_name=once(round_name, round_name),
        asked_on=dates(scheduled),
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
