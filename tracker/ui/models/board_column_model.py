"""One column of the board: the applications in one stage (or closed with one outcome), as a
list model that can be dragged from and dropped on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from tracker.domain.enums import Outcome
from tracker.domain.records import ApplicationRow
from tracker.ui.plain_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
MIME_TYPE = "application/x-pivot-application-ids"
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled


def encode_ids(ids: list[int]) -> QByteArray:
    return QByteArray(",".join(str(id_) for id_ in ids).encode("ascii"))


def decode_ids(data: QMimeData) -> list[int]:
    raw = bytes(data.data(MIME_TYPE).data()).decode("ascii", errors="ignore")
    return [int(part) for part in raw.split(",") if part.isdigit()]


class BoardColumnModel(QAbstractListModel):
    # ids dropped here, and where: a stage key, or an outcome for the closed columns
    dropped = Signal(list, object)

    def __init__(self, target: str | Outcome, parent: Any = None) -> None:
        super().__init__(parent)
        self.target = target
        self._rows: list[ApplicationRow] = []

    def set_rows(self, rows: list[ApplicationRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ApplicationRow:
        return self._rows[row]

    def row_of(self, application_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == application_id), None)

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.company_name} · {row.role_title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = (row.company_name, row.role_title, row.next_action)
            return plain_tooltip("\n".join(part for part in parts if part))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land on the column, not on a card
        return _FLAGS

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        ids = sorted({self._rows[index.row()].id for index in indexes if index.isValid()})
        data.setData(MIME_TYPE, encode_ids(ids))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = decode_ids(data)
        moving = [id_ for id_ in ids if self.row_of(id_) is None]  # not already here
        if moving:
            self.dropped.emit(moving, self.target)
        # False: the source column keeps its rows; the move redraws every column from the data.
        return False
