"""Offers side by side: a column per offer, a row per figure, the best of each row marked; and a
chart of where each offer's gross pay goes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.offer_value import ComponentStack, OfferValue, ReferenceBand
from tracker.domain.offers import Criterion
from tracker.domain.pay import NoticeCode
from tracker.domain.reference import Benchmark, benchmarks_for, yearly_range
from tracker.services.offer_values import ValuedOffer
from tracker.ui.models.offer_table_model import OPEN_STATUSES
from tracker.ui.plain_text import plain_tooltip
from tracker.words.formatting import format_date, format_yuan
from tracker.words.labels import label
from tracker.words.pay import notice_texts
from tracker.words.reference import (
    cited,
    figure_note,
    shown,
    stated_text,
    yearly_text,
)

if TYPE_CHECKING:
    from tracker.ui.charts.offer_components_canvas import OfferComponentsCanvas

MARKET_LINES = 2  # market figures per offer in the table (the chart shows up to three)
BEST_BACKGROUND = QColor("#E8F5E9")
SOON_COLOUR = QColor("#C62828")
SOON_DAYS = 3


@dataclass(frozen=True)
class Row:
    """One figure of the comparison: its name, its number per offer (None: not applicable),
    how to show the number, and whether more (+1) or less (-1) is better (0: not marked)."""

    title: str
    number: Callable[[ValuedOffer], float | None]
    shown: Callable[[float], str]
    better: int = 1


def _money(pick: Callable[[OfferValue], float]) -> Callable[[ValuedOffer], float | None]:
    return lambda valued: None if valued.value is None else pick(valued.value)


def _rating(criterion: Criterion) -> Callable[[ValuedOffer], float | None]:
    def rating(valued: ValuedOffer) -> float | None:
        found = valued.offer.draft.ratings.get(criterion)
        return None if found is None else float(found)

    return rating


def _per_hour(number: float) -> str:
    return f"¥{number:,.1f}"


class OfferComparison(QWidget):
    chart_drawn = Signal()  # the chart shows the offers last given

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pending_chart: tuple[list[ComponentStack], list[ReferenceBand]] | None = None
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.chart_holder = QWidget()
        self._chart_layout = QVBoxLayout(self.chart_holder)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart: OfferComponentsCanvas | None = None  # built when needed: imports matplotlib
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart_holder)
        splitter.setSizes([500, 500])  # the table and the chart share the height
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.rows: list[Row] = []
        self._benchmarks: Sequence[Benchmark] = ()
        self._market_row = 0
        self.best: dict[int, set[int]] = {}  # row index → columns holding the row's best

    def _money_rows(self) -> list[Row]:
        yuan = format_yuan
        funds = _money(lambda v: v.cash_plus_housing_fund)
        return [
            Row(self.tr("Gross a year"), _money(lambda v: v.gross), yuan),
            Row(self.tr("Social insurance (yours)"), _money(lambda v: v.social_insurance), yuan, 0),
            Row(self.tr("Housing fund (yours)"), _money(lambda v: v.housing_fund), yuan, 0),
            Row(self.tr("Income tax"), _money(lambda v: v.tax), yuan, -1),
            Row(self.tr("Take-home a year"), _money(lambda v: v.take_home), yuan),
            Row(self.tr("Take-home + housing fund"), funds, yuan),
            Row(self.tr("First year (sign-on, equity)"), _money(lambda v: v.first_year), yuan),
            Row(self.tr("Four years"), _money(lambda v: v.four_years), yuan),
            Row(self.tr("Per hour (with commute)"), _money(lambda v: v.hourly), _per_hour),
        ]

    def show_offers(
        self,
        offers: list[ValuedOffer],
        today: date | None = None,
        benchmarks: Sequence[Benchmark] = (),
    ) -> None:
        """The offers side by side; ``benchmarks`` of their role categories join them as a row
        of market figures and as bands in the chart, each with its year."""
        today = today or date.today()
        self._benchmarks = benchmarks
        self.rows = self._money_rows() + [
            Row(label(c), _rating(c), lambda n: "★" * round(n)) for c in Criterion
        ]
        extra = [
            self.tr("Reply by"),
            self.tr("Salary as written"),
            self.tr("Market figures"),
            self.tr("Notes"),
        ]
        self.table.clear()
        self.table.setColumnCount(len(offers))
        self.table.setRowCount(len(extra) + len(self.rows))
        self.table.setHorizontalHeaderLabels(
            [f"{v.offer.company_name}\n{v.offer.role_title}" for v in offers]
        )
        self.table.setVerticalHeaderLabels(extra[:2] + [row.title for row in self.rows] + extra[2:])
        self._market_row = len(extra[:2]) + len(self.rows)
        for column, valued in enumerate(offers):
            self._fill_terms(column, valued, today)
        self.best = {}
        for index, row in enumerate(self.rows):
            self._fill_row(index + 2, row, offers)
        self._update_chart(offers)

    def _fill_terms(self, column: int, valued: ValuedOffer, today: date) -> None:
        deadline = valued.offer.draft.reply_deadline
        item = QTableWidgetItem(format_date(deadline) if deadline else "—")
        waiting = valued.offer.draft.status in OPEN_STATUSES
        if waiting and deadline is not None and (deadline - today).days <= SOON_DAYS:
            item.setForeground(QBrush(SOON_COLOUR))
        self.table.setItem(0, column, item)
        self.table.setItem(1, column, QTableWidgetItem(valued.offer.draft.salary_text or "—"))
        market = QTableWidgetItem(self._market(valued))
        market.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        market.setToolTip(plain_tooltip(self._market_notes([valued])))
        self.table.setItem(self._market_row, column, market)
        notes = QTableWidgetItem(self._notes(valued))
        notes.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.table.setItem(self.table.rowCount() - 1, column, notes)

    def _fill_row(self, table_row: int, row: Row, offers: list[ValuedOffer]) -> None:
        numbers = [row.number(valued) for valued in offers]
        known = [n for n in numbers if n is not None]
        best_number = None
        if row.better and len(known) > 1 and len(set(known)) > 1:
            best_number = max(known) if row.better > 0 else min(known)
        self.best[table_row] = set()
        for column, number in enumerate(numbers):
            item = QTableWidgetItem("—" if number is None else row.shown(number))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if number is not None and number == best_number:
                self.best[table_row].add(column)
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setBackground(QBrush(BEST_BACKGROUND))
                item.setToolTip(self.tr("The best of these offers"))
            self.table.setItem(table_row, column, item)

    def _update_chart(self, offers: list[ValuedOffer]) -> None:
        if self.chart is None:
            from tracker.ui.charts.offer_components_canvas import OfferComponentsCanvas

            self.chart = OfferComponentsCanvas(self.chart_holder)
            self._chart_layout.addWidget(self.chart)
        stacks = [
            valued.value.stack(valued.offer.company_name)
            for valued in offers
            if valued.value is not None
        ]
        bands = self._bands(offers)
        self.chart.setToolTip(plain_tooltip(self._market_notes(offers)))
        self._pending_chart = (stacks, bands)
        # Drawn once the window has laid the page out: at its size, once, after the table shows.
        QTimer.singleShot(0, self.finish_drawing)

    def finish_drawing(self) -> None:
        """Draw the chart now if it waits for the event loop (the newest offers only)."""
        pending, self._pending_chart = self._pending_chart, None
        if pending is not None and self.chart is not None:
            self.chart.show_offers(*pending)
            self.chart_drawn.emit()

    def _matching(self, valued: ValuedOffer) -> tuple[Benchmark, ...]:
        return benchmarks_for(tuple(self._benchmarks), valued.offer.role_category)

    def _market(self, valued: ValuedOffer) -> str:
        """The market figures of the offer's role category, as stated and a year, with their
        years, so that a 2023 figure is never read as this year's."""
        lines = []
        for benchmark in self._matching(valued)[:MARKET_LINES]:
            stated = stated_text(benchmark)
            yearly = yearly_text(benchmark.figure)
            lines.append(f"{shown(benchmark.role)}: {stated} {yearly}".strip())
        return "\n".join(lines) or "—"

    def _market_notes(self, offers: list[ValuedOffer]) -> str:
        """How each market figure beside these offers was read, and its source: the tooltip of
        the market row and of the bands in the chart."""
        seen: dict[str, str] = {}
        for valued in offers:
            for benchmark in self._matching(valued)[:MARKET_LINES]:
                source = cited(benchmark.source)
                lines = (f"{shown(benchmark.role)}: {stated_text(benchmark)}",
                         figure_note(benchmark), source)  # fmt: skip
                seen.setdefault(benchmark.key, "\n".join(line for line in lines if line))
        return "\n\n".join(seen.values())

    def _bands(self, offers: list[ValuedOffer]) -> list[ReferenceBand]:
        seen: dict[str, ReferenceBand] = {}
        for valued in offers:
            for benchmark in self._matching(valued):
                yearly = yearly_range(benchmark.figure)
                if yearly is not None and benchmark.key not in seen:
                    year = benchmark.figure.year
                    label = f"{shown(benchmark.role)} ({year})" if year else shown(benchmark.role)
                    seen[benchmark.key] = ReferenceBand(label, *yearly)
        return list(seen.values())

    def _notes(self, valued: ValuedOffer) -> str:
        """What the reader should know about an offer's figures."""
        lines = []
        if not valued.city_known:
            lines.append(
                self.tr("No rules for this city yet: national rates and a default cap are used.")
            )
        if valued.value is not None and valued.value.internship:
            lines.append(self.tr("Paid by the day: an internship, taxed as labour remuneration."))
        if valued.problem is not None:
            lines.append(self.tr("These figures cannot be valued."))
        draft = valued.offer.draft
        if draft.probation_months:
            lines.append(
                self.tr(
                    "Probation {months} months at {ratio:.0%} (not in the yearly figures)."
                ).format(months=draft.probation_months, ratio=draft.probation_pay_ratio or 1)
            )
        if valued.value is not None:
            notices = valued.value.notices
            if not valued.city_known:  # said above, naming the city's absence
                notices = tuple(
                    n for n in notices if n.code is not NoticeCode.NATIONAL_DEFAULT_BOUNDS
                )
            lines.extend(notice_texts(notices))
        return "\n".join(lines) or "—"

    def cell_text(self, row_title: str, column: int) -> str:
        """What a cell shows, by its row's title (for tests and accessibility)."""
        for row in range(self.table.rowCount()):
            header = self.table.verticalHeaderItem(row)
            if header is not None and header.text() == row_title:
                item = self.table.item(row, column)
                return item.text() if item is not None else ""
        raise KeyError(row_title)
