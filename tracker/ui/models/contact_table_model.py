"""The People page's table: everyone the user keeps, with how many of their applications each
is part of, when they last spoke and when to follow up."""

from __future__ import annotations

from datetime import date
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
from PySide6.QtGui import QColor

from tracker.domain.people import ContactRow
from tracker.domain.text import match_key
from tracker.words.formatting import format_date

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ContactColumn(IntEnum):
    NAME = 0
    COMPANY = 1
    ROLE = 2
    HOW_MET = 3
    APPLICATIONS = 4
    LAST_CONTACT = 5
    FOLLOW_UP = 6


_HEADERS = {
    ContactColumn.NAME: QT_TRANSLATE_NOOP("ContactTableModel", "Name"),
    ContactColumn.COMPANY: QT_TRANSLATE_NOOP("ContactTableModel", "Company"),
    ContactColumn.ROLE: QT_TRANSLATE_NOOP("ContactTableModel", "Role"),
    ContactColumn.HOW_MET: QT_TRANSLATE_NOOP("ContactTableModel", "How we met"),
    ContactColumn.APPLICATIONS: QT_TRANSLATE_NOOP("ContactTableModel", "Applications"),
    ContactColumn.LAST_CONTACT: QT_TRANSLATE_NOOP("ContactTableModel", "Last contact"),
    ContactColumn.FOLLOW_UP: QT_TRANSLATE_NOOP("ContactTableModel", "Follow up"),
}
_OVERDUE = QColor("#C62828")


def _sort_key(row: ContactRow, column: ContactColumn) -> tuple[Any, ...]:
    if column is ContactColumn.APPLICATIONS:
        return (row.applications,)
    if column in (ContactColumn.LAST_CONTACT, ContactColumn.FOLLOW_UP):
        day = row.last_contact_on if column is ContactColumn.LAST_CONTACT else row.follow_up_on
        return (day is None, day or date.min)
    texts = {
        ContactColumn.NAME: row.name, ContactColumn.COMPANY: row.company,
        ContactColumn.ROLE: row.role, ContactColumn.HOW_MET: row.how_met,
    }  # fmt: skip
    return (not texts[column], match_key(texts[column]))


class ContactTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[ContactRow] = []
        self._rows: list[ContactRow] = []
        self._query = ""
        self._sort = (ContactColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.today = date.today()

    def set_rows(self, rows: list[ContactRow]) -> None:
        self.today = date.today()
        self._all = rows
        self._refill()

    def set_query(self, text: str) -> None:
        """Show only the people whose name, company, role or how the user met them hold
        every word typed (case and width aside)."""
        self._query = text
        self._refill()

    def _refill(self) -> None:
        words = match_key(self._query).split()
        rows = [
            row
            for row in self._all
            if all(
                word in match_key(f"{row.name} {row.company} {row.role} {row.how_met}")
                for word in words
            )
        ]
        column, order = self._sort
        rows.sort(
            key=lambda row: _sort_key(row, column),
            reverse=order is Qt.SortOrder.DescendingOrder,
        )
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(ContactColumn):
            self._sort = (ContactColumn(column), order)
            self._refill()

    def row_at(self, row: int) -> ContactRow:
        return self._rows[row]

    def row_of(self, contact_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == contact_id), None)

    @property
    def total(self) -> int:
        return len(self._all)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(ContactColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(ContactColumn):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate(
            "ContactTableModel", str(_HEADERS[ContactColumn(section)])
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = ContactColumn(index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            due = row.follow_up_on
            if column is ContactColumn.FOLLOW_UP and due is not None and due <= self.today:
                return _OVERDUE
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is ContactColumn.APPLICATIONS:
            return str(row.applications) if row.applications else ""
        if column is ContactColumn.LAST_CONTACT:
            return format_date(row.last_contact_on) if row.last_contact_on else ""
        if column is ContactColumn.FOLLOW_UP:
            return format_date(row.follow_up_on) if row.follow_up_on else ""
        texts = {
            ContactColumn.NAME: row.name, ContactColumn.COMPANY: row.company,
            ContactColumn.ROLE: row.role, ContactColumn.HOW_MET: row.how_met,
        }  # fmt: skip
        return texts[column]
