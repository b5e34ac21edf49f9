"""The applications as every page of the window sees them: read once, kept in step with every
action, announced to the pages (table, board, agenda) through signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from tracker.domain.errors import StorageError
from tracker.domain.records import ApplicationRow
from tracker.services.queries import ApplicationQueries


class ApplicationRows(QObject):
    loaded = Signal()  # every row was read again
    changed = Signal(list)  # ids of rows added or changed
    removed = Signal(list)  # ids of rows gone (to the trash)
    failed = Signal(object)  # a StorageError while reading

    def __init__(
        self, queries: ApplicationQueries, first: list[ApplicationRow] | None = None
    ) -> None:
        """``first``: the rows already read at start-up, used by the first load."""
        super().__init__()
        self._queries = queries
        self._first = first
        self._rows: dict[int, ApplicationRow] = {}

    def rows(self) -> list[ApplicationRow]:
        return list(self._rows.values())

    def find(self, application_id: int) -> ApplicationRow | None:
        return self._rows.get(application_id)

    def load(self) -> None:
        rows, self._first = self._first, None
        try:
            if rows is None:
                rows = self._queries.rows()
        except StorageError as error:
            self.failed.emit(error)
            return
        self._rows = {row.id: row for row in rows}
        self.loaded.emit()

    def refresh(self, ids: list[int]) -> None:
        """Read these rows again after an action changed them."""
        try:
            rows = self._queries.rows_by_id(ids)
        except StorageError as error:
            self.failed.emit(error)
            return
        for row in rows:
            self._rows[row.id] = row
        gone = [id_ for id_ in ids if id_ not in {row.id for row in rows}]
        for id_ in gone:
            self._rows.pop(id_, None)
        if rows:
            self.changed.emit([row.id for row in rows])
        if gone:
            self.removed.emit(gone)

    def remove(self, ids: list[int]) -> None:
        for id_ in ids:
            self._rows.pop(id_, None)
        self.removed.emit(list(ids))
