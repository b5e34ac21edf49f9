"""The offers list: one row per offer, a check box choosing it for the comparison. An offer is
valued when its row is first shown or compared, not all of them when the list is read."""

from __future__ import annotations

from collections.abc import Callable
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
    Signal,
)

from tracker.domain.enums import OfferStatus
from tracker.domain.offers import OfferRead
from tracker.services.offer_values import ValuedOffer
from tracker.ui.plain_text import plain_tooltip
from tracker.words.formatting import format_date, format_yuan
from tracker.words.labels import label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class OfferColumn(IntEnum):
    COMPARE = 0
    COMPANY = 1
    ROLE = 2
    CITY = 3
    SALARY = 4
    TAKE_HOME = 5
    REPLY_BY = 6
    STATUS = 7


_HEADERS = {
    OfferColumn.COMPARE: QT_TRANSLATE_NOOP("OfferTableModel", "Compare"),
    OfferColumn.COMPANY: QT_TRANSLATE_NOOP("OfferTableModel", "Company"),
    OfferColumn.ROLE: QT_TRANSLATE_NOOP("OfferTableModel", "Role"),
    OfferColumn.CITY: QT_TRANSLATE_NOOP("OfferTableModel", "City"),
    OfferColumn.SALARY: QT_TRANSLATE_NOOP("OfferTableModel", "Salary"),
    OfferColumn.TAKE_HOME: QT_TRANSLATE_NOOP("OfferTableModel", "Take-home a year"),
    OfferColumn.REPLY_BY: QT_TRANSLATE_NOOP("OfferTableModel", "Reply by"),
    OfferColumn.STATUS: QT_TRANSLATE_NOOP("OfferTableModel", "Status"),
}
OPEN_STATUSES = (OfferStatus.PENDING, OfferStatus.NEGOTIATING)
# New open offers joining the comparison by themselves stop here: more columns and bars than
# this are not read side by side (the user may still tick others).
AUTO_COMPARED = 8
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class OfferTableModel(QAbstractTableModel):
    compared_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._offers: list[OfferRead] = []
        self._value: Callable[[OfferRead], ValuedOffer] | None = None
        self._valued: dict[int, ValuedOffer] = {}  # row → its offer valued, once asked for
        self.compared: set[int] = set()  # offer ids ticked for the comparison
        self.seen: set[int] = set()  # offer ids listed before (a new open one gets ticked)

    def restore_comparison(self, compared: set[int], seen: set[int]) -> None:
        """The ticks as the user left them (before the first rows arrive)."""
        self.compared, self.seen = set(compared), set(seen)

    def set_rows(self, offers: list[OfferRead], value: Callable[[OfferRead], ValuedOffer]) -> None:
        """New rows, valued by ``value`` as each is first asked for; an open offer seen for
        the first time is ticked, so that it joins the comparison at once (a declined or
        expired one waits to be ticked), while fewer than AUTO_COMPARED are compared: the
        soonest reply deadlines first, then the newest."""
        known = self.seen | {offer.id for offer in self._offers}
        self.beginResetModel()
        self._offers = offers
        self._value = value
        self._valued = {}
        ids = {offer.id for offer in offers}
        fresh = sorted(
            (
                offer
                for offer in offers
                if offer.id not in known and offer.draft.status in OPEN_STATUSES
            ),
            key=lambda offer: (
                offer.draft.reply_deadline is None,
                offer.draft.reply_deadline or date.max,
                -offer.id,
            ),
        )
        self.compared &= ids
        room = max(0, AUTO_COMPARED - len(self.compared))
        self.compared |= {offer.id for offer in fresh[:room]}
        self.seen = ids
        self.endResetModel()

    def offer_at(self, row: int) -> OfferRead:
        return self._offers[row]

    def row_at(self, row: int) -> ValuedOffer:
        """The offer of ``row`` valued (on first asking; kept until the next rows)."""
        valued = self._valued.get(row)
        if valued is None:
            assert self._value is not None
            valued = self._valued[row] = self._value(self._offers[row])
        return valued

    def compared_rows(self) -> list[ValuedOffer]:
        return [
            self.row_at(row) for row, offer in enumerate(self._offers) if offer.id in self.compared
        ]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._offers)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(OfferColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(OfferColumn):
            return None
        return QCoreApplication.translate("OfferTableModel", str(_HEADERS[OfferColumn(section)]))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == OfferColumn.COMPARE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._offers):
            return None
        offer = self._offers[index.row()]
        column = OfferColumn(index.column())
        if role == Qt.ItemDataRole.CheckStateRole and column is OfferColumn.COMPARE:
            ticked = offer.id in self.compared
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column is OfferColumn.TAKE_HOME:
            return _RIGHT
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), column) or None
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._text(index.row(), column)) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != OfferColumn.COMPARE:
            return False
        offer_id = self._offers[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.compared.add(offer_id)
        else:
            self.compared.discard(offer_id)
        self.dataChanged.emit(index, index, [role])
        self.compared_changed.emit()
        return True

    def _text(self, row: int, column: OfferColumn) -> str:
        offer = self._offers[row]
        draft = offer.draft
        if column is OfferColumn.TAKE_HOME:  # the one column that needs the offer valued
            value = self.row_at(row).value
            return format_yuan(value.take_home) if value else ""
        texts = {
            OfferColumn.COMPARE: "",
            OfferColumn.COMPANY: offer.company_name,
            OfferColumn.ROLE: offer.role_title,
            OfferColumn.CITY: draft.city,
            OfferColumn.SALARY: draft.salary_text,
            OfferColumn.REPLY_BY: format_date(draft.reply_deadline),
            OfferColumn.STATUS: label(draft.status),
        }
        return texts[column]
