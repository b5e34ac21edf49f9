"""One insight chart in the window: the catalog's drawing of the filtered data, in the
window's colours, that can be saved as PNG or SVG."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from tracker.domain.insights import InsightData
from tracker.ui.charts import mpl
from tracker.ui.charts.chart_canvas import ChartCanvas
from tracker.ui.dialogs import messages

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from tracker.charts.catalog import ChartSpec
    from tracker.charts.words import ChartWords


class InsightCanvas(ChartCanvas):
    drawn = Signal(str)  # the chart's key, each time it is drawn

    def __init__(
        self,
        spec: ChartSpec,
        words: Callable[[], ChartWords],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._words = words
        self._data: InsightData | None = None
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._offer_saving)

    def show_data(self, data: InsightData) -> None:
        self._data = data
        self.refresh()

    def draw_chart(self, figure: Figure) -> bool:
        if self._data is None:
            return False
        self.spec.draw(figure, self._data, self._words(), mpl.theme_of(self.palette()))
        self.drawn.emit(self.spec.key)
        return True

    def sizeHint(self) -> QSize:
        return QSize(640, 380)

    def minimumSizeHint(self) -> QSize:
        return QSize(480, 400)

    def _offer_saving(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Save as PNG…"), lambda: self.save_as("png"))
        menu.addAction(self.tr("Save as SVG…"), lambda: self.save_as("svg"))
        menu.exec(self.canvas.mapToGlobal(position))

    def save_as(self, kind: str, path: Path | None = None) -> Path | None:
        """Save the chart as it is on screen; asks where unless ``path`` is given."""
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save chart"),
                f"{self.spec.key}.{kind}",
                f"{kind.upper()} (*.{kind})",
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            self.figure.savefig(path, format=kind, dpi="figure")
        except OSError as error:
            messages.show_error(
                self,
                self.tr("Save chart"),
                self.tr("The chart could not be saved: {reason}").format(reason=error.strerror),
            )
            return None
        return path
