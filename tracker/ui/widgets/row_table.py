"""A table of read-only rows (backups, the trash, an import's preview): headers, no row
numbers, whole rows selected, one column taking the spare width."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

Selection = QAbstractItemView.SelectionMode


def row_table(
    headers: list[str], *, selection: Selection = Selection.SingleSelection, stretch: int = -1
) -> QTableWidget:
    """``stretch``: the column that takes the spare width (-1: the last one)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    header = table.horizontalHeader()
    if stretch < 0:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
