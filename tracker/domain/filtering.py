"""Which applications a list shows: the filters of the applications page, as plain data."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.domain.enums import Channel, Outcome, RoleCategory
from tracker.domain.records import ApplicationRow
from tracker.domain.text import match_key


@dataclass(frozen=True)
class ApplicationFilter:
    text: str = ""
    # A stage key, an outcome, OPEN / CLOSED, or None (everything).
    state: Outcome | str | None = None
    category: RoleCategory | None = None
    channel: Channel | None = None
    include_archived: bool = False

    OPEN = "open"
    CLOSED = "closed"

    def only_hides_archived(self) -> bool:
        """No search and no choice made: the archived flag is all that decides."""
        return (
            not self.text.strip()
            and self.state is None
            and self.category is None
            and (self.channel is None)
        )

    def terms(self) -> list[str]:
        return match_key(self.text).split()

    def accepts(self, row: ApplicationRow, search_key: str, terms: list[str]) -> bool:
        """``search_key`` is the row's searchable text through ``match_key``; every term of the
        search must occur in it."""
        if row.archived and not self.include_archived:
            return False
        if self.category is not None and row.role_category is not self.category:
            return False
        if self.channel is not None and row.channel is not self.channel:
            return False
        if not self._state_accepts(row):
            return False
        return all(term in search_key for term in terms)

    def _state_accepts(self, row: ApplicationRow) -> bool:
        state = self.state
        if state is None:
            return True
        if state == self.OPEN:
            return row.outcome is None
        if state == self.CLOSED:
            return row.outcome is not None
        if isinstance(state, Outcome):
            return row.outcome is state
        return row.outcome is None and row.stage == state
