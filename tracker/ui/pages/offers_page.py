"""The offers page: the offers list, the chosen ones side by side, and the decision between
them. Every figure is an estimate under the year's published rules, and says so."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import PivotError
from tracker.domain.negotiation import StepDraft, on_terms
from tracker.domain.offer_value import AS_STATED, OfferValue, Scenario
from tracker.domain.offers import OfferRead
from tracker.preferences import Settings
from tracker.services.container import Services
from tracker.services.offer_values import ValuedOffer
from tracker.ui.models.offer_table_model import OfferColumn, OfferTableModel
from tracker.ui.pages.read_when_shown import ReadWhenShown
from tracker.ui.widgets.decision_panel import DecisionPanel
from tracker.ui.widgets.negotiation_panel import NegotiationPanel
from tracker.ui.widgets.offer_comparison import OfferComparison
from tracker.ui.widgets.table_view import TableView
from tracker.ui.window.remembered_layout import RememberedLayout


class OffersPage(ReadWhenShown):
    new_requested = Signal()
    edit_requested = Signal(object)  # OfferRead
    delete_requested = Signal(object)  # OfferRead
    storage_failed = Signal(object)

    def __init__(
        self, services: Services, settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.scenario: Scenario = AS_STATED
        self.model = OfferTableModel(self)
        self.model.compared_changed.connect(self._show_compared)
        self.table = TableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(OfferColumn.ROLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OfferColumn.COMPARE, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # the rows in view: the ticks are all alike
        self.table.setColumnWidth(OfferColumn.COMPANY, 140)
        self.table.setColumnWidth(OfferColumn.SALARY, 130)
        self.table.setColumnWidth(OfferColumn.TAKE_HOME, 130)
        self.table.setColumnWidth(OfferColumn.STATUS, 170)
        self.table.doubleClicked.connect(lambda _index: self._edit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self.show_negotiation)
        self.table.set_placeholder(
            self.tr("No offers yet. Add one with “New offer”; it can start a new application.")
        )
        self.new_button = QPushButton(self.tr("New offer…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.disclaimer = QLabel()
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        buttons.addWidget(self.disclaimer, 2)

        self.comparison = OfferComparison()
        self.decision = DecisionPanel(settings)
        self.decision.scenario_changed.connect(self._scenario_changed)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.comparison, self.tr("Side by side"))
        self.tabs.addTab(self.decision, self.tr("Decide"))
        self.negotiation = NegotiationPanel()
        self.tabs.addTab(self.negotiation, self.tr("Negotiation"))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.tabs)
        # About six offers in the list at 720 pixels, the rest for comparing them.
        self.splitter.setSizes([380, 620])
        self._settings = settings
        self.layout_memory = RememberedLayout(settings)
        self.layout_memory.add("offers/splitter", self.splitter)
        self.layout_memory.add("offers/comparison_splitter", self.comparison.splitter)
        self.layout_memory.add("offers/header", self.table.horizontalHeader())
        if settings is not None:
            self.model.restore_comparison(*settings.offer_comparison)
        self.model.compared_changed.connect(self._save_comparison)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._update_buttons()

    def save_layout(self) -> None:
        self.layout_memory.save()
        self._save_comparison()

    def _save_comparison(self) -> None:
        """Which offers are ticked for comparing (and which were seen, so that an offer the
        user unticked is not ticked again as new) come back at the next start."""
        if self._settings is not None:
            self._settings.offer_comparison = (self.model.compared, self.model.seen)

    def reload(self) -> None:
        chosen = self.current_offer()
        values = self._services.offer_values
        try:
            offers = self._services.offers.list()
            values.book()  # read now: a refused file of the user's is said
            years = sorted({values.rules(offer.draft.city)[0].rule_year for offer in offers})
        except PivotError as error:
            self.storage_failed.emit(error)
            return
        self.read_done()
        scenario = self.scenario
        self.model.set_rows(offers, lambda offer: values.value(offer, scenario))
        self._save_comparison()
        if chosen is not None:
            self.select_offer(chosen.id)  # shows its negotiation, as any selection does
        if self.current_offer() is None:  # a reset selects nothing and says nothing
            self.show_negotiation()
        disclaimer = self.tr(
            "Estimates under the published rules of {years}, not tax advice; the 个人所得税 "
            "app has the final figures."
        ).format(years=", ".join(str(year) for year in years) or values.year)
        refused = values.user_rules_problem
        if refused is not None:
            from tracker.words.pay import user_rules_text

            disclaimer += "\n" + user_rules_text(refused)
        self.disclaimer.setText(disclaimer)
        self._show_compared()

    def _scenario_changed(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.reload()

    def _show_compared(self) -> None:
        compared: list[ValuedOffer] = self.model.compared_rows()
        self.comparison.show_offers(compared, benchmarks=self._services.reference.benchmarks())
        self.decision.show_offers(compared)

    def show_negotiation(self) -> None:
        """The chosen offer's negotiation, each step valued against the offer as it stands."""
        offer = self.current_offer()
        if offer is None:
            self.negotiation.show_steps(None, [], lambda _step: None)
            return
        try:
            steps = self._services.negotiation.steps(offer.id)
        except PivotError as error:
            self.storage_failed.emit(error)
            return
        self.negotiation.show_steps(offer, steps, self.step_value(offer))

    def step_value(self, offer: OfferRead) -> Callable[[StepDraft | None], OfferValue | None]:
        """An offer's worth on a step's terms (None: on its own terms)."""
        values = self._services.offer_values

        def value(step: StepDraft | None) -> OfferValue | None:
            terms = offer if step is None else replace(offer, draft=on_terms(offer.draft, step))
            return values.value(terms).value

        return value

    def current_offer(self) -> OfferRead | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.offer_at(rows[0].row()) if rows else None

    def select_offer(self, offer_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.offer_at(row).id == offer_id:
                self.table.selectRow(row)
                return

    def _edit(self) -> None:
        offer = self.current_offer()
        if offer is not None:
            self.edit_requested.emit(offer)

    def _delete(self) -> None:
        offer = self.current_offer()
        if offer is not None:
            self.delete_requested.emit(offer)

    def _update_buttons(self) -> None:
        chosen = self.current_offer() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
