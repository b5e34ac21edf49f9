"""Interview rounds and the questions asked in them, as the forms and lists handle them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from tracker.domain.enums import (
    AnswerRating,
    InterviewKind,
    InterviewOutcome,
    InterviewStatus,
    RoleCategory,
)
from tracker.domain.text import match_key

# The names Chinese interview processes give their rounds, offered first in the form.
ROUND_NAMES = ("一面", "二面", "三面", "交叉面", "HR面", "终面", "笔试", "测评", "AI面试")
DEFAULT_TIME_ZONE = "Asia/Shanghai"


@dataclass(frozen=True, slots=True)
class QuestionDraft:
    question: str
    my_answer: str = ""
    tags: tuple[str, ...] = ()
    rating: AnswerRating | None = None
    id: int | None = None  # None: a new question


@dataclass(frozen=True, slots=True)
class RoundDraft:
    """Every field of a round as its form holds it; ``id`` None for a new round."""

    application_id: int
    round_name: str
    kind: InterviewKind = InterviewKind.VIDEO
    scheduled_at: datetime | None = None  # aware
    time_zone: str = DEFAULT_TIME_ZONE
    duration_minutes: int | None = None
    location: str = ""
    meeting_link: str = ""
    interviewers: str = ""
    status: InterviewStatus = InterviewStatus.SCHEDULED
    outcome: InterviewOutcome = InterviewOutcome.PENDING
    prep_notes: str = ""
    reflection: str = ""
    questions: tuple[QuestionDraft, ...] = ()
    id: int | None = None


@dataclass(frozen=True, slots=True)
class RoundRead:
    id: int
    uuid: str
    draft: RoundDraft  # the round's fields, with ids, ready to be edited again

    @property
    def scheduled_at(self) -> datetime | None:
        return self.draft.scheduled_at


class QuestionRow(NamedTuple):
    """One line of the question bank (a named tuple: the bank reads tens of thousands at once,
    and a tuple is built several times faster than a frozen dataclass)."""

    id: int
    round_id: int
    application_id: int
    question: str
    my_answer: str
    tags: tuple[str, ...]
    rating: AnswerRating | None
    round_name: str
    asked_on: date | None
    company_name: str
    role_title: str
    role_category: RoleCategory


@dataclass(frozen=True, slots=True)
class QuestionGroup:
    """A question as the bank lists it: the same question asked in several rounds is one line,
    with every time it was asked (newest first)."""

    asked: tuple[QuestionRow, ...]
    # Every tag given any time it was asked, each once, in the order first given (gathered
    # once: the list asks for them at every paint).
    tags: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        tags = tuple(dict.fromkeys(tag for row in self.asked for tag in row.tags))
        object.__setattr__(self, "tags", tags)

    @property
    def latest(self) -> QuestionRow:
        return self.asked[0]

    @property
    def times(self) -> int:
        return len(self.asked)


def group_questions(rows: list[QuestionRow]) -> list[QuestionGroup]:
    """Identical questions (same words, whatever the case, width, spaces or closing
    punctuation) as one group each, in the order of their first row; ``rows`` come newest
    first."""
    groups: dict[str, list[QuestionRow]] = {}
    keys: dict[str, str] = {}  # a question's words → its group (the same words recur)
    for row in rows:
        key = keys.get(row.question)
        if key is None:
            key = keys[row.question] = "".join(match_key(row.question).split()).rstrip("?!。.…~")
        groups.setdefault(key, []).append(row)
    return [QuestionGroup(tuple(asked)) for asked in groups.values()]


@dataclass(frozen=True, slots=True)
class UpcomingRound:
    """A round on the agenda."""

    id: int
    application_id: int
    round_name: str
    kind: InterviewKind
    scheduled_at: datetime
    time_zone: str
    company_name: str
    role_title: str
