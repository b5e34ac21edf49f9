"""The insight charts' data: the applications, their history and their rounds, read once and
filtered as the user asks."""

from __future__ import annotations

from datetime import datetime

from tracker.db import insight_listing, listing
from tracker.db.database import Database
from tracker.domain.insights import InsightData, InsightFilter, Move, RoundResult, select
from tracker.domain.records import ApplicationRow


class InsightService:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._history: tuple[list[ApplicationRow], dict[int, tuple[Move, ...]],
                             list[RoundResult]] | None = None  # fmt: skip

    def reload(self) -> None:
        """Read everything again (after a change)."""
        with self._database.reading() as connection:
            self._history = (
                listing.application_rows(connection),
                insight_listing.moves(connection),
                insight_listing.rounds(connection),
            )

    def data(self, chosen: InsightFilter, now: datetime | None = None) -> InsightData:
        """The filtered data, from what was last read (read now the first time)."""
        if self._history is None:
            self.reload()
        assert self._history is not None
        rows, moves, rounds = self._history
        with self._database.reading() as connection:
            pipeline = listing.read_pipeline(connection)
        moment = now or datetime.now().astimezone()
        return select(rows, moves, rounds, pipeline, moment, chosen)
