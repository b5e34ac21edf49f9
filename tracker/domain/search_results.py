"""What a full-text search returns: hits grouped by the kind of record, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SearchKind(StrEnum):
    """The kinds of record search looks through, in the order results are shown."""

    COMPANY = "company"
    CONTACT = "contact"
    APPLICATION = "application"
    POSTING = "posting"
    NOTE = "note"
    ROUND = "round"
    QUESTION = "question"


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One record found. ``application_id`` is the application the record belongs to (None for
    a company); ``context`` names that application ("role · company") where it is not the record
    itself; ``snippet`` is the record's own text around the first match."""

    kind: SearchKind
    record_id: int
    application_id: int | None
    title: str
    context: str
    snippet: str
    # Where the query was found in the title and in the snippet: (start, end) spans.
    title_marks: tuple[tuple[int, int], ...] = ()
    snippet_marks: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class SearchGroup:
    """The hits of one kind; ``more`` says that further records of this kind match."""

    kind: SearchKind
    hits: tuple[SearchHit, ...] = ()
    more: bool = False


@dataclass(frozen=True, slots=True)
class SearchResults:
    """One group per kind, always one of each and in the order of ``SearchKind``."""

    groups: tuple[SearchGroup, ...] = tuple(SearchGroup(kind) for kind in SearchKind)

    @property
    def empty(self) -> bool:
        return not any(group.hits for group in self.groups)

    @property
    def count(self) -> int:
        return sum(len(group.hits) for group in self.groups)

    def group(self, kind: SearchKind) -> SearchGroup:
        return next(group for group in self.groups if group.kind is kind)

    def hits(self, kind: SearchKind | None = None) -> tuple[SearchHit, ...]:
        """The hits of one kind, or of every kind in display order."""
        if kind is not None:
            return self.group(kind).hits
        return tuple(hit for group in self.groups for hit in group.hits)
