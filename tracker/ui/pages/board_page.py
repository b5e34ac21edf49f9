"""The board: a column per stage of the pipeline, a card per application; drag a card to move it.
Closed applications wait in a collapsible area below, a column per outcome."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import Outcome
from tracker.domain.filtering import ApplicationFilter
from tracker.domain.pipeline import Pipeline
from tracker.domain.records import ApplicationRead, ApplicationRow
from tracker.preferences import Settings
from tracker.services.container import Services
from tracker.ui.application_rows import ApplicationRows
from tracker.ui.models.board_column_model import BoardColumnModel
from tracker.ui.search_keys import SearchKeys
from tracker.ui.widgets.card_delegate import CardDelegate
from tracker.ui.widgets.detail_panel import DetailPanel
from tracker.words.labels import label, stage_label

COLUMN_WIDTH = 196
# Columns narrow to this before the board scrolls sideways (seven fit at 1280 pixels).
NARROWEST_COLUMN = 136


class BoardColumn(QFrame):
    """A heading with the count, and the cards."""

    def __init__(self, title: str, model: BoardColumnModel, delegate: CardDelegate) -> None:
        super().__init__()
        self.title = title
        self.model = model
        self.setMinimumWidth(NARROWEST_COLUMN)
        self.setMaximumWidth(COLUMN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.view = QListView()
        self.view.setModel(model)
        self.view.setItemDelegate(delegate)
        self.view.setUniformItemSizes(True)  # every card is as tall: one size asked, not each
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        model.modelReset.connect(self._count)
        self._count()

    def _count(self) -> None:
        self.heading.setText(f"{self.title}  {self.model.rowCount()}")


class BoardPage(QWidget):
    edit_requested = Signal()
    context_menu_requested = Signal(QPoint)
    selection_changed = Signal()
    move_requested = Signal(list, object)  # ids, and a stage key or an Outcome
    storage_failed = Signal(object)

    def __init__(
        self,
        services: Services,
        rows: ApplicationRows,
        settings: Settings,
        pipeline: Pipeline,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._rows = rows
        self._settings = settings
        self.pipeline = pipeline
        self._search_keys = SearchKeys(pipeline)
        self._keys: dict[int, str] = {}
        self._selected: int | None = None
        self.delegate = CardDelegate(pipeline, self)
        self.columns: dict[str | Outcome, BoardColumn] = {}
        # Details wait until the window has painted and warmed up (enable_details).
        self._details_enabled = False
        self._detail_timer = QTimer(self, singleShot=True, interval=30)
        self._detail_timer.timeout.connect(self._show_selected_detail)
        self._build()
        rows.loaded.connect(self.refresh)
        rows.changed.connect(self._rows_changed)
        rows.removed.connect(self._rows_removed)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the board…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_archived)

        stage_row = QHBoxLayout()
        for definition in self.pipeline.stages:  # a hidden one shows while it holds cards
            title = stage_label(definition.key, self.pipeline)
            stage_row.addWidget(self._column(definition.key, title))
        stage_row.addStretch(1)
        closed_row = QHBoxLayout()
        for outcome in Outcome:
            closed_row.addWidget(self._column(outcome, label(outcome)))
        closed_row.addStretch(1)
        self.closed_area = QWidget()
        self.closed_area.setLayout(closed_row)
        self.closed_area.setVisible(False)
        self.closed_toggle = QToolButton()
        self.closed_toggle.setCheckable(True)
        self.closed_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.closed_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.closed_toggle.toggled.connect(self._toggle_closed)

        lanes = QWidget()
        lanes_layout = QVBoxLayout(lanes)
        lanes_layout.setContentsMargins(0, 0, 0, 0)
        lanes_layout.addLayout(stage_row, 3)
        lanes_layout.addWidget(self.closed_toggle)
        lanes_layout.addWidget(self.closed_area, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(lanes)
        self.detail = DetailPanel(self.pipeline, self._services)
        self.detail.load_failed.connect(self.storage_failed.emit)
        # The details take room from the columns only while a card is chosen; they close.
        self.close_detail_button = QToolButton()
        self.close_detail_button.setText(self.tr("Close details"))
        self.close_detail_button.setAutoRaise(True)
        self.close_detail_button.clicked.connect(self.close_detail)
        self.detail_holder = QWidget()
        holder = QVBoxLayout(self.detail_holder)
        holder.setContentsMargins(0, 0, 0, 0)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close_row.addWidget(self.close_detail_button)
        holder.addLayout(close_row)
        holder.addWidget(self.detail, 1)
        self.detail_holder.setVisible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.detail_holder)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(True)
        state = self._settings.state("board/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([1000, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _column(self, target: str | Outcome, title: str) -> BoardColumn:
        model = BoardColumnModel(target, self)
        model.dropped.connect(self.move_requested.emit)
        column = BoardColumn(title, model, self.delegate)
        column.view.selectionModel().selectionChanged.connect(
            lambda *_args, c=column: self._column_selected(c)
        )
        column.view.doubleClicked.connect(lambda _index: self.edit_requested.emit())
        column.view.customContextMenuRequested.connect(
            lambda position, c=column: self.context_menu_requested.emit(
                c.view.viewport().mapToGlobal(position)
            )
        )
        self.columns[target] = column
        return column

    def _toggle_closed(self, shown: bool) -> None:
        self.closed_area.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.closed_toggle.setArrowType(arrow)

    def save_layout(self) -> None:
        self._settings.set_state("board/splitter", self.splitter.saveState())

    # -- data ------------------------------------------------------------------------------

    def _filter(self) -> ApplicationFilter:
        return ApplicationFilter(
            text=self.search.text(), include_archived=self.show_archived.isChecked()
        )

    def refresh(self) -> None:
        """Deal every shown application into its column, most urgent first."""
        self.delegate.now = datetime.now(UTC)
        self.delegate.today = date.today()
        application_filter = self._filter()
        terms = application_filter.terms()
        lanes: dict[str | Outcome, list[ApplicationRow]] = {key: [] for key in self.columns}
        for row in self._rows.rows():
            key = self._keys.get(row.id)
            if terms and key is None:
                key = self._keys[row.id] = self._search_keys(row)
            if not application_filter.accepts(row, key or "", terms):
                continue
            lane = row.outcome if row.outcome is not None else row.stage
            if lane in lanes:
                lanes[lane].append(row)
        for lane, members in lanes.items():
            members.sort(key=_urgency)
            self.columns[lane].model.set_rows(members)
        for definition in self.pipeline.stages:
            if definition.hidden:
                self.columns[definition.key].setVisible(bool(lanes[definition.key]))
        closed = sum(len(lanes[outcome]) for outcome in Outcome)
        self.closed_toggle.setText(self.tr("Closed: {count}").format(count=closed))
        if self._selected is not None:
            self.select_ids([self._selected])

    def _rows_changed(self, ids: list[int]) -> None:
        for id_ in ids:
            self._keys.pop(id_, None)
        self.refresh()
        if self.detail.application is not None and self.detail.application.id in ids:
            self.detail.load(self.detail.application.id)

    def _rows_removed(self, ids: list[int]) -> None:
        if self._selected in ids:
            self._selected = None
        self.refresh()
        if self.detail.application is not None and self.detail.application.id in ids:
            self.detail.show_application(None)

    # -- selection -------------------------------------------------------------------------

    def _column_selected(self, column: BoardColumn) -> None:
        indexes = column.view.selectionModel().selectedIndexes()
        if not indexes:
            return
        self._selected = column.model.row_at(indexes[0].row()).id
        for other in self.columns.values():
            if other is not column:
                other.view.selectionModel().clearSelection()
        self.detail_holder.setVisible(True)
        self._detail_timer.start()
        self.selection_changed.emit()

    def close_detail(self) -> None:
        """Hide the details and give the room back to the columns (the card stays chosen)."""
        self.detail_holder.setVisible(False)

    def selected_ids(self) -> list[int]:
        return [self._selected] if self._selected is not None else []

    def select_ids(self, ids: list[int]) -> None:
        for column in self.columns.values():
            row = column.model.row_of(ids[0]) if ids else None
            selection = column.view.selectionModel()
            if row is None:
                selection.clearSelection()
                continue
            index = column.model.index(row)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            column.view.scrollTo(index)

    def current_application(self) -> ApplicationRead | None:
        if self._selected is None:
            return None
        if self.detail.application is None or self.detail.application.id != self._selected:
            self.detail.load(self._selected)
        return self.detail.application

    def reload_detail(self) -> None:
        """Read the selected application again (what is shown beside it changed)."""
        self._show_selected_detail()

    def enable_details(self) -> None:
        self._details_enabled = True
        self._show_selected_detail()

    def _show_selected_detail(self) -> None:
        if not self._details_enabled:
            return
        if self._selected is not None:
            self.detail.load(self._selected)


def _urgency(row: ApplicationRow) -> tuple[bool, date, float]:
    """Cards with the nearest due action first, then the longest waiting."""
    due = row.next_action_due or date.max
    return (row.next_action_due is None, due, row.stage_changed_at.timestamp())
