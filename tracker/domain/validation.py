"""Rules a record must meet before it is saved; each broken rule names its field."""

from __future__ import annotations

from urllib.parse import urlsplit

from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.records import ApplicationUpdate

MAX_LENGTHS = {
    "company_name": 200,
    "role_title": 300,
    "city": 100,
    "referral_code": 100,
    "job_url": 2000,
    "salary_text": 200,
    "next_action": 500,
    "resume_version": 200,
}
MAX_TAGS = 30
MAX_TAG_LENGTH = 50
MAX_NOTE_LENGTH = 1_000_000


def is_openable_url(url: str) -> bool:
    """Only web links may ever be opened: http(s), or a bare host that becomes https."""
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:  # e.g. "http://[object Object]": not a link anyone can open
        return False
    return scheme in ("http", "https") or (scheme == "" and "." in url and " " not in url.strip())


def validate_application(data: ApplicationUpdate) -> None:
    problems: dict[str, FieldProblem] = {}
    for name in ("company_name", "role_title"):
        if not str(getattr(data, name)).strip():
            problems[name] = FieldProblem.REQUIRED
    for name, limit in MAX_LENGTHS.items():
        if name not in problems and len(str(getattr(data, name))) > limit:
            problems[name] = FieldProblem.TOO_LONG
    if data.job_url.strip() and "job_url" not in problems and not is_openable_url(data.job_url):
        problems["job_url"] = FieldProblem.INVALID
    if data.excitement is not None and not 1 <= data.excitement <= 5:
        problems["excitement"] = FieldProblem.OUT_OF_RANGE
    if len(data.tags) > MAX_TAGS or any(len(tag) > MAX_TAG_LENGTH for tag in data.tags):
        problems["tags"] = FieldProblem.TOO_LONG
    if problems:
        raise ValidationError(problems)


def validate_note(body: str) -> None:
    if not body.strip():
        raise ValidationError({"body": FieldProblem.REQUIRED})
    if len(body) > MAX_NOTE_LENGTH:
        raise ValidationError({"body": FieldProblem.TOO_LONG})
