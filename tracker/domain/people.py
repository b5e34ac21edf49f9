"""The people of a hunt: contacts as their form holds them, and how they are listed with what
they are to each application (``Relation``, in ``tracker.domain.enums``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.domain.enums import Outcome, Relation
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.validation import is_openable_url

# Field → longest text the database keeps.
LIMITS = {
    "name": 200, "company": 200, "role": 200, "how_met": 200, "email": 320, "phone": 50,
    "wechat": 100, "linkedin": 2000, "notes": 100_000,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ContactDraft:
    name: str
    company: str = ""
    role: str = ""
    how_met: str = ""
    wechat: str = ""
    phone: str = ""
    email: str = ""
    linkedin: str = ""
    notes: str = ""
    last_contact_on: date | None = None
    follow_up_on: date | None = None
    id: int | None = None


def validate_contact(draft: ContactDraft) -> None:
    problems: dict[str, FieldProblem] = {}
    if not draft.name.strip():
        problems["name"] = FieldProblem.REQUIRED
    for name, limit in LIMITS.items():
        if name not in problems and len(getattr(draft, name)) > limit:
            problems[name] = FieldProblem.TOO_LONG
    email = draft.email.strip()
    if "email" not in problems and email and ("@" not in email or " " in email):
        problems["email"] = FieldProblem.INVALID
    linkedin = draft.linkedin.strip()
    if "linkedin" not in problems and linkedin and not is_openable_url(linkedin):
        problems["linkedin"] = FieldProblem.INVALID
    if problems:
        raise ValidationError(problems)


@dataclass(frozen=True, slots=True)
class ContactRow:
    """One person as the People page lists them."""

    id: int
    name: str
    company: str
    role: str
    how_met: str
    applications: int  # linked applications outside the trash
    last_contact_on: date | None
    follow_up_on: date | None


@dataclass(frozen=True, slots=True)
class ContactLink:
    """A person linked to an application, and what they are to it."""

    contact_id: int
    application_id: int
    relation: Relation
    name: str  # the person's
    role_title: str  # the application's
    company_name: str  # the application's
    stage: str
    outcome: Outcome | None
