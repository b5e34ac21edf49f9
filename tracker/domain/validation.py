"""Rules a record must meet before it is saved; each broken rule names its field."""

from __future__ import annotations

from urllib.parse import urlsplit

from tracker.domain.application_fields import (
    FIELDS,
    MAX_LENGTHS,
    MAX_RATING,
    MIN_RATING,
    REQUIRED,
    ApplicationUpdate,
    Kind,
)
from tracker.domain.errors import FieldProblem, ValidationError

MAX_TAGS = 30
MAX_TAG_LENGTH = 50
MAX_NOTE_LENGTH = 1_000_000
MAX_LABEL_LENGTH = 200  # a document version's label (and a résumé named in an import)


def is_openable_url(url: str) -> bool:
    """Only web links may ever be opened: http(s), or a bare host that becomes https."""
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:  # e.g. "http://[object Object]": not a link anyone can open
        return False
    return scheme in ("http", "https") or (scheme == "" and "." in url and " " not in url.strip())


def validate_application(data: ApplicationUpdate) -> None:
    problems: dict[str, FieldProblem] = {}
    for spec in REQUIRED:
        if not str(getattr(data, spec.name)).strip():
            problems[spec.name] = FieldProblem.REQUIRED
    for name, limit in MAX_LENGTHS.items():
        if name not in problems and len(str(getattr(data, name))) > limit:
            problems[name] = FieldProblem.TOO_LONG
    for spec in FIELDS:
        value = getattr(data, spec.name)
        if spec.name in problems or value in (None, ""):
            continue
        if spec.kind is Kind.LINK and value.strip() and not is_openable_url(value):
            problems[spec.name] = FieldProblem.INVALID
        if spec.kind is Kind.RATING and not MIN_RATING <= value <= MAX_RATING:
            problems[spec.name] = FieldProblem.OUT_OF_RANGE
    if len(data.tags) > MAX_TAGS or any(len(tag) > MAX_TAG_LENGTH for tag in data.tags):
        problems["tags"] = FieldProblem.TOO_LONG
    if problems:
        raise ValidationError(problems)


def validate_note(body: str) -> None:
    if not body.strip():
        raise ValidationError({"body": FieldProblem.REQUIRED})
    if len(body) > MAX_NOTE_LENGTH:
        raise ValidationError({"body": FieldProblem.TOO_LONG})
