"""The question bank's table: every question asked, once however many rounds asked it, with how
many times and where it was asked last."""

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

from tracker.domain.interviews import QuestionGroup
from tracker.ui.plain_text import plain_tooltip
from tracker.words.formatting import format_date
from tracker.words.labels import label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class QuestionColumn(IntEnum):
    QUESTION = 0
    TIMES = 1
    TAGS = 2
    RATING = 3
    COMPANY = 4
    ROLE = 5
    ROUND = 6
    ASKED_ON = 7


_HEADERS = {
    QuestionColumn.QUESTION: QT_TRANSLATE_NOOP("QuestionTableModel", "Question"),
    QuestionColumn.TIMES: QT_TRANSLATE_NOOP("QuestionTableModel", "Times asked"),
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
        self._rows: list[QuestionGroup] = []

    def set_rows(self, rows: list[QuestionGroup]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> QuestionGroup:
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
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == QuestionColumn.TIMES:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._text(row, QuestionColumn(index.column()))) or None
        return None

    @staticmethod
    def _text(group: QuestionGroup, column: QuestionColumn) -> str:
        row = group.latest  # where and how it went the last time it was asked
        texts = {
            QuestionColumn.QUESTION: row.question,
            QuestionColumn.TIMES: str(group.times),
            QuestionColumn.TAGS: ", ".join(group.tags),
            QuestionColumn.RATING: label(row.rating) if row.rating else "",
            QuestionColumn.COMPANY: row.company_name,
            QuestionColumn.ROLE: row.role_title,
            QuestionColumn.ROUND: row.round_name,
            QuestionColumn.ASKED_ON: format_date(row.asked_on),
        }
        return texts[column]
