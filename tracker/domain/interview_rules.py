"""What a round and its questions must be before they are saved."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.interviews import RoundDraft
from tracker.domain.validation import is_openable_url

MAX_DURATION_MINUTES = 24 * 60
# Years a round may be in: the calendar export and the lists reckon with nothing beyond them.
FIRST_YEAR, LAST_YEAR = 1970, 2100


def valid_time_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def in_years(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR


def validate_round(draft: RoundDraft) -> None:
    problems: dict[str, FieldProblem] = {}
    if not draft.round_name.strip():
        problems["round_name"] = FieldProblem.REQUIRED
    elif len(draft.round_name) > 100:
        problems["round_name"] = FieldProblem.TOO_LONG
    if draft.scheduled_at is not None and draft.scheduled_at.utcoffset() is None:
        problems["scheduled_at"] = FieldProblem.INVALID
    elif draft.scheduled_at is not None and not in_years(draft.scheduled_at.year):
        problems["scheduled_at"] = FieldProblem.OUT_OF_RANGE
    if not valid_time_zone(draft.time_zone):
        problems["time_zone"] = FieldProblem.INVALID
    duration = draft.duration_minutes
    if duration is not None and not 0 < duration <= MAX_DURATION_MINUTES:
        problems["duration_minutes"] = FieldProblem.OUT_OF_RANGE
    if draft.meeting_link.strip() and not is_openable_url(draft.meeting_link):
        problems["meeting_link"] = FieldProblem.INVALID
    for name, limit in (("location", 500), ("meeting_link", 2000), ("interviewers", 1000)):
        if name not in problems and len(getattr(draft, name)) > limit:
            problems[name] = FieldProblem.TOO_LONG
    if any(not question.question.strip() for question in draft.questions):
        problems["questions"] = FieldProblem.REQUIRED
    if problems:
        raise ValidationError(problems)
