"""Offers side by side: where each one's yearly gross pay goes (take-home, housing fund, social
insurance, tax) and what the employer adds to the housing fund on top. The drawing is
:mod:`tracker.charts.offers`'s; this widget gives it the window's words and colours."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from tracker.charts.text import elide, format_yuan
from tracker.charts.words import ChartWords
from tracker.domain.offer_value import ComponentStack, ReferenceBand
from tracker.ui.charts import mpl
from tracker.ui.charts.chart_canvas import ChartCanvas
from tracker.words.language import window_is_chinese

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["OfferComponentsCanvas", "chinese_figures", "elide", "format_yuan"]


def chinese_figures() -> bool:
    """Money is written the Chinese way when the window's language is Chinese (installing a
    translation sets the default locale)."""
    return window_is_chinese()


class OfferComponentsCanvas(ChartCanvas):
    """One horizontal stacked bar per offer, the first offer at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stacks: list[ComponentStack] = []
        self.bands: list[ReferenceBand] = []
        self.set_empty_text(self.tr("No offers to compare yet."))

    @property
    def stacks(self) -> list[ComponentStack]:
        return list(self._stacks)

    def show_offers(
        self, stacks: Sequence[ComponentStack], bands: Sequence[ReferenceBand] = ()
    ) -> None:
        """The offers' bars, with market figures as bands behind them (yearly gross pay)."""
        self._stacks = list(stacks)
        self.bands = list(bands)
        self._keep_rows_readable()
        self.refresh()

    def _keep_rows_readable(self) -> None:
        """Never so short that the offers' names would have to overlap: a splitter or layout
        gives the chart at least this height (matplotlib is loaded only once there are offers)."""
        if not self._stacks:
            self.setMinimumHeight(0)
            return
        from tracker.charts.offers import minimum_height_points

        points = minimum_height_points(len(self._stacks), len(self.bands))
        self.setMinimumHeight(round(self._pixels(points)))

    def words(self) -> ChartWords:
        """The chart's words in the window's language."""
        return ChartWords(
            no_offers=self.tr("No offers to compare yet."),
            take_home=self.tr("Take-home pay"),
            housing_fund=self.tr("Housing fund"),
            social_insurance=self.tr("Social insurance"),
            income_tax=self.tr("Income tax"),
            employer_housing_fund=self.tr("Employer's housing fund"),
            take_home_amount=self.tr("{amount} take-home"),
            yuan_a_year=self.tr("Yuan a year"),
            market_band=self.tr("Market figures (gross a year)"),
            chinese_money=chinese_figures(),
        )

    def segments(self) -> list[tuple[str, list[float]]]:
        """Each segment's legend text and its values, offer by offer, left to right."""
        from tracker.charts.offers import segments

        return [(segment.label, segment.values) for segment in segments(self._stacks, self.words())]

    def sizeHint(self) -> QSize:
        """Tall enough for every offer's bar, the legend and the axis below."""
        return QSize(640, 110 + 52 * max(1, len(self._stacks)))

    def draw_chart(self, figure: Figure) -> bool:
        if not self._stacks:
            return False
        from tracker.charts.offers import draw_offer_components

        theme = mpl.theme_of(self.palette())
        draw_offer_components(figure, self._stacks, self.words(), theme, self.bands, fit=False)
        return True

    def fit_to_size(self) -> None:
        super().fit_to_size()
        from tracker.charts.offers import fit_offer_components

        fit_offer_components(self.figure, self._stacks, self.bands)
