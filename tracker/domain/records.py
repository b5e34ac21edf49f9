"""Plain read and write objects passed between the layers. Services return these, never rows
of a live session; the window builds the *Create / *Update ones from its forms. The fields of an
application are declared in ``tracker.domain.application_fields``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

# Declared with its fields; the layers read it from here as before.
from tracker.domain.application_fields import ApplicationUpdate as ApplicationUpdate
from tracker.domain.enums import Channel, Outcome, RoleCategory, SalaryPeriod, Stage


@dataclass(frozen=True, slots=True)
class PostingCreate:
    """A captured job posting to keep with an application: its text, its sanitised HTML,
    where it came from (a board's key or a file's name) and its link."""

    text: str
    html: str = ""
    source: str = ""
    link: str = ""


@dataclass(frozen=True, slots=True)
class PostingRead:
    id: int
    uuid: str
    application_id: int
    text: str
    html: str
    source: str
    link: str
    captured_at: datetime


@dataclass(frozen=True, slots=True)
class ApplicationCreate(ApplicationUpdate):
    """A new application, the stage it starts in, and the posting it was captured from."""

    stage: str = Stage.APPLIED  # a pipeline stage key
    posting: PostingCreate | None = None


class ApplicationRow(NamedTuple):
    """One line of the applications table: what the list shows, sorts and filters on.

    A named tuple rather than a dataclass: 10,000 of them are built at every start, several
    times faster this way. Tags stay in their stored JSON until something asks for them."""

    id: int
    uuid: str
    company_name: str
    role_title: str
    role_category: RoleCategory
    city: str
    channel: Channel | None
    stage: str  # a pipeline stage key (a Stage member for the built-in ones)
    outcome: Outcome | None
    stage_changed_at: datetime
    applied_on: date | None
    salary_text: str
    salary_min: float | None
    salary_max: float | None
    salary_period: SalaryPeriod | None
    salary_months: int | None
    next_action: str
    next_action_due: date | None
    archived: bool
    tags_json: str = "[]"

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(json.loads(self.tags_json)) if self.tags_json != "[]" else ()

    @property
    def is_open(self) -> bool:
        return self.outcome is None

    def days_in_stage(self, now: datetime) -> int | None:
        """Days the application has waited in its stage; None once it is closed (a rejection
        three months ago is not "84 days in Rejected")."""
        if self.outcome is not None:
            return None
        return max(0, (now - self.stage_changed_at).days)


@dataclass(frozen=True, slots=True)
class StageEventRead:
    id: int
    uuid: str
    from_stage: str | None
    from_outcome: Outcome | None
    to_stage: str
    to_outcome: Outcome | None
    occurred_at: datetime
    note: str


@dataclass(frozen=True, slots=True)
class NoteRead:
    id: int
    uuid: str
    application_id: int
    body: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ApplicationRead:
    """An application with everything its detail panel shows."""

    id: int
    uuid: str
    fields: ApplicationUpdate
    stage: str
    outcome: Outcome | None
    stage_changed_at: datetime
    archived: bool
    created_at: datetime
    updated_at: datetime
    history: tuple[StageEventRead, ...] = ()
    notes: tuple[NoteRead, ...] = field(default=())

    @property
    def company_name(self) -> str:
        return self.fields.company_name

    @property
    def role_title(self) -> str:
        return self.fields.role_title
