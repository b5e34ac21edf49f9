"""The base of every chart in the window: a matplotlib figure in a Qt widget, with a message in
its place when there is nothing to draw."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QSizePolicy,
    QStackedLayout,
    QWidget,
)

from tracker.ui.charts import mpl
from tracker.ui.widgets.plain_label import plain_label

if TYPE_CHECKING:
    from matplotlib.backend_bases import Event
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure
    from matplotlib.legend import Legend

# Room kept free at the right of a legend above the axes, beyond the figure's own padding.
LEGEND_MARGIN_POINTS = 4


@cache
def _page_scrolling_canvas() -> type[FigureCanvasQTAgg]:
    """matplotlib's Qt canvas, but the mouse wheel over a chart scrolls the page that holds it
    (the canvas would take the wheel for its own, unused, scroll events)."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    class PageScrollingCanvas(FigureCanvasQTAgg):
        def wheelEvent(self, event: QWheelEvent) -> None:
            area = self.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is None:
                event.ignore()
                return
            delta = event.angleDelta()
            sideways = abs(delta.x()) > abs(delta.y())
            bar = area.horizontalScrollBar() if sideways else area.verticalScrollBar()
            QApplication.sendEvent(bar, event)

    return PageScrollingCanvas


class ChartCanvas(QWidget):
    """A chart that fills the widget and follows its size.

    Subclasses keep their data, draw it in :meth:`draw_chart` and call :meth:`refresh` when it
    changes; what depends on the chart's size goes in :meth:`fit_to_size`. Building one imports
    matplotlib (the first time) and sets it up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mpl.setup()
        mpl.apply_palette(self.palette())
        from matplotlib.figure import Figure

        self._figure = Figure(layout="constrained")
        self._canvas = _page_scrolling_canvas()(self._figure)
        # Smaller, the layout has no room for the axes and matplotlib warns at every draw.
        self._canvas.setMinimumSize(240, 160)
        self._canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._empty_label = plain_label()
        self._empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self._canvas)
        self._stack.addWidget(self._empty_label)
        self._stack.setCurrentWidget(self._empty_label)
        self._legend: Legend | None = None
        self._fitted_at: tuple[float, float] | None = None  # the figure's size when last fitted
        self._canvas.mpl_connect("resize_event", self._on_resize)

    @property
    def figure(self) -> Figure:
        return self._figure

    @property
    def canvas(self) -> FigureCanvasQTAgg:
        """The Qt widget that paints the figure (draw it with ``canvas.draw()``)."""
        return self._canvas

    @property
    def is_empty(self) -> bool:
        """True while the empty-state message is shown instead of the chart."""
        return self._stack.currentWidget() is self._empty_label

    def empty_text(self) -> str:
        return self._empty_label.text()

    def set_empty_text(self, text: str) -> None:
        """The message shown when there is nothing to draw (translated by the subclass)."""
        self._empty_label.setText(text)

    def draw_chart(self, figure: Figure) -> bool:
        """Draw the chart on the cleared figure; return False when there is nothing to show
        (the empty-state message then takes the chart's place)."""
        return False

    def refresh(self) -> None:
        """Draw the chart again from the subclass's data, in the current palette."""
        mpl.apply_palette(self.palette())
        self._legend = None
        self._figure.clear()
        self._figure.set_facecolor(self.palette().color(QPalette.ColorRole.Window).name())
        self._match_size()
        if self.draw_chart(self._figure):
            self._fit()
            self._stack.setCurrentWidget(self._canvas)
            self.redraw()
        else:
            self._figure.clear()
            self._stack.setCurrentWidget(self._empty_label)

    def add_legend(self) -> Legend:
        """A legend of every labelled artist, above the axes, in as many columns as fit the
        figure's width (refitted when the chart is resized)."""
        if self._legend is not None:
            self._legend.remove()
        labels = [
            label for axes in self._figure.axes for label in axes.get_legend_handles_labels()[1]
        ]
        columns = max(1, len(labels))
        room = self._figure.bbox.width - self._pixels(2 * self._padding() + LEGEND_MARGIN_POINTS)
        while True:
            legend = self._figure.legend(
                loc="outside upper left", ncols=columns, handlelength=1.2, columnspacing=1.4
            )
            if columns == 1 or legend.get_window_extent().width <= room:
                break
            legend.remove()
            columns -= 1
        self._legend = legend
        return legend

    def fit_to_size(self) -> None:
        """Adjust what depends on the figure's size; called after :meth:`draw_chart` and on
        every resize. The legend is refitted here: subclasses that extend this call it."""
        if self._legend is not None:
            self.add_legend()

    def _padding(self) -> float:
        """The room the layout keeps around the figure's edges, in points."""
        engine = self._figure.get_layout_engine()
        inches = float(engine.get()["w_pad"]) if engine is not None else 0.0
        return inches * 72

    def _pixels(self, points: float) -> float:
        return points * self._figure.dpi / 72

    def _fit(self) -> None:
        self.fit_to_size()
        self._fitted_at = tuple(self._figure.get_size_inches())

    def _match_size(self) -> None:
        """Give the figure the size the chart has in the window before drawing, when the canvas
        has not been given it yet (behind the empty message, or new): the chart is then laid
        out once, at its size, rather than at matplotlib's default and again when shown."""
        if not self.testAttribute(Qt.WidgetAttribute.WA_Resized) or self.isHidden():
            return
        ratio = self._canvas.devicePixelRatioF()
        dpi = self._figure.dpi
        inches = (self.width() * ratio / dpi, self.height() * ratio / dpi)
        if tuple(self._figure.get_size_inches()) != inches:
            self._figure.set_size_inches(*inches, forward=False)

    def _on_resize(self, _event: Event) -> None:
        if not self.is_empty and tuple(self._figure.get_size_inches()) != self._fitted_at:
            self._fit()

    def redraw(self) -> None:
        """Repaint the figure as it is now, once control is back in the event loop."""
        self._figure.canvas.draw_idle()

    def save_png(self, path: Path | str, dpi: float | None = None) -> None:
        """The chart as a PNG, at its size on screen (``dpi`` scales it up or down)."""
        self._figure.savefig(path, format="png", dpi=dpi if dpi is not None else "figure")

    def sizeHint(self) -> QSize:
        return QSize(640, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 160)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # e.g. the system's dark mode
            self.refresh()
