"""The insight charts' data: the applications, their history and their rounds, filtered as the
user asks.

The history (50,000 stage events take ~100 ms to read) can be read ahead in a thread once the
window is idle, so that opening the insights page does not wait for it; any change to the
data discards what was read ahead."""

from __future__ import annotations

import threading
from datetime import datetime

from tracker.db import insight_listing, listing
from tracker.db.database import Database
from tracker.db.pragmas import read_apart
from tracker.domain.insights import InsightData, InsightFilter, select
from tracker.domain.records import ApplicationRow


class InsightService:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._rows: list[ApplicationRow] | None = None
        self._history: insight_listing.History | None = None
        self._ahead: insight_listing.History | None = None
        self._ahead_thread: threading.Thread | None = None

    def read_ahead(self) -> None:
        """Start reading the history in a thread (its own read-only connection)."""
        if self._ahead_thread is not None or self._history is not None:
            return
        self._ahead_thread = threading.Thread(target=self._read_ahead, daemon=True)
        self._ahead_thread.start()

    def _read_ahead(self) -> None:
        # None when it cannot be read ahead: read the ordinary way, which reports the problem.
        self._ahead = read_apart(self._database.path, insight_listing.history)

    def invalidate(self) -> None:
        """The data changed: what was read (or is being read) ahead no longer counts."""
        if self._ahead_thread is not None:
            self._ahead_thread.join()
        self._ahead_thread = None
        self._ahead = None
        self._history = None
        self._rows = None

    def reload(self, rows: list[ApplicationRow] | None = None) -> None:
        """Read the history again (or take what was read ahead); ``rows`` are the
        applications as the window already holds them, read here when not given."""
        if self._ahead_thread is not None:
            self._ahead_thread.join()
            self._ahead_thread = None
        history, self._ahead = self._ahead, None
        with self._database.reading() as connection:
            self._rows = rows if rows is not None else listing.application_rows(connection)
            self._history = history if history is not None else insight_listing.history(connection)

    def data(self, chosen: InsightFilter, now: datetime | None = None) -> InsightData:
        """The filtered data, from what was last read (read now the first time)."""
        if self._history is None or self._rows is None:
            self.reload(self._rows)
        assert self._history is not None and self._rows is not None
        moves, rounds, referred, materials = self._history
        with self._database.reading() as connection:
            pipeline = listing.read_pipeline(connection)
        moment = now or datetime.now().astimezone()
        return select(self._rows, moves, rounds, pipeline, moment, chosen, referred, materials)
