"""The question bank's table: every question asked in every round, with where it was asked."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from tracker.domain.interviews import QuestionRow
from tracker.ui.formatting import format_date
from tracker.ui.labels import label
from tracker.ui.plain_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class QuestionColumn(IntEnum):
    QUESTION = 0
    TAGS = 1
    RATING = 2
    COMPANY = 3
    ROLE = 4
    ROUND = 5
    ASKED_ON = 6


_HEADERS = {
    QuestionColumn.QUESTION: QT_TRANSLATE_NOOP("QuestionTableModel", "Question"),
    QuestionColumn.TAGS: QT_TRANSLATE_NOOP("QuestionTableModel", "Tags"),
    QuestionColumn.RATING: QT_TRANSLATE_NOOP("QuestionTableModel", "How it went"),
    QuestionColumn.COMPANY: QT_TRANSLATE_NOOP("QuestionTableModel", "Company"),
    QuestionColumn.ROLE: QT_TRANSLATE_NOOP("QuestionTableModel", "Role"),
    QuestionColumn.ROUND: QT_TRANSLATE_NOOP("QuestionTableModel", "Round"),
    QuestionColumn.ASKED_ON: QT_TRANSLATE_NOOP("QuestionTableModel", "Asked on"),
}


class QuestionTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[QuestionRow] = []

    def set_rows(self, rows: list[QuestionRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> QuestionRow:
        return self._rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(QuestionColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(QuestionColumn):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate(
            "QuestionTableModel", str(_HEADERS[QuestionColumn(section)])
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, QuestionColumn(index.column())) or None
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._text(row, QuestionColumn(index.column()))) or None
        return None

    @staticmethod
    def _text(row: QuestionRow, column: QuestionColumn) -> str:
        texts = {
            QuestionColumn.QUESTION: row.question,
            QuestionColumn.TAGS: ", ".join(row.tags),
            QuestionColumn.RATING: label(row.rating) if row.rating else "",
            QuestionColumn.COMPANY: row.company_name,
            QuestionColumn.ROLE: row.role_title,
            QuestionColumn.ROUND: row.round_name,
            QuestionColumn.ASKED_ON: format_date(row.asked_on),
        }
        return texts[column]
