"""The applications page: filters, the table, and the selected application's details."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import Channel, Outcome, RoleCategory
from tracker.domain.filtering import ApplicationFilter
from tracker.domain.pipeline import Pipeline
from tracker.domain.records import ApplicationRead
from tracker.preferences import Settings
from tracker.services.container import Services
from tracker.ui.application_rows import ApplicationRows
from tracker.ui.models.application_table_model import ApplicationTableModel, Column
from tracker.ui.widgets.choice_combo import ChoiceCombo, optional_enum_combo
from tracker.ui.widgets.detail_panel import DetailPanel
from tracker.ui.widgets.table_view import TableView
from tracker.words.labels import label, stage_label


class ApplicationsPage(QWidget):
    edit_requested = Signal()
    context_menu_requested = Signal(QPoint)
    selection_changed = Signal()
    counts_changed = Signal(int, int)  # shown, total
    storage_failed = Signal(object)  # StorageError while reading

    def __init__(
        self,
        services: Services,
        rows: ApplicationRows,
        settings: Settings,
        pipeline: Pipeline,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._services = services
        self._rows = rows
        self._settings = settings
        self.pipeline = pipeline
        self.model = ApplicationTableModel(pipeline, self)
        # Details wait until the window has painted and warmed up (enable_details).
        self._details_enabled = False
        self._detail_timer = QTimer(self, singleShot=True, interval=30)
        self._detail_timer.timeout.connect(self._show_selected_detail)
        self._build()
        self._restore_layout()
        rows.loaded.connect(self._rows_loaded)
        rows.changed.connect(self._rows_changed)
        rows.removed.connect(self.remove_ids)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search company, role, city, tags…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.state_filter: ChoiceCombo[Outcome | str | None] = ChoiceCombo(
            [
                (self.tr("All stages"), None),
                (self.tr("Open"), ApplicationFilter.OPEN),
                (self.tr("Closed"), ApplicationFilter.CLOSED),
                *((stage_label(d.key, self.pipeline), d.key) for d in self.pipeline.stages),
                *((label(outcome), outcome) for outcome in Outcome),
            ]
        )
        self.category_filter = optional_enum_combo(list(RoleCategory), self.tr("All categories"))
        self.channel_filter = optional_enum_combo(list(Channel), self.tr("All channels"))
        self.show_archived = QCheckBox(self.tr("Show archived"))
        for combo in (self.state_filter, self.category_filter, self.channel_filter):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.show_archived.toggled.connect(self._apply_filter)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.state_filter, 1)
        filters.addWidget(self.category_filter, 1)
        filters.addWidget(self.channel_filter, 1)
        filters.addWidget(self.show_archived)

        self.table = TableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.APPLIED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in _COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_requested.emit())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._model_reset)

        self.detail = DetailPanel(self.pipeline, self._services)
        self.detail.load_failed.connect(self.storage_failed.emit)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

    def _restore_layout(self) -> None:
        header_state = self._settings.state("applications/header")
        if header_state is not None:
            self.table.horizontalHeader().restoreState(header_state)
        splitter_state = self._settings.state("applications/splitter")
        if splitter_state is not None:
            self.splitter.restoreState(splitter_state)
        else:
            self.splitter.setSizes([1000, 300])

    def save_layout(self) -> None:
        self._settings.set_state("applications/header", self.table.horizontalHeader().saveState())
        self._settings.set_state("applications/splitter", self.splitter.saveState())

    # -- data ------------------------------------------------------------------------------

    def _rows_loaded(self) -> None:
        self.model.set_rows(self._rows.rows())
        if self.model.rowCount() and not self.selected_ids():
            self.select_ids([self.model.row_at(0).id])

    def _rows_changed(self, ids: list[int]) -> None:
        """Rows changed through an action: show them anew, keep the selection. A selected row
        the filters now hide (archived, say) gives its place to the row that took it."""
        selected = self.selected_ids()
        place = self.model.row_of(selected[0]) if selected else None
        rows = [row for row in (self._rows.find(id_) for id_ in ids) if row is not None]
        self.model.update_rows(rows)
        wanted = [id_ for id_ in selected or ids[:1] if self.model.row_of(id_) is not None]
        if not wanted and place is not None and self.model.rowCount():
            wanted = [self.model.row_at(min(place, self.model.rowCount() - 1)).id]
        self.select_ids(wanted)
        shown = self.detail.application
        if shown is not None and self.model.row_of(shown.id) is None:
            self.detail.show_application(None)
            self._show_selected_detail()
        elif shown is not None and shown.id in ids:
            self.detail.load(shown.id)

    def remove_ids(self, ids: list[int]) -> None:
        self.model.remove_ids(set(ids))
        if self.detail.application is not None and self.detail.application.id in ids:
            self.detail.show_application(None)

    # -- filters and selection -------------------------------------------------------------

    def current_filter(self) -> ApplicationFilter:
        return ApplicationFilter(
            text=self.search.text(),
            state=self.state_filter.value(),
            category=self.category_filter.value(),
            channel=self.channel_filter.value(),
            include_archived=self.show_archived.isChecked(),
        )

    def _apply_filter(self) -> None:
        selected = self.selected_ids()
        self.model.set_filter(self.current_filter())
        self.select_ids(selected)

    def view_state(self) -> tuple[ApplicationFilter, list[int]]:
        """The filters and the selection, to carry over to a rebuilt page."""
        return self.current_filter(), self.selected_ids()

    def restore_view_state(self, state: tuple[ApplicationFilter, list[int]]) -> None:
        application_filter, selected = state
        self.search.setText(application_filter.text)
        self.state_filter.set_value(application_filter.state)
        self.category_filter.set_value(application_filter.category)
        self.channel_filter.set_value(application_filter.channel)
        self.show_archived.setChecked(application_filter.include_archived)
        self.select_ids(selected)

    def clear_filters(self, *, include_archived: bool = False) -> None:
        self.search.clear()
        for combo in (self.state_filter, self.category_filter, self.channel_filter):
            combo.set_value(None)
        if include_archived:
            self.show_archived.setChecked(True)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def visible_ids(self) -> list[int]:
        """The applications the table shows (after its filters), in its order."""
        return [self.model.row_at(row).id for row in range(self.model.rowCount())]

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, top to bottom. Read from the selection's ranges: asking Qt
        for selectedRows() would call back into Python for every cell."""
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for number in range(selection.count()):
            span = selection.at(number)
            rows.update(range(span.top(), span.bottom() + 1))
        count = self.model.rowCount()
        return [self.model.row_at(row).id for row in sorted(rows) if row < count]

    def select_ids(self, ids: list[int]) -> None:
        """Select these applications (those shown), in one selection change."""
        rows = [row for row in (self.model.row_of(id_) for id_ in ids) if row is not None]
        selection_model = self.table.selectionModel()
        if not rows:
            selection_model.clearSelection()
            return
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        for first, last in _runs(sorted(rows)):
            selection.select(self.model.index(first, 0), self.model.index(last, last_column))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        selection_model.select(selection, flags)
        current = self.model.index(min(rows), 0)
        selection_model.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.scrollTo(current)

    def _model_reset(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if total == 0:
            placeholder = self.tr(
                "No applications yet. Add the first with New application (Ctrl+N)."
            )
        else:
            placeholder = self.tr("No application matches these filters.")
        self.table.set_placeholder(placeholder)
        self.counts_changed.emit(shown, total)

    def _selection_changed(self) -> None:
        # The details load once the selection settles (and never before the first paint):
        # holding an arrow key through the list reads one application, not every one passed.
        self._detail_timer.start()
        self.selection_changed.emit()

    def reload_detail(self) -> None:
        """Read the selected application again (what is shown beside it changed)."""
        self._show_selected_detail()

    def enable_details(self) -> None:
        self._details_enabled = True
        self._show_selected_detail()

    def _show_selected_detail(self) -> None:
        if not self._details_enabled:
            return
        ids = self.selected_ids()
        if len(ids) == 1:
            self.detail.load(ids[0])
        elif not ids:
            self.detail.show_application(None)

    def current_application(self) -> ApplicationRead | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        if self.detail.application is None or self.detail.application.id != ids[0]:
            self.detail.load(ids[0])
        return self.detail.application

    def _context_menu(self, position: QPoint) -> None:
        self.context_menu_requested.emit(self.table.viewport().mapToGlobal(position))


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive row numbers as (first, last) runs: [1, 2, 3, 7] → [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


_COLUMN_WIDTHS = {
    Column.COMPANY: 96,
    Column.ROLE: 170,
    Column.CATEGORY: 140,
    Column.CITY: 48,
    Column.STAGE: 136,
    Column.APPLIED: 86,
    Column.DAYS_IN_STAGE: 92,
    Column.SALARY: 104,
}
