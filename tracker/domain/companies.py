"""A company as the user keeps it: what it is (website, industry, size, funding stage, city)
and their notes on it."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.validation import is_openable_url

LIMITS = {
    "website": 2000, "industry": 200, "size": 100, "funding_stage": 100, "city": 100,
    "notes": 100_000,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class CompanyDraft:
    id: int
    name: str
    website: str = ""
    industry: str = ""
    size: str = ""
    funding_stage: str = ""
    city: str = ""
    notes: str = ""


def validate_company(draft: CompanyDraft) -> None:
    problems: dict[str, FieldProblem] = {
        name: FieldProblem.TOO_LONG
        for name, limit in LIMITS.items()
        if len(getattr(draft, name)) > limit
    }
    website = draft.website.strip()
    if "website" not in problems and website and not is_openable_url(website):
        problems["website"] = FieldProblem.INVALID
    if problems:
        raise ValidationError(problems)
