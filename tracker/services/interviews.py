"""Interview rounds with their questions; the question bank; rounds on the agenda."""

from __future__ import annotations

from tracker.db import interviews as store
from tracker.db import search_index
from tracker.db.applications import get_application
from tracker.db.database import Database
from tracker.db.models import InterviewQuestion, InterviewRound, utc_now
from tracker.db.session import Session
from tracker.domain.enums import (
    AnswerRating,
    InterviewKind,
    InterviewOutcome,
    InterviewStatus,
)
from tracker.domain.errors import NotFoundError
from tracker.domain.interview_rules import validate_round
from tracker.domain.interviews import (
    QuestionDraft,
    RoundDraft,
    RoundRead,
)
from tracker.domain.text import clean

_ONE_LINE_FIELDS = frozenset(
    {"round_name", "time_zone", "location", "meeting_link", "interviewers"}
)
_ROUND_FIELDS = (
    "round_name", "scheduled_at", "time_zone", "duration_minutes", "location", "meeting_link",
    "interviewers", "prep_notes", "reflection",
)  # fmt: skip


def _round_read(session: Session, row: InterviewRound) -> RoundRead:
    assert row.id is not None
    questions = tuple(
        QuestionDraft(
            question=q.question,
            my_answer=q.my_answer,
            tags=tuple(q.tags),
            rating=AnswerRating(q.rating) if q.rating else None,
            id=q.id,
        )
        for q in store.questions_of(session, row.id)
    )
    draft = RoundDraft(
        application_id=row.application_id,
        round_name=row.round_name,
        kind=InterviewKind(row.kind),
        scheduled_at=row.scheduled_at,
        time_zone=row.time_zone,
        duration_minutes=row.duration_minutes,
        location=row.location,
        meeting_link=row.meeting_link,
        interviewers=row.interviewers,
        status=InterviewStatus(row.status),
        outcome=InterviewOutcome(row.outcome),
        prep_notes=row.prep_notes,
        reflection=row.reflection,
        questions=questions,
        id=row.id,
    )
    return RoundRead(id=row.id, uuid=row.uuid, draft=draft)


def _store_questions(session: Session, round_id: int, drafts: tuple[QuestionDraft, ...]) -> None:
    """Questions as the form left them: changed in place, new ones added, removed ones gone."""
    existing = {q.id: q for q in store.questions_of(session, round_id)}
    for position, draft in enumerate(drafts):
        question = existing.pop(draft.id, None) if draft.id is not None else None
        if question is None:
            question = InterviewQuestion(round_id=round_id, question="")
        question.position = position
        question.question = draft.question.strip()
        question.my_answer = draft.my_answer
        question.tags = [clean(tag) for tag in draft.tags if clean(tag)]
        question.rating = draft.rating.value if draft.rating else None
        question.updated_at = utc_now()
        session.add(question)
    for leftover in existing.values():
        session.delete(leftover)
    session.flush()


class InterviewService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def rounds_of(self, application_id: int) -> list[RoundRead]:
        with self._database.read_session() as session:
            return [_round_read(session, row) for row in store.rounds_of(session, application_id)]

    def get_round(self, round_id: int) -> RoundRead:
        with self._database.read_session() as session:
            return _round_read(session, store.get_round(session, round_id))

    def save_round(self, draft: RoundDraft) -> RoundRead:
        """Create or update a round and its questions in one transaction."""
        validate_round(draft)
        with self._database.write_session() as session:
            get_application(session, draft.application_id)
            if draft.id is None:
                row = InterviewRound(application_id=draft.application_id, round_name="")
            else:
                row = store.get_round(session, draft.id)
            for name in _ROUND_FIELDS:
                value = getattr(draft, name)
                setattr(
                    row,
                    name,
                    value.strip()
                    if isinstance(value, str) and name != "prep_notes" and name != "reflection"
                    else value,
                )
            row.kind = draft.kind.value
            row.status = draft.status.value
            row.outcome = draft.outcome.value
            row.updated_at = utc_now()
            session.add(row)
            session.flush()
            assert row.id is not None
            _store_questions(session, row.id, draft.questions)
            connection = session.connection()
            search_index.reindex(connection, "round", [row.id])
            search_index.reindex(
                connection, "question", [q.id for q in store.questions_of(session, row.id) if q.id]
            )
            return _round_read(session, row)

    def set_round_deleted(self, round_id: int, deleted: bool) -> None:
        """Move a round (with its questions) to the trash, or bring it back."""
        with self._database.write_session() as session:
            row = session.get(InterviewRound, round_id)
            if row is None:
                raise NotFoundError("interview round", round_id)
            row.deleted_at = utc_now() if deleted else None
            session.add(row)
