"""Insights: the hunt in charts (funnel, flow, weekly activity, channels, time in each stage,
role categories and rounds), all following one filter of dates, role category and channel.

The charts import matplotlib, so the page is built the first time it is shown. The charts in
view are drawn first, one per turn of the event loop, so that the page never waits for all of
them; a chart scrolled out of view is drawn when it comes into view (each chart takes a turn of
150-350 ms at 10,000 applications, which the window would otherwise spend on charts no one
sees)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tracker.charts.catalog import CHARTS
from tracker.domain.enums import Channel, RoleCategory
from tracker.domain.errors import PivotError
from tracker.domain.insights import InsightData, InsightFilter
from tracker.services.container import Services
from tracker.ui.application_rows import ApplicationRows
from tracker.ui.charts.insight_canvas import InsightCanvas
from tracker.ui.dialogs.form_fields import OptionalDateEdit
from tracker.ui.pages.read_when_shown import ReadWhenShown
from tracker.ui.widgets.choice_combo import ChoiceCombo, optional_enum_combo
from tracker.words import counts
from tracker.words.charts import chart_words

COLUMNS = 2
PERIODS = (28, 84, 182, None)  # days back from today; None: all time


class InsightsPage(ReadWhenShown):
    storage_failed = Signal(object)
    redrawn = Signal()  # every chart drawn for the current filter

    def __init__(
        self,
        services: Services,
        rows: ApplicationRows,
        parent: QWidget | None = None,
        goal: Callable[[], int] = lambda: 0,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._rows = rows
        self._goal = goal
        self._pending: list[InsightCanvas] = []
        self._round = 0  # each filter change starts a new round of drawing
        self.data: InsightData | None = None
        self.period: ChoiceCombo[int | None] = ChoiceCombo(
            [
                (self.tr("Last 4 weeks"), 28),
                (self.tr("Last 12 weeks"), 84),
                (self.tr("Last 6 months"), 182),
                (self.tr("All time"), None),
                (self.tr("Dates below"), -1),
            ]
        )
        self.period.set_value(84)
        self.start = OptionalDateEdit(self.tr("From"))
        self.end = OptionalDateEdit(self.tr("To"))
        self.category = optional_enum_combo(list(RoleCategory), self.tr("All role categories"))
        self.channel = optional_enum_combo(list(Channel), self.tr("All channels"))
        self.period.currentIndexChanged.connect(self._period_chosen)
        for dates in (self.start, self.end):
            dates.check.toggled.connect(self._dates_edited)
            dates.edit.dateChanged.connect(self._dates_edited)
        self.category.currentIndexChanged.connect(self.apply)
        self.channel.currentIndexChanged.connect(self.apply)
        bar = QHBoxLayout()
        for widget, stretch in (
            (self.period, 0), (self.start, 0), (self.end, 0), (self.category, 1),
            (self.channel, 1),
        ):  # fmt: skip
            bar.addWidget(widget, stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        self.canvases: list[InsightCanvas] = []
        for index, spec in enumerate(CHARTS):
            canvas = InsightCanvas(spec, chart_words)
            grid.addWidget(canvas, index // COLUMNS, index % COLUMNS)
            self.canvases.append(canvas)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_holder)
        self._scroll = scroll
        scroll.verticalScrollBar().valueChanged.connect(self._resume)
        scroll.viewport().installEventFilter(self)
        self._scheduled = False
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self._period_chosen()

    # -- the filter ------------------------------------------------------------------------

    def chosen_filter(self, today: date | None = None) -> InsightFilter:
        today = today or date.today()
        days = self.period.value()
        if days is None:
            start, end = None, None
        elif days < 0:
            start, end = self.start.value(), self.end.value()
        else:
            start, end = today - timedelta(days=days - 1), None
        return InsightFilter(start, end, self.category.value(), self.channel.value())

    def _period_chosen(self) -> None:
        custom = self.period.value() == -1
        self.start.setVisible(custom)
        self.end.setVisible(custom)
        self.apply()

    def _dates_edited(self) -> None:
        if self.period.value() == -1:
            self.apply()

    # -- data and drawing ------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self._services.insights.reload(self._rows.rows())
        except PivotError as error:
            self.storage_failed.emit(error)
            return
        self.read_done()
        self.apply()

    def apply(self) -> None:
        """Draw every chart for the current filter: the first now, the others just after."""
        if self._stale and not self.isVisible():
            return
        try:
            data = self._services.insights.data(self.chosen_filter())
            self.data = replace(data, weekly_goal=self._goal() or None)
        except PivotError as error:
            self.storage_failed.emit(error)
            return
        self.summary.setText(
            self.tr("{applications} sent in this period.").format(
                applications=counts.applications(len(self.data.rows))
            )
        )
        self._pending = list(self.canvases)
        self._round += 1
        self._draw_next(self._round)

    def _in_view(self, canvas: InsightCanvas) -> bool:
        viewport = self._scroll.viewport()
        placed = QRect(canvas.mapTo(viewport, QPoint(0, 0)), canvas.size())
        return placed.intersects(viewport.rect())

    def in_view_drawn(self) -> bool:
        """Every chart in view shows the current filter (those out of view may wait)."""
        return self.data is not None and not any(self._in_view(c) for c in self._pending)

    def _draw_next(self, drawing_round: int, everything: bool = False) -> None:
        self._scheduled = False
        if drawing_round != self._round or not self._pending or self.data is None:
            return  # a newer filter took over
        canvas = next((c for c in self._pending if everything or self._in_view(c)), None)
        if canvas is None:
            return  # the rest waits until it is scrolled into view
        self._pending.remove(canvas)
        canvas.show_data(self.data)
        if not self._pending:
            self.redrawn.emit()
        elif not everything:
            self._resume()

    def _resume(self) -> None:
        """Draw the next chart in view on the next turn of the event loop (once)."""
        if self._pending and not self._scheduled:
            self._scheduled = True
            drawing_round = self._round
            QTimer.singleShot(0, lambda: self._draw_next(drawing_round))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._resume()  # more room: more charts in view
        return super().eventFilter(watched, event)

    def finish_drawing(self) -> None:
        """Draw whatever is still waiting, in view or not, now."""
        while self._pending and self.data is not None:
            self._draw_next(self._round, everything=True)
