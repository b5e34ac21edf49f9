"""The map of moves on the stories page: which professions the stories' people left and the
kinds of role they reached."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from tracker.domain.reference import Story
from tracker.ui.charts import mpl
from tracker.ui.charts.chart_canvas import ChartCanvas
from tracker.words.labels import label

if TYPE_CHECKING:
    from matplotlib.figure import Figure


class MovesCanvas(ChartCanvas):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moves: list[tuple[str, str]] = []

    def show_stories(self, stories: Sequence[Story]) -> None:
        """One move per story: from the profession left to the kind of role reached."""
        self.moves = [(label(s.origin_field), label(s.role_category)) for s in stories]
        self.refresh()

    def draw_chart(self, figure: Figure) -> bool:
        from tracker.charts.moves import draw_moves

        draw_moves(
            figure,
            self.moves,
            mpl.theme_of(self.palette()),
            title=self.tr("From which profession to which kind of role"),
            empty=self.tr("No story matches these filters."),
        )
        return True
