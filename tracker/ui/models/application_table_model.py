"""The applications table: a QAbstractTableModel over a Python list of plain rows.

Sorting and filtering happen in Python on that list (a sort proxy over a Python model calls back
into ``data()`` n·log n times: seconds at 100k rows). Each row's searchable text is computed once
when rows arrive, so a keystroke in the search box only scans strings.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import IntEnum
from operator import itemgetter
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from tracker.domain.enums import SalaryPeriod
from tracker.domain.filtering import ApplicationFilter
from tracker.domain.palette import colour_of
from tracker.domain.pipeline import Pipeline
from tracker.domain.records import ApplicationRow
from tracker.domain.text import match_key
from tracker.ui.plain_text import plain_tooltip
from tracker.ui.search_keys import SearchKeys
from tracker.words.formatting import format_date
from tracker.words.labels import label, state_label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

# Rough working days and hours that put day and hour rates on a monthly footing for sorting.
_MONTHLY_FACTOR = {
    SalaryPeriod.HOUR: 8 * 21.75,
    SalaryPeriod.DAY: 21.75,
    SalaryPeriod.WEEK: 52 / 12,
    SalaryPeriod.MONTH: 1.0,
    SalaryPeriod.YEAR: 1 / 12,
}


class Column(IntEnum):
    COMPANY = 0
    ROLE = 1
    CATEGORY = 2
    CITY = 3
    STAGE = 4
    APPLIED = 5
    DAYS_IN_STAGE = 6
    SALARY = 7
    NEXT_ACTION = 8


_HEADERS = {
    Column.COMPANY: QT_TRANSLATE_NOOP("ApplicationTableModel", "Company"),
    Column.ROLE: QT_TRANSLATE_NOOP("ApplicationTableModel", "Role"),
    Column.CATEGORY: QT_TRANSLATE_NOOP("ApplicationTableModel", "Category"),
    Column.CITY: QT_TRANSLATE_NOOP("ApplicationTableModel", "City"),
    Column.STAGE: QT_TRANSLATE_NOOP("ApplicationTableModel", "Stage"),
    Column.APPLIED: QT_TRANSLATE_NOOP("ApplicationTableModel", "Applied"),
    Column.DAYS_IN_STAGE: QT_TRANSLATE_NOOP("ApplicationTableModel", "Days in stage"),
    Column.SALARY: QT_TRANSLATE_NOOP("ApplicationTableModel", "Posted salary"),
    Column.NEXT_ACTION: QT_TRANSLATE_NOOP("ApplicationTableModel", "Next action"),
}


# Columns whose text is often cut short: the whole text shows on hover.
_ELIDED_COLUMNS = frozenset(
    {Column.COMPANY, Column.ROLE, Column.CATEGORY, Column.STAGE, Column.SALARY, Column.NEXT_ACTION}
)


def monthly_equivalent(row: ApplicationRow) -> float | None:
    if row.salary_min is None or row.salary_period is None:
        return None
    return row.salary_min * _MONTHLY_FACTOR[row.salary_period]


class ApplicationTableModel(QAbstractTableModel):
    def __init__(self, pipeline: Pipeline | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.pipeline = pipeline or Pipeline.default()
        self._all: list[ApplicationRow] = []
        self._keys: dict[int, str] = {}
        self._visible: list[ApplicationRow] = []
        self._positions: dict[int, int] = {}  # id → row in _visible
        self._by_id: dict[int, ApplicationRow] = {}
        self._filter = ApplicationFilter()
        self._sort_column = Column.APPLIED
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._icons: dict[str, QIcon] = {}
        self.now = datetime.now(UTC)
        self.today = date.today()

    # -- rows ------------------------------------------------------------------------------

    def set_rows(self, rows: list[ApplicationRow]) -> None:
        self._all = list(rows)
        self._by_id = {row.id: row for row in self._all}
        self._keys = {}
        self._refresh()

    def update_rows(self, rows: list[ApplicationRow]) -> None:
        """Replace rows with the same id, add new ones; keeps filter and sort."""
        by_id = {row.id: row for row in rows}
        self._all = [by_id.pop(row.id, row) for row in self._all] + list(by_id.values())
        for row in rows:
            self._keys.pop(row.id, None)
            self._by_id[row.id] = row
        self._refresh()

    def remove_ids(self, ids: set[int]) -> None:
        self._all = [row for row in self._all if row.id not in ids]
        for id_ in ids:
            self._keys.pop(id_, None)
            self._by_id.pop(id_, None)
        self._refresh()

    def set_filter(self, application_filter: ApplicationFilter) -> None:
        self._filter = application_filter
        self._refresh()

    def row_at(self, row: int) -> ApplicationRow:
        return self._visible[row]

    def row_of(self, application_id: int) -> int | None:
        return self._positions.get(application_id)

    def find(self, application_id: int) -> ApplicationRow | None:
        """The row with this id, shown or filtered out."""
        return self._by_id.get(application_id)

    def total_count(self) -> int:
        return len(self._all)

    def all_rows(self) -> list[ApplicationRow]:
        return list(self._all)

    def prepare_search(self) -> None:
        """Compute the searchable text of rows that lack it. Done on the first search, or
        ahead of it when the window is idle, so that start-up does not wait for it."""
        missing = [row for row in self._all if row.id not in self._keys]
        if missing:
            search_key = SearchKeys(self.pipeline)
            self._keys.update((row.id, search_key(row)) for row in missing)

    def _refresh(self) -> None:
        self.now = datetime.now(UTC)
        self.today = date.today()
        terms = self._filter.terms()
        if terms:
            self.prepare_search()
        if self._filter.only_hides_archived():
            chosen = (
                self._all
                if self._filter.include_archived
                else [row for row in self._all if not row.archived]
            )
        else:
            keys = self._keys
            accepts = self._filter.accepts
            chosen = [row for row in self._all if accepts(row, keys.get(row.id, ""), terms)]
        visible = self._sorted(chosen)
        self.beginResetModel()
        self._set_visible(visible)
        self.endResetModel()

    def _set_visible(self, visible: list[ApplicationRow]) -> None:
        self._visible = visible
        self._positions = {row.id: position for position, row in enumerate(visible)}

    # -- sorting ---------------------------------------------------------------------------

    @property
    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    def _sort_value_key(self, column: Column) -> Any:
        """The comparable value of a row in a column, or None when it has none."""
        keys: dict[Column, Any] = {
            Column.COMPANY: lambda r: match_key(r.company_name),
            Column.ROLE: lambda r: match_key(r.role_title),
            Column.CATEGORY: lambda r: label(r.role_category),
            Column.CITY: lambda r: r.city or None,
            Column.STAGE: lambda r: (r.outcome is not None, self.pipeline.position(r.stage)),
            Column.APPLIED: lambda r: r.applied_on,
            # Fewest days first: the latest change first.
            Column.DAYS_IN_STAGE: lambda r: (
                -r.stage_changed_at.timestamp() if r.outcome is None else None
            ),
            Column.SALARY: monthly_equivalent,
            Column.NEXT_ACTION: lambda r: (
                (r.next_action_due or date.max, r.next_action)
                if r.next_action or r.next_action_due
                else None
            ),
        }
        return keys[column]

    def _sorted(self, rows: list[ApplicationRow]) -> list[ApplicationRow]:
        """Rows in the chosen order; rows without a value come last in either direction."""
        key = self._sort_value_key(self._sort_column)
        keyed = [(key(row), row) for row in rows]
        # Rows arrive in id order and the sort is stable, so equal values keep that order.
        present = [pair for pair in keyed if pair[0] is not None]
        present.sort(key=itemgetter(0), reverse=self._descending)
        missing = [row for value, row in keyed if value is None]
        return [row for _, row in present] + missing

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [row.id for row in self._visible]
        self._sort_column = Column(column)
        self._sort_order = order
        self._set_visible(self._sorted(self._visible))
        for index in self.persistentIndexList():
            if 0 <= index.row() < len(old_ids):
                target = self.index(self._positions[old_ids[index.row()]], index.column())
                self.changePersistentIndex(index, target)
        self.layoutChanged.emit()

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(
                "ApplicationTableModel", str(_HEADERS[Column(section)])
            )
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.DAYS_IN_STAGE:
            return QCoreApplication.translate(
                "ApplicationTableModel",
                "Days since the application reached its current stage (empty once it is closed)",
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Called for every cell a selection touches: keep it to one test and a constant.
        return _CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row = self._visible[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value_key(column)(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column in _ELIDED_COLUMNS:
            return plain_tooltip(self._display(row, column)) or None
        if role == Qt.ItemDataRole.DecorationRole and column is Column.STAGE:
            return self._stage_icon(colour_of(row.stage, row.outcome))
        overdue_cell = column is Column.NEXT_ACTION and self._overdue(row)
        if role == Qt.ItemDataRole.ForegroundRole and overdue_cell:
            return QBrush(QColor("#C62828"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.DAYS_IN_STAGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _overdue(self, row: ApplicationRow) -> bool:
        return row.is_open and row.next_action_due is not None and row.next_action_due < self.today

    def _display(self, row: ApplicationRow, column: Column) -> str:
        if column is Column.COMPANY:
            return row.company_name
        if column is Column.ROLE:
            return row.role_title
        if column is Column.CATEGORY:
            return label(row.role_category)
        if column is Column.CITY:
            return row.city
        if column is Column.STAGE:
            return state_label(row.stage, row.outcome, self.pipeline)
        if column is Column.APPLIED:
            return format_date(row.applied_on)
        if column is Column.DAYS_IN_STAGE:
            days = row.days_in_stage(self.now)
            return "" if days is None else str(days)
        if column is Column.SALARY:
            return row.salary_text
        return self._next_action_text(row)

    def _next_action_text(self, row: ApplicationRow) -> str:
        if row.next_action_due is None:
            return row.next_action
        due = format_date(row.next_action_due)
        if self._overdue(row):
            due = QCoreApplication.translate("ApplicationTableModel", "overdue {date}").format(
                date=due
            )
        return f"{row.next_action} · {due}" if row.next_action else due

    def _stage_icon(self, colour: str) -> QIcon:
        icon = self._icons.get(colour)
        if icon is None:
            pixmap = QPixmap(12, 12)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(QColor(colour))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(1, 1, 10, 10)
            painter.end()
            icon = self._icons[colour] = QIcon(pixmap)
        return icon
