"""One channel for "the data changed": every write the window makes (a command, its undo or
redo, an import, the trash, a restored backup, another program's change) announces what kind
of records it touched, and every page and cache that shows them follows the kinds it shows.

The table and the board still hear which applications changed, by id, from the actions (they
update those rows in place); everything else reads again, now if on screen or when next shown.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Flag, auto

from PySide6.QtCore import QObject, Signal


class Change(Flag):
    APPLICATIONS = auto()  # applications and what belongs to them: notes, rounds, questions
    OFFERS = auto()
    REFERENCE = auto()  # the user's own stories and pay figures
    PEOPLE = auto()  # contacts and their links to applications
    COMPANIES = auto()  # what the user keeps about a company
    DOCUMENTS = auto()  # résumés, portfolios and the versions sent with applications
    EVERYTHING = APPLICATIONS | OFFERS | REFERENCE | PEOPLE | COMPANIES | DOCUMENTS


class DataChanges(QObject):
    changed = Signal(object)  # the Change announced

    def announce(self, what: Change) -> None:
        self.changed.emit(what)

    def follow(self, what: Change, react: Callable[[], None]) -> None:
        """Call ``react`` after every change that touches any of ``what``."""

        def heard(changed: object) -> None:
            if isinstance(changed, Change) and changed & what:
                react()

        self.changed.connect(heard)
